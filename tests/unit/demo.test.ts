import { describe, expect, it } from 'vitest';
import { todayIso } from '../../main/api/dates';
import { parsePersonalNumber } from '../../main/api/personal-number';
import { generateDemoData } from '../../main/services/demo-data/generate';
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
