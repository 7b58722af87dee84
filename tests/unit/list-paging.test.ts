import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { listSortColumns } from '../../main/api/participant-schemas';
import { swedishSortKey } from '../../main/api/swedish-sort';
import type { Actor } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { listPageIds, participantListQuery } from '../../main/services/participants/list';
import { initializedBackend, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * The list is ordered in two parts (rows whose sort value the caller may see, then the rest by
 * id); paging must cross that boundary without losing or repeating a row, in every sort and
 * direction, and rows the caller may only know exist never sort by a value they cannot see.
 */
describe('participant list: order and paging', () => {
  const tempDir = useTempDirs();

  /** A team database with demo participants, every one with a consent naming the admin's organisation. */
  const demoTeam = (participants: number, seed: number, today: string) => {
    const team = teamDatabase(tempDir());
    generateDemoData(team.db, {
      participants,
      seed,
      today,
      actorUserId: team.adminId,
      alwaysCoverOrganisationIds: [team.orgId],
    });
    return team;
  };

  it('pages through every sort and direction: the pages are the whole list, once, in order', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const today = todayIso();
    const hidden = new Set<number>();
    for (let i = 0; i < 24; i++) {
      // Every fourth referral's consent leaves out the admin's organisation: known to exist only.
      const covered = i % 4 !== 3;
      const { participantId } = await admin.call(
        'participants.refer',
        referralInput(own, covered ? [own] : [af], {
          lastName: `Efternamn${String(i).padStart(2, '0')}`,
          // A protected identity with no responsible caseworker: nobody sees the name, and the
          // row must still be on exactly one page of every sort (a NULL test once lost it).
          protectedIdentity: i === 5 || i === 7,
        }),
      );
      if (!covered) {
        hidden.add(participantId);
        continue;
      }
      if (i % 3 === 0) continue; // stays referred: no enrolment date, no activity
      await admin.call('participants.enrol', {
        participantId,
        startOn: addDays(today, -9 + (i % 9)),
        plannedEndOn: null,
        intakeCriteria: [],
      });
      if (i % 2 === 0) {
        await admin.call('contacts.add', {
          participantId,
          onDate: addDays(today, -(i % 9)),
          kind: 'phone',
          text: 'Samtal',
        });
      }
    }
    // Every sort the contract offers.
    for (const sort of listSortColumns) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = await admin.call('participants.list', listInput({ sort, direction, limit: 200 }));
        expect(whole.total).toBe(24);
        const paged: number[] = [];
        for (let offset = 0; offset < 30; offset += 5) {
          const page = await admin.call(
            'participants.list',
            listInput({ sort, direction, offset, limit: 5 }),
          );
          expect(page.total, `${sort} ${direction} @${offset}`).toBe(24);
          paged.push(...page.rows.map((r) => r.id));
        }
        const ids = whole.rows.map((r) => r.id);
        expect(paged, `${sort} ${direction}`).toEqual(ids);
        expect(new Set(ids).size).toBe(24);
        // Hidden rows only ever come after every row ordered by a value, and among themselves by id.
        if (sort !== 'status' && sort !== 'referringOrganisation') {
          const positions = ids.flatMap((id, index) => (hidden.has(id) ? [index] : []));
          const tail = ids.slice(Math.min(...positions));
          const hiddenInTail = tail.filter((id) => hidden.has(id));
          const expected = [...hiddenInTail].sort((a, b) => (direction === 'asc' ? a - b : b - a));
          expect(hiddenInTail, `${sort} ${direction}`).toEqual(expected);
          expect(whole.rows.slice(0, Math.min(...positions)).every((row) => row.access === 'full')).toBe(
            true,
          );
        }
        if (sort === 'lastActivityOn') {
          const values = whole.rows.map((r) => r.lastActivityOn).filter((v): v is string => v !== null);
          const ordered = [...values].sort();
          expect(values).toEqual(direction === 'asc' ? ordered : ordered.reverse());
        }
      }
    }
    backend.close();
  }, 120_000);

  it("reads the page's display columns by position, each into its own field", () => {
    const today = todayIso();
    const { sqlite, adminId, orgId: organisationId } = demoTeam(300, 11, today);
    const statements: { sql: string; params: unknown[] }[] = [];
    const logging = drizzle(sqlite, {
      logger: { logQuery: (query, params) => statements.push({ sql: query, params }) },
    });
    const actor: Actor = { userId: adminId, role: 'admin', organisationId, language: 'sv' };
    const query = participantListQuery(logging, actor, listInput({ limit: 200 }), today);
    const ids = listPageIds(query, 0, 200);
    statements.splice(0);
    const rows = query.rows(ids);
    const [page] = statements;
    if (!page) throw new Error('the page statement was not recorded');
    // The same statement read as objects by the driver: each column under its own name.
    expect(rows).toEqual(sqlite.prepare(page.sql).all(...page.params));
    // Not vacuous: each date column has values (the demo team has no mappings).
    expect(rows.length).toBe(200);
    for (const field of [
      'enrolledOn',
      'plannedEndOn',
      'closedOn',
      'lastActivityOn',
      'consentUntil',
    ] as const) {
      expect(rows.some((row) => row[field] !== null)).toBe(true);
    }
  });

  it('sorts by caseworker and by referring organisation in Swedish order, hidden caseworkers last', () => {
    const today = todayIso();
    const { db, sqlite, adminId, orgId: organisationId } = demoTeam(200, 5, today);
    // Names whose order needs the Swedish folds: Å < Ä < Ö after Z, É with E, lower case with upper.
    const addUser = sqlite.prepare(
      "INSERT INTO users (name, organisation_id, profession, role) VALUES (?, ?, 'Handläggare', 'caseworker')",
    );
    const userIds = [
      'Örjan Ek',
      'Åsa Berg',
      'Zoran Ali',
      'Ärla Dahl',
      'Émile Andersson',
      'elin Ödman',
      'Eva Öst',
    ].map((name) => Number(addUser.run(name, organisationId).lastInsertRowid));
    const ids = (sqlite.prepare('SELECT id FROM participants ORDER BY id').all() as { id: number }[]).map(
      (row) => row.id,
    );
    const assign = sqlite.prepare('UPDATE participants SET responsible_user_id = ? WHERE id = ?');
    ids.forEach((id, index) => assign.run(index % 8 === 7 ? null : userIds[index % 7], id));
    const renameOrganisation = sqlite.prepare('UPDATE organisations SET name = ? WHERE id = ?');
    const organisationIds = (
      sqlite.prepare('SELECT id FROM organisations ORDER BY id').all() as { id: number }[]
    ).map((row) => row.id);
    ['Östra kommunen', 'Ängelholms region', 'Åre SFI', 'arbetsförmedlingen', 'Éna'].forEach((name, index) => {
      const id = organisationIds[index];
      if (id !== undefined) renameOrganisation.run(name, id);
    });
    const actor: Actor = { userId: adminId, role: 'admin', organisationId, language: 'sv' };
    for (const sort of ['responsible', 'referringOrganisation'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const query = participantListQuery(db, actor, listInput({ sort, direction, limit: 200 }), today);
        const listed = listPageIds(query, 0, 1000);
        const byId = new Map(query.rows(listed).map((row) => [row.id, row]));
        const value = (id: number) => {
          const row = byId.get(id);
          if (sort === 'referringOrganisation') return row?.referringOrganisationName ?? null;
          // Who is responsible orders only the rows the caller may read.
          return row?.full ? row.responsibleName : null;
        };
        const sign = direction === 'asc' ? 1 : -1;
        const ranked = ids
          .filter((id) => value(id) !== null)
          .sort((a, b) => {
            const [ka, kb] = [swedishSortKey(value(a) ?? ''), swedishSortKey(value(b) ?? '')];
            return sign * (ka < kb ? -1 : ka > kb ? 1 : a - b);
          });
        const rest = ids.filter((id) => value(id) === null).sort((a, b) => sign * (a - b));
        expect(listed, `${sort} ${direction}`).toEqual([...ranked, ...rest]);
        // Not vacuous: several values, and (by caseworker) rows without one.
        expect(new Set(ranked.map(value)).size, sort).toBeGreaterThan(4);
        if (sort === 'responsible') expect(rest.length).toBeGreaterThan(0);
      }
    }
  });
});
