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
import { peekAccess } from '../../main/services/participants/access';
import { participantDetail } from '../../main/services/participants/detail';
import { listParticipants, participantListQuery } from '../../main/services/participants/list';
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

/** Every run is rolled back, so writes (the audit entry of a read) do not pile up. */
function timed(sqlite: Database.Database, run: () => void, iterations = ITERATIONS): number[] {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + iterations; i += 1) {
    sqlite.exec('SAVEPOINT bench');
    const started = performance.now();
    run();
    const elapsed = performance.now() - started;
    sqlite.exec('ROLLBACK TO bench; RELEASE bench');
    if (i >= WARMUP) times.push(elapsed);
  }
  return times;
}

type Query = (ctx: ServiceContext) => unknown;

/** The statements a query sends, as prepared raw statements to replay with the same parameters. */
function rawReplay(handle: Handle, actor: ServiceContext['actor'], query: Query): () => void {
  handle.recorder.statements = [];
  handle.recorder.enabled = true;
  handle.sqlite.exec('SAVEPOINT record');
  query({ db: handle.recordingDb, actor });
  handle.sqlite.exec('ROLLBACK TO record; RELEASE record');
  handle.recorder.enabled = false;
  const statements = handle.recorder.statements
    .filter((s) => !/^(begin|commit|rollback|savepoint|release)/i.test(s.sql.trim()))
    .map((s) => {
      const statement = handle.sqlite.prepare(s.sql);
      return { statement, params: s.params, reader: statement.reader };
    });
  return () => {
    for (const { statement, params, reader } of statements) {
      if (reader) statement.all(...params);
      else statement.run(...params);
    }
  };
}

interface Result {
  name: string;
  medianMs: number;
  p95Ms: number;
  plainMedianMs: number | null;
  rawMedianMs: number | null;
  drizzleMedianMs: number;
  encryptionRatio: number | null;
  ormRatio: number | null;
  targetMs: number;
  pass: boolean;
}

/**
 * `service` is the whole call as the app makes it (target, encrypted vs plain). `queries` is
 * its database part through drizzle (building and running the queries, mapping the rows),
 * compared with the very same statements prepared once and run raw: the cost of the ORM.
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
  const enc = timed(encrypted.sqlite, () => service({ db: encrypted.db, actor }), iterations);
  const plainTimes = plain ? timed(plain.sqlite, () => service({ db: plain.db, actor }), iterations) : null;
  const viaDrizzle = timed(encrypted.sqlite, () => queries({ db: encrypted.db, actor }), iterations);
  const raw = timed(encrypted.sqlite, rawReplay(encrypted, actor, queries), iterations);
  const medianMs = median(enc);
  const plainMedianMs = plainTimes ? median(plainTimes) : null;
  const drizzleMedianMs = median(viaDrizzle);
  const rawMedianMs = median(raw);
  const result: Result = {
    name,
    medianMs,
    p95Ms: p95(enc),
    plainMedianMs,
    rawMedianMs,
    encryptionRatio: plainMedianMs ? medianMs / plainMedianMs : null,
    drizzleMedianMs,
    ormRatio: rawMedianMs ? drizzleMedianMs / rawMedianMs : null,
    targetMs,
    pass: medianMs < targetMs,
  };
  log(
    [
      name.padEnd(44),
      result.medianMs.toFixed(2).padStart(8),
      result.p95Ms.toFixed(2).padStart(8),
      (plainMedianMs?.toFixed(2) ?? '–').padStart(8),
      (result.encryptionRatio?.toFixed(2) ?? '–').padStart(7),
      drizzleMedianMs.toFixed(2).padStart(8),
      (rawMedianMs?.toFixed(2) ?? '–').padStart(8),
      (result.ormRatio?.toFixed(2) ?? '–').padStart(7),
      `< ${targetMs}`.padStart(6),
      result.pass ? '  ok' : '  SLOW',
    ].join(' '),
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
    log(
      `${'query'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'plain'.padStart(8)} ${'enc×'.padStart(7)} ${'drizzle'.padStart(8)} ${'raw'.padStart(8)} ${'orm×'.padStart(7)} target`,
    );
    const listQueries =
      (input: ParsedInput<'participants.list'>): Query =>
      (ctx) => {
        const query = participantListQuery(ctx.db, ctx.actor, input, today);
        const page = query.page.all();
        return query.rows(page.map((row) => row.id)).all();
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
        (ctx) => listParticipants(ctx, filtered),
        listQueries(filtered),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        `search: surname "${surname}"`,
        (ctx) => listParticipants(ctx, bySurname),
        listQueries(bySurname),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        'search: a word from the notes "arbetsträning"',
        (ctx) => listParticipants(ctx, byNote),
        listQueries(byNote),
        encrypted,
        plain,
        actor,
        30,
      ),
      measure(
        'open one participant (incl. audit entry)',
        (ctx) => getParticipant(ctx, readable.id),
        (ctx) =>
          participantDetail(ctx.db, ctx.actor, readable.id, peekAccess(ctx.db, ctx.actor, readable.id)),
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
        (ctx) => suggestForMeeting(ctx, meeting.id),
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

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      dataset: {
        participants: main.summary.participants,
        contacts: main.summary.contacts,
        review: {
          participants: review.summary.participants,
          enrolled: review.summary.statuses.enrolled,
          contacts: review.summary.contacts,
        },
      },
      targets: { medianMs: 'per query', encryptionRatio: 1.15, ormRatio: 1.2 },
      results,
    };
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      log('');
      log(
        'Targets: median under the target; encrypted/plain ≤ 1.15×; drizzle/raw ≤ 1.2× (the database part of each call).',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
