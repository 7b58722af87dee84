import type { ClosureReason, Gender, ParticipantStatus } from '../../api/participant-types';
import type { Role } from '../../api/schemas';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { Random } from './random';

/**
 * What the parts of the demo generator share: the team (staff, organisations), the cases made
 * by the people part with the consent that covers each one, and the rule every part follows:
 * an event about a case is written by a staff member of an organisation the consent covers
 * on the event's date (`authorOn`). Each part draws from its own seeded stream (`partRandom`),
 * so a part that adds facts does not change what the others generate.
 */

export interface DemoStaff {
  id: number;
  name: string;
  organisationId: number;
  organisationCode: string;
  organisationName: string;
  profession: string;
  role: Role;
  /** Created by this run (and so given the demo password), not a member who was there before. */
  demo: boolean;
}

export interface DemoOrganisation {
  id: number;
  code: string;
  name: string;
  professions: string[];
}

export interface DemoCase {
  participantId: number;
  periodId: number;
  /** The person's origin (names.ts): country of birth and language in the mapping. */
  originKey: string;
  gender: Gender;
  birthYear: number;
  language: string | null;
  interpreter: boolean;
  referringOrgId: number;
  responsibleUserId: number | null;
  status: ParticipantStatus;
  referredOn: string;
  decidedOn: string | null;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  extendedTo: string | null;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  /** Enrolled, but no contact or progress in the last four weeks. */
  inactive: boolean;
  consent: {
    signedOn: string;
    validUntil: string;
    withdrawnOn: string | null;
    organisationIds: ReadonlySet<number>;
  };
  /** Staff of the organisations the consent covers (the writers of this case's events). */
  writers: readonly DemoStaff[];
}

export interface DemoWorld {
  db: Db;
  seed: number;
  today: string;
  /** Who generates the data (audit); null from the CLI before anyone logs in. */
  actorUserId: number | null;
  organisations: readonly DemoOrganisation[];
  /** Everyone who writes demo events: the demo staff and the generating admin. */
  staff: readonly DemoStaff[];
  cases: DemoCase[];
}

/** A seeded stream for one part, independent of every other part's. */
export function partRandom(seed: number, part: string): Random {
  let hash = seed >>> 0;
  for (const char of part) hash = (Math.imul(hash ^ char.charCodeAt(0), 0x01000193) + 0x9e3779b9) >>> 0;
  return new Random(hash);
}

/** Inserts rows in chunks (SQLite limits the number of bound values per statement). */
export function chunked<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += size) insert(rows.slice(i, i + size));
}

/** Signed, not expired and not withdrawn on `date` (the rule of main/domain/consent.ts). */
export function consentValidOn(demoCase: DemoCase, date: string): boolean {
  const { signedOn, validUntil, withdrawnOn } = demoCase.consent;
  return signedOn <= date && date <= validUntil && (withdrawnOn === null || date < withdrawnOn);
}

/**
 * A writer of an event on `date`: preferably one of `preferred` (e.g. the responsible
 * caseworker, or the professions that know a mapping section), always of an organisation the
 * consent covers; null when the consent does not cover the date (the event is not written).
 */
export function authorOn(
  random: Random,
  demoCase: DemoCase,
  date: string,
  preferred?: (staff: DemoStaff) => boolean,
): DemoStaff | null {
  if (!consentValidOn(demoCase, date) || demoCase.writers.length === 0) return null;
  if (preferred) {
    const matching = demoCase.writers.filter(preferred);
    if (matching.length > 0) return random.pick(matching);
  }
  return random.pick(demoCase.writers);
}

/** The responsible caseworker when the consent covers them, otherwise another writer. */
export function responsibleOrWriter(random: Random, demoCase: DemoCase, date: string): DemoStaff | null {
  return authorOn(random, demoCase, date, (staff) => staff.id === demoCase.responsibleUserId);
}

/** The last day anything is recorded about a case: its closure, or today. */
export function lastDayOf(demoCase: DemoCase, today: string): string {
  return demoCase.closedOn ?? today;
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** An ISO instant on a date at a Swedish working hour (stored in UTC, as the app stores times). */
export function instantOn(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

/**
 * Bulk insert: one statement per few thousand rows, the rows passed as one JSON array and
 * unpacked by SQLite (`json_each`), so a large demo team stays quick. `table` and `columns`
 * are the code's own names; values are bound, never spliced in. JSON columns are passed as
 * their JSON text (JSON.stringify), as drizzle stores them; booleans become 1/0.
 */
export function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): void {
  const select = columns.map((_, index) => `j.value ->> ${index}`).join(', ');
  const head = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM json_each(`);
  chunked(rows, 5000, (chunk) => db.run(sql`${head}${JSON.stringify(chunk)}${sql.raw(') j')}`));
}

/** The ids of rows inserted after `before` (the table's largest id then), in insertion order. */
export function idsAfter(db: Db, table: string, before: number): number[] {
  return db
    .all<{ id: number }>(sql`SELECT id FROM ${sql.raw(table)} WHERE id > ${before} ORDER BY id`)
    .map((row) => row.id);
}

export function maxId(db: Db, table: string): number {
  return db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM ${sql.raw(table)}`)?.id ?? 0;
}
