import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../main/api/dates';
import { inputs } from '../../main/api/contract';
import { listSortColumns } from '../../main/api/participant-schemas';
import { mintMany } from '../../main/core/proofs';
import { participantCode } from '../../main/api/participant-types';
import type { Actor, ServiceContext } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import {
  SEARCH_COUNT_CAP,
  listPageIds,
  listParticipants,
  participantListQuery,
} from '../../main/services/participants/list';
import { idBytes, inIdBytes } from '../../main/services/sql-lists';
import { listInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * A search with many matches is counted up to SEARCH_COUNT_CAP and read along the sort's
 * index; it must return the same rows, in the same order, as reading every match and sorting
 * them, and a search with few matches is counted in full.
 */
describe('participant search with many matches', () => {
  const tempDir = useTempDirs();

  it('reads along the sort order the same pages as from the matches, and caps the count', () => {
    const opened = teamDatabase(tempDir(), 'search.db');
    const today = todayIso();
    generateDemoData(opened.db, {
      participants: 2500,
      seed: 11,
      today,
      actorUserId: opened.adminId,
      alwaysCoverOrganisationIds: [opened.orgId],
    });
    const actor: Actor = {
      userId: opened.adminId,
      role: 'admin',
      organisationId: opened.orgId,
      language: 'sv',
    };
    const ctx: ServiceContext = {
      db: opened.db,
      actor,
      today,
      now: new Date().toISOString(),
      audit: { action: 'rpc.refused', details: {} },
    };
    const parse = (overrides: Parameters<typeof listInput>[0]) =>
      inputs['participants.list'].parse(listInput(overrides));

    // Every match, counted in full: the word must match more than the cap for the test to mean anything.
    const every = participantListQuery(opened.db, actor, parse({ search: 'arbetsträning' }), today).total();
    expect(every?.n ?? 0).toBeGreaterThan(SEARCH_COUNT_CAP);

    for (const sort of listSortColumns) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const statuses of [[], ['enrolled']] as const) {
          const input = parse({ search: 'arbetsträning', sort, direction, statuses: [...statuses] });
          const query = participantListQuery(opened.db, actor, input, today);
          for (const offset of [0, 100, 400]) {
            const alongSort = listPageIds(query, offset, 100, 'sortOrder');
            const fromMatches = listPageIds(query, offset, 100, 'matches');
            expect(alongSort, `${sort} ${direction} ${statuses.join()} @${offset}`).toEqual(fromMatches);
          }
        }
      }
    }

    const first = listParticipants(ctx, mintMany(), parse({ search: 'arbetsträning', limit: 100 }));
    expect(first.total).toBe(SEARCH_COUNT_CAP);
    expect(first.totalCapped).toBe(true);
    expect(first.rows).toHaveLength(100);
    // The last page stops at the cap.
    const last = listParticipants(
      ctx,
      mintMany(),
      parse({ search: 'arbetsträning', offset: 450, limit: 100 }),
    );
    expect(last.rows).toHaveLength(SEARCH_COUNT_CAP - 450);
    expect(last.totalCapped).toBe(true);

    // Few matches: counted in full, not capped; no search: never capped.
    const surname = opened.sqlite
      .prepare(
        'SELECT last_name AS n FROM participant_identities GROUP BY last_name ORDER BY count(*) ASC LIMIT 1',
      )
      .get() as { n: string };
    const few = listParticipants(ctx, mintMany(), parse({ search: surname.n, limit: 100 }));
    expect(few.totalCapped).toBe(false);
    expect(few.total).toBe(few.rows.length);
    // Counted from the matches as they come (searchMatches): the same number as the condition
    // counted in full, up to any cap, for every kind of word and for a caller who reads only some.
    const firstName = opened.sqlite
      .prepare(
        'SELECT first_name AS n FROM participant_identities GROUP BY first_name ORDER BY count(*) DESC LIMIT 1',
      )
      .get() as { n: string };
    // Some of them protected (their name is hidden from the caller) and some with the name in
    // their notes too (found by both look-ups: counted once; and by the notes where protected).
    const named = (
      opened.sqlite
        .prepare(
          `SELECT i.participant_id AS id FROM participant_identities i
           JOIN participant_notes_fts n ON n.rowid = i.participant_id
           WHERE i.first_name = ? ORDER BY i.participant_id LIMIT 24`,
        )
        .all(firstName.n) as { id: number }[]
    ).map((row) => row.id);
    expect(named.length).toBe(24);
    const protect = opened.sqlite.prepare(
      'UPDATE participants SET protected_identity = 1, responsible_user_id = NULL WHERE id = ?',
    );
    const mention = opened.sqlite.prepare(
      "UPDATE participant_notes_fts SET body = body || ' ' || ? WHERE rowid = ?",
    );
    named.forEach((id, index) => {
      if (index % 2 === 0) protect.run(id);
      if (index % 4 < 2) mention.run(firstName.n, id);
    });
    // Protected, the first name not in the notes, "arbetsträning" in them, and a last activity
    // (so the walk along the sort's index meets it): searched for both, the name (the word with
    // fewer matches, read first) must not find it.
    const active = opened.sqlite.prepare('SELECT last_activity_on AS on_ FROM participants WHERE id = ?');
    const hiddenName = named.find(
      (id, index) => index % 4 === 2 && (active.get(id) as { on_: string | null }).on_ !== null,
    );
    if (hiddenName === undefined) throw new Error('no protected participant with a last activity');
    mention.run('arbetsträning', hiddenName);
    const other: Actor = { ...actor, organisationId: opened.orgId + 1 };
    const searches = [
      'arbetsträning',
      surname.n,
      firstName.n,
      `arbetsträning ${firstName.n}`,
      `${firstName.n} arbetsträning`,
      'arbetsträning xyzzy',
      participantCode(7),
      `${participantCode(7)} ${participantCode(7)}`,
      `${participantCode(7)} arbetsträning`,
      'arbetsträning -',
      'xyzzy',
    ];
    for (const who of [actor, other]) {
      for (const search of searches) {
        const query = participantListQuery(opened.db, who, parse({ search }), today);
        const every = query.total()?.n ?? 0;
        for (const atMost of [1, 10, SEARCH_COUNT_CAP + 1, 100_000]) {
          expect(query.totalUpTo(atMost)?.n, `${who.organisationId} "${search}" ≤ ${atMost}`).toBe(
            Math.min(every, atMost),
          );
        }
      }
    }
    // Several words: the one that matches fewest is read first, the others tested by a byte per
    // participant. Whatever the order of the words and the plan, the list is the rows that
    // each word finds on its own, in the order of the sort.
    const commonSurname = opened.sqlite
      .prepare(
        'SELECT last_name AS n FROM participant_identities GROUP BY last_name ORDER BY count(*) DESC LIMIT 1',
      )
      .get() as { n: string };
    // By last activity, so that the walk along the sort's index meets protected rows (by name,
    // their hidden name puts them after the others, read from the matches).
    const listed = (who: Actor, search: string, plan: 'matches' | 'sortOrder') =>
      listPageIds(
        participantListQuery(opened.db, who, parse({ search, sort: 'lastActivityOn' }), today),
        0,
        100_000,
        plan,
      );
    const pairs: [Actor, string, string, 'some' | 'none' | 'any'][] = [
      [actor, 'arbetsträning', firstName.n, 'some'],
      [actor, firstName.n, commonSurname.n, 'some'],
      [actor, 'arbetsträning', 'xyzzy', 'none'],
      // A pseudonym with a word: the case it names, where the word matches too.
      [actor, participantCode(hiddenName), 'arbetsträning', 'some'],
      [other, 'arbetsträning', firstName.n, 'any'],
      [other, firstName.n, commonSurname.n, 'any'],
    ];
    for (const [who, common, rare, expect_] of pairs) {
      const byRare = new Set(listed(who, rare, 'matches'));
      const expected = listed(who, common, 'matches').filter((id) => byRare.has(id));
      if (expect_ !== 'any') expect(expected.length > 0, `"${common} ${rare}"`).toBe(expect_ === 'some');
      for (const search of [`${common} ${rare}`, `${rare} ${common}`]) {
        for (const plan of ['matches', 'sortOrder'] as const) {
          expect(listed(who, search, plan), `${who.organisationId} "${search}" ${plan}`).toEqual(expected);
        }
      }
    }
    expect(listed(actor, 'arbetsträning', 'sortOrder')).toContain(hiddenName);
    for (const plan of ['matches', 'sortOrder'] as const) {
      expect(listed(actor, `${firstName.n} arbetsträning`, plan)).not.toContain(hiddenName);
    }
    // A pseudonym finds a case the caller only knows exists (as that), and never one the caller
    // may not know about; a name or a word never finds either.
    const orgB = opened.orgId + 2;
    const [known, unknown] = (
      opened.sqlite
        .prepare('SELECT id FROM participants WHERE referring_organisation_id <> ? ORDER BY id LIMIT 2')
        .all(orgB) as { id: number }[]
    ).map((row) => row.id);
    if (known === undefined || unknown === undefined) throw new Error('no participants to search');
    opened.sqlite
      .prepare('UPDATE participants SET referring_organisation_id = ? WHERE id = ?')
      .run(orgB, known);
    opened.sqlite
      .prepare('DELETE FROM consent_organisations WHERE organisation_id = ? AND participant_id IN (?, ?)')
      .run(orgB, known, unknown);
    const stranger: ServiceContext = {
      ...ctx,
      actor: { userId: opened.adminId + 1000, role: 'caseworker', organisationId: orgB, language: 'sv' },
    };
    const found = (search: string) =>
      listParticipants(stranger, mintMany(), parse({ search, limit: 100 })).rows.map((row) => [
        row.id,
        row.access,
      ]);
    expect(found(participantCode(known))).toEqual([[known, 'exists']]);
    expect(found(`${participantCode(known)} ${participantCode(known)}`)).toEqual([[known, 'exists']]);
    expect(found(participantCode(unknown))).toEqual([]);
    const knownName = opened.sqlite
      .prepare('SELECT last_name AS n FROM participant_identities WHERE participant_id = ?')
      .get(known) as { n: string };
    expect(found(`${participantCode(known)} ${knownName.n}`)).toEqual([]);
    const all = listParticipants(ctx, mintMany(), parse({ limit: 100 }));
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBeGreaterThan(SEARCH_COUNT_CAP);
    // Counting the whole list by reading the table (a large share) or through the status index
    // (a small one) gives the number of rows the pages hold.
    for (const statuses of [['enrolled'], ['referred'], ['closed', 'enrolled']] as const) {
      const input = parse({ statuses: [...statuses], limit: 100 });
      const every = listPageIds(participantListQuery(opened.db, actor, input, today), 0, 100_000);
      expect(listParticipants(ctx, mintMany(), input).total, statuses.join()).toBe(every.length);
    }
    opened.close();
  });

  it('tests ids against a byte per participant in SQL: true or false, never NULL', () => {
    const opened = teamDatabase(tempDir(), 'bytes.db');
    const test = (bytes: Uint8Array, id: number) =>
      opened.db.get<{ yes: number | null; no: number | null }>(
        sql`SELECT ${inIdBytes(sql`${id}`, bytes)} AS yes, NOT ${inIdBytes(sql`${id}`, bytes)} AS no`,
      );
    const cases: [number[], number[], number[]][] = [
      // ids, members, not members
      [
        [0, 3, 3, 19_999],
        [0, 3, 19_999],
        [-2, -1, 1, 2, 19_998, 20_000, 2 ** 40],
      ],
      [[], [], [-1, 0, 1]],
    ];
    for (const [ids, members, others] of cases) {
      const bytes = idBytes(ids);
      if (bytes === null) throw new Error(`no bytes for ${ids.join()}`);
      expect({
        ids,
        members: members.map((id) => test(bytes, id)),
        others: others.map((id) => test(bytes, id)),
      }).toEqual({
        ids,
        members: members.map(() => ({ yes: 1, no: 0 })),
        others: others.map(() => ({ yes: 0, no: 1 })),
      });
    }
    // Not a small row id: no bytes (the search then uses SQLite's IN).
    for (const ids of [[1, -1], [1.5], [2 ** 24], [Number.NaN]]) expect(idBytes(ids)).toBeNull();
    opened.close();
  });
});
