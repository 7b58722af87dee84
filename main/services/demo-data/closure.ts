import { sql } from 'drizzle-orm';
import type { ClosureSummaryVariant } from '../../api/schema-enums';
import { buildClosureSummary } from '../../domain/closure-summary';
import type { Db } from '../../../db/open';
import { closureSummaries } from '../../../db/schema';
import { closedPeriodOf, closureFacts, referrerCovered } from '../participants/closure-summary';
import { type DemoWorld, instantOn, partRandom, responsibleOrWriter } from './world';

/**
 * The closure part: the closure form of every closed period filled in, and the closure
 * summaries saved for the latest closures, so printing can be tried at once.
 */

/**
 * Every closed demo period gets the closure form filled in, as a caseworker would: the
 * income source and occupation at exit, the next step (arranged towards work, studies or
 * another intervention; otherwise not arranged, with why), the handover and recommendations.
 * Chosen from the closure reason's outcome category and the period id, so the seeded
 * generator's sequence (and the rest of the data) is unchanged.
 */
export function completeDemoClosures(db: Db): void {
  db.run(sql`
    UPDATE periods SET
      income_source_at_exit = CASE o.outcome
        WHEN 'work' THEN CASE periods.id % 3 WHEN 0 THEN 'subsidised_employment' ELSE 'salary' END
        WHEN 'studies' THEN 'student_finance'
        WHEN 'other_intervention' THEN 'activity_support'
        ELSE CASE periods.id % 4 WHEN 0 THEN 'sickness_benefit' WHEN 1 THEN 'other_unknown' ELSE 'social_assistance' END
      END,
      occupation_at_exit = CASE o.outcome
        WHEN 'work' THEN CASE periods.id % 4 WHEN 0 THEN 'Lagerarbetare' WHEN 1 THEN 'Undersköterska'
          WHEN 2 THEN 'Lokalvårdare' ELSE 'Kock' END
        WHEN 'studies' THEN 'Studerande'
        ELSE NULL END,
      next_step_arranged = (o.outcome IN ('work', 'studies', 'other_intervention')),
      next_step_what = CASE o.outcome
        WHEN 'work' THEN 'Anställning med introduktion hos arbetsgivaren'
        WHEN 'studies' THEN 'Studier på Komvux'
        WHEN 'other_intervention' THEN 'Fortsatt insats hos Arbetsförmedlingen'
        ELSE NULL END,
      next_step_organisation_id = CASE WHEN o.outcome IN ('work', 'studies', 'other_intervention')
        THEN periods.referring_organisation_id END,
      next_step_start_on = CASE WHEN o.outcome IN ('work', 'studies', 'other_intervention')
        THEN date(periods.closed_on, '+7 days') END,
      next_step_not_arranged_reason = CASE WHEN o.outcome IN ('work', 'studies', 'other_intervention') THEN NULL
        ELSE 'Deltagaren har inte kunnat ta del av en ny insats just nu; anvisande handläggare följer upp.' END,
      handover_to = 'Anvisande handläggare',
      recommendations = CASE o.outcome
        WHEN 'work' THEN 'Täta avstämningar med arbetsgivaren de första månaderna. Handledare på arbetsplatsen.'
        WHEN 'studies' THEN 'Studie- och yrkesvägledning vid start. Stöd med studieteknik.'
        WHEN 'other_intervention' THEN 'Bygg vidare på arbetsträningen. Fortsatt kontakt med vården.'
        ELSE 'Ny kartläggning när situationen har stabiliserats.' END
    FROM code_list_entries o
    WHERE o.list = 'closure_reasons' AND o.code = periods.closure_reason AND periods.status = 'closed'`);
}

/** Closure summaries stored for this many of the latest closures (enough to try printing). */
const DEMO_STORED_SUMMARIES = 200;

/**
 * Saved closure summaries for the latest closed periods, as a caseworker would have saved them:
 * the participant's variant, and the referrer's where the consent covered the referring
 * organisation on the closure date, each version 1 by the responsible caseworker.
 */
export function storeDemoSummaries(world: DemoWorld): number {
  const { db } = world;
  const random = partRandom(world.seed, 'closure');
  const byPeriod = new Map(world.cases.map((c) => [c.periodId, c]));
  const latest = db.all<{ participantId: number; periodId: number; closedOn: string }>(sql`
    SELECT pe.participant_id AS participantId, pe.id AS periodId, pe.closed_on AS closedOn
    FROM periods pe
    WHERE pe.status = 'closed' ORDER BY pe.closed_on DESC, pe.id DESC LIMIT ${DEMO_STORED_SUMMARIES}`);
  let stored = 0;
  for (const row of latest) {
    // Written on the closure day by the responsible caseworker (or a colleague the consent covers).
    const demoCase = byPeriod.get(row.periodId);
    const author = demoCase ? responsibleOrWriter(random, demoCase, row.closedOn) : null;
    if (!author) continue;
    const period = closedPeriodOf(db, row.participantId, row.periodId);
    const facts = closureFacts(db, period, true, 'sv');
    const variants: ClosureSummaryVariant[] = referrerCovered(db, period)
      ? ['participant', 'referrer']
      : ['participant'];
    for (const variant of variants) {
      db.insert(closureSummaries)
        .values({
          participantId: row.participantId,
          periodId: row.periodId,
          variant,
          version: 1,
          language: 'sv',
          sections: buildClosureSummary(facts, variant, 'sv').sections,
          createdBy: author.id,
          createdAt: instantOn(row.closedOn, 15),
        })
        .run();
      stored += 1;
    }
  }
  return stored;
}
