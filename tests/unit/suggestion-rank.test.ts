import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisations } from '../../db/schema';
import { todayIso } from '../../main/api/dates';
import type { MeetingReason } from '../../main/api/review-types';
import type { Actor } from '../../main/services/context';
import { generateDemoData } from '../../main/services/demo-data/generate';
import { coveredTodayIdsSql, readableSql } from '../../main/services/participants/access';
import { readReviewSettings } from '../../main/services/reviews/settings';
import {
  FEW_COVERED,
  candidateMasks,
  cutoffsFor,
  followUpWindow,
  membership,
  rankCases,
  reasonOrder,
  reasonWeights,
} from '../../main/services/reviews/suggestions';
import { openParticipantIds, teamDatabase } from '../helpers/team-database';
import { useTempDirs } from '../helpers/temp';

/** A case as these tests write it: id, mask, referral date. */
type Candidate = readonly [id: number, mask: number, referredOn: string];

/** The cases as columns, as the suggestions keep them. */
function columnsOf(candidates: readonly Candidate[]) {
  return {
    ids: candidates.map(([id]) => id),
    masks: candidates.map(([, mask]) => mask),
    referredOn: candidates.map(([, , day]) => day),
  };
}

/** The ranking of `candidates`, as the ids it orders. */
function ranking(candidates: readonly Candidate[], excluded: ReadonlySet<number>): number[] {
  const columns = columnsOf(candidates);
  return rankCases(columns, excluded).map((position) => columns.ids[position] as number);
}

/** The ranking as the domain states it, compared pair by pair (the reference). */
function referenceRanking(candidates: readonly Candidate[], excluded: ReadonlySet<number>): number[] {
  const routine = new Set<MeetingReason>(['started_without_mapping', 'not_discussed']);
  const meaning = (mask: number) => {
    const codes = reasonOrder.filter((_code, bit) => (mask & (1 << bit)) !== 0);
    const tier = codes.includes('requested') ? 0 : codes.some((code) => !routine.has(code)) ? 1 : 2;
    const score = codes.reduce((sum, code) => sum + reasonWeights[code], 0);
    return { tier, score, suggested: codes.length > 0 && (tier !== 2 || codes.includes('not_discussed')) };
  };
  return candidates
    .filter(([id, mask]) => !excluded.has(id) && meaning(mask).suggested)
    .sort(([idA, maskA, dayA], [idB, maskB, dayB]) => {
      const a = meaning(maskA);
      const b = meaning(maskB);
      return a.tier - b.tier || b.score - a.score || (dayA < dayB ? -1 : dayA > dayB ? 1 : 0) || idA - idB;
    })
    .map(([id]) => id);
}

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

const isoDay = (days: number) =>
  new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

describe('agenda ranking', () => {
  const tempDir = useTempDirs();

  it('orders cases by tier, score, referral date and id, as a comparison would', () => {
    for (const seed of [1, 2, 3]) {
      const random = generator(seed);
      const ids = new Set<number>();
      const candidates: Candidate[] = [];
      while (candidates.length < 3_000) {
        const id = 1 + random(50_000);
        if (ids.has(id)) continue;
        ids.add(id);
        // Few referral days and few masks: many ties on tier, score and day, broken by id.
        candidates.push([id, random(1 << reasonOrder.length), isoDay(random(20))]);
      }
      const excluded = new Set(candidates.slice(0, 50).map(([id]) => id));
      const ranked = ranking(candidates, excluded);
      expect(ranked).toEqual(referenceRanking(candidates, excluded));
      expect(ranked.length).toBeGreaterThan(1_000);
    }
  });

  it('ranks the extremes of ids and dates', () => {
    const candidates: Candidate[] = [
      [2 ** 40, 1, '2025-01-01'],
      [7, 1, '2025-01-01'],
      [8, 1, '0001-01-01'],
      [9, 1 << 10, '9999-12-31'],
      [10, 1 << 10, '2025-01-01'],
      [11, 1 << 3, '2025-01-01'],
    ];
    expect(ranking(candidates, new Set())).toEqual(referenceRanking(candidates, new Set()));
    expect(ranking(candidates, new Set())).toEqual([8, 7, 2 ** 40, 11, 10, 9]);
  });

  it('loses no case when an id comes twice (the packed keys would name one of them only)', () => {
    const candidates: Candidate[] = [
      [5, 1, '2025-02-01'],
      [3, 1 << 3, '2025-01-01'],
      [5, 1 << 10, '2025-01-01'],
    ];
    const ranked = rankCases(columnsOf(candidates), new Set());
    // Positions: each case once, in rank order.
    expect(ranked).toEqual([0, 1, 2]);
  });

  it('gives the readable open cases only, whether few or most of them are covered', () => {
    const { db, adminId, orgId } = teamDatabase(tempDir());
    const today = todayIso();
    generateDemoData(db, {
      participants: 400,
      seed: 7,
      today,
      actorUserId: adminId,
      alwaysCoverOrganisationIds: [orgId],
    });
    // Two more organisations: one named on six consents in ten, one on one in ten.
    const named = (code: string, share: number) => {
      const id = db
        .insert(organisations)
        .values({ code, name: code, professions: [], sortOrder: 99 })
        .returning({ id: organisations.id })
        .get().id;
      db.run(sql`INSERT INTO consent_organisations (consent_id, organisation_id)
        SELECT c.id, ${id} FROM consents c WHERE c.id % 10 < ${share}`);
      return id;
    };
    const ways: string[] = [];
    for (const organisationId of [named('MÅNGA', 6), named('FÅ', 1)]) {
      const actor: Actor = { userId: adminId, role: 'coordinator', organisationId, language: 'sv' };
      const open = openParticipantIds(db);
      const readable = openParticipantIds(db, readableSql(actor, today));
      const candidates = candidateMasks(
        db,
        actor,
        cutoffsFor(today, readReviewSettings(db)),
        followUpWindow(today),
      );
      const openSet = new Set(open);
      expect({
        organisationId,
        ids: candidates.ids.filter((id) => openSet.has(id)).sort((a, b) => a - b),
      }).toEqual({ organisationId, ids: readable });
      // Not vacuous: some open cases are not readable.
      expect(readable.length).toBeGreaterThan(0);
      expect(readable.length).toBeLessThan(open.length);
      const covered = (
        JSON.parse(db.get<{ ids: string }>(coveredTodayIdsSql(actor, today))?.ids ?? '[]') as number[]
      ).length;
      ways.push(covered < FEW_COVERED * open.length ? 'in SQL' : 'in JavaScript');
    }
    // Each way of testing access was taken.
    expect(ways).toEqual(['in JavaScript', 'in SQL']);
  });

  it('tests membership of row ids exactly, small or not', () => {
    const cases: [number[], number[], number[]][] = [
      // ids, members, not members
      [
        [7, 2, 7, 19_999],
        [2, 7, 19_999],
        [0, 1, 3, 20_000, -2, 2.5, Number.NaN],
      ],
      [[], [], [0, 1]],
      // Past a byte per id, or not a row id: a set, the same answers.
      [
        [3, 2 ** 40],
        [3, 2 ** 40],
        [0, 2 ** 24, 2 ** 40 + 1],
      ],
      [
        [3, -5, 1.5],
        [3, -5, 1.5],
        [0, 1, 5, 2],
      ],
    ];
    for (const [ids, members, others] of cases) {
      const test = membership(ids);
      expect({ ids, members: members.map(test), others: others.map(test) }).toEqual({
        ids,
        members: members.map(() => true),
        others: others.map(() => false),
      });
    }
  });

  it('reads each candidate with its own referral day, even one that is not a plain date', () => {
    const { db, sqlite, adminId, orgId } = teamDatabase(tempDir());
    const today = todayIso();
    generateDemoData(db, {
      participants: 300,
      seed: 3,
      today,
      actorUserId: adminId,
      alwaysCoverOrganisationIds: [orgId],
    });
    const actor: Actor = { userId: adminId, role: 'admin', organisationId: orgId, language: 'sv' };
    const read = () => {
      const candidates = candidateMasks(
        db,
        actor,
        cutoffsFor(today, readReviewSettings(db)),
        followUpWindow(today),
      );
      return candidates.ids.map((id, position) => [id, candidates.referredOn[position]]);
    };
    const stored = (ids: number[]) =>
      new Map(
        (
          sqlite
            .prepare(
              'SELECT id, referred_on AS day FROM participants WHERE id IN (SELECT value FROM json_each(?))',
            )
            .all(JSON.stringify(ids)) as { id: number; day: string }[]
        ).map((row) => [row.id, row.day]),
      );
    const plain = read();
    expect(plain.length).toBeGreaterThan(100);
    const days = stored(plain.map(([id]) => id as number));
    expect(plain.every(([id, day]) => days.get(id as number) === day)).toBe(true);
    // Written around the app (it only stores dates): a day with a comma in it, early in the
    // list, must not shift the days of the cases after it.
    const [oddId] = plain[0] as [number, string];
    sqlite.prepare('UPDATE participants SET referred_on = ? WHERE id = ?').run('2024-01-01, okänt', oddId);
    const odd = read();
    const oddDays = stored(odd.map(([id]) => id as number));
    expect(odd.find(([id]) => id === oddId)?.[1]).toBe('2024-01-01, okänt');
    expect(odd.every(([id, day]) => oddDays.get(id as number) === day)).toBe(true);
    sqlite.close();
  });
});
