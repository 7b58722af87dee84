import { describe, expect, it } from 'vitest';
import type { SqliteHandle } from '../../db/open';
import { addDays, todayIso } from '../../main/api/dates';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { addTeamHistory } from '../bench/history';
import { Random } from '../../main/services/demo-data/random';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * The agenda's facts kept on each participant by triggers (migration 0021) must equal their
 * definitions after any write to the tables they come from, by whoever writes (services, import,
 * a bulk statement). Each write below is plain SQL, as any writer's would reach SQLite.
 */

const today = todayIso();

/** The definitions, computed from the source tables (the same as the migration's backfill). */
const DEFINED = `SELECT p.id AS id,
  (SELECT min(a.due_on) FROM actions a WHERE a.participant_id = p.id AND a.status = 'open') AS earliestOpenDueOn,
  (SELECT max(mt.date) FROM agenda_items ai JOIN meetings mt ON mt.id = ai.meeting_id
    WHERE ai.participant_id = p.id AND ai.status = 'discussed') AS lastDiscussedOn,
  coalesce((SELECT max(s.status = 'open') FROM plan_subgoals s WHERE s.period_id = p.current_period_id) = 0, 0)
    AS planSettled,
  coalesce((SELECT m.filled_count >= max(t.field_count, 1) FROM mappings m JOIN mapping_templates t
    ON t.id = m.template_id WHERE m.period_id = p.current_period_id), 0) AS mappingComplete
  FROM participants p ORDER BY p.id`;
const KEPT = `SELECT id, earliest_open_due_on AS earliestOpenDueOn, last_discussed_on AS lastDiscussedOn,
  plan_settled AS planSettled, mapping_complete AS mappingComplete FROM participants ORDER BY id`;

function expectFactsKept(sqlite: SqliteHandle, step: string): void {
  const defined = sqlite.prepare(DEFINED).all();
  const kept = sqlite.prepare(KEPT).all();
  const differing = kept.filter((row, i) => JSON.stringify(row) !== JSON.stringify(defined[i]));
  expect(differing, `after ${step}`).toEqual([]);
}

function pick<T>(sqlite: SqliteHandle, random: Random, query: string): T | undefined {
  const rows = sqlite.prepare(query).all() as T[];
  return rows.length === 0 ? undefined : rows[random.int(0, rows.length - 1)];
}

describe('review facts kept by triggers', () => {
  const tempDir = useTempDirs();

  it('equal their definitions after every kind of write', () => {
    const opened = teamDatabase(tempDir());
    const { sqlite, db } = opened;
    generateDemoData(db, {
      participants: 400,
      seed: 11,
      today,
      actorUserId: opened.adminId,
      alwaysCoverOrganisationIds: [opened.orgId],
    });
    addTeamHistory(opened, today, 12);
    // The history wrote every source table: facts of every kind are set somewhere.
    const counts = sqlite
      .prepare(
        `SELECT count(earliest_open_due_on) AS due, count(last_discussed_on) AS discussed,
          sum(plan_settled) AS settled, sum(mapping_complete) AS complete FROM participants`,
      )
      .get() as Record<string, number>;
    for (const [fact, n] of Object.entries(counts)) expect(n, fact).toBeGreaterThan(0);
    expectFactsKept(sqlite, 'demo data and history');

    const random = new Random(7);
    const writes: [string, () => void][] = [
      [
        'an action done, another reopened and moved',
        () => {
          const open = pick<{ id: number }>(sqlite, random, "SELECT id FROM actions WHERE status = 'open'");
          if (open) sqlite.prepare("UPDATE actions SET status = 'done' WHERE id = ?").run(open.id);
          const done = pick<{ id: number }>(sqlite, random, "SELECT id FROM actions WHERE status = 'done'");
          if (done) {
            sqlite
              .prepare("UPDATE actions SET status = 'open', due_on = ? WHERE id = ?")
              .run(addDays(today, random.int(-90, 90)), done.id);
          }
        },
      ],
      [
        'an action moved to another case, one deleted, one added',
        () => {
          const action = pick<{ id: number }>(
            sqlite,
            random,
            'SELECT id FROM actions WHERE participant_id IS NOT NULL',
          );
          const other = pick<{ id: number }>(sqlite, random, 'SELECT id FROM participants');
          if (action && other) {
            sqlite.prepare('UPDATE actions SET participant_id = ? WHERE id = ?').run(other.id, action.id);
          }
          const gone = pick<{ id: number }>(sqlite, random, "SELECT id FROM actions WHERE status = 'open'");
          if (gone) sqlite.prepare('DELETE FROM actions WHERE id = ?').run(gone.id);
          sqlite
            .prepare(
              `INSERT INTO actions (participant_id, what, responsible_user_id, organisation_id, due_on, status)
               SELECT id, 'Ny åtgärd', ?, referring_organisation_id, ?, 'open' FROM participants
               ORDER BY random() LIMIT 3`,
            )
            .run(opened.adminId, addDays(today, random.int(-30, 30)));
        },
      ],
      [
        'a discussed item reopened, a meeting moved, an item deleted',
        () => {
          const item = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT id FROM agenda_items WHERE status = 'discussed' AND participant_id IS NOT NULL",
          );
          if (item) sqlite.prepare("UPDATE agenda_items SET status = 'pending' WHERE id = ?").run(item.id);
          const meeting = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT DISTINCT meeting_id AS id FROM agenda_items WHERE status = 'discussed'",
          );
          if (meeting) {
            sqlite
              .prepare('UPDATE meetings SET date = ? WHERE id = ?')
              .run(addDays(today, random.int(-400, 0)), meeting.id);
          }
          const deleted = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT id FROM agenda_items WHERE status = 'discussed'",
          );
          if (deleted) {
            sqlite.prepare('DELETE FROM agenda_item_absences WHERE item_id = ?').run(deleted.id);
            sqlite.prepare('UPDATE actions SET item_id = NULL WHERE item_id = ?').run(deleted.id);
            sqlite
              .prepare('UPDATE review_requests SET handled_by_item_id = NULL WHERE handled_by_item_id = ?')
              .run(deleted.id);
            sqlite.prepare('DELETE FROM meeting_notes WHERE item_id = ?').run(deleted.id);
            sqlite.prepare('DELETE FROM agenda_items WHERE id = ?').run(deleted.id);
          }
        },
      ],
      [
        'a pending item discussed',
        () => {
          const item = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT id FROM agenda_items WHERE status <> 'discussed' AND participant_id IS NOT NULL",
          );
          if (item) sqlite.prepare("UPDATE agenda_items SET status = 'discussed' WHERE id = ?").run(item.id);
        },
      ],
      [
        'sub-goals reached, reopened, added and deleted',
        () => {
          const open = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT id FROM plan_subgoals WHERE status = 'open'",
          );
          if (open) sqlite.prepare("UPDATE plan_subgoals SET status = 'achieved' WHERE id = ?").run(open.id);
          const settled = pick<{ id: number }>(
            sqlite,
            random,
            'SELECT id FROM participants WHERE plan_settled = 1',
          );
          if (settled) {
            sqlite
              .prepare(
                `INSERT INTO plan_subgoals (participant_id, period_id, text, target_on, status)
                 SELECT id, current_period_id, 'Nytt delmål', ?, 'open' FROM participants WHERE id = ?`,
              )
              .run(addDays(today, 30), settled.id);
          }
          const gone = pick<{ id: number }>(
            sqlite,
            random,
            "SELECT id FROM plan_subgoals WHERE status = 'open'",
          );
          if (gone) {
            sqlite.prepare('DELETE FROM plan_subgoals WHERE id = ?').run(gone.id);
          }
        },
      ],
      [
        'mapping values cleared and filled, a template changed',
        () => {
          const value = pick<{ id: number }>(
            sqlite,
            random,
            'SELECT id FROM mapping_values WHERE value IS NOT NULL',
          );
          if (value) sqlite.prepare('UPDATE mapping_values SET value = NULL WHERE id = ?').run(value.id);
          const empty = pick<{ id: number }>(
            sqlite,
            random,
            'SELECT id FROM mapping_values WHERE value IS NULL',
          );
          if (empty) sqlite.prepare(`UPDATE mapping_values SET value = '"ja"' WHERE id = ?`).run(empty.id);
          const template = pick<{ id: number; n: number }>(
            sqlite,
            random,
            'SELECT id, field_count AS n FROM mapping_templates',
          );
          if (template) {
            sqlite
              .prepare('UPDATE mapping_templates SET field_count = ? WHERE id = ?')
              .run(template.n + random.int(-2, 2), template.id);
          }
        },
      ],
      [
        'a mapping deleted',
        () => {
          const mapping = pick<{ id: number }>(sqlite, random, 'SELECT id FROM mappings');
          if (mapping) {
            sqlite.prepare('DELETE FROM mapping_values WHERE mapping_id = ?').run(mapping.id);
            sqlite.prepare('DELETE FROM mappings WHERE id = ?').run(mapping.id);
          }
        },
      ],
      [
        'a case given another current period',
        () => {
          const row = pick<{ id: number; period: number }>(
            sqlite,
            random,
            `SELECT p.id AS id, q.id AS period FROM participants p JOIN periods q ON q.participant_id = p.id
             WHERE q.id <> p.current_period_id`,
          );
          const target =
            row ??
            pick<{ id: number; period: number }>(
              sqlite,
              random,
              'SELECT id, current_period_id AS period FROM participants WHERE current_period_id IS NOT NULL',
            );
          if (target) {
            sqlite.prepare('UPDATE participants SET current_period_id = NULL WHERE id = ?').run(target.id);
            expectFactsKept(sqlite, 'a case without a current period');
            sqlite
              .prepare('UPDATE participants SET current_period_id = ? WHERE id = ?')
              .run(target.period, target.id);
          }
        },
      ],
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [step, write] of writes) {
        write();
        expectFactsKept(sqlite, step);
      }
    }
    opened.close();
  });
});
