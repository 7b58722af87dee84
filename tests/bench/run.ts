/**
 * `npm run bench`: the speed targets of Samsyn, measured on realistic demo data.
 * 1. 20,000 participants with about 200,000 contacts: the participant list (filter + sort),
 *    free-text search (a surname, a word from the notes) and opening one participant.
 *    Each runs on the encrypted database and on an unencrypted copy (the cost of encryption),
 *    and through drizzle and as the same statements prepared in raw SQL (the cost of the ORM).
 * 2. 20,000 participants of whom about 2,000 active, with about 500,000 contacts: the agenda
 *    suggestions of the case review.
 * Prints a table, or with --json one object so runs can be compared.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import type { ParsedInput } from '../../main/api/contract';
import { addDays, addMonths, todayIso } from '../../main/api/dates';
import { defaultOrganisations } from '../../main/api/defaults';
import type { ServiceContext } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { mintMany, mintParticipant } from '../../main/core/proofs';
import { appendAudit } from '../../main/services/audit/audit';
import { participantDetail } from '../../main/services/participants/detail';
import { listPageIds, listParticipants, participantListQuery } from '../../main/services/participants/list';
import { getParticipant } from '../../main/services/participants/participants';
import { candidateFacts, suggestForMeeting } from '../../main/services/reviews/suggestions';
import { type Db, PAGE_CACHE_KIB, openDatabase } from '../../db/open';
import * as schema from '../../db/schema';

const json = process.argv.includes('--json');
const ITERATIONS = 200;
const WARMUP = 20;
const today = todayIso();

interface Recorded {
  sql: string;
  params: unknown[];
}

/** Records the statements drizzle sends, so they can be replayed as raw prepared statements. */
class Recorder implements Logger {
  statements: Recorded[] = [];
  enabled = false;
  logQuery(query: string, params: unknown[]): void {
    if (this.enabled) this.statements.push({ sql: query, params });
  }
}

interface Handle {
  sqlite: Database.Database;
  db: Db;
  recordingDb: Db;
  recorder: Recorder;
}

function handleFor(sqlite: Database.Database): Handle {
  const recorder = new Recorder();
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    recordingDb: drizzle(sqlite, { schema, logger: recorder }),
    recorder,
  };
}

function log(text: string): void {
  if (!json) process.stdout.write(`${text}\n`);
}

function seedTeam(db: Db): { userId: number; organisationId: number } {
  db.insert(schema.organisations)
    .values(
      defaultOrganisations.map((org, index) => ({
        code: org.code,
        name: org.name,
        professions: [...org.professions],
        sortOrder: index,
      })),
    )
    .run();
  const org = db
    .select()
    .from(schema.organisations)
    .all()
    .find((o) => o.code === 'KOM-AM');
  if (!org) throw new Error('KOM-AM missing');
  const user = db
    .insert(schema.users)
    .values({ name: 'Bänk Mätare', organisationId: org.id, profession: 'Samordnare', role: 'admin' })
    .returning()
    .get();
  return { userId: user.id, organisationId: org.id };
}

/** A fresh encrypted database with demo data; returns its path and key (closed). */
function buildDatabase(
  dir: string,
  name: string,
  options: Omit<Parameters<typeof generateDemoData>[1], 'today' | 'actorUserId'>,
) {
  const file = path.join(dir, `${name}.db`);
  const key = randomBytes(32);
  const opened = openDatabase({ path: file, key });
  const team = seedTeam(opened.db);
  const started = performance.now();
  const summary = generateDemoData(opened.db, {
    ...options,
    today,
    actorUserId: team.userId,
    alwaysCoverOrganisationIds: [team.organisationId],
  });
  const seconds = (performance.now() - started) / 1000;
  opened.close();
  return { file, key, team, summary, seconds };
}

/** An unencrypted copy of the same data: copy the closed file and decrypt the copy in place. */
function plainCopy(file: string, key: Buffer): string {
  const copy = file.replace(/\.db$/, '-plain.db');
  copyFileSync(file, copy);
  const sqlite = new Database(copy);
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
  sqlite.pragma("rekey = ''");
  sqlite.close();
  if (readFileSync(copy).subarray(0, 15).toString() !== 'SQLite format 3') {
    throw new Error('the plain copy is still encrypted');
  }
  return copy;
}

function openEncrypted(file: string, key: Buffer): Handle {
  return handleFor(openDatabase({ path: file, key }).sqlite);
}

function openPlain(file: string): Handle {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return handleFor(sqlite);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? 0;
}

interface Variant {
  sqlite: Database.Database;
  run: () => void;
}

/**
 * Runs the variants in turn, one call each per round (so a busy machine slows them all alike),
 * after a warm-up. Every call is rolled back, so writes (the audit entry of a read) do not pile up.
 */
function timedRounds(variants: Variant[], iterations: number): number[][] {
  const times = variants.map(() => [] as number[]);
  for (let i = 0; i < WARMUP + iterations; i += 1) {
    variants.forEach((variant, index) => {
      variant.sqlite.exec('SAVEPOINT bench');
      const started = performance.now();
      variant.run();
      const elapsed = performance.now() - started;
      variant.sqlite.exec('ROLLBACK TO bench; RELEASE bench');
      if (i >= WARMUP) times[index]?.push(elapsed);
    });
  }
  return times;
}

type Query = (ctx: ServiceContext) => unknown;

/** The context the router hands a service: the bench runs services the same way. */
function contextFor(db: Db, actor: ServiceContext['actor']): ServiceContext {
  return {
    db,
    actor,
    today: todayIso(),
    now: new Date().toISOString(),
    audit: { action: 'participant.read', details: {} },
  };
}

/**
 * The statements a query sends, replayed as raw better-sqlite3 calls with the same parameters:
 * `fresh` prepares each statement on every call (`sqlite.prepare(sql).all(...params)`, as
 * drizzle does for a query that is not `.prepare()`d), `cached` prepares them once.
 */
function rawReplay(
  handle: Handle,
  actor: ServiceContext['actor'],
  query: Query,
): { fresh: () => void; cached: () => void } {
  handle.recorder.statements = [];
  handle.recorder.enabled = true;
  handle.sqlite.exec('SAVEPOINT record');
  query(contextFor(handle.recordingDb, actor));
  handle.sqlite.exec('ROLLBACK TO record; RELEASE record');
  handle.recorder.enabled = false;
  const recorded = handle.recorder.statements.filter(
    (s) => !/^(begin|commit|rollback|savepoint|release)/i.test(s.sql.trim()),
  );
  const prepared = recorded.map((s) => {
    const statement = handle.sqlite.prepare(s.sql);
    return { statement, params: s.params, reader: statement.reader };
  });
  return {
    fresh: () => {
      for (const { sql, params } of recorded) {
        const statement = handle.sqlite.prepare(sql);
        if (statement.reader) statement.all(...params);
        else statement.run(...params);
      }
    },
    cached: () => {
      for (const { statement, params, reader } of prepared) {
        if (reader) statement.all(...params);
        else statement.run(...params);
      }
    },
  };
}

const ENCRYPTION_RATIO_TARGET = 1.15;
const ORM_RATIO_TARGET = 1.2;

interface Result {
  name: string;
  /** The whole service call on the encrypted database. */
  medianMs: number;
  p95Ms: number;
  /** The same call on the unencrypted copy (null: not measured). */
  plainMedianMs: number | null;
  plainP95Ms: number | null;
  encryptionRatio: number | null;
  /** The call's database part through drizzle, on the encrypted database. */
  drizzleMedianMs: number;
  /** The same statements raw, prepared on every call (as drizzle does). */
  rawMedianMs: number;
  /** The same statements raw, prepared once (the floor: SQLite's own time). */
  rawCachedMedianMs: number;
  ormRatio: number;
  ormRatioCached: number;
  targetMs: number;
  medianOk: boolean;
  encryptionOk: boolean | null;
  ormOk: boolean;
  verdict: 'PASS' | 'WARN';
}

const columns: [string, number][] = [
  ['query', 50],
  ['enc ms', 8],
  ['enc p95', 8],
  ['plain ms', 9],
  ['enc/plain', 9],
  ['drizzle', 8],
  ['raw', 8],
  ['raw once', 9],
  ['orm/raw', 8],
  ['target', 7],
  ['', 6],
];

function row(cells: string[]): string {
  return cells
    .map((cell, index) => {
      const width = columns[index]?.[1] ?? 8;
      return index === 0 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

const fmt = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

/**
 * `service` is the whole call as the app makes it (target, encrypted vs plain). `queries` is
 * its database part through drizzle (building and running the queries, mapping the rows),
 * compared with the very same statements run raw: the cost of the ORM.
 */
function measure(
  name: string,
  service: Query,
  queries: Query,
  encrypted: Handle,
  plain: Handle | null,
  actor: ServiceContext['actor'],
  targetMs: number,
  iterations = ITERATIONS,
): Result {
  const raw = rawReplay(encrypted, actor, queries);
  const variants: Variant[] = [
    { sqlite: encrypted.sqlite, run: () => service(contextFor(encrypted.db, actor)) },
    { sqlite: encrypted.sqlite, run: () => queries(contextFor(encrypted.db, actor)) },
    { sqlite: encrypted.sqlite, run: raw.fresh },
    { sqlite: encrypted.sqlite, run: raw.cached },
  ];
  if (plain) variants.push({ sqlite: plain.sqlite, run: () => service(contextFor(plain.db, actor)) });
  const [enc = [], viaDrizzle = [], fresh = [], cached = [], plainTimes] = timedRounds(variants, iterations);
  const medianMs = median(enc);
  const plainMedianMs = plainTimes ? median(plainTimes) : null;
  const drizzleMedianMs = median(viaDrizzle);
  const rawMedianMs = median(fresh);
  const rawCachedMedianMs = median(cached);
  const encryptionRatio = plainMedianMs ? medianMs / plainMedianMs : null;
  const ormRatio = rawMedianMs > 0 ? drizzleMedianMs / rawMedianMs : 1;
  const medianOk = medianMs < targetMs;
  const encryptionOk = encryptionRatio === null ? null : encryptionRatio <= ENCRYPTION_RATIO_TARGET;
  const ormOk = ormRatio <= ORM_RATIO_TARGET;
  const result: Result = {
    name,
    medianMs,
    p95Ms: p95(enc),
    plainMedianMs,
    plainP95Ms: plainTimes ? p95(plainTimes) : null,
    encryptionRatio,
    drizzleMedianMs,
    rawMedianMs,
    rawCachedMedianMs,
    ormRatio,
    ormRatioCached: rawCachedMedianMs > 0 ? drizzleMedianMs / rawCachedMedianMs : 1,
    targetMs,
    medianOk,
    encryptionOk,
    ormOk,
    verdict: medianOk && encryptionOk !== false && ormOk ? 'PASS' : 'WARN',
  };
  log(
    row([
      name,
      fmt(medianMs),
      fmt(result.p95Ms),
      fmt(plainMedianMs),
      encryptionRatio === null ? '–' : `${encryptionRatio.toFixed(2)}${encryptionOk ? '' : '!'}`,
      fmt(drizzleMedianMs),
      fmt(rawMedianMs),
      fmt(rawCachedMedianMs),
      `${ormRatio.toFixed(2)}${ormOk ? '' : '!'}`,
      `< ${targetMs}${medianOk ? '' : '!'}`,
      result.verdict,
    ]),
  );
  return result;
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samsyn-bench-'));
  try {
    log('Samsyn benchmark – building demo data (20 000 participants, ~200 000 contacts) …');
    const main = buildDatabase(dir, 'participants', {
      participants: 20_000,
      seed: 42,
      contactsPerParticipant: 10,
    });
    log(`  generated in ${main.seconds.toFixed(1)} s: ${main.summary.contacts} contacts`);
    const plainFile = plainCopy(main.file, main.key);
    const encrypted = openEncrypted(main.file, main.key);
    const plain = openPlain(plainFile);
    const actor = {
      userId: main.team.userId,
      role: 'admin' as const,
      organisationId: main.team.organisationId,
      language: 'sv' as const,
    };
    const af = encrypted.sqlite.prepare("SELECT id FROM organisations WHERE code = 'AF'").get() as {
      id: number;
    };
    const surname = (
      encrypted.sqlite
        .prepare(
          'SELECT last_name AS n FROM participant_identities GROUP BY last_name ORDER BY count(*) DESC LIMIT 1',
        )
        .get() as { n: string }
    ).n;
    const readable = encrypted.sqlite
      .prepare(
        `SELECT c.participant_id AS id FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
         JOIN participants p ON p.id = c.participant_id
         WHERE co.organisation_id = ? AND c.signed_on <= ? AND c.valid_until >= ? AND c.withdrawn_on IS NULL
           AND p.status = 'enrolled' AND p.protected_identity = 0
         ORDER BY c.participant_id LIMIT 1`,
      )
      .get(actor.organisationId, today, today) as { id: number };
    const base: ParsedInput<'participants.list'> = {
      search: '',
      statuses: [],
      organisationId: null,
      responsibleUserId: null,
      sort: 'lastActivityOn',
      direction: 'desc',
      offset: 0,
      limit: 100,
    };
    log('');
    log(row(columns.map(([title]) => title)));
    const listQueries =
      (input: ParsedInput<'participants.list'>): Query =>
      (ctx) => {
        const query = participantListQuery(ctx.db, ctx.actor, input, today);
        return query.rows(listPageIds(query, input.offset, input.limit)).all();
      };
    const filtered: ParsedInput<'participants.list'> = {
      ...base,
      statuses: ['enrolled'],
      organisationId: af.id,
    };
    const bySurname: ParsedInput<'participants.list'> = { ...base, search: surname };
    const byNote: ParsedInput<'participants.list'> = { ...base, search: 'arbetsträning' };
    const results: Result[] = [
      measure(
        'list: enrolled, referred by AF, by last activity',
        (ctx) => listParticipants(ctx, mintMany(), filtered),
        listQueries(filtered),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        `search: surname "${surname}"`,
        (ctx) => listParticipants(ctx, mintMany(), bySurname),
        listQueries(bySurname),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        'search: a word from the notes "arbetsträning"',
        (ctx) => listParticipants(ctx, mintMany(), byNote),
        listQueries(byNote),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        'open one participant (incl. audit entry)',
        // As the router runs it: the page and its audit entry in one transaction.
        (ctx) =>
          ctx.db.transaction(() => {
            const detail = getParticipant(ctx, mintParticipant(readable.id, 'write', true));
            appendAudit(ctx.db, {
              userId: ctx.actor.userId,
              action: 'participant.read',
              entityType: 'participant',
              entityId: readable.id,
            });
            return detail;
          }),
        (ctx) =>
          participantDetail(ctx, { participantId: readable.id, level: 'write', identityVisible: true }),
        encrypted,
        plain,
        actor,
        30,
      ),
    ];
    encrypted.sqlite.close();
    plain.sqlite.close();

    log('');
    log('Building the review data set (20 000 participants, ~2 000 active, ~500 000 contacts) …');
    const review = buildDatabase(dir, 'reviews', {
      participants: 20_000,
      seed: 43,
      contactsPerParticipant: 25,
      statusWeights: { referred: 0.5, declined: 5, withdrawn: 3, enrolled: 10, closed: 81.5 },
    });
    log(
      `  generated in ${review.seconds.toFixed(1)} s: ${review.summary.contacts} contacts, ${review.summary.statuses.enrolled} enrolled`,
    );
    const reviewDb = openEncrypted(review.file, review.key);
    const reviewActor = { ...actor, userId: review.team.userId, organisationId: review.team.organisationId };
    const meeting = reviewDb.db
      .insert(schema.meetings)
      .values({ date: today, startTime: '09:00', durationMinutes: 60, place: 'Bänken' })
      .returning()
      .get();
    results.push(
      measure(
        'agenda suggestions (2 000 active / 20 000)',
        (ctx) => suggestForMeeting(ctx, mintMany(), { meetingId: meeting.id, offset: 0, limit: 25 }),
        (ctx) =>
          candidateFacts(ctx.db, ctx.actor, today, addDays(addMonths(today, -3), -28), addMonths(today, -3)),
        reviewDb,
        null,
        reviewActor,
        50,
        60,
      ),
    );
    reviewDb.sqlite.close();

    const cpus = os.cpus();
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      machine: {
        platform: `${os.platform()} ${os.arch()}`,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        cpus: cpus.length,
        memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
      },
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      iterations: { warmup: WARMUP, measured: ITERATIONS },
      dataset: {
        participants: main.summary.participants,
        contacts: main.summary.contacts,
        generatedSeconds: Math.round(main.seconds * 10) / 10,
        review: {
          participants: review.summary.participants,
          enrolled: review.summary.statuses.enrolled,
          contacts: review.summary.contacts,
          generatedSeconds: Math.round(review.seconds * 10) / 10,
        },
      },
      targets: {
        medianMs: 'per query (targetMs)',
        encryptionRatio: ENCRYPTION_RATIO_TARGET,
        ormRatio: ORM_RATIO_TARGET,
      },
      results,
    };
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      log('');
      log(
        `Targets: median (enc ms) under the target; enc/plain ≤ ${ENCRYPTION_RATIO_TARGET}; drizzle/raw ≤ ${ORM_RATIO_TARGET} (the database part of each call; "raw" prepares each statement per call as drizzle does, "raw once" is prepared once). ! marks a missed target.`,
      );
      log(
        `Machine: ${report.machine.cpuModel}, ${report.machine.cpus} cores, load ${report.machine.loadAverage.join(' ')}; Node ${report.node}; peak memory ${report.peakRssMiB} MiB.`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
