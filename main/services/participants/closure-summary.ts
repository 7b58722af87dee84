import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../api/app-error';
import type { ParsedInput } from '../../api/contract';
import type { DocumentModel, DocumentSection, PrintMetadata } from '../../api/documents/model';
import type { DocumentFormat, SkipReason } from '../../api/jobs';
import type { Language } from '../../api/i18n';
import type { ClosureSummaryDto, ClosureSummaryVariantDto } from '../../api/participant-types';
import { formatPersonalNumber } from '../../api/personal-number';
import type { ClosureSummaryVariant } from '../../api/schema-enums';
import { participantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import {
  closureSummaries,
  interventionTypes,
  organisations,
  participantIdentities,
  participants,
  periods,
  planInterventions,
  planSubgoals,
  plans,
  progressSteps,
  referrals,
  users,
} from '../../../db/schema';
import { type ClosureFacts, buildClosureSummary, withSavedSections } from '../../domain/closure-summary';
import { appendAudit } from '../audit/audit';
import type { ManyProof, ParticipantProof, ServiceContext } from '../context';
import { renderDocx } from '../documents/docx';
import { renderPdf } from '../documents/pdf';
import { labelOfCode } from '../settings/code-lists';
import { consentValidOn, identityVisibleSql, knowsExistenceSql, readableSql } from './access';

/**
 * Closure summaries (slutdokumentation): the facts of a closed period gathered once, the two
 * variants built from them (main/domain/closure-summary.ts), and the versions caseworkers save.
 * The router has checked that the caller may read the participant; everything here is about
 * one period of that participant.
 */

/** Progress areas that are health detail: out of the participant's variant unless asked for. */
export const healthProgressAreas: readonly string[] = ['health', 'care_contact'];

interface PeriodRow {
  id: number;
  participantId: number;
  status: string;
  referringOrganisationId: number;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  closureReason: string | null;
  incomeSourceAtStart: string | null;
  incomeSourceAtExit: string | null;
  occupationAtExit: string | null;
  nextStepArranged: boolean | null;
  nextStepWhat: string | null;
  nextStepOrganisationId: number | null;
  nextStepContact: string | null;
  nextStepStartOn: string | null;
  nextStepNotArrangedReason: string | null;
  handoverTo: string | null;
  recommendations: string | null;
}

/**
 * The closed period a summary is about: the given one (of this participant), or the newest
 * closed one. A period of another person is "not found"; one still open is a conflict.
 */
export function closedPeriodOf(db: Db, participantId: number, periodId: number | null): PeriodRow {
  const query = db
    .select()
    .from(periods)
    .where(
      periodId === null
        ? and(eq(periods.participantId, participantId), eq(periods.status, 'closed'))
        : and(eq(periods.participantId, participantId), eq(periods.id, periodId)),
    )
    .orderBy(desc(periods.closedOn), desc(periods.seq))
    .limit(1);
  const row = query.get();
  if (!row && periodId !== null)
    throw new AppError('not_found', 'error.periodNotFound', undefined, 'periodId');
  if (!row || row.status !== 'closed' || row.closedOn === null || row.enrolledOn === null) {
    throw new AppError('conflict', 'error.summaryNeedsClosedPeriod', undefined, 'periodId');
  }
  return row;
}

/** Whether a consent valid on the closure date covered the referring organisation. */
export function referrerCovered(db: Db, period: PeriodRow): boolean {
  const row = db.get<{ covered: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM consents c JOIN consent_organisations co ON co.consent_id = c.id
      WHERE c.participant_id = ${period.participantId} AND co.organisation_id = ${period.referringOrganisationId}
        AND ${consentValidOn('c', period.closedOn ?? '')}) AS covered`);
  return Boolean(row.covered);
}

const responsibleUser = alias(users, 'responsible_user');
const responsibleOrg = alias(organisations, 'responsible_org');
const provider = alias(organisations, 'provider');

/** Everything the two variants say, read from the stored period, in the document's language. */
export function closureFacts(
  db: Db,
  period: PeriodRow,
  identityVisible: boolean,
  language: Language,
): ClosureFacts {
  const participantId = period.participantId;
  const person = db
    .select({
      firstName: participantIdentities.firstName,
      lastName: participantIdentities.lastName,
      personalNumber: participantIdentities.personalNumber,
      responsibleName: responsibleUser.name,
      responsibleOrganisation: responsibleOrg.name,
    })
    .from(participants)
    .leftJoin(participantIdentities, eq(participantIdentities.participantId, participants.id))
    .leftJoin(responsibleUser, eq(responsibleUser.id, participants.responsibleUserId))
    .leftJoin(responsibleOrg, eq(responsibleOrg.id, responsibleUser.organisationId))
    .where(eq(participants.id, participantId))
    .get();
  const referringOrganisation =
    db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, period.referringOrganisationId))
      .get()?.name ?? '';
  const referral = db
    .select({
      name: referrals.caseworkerName,
      phone: referrals.caseworkerPhone,
      email: referrals.caseworkerEmail,
    })
    .from(referrals)
    .where(eq(referrals.periodId, period.id))
    .orderBy(desc(referrals.receivedOn), desc(referrals.id))
    .limit(1)
    .get();
  const plan = db.select().from(plans).where(eq(plans.periodId, period.id)).get();
  const subgoals = db
    .select({ text: planSubgoals.text, targetOn: planSubgoals.targetOn, status: planSubgoals.status })
    .from(planSubgoals)
    .where(eq(planSubgoals.periodId, period.id))
    .orderBy(asc(planSubgoals.targetOn), asc(planSubgoals.id))
    .all();
  const interventions = db
    .select({
      typeSv: interventionTypes.labelSv,
      typeEn: interventionTypes.labelEn,
      organisation: provider.name,
      responsibleUser: users.name,
      responsibleName: planInterventions.responsibleName,
      startOn: planInterventions.startOn,
      endOn: planInterventions.endOn,
      status: planInterventions.status,
    })
    .from(planInterventions)
    .innerJoin(interventionTypes, eq(interventionTypes.code, planInterventions.typeCode))
    .innerJoin(provider, eq(provider.id, planInterventions.providerOrganisationId))
    .leftJoin(users, eq(users.id, planInterventions.responsibleUserId))
    .where(eq(planInterventions.periodId, period.id))
    .orderBy(asc(planInterventions.startOn), asc(planInterventions.id))
    .all();
  // Progress steps are the person's; those dated within the period belong to it.
  const progress = db
    .select({ onDate: progressSteps.onDate, category: progressSteps.category, text: progressSteps.text })
    .from(progressSteps)
    .where(
      and(
        eq(progressSteps.participantId, participantId),
        sql`${progressSteps.onDate} >= ${period.referredOn} AND ${progressSteps.onDate} <= ${period.closedOn}`,
      ),
    )
    .orderBy(asc(progressSteps.onDate), asc(progressSteps.id))
    .all();
  const nextOrganisation =
    period.nextStepOrganisationId === null
      ? null
      : (db
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, period.nextStepOrganisationId))
          .get()?.name ?? null);
  const name =
    identityVisible && person?.firstName !== undefined && person.firstName !== null
      ? `${person.firstName} ${person.lastName ?? ''}`.trim()
      : null;
  return {
    code: participantCode(participantId),
    name,
    personalNumber:
      identityVisible && person?.personalNumber ? formatPersonalNumber(person.personalNumber) : null,
    referringOrganisation,
    referringCaseworker: referral ?? null,
    responsible:
      person?.responsibleName && person.responsibleOrganisation
        ? { name: person.responsibleName, organisation: person.responsibleOrganisation }
        : null,
    referredOn: period.referredOn,
    enrolledOn: period.enrolledOn ?? period.referredOn,
    plannedEndOn: period.plannedEndOn,
    closedOn: period.closedOn ?? '',
    closureReason: labelOfCode(db, 'closure_reasons', period.closureReason, language),
    incomeSourceAtStart: labelOfCode(db, 'income_sources', period.incomeSourceAtStart, language),
    incomeSourceAtExit: labelOfCode(db, 'income_sources', period.incomeSourceAtExit, language),
    occupationAtExit: period.occupationAtExit,
    plan: plan ? { goal: plan.goal, goalText: plan.goalText, subgoals } : null,
    interventions: interventions.map((item) => ({
      type: language === 'en' ? item.typeEn : item.typeSv,
      organisation: item.organisation,
      responsible: item.responsibleUser ?? item.responsibleName ?? null,
      startOn: item.startOn,
      endOn: item.endOn,
      status: item.status,
    })),
    progress: progress.map((step) => ({
      onDate: step.onDate,
      area: labelOfCode(db, 'progress_areas', step.category, language),
      text: step.text,
      health: healthProgressAreas.includes(step.category),
    })),
    nextStep:
      period.nextStepArranged === null
        ? null
        : period.nextStepArranged
          ? {
              arranged: true,
              what: period.nextStepWhat,
              organisation: nextOrganisation,
              contact: period.nextStepContact,
              startOn: period.nextStepStartOn,
            }
          : { arranged: false, reason: period.nextStepNotArrangedReason },
    handoverTo: period.handoverTo,
    recommendations: period.recommendations,
  };
}

const savedBy = alias(users, 'saved_by');

function latestSaved(db: Db, periodId: number, variant: ClosureSummaryVariant, language: Language) {
  return db
    .select({
      version: closureSummaries.version,
      sections: closureSummaries.sections,
      savedAt: closureSummaries.createdAt,
      savedBy: savedBy.name,
    })
    .from(closureSummaries)
    .leftJoin(savedBy, eq(savedBy.id, closureSummaries.createdBy))
    .where(
      and(
        eq(closureSummaries.periodId, periodId),
        eq(closureSummaries.variant, variant),
        eq(closureSummaries.language, language),
      ),
    )
    .orderBy(desc(closureSummaries.version))
    .limit(1)
    .get();
}

function variantDto(
  db: Db,
  facts: ClosureFacts,
  periodId: number,
  variant: ClosureSummaryVariant,
  language: Language,
  includeHealth: boolean,
): ClosureSummaryVariantDto {
  const generated = buildClosureSummary(facts, variant, language, { includeHealth });
  const saved = latestSaved(db, periodId, variant, language);
  return saved
    ? {
        document: withSavedSections(generated, saved.sections),
        generated,
        version: saved.version,
        savedAt: saved.savedAt,
        savedBy: saved.savedBy,
      }
    : { document: generated, generated, version: null, savedAt: null, savedBy: null };
}

/**
 * The document to print for one variant: the newest saved version in that language, or the
 * one generated from the stored facts. The referrer's variant needs the referring organisation
 * covered by the consent on the closure date (`error.summaryReferrerNotCovered`).
 */
export function closureSummaryDocument(
  db: Db,
  participantId: number,
  periodId: number | null,
  identityVisible: boolean,
  variant: ClosureSummaryVariant,
  language: Language,
): DocumentModel {
  const period = closedPeriodOf(db, participantId, periodId);
  if (variant === 'referrer' && !referrerCovered(db, period)) {
    throw new AppError('conflict', 'error.summaryReferrerNotCovered', undefined, 'variant');
  }
  const facts = closureFacts(db, period, identityVisible, language);
  return variantDto(db, facts, period.id, variant, language, false).document;
}

function summaryOf(
  db: Db,
  proof: ParticipantProof,
  period: PeriodRow,
  language: Language,
  includeHealth: boolean,
): ClosureSummaryDto {
  const facts = closureFacts(db, period, proof.identityVisible, language);
  const covered = referrerCovered(db, period);
  const versions = db
    .select({
      variant: closureSummaries.variant,
      version: closureSummaries.version,
      language: closureSummaries.language,
      savedAt: closureSummaries.createdAt,
      savedBy: savedBy.name,
    })
    .from(closureSummaries)
    .leftJoin(savedBy, eq(savedBy.id, closureSummaries.createdBy))
    .where(eq(closureSummaries.periodId, period.id))
    .orderBy(asc(closureSummaries.variant), desc(closureSummaries.version))
    .all();
  return {
    participantId: proof.participantId,
    periodId: period.id,
    closedOn: period.closedOn ?? '',
    language,
    referringOrganisation: facts.referringOrganisation,
    referrerCovered: covered,
    participant: variantDto(db, facts, period.id, 'participant', language, includeHealth),
    referrer: covered ? variantDto(db, facts, period.id, 'referrer', language, false) : null,
    versions,
  };
}

/** Both variants of a closed period's summary as the screen edits and previews them. */
export function getClosureSummary(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'closureSummaries.get'>,
): ClosureSummaryDto {
  const period = closedPeriodOf(ctx.db, proof.participantId, input.periodId);
  ctx.audit.details = { periodId: period.id };
  return summaryOf(ctx.db, proof, period, input.language, input.includeHealth);
}

/**
 * Saves the edited sections of one variant as its next version. The header facts and the
 * signature lines are not the caller's to change: they are rebuilt from the stored data.
 */
export function saveClosureSummary(
  ctx: ServiceContext,
  proof: ParticipantProof,
  input: ParsedInput<'closureSummaries.save'>,
): ClosureSummaryDto {
  const { db } = ctx;
  const period = closedPeriodOf(db, proof.participantId, input.periodId);
  if (input.variant === 'referrer' && !referrerCovered(db, period)) {
    throw new AppError('conflict', 'error.summaryReferrerNotCovered', undefined, 'variant');
  }
  const previous = db
    .select({ version: sql<number>`coalesce(max(${closureSummaries.version}), 0)` })
    .from(closureSummaries)
    .where(and(eq(closureSummaries.periodId, period.id), eq(closureSummaries.variant, input.variant)))
    .get();
  const version = (previous?.version ?? 0) + 1;
  const sections: DocumentSection[] = input.sections;
  db.insert(closureSummaries)
    .values({
      participantId: proof.participantId,
      periodId: period.id,
      variant: input.variant,
      version,
      language: input.language,
      sections,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .run();
  ctx.audit.details = { periodId: period.id, variant: input.variant, version };
  return summaryOf(db, proof, period, input.language, false);
}

/** One period to print, and whether the caller may see the identity in its header. */
export interface PrintTarget {
  participantId: number;
  periodId: number;
  identityVisible: boolean;
}

export interface PrintPlan {
  targets: PrintTarget[];
  skipped: { code: string; reason: SkipReason }[];
  hiddenSkipped: number;
}

interface CandidateRow {
  participantId: number;
  periodId: number | null;
  closedOn: string | null;
  readable: number;
  identity: number;
  knows: number;
}

/**
 * Which closed periods a batch prints, decided with the caller's access, per period:
 * - readable (a consent covering the caller's organisation today, or on the closure date within
 *   the after-closure window): printed, each with an audit entry of its own;
 * - otherwise skipped and listed by pseudonym if the caller may know the case exists, or only
 *   counted if not (a batch never tells anyone about a case they must not learn of);
 * - the referrer's variant also needs the referring organisation covered on the closure date.
 * Chosen participants print their newest closed period; a range prints every period closed in it.
 */
export function printTargets(
  ctx: ServiceContext,
  _proof: ManyProof,
  input: ParsedInput<'closureSummaries.print'>,
): PrintPlan {
  const { db, actor, today } = ctx;
  const ids = JSON.stringify(input.participantIds);
  const rows =
    input.participantIds.length > 0
      ? db.all<CandidateRow>(sql`
          SELECT p.id AS participantId, pe.id AS periodId, pe.closed_on AS closedOn,
            ${readableSql(actor, today)} AS readable, ${identityVisibleSql(actor)} AS identity,
            ${knowsExistenceSql(actor)} AS knows
          FROM participants p
          LEFT JOIN periods pe ON pe.id = (SELECT x.id FROM periods x
            WHERE x.participant_id = p.id AND x.status = 'closed'
              AND (${input.periodId} IS NULL OR x.id = ${input.periodId})
            ORDER BY x.closed_on DESC, x.seq DESC LIMIT 1)
          WHERE p.id IN (SELECT value FROM json_each(${ids}))
          ORDER BY pe.closed_on, p.id`)
      : db.all<CandidateRow>(sql`
          SELECT p.id AS participantId, pe.id AS periodId, pe.closed_on AS closedOn,
            ${readableSql(actor, today)} AS readable, ${identityVisibleSql(actor)} AS identity,
            ${knowsExistenceSql(actor)} AS knows
          FROM periods pe JOIN participants p ON p.id = pe.participant_id
          WHERE pe.status = 'closed' AND pe.closed_on >= ${input.closedFrom} AND pe.closed_on <= ${input.closedTo}
          ORDER BY pe.closed_on, p.id, pe.seq`);
  const plan: PrintPlan = { targets: [], skipped: [], hiddenSkipped: 0 };
  const chosen = input.participantIds.length > 0;
  // Chosen ids that are no participant at all are counted like any case the caller may not know.
  if (chosen) plan.hiddenSkipped = new Set(input.participantIds).size - rows.length;
  for (const row of rows) {
    const code = participantCode(row.participantId);
    if (!row.readable) {
      if (row.knows) plan.skipped.push({ code, reason: 'noAccess' });
      // A range never reveals, not even as a count, periods the caller must not learn of; only
      // ids the caller named themselves are counted.
      else if (chosen) plan.hiddenSkipped += 1;
      continue;
    }
    if (row.periodId === null) {
      plan.skipped.push({ code, reason: 'notClosed' });
      continue;
    }
    if (
      input.variant === 'referrer' &&
      !referrerCovered(db, closedPeriodOf(db, row.participantId, row.periodId))
    ) {
      plan.skipped.push({ code, reason: 'referrerNotCovered' });
      continue;
    }
    plan.targets.push({
      participantId: row.participantId,
      periodId: row.periodId,
      identityVisible: Boolean(row.identity),
    });
  }
  for (const target of plan.targets) {
    appendAudit(db, {
      at: ctx.now,
      userId: actor.userId,
      action: 'closure_summary.print',
      entityType: 'participant',
      entityId: target.participantId,
      details: {
        periodId: target.periodId,
        variant: input.variant,
        format: input.format,
        purpose: 'casework',
      },
    });
  }
  return plan;
}

export interface PrintTask {
  targets: PrintTarget[];
  variant: ClosureSummaryVariant;
  language: Language;
  format: DocumentFormat;
  print: PrintMetadata;
}

/**
 * Builds and renders a batch: one PDF (each summary on new pages, with its own page numbers) or
 * one DOCX (a page break between summaries). Runs in the job worker on its own connection;
 * `progress` is told after each document is built, `cancelled` is asked between documents.
 */
export async function renderClosureSummaries(
  db: Db,
  task: PrintTask,
  progress: (done: number) => void,
): Promise<Buffer> {
  const documents: DocumentModel[] = [];
  for (const target of task.targets) {
    documents.push(
      closureSummaryDocument(
        db,
        target.participantId,
        target.periodId,
        target.identityVisible,
        task.variant,
        task.language,
      ),
    );
    progress(documents.length);
  }
  return task.format === 'pdf' ? renderPdf(documents, task.print) : renderDocx(documents, task.print);
}
