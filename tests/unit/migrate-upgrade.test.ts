import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/api/app-error';
import { addDays } from '../../main/api/dates';
import { Random } from '../../main/services/demo-data/random';
import { isForeignKeysPragma, loadMigrations, migrate, type Migration } from '../../db/migrate';
import { openDatabase, type SqliteHandle } from '../../db/open';
import { useTempDirs } from '../helpers/temp';

/**
 * The tag of the last migration of the latest release: the test builds a database as that
 * release left it and upgrades it with everything after. Bump it at each release (and bring
 * `populatePreviousRelease` and CHANGED_BY_NEWER_MIGRATIONS in line with that release's schema).
 */
const PREVIOUS_RELEASE_LAST_TAG = '0010_mapping_filled_count';

/**
 * What the migrations after PREVIOUS_RELEASE_LAST_TAG change in existing data on purpose, so the
 * comparison leaves it out: `table: null` for a table they drop, `table: ['column', …]` for
 * columns whose values they rewrite. Give the reason next to each entry; empty it at each release.
 */
const CHANGED_BY_NEWER_MIGRATIONS: Record<string, readonly string[] | null> = {
  // 0014 recomputes the Swedish sort key with accented letters folded (ü → y, ó → o …).
  participant_identities: ['sort_name'],
};

/** Triggers the newer migrations drop on purpose (with the reason); empty it at each release. */
const TRIGGERS_DROPPED_BY_NEWER_MIGRATIONS: readonly string[] = [];

/** The table the always-run rebuild scenario rebuilds: the parent of most of the data. */
const REBUILT_PARENT = 'participants';

const TODAY = '2026-11-20';

type Value = string | number | bigint | Buffer | null;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A migration as loadMigrations makes it from a drizzle-kit file's text. */
function migration(idx: number, name: string, statements: string[]): Migration {
  return {
    idx,
    tag: `${String(idx).padStart(4, '0')}_${name}`,
    hash: sha256(statements.join('--> statement-breakpoint\n')),
    statements,
  };
}

/** Runs `open` and returns the AppError it throws (fails the test if it throws nothing else). */
function refusal(open: () => unknown): AppError {
  try {
    open();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the database to be refused');
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

interface TableInfo {
  name: string;
  virtual: boolean;
  withoutRowid: boolean;
}

/** Tables holding data: not SQLite's own (sqlite_*), not the shadow tables of an FTS5 index. */
function dataTables(sqlite: SqliteHandle): TableInfo[] {
  const all = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const virtual = all.filter((t) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(t.sql ?? '')).map((t) => t.name);
  const shadow = (name: string) =>
    virtual.some(
      (v) => /^_(data|idx|content|docsize|config)$/.test(name.slice(v.length)) && name.startsWith(v),
    );
  return all
    .filter((t) => !t.name.startsWith('sqlite_') && !shadow(t.name))
    .map((t) => ({
      name: t.name,
      virtual: virtual.includes(t.name),
      withoutRowid: /WITHOUT\s+ROWID\s*$/i.test(t.sql ?? ''),
    }));
}

function columnsOf(sqlite: SqliteHandle, table: string): string[] {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );
}

/**
 * A table's rows on `columns`, in rowid order (primary key order for a WITHOUT ROWID table).
 * An FTS5 table's rowid is part of its data (the participant it indexes), so it is compared too.
 */
function rowsOf(sqlite: SqliteHandle, table: TableInfo, columns: string[]): Value[][] {
  const select = [...(table.virtual ? ['rowid'] : []), ...columns].map(quote).join(', ');
  const order = table.withoutRowid
    ? (
        sqlite.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table.name) as {
          name: string;
        }[]
      )
        .map((c) => quote(c.name))
        .join(', ')
    : 'rowid';
  return sqlite
    .prepare(`SELECT ${select} FROM ${quote(table.name)} ORDER BY ${order}`)
    .raw()
    .all() as Value[][];
}

interface Snapshot {
  tables: Map<string, { info: TableInfo; columns: string[]; rows: Value[][] }>;
  sequences: Map<string, number>;
  triggers: string[];
}

function snapshot(sqlite: SqliteHandle): Snapshot {
  const tables = new Map<string, { info: TableInfo; columns: string[]; rows: Value[][] }>();
  for (const info of dataTables(sqlite)) {
    const columns = columnsOf(sqlite, info.name);
    tables.set(info.name, { info, columns, rows: rowsOf(sqlite, info, columns) });
  }
  const sequences = new Map(
    (sqlite.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]).map(
      (row) => [row.name, row.seq],
    ),
  );
  const triggers = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return { tables, sequences, triggers };
}

/**
 * Every table of `before` still has the same rows on the columns both versions share, ids were not
 * handed out again, no trigger disappeared, and the database is consistent.
 */
function expectSameData(sqlite: SqliteHandle, before: Snapshot): void {
  const after = snapshot(sqlite);
  for (const [name, old] of before.tables) {
    if (name === 'schema_migrations') continue;
    const changed = Object.prototype.hasOwnProperty.call(CHANGED_BY_NEWER_MIGRATIONS, name)
      ? CHANGED_BY_NEWER_MIGRATIONS[name]
      : [];
    if (changed === null) continue;
    const now = after.tables.get(name);
    expect(now, `table ${name} is gone`).toBeDefined();
    if (!now) continue;
    const shared = old.columns.filter((c) => now.columns.includes(c) && !(changed ?? []).includes(c));
    const indexes = shared.map((c) => old.columns.indexOf(c));
    const offset = old.info.virtual ? 1 : 0;
    const expected = old.rows.map((row) => [
      ...row.slice(0, offset),
      ...indexes.map((i) => row[i + offset] ?? null),
    ]);
    expect(rowsOf(sqlite, now.info, shared), `rows of ${name}`).toEqual(expected);
  }
  // The migrations recorded before are all still there, unchanged.
  const migrations = after.tables.get('schema_migrations')?.rows ?? [];
  expect(migrations.slice(0, before.tables.get('schema_migrations')?.rows.length)).toEqual(
    before.tables.get('schema_migrations')?.rows,
  );
  // AUTOINCREMENT never hands out an id twice, also not after a table was rebuilt.
  for (const [name, seq] of before.sequences) {
    if (!after.tables.has(name)) continue;
    expect(after.sequences.get(name) ?? 0, `sqlite_sequence of ${name}`).toBeGreaterThanOrEqual(seq);
  }
  // drizzle-kit's rebuild drops the triggers of the table it rebuilds and does not recreate them.
  expect(
    before.triggers.filter(
      (t) => !after.triggers.includes(t) && !TRIGGERS_DROPPED_BY_NEWER_MIGRATIONS.includes(t),
    ),
    'triggers that disappeared',
  ).toEqual([]);
  expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
}

/**
 * A team's database as the previous release leaves it, in plain SQL against that release's
 * schema (the demo generator writes through the current drizzle schema, which may have columns
 * the old tables do not have yet): organisations, staff, participants in every status with their
 * identities, referrals, events, consents, contacts and progress, mappings with values, history
 * and conversations, plans with sub-goals, interventions and SIP meetings, weekly reviews with
 * agenda items, notes, absences and addenda, actions with reviews, review requests, audit rows.
 */
function populatePreviousRelease(sqlite: SqliteHandle): void {
  const random = new Random(4711);
  const statements = new Map<string, Database.Statement<Value[]>>();
  const insert = (table: string, row: Record<string, string | number | boolean | null | object>): number => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare<Value[]>(
        `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      statements.set(key, statement);
    }
    const values = Object.values(row).map((value) =>
      typeof value === 'boolean'
        ? Number(value)
        : value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : value,
    );
    return Number(statement.run(...values).lastInsertRowid);
  };
  const at = (date: string, time = '10:00') => `${date}T${time}:00.000Z`;

  sqlite.transaction(() => {
    const orgIds = (
      [
        ['AF', 'Arbetsförmedlingen', ['Arbetsförmedlare', 'Arbetsterapeut']],
        ['FK', 'Försäkringskassan', ['Handläggare', 'Samordnare']],
        ['KOM-SOC', 'Socialtjänsten', ['Socialsekreterare']],
        ['KOM-AM', 'Arbetsmarknadsenheten', ['Jobbcoach', 'Studie- och yrkesvägledare']],
        ['REG', 'Region Norr – primärvården', ['Arbetsterapeut', 'Fysioterapeut', 'Kurator']],
      ] as const
    ).map(([code, name, professions], sortOrder) =>
      insert('organisations', { code, name, professions, sort_order: sortOrder }),
    );
    const org = (i: number) => orgIds[i % orgIds.length] ?? 0;
    const staff = [
      'Anna Adminsson',
      'Bengt Berg',
      'Cecilia Ćorić',
      'David Öberg',
      'Elin Åström',
      'Fatima Hassan',
      'Gustav Lind',
    ].map((name, i) =>
      insert('users', {
        name,
        organisation_id: org(i),
        profession: 'Handläggare',
        role: i === 0 ? 'admin' : i === 1 ? 'coordinator' : 'caseworker',
        language: i === 3 ? 'en' : 'sv',
        must_change_password: i === 6,
      }),
    );
    insert('users', {
      name: 'Hanna Holm',
      organisation_id: org(2),
      profession: 'Socialsekreterare',
      role: 'caseworker',
      active: false,
      deactivated_at: at(addDays(TODAY, -90)),
    });
    const admin = staff[0] ?? 0;
    const someone = () => random.pick(staff);
    insert('settings', { key: 'team_name', value: 'Samverkansteamet Norr' });
    insert('settings', { key: 'consent_warning_days', value: '30' });
    let prevHash = '0'.repeat(64);
    const audit = (action: string, entityType: string | null, entityId: number | null, details: object) => {
      const hash = sha256(`${prevHash}${action}${entityId ?? ''}`);
      insert('audit_log', {
        at: at(TODAY, '08:00'),
        user_id: admin,
        action,
        entity_type: entityType,
        entity_id: entityId === null ? null : String(entityId),
        details,
        prev_hash: prevHash,
        hash,
      });
      prevHash = hash;
    };
    audit('setup.complete', null, null, { organisations: orgIds.length });

    const fields = ['health', 'language', 'education', 'work_experience', 'housing', 'economy'];
    const templateId = insert('mapping_templates', {
      key: 'default',
      version: 1,
      name: 'Kartläggning',
      definition: {
        sections: [
          { key: 'situation', title: 'Nuläge', fields: fields.map((key) => ({ key, type: 'text' })) },
        ],
      },
      field_count: fields.length,
      current: true,
      created_by: admin,
    });
    const interventionTypes = (
      sqlite.prepare('SELECT code FROM intervention_types ORDER BY sort_order').all() as { code: string }[]
    ).map((t) => t.code);

    const firstNames = ['Amina', 'Ali', 'Sara', 'Johan', 'Leyla', 'Mehmet', 'Åsa', 'Örjan', 'Noor', 'Per'];
    const lastNames = ['Yusuf', 'Andersson', 'Karimi', 'Nilsson', 'Öztürk', 'Ek', 'Abdi', 'Lindqvist'];
    const statuses = ['referred', 'enrolled', 'enrolled', 'closed', 'closed', 'declined', 'withdrawn'];
    const cases: { id: number; enrolledOn: string; closedOn: string | null }[] = [];
    for (let i = 0; i < 42; i += 1) {
      const status = statuses[i % statuses.length] ?? 'referred';
      const referredOn = addDays(TODAY, -random.int(30, 600));
      const started = status === 'enrolled' || status === 'closed';
      const enrolledOn = started ? addDays(referredOn, random.int(7, 25)) : null;
      const plannedEndOn = enrolledOn ? addDays(enrolledOn, 183) : null;
      const closedOn = status === 'closed' && enrolledOn ? addDays(enrolledOn, random.int(60, 200)) : null;
      const decidedOn = status === 'declined' || status === 'withdrawn' ? addDays(referredOn, 12) : null;
      const responsible = status === 'referred' && i % 2 === 0 ? null : someone();
      const language = i % 3 === 0 ? 'arabiska' : null;
      const participantId = insert('participants', {
        gender: i % 3 === 0 ? 'man' : i % 3 === 1 ? 'woman' : 'other',
        birth_year: 1960 + (i % 40),
        protected_identity: i === 5,
        preferred_language: language,
        interpreter_needed: language !== null && i % 2 === 0,
        interpreter_language: language !== null && i % 2 === 0 ? language : null,
        responsible_user_id: responsible,
        referring_organisation_id: org(i),
        status,
        referred_on: referredOn,
        enrolled_on: enrolledOn,
        planned_end_on: plannedEndOn,
        closed_on: closedOn,
        last_activity_on: closedOn ?? enrolledOn ?? decidedOn ?? referredOn,
        created_by: someone(),
        created_at: at(referredOn),
        updated_at: at(closedOn ?? referredOn),
      });
      insert('participant_identities', {
        participant_id: participantId,
        first_name: firstNames[i % firstNames.length] ?? 'Kim',
        last_name: lastNames[(i * 7) % lastNames.length] ?? 'Berg',
        personal_number:
          i % 6 === 4 ? null : `${1960 + (i % 40)}0${(i % 9) + 1}1${i % 10}${String(100 + i)}${i % 10}`,
        phone: i % 4 === 0 ? null : `070-${100 + i} 45 67`,
      });
      const referralId = insert('referrals', {
        participant_id: participantId,
        received_on: referredOn,
        organisation_id: org(i),
        caseworker_name: 'Lena Ek',
        caseworker_phone: '010-486 00 00',
        caseworker_email: i % 2 === 0 ? 'lena.ek@af.example' : null,
        reason: 'Långvarig sjukskrivning, behöver samordnat stöd mot arbete.',
        certificates: i % 2 === 0 ? ['Läkarutlåtande om hälsotillstånd (LOH)'] : [],
        created_by: someone(),
      });
      const event = (kind: string, onDate: string, extra: Record<string, string | object | null> = {}) =>
        insert('participant_events', {
          participant_id: participantId,
          kind,
          on_date: onDate,
          referral_id: referralId,
          created_by: someone(),
          ...extra,
        });
      event('referred', referredOn);
      if (decidedOn) {
        event(status, decidedOn, {
          reason: status === 'declined' ? 'Behovet kan mötas inom ordinarie insatser.' : null,
        });
      }
      if (enrolledOn) {
        event('enrolled', enrolledOn, {
          planned_end_on: plannedEndOn,
          intake_criteria: ['Svenska på minst nivå A1 (GERS/CEFR)'],
        });
      }
      if (closedOn) event('closed', closedOn, { closure_reason: i % 2 === 0 ? 'work' : 'studies' });
      if (i % 7 !== 6) {
        const consentId = insert('consents', {
          participant_id: participantId,
          signed_on: referredOn,
          valid_until: addDays(referredOn, 365),
          withdrawn_on: i === 13 ? addDays(referredOn, 40) : null,
          covers_sus: i % 2 === 0,
          created_by: someone(),
        });
        for (const organisationId of random.sample(orgIds, random.int(1, orgIds.length))) {
          insert('consent_organisations', { consent_id: consentId, organisation_id: organisationId });
        }
      }
      if (!enrolledOn) continue;
      cases.push({ id: participantId, enrolledOn, closedOn });
      const notes: string[] = [];
      for (let k = random.int(2, 5); k > 0; k -= 1) {
        const text = random.pick([
          'Uppföljningssamtal om arbetsträningen. Går bra, trivs med arbetsuppgifterna.',
          'Trepartssamtal med Försäkringskassan om rehabiliteringskedjan.',
          'Telefonsamtal: sjuk i veckan, nytt möte bokat.',
        ]);
        notes.push(text);
        insert('contacts', {
          participant_id: participantId,
          on_date: addDays(enrolledOn, random.int(1, 60)),
          kind: random.pick(['meeting', 'phone', 'network_meeting']),
          text,
          author_user_id: someone(),
        });
      }
      for (let k = random.int(1, 3); k > 0; k -= 1) {
        insert('progress_steps', {
          participant_id: participantId,
          on_date: addDays(enrolledOn, random.int(10, 90)),
          category: random.pick(['work', 'health', 'language']),
          text: 'Har börjat arbetsträna två dagar i veckan.',
          author_user_id: someone(),
        });
      }
      sqlite
        .prepare('INSERT INTO participant_notes_fts (rowid, body) VALUES (?, ?)')
        .run(participantId, notes.join('\n'));
      const mappingId = insert('mappings', {
        participant_id: participantId,
        template_id: templateId,
        created_by: someone(),
        created_at: at(addDays(enrolledOn, 3)),
      });
      for (const [index, field] of random.sample(fields, random.int(2, fields.length)).entries()) {
        const author = someone();
        const value = index === 0 ? null : { text: `Uppgift om ${field}.` };
        insert('mapping_values', {
          mapping_id: mappingId,
          field_key: field,
          value,
          revision: 2,
          author_user_id: author,
          author_organisation_id: org(author),
          updated_at: at(addDays(enrolledOn, 20)),
        });
        insert('mapping_value_history', {
          mapping_id: mappingId,
          field_key: field,
          old_value: { text: 'Första utkast.' },
          new_value: value,
          revision: 2,
          author_user_id: author,
          author_organisation_id: org(author),
          at: at(addDays(enrolledOn, 20)),
        });
      }
      insert('mapping_conversations', {
        mapping_id: mappingId,
        number: 1,
        held_on: addDays(enrolledOn, 5),
        attendees: ['Deltagaren', 'Handläggare AF'],
        summary: 'Första kartläggningssamtalet.',
        author_user_id: someone(),
        updated_at: at(addDays(enrolledOn, 5)),
      });
      insert('plans', {
        participant_id: participantId,
        goal: random.pick(['work', 'studies', 'step']),
        goal_text: 'Arbete inom lager och logistik på minst halvtid',
        updated_by: someone(),
      });
      const subgoalId = insert('plan_subgoals', {
        participant_id: participantId,
        text: 'Klara SFI kurs C',
        target_on: addDays(enrolledOn, 120),
        status: closedOn ? 'achieved' : 'open',
        created_by: someone(),
      });
      insert('plan_subgoals', {
        participant_id: participantId,
        text: 'Regelbunden aktivitet tre dagar i veckan',
        target_on: addDays(enrolledOn, 90),
        created_by: someone(),
      });
      const interventionIds = [0, 1].map((k) =>
        insert('plan_interventions', {
          participant_id: participantId,
          type_code: interventionTypes[(i + k) % interventionTypes.length] ?? 'other',
          provider_organisation_id: org(i + k),
          responsible_user_id: k === 0 ? someone() : null,
          responsible_name: k === 0 ? null : 'Extern handledare',
          start_on: addDays(enrolledOn, 14 + k * 30),
          end_on: closedOn,
          status: closedOn ? 'finished' : 'ongoing',
          note: k === 0 ? 'Två dagar i veckan.' : null,
          created_by: someone(),
        }),
      );
      insert('plan_history', {
        participant_id: participantId,
        entity: 'subgoal',
        entity_id: subgoalId,
        change: 'status',
        before: { status: 'open' },
        after: { status: closedOn ? 'achieved' : 'open' },
        user_id: someone(),
        at: at(addDays(enrolledOn, 40)),
      });
      if (i % 2 === 0) {
        insert('sip_meetings', {
          participant_id: participantId,
          held_on: addDays(enrolledOn, 30),
          attendees: ['Deltagaren', 'Vårdcentralen', 'Socialtjänsten'],
          life_areas: ['health', 'work'],
          intervention_ids: interventionIds,
          overall_responsible: 'Socialtjänsten',
          follow_up_on: addDays(enrolledOn, 90),
          created_by: someone(),
        });
      }
    }

    // Weekly reviews: six held, one planned; items for cases, a general item, notes, actions.
    const seriesId = insert('meeting_series', {
      name: 'Veckogenomgång',
      weekday: 2,
      start_time: '09:00',
      duration_minutes: 90,
      place: 'Samverkansrummet',
    });
    const heldItems: { id: number; meetingId: number; date: string; participantId: number }[] = [];
    let lastPlannedItem = 0;
    for (let week = 6; week >= 0; week -= 1) {
      const date = addDays(TODAY, -7 * week);
      const held = week > 0;
      const chair = someone();
      const meetingId = insert('meetings', {
        series_id: seriesId,
        date,
        start_time: '09:00',
        duration_minutes: 90,
        place: 'Samverkansrummet',
        status: held ? 'finished' : 'planned',
        started_at: held ? at(date, '09:00') : null,
        finished_at: held ? at(date, '10:30') : null,
        finished_by: held ? chair : null,
        created_by: chair,
      });
      for (const member of random.sample(staff, 4)) {
        insert('meeting_attendees', {
          meeting_id: meetingId,
          user_id: member,
          present: held && member !== staff[6],
          arrived_late_at: held && member === staff[2] ? at(date, '09:12') : null,
        });
      }
      for (let position = 1; position <= 4; position += 1) {
        const general = position === 4;
        const c = random.pick(cases);
        const itemId = insert('agenda_items', {
          meeting_id: meetingId,
          kind: general ? 'general' : 'participant',
          participant_id: general ? null : c.id,
          title: general ? 'Verksamhetsfrågor' : null,
          position,
          minutes: 5,
          reasons: general ? [] : ['requested'],
          status: held ? 'discussed' : 'pending',
          opened_at: held ? at(date, '09:10') : null,
          discussed_at: held ? at(date, '09:15') : null,
          elapsed_seconds: held ? random.int(120, 600) : 0,
        });
        lastPlannedItem = itemId;
        if (!held) continue;
        if (!general) heldItems.push({ id: itemId, meetingId, date, participantId: c.id });
        insert('meeting_notes', {
          item_id: itemId,
          kind: 'note',
          text: 'Läget är stabilt, praktiken fortsätter.',
          author_user_id: someone(),
          created_at: at(date, '09:14'),
        });
        insert('meeting_notes', {
          item_id: itemId,
          kind: 'decision',
          text: 'Beslut: SIP-möte bokas inom två veckor.',
          author_user_id: chair,
          created_at: at(date, '09:15'),
        });
        if (position === 2) insert('agenda_item_absences', { item_id: itemId, user_id: staff[3] ?? 0 });
      }
      if (held) {
        insert('meeting_addenda', {
          meeting_id: meetingId,
          text: 'Tillägg: vårdcentralen har bekräftat tiden.',
          author_user_id: chair,
          created_at: at(date, '13:00'),
        });
      }
    }
    for (const [index, c] of cases.entries()) {
      const from = heldItems.find((item) => item.participantId === c.id);
      for (let k = 0; k < 2; k += 1) {
        const responsible = someone();
        const done = c.closedOn !== null || k === 1;
        const dueOn = addDays(c.enrolledOn, 30 + k * 14);
        const actionId = insert('actions', {
          participant_id: c.id,
          meeting_id: k === 0 && from ? from.meetingId : null,
          item_id: k === 0 && from ? from.id : null,
          what: 'Boka SIP-möte med vårdcentralen',
          responsible_user_id: responsible,
          organisation_id: org(responsible),
          due_on: dueOn,
          status: done ? 'done' : 'open',
          closed_on: done ? dueOn : null,
          outcome_note: done ? 'Genomfört enligt plan.' : null,
          created_by: someone(),
        });
        if (from && k === 0) {
          insert('action_reviews', {
            action_id: actionId,
            meeting_id: from.meetingId,
            outcome: done ? 'done' : 'still_open',
            new_due_on: done ? null : addDays(TODAY, 14),
            note: done ? null : 'Väntar på svar från vården.',
            reviewed_by: someone(),
            reviewed_at: at(from.date, '09:20'),
          });
        }
      }
      if (index % 4 === 0) {
        insert('review_requests', {
          participant_id: c.id,
          note: 'Vill ta upp läget',
          requested_by: someone(),
          requested_at: at(addDays(TODAY, -3), '15:00'),
          handled_by_item_id: from?.id ?? null,
        });
      }
    }
    insert('actions', {
      what: 'Uppdatera rutinen för samtycke',
      responsible_user_id: admin,
      organisation_id: org(0),
      due_on: addDays(TODAY, 10),
      created_by: admin,
    });
    // An item taken off the planned agenda: the newest id is gone, and must never come back.
    sqlite.prepare('DELETE FROM agenda_items WHERE id = ?').run(lastPlannedItem);
    audit('demo.generate', 'participant', cases[0]?.id ?? null, { participants: 42 });
  })();
}

/**
 * A drizzle-kit style rebuild of `table` as it is in the database (copy into __new_, drop, rename,
 * recreate the indexes and triggers), bracketed by the pragmas drizzle-kit writes around it.
 */
function rebuildMigration(sqlite: SqliteHandle, idx: number, table: string): Migration {
  const definition = (
    sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as {
      sql: string;
    }
  ).sql;
  const create = definition.replace(
    /^CREATE TABLE\s+(`[^`]+`|"[^"]+"|\S+)/i,
    `CREATE TABLE \`__new_${table}\``,
  );
  expect(create).not.toBe(definition);
  const columns = columnsOf(sqlite, table).map(quote).join(', ');
  const dependants = (
    sqlite
      .prepare(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL ORDER BY type, name",
      )
      .all(table) as { sql: string }[]
  ).map((row) => row.sql);
  // Other tables' triggers that write to this one (the review facts): dropped and recreated
  // around the rebuild, as docs/architecture.md asks of a real one.
  const naming = new RegExp(`\\b${table}\\b`);
  const writers = (
    sqlite
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name <> ? ORDER BY name")
      .all(table) as { name: string; sql: string }[]
  ).filter((row) => naming.test(row.sql));
  return migration(idx, `rebuild_${table}`, [
    'PRAGMA foreign_keys=OFF;',
    ...writers.map((row) => `DROP TRIGGER \`${row.name}\`;`),
    `${create};`,
    `INSERT INTO \`__new_${table}\`(${columns}) SELECT ${columns} FROM \`${table}\`;`,
    `DROP TABLE \`${table}\`;`,
    `ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`,
    'PRAGMA foreign_keys=ON;',
    ...dependants.map((statement) => `${statement};`),
    ...writers.map((row) => `${row.sql};`),
  ]);
}

/** A table's definition, indexes and triggers (RENAME quotes the table's name its own way). */
function schemaOf(sqlite: SqliteHandle, table: string): { type: string; name: string; sql: string }[] {
  return (
    sqlite
      .prepare(
        'SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type, name',
      )
      .all(table) as { type: string; name: string; sql: string }[]
  ).map((row) => ({ ...row, sql: row.sql.replace(/^CREATE TABLE\s+("[^"]+"|`[^`]+`)/i, 'CREATE TABLE') }));
}

/** Child tables whose rows go with a parent row (ON DELETE CASCADE) or lose it (SET NULL). */
function dependentTables(sqlite: SqliteHandle, parent: string): string[] {
  return dataTables(sqlite)
    .filter((t) =>
      (
        sqlite.prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(?)').all(t.name) as {
          table: string;
          on_delete: string;
        }[]
      ).some((fk) => fk.table === parent && /CASCADE|SET NULL/i.test(fk.on_delete)),
    )
    .map((t) => t.name);
}

/** A small schema of its own: teams, members (cascade), notes (set null), and its rows. */
const teamsSchema = migration(0, 'teams', [
  'CREATE TABLE `teams` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL);',
  `CREATE TABLE \`members\` (\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL, \`team_id\` integer NOT NULL,
    \`name\` text NOT NULL,
    FOREIGN KEY (\`team_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE cascade);`,
  `CREATE TABLE \`notes\` (\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL, \`team_id\` integer, \`text\` text NOT NULL,
    FOREIGN KEY (\`team_id\`) REFERENCES \`teams\`(\`id\`) ON UPDATE no action ON DELETE set null);`,
  'CREATE INDEX `members_team_idx` ON `members` (`team_id`);',
]);

/** Exactly what `drizzle-kit generate` writes for a new NOT NULL column with a default on teams. */
const rebuildTeams = migration(1, 'team_code', [
  'PRAGMA foreign_keys=OFF;',
  `CREATE TABLE \`__new_teams\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`name\` text NOT NULL,
	\`code\` text DEFAULT '' NOT NULL
);`,
  'INSERT INTO `__new_teams`("id", "name") SELECT "id", "name" FROM `teams`;',
  'DROP TABLE `teams`;',
  'ALTER TABLE `__new_teams` RENAME TO `teams`;',
  'PRAGMA foreign_keys=ON;',
]);

function seedTeams(sqlite: SqliteHandle): void {
  sqlite.exec(`
    INSERT INTO teams (name) VALUES ('Norr'), ('Söder'), ('Väster');
    INSERT INTO members (team_id, name) VALUES (1, 'Amina'), (1, 'Bengt'), (2, 'Cecilia'), (3, 'David'), (3, 'Elin');
    INSERT INTO notes (team_id, text) VALUES (1, 'Möte på tisdag'), (2, 'Ny lokal'), (NULL, 'Allmänt');
  `);
}

/** The seeded rows on the columns every version of the teams schema has. */
function teamRows(sqlite: SqliteHandle): Record<string, Value[][]> {
  return Object.fromEntries(
    Object.entries({ teams: 'id, name', members: 'id, team_id, name', notes: 'id, team_id, text' }).map(
      ([table, columns]) => [
        table,
        sqlite.prepare(`SELECT ${columns} FROM ${table} ORDER BY rowid`).raw().all() as Value[][],
      ],
    ),
  );
}

function appliedMigrations(sqlite: SqliteHandle): Value[][] {
  return sqlite
    .prepare('SELECT idx, tag, hash, applied_at FROM schema_migrations ORDER BY idx')
    .raw()
    .all() as Value[][];
}

function hasTable(sqlite: SqliteHandle, name: string): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
  );
}

describe('upgrading a database keeps its data', () => {
  const tempDir = useTempDirs();

  it("upgrades the previous release's database with all its rows, also through a rebuild of participants", () => {
    const all = loadMigrations();
    const last = all.findIndex((m) => m.tag === PREVIOUS_RELEASE_LAST_TAG);
    expect(last, `${PREVIOUS_RELEASE_LAST_TAG} is in the journal`).toBeGreaterThanOrEqual(0);
    const previous = all.slice(0, last + 1);
    const file = path.join(tempDir(), 'samsyn.db');
    const key = randomBytes(32);

    const old = openDatabase({ path: file, key, migrations: previous });
    populatePreviousRelease(old.sqlite);
    const empty = dataTables(old.sqlite)
      .filter((t) => t.name !== 'schema_migrations')
      .filter((t) => old.sqlite.prepare(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`).get() === undefined)
      .map((t) => t.name);
    expect(empty, 'tables populatePreviousRelease leaves empty').toEqual([]);
    // The rebuild below must have children to lose.
    expect(dependentTables(old.sqlite, REBUILT_PARENT).length).toBeGreaterThanOrEqual(10);
    const before = snapshot(old.sqlite);
    old.close();

    // The migrations since the previous release (none between releases), as the app runs them.
    const upgraded = openDatabase({ path: file, key, migrations: all });
    expect(appliedMigrations(upgraded.sqlite)).toHaveLength(all.length);
    expectSameData(upgraded.sqlite, before);
    const rebuild = rebuildMigration(upgraded.sqlite, (all.at(-1)?.idx ?? 0) + 1, REBUILT_PARENT);
    const schemaBefore = schemaOf(upgraded.sqlite, REBUILT_PARENT);
    upgraded.close();

    // And a drizzle-kit rebuild of the table nearly everything hangs off, so this never runs empty.
    const rebuilt = openDatabase({ path: file, key, migrations: [...all, rebuild] });
    expect(appliedMigrations(rebuilt.sqlite)).toHaveLength(all.length + 1);
    expectSameData(rebuilt.sqlite, before);
    expect(schemaOf(rebuilt.sqlite, REBUILT_PARENT)).toEqual(schemaBefore);
    rebuilt.close();
  });

  it("keeps a rebuilt parent's children (ON DELETE CASCADE and SET NULL)", () => {
    const file = path.join(tempDir(), 'teams.db');
    const key = randomBytes(32);
    const first = openDatabase({ path: file, key, migrations: [teamsSchema] });
    seedTeams(first.sqlite);
    const before = teamRows(first.sqlite);
    first.close();

    const { sqlite, close } = openDatabase({ path: file, key, migrations: [teamsSchema, rebuildTeams] });
    expect(appliedMigrations(sqlite).map((row) => row[1])).toEqual([teamsSchema.tag, rebuildTeams.tag]);
    expect(columnsOf(sqlite, 'teams')).toEqual(['id', 'name', 'code']);
    expect(teamRows(sqlite)).toEqual(before);
    expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // The children still reference the rebuilt table: deleting a team now cascades again.
    sqlite.prepare('DELETE FROM teams WHERE id = 1').run();
    expect(sqlite.prepare('SELECT count(*) FROM members WHERE team_id = 1').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT team_id FROM notes WHERE id = 1').pluck().get()).toBeNull();
    close();
  });

  it('refuses a migration that leaves rows pointing at nothing, and changes nothing', () => {
    const file = path.join(tempDir(), 'teams.db');
    const key = randomBytes(32);
    const first = openDatabase({ path: file, key, migrations: [teamsSchema] });
    seedTeams(first.sqlite);
    const before = teamRows(first.sqlite);
    const applied = appliedMigrations(first.sqlite);
    first.close();

    // Foreign keys are off during an upgrade: a delete that counts on ON DELETE CASCADE or SET NULL
    // leaves orphans, and is refused rather than applied half.
    const dropTeam = migration(1, 'drop_team', [
      'CREATE TABLE `archive` (`id` integer PRIMARY KEY, `name` text NOT NULL);',
      'INSERT INTO `archive` SELECT `id`, `name` FROM `teams` WHERE `id` = 1;',
      'DELETE FROM `teams` WHERE `id` = 1;',
    ]);
    const error = refusal(() => openDatabase({ path: file, key, migrations: [teamsSchema, dropTeam] }));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('error.migrationOrphans');
    // Team 1's two members lost their team, and its note kept a team id that no longer exists.
    expect(error.params).toEqual({ table: 'members, notes', parent: 'teams', count: 3 });

    const { sqlite, close } = openDatabase({ path: file, key, migrations: [teamsSchema] });
    expect(appliedMigrations(sqlite)).toEqual(applied);
    expect(teamRows(sqlite)).toEqual(before);
    expect(hasTable(sqlite, 'archive')).toBe(false);
    close();
  });

  it('refuses to upgrade a database that already had orphaned rows, and changes nothing', () => {
    const file = path.join(tempDir(), 'teams.db');
    const key = randomBytes(32);
    const first = openDatabase({ path: file, key, migrations: [teamsSchema] });
    seedTeams(first.sqlite);
    first.sqlite.pragma('foreign_keys = OFF');
    first.sqlite.exec("INSERT INTO members (team_id, name) VALUES (42, 'Ingen')");
    first.sqlite.pragma('foreign_keys = ON');
    const before = teamRows(first.sqlite);
    const applied = appliedMigrations(first.sqlite);
    first.close();

    const harmless = migration(1, 'team_places', [
      'CREATE TABLE `places` (`id` integer PRIMARY KEY, `name` text);',
    ]);
    const error = refusal(() => openDatabase({ path: file, key, migrations: [teamsSchema, harmless] }));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('error.migrationOrphans');
    expect(error.params).toEqual({ table: 'members', parent: 'teams', count: 1 });

    // Without a pending migration it opens as before: nothing was deleted to "recover".
    const { sqlite, close } = openDatabase({ path: file, key, migrations: [teamsSchema] });
    expect(appliedMigrations(sqlite)).toEqual(applied);
    expect(teamRows(sqlite)).toEqual(before);
    expect(hasTable(sqlite, 'places')).toBe(false);
    close();
  });

  it('refuses a database whose recorded migration hash differs from the migration file', () => {
    const file = path.join(tempDir(), 'samsyn.db');
    const key = randomBytes(32);
    const first = openDatabase({ path: file, key });
    const target = loadMigrations()[3];
    if (!target) throw new Error('expected at least four migrations');
    first.sqlite
      .prepare('UPDATE schema_migrations SET hash = ? WHERE idx = ?')
      .run('0'.repeat(64), target.idx);
    const applied = appliedMigrations(first.sqlite);
    first.close();

    const error = refusal(() => openDatabase({ path: file, key }));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('error.migrationChanged');
    expect(error.params).toEqual({ tag: target.tag });
    // Read-only opening does not migrate: the refused open changed nothing.
    const { sqlite, close } = openDatabase({ path: file, key, readonly: true });
    expect(appliedMigrations(sqlite)).toEqual(applied);
    close();
  });

  it('refuses an edited migration before running any pending one', () => {
    const file = path.join(tempDir(), 'teams.db');
    const key = randomBytes(32);
    const second = migration(1, 'team_places', [
      'CREATE TABLE `places` (`id` integer PRIMARY KEY, `name` text);',
    ]);
    openDatabase({ path: file, key, migrations: [teamsSchema, second] }).close();

    const edited = migration(1, 'team_places', [
      'CREATE TABLE `places` (`id` integer PRIMARY KEY, `name` text, `city` text);',
    ]);
    const third = migration(2, 'team_rooms', ['CREATE TABLE `rooms` (`id` integer PRIMARY KEY);']);
    const error = refusal(() => openDatabase({ path: file, key, migrations: [teamsSchema, edited, third] }));
    expect(error.messageKey).toBe('error.migrationChanged');
    expect(error.params).toEqual({ tag: second.tag });

    const { sqlite, close } = openDatabase({ path: file, key, migrations: [teamsSchema, second] });
    expect(appliedMigrations(sqlite).map((row) => row[1])).toEqual([teamsSchema.tag, second.tag]);
    expect(hasTable(sqlite, 'rooms')).toBe(false);
    close();
  });

  it("restores the caller's foreign_keys setting after an upgrade and after a refusal", () => {
    const file = path.join(tempDir(), 'teams.db');
    const { sqlite, close } = openDatabase({ path: file, key: randomBytes(32), migrations: [teamsSchema] });
    seedTeams(sqlite);
    sqlite.pragma('foreign_keys = OFF');
    expect(migrate(sqlite, [teamsSchema, rebuildTeams])).toEqual({ applied: 1 });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(0);

    sqlite.pragma('foreign_keys = ON');
    const orphan = migration(2, 'orphan', ["INSERT INTO members (team_id, name) VALUES (99, 'Ingen')"]);
    expect(() => migrate(sqlite, [teamsSchema, rebuildTeams, orphan])).toThrowError(/error.migrationOrphans/);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.prepare('SELECT count(*) FROM members WHERE team_id = 99').pluck().get()).toBe(0);

    // Foreign keys cannot be switched inside a transaction, so migrate refuses to run in one.
    sqlite.exec('BEGIN');
    expect(() => migrate(sqlite, [teamsSchema, rebuildTeams, orphan])).toThrowError(/outside a transaction/);
    sqlite.exec('ROLLBACK');
    close();
  });

  it('skips only the statements that switch foreign keys', () => {
    expect(isForeignKeysPragma('PRAGMA foreign_keys=OFF;')).toBe(true);
    expect(isForeignKeysPragma('pragma foreign_keys = on')).toBe(true);
    expect(isForeignKeysPragma('-- drizzle-kit\nPRAGMA foreign_keys=OFF;')).toBe(true);
    expect(isForeignKeysPragma('PRAGMA foreign_key_check;')).toBe(false);
    expect(isForeignKeysPragma('PRAGMA foreign_keys=OFF;\nDROP TABLE `teams`;')).toBe(false);
    expect(isForeignKeysPragma('CREATE TABLE `foreign_keys` (`id` integer);')).toBe(false);
  });

  it('hashes a migration file the same with CRLF line endings', () => {
    const text =
      'CREATE TABLE `teams` (`id` integer PRIMARY KEY);--> statement-breakpoint\nCREATE INDEX `t` ON `teams` (`id`);\n';
    const load = (content: string) => {
      const dir = path.join(tempDir(), 'migrations');
      mkdirSync(path.join(dir, 'meta'), { recursive: true });
      writeFileSync(
        path.join(dir, 'meta', '_journal.json'),
        JSON.stringify({ entries: [{ idx: 0, tag: '0000_teams' }] }),
      );
      writeFileSync(path.join(dir, '0000_teams.sql'), content);
      return loadMigrations(dir);
    };
    const lf = load(text);
    expect(lf[0]?.hash).toBe(sha256(text));
    expect(load(text.replace(/\n/g, '\r\n'))).toEqual(lf);
  });
});
