import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import type { ParsedInput } from '../../main/api/contract';
import type { Actor } from '../../main/services/context';
import { participantListQuery } from '../../main/services/participants/list';
import { cutoffsFor, followUpWindow, keptRuleStatements } from '../../main/services/reviews/suggestions';
import { readReviewSettings } from '../../main/services/reviews/settings';
import { initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { teamDatabase } from '../helpers/team-database';
import { useTempDirs } from '../helpers/temp';
import { allSuggestions, meetingToday } from '../helpers/reviews';
import { keptAndPatched, keptUntilAccessChanges } from '../../main/services/kept';

/**
 * The list's total and the suggestions' row masks are kept per caller, day and filters until
 * the `participant_access` generation moves (main/services/kept.ts). These tests hold the two
 * things that make that safe: the kept statements read no table whose changes fail to move the
 * generation, and a change through the app shows in the next answer.
 */
describe('results kept until access changes', () => {
  const tempDir = useTempDirs();
  const GUARDED = ['consent_organisations', 'consents', 'participants', 'settings'];
  /** A team with an FK coordinator (who reads only what consents cover) and a meeting today. */
  const reviewTeam = async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const kom = await orgId(admin, 'KOM-AM');
    const fk = await orgId(admin, 'FK');
    const { client: fkCoordinator } = await loggedInUser(admin, 'Fia Samordnare', 'coordinator', 'FK');
    return {
      backend,
      admin,
      kom,
      fk,
      fkCoordinator,
      today: todayIso(),
      meetingId: await meetingToday(admin),
    };
  };

  it('counts from tables whose every insert, update and delete moves the generation', () => {
    const team = teamDatabase(tempDir());
    const actor: Actor = { userId: team.adminId, role: 'admin', organisationId: team.orgId, language: 'sv' };
    const roots = new Map(
      team.sqlite
        .prepare('SELECT rootpage, tbl_name FROM sqlite_schema WHERE rootpage > 0')
        .all()
        .map((row) => {
          const { rootpage, tbl_name } = row as { rootpage: number; tbl_name: string };
          return [rootpage, tbl_name] as const;
        }),
    );
    const inputs: Partial<ParsedInput<'participants.list'>>[] = [
      {},
      { statuses: ['closed'] },
      { statuses: ['enrolled', 'referred'], organisationId: team.orgId },
      { responsibleUserId: team.adminId },
    ];
    const today = todayIso();
    const kept: [string, SQL][] = inputs.map((overrides) => {
      const input = { ...listInput(), ...overrides } as ParsedInput<'participants.list'>;
      return [
        `list ${JSON.stringify(overrides)}`,
        participantListQuery(team.db, actor, input, today).totalSql,
      ];
    });
    const cut = cutoffsFor(today, readReviewSettings(team.db));
    for (const only of [null, [1, 2, 3]]) {
      keptRuleStatements(actor, cut, followUpWindow(today), only).forEach((statement, index) => {
        kept.push([`suggestions ${index} of ${only === null ? 'everyone' : 'a few'}`, statement]);
      });
    }
    for (const [name, statement] of kept) {
      const program = team.db.all<{ opcode: string; p2: number }>(sql`EXPLAIN ${statement}`);
      const tables = new Set(
        program.filter((op) => op.opcode === 'OpenRead').map((op) => roots.get(op.p2) ?? `root ${op.p2}`),
      );
      expect(tables.size).toBeGreaterThan(0);
      for (const table of tables) expect(GUARDED, `${name} reads ${table}`).toContain(table);
    }
    const triggers = team.sqlite
      .prepare("SELECT tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'")
      .all() as { tbl_name: string; sql: string }[];
    for (const table of GUARDED) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        expect(
          triggers.some(
            (t) =>
              t.tbl_name === table &&
              t.sql.includes(`AFTER ${event} ON`) &&
              t.sql.includes("`generation` = random() >> 11 WHERE `name` = 'participant_access'"),
          ),
          `${event} on ${table}`,
        ).toBe(true);
      }
    }
    // And a change does move it.
    const generation = () =>
      (
        team.sqlite
          .prepare("SELECT generation FROM change_generations WHERE name = 'participant_access'")
          .get() as {
          generation: number;
        }
      ).generation;
    const before = generation();
    const lastSeq = () =>
      (
        team.sqlite.prepare('SELECT coalesce(max(seq), 0) AS seq FROM participant_changes').get() as {
          seq: number;
        }
      ).seq;
    const seqBefore = lastSeq();
    team.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('test.key', '1')").run();
    expect(generation()).not.toBe(before);
    // Each change names the participant it was about (NULL: maybe everyone), one row per change,
    // each with a stamp of its own; the latest row has the current stamp.
    const changes = () =>
      team.sqlite
        .prepare(
          'SELECT seq, generation, participant_id AS id FROM participant_changes WHERE seq > ? ORDER BY seq',
        )
        .all(seqBefore) as { seq: number; generation: number; id: number | null }[];
    const someone = Number(
      team.sqlite
        .prepare(
          "INSERT INTO participants (gender, referring_organisation_id, referred_on) VALUES ('woman', ?, ?)",
        )
        .run(team.orgId, todayIso()).lastInsertRowid,
    );
    team.sqlite
      .prepare('INSERT INTO consents (participant_id, signed_on, valid_until) VALUES (?, ?, ?)')
      .run(someone, todayIso(), addDays(todayIso(), 365));
    team.sqlite.prepare('UPDATE participants SET last_activity_on = ? WHERE id = ?').run(todayIso(), someone);
    team.sqlite
      .prepare('UPDATE consents SET valid_until = valid_until WHERE participant_id = ?')
      .run(someone);
    const moves = changes();
    expect(moves[0]?.id).toBeNull();
    // The insert, the consent, the update and the consent's update (some through triggers).
    expect(moves.length).toBeGreaterThanOrEqual(5);
    expect(moves.slice(1).every((move) => move.id === someone)).toBe(true);
    expect(moves.map((move) => move.seq)).toEqual(moves.map((_, index) => seqBefore + 1 + index));
    expect(new Set(moves.map((move) => move.generation)).size).toBe(moves.length);
    expect(moves.at(-1)?.generation).toBe(generation());
    // Stamps stay exact in JavaScript (they are compared and bound as numbers).
    expect(moves.every((move) => Number.isSafeInteger(move.generation))).toBe(true);
    // The rows are pruned, keeping the latest 4,096 at least, without a gap.
    const touch = team.sqlite.prepare('UPDATE participants SET last_activity_on = ? WHERE id = ?');
    team.sqlite.transaction(() => {
      for (let i = 0; i < 6000; i++) touch.run(addDays(todayIso(), -(i % 30)), someone);
    })();
    const log = team.sqlite
      .prepare('SELECT count(*) AS n, min(seq) AS first, max(seq) AS last FROM participant_changes')
      .get() as { n: number; first: number; last: number };
    expect(log.n).toBeGreaterThanOrEqual(4096);
    expect(log.n).toBeLessThanOrEqual(4096 + 1024);
    expect(log.last - log.first + 1).toBe(log.n);
    expect(changes().at(-1)?.generation).toBe(generation());
    team.close();
  });

  it('a referral, a consent, a withdrawal and a declined referral show in the next total', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const kom = await orgId(admin, 'KOM-AM');
    const fk = await orgId(admin, 'FK');
    const { client: fkUser } = await loggedInUser(admin, 'Fia Kassa', 'caseworker', 'FK');
    const today = todayIso();
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { participantId } = await admin.call(
        'participants.refer',
        referralInput(kom, i < 3 ? [kom, fk] : [kom]),
      );
      ids.push(participantId);
    }
    // A page smaller than the list, so the total is counted (a short first page is its own total).
    const page = { limit: 2 };
    const total = async (who: typeof admin) => (await who.call('participants.list', listInput(page))).total;
    expect(await total(admin)).toBe(6);
    expect(await total(fkUser)).toBe(3);
    // Asked again with nothing changed: the same (and now kept) totals.
    expect(await total(fkUser)).toBe(3);

    await admin.call('participants.refer', referralInput(kom, [kom, fk]));
    expect(await total(admin)).toBe(7);
    expect(await total(fkUser)).toBe(4);

    await admin.call('consents.add', {
      participantId: ids[4] ?? 0,
      organisationIds: [kom, fk],
      signedOn: addDays(today, -1),
      validUntil: addDays(today, 100),
      coversSus: false,
    });
    expect(await total(fkUser)).toBe(5);

    const detail = await admin.call('participants.get', { participantId: ids[0] ?? 0 });
    const consentId = detail.consents[0]?.id ?? 0;
    await admin.call('consents.withdraw', { consentId, withdrawnOn: today });
    expect(await total(fkUser)).toBe(4);

    // Filters are part of the key: another filter is counted on its own.
    const referred = await fkUser.call('participants.list', listInput({ ...page, statuses: ['referred'] }));
    expect(referred.total).toBe(4);
    await admin.call('participants.decideReferral', {
      participantId: ids[1] ?? 0,
      decision: 'declined',
      onDate: today,
      reason: 'Behovet bedöms tillgodosett av ordinarie insatser.',
    });
    const after = await fkUser.call('participants.list', listInput({ ...page, statuses: ['referred'] }));
    expect(after.total).toBe(3);
    backend.close();
  }, 60_000);
  it('a referral, an enrolment, an action, a request and a withdrawal show in the next suggestions', async () => {
    const { backend, admin, kom, fk, fkCoordinator, today, meetingId } = await reviewTeam();
    const reasons = async (who: typeof admin) =>
      new Map(
        (await allSuggestions(who, meetingId)).map((s) => [s.participant.id, s.reasons.map((r) => r.code)]),
      );
    const { participantId: shared } = await admin.call('participants.refer', referralInput(kom, [kom, fk]));
    expect((await reasons(admin)).get(shared)).toEqual(['new_referral']);
    expect((await reasons(fkCoordinator)).get(shared)).toEqual(['new_referral']);
    // Asked again with nothing changed: the same (now kept) answer.
    expect((await reasons(fkCoordinator)).get(shared)).toEqual(['new_referral']);

    // The caller is part of the key: a case only KOM may read is not suggested to FK.
    const { participantId: own } = await admin.call('participants.refer', referralInput(kom, [kom]));
    expect((await reasons(admin)).has(own)).toBe(true);
    expect((await reasons(fkCoordinator)).has(own)).toBe(false);

    await admin.call('participants.enrol', {
      participantId: shared,
      startOn: addDays(today, -1),
      plannedEndOn: addDays(today, 10),
      intakeCriteria: [],
    });
    expect((await reasons(fkCoordinator)).get(shared)).toEqual(['planned_end_near']);

    // An action changes the participant through a trigger (its earliest open due date).
    const adminId = (await admin.call('team.members', {}))[0]?.id ?? 0;
    await admin.call('actions.create', {
      participantId: shared,
      itemId: null,
      what: 'Boka läkartid',
      responsibleUserId: adminId,
      organisationId: kom,
      dueOn: addDays(today, -1),
    });
    expect((await reasons(fkCoordinator)).get(shared)).toEqual(['overdue_actions', 'planned_end_near']);
    // A request is read on every call.
    await admin.call('participants.requestReview', { participantId: shared, note: 'Behöver planera SIP' });
    expect((await reasons(fkCoordinator)).get(shared)).toEqual([
      'requested',
      'overdue_actions',
      'planned_end_near',
    ]);

    const detail = await admin.call('participants.get', { participantId: shared });
    await admin.call('consents.withdraw', { consentId: detail.consents[0]?.id ?? 0, withdrawnOn: today });
    expect((await reasons(fkCoordinator)).has(shared)).toBe(false);
    backend.close();
  }, 60_000);

  it('a result brought up to date after changes to a few participants equals one computed afresh', async () => {
    const { backend, admin, kom, fk, fkCoordinator, today, meetingId } = await reviewTeam();
    const sqlite = backend.state.vault.database().sqlite;
    const answer = async () =>
      (await allSuggestions(fkCoordinator, meetingId)).map((s) => [
        s.participant.id,
        s.reasons.map((r) => r.code),
      ]);
    /** The answer with nothing kept: after a change to a setting, everything is computed again. */
    const afresh = async () => {
      sqlite.prepare('UPDATE settings SET value = value WHERE key = (SELECT min(key) FROM settings)').run();
      return answer();
    };
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push(
        (await admin.call('participants.refer', referralInput(kom, i % 2 === 0 ? [kom, fk] : [kom])))
          .participantId,
      );
    }
    for (const id of ids.slice(0, 4)) {
      await admin.call('participants.enrol', {
        participantId: id,
        startOn: addDays(today, -5),
        plannedEndOn: addDays(today, 200),
        intakeCriteria: [],
      });
    }
    expect(await answer()).toEqual(await afresh());
    const changes: [string, () => Promise<unknown>][] = [
      // A second, short consent, then the long one withdrawn: the consent is ending soon.
      [
        'a short consent left',
        async () => {
          await admin.call('consents.add', {
            participantId: ids[0] ?? 0,
            organisationIds: [kom, fk],
            signedOn: addDays(today, -1),
            validUntil: addDays(today, 10),
            coversSus: false,
          });
          const detail = await admin.call('participants.get', { participantId: ids[0] ?? 0 });
          const long = detail.consents.find((consent) => consent.validUntil > addDays(today, 10));
          return admin.call('consents.withdraw', { consentId: long?.id ?? 0, withdrawnOn: today });
        },
      ],
      // A case FK could not read becomes readable.
      [
        'a consent for FK',
        () =>
          admin.call('consents.add', {
            participantId: ids[5] ?? 0,
            organisationIds: [kom, fk],
            signedOn: addDays(today, -1),
            validUntil: addDays(today, 300),
            coversSus: false,
          }),
      ],
      [
        'a declined referral',
        () =>
          admin.call('participants.decideReferral', {
            participantId: ids[4] ?? 0,
            decision: 'declined',
            onDate: today,
            reason: 'Behovet bedöms tillgodosett av ordinarie insatser.',
          }),
      ],
      [
        'an overdue action',
        async () =>
          admin.call('actions.create', {
            participantId: ids[2] ?? 0,
            itemId: null,
            what: 'Boka läkartid',
            responsibleUserId: (await admin.call('team.members', {}))[0]?.id ?? 0,
            organisationId: kom,
            dueOn: addDays(today, -1),
          }),
      ],
    ];
    let previous = JSON.stringify(await answer());
    for (const [name, change] of changes) {
      await change();
      const patched = await answer();
      // Each change shows (so a patch that left the kept answer alone would fail here)…
      expect(JSON.stringify(patched), name).not.toBe(previous);
      // …and the patched answer is the one computed afresh.
      expect(patched, name).toEqual(await afresh());
      previous = JSON.stringify(patched);
    }
    backend.close();
  }, 60_000);

  it('never serves a result computed in a transaction that was rolled back', () => {
    const team = teamDatabase(tempDir());
    const { db, sqlite } = team;
    const today = todayIso();
    const insert = sqlite.prepare(
      "INSERT INTO participants (gender, referring_organisation_id, referred_on) VALUES ('woman', ?, ?)",
    );
    const add = () => Number(insert.run(team.orgId, today).lastInsertRowid);
    const ids = () =>
      db.all<{ id: number }>(sql`SELECT id FROM participants ORDER BY id`).map((row) => row.id);
    const total = () => keptUntilAccessChanges(db, 'test.total', [], 4, () => ids().length);
    const list = () =>
      keptAndPatched(db, 'test.ids', [], 4, ids, (before, changed) => {
        const again = new Set(changed);
        const now = new Set(ids());
        return [...before.filter((id) => !again.has(id)), ...changed.filter((id) => now.has(id))].sort(
          (x, y) => x - y,
        );
      });
    const a = add();
    const b = add();
    expect(total()).toBe(2);
    expect(list()).toEqual([a, b]);
    // A third participant, read (and kept) inside a transaction that is then rolled back.
    expect(() =>
      sqlite.transaction(() => {
        const c = add();
        expect(total()).toBe(3);
        expect(list()).toEqual([a, b, c]);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(total()).toBe(2);
    expect(list()).toEqual([a, b]);
    // The same again, then another change: a counter would come back to the number the rolled-back
    // write had, and the answers kept inside the transaction would be served as current.
    expect(() =>
      sqlite.transaction(() => {
        add();
        expect(total()).toBe(3);
        expect(list()).toHaveLength(3);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    sqlite.prepare('DELETE FROM participants WHERE id = ?').run(b);
    expect(total()).toBe(1);
    expect(list()).toEqual([a]);
    // And changes after that are brought up to date again.
    const d = add();
    expect(list()).toEqual([a, d]);
    team.close();
  });
});
