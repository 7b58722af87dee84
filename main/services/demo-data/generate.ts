import { count, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import { addDays, addMonths, daysBetween } from '../../api/dates';
import type { ClosureReason, DemoSummary, Gender, ParticipantStatus } from '../../api/participant-types';
import { luhnCheckDigit } from '../../api/personal-number';
import {
  type ClosureSummaryVariant,
  closureReasons,
  contactKinds,
  incomeSources,
  progressCategories,
} from '../../api/schema-enums';
import { buildClosureSummary } from '../../domain/closure-summary';
import { type Db, optimizeDatabase } from '../../../db/open';
import {
  closureSummaries,
  consentOrganisations,
  consents,
  contacts,
  organisations,
  participantEvents,
  periods,
  participantIdentities,
  participants,
  progressSteps,
  referrals,
  users,
} from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import { closedPeriodOf, closureFacts, referrerCovered } from '../participants/closure-summary';
import { refreshDerived } from '../participants/derived';
import { caseworkerNames, origins, staffNames } from './names';
import { Random } from './random';
import {
  certificates,
  contactTexts,
  declineReasons,
  extensionReasons,
  progressTexts,
  referralReasons,
} from './texts';

export interface DemoOptions {
  participants: number;
  seed: number;
  /** YYYY-MM-DD: every date is relative to it, so a seed and a day give the same data. */
  today: string;
  /** Who generates it (audit); null from the CLI before anyone logs in. */
  actorUserId: number | null;
  /** Average contacts per participant (default 10). */
  contactsPerParticipant?: number;
  /** Organisations every consent covers (e.g. the first admin's), so there is something to see. */
  alwaysCoverOrganisationIds?: number[];
  /** Relative weights of the statuses (default: 8 % waiting, 45 % enrolled, 39 % closed …). */
  statusWeights?: Record<ParticipantStatus, number>;
}

const defaultStatusWeights: Record<ParticipantStatus, number> = {
  referred: 8,
  declined: 5,
  withdrawn: 3,
  enrolled: 45,
  closed: 39,
};

const referringWeights: Record<string, number> = { AF: 40, FK: 15, 'KOM-SOC': 20, 'KOM-AM': 15, REG: 10 };

/** Inserts rows in chunks (SQLite limits the number of bound values per statement). */
function chunked<T>(rows: T[], size: number, insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += size) insert(rows.slice(i, i + size));
}

/**
 * A fictional work e-mail for a referring caseworker: "lena.ek@af.example" (the reserved
 * .example domain, so no demo address can ever reach a real person).
 */
export function demoEmail(name: string, organisationCode: string): string {
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  const domain = organisationCode.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${local}@${domain}.example`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Every closed demo period gets the closure form filled in, as a caseworker would: the
 * income source and occupation at exit, the next step (arranged towards work, studies or
 * another intervention; otherwise not arranged, with why), the handover and recommendations.
 * Chosen from the closure reason's outcome category and the period id, so the seeded
 * generator's sequence (and the rest of the data) is unchanged.
 */
function completeDemoClosures(db: Db): void {
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
function storeDemoSummaries(db: Db, now: string): number {
  const latest = db.all<{ participantId: number; periodId: number; responsible: number | null }>(sql`
    SELECT pe.participant_id AS participantId, pe.id AS periodId, p.responsible_user_id AS responsible
    FROM periods pe JOIN participants p ON p.id = pe.participant_id
    WHERE pe.status = 'closed' ORDER BY pe.closed_on DESC, pe.id DESC LIMIT ${DEMO_STORED_SUMMARIES}`);
  let stored = 0;
  for (const row of latest) {
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
          createdBy: row.responsible,
          createdAt: now,
        })
        .run();
      stored += 1;
    }
  }
  return stored;
}

/**
 * Fills an empty database with fictional participants: names, ages 18–64, genders, referring
 * organisations, a spread of statuses, consents, contacts and progress over two years.
 * Deterministic for a seed and a day; one transaction; refuses a database with participants.
 */
export function generateDemoData(db: Db, options: DemoOptions): DemoSummary {
  const random = new Random(options.seed);
  const today = options.today;
  const perParticipant = options.contactsPerParticipant ?? 10;
  const summary = db.transaction((tx) => {
    const existing = tx.select({ n: count() }).from(participants).get();
    if ((existing?.n ?? 0) > 0) throw new AppError('conflict', 'error.demoNotEmpty');
    const orgs = tx
      .select({ id: organisations.id, code: organisations.code, professions: organisations.professions })
      .from(organisations)
      .where(eq(organisations.active, true))
      .orderBy(organisations.sortOrder, organisations.id)
      .all();
    if (orgs.length === 0) throw new AppError('conflict', 'error.organisationNotFound');

    // Staff to be responsible caseworkers and authors: fictional, without a key (no login).
    let staff = tx.select({ id: users.id }).from(users).where(eq(users.active, true)).all();
    let staffCreated = 0;
    if (staff.length < 4) {
      const names = staffNames.filter((name) => !tx.select().from(users).where(eq(users.name, name)).get());
      const created = names.slice(0, 8).map((name, index) => {
        const org = orgs[index % orgs.length] ?? orgs[0];
        if (!org) throw new Error('no organisation');
        return {
          name,
          organisationId: org.id,
          profession:
            org.professions[Math.floor(index / orgs.length) % Math.max(1, org.professions.length)] ??
            'Handläggare',
          role: 'caseworker' as const,
        };
      });
      if (created.length > 0) tx.insert(users).values(created).run();
      staffCreated = created.length;
      staff = tx.select({ id: users.id }).from(users).where(eq(users.active, true)).all();
    }
    const staffIds = staff.map((s) => s.id);
    const orgWeights = orgs.map((org) => [org.id, referringWeights[org.code] ?? 2] as const);
    const orgCodes = new Map(orgs.map((org) => [org.id, org.code]));
    const orgIds = orgs.map((org) => org.id);
    const always = options.alwaysCoverOrganisationIds ?? [];
    const usedNumbers = new Set<string>();
    const statuses: Record<ParticipantStatus, number> = {
      referred: 0,
      enrolled: 0,
      closed: 0,
      declined: 0,
      withdrawn: 0,
    };

    interface Planned {
      gender: Gender;
      birthYear: number;
      firstName: string;
      lastName: string;
      personalNumber: string | null;
      phone: string | null;
      language: string | null;
      interpreter: boolean;
      protectedIdentity: boolean;
      referringOrgId: number;
      responsibleUserId: number | null;
      status: ParticipantStatus;
      referredOn: string;
      decidedOn: string | null;
      enrolledOn: string | null;
      plannedEndOn: string | null;
      extendedTo: string | null;
      closedOn: string | null;
      closureReason: ClosureReason | null;
      inactive: boolean;
    }

    const planned: Planned[] = [];
    for (let i = 0; i < options.participants; i += 1) {
      const origin = random.weighted(origins.map((o) => [o, o.weight] as const));
      const gender = random.weighted<Gender>([
        ['woman', 48],
        ['man', 49],
        ['other', 3],
      ]);
      const firstName = random.pick(
        gender === 'man' ? origin.men : gender === 'woman' ? origin.women : [...origin.women, ...origin.men],
      );
      const lastName = random.pick(origin.lastNames);
      const age = random.int(18, 64);
      const birthYear = Number(today.slice(0, 4)) - age;
      let personalNumber: string | null = null;
      if (random.chance(0.85)) {
        const month = random.int(1, 12);
        const day = random.int(1, 28);
        const coordination = origin.key !== 'se' && random.chance(0.07);
        for (let attempt = 0; attempt < 20 && personalNumber === null; attempt += 1) {
          const yymmdd = `${pad(birthYear % 100)}${pad(month)}${pad(coordination ? day + 60 : day)}`;
          // The ninth digit is odd for men and even for women.
          let serial = random.int(0, 999);
          if (gender !== 'other' && serial % 2 !== (gender === 'man' ? 1 : 0)) serial = (serial + 1) % 1000;
          const nine = `${yymmdd}${pad(serial, 3)}`;
          const candidate = `${Math.floor(birthYear / 100)}${nine}${luhnCheckDigit(nine)}`;
          if (!usedNumbers.has(candidate)) {
            usedNumbers.add(candidate);
            personalNumber = candidate;
          }
        }
      }
      const status = random.weighted<ParticipantStatus>(
        Object.entries(options.statusWeights ?? defaultStatusWeights) as [ParticipantStatus, number][],
      );
      statuses[status] += 1;
      let referredOn: string;
      let decidedOn: string | null = null;
      let enrolledOn: string | null = null;
      let plannedEndOn: string | null = null;
      let extendedTo: string | null = null;
      let closedOn: string | null = null;
      let closureReason: ClosureReason | null = null;
      if (status === 'referred') {
        referredOn = addDays(today, -random.int(1, 60));
      } else if (status === 'declined' || status === 'withdrawn') {
        referredOn = addDays(today, -random.int(40, 720));
        decidedOn = addDays(referredOn, random.int(5, 30));
      } else if (status === 'enrolled') {
        referredOn = addDays(today, -random.int(14, 260));
        enrolledOn = addDays(referredOn, random.int(7, 30));
        if (enrolledOn > today) enrolledOn = today;
        plannedEndOn = addMonths(enrolledOn, 6);
        if (plannedEndOn < addDays(today, 14) && random.chance(0.8)) extendedTo = addMonths(plannedEndOn, 3);
      } else {
        referredOn = addDays(today, -random.int(200, 720));
        enrolledOn = addDays(referredOn, random.int(7, 30));
        plannedEndOn = addMonths(enrolledOn, 6);
        const length = random.int(90, 300);
        closedOn = addDays(enrolledOn, Math.min(length, Math.max(1, daysBetween(enrolledOn, today) - 1)));
        if (closedOn > plannedEndOn) extendedTo = addMonths(plannedEndOn, 3);
        closureReason = random.weighted(
          closureReasons.map(
            (reason) =>
              [
                reason,
                reason === 'work' || reason === 'studies' ? 8 : reason === 'registration_error' ? 0.3 : 2,
              ] as const,
          ),
        );
      }
      planned.push({
        gender,
        birthYear,
        firstName,
        lastName,
        personalNumber,
        phone: random.chance(0.7)
          ? `07${random.int(0, 9)}-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`
          : null,
        language: origin.language,
        interpreter: origin.language !== null && random.chance(0.35),
        protectedIdentity: random.chance(0.015),
        referringOrgId: random.weighted(orgWeights),
        responsibleUserId: status === 'referred' && random.chance(0.5) ? null : random.pick(staffIds),
        status,
        referredOn,
        decidedOn,
        enrolledOn,
        plannedEndOn,
        extendedTo,
        closedOn,
        closureReason,
        inactive: status === 'enrolled' && random.chance(0.15),
      });
    }

    const ids: number[] = [];
    chunked(planned, 400, (chunk) => {
      const rows = tx
        .insert(participants)
        .values(
          chunk.map((p) => ({
            gender: p.gender,
            birthYear: p.birthYear,
            protectedIdentity: p.protectedIdentity,
            preferredLanguage: p.language,
            interpreterNeeded: p.interpreter,
            interpreterLanguage: p.interpreter ? p.language : null,
            responsibleUserId: p.responsibleUserId,
            referringOrganisationId: p.referringOrgId,
            referredOn: p.referredOn,
            createdBy: options.actorUserId,
          })),
        )
        .returning({ id: participants.id })
        .all();
      ids.push(...rows.map((row) => row.id));
    });

    // Each demo person has one period (the period's derived status comes from the events).
    const periodIds: number[] = [];
    chunked(
      planned.map((p, index) => ({
        participantId: ids[index] ?? 0,
        seq: 1,
        referringOrganisationId: p.referringOrgId,
        referredOn: p.referredOn,
        // Spread without drawing from the seeded generator, so the rest of the data stays as it was.
        incomeSourceAtStart: incomeSources[(index * 7) % incomeSources.length] ?? null,
        incomeSourceAtStartOn: p.referredOn,
        createdBy: options.actorUserId,
      })),
      400,
      (chunk) => {
        const rows = tx.insert(periods).values(chunk).returning({ id: periods.id }).all();
        periodIds.push(...rows.map((row) => row.id));
      },
    );

    const identityRows = planned.map((p, index) => ({
      participantId: ids[index] ?? 0,
      firstName: p.firstName,
      lastName: p.lastName,
      personalNumber: p.personalNumber,
      phone: p.phone,
    }));
    chunked(identityRows, 500, (chunk) => tx.insert(participantIdentities).values(chunk).run());

    const referralIds: number[] = [];
    chunked(
      planned.map((p, index) => {
        const caseworkerName = random.pick(caseworkerNames);
        return {
          participantId: ids[index] ?? 0,
          periodId: periodIds[index] ?? 0,
          receivedOn: p.referredOn,
          organisationId: p.referringOrgId,
          caseworkerName,
          caseworkerPhone: `010-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
          caseworkerEmail: demoEmail(caseworkerName, orgCodes.get(p.referringOrgId) ?? 'org'),
          reason: random.pick(referralReasons),
          certificates: random.chance(0.6) ? random.sample(certificates, random.int(1, 2)) : [],
          createdBy: options.actorUserId,
        };
      }),
      300,
      (chunk) => {
        const rows = tx.insert(referrals).values(chunk).returning({ id: referrals.id }).all();
        referralIds.push(...rows.map((row) => row.id));
      },
    );

    const events: (typeof participantEvents.$inferInsert)[] = [];
    planned.forEach((p, index) => {
      const participantId = ids[index] ?? 0;
      const referralId = referralIds[index] ?? null;
      const base = {
        participantId,
        periodId: periodIds[index] ?? 0,
        referralId,
        createdBy: options.actorUserId,
      };
      events.push({ ...base, kind: 'referred', onDate: p.referredOn });
      if (p.status === 'declined') {
        events.push({
          ...base,
          kind: 'declined',
          onDate: p.decidedOn ?? p.referredOn,
          reason: random.pick(declineReasons),
        });
      }
      if (p.status === 'withdrawn')
        events.push({ ...base, kind: 'withdrawn', onDate: p.decidedOn ?? p.referredOn });
      if (p.enrolledOn !== null) {
        events.push({
          ...base,
          kind: 'enrolled',
          onDate: p.enrolledOn,
          plannedEndOn: p.plannedEndOn,
          intakeCriteria: ['Svenska på minst nivå A1 (GERS/CEFR)', 'Inget pågående missbruk'],
        });
      }
      if (p.extendedTo !== null && p.plannedEndOn !== null) {
        events.push({
          ...base,
          kind: 'extended',
          onDate: addDays(p.plannedEndOn, -14) < today ? addDays(p.plannedEndOn, -14) : today,
          plannedEndOn: p.extendedTo,
          reason: random.pick(extensionReasons),
        });
      }
      if (p.closedOn !== null) {
        events.push({ ...base, kind: 'closed', onDate: p.closedOn, closureReason: p.closureReason });
      }
    });
    chunked(events, 400, (chunk) => tx.insert(participantEvents).values(chunk).run());

    // Consents: one at referral, valid a year or to the planned end; some withdrawn, some expiring.
    const consentPlans = planned.flatMap((p, index) => {
      if (p.status === 'declined' || p.status === 'withdrawn') {
        if (!random.chance(0.5)) return [];
      }
      const end = p.extendedTo ?? p.plannedEndOn;
      let validUntil = addMonths(p.referredOn, 12);
      if (end !== null && end > validUntil) validUntil = addMonths(end, 1);
      if ((p.status === 'enrolled' || p.status === 'referred') && random.chance(0.08)) {
        validUntil = addDays(today, random.int(3, 40));
      }
      const covered = random.chance(0.75)
        ? orgIds
        : [
            ...new Set([
              p.referringOrgId,
              ...always,
              ...random.sample(orgIds, random.int(1, Math.min(3, orgIds.length))),
            ]),
          ];
      return [
        {
          participantId: ids[index] ?? 0,
          signedOn: p.referredOn,
          validUntil,
          withdrawnOn:
            p.status !== 'referred' && random.chance(0.02)
              ? addDays(p.referredOn, random.int(20, 120))
              : null,
          coversSus: random.chance(0.7),
          covered: [...new Set([...covered, ...always])],
        },
      ];
    });
    const consentIds: number[] = [];
    chunked(consentPlans, 400, (chunk) => {
      const rows = tx
        .insert(consents)
        .values(
          chunk.map(({ covered: _covered, ...row }) => ({
            ...row,
            withdrawnOn: row.withdrawnOn !== null && row.withdrawnOn < today ? row.withdrawnOn : null,
            createdBy: options.actorUserId,
          })),
        )
        .returning({ id: consents.id })
        .all();
      consentIds.push(...rows.map((row) => row.id));
    });
    const consentOrgRows = consentPlans.flatMap((plan, index) =>
      plan.covered.map((organisationId) => ({ consentId: consentIds[index] ?? 0, organisationId })),
    );
    chunked(consentOrgRows, 500, (chunk) => tx.insert(consentOrganisations).values(chunk).run());

    // Contacts and progress while enrolled; "inactive" ones have nothing in the last four weeks.
    const active = planned.filter((p) => p.enrolledOn !== null).length || 1;
    const perActive = (perParticipant * planned.length) / active;
    const contactRows: (typeof contacts.$inferInsert)[] = [];
    const progressRows: (typeof progressSteps.$inferInsert)[] = [];
    planned.forEach((p, index) => {
      if (p.enrolledOn === null || p.enrolledOn > today) return;
      const participantId = ids[index] ?? 0;
      const last = p.inactive ? addDays(today, -random.int(28, 60)) : (p.closedOn ?? today);
      const span = Math.max(0, daysBetween(p.enrolledOn, last));
      if (last < p.enrolledOn) return;
      const n = Math.max(1, Math.round(perActive * (0.5 + random.next())));
      for (let k = 0; k < n; k += 1) {
        const kind = random.weighted(
          contactKinds.map((c) => [c, c === 'meeting' ? 6 : c === 'phone' ? 4 : 1] as const),
        );
        contactRows.push({
          participantId,
          onDate: addDays(p.enrolledOn, random.int(0, span)),
          kind,
          text: random.pick(contactTexts[kind]),
          authorUserId: random.pick(staffIds),
        });
      }
      for (let k = random.int(1, 5); k > 0; k -= 1) {
        const category = random.pick(progressCategories);
        progressRows.push({
          participantId,
          onDate: addDays(p.enrolledOn, random.int(0, span)),
          category,
          text: random.pick(progressTexts[category]),
          authorUserId: random.pick(staffIds),
        });
      }
    });
    chunked(contactRows, 800, (chunk) => tx.insert(contacts).values(chunk).run());
    chunked(progressRows, 800, (chunk) => tx.insert(progressSteps).values(chunk).run());

    refreshDerived(tx);
    completeDemoClosures(tx);
    storeDemoSummaries(tx, `${today}T12:00:00.000Z`);
    appendAudit(tx, {
      userId: options.actorUserId,
      action: 'demo.generate',
      details: { participants: planned.length, contacts: contactRows.length, seed: options.seed },
    });
    return {
      participants: planned.length,
      contacts: contactRows.length,
      progressSteps: progressRows.length,
      consents: consentPlans.length,
      staffCreated,
      statuses,
    };
  });
  // Committed: give the query planner statistics for the tables just filled.
  optimizeDatabase(db);
  return summary;
}
