import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import { describe, expect, it } from 'vitest';
import { type SqliteHandle, openDatabase, optimizeDatabase } from '../../db/open';
import { todayIso } from '../../main/api/dates';
import type { Actor } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { participantListQuery } from '../../main/services/participants/list';
import { candidateMasks, cutoffsFor, followUpWindow } from '../../main/services/reviews/suggestions';
import { readReviewSettings } from '../../main/services/reviews/settings';
import { listInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';
import { teamDatabase } from '../helpers/team-database';

/**
 * A guard on the query plans of the agenda suggestions and the participant list, without
 * timing: with statistics (PRAGMA optimize), a case's open actions must be searched among the
 * actions of that participant (actions_participant_idx), not among every open action due before
 * today (actions_status_due_idx), which without statistics SQLite prefers and which makes the
 * cost grow with the number of open actions times the number of cases. The agenda reads the
 * facts the triggers keep on each participant (migration 0021); the triggers' own statements
 * are explained here too, since every write to an action runs them.
 */

const today = todayIso();

/** Records the statements drizzle sends, with their parameters, to explain them afterwards. */
class Recorder implements Logger {
  statements: { sql: string; params: unknown[] }[] = [];
  logQuery(query: string, params: unknown[]): void {
    this.statements.push({ sql: query, params });
  }
}

interface Explained {
  sql: string;
  plan: string[];
}

function explain(sqlite: SqliteHandle, statement: { sql: string; params: unknown[] }): Explained {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as {
    detail: string;
  }[];
  return { sql: statement.sql, plan: rows.map((row) => row.detail) };
}

/** Runs the agenda's candidate statement and the list statements, and explains each. */
function plans(sqlite: SqliteHandle, actor: Actor) {
  const recorder = new Recorder();
  const db = drizzle(sqlite, { logger: recorder });
  const cut = cutoffsFor(today, readReviewSettings(db));
  recorder.statements.splice(0);
  candidateMasks(db, actor, cut, followUpWindow(today));
  // The open cases' rules (the first statement with the masks; the covered ids come before it).
  const candidates = recorder.statements.splice(0).find((statement) => statement.sql.includes('AS mask'));
  // The waiting list: a filter on status, a page of ids, then the display rows of that page.
  const list = participantListQuery(db, actor, listInput({ statuses: ['referred'] }), today);
  const ids = list.ranked(0, 100).map((row) => row.id);
  expect(ids.length).toBeGreaterThan(0);
  list.rows(ids);
  const [page, rows] = recorder.statements.splice(0);
  // The screen's default view: enrolled, by last activity — an index walk that stops at the page.
  participantListQuery(
    db,
    actor,
    listInput({ statuses: ['enrolled'], sort: 'lastActivityOn' }),
    today,
  ).ranked(0, 100);
  const [defaultPage] = recorder.statements.splice(0);
  if (!candidates || !page || !rows || !defaultPage) throw new Error('a statement was not recorded');
  return {
    candidates: explain(sqlite, candidates),
    page: explain(sqlite, page),
    rows: explain(sqlite, rows),
    defaultPage: explain(sqlite, defaultPage),
  };
}

/** The plan lines that read the actions table (alias `a` in both statements). */
function actionLines(explained: Explained): string[] {
  return explained.plan.filter((line) => /\b(SEARCH|SCAN) a\b/.test(line));
}

/** The statements inside the review-facts triggers, with NEW.x and OLD.x as parameters. */
function triggerStatements(sqlite: SqliteHandle): { trigger: string; sql: string }[] {
  const triggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%review_facts%'")
    .all() as { name: string; sql: string }[];
  expect(triggers.length).toBeGreaterThan(10);
  return triggers.flatMap(({ name, sql }) => {
    const body = /\bBEGIN\b([\s\S]*)\bEND\s*$/.exec(sql)?.[1] ?? '';
    return body
      .split(';')
      .map((statement) => statement.trim().replace(/\b(NEW|OLD)\.`?\w+`?/g, '?'))
      .filter((statement) => statement !== '')
      .map((statement) => ({ trigger: name, sql: statement }));
  });
}

function statIndexes(sqlite: SqliteHandle, table: string): string[] {
  return (
    sqlite.prepare('SELECT idx FROM sqlite_stat1 WHERE tbl = ? ORDER BY idx').all(table) as { idx: string }[]
  ).map((row) => row.idx);
}

/**
 * Demo data for 3,000 participants, then ten actions per case that started (about 25,000):
 * three open ones for each enrolled case (about half of them overdue), the rest done.
 */
function buildDatabase(dir: string) {
  const opened = teamDatabase(dir, 'plan.db');
  const { db, sqlite, file, key, orgId: organisationId } = opened;
  const admin = { id: opened.adminId };
  generateDemoData(db, {
    participants: 3000,
    seed: 5,
    today,
    actorUserId: admin.id,
    alwaysCoverOrganisationIds: [organisationId],
  });
  // The generator analyzed what it filled: the planner knows the participants.
  expect(statIndexes(sqlite, 'participants')).toContain('participants_status_idx');
  sqlite
    .prepare(
      `WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 10)
       INSERT INTO actions (participant_id, what, responsible_user_id, organisation_id, due_on, status)
       SELECT p.id, 'Uppföljning ' || k.n, coalesce(p.responsible_user_id, ?), p.referring_organisation_id,
         date(?, ((p.id * 7 + k.n * 13) % 120 - 60) || ' days'),
         CASE WHEN p.status = 'enrolled' AND k.n <= 3 THEN 'open' ELSE 'done' END
       FROM participants p CROSS JOIN k WHERE p.enrolled_on IS NOT NULL`,
    )
    .run(admin.id, today);
  const counts = sqlite
    .prepare("SELECT count(*) AS n, sum(status = 'open' AND due_on < ?) AS overdue FROM actions")
    .get(today) as { n: number; overdue: number };
  expect(counts.n).toBeGreaterThan(20_000);
  expect(counts.overdue).toBeGreaterThan(1000);
  // Written after the generator's optimize: no statistics on actions yet.
  expect(statIndexes(sqlite, 'actions')).toEqual([]);
  const actor: Actor = { userId: admin.id, role: 'admin', organisationId, language: 'sv' };
  return { ...opened, file, key, actor };
}

function expectSelectivePlans(sqlite: SqliteHandle, actor: Actor): void {
  const { candidates, page, rows, defaultPage } = plans(sqlite, actor);
  // The agenda: candidates and every fact their rules read from one covering index (waiting,
  // enrolled, recently closed), never a scan, never the actions.
  const candidatePlan = candidates.plan.join('\n');
  expect(candidatePlan).toMatch(/SEARCH p USING COVERING INDEX participants_review_idx \(status=\?/);
  expect(candidatePlan).not.toMatch(/SEARCH p USING INDEX|SCAN p\b/);
  expect(actionLines(candidates), candidatePlan).toEqual([]);
  // The triggers that keep those facts: per participant, by primary key or a per-case index.
  for (const statement of triggerStatements(sqlite)) {
    const explained = explain(sqlite, {
      sql: statement.sql,
      params: statement.sql
        .split('?')
        .slice(1)
        .map(() => 1),
    }).plan.join('\n');
    expect(explained, `${statement.trigger}: ${statement.sql}`).not.toContain('actions_status_due_idx');
    const scans = explained.split('\n').filter((line) => /^SCAN /.test(line));
    // Only a template's rare edit looks through every mapping.
    expect(scans, `${statement.trigger}: ${explained}`).toEqual(
      statement.trigger === 'mapping_templates_review_facts_update' ? ['SCAN m'] : [],
    );
    if (/actions a/.test(statement.sql)) {
      expect(explained).toMatch(
        /SEARCH a USING (COVERING )?INDEX actions_participant_idx \(participant_id=\?/,
      );
    }
  }
  // The list: open actions per row by the same index; the waiting list found by status.
  const open = actionLines(rows);
  expect(open, rows.plan.join('\n')).toHaveLength(1);
  expect(open[0]).toMatch(/^SEARCH a USING (COVERING )?INDEX actions_participant_idx \(participant_id=\?/);
  expect(page.plan.some((line) => /^SEARCH p USING (COVERING )?INDEX \w+ \(status=\?/.test(line))).toBe(true);
  expect(page.plan.filter((line) => /^SCAN p\b/.test(line))).toEqual([]);
  expect(defaultPage.plan.join('\n')).toMatch(
    /SEARCH p USING INDEX participants_status_activity_idx \(status=\? AND last_activity_on>\?\)/,
  );
  expect(defaultPage.plan.join('\n')).not.toContain('TEMP B-TREE');
}

describe('query plans', () => {
  const tempDir = useTempDirs();

  it('after a bulk write, optimize makes the overdue count search actions per participant', () => {
    const { db, sqlite, actor, close } = buildDatabase(tempDir());
    optimizeDatabase(db);
    expect(statIndexes(sqlite, 'actions')).toEqual(
      expect.arrayContaining(['actions_participant_idx', 'actions_status_due_idx']),
    );
    expectSelectivePlans(sqlite, actor);
    close();
  });

  it('a new connection analyzes what was written since the last statistics', () => {
    const built = buildDatabase(tempDir());
    built.close();
    const { sqlite, close } = openDatabase({ path: built.file, key: built.key });
    expect(statIndexes(sqlite, 'actions')).toEqual(
      expect.arrayContaining(['actions_participant_idx', 'actions_status_due_idx']),
    );
    expectSelectivePlans(sqlite, built.actor);
    close();
  });
});
