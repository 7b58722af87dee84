import { describe, expect, it } from 'vitest';
import type { SqliteHandle } from '../../db/open';
import { addDays, todayIso } from '../../main/api/dates';
import type { Actor } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { Random } from '../../main/services/demo-data/random';
import { readableIds } from '../../main/services/participants/access';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * The access test reads each consent's participant and dates from consent_organisations, where
 * triggers (migration 0023) copy them from `consents`. The copies must equal their consent after
 * any write to either table, including a write to the copies themselves, and the access decided
 * from them must equal the one decided by joining the consents.
 */

const today = todayIso();

const DIFFERING = `SELECT co.consent_id AS consentId, co.organisation_id AS organisationId
  FROM consent_organisations co JOIN consents c ON c.id = co.consent_id
  WHERE (co.participant_id, co.signed_on, co.valid_until, co.withdrawn_on)
    IS NOT (c.participant_id, c.signed_on, c.valid_until, c.withdrawn_on)`;

/** Who may read, decided by joining the consents (the definition, as before the copies). */
function readableByJoin(sqlite: SqliteHandle, organisationId: number): number[] {
  const valid = (on: string) =>
    `c.signed_on <= ${on} AND c.valid_until >= ${on} AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${on})`;
  const covered = (on: string) => `EXISTS (SELECT 1 FROM consents c JOIN consent_organisations co
    ON co.consent_id = c.id WHERE c.participant_id = p.id AND co.organisation_id = @org AND ${valid(on)})`;
  return sqlite
    .prepare(
      `SELECT p.id FROM participants p WHERE ${covered('@today')} OR (p.status = 'closed'
          AND p.closed_on IS NOT NULL AND date(p.closed_on, '+3 months', '+30 days') >= @today
          AND ${covered('p.closed_on')}) ORDER BY p.id`,
    )
    .pluck()
    .all({ org: organisationId, today }) as number[];
}

describe('consent copies kept by triggers', () => {
  const tempDir = useTempDirs();

  it('equal their consent after every kind of write, and decide access as the consents do', () => {
    const opened = teamDatabase(tempDir());
    const { sqlite, db } = opened;
    generateDemoData(db, { participants: 300, seed: 21, today, actorUserId: opened.adminId });
    const organisations = sqlite
      .prepare('SELECT id FROM organisations ORDER BY id')
      .pluck()
      .all() as number[];
    const participants = sqlite.prepare('SELECT id FROM participants ORDER BY id').pluck().all() as number[];
    const random = new Random(3);
    const one = (query: string): number | undefined => {
      const ids = sqlite.prepare(query).pluck().all() as number[];
      return ids.length === 0 ? undefined : ids[random.int(0, ids.length - 1)];
    };
    const expectKept = (step: string) => {
      expect(sqlite.prepare(DIFFERING).all(), `after ${step}`).toEqual([]);
      for (const organisationId of organisations) {
        const actor: Actor = { userId: opened.adminId, role: 'admin', organisationId, language: 'sv' };
        const byCopies = [...readableIds(db, actor, participants, today)].sort((a, b) => a - b);
        expect(byCopies, `access of organisation ${organisationId} after ${step}`).toEqual(
          readableByJoin(sqlite, organisationId),
        );
      }
    };
    expect(sqlite.prepare('SELECT count(*) FROM consent_organisations').pluck().get()).toBeGreaterThan(100);
    expectKept('demo data');

    const writes: [string, () => void][] = [
      [
        'a consent withdrawn',
        () => {
          const id = one('SELECT id FROM consents WHERE withdrawn_on IS NULL');
          sqlite
            .prepare('UPDATE consents SET withdrawn_on = ? WHERE id = ?')
            .run(addDays(today, -random.int(0, 20)), id);
        },
      ],
      [
        'a consent renewed and another moved back in time',
        () => {
          sqlite
            .prepare('UPDATE consents SET valid_until = ? WHERE id = ?')
            .run(addDays(today, random.int(-40, 400)), one('SELECT id FROM consents'));
          sqlite
            .prepare('UPDATE consents SET signed_on = ?, valid_until = ? WHERE id = ?')
            .run(addDays(today, -500), addDays(today, -200), one('SELECT id FROM consents'));
        },
      ],
      [
        'a consent given to another person',
        () => {
          sqlite
            .prepare('UPDATE consents SET participant_id = ? WHERE id = ?')
            .run(one('SELECT id FROM participants'), one('SELECT id FROM consents'));
        },
      ],
      [
        'a new consent naming two organisations',
        () => {
          const consent = sqlite
            .prepare('INSERT INTO consents (participant_id, signed_on, valid_until) VALUES (?, ?, ?)')
            .run(one('SELECT id FROM participants'), addDays(today, -3), addDays(today, 300)).lastInsertRowid;
          const insert = sqlite.prepare(
            'INSERT INTO consent_organisations (consent_id, organisation_id) VALUES (?, ?)',
          );
          insert.run(consent, organisations[0]);
          insert.run(consent, organisations[random.int(1, organisations.length - 1)]);
        },
      ],
      [
        'an organisation added with false copies, another removed',
        () => {
          const consent = one('SELECT id FROM consents');
          const missing =
            one(`SELECT o.id FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM consent_organisations co
            WHERE co.consent_id = ${consent} AND co.organisation_id = o.id)`);
          if (missing !== undefined) {
            sqlite
              .prepare(
                `INSERT INTO consent_organisations (consent_id, organisation_id, participant_id, signed_on, valid_until)
                 VALUES (?, ?, ?, '2000-01-01', '2999-12-31')`,
              )
              .run(consent, missing, one('SELECT id FROM participants'));
          }
          sqlite
            .prepare('DELETE FROM consent_organisations WHERE rowid = ?')
            .run(one('SELECT rowid FROM consent_organisations'));
        },
      ],
      [
        'the copies written directly',
        () => {
          sqlite
            .prepare(
              "UPDATE consent_organisations SET valid_until = '2999-12-31', withdrawn_on = NULL WHERE rowid = ?",
            )
            .run(one('SELECT rowid FROM consent_organisations'));
          sqlite
            .prepare('UPDATE consent_organisations SET participant_id = ? WHERE rowid = ?')
            .run(one('SELECT id FROM participants'), one('SELECT rowid FROM consent_organisations'));
        },
      ],
      [
        'a consent deleted',
        () => {
          sqlite.prepare('DELETE FROM consents WHERE id = ?').run(one('SELECT id FROM consents'));
        },
      ],
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [step, write] of writes) {
        write();
        expectKept(step);
      }
    }
    opened.close();
  });
});
