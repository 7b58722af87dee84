import { describe, expect, it } from 'vitest';
import { todayIso } from '../../main/api/dates';
import { parsePersonalNumber } from '../../main/api/personal-number';
import { generateDemoData, generateDemoTeam } from '../../main/services/demo-data/generate';
import { readKeyring, unwrapWithPassword } from '../../db/keyring';
import { Client, initializedBackend, setupInput } from '../helpers/backend';
import { listInput } from '../helpers/participants';
import { createBackend } from '../../main/core/backend';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';
import { ADMIN_PASSWORD } from '../helpers/backend';

function dump(sqlite: ReturnType<typeof teamDatabase>['sqlite']) {
  return {
    people: sqlite
      .prepare(
        'SELECT first_name, last_name, personal_number FROM participant_identities ORDER BY participant_id',
      )
      .all(),
    statuses: sqlite
      .prepare('SELECT status, referred_on, planned_end_on FROM participants ORDER BY id')
      .all(),
    contacts: sqlite.prepare('SELECT participant_id, on_date, kind, text FROM contacts ORDER BY id').all(),
  };
}

describe('demo data', () => {
  const tempDir = useTempDirs();
  const today = todayIso();

  it('is deterministic for a seed, realistic, and refuses a database that has participants', () => {
    const a = teamDatabase(tempDir(), 'demo.db');
    const b = teamDatabase(tempDir(), 'demo.db');
    const c = teamDatabase(tempDir(), 'demo.db');
    const options = { participants: 400, seed: 7, today, actorUserId: null };
    const summary = generateDemoData(a.db, { ...options, actorUserId: a.adminId });
    generateDemoData(b.db, { ...options, actorUserId: b.adminId });
    generateDemoData(c.db, { ...options, seed: 8, actorUserId: c.adminId });
    expect(dump(a.sqlite)).toEqual(dump(b.sqlite));
    expect(dump(a.sqlite).people).not.toEqual(dump(c.sqlite).people);

    expect(summary.participants).toBe(400);
    expect(summary.contacts).toBeGreaterThan(2500);
    for (const status of ['referred', 'enrolled', 'closed', 'declined', 'withdrawn'] as const) {
      expect(summary.statuses[status]).toBeGreaterThan(0);
    }
    // The derived status agrees with the generator's plan.
    const derived = a.sqlite
      .prepare('SELECT status, count(*) AS n FROM participants GROUP BY status')
      .all() as {
      status: keyof typeof summary.statuses;
      n: number;
    }[];
    for (const row of derived) expect(row.n).toBe(summary.statuses[row.status]);
    const numbers = a.sqlite
      .prepare('SELECT personal_number AS n FROM participant_identities WHERE personal_number IS NOT NULL')
      .all() as { n: string }[];
    expect(numbers.length).toBeGreaterThan(300);
    for (const { n } of numbers) expect(parsePersonalNumber(n, today).ok).toBe(true);
    // Some samordningsnummer (day + 60), some without a number.
    expect(numbers.some(({ n }) => Number(n.slice(6, 8)) > 60)).toBe(true);
    expect(numbers.length).toBeLessThan(400);
    const facts = a.sqlite
      .prepare(
        `SELECT
           (SELECT count(*) FROM participants WHERE protected_identity = 1) AS protectedCount,
           (SELECT count(*) FROM referrals WHERE caseworker_email NOT LIKE '%_@_%.example') AS badEmails,
           (SELECT count(*) FROM contacts c JOIN participants p ON p.id = c.participant_id
              WHERE p.enrolled_on IS NULL OR c.on_date < p.enrolled_on OR c.on_date > ?
                 OR (p.closed_on IS NOT NULL AND c.on_date > p.closed_on)) AS contactsOutside,
           (SELECT count(*) FROM consents WHERE covers_sus = 1) AS sus,
           (SELECT count(*) FROM consents) AS consentCount,
           (SELECT count(*) FROM consents WHERE valid_until BETWEEN ? AND date(?, '+30 days')
              AND withdrawn_on IS NULL) AS expiring,
           (SELECT count(*) FROM participants WHERE status = 'enrolled'
              AND (last_activity_on IS NULL OR last_activity_on < date(?, '-21 days'))) AS passive`,
      )
      .get(today, today, today, today) as {
      protectedCount: number;
      badEmails: number;
      contactsOutside: number;
      sus: number;
      consentCount: number;
      expiring: number;
      passive: number;
    };
    expect(facts.protectedCount).toBeGreaterThan(0);
    expect(facts.badEmails).toBe(0);
    expect(facts.contactsOutside).toBe(0);
    expect(facts.sus / facts.consentCount).toBeGreaterThan(0.6);
    expect(facts.expiring).toBeGreaterThan(0);
    expect(facts.passive).toBeGreaterThan(0);
    const ages = a.sqlite
      .prepare('SELECT min(birth_year) AS lo, max(birth_year) AS hi FROM participants')
      .get() as {
      lo: number;
      hi: number;
    };
    const year = Number(today.slice(0, 4));
    expect(ages.lo).toBeGreaterThanOrEqual(year - 64);
    expect(ages.hi).toBeLessThanOrEqual(year - 18);
    const audit = a.sqlite
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'demo.generate'")
      .get() as {
      n: number;
    };
    expect(audit.n).toBe(1);
    expect(() => generateDemoData(a.db, options)).toThrow(/demoNotEmpty/);
    for (const db of [a, b, c]) db.close();
  });

  it('"Start with demo data" in setup fills the team with participants the admin can see', async () => {
    const dir = tempDir();
    const backend = createBackend(dir);
    const admin = new Client(backend);
    await admin.call('setup.initialize', { ...setupInput(), demoData: true });
    const status = await admin.call('app.status', {});
    const adminUser = status.loginUsers.find((u) => u.name === 'Anna Adminsson');
    await admin.call('auth.login', { userId: adminUser?.id ?? 0, password: ADMIN_PASSWORD });
    const list = await admin.call('participants.list', listInput({ limit: 10 }));
    // The admin registered the referrals, so they know of every case (some only by pseudonym).
    expect(list.total).toBe(300);
    expect(list.rows.filter((row) => row.access === 'full').length).toBeGreaterThan(5);
    const members = await admin.call('team.members', {});
    expect(members.length).toBeGreaterThan(4);
    // Closed periods carry saved closure summaries, so printing can be tried at once.
    const closed = await admin.call('participants.list', listInput({ statuses: ['closed'], limit: 50 }));
    const readable = closed.rows.filter((row) => row.access === 'full');
    expect(readable.length).toBeGreaterThan(0);
    let saved = 0;
    for (const row of readable) {
      const summary = await admin.call('closureSummaries.get', { participantId: row.id });
      expect(summary.participant.document.sections.length).toBeGreaterThan(2);
      if (summary.participant.version === 1) saved += 1;
    }
    expect(saved).toBeGreaterThan(0);
  });

  it('setup without demo data starts empty', async () => {
    const { admin } = await initializedBackend(tempDir());
    expect((await admin.call('participants.list', listInput())).total).toBe(0);
  });
});

/**
 * Every authored row about a participant: who wrote it and on which day. The demo's rule is
 * that the author's organisation is covered by a consent of that participant valid that day.
 */
const authoredEvents = `
  SELECT 'event' AS kind, participant_id AS pid, created_by AS uid, on_date AS day FROM participant_events
  UNION ALL SELECT 'participant', id, created_by, referred_on FROM participants
  UNION ALL SELECT 'period', participant_id, created_by, referred_on FROM periods
  UNION ALL SELECT 'referral', participant_id, created_by, received_on FROM referrals
  UNION ALL SELECT 'consent', participant_id, created_by, signed_on FROM consents
  UNION ALL SELECT 'contact', participant_id, author_user_id, on_date FROM contacts
  UNION ALL SELECT 'progress', participant_id, author_user_id, on_date FROM progress_steps
  UNION ALL SELECT 'mapping', participant_id, created_by, substr(created_at, 1, 10) FROM mappings
  UNION ALL SELECT 'mapping_value', m.participant_id, v.author_user_id, substr(v.updated_at, 1, 10)
    FROM mapping_values v JOIN mappings m ON m.id = v.mapping_id
  UNION ALL SELECT 'mapping_history', m.participant_id, h.author_user_id, substr(h.at, 1, 10)
    FROM mapping_value_history h JOIN mappings m ON m.id = h.mapping_id
  UNION ALL SELECT 'conversation', m.participant_id, c.author_user_id, c.held_on
    FROM mapping_conversations c JOIN mappings m ON m.id = c.mapping_id
  UNION ALL SELECT 'plan', participant_id, updated_by, substr(updated_at, 1, 10) FROM plans
  UNION ALL SELECT 'subgoal', participant_id, created_by, substr(created_at, 1, 10) FROM plan_subgoals
  UNION ALL SELECT 'intervention', participant_id, created_by, substr(created_at, 1, 10) FROM plan_interventions
  UNION ALL SELECT 'plan_history', participant_id, user_id, on_date FROM plan_history
  UNION ALL SELECT 'meeting_note', i.participant_id, n.author_user_id, m.date
    FROM meeting_notes n JOIN agenda_items i ON i.id = n.item_id JOIN meetings m ON m.id = i.meeting_id
    WHERE i.participant_id IS NOT NULL
  UNION ALL SELECT 'action', participant_id, created_by, substr(created_at, 1, 10) FROM actions
    WHERE participant_id IS NOT NULL
  UNION ALL SELECT 'action_responsible', participant_id, responsible_user_id, substr(created_at, 1, 10) FROM actions
    WHERE participant_id IS NOT NULL
  UNION ALL SELECT 'action_review', a.participant_id, r.reviewed_by, substr(r.reviewed_at, 1, 10)
    FROM action_reviews r JOIN actions a ON a.id = r.action_id WHERE a.participant_id IS NOT NULL
  UNION ALL SELECT 'review_request', participant_id, requested_by, substr(requested_at, 1, 10) FROM review_requests
  UNION ALL SELECT 'closure_summary', participant_id, created_by, substr(created_at, 1, 10) FROM closure_summaries`;

const uncoveredAuthors = `
  SELECT e.kind, e.pid, e.uid, e.day FROM (${authoredEvents}) e
  LEFT JOIN users u ON u.id = e.uid
  WHERE u.id IS NULL OR u.role = 'readonly' OR NOT EXISTS (
    SELECT 1 FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
    WHERE c.participant_id = e.pid AND co.organisation_id = u.organisation_id
      AND c.signed_on <= e.day AND c.valid_until >= e.day
      AND (c.withdrawn_on IS NULL OR c.withdrawn_on > e.day))`;

describe('demo team', () => {
  const tempDir = useTempDirs();
  const today = todayIso();

  it('every event is written by someone the consent covers on its date, and the team has work to show', () => {
    const team = teamDatabase(tempDir(), 'demo.db');
    const { summary, createdStaff } = generateDemoTeam(team.db, {
      participants: 300,
      seed: 3,
      today,
      actorUserId: team.adminId,
      alwaysCoverOrganisationIds: [team.orgId],
      teamWork: true,
    });
    const all = <T>(query: string, ...params: unknown[]) => team.sqlite.prepare(query).all(...params) as T[];
    const one = <T>(query: string, ...params: unknown[]) => team.sqlite.prepare(query).get(...params) as T;

    const counts = all<{ kind: string; n: number }>(
      `SELECT kind, count(*) AS n FROM (${authoredEvents}) GROUP BY kind`,
    );
    // Every kind of authored row is there (so the invariant below is not vacuous).
    expect(counts.map((row) => row.kind).sort()).toEqual(
      [
        'action',
        'action_responsible',
        'action_review',
        'closure_summary',
        'consent',
        'contact',
        'conversation',
        'event',
        'intervention',
        'mapping',
        'mapping_history',
        'mapping_value',
        'meeting_note',
        'participant',
        'period',
        'plan',
        'plan_history',
        'progress',
        'referral',
        'review_request',
        'subgoal',
      ].sort(),
    );
    expect(all(uncoveredAuthors)).toEqual([]);
    // A mapping value's organisation is its author's.
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM mapping_values v JOIN users u ON u.id = v.author_user_id
         WHERE u.organisation_id <> v.author_organisation_id`,
      ).n,
    ).toBe(0);
    // Whoever's organisation a case's consent does not cover left the room for its item.
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM agenda_items i
         JOIN meetings m ON m.id = i.meeting_id AND m.status = 'finished'
         JOIN meeting_attendees a ON a.meeting_id = m.id AND a.present = 1
         JOIN users u ON u.id = a.user_id
         WHERE i.participant_id IS NOT NULL AND i.status = 'discussed'
           AND NOT EXISTS (SELECT 1 FROM agenda_item_absences x WHERE x.item_id = i.id AND x.user_id = a.user_id)
           AND NOT EXISTS (SELECT 1 FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
             WHERE c.participant_id = i.participant_id AND co.organisation_id = u.organisation_id
               AND c.signed_on <= m.date AND c.valid_until >= m.date
               AND (c.withdrawn_on IS NULL OR c.withdrawn_on > m.date))`,
      ).n,
    ).toBe(0);

    // Mappings with several organisations' sections; plans with sub-goals and parallel
    // interventions from several organisations.
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT mapping_id FROM mapping_values GROUP BY mapping_id
           HAVING count(DISTINCT author_organisation_id) >= 3)`,
      ).n,
    ).toBeGreaterThan(50);
    expect(
      one<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT period_id FROM plan_interventions GROUP BY period_id
           HAVING count(DISTINCT provider_organisation_id) >= 2)`,
      ).n,
    ).toBeGreaterThan(50);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM plan_subgoals').n).toBeGreaterThan(200);
    // Past meetings with minutes: notes, decisions, actions done and overdue, requests.
    const reviews = one<Record<string, number>>(
      `SELECT
         (SELECT count(*) FROM meetings WHERE status = 'finished') AS finished,
         (SELECT count(*) FROM meetings WHERE status = 'planned') AS planned,
         (SELECT count(*) FROM meeting_notes WHERE kind = 'decision') AS decisions,
         (SELECT count(*) FROM actions WHERE status = 'done') AS done,
         (SELECT count(*) FROM actions WHERE status = 'open' AND due_on < ?) AS overdue,
         (SELECT count(*) FROM actions WHERE status = 'open' AND due_on >= ?) AS open,
         (SELECT count(*) FROM review_requests WHERE handled_by_item_id IS NULL) AS waiting,
         (SELECT count(*) FROM review_requests WHERE handled_by_item_id IS NOT NULL) AS handled,
         (SELECT count(*) FROM agenda_item_absences) AS absences`,
      today,
      today,
    );
    expect(reviews.finished).toBeGreaterThanOrEqual(10);
    expect(reviews.planned).toBe(1);
    for (const key of ['decisions', 'done', 'overdue', 'open', 'waiting', 'handled', 'absences']) {
      expect(reviews[key], key).toBeGreaterThan(0);
    }
    expect(summary.overdueActions).toBe(reviews.overdue);
    // The admin does not own every case: the demo staff are responsible for most.
    const owners = all<{ uid: number; n: number }>(
      `SELECT responsible_user_id AS uid, count(*) AS n FROM participants
       WHERE responsible_user_id IS NOT NULL GROUP BY responsible_user_id`,
    );
    const owned = owners.reduce((sum, row) => sum + row.n, 0);
    expect(owners.length).toBeGreaterThan(5);
    expect(owners.find((row) => row.uid === team.adminId)?.n ?? 0).toBeLessThan(owned / 3);
    expect(createdStaff.length).toBeGreaterThanOrEqual(9);
    team.close();
  });

  it('is the same data for the same seed and day', () => {
    const a = teamDatabase(tempDir(), 'a.db');
    const b = teamDatabase(tempDir(), 'b.db');
    const options = { participants: 120, seed: 11, today, teamWork: true };
    generateDemoTeam(a.db, { ...options, actorUserId: a.adminId, alwaysCoverOrganisationIds: [a.orgId] });
    generateDemoTeam(b.db, { ...options, actorUserId: b.adminId, alwaysCoverOrganisationIds: [b.orgId] });
    for (const table of [
      'mapping_values',
      'plan_interventions',
      'plan_history',
      'meetings',
      'agenda_items',
      'meeting_notes',
      'actions',
      'action_reviews',
      'review_requests',
    ]) {
      const rows = (db: typeof a) => db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
      expect(rows(a), table).toEqual(rows(b));
    }
    a.close();
    b.close();
  });

  it(
    'every demo user can log in with the one demo password, and the team is marked as a demo',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir();
      const backend = createBackend(dir);
      const admin = new Client(backend);
      const result = await admin.call('setup.initialize', { ...setupInput(), demoData: true });
      const password = result.demoPassword;
      expect(password).toMatch(/^demo(-[a-z2-9]{4}){4}$/);
      const status = await admin.call('app.status', {});
      const demoUsers = status.loginUsers.filter((u) => u.name !== 'Anna Adminsson');
      expect(demoUsers.length).toBeGreaterThanOrEqual(9);
      // One key derivation served them all: the demo users' wrapped keys share one salt.
      const keyring = readKeyring(dir);
      const salts = new Set(
        keyring.users.filter((u) => demoUsers.some((d) => d.id === u.userId)).map((u) => u.wrapped.salt),
      );
      expect(salts.size).toBe(1);
      // Every demo user's entry opens the data key with the demo password (as a login does;
      // run side by side, the derivations share the machine's cores) ...
      const adminKey = await unwrapWithPassword(
        keyring,
        status.loginUsers.find((u) => u.name === 'Anna Adminsson')?.id ?? 0,
        ADMIN_PASSWORD,
      );
      const keys = await Promise.all(
        demoUsers.map((user) => unwrapWithPassword(keyring, user.id, password ?? '')),
      );
      for (const [index, key] of keys.entries()) {
        expect(key && adminKey && key.equals(adminKey), demoUsers[index]?.name).toBe(true);
      }
      // ... and each of them is an active user who may go straight in (no forced password change).
      const admin2 = new Client(backend);
      await admin2.call('auth.login', {
        userId: status.loginUsers.find((u) => u.name === 'Anna Adminsson')?.id ?? 0,
        password: ADMIN_PASSWORD,
      });
      const users = await admin2.call('users.list', {});
      for (const user of demoUsers) {
        const row = users.find((u) => u.id === user.id);
        expect(row?.active, user.name).toBe(true);
        expect(row?.mustChangePassword, user.name).toBe(false);
      }
      // Logging in through the router, as the coordinator, a caseworker and the read-only member.
      for (const name of ['Helena Björk', 'Peter Lindgren', 'Kristina Falk']) {
        const user = demoUsers.find((u) => u.name === name);
        const client = new Client(backend);
        const session = await client.call('auth.login', { userId: user?.id ?? 0, password: password ?? '' });
        expect(session.user.name).toBe(name);
        expect((await client.call('app.status', {})).demoTeam).toBe(true);
        await client.call('auth.logout', {});
      }
      const wrong = await new Client(backend).fail('auth.login', {
        userId: demoUsers[0]?.id ?? 0,
        password: ADMIN_PASSWORD,
      });
      expect(wrong.code).toBe('wrong_password');
      // A caseworker of the demo sees cases (their organisation is covered) and their own actions.
      const caseworker = demoUsers.find((u) => u.name === 'Jonas Wikström');
      const client = new Client(backend);
      await client.call('auth.login', { userId: caseworker?.id ?? 0, password: password ?? '' });
      const list = await client.call('participants.list', listInput({ limit: 10 }));
      expect(list.rows.filter((row) => row.access === 'full').length).toBeGreaterThan(5);
      backend.close();
    },
  );

  it('a team without demo data is not marked and its setup shows no demo password', async () => {
    const dir = tempDir();
    const backend = createBackend(dir);
    const admin = new Client(backend);
    const result = await admin.call('setup.initialize', setupInput());
    expect(result.demoPassword).toBeNull();
    const status = await admin.call('app.status', {});
    await admin.call('auth.login', { userId: status.loginUsers[0]?.id ?? 0, password: ADMIN_PASSWORD });
    expect((await admin.call('app.status', {})).demoTeam).toBe(false);
    backend.close();
  });
});
