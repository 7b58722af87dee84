import { addDays, addMonths, daysBetween } from '../../api/dates';
import type { ClosureReason, Gender, ParticipantStatus } from '../../api/participant-types';
import { luhnCheckDigit } from '../../api/personal-number';
import { closureReasons, incomeSources } from '../../api/schema-enums';
import { caseworkerNames, origins } from './names';
import { canWrite } from './staff';
import { certificates, declineReasons, extensionReasons, referralReasons } from './texts';
import {
  type DemoCase,
  type DemoWorld,
  authorOn,
  idsAfter,
  insertRows,
  maxId,
  partRandom,
  responsibleOrWriter,
} from './world';

/**
 * The people part: fictional persons (names, ages 18–64, genders, personal numbers), one
 * period each with its referral, a spread of statuses as dated events, and one consent signed
 * at the referral. Every event is registered by a staff member the consent covers.
 */
export interface PeopleOptions {
  participants: number;
  /** Organisations every consent covers (e.g. the first admin's), so there is something to see. */
  alwaysCoverOrganisationIds: readonly number[];
  statusWeights: Record<ParticipantStatus, number>;
}

export const defaultStatusWeights: Record<ParticipantStatus, number> = {
  referred: 8,
  declined: 5,
  withdrawn: 3,
  enrolled: 45,
  closed: 39,
};

const referringWeights: Record<string, number> = { AF: 40, FK: 15, 'KOM-SOC': 20, 'KOM-AM': 15, REG: 10 };

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

interface Person {
  firstName: string;
  lastName: string;
  personalNumber: string | null;
  phone: string | null;
  protectedIdentity: boolean;
}

/** Plans every person and their path; inserts nothing. */
function planPeople(world: DemoWorld, options: PeopleOptions): { cases: DemoCase[]; people: Person[] } {
  const random = partRandom(world.seed, 'people');
  const { today } = world;
  const orgIds = world.organisations.map((org) => org.id);
  const orgWeights = world.organisations.map((org) => [org.id, referringWeights[org.code] ?? 2] as const);
  const usedNumbers = new Set<string>();
  const cases: DemoCase[] = [];
  const people: Person[] = [];
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
    const birthYear = Number(today.slice(0, 4)) - random.int(18, 64);
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
      Object.entries(options.statusWeights) as [ParticipantStatus, number][],
    );
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
    const referringOrgId = random.weighted(orgWeights);
    // One consent, signed at the referral: valid a year or past the planned end; a few expire
    // soon, a few were withdrawn after the closure.
    const end = extendedTo ?? plannedEndOn;
    let validUntil = addMonths(referredOn, 12);
    if (end !== null && end > validUntil) validUntil = addMonths(end, 1);
    if ((status === 'enrolled' || status === 'referred') && random.chance(0.08)) {
      validUntil = addDays(today, random.int(3, 40));
    }
    if (closedOn !== null && validUntil < closedOn) validUntil = addMonths(closedOn, 1);
    let withdrawnOn: string | null = null;
    if (closedOn !== null && random.chance(0.03)) {
      const on = addDays(closedOn, random.int(5, 60));
      if (on < today) withdrawnOn = on;
    }
    const covered = new Set<number>(
      random.chance(0.75)
        ? orgIds
        : [
            referringOrgId,
            ...options.alwaysCoverOrganisationIds,
            ...random.sample(orgIds, random.int(1, Math.min(3, orgIds.length))),
          ],
    );
    for (const id of options.alwaysCoverOrganisationIds) covered.add(id);
    const writers = world.staff.filter((s) => canWrite(s) && covered.has(s.organisationId));
    const demoCase: DemoCase = {
      participantId: 0,
      periodId: 0,
      originKey: origin.key,
      gender,
      birthYear,
      language: origin.language,
      interpreter: origin.language !== null && random.chance(0.35),
      referringOrgId,
      responsibleUserId: null,
      status,
      referredOn,
      decidedOn,
      enrolledOn,
      plannedEndOn,
      extendedTo,
      closedOn,
      closureReason,
      inactive: status === 'enrolled' && random.chance(0.15),
      consent: { signedOn: referredOn, validUntil, withdrawnOn, organisationIds: covered },
      writers,
    };
    // The responsible caseworker is someone the consent covers; some new referrals have none yet.
    const responsible =
      status === 'referred' && random.chance(0.5) ? null : responsibleOrWriter(random, demoCase, referredOn);
    demoCase.responsibleUserId = responsible?.id ?? null;
    cases.push(demoCase);
    people.push({
      firstName,
      lastName,
      personalNumber,
      phone: random.chance(0.7)
        ? `07${random.int(0, 9)}-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`
        : null,
      protectedIdentity: random.chance(0.015),
    });
  }
  return { cases, people };
}

/** Inserts the people, their periods, referrals, events and consents; fills in the cases' ids. */
export function addPeople(world: DemoWorld, options: PeopleOptions): void {
  const { db } = world;
  const { cases, people } = planPeople(world, options);
  const random = partRandom(world.seed, 'people.texts');
  const orgCodes = new Map(world.organisations.map((org) => [org.id, org.code]));
  // Who registered each case: someone the consent covers, on the referral day.
  // Who registered each referral: the generating admin when the consent covers them (so they
  // know of every case, as whoever keeps the queue does), otherwise someone it covers.
  const registrars = cases.map(
    (c) => authorOn(random, c, c.referredOn, (s) => s.id === world.actorUserId)?.id ?? world.actorUserId,
  );

  const participantsBefore = maxId(db, 'participants');
  insertRows(
    db,
    'participants',
    [
      'gender',
      'birth_year',
      'protected_identity',
      'preferred_language',
      'interpreter_needed',
      'interpreter_language',
      'responsible_user_id',
      'referring_organisation_id',
      'referred_on',
      'created_by',
    ],
    cases.map((c, index) => [
      c.gender,
      c.birthYear,
      people[index]?.protectedIdentity ?? false,
      c.language,
      c.interpreter,
      c.interpreter ? c.language : null,
      c.responsibleUserId,
      c.referringOrgId,
      c.referredOn,
      registrars[index] ?? null,
    ]),
  );
  idsAfter(db, 'participants', participantsBefore).forEach((id, index) => {
    const c = cases[index];
    if (c) c.participantId = id;
  });

  // Each demo person has one period (the period's derived status comes from the events).
  const periodsBefore = maxId(db, 'periods');
  insertRows(
    db,
    'periods',
    [
      'participant_id',
      'seq',
      'referring_organisation_id',
      'referred_on',
      'income_source_at_start',
      'income_source_at_start_on',
      'created_by',
    ],
    cases.map((c, index) => [
      c.participantId,
      1,
      c.referringOrgId,
      c.referredOn,
      incomeSources[(index * 7) % incomeSources.length] ?? null,
      c.referredOn,
      registrars[index] ?? null,
    ]),
  );
  idsAfter(db, 'periods', periodsBefore).forEach((id, index) => {
    const c = cases[index];
    if (c) c.periodId = id;
  });

  insertRows(
    db,
    'participant_identities',
    ['participant_id', 'first_name', 'last_name', 'personal_number', 'phone'],
    cases.map((c, index) => [
      c.participantId,
      people[index]?.firstName ?? '',
      people[index]?.lastName ?? '',
      people[index]?.personalNumber ?? null,
      people[index]?.phone ?? null,
    ]),
  );

  const referralsBefore = maxId(db, 'referrals');
  insertRows(
    db,
    'referrals',
    [
      'participant_id',
      'period_id',
      'received_on',
      'organisation_id',
      'caseworker_name',
      'caseworker_phone',
      'caseworker_email',
      'reason',
      'certificates',
      'created_by',
    ],
    cases.map((c, index) => {
      const caseworkerName = random.pick(caseworkerNames);
      return [
        c.participantId,
        c.periodId,
        c.referredOn,
        c.referringOrgId,
        caseworkerName,
        `010-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
        demoEmail(caseworkerName, orgCodes.get(c.referringOrgId) ?? 'org'),
        random.pick(referralReasons),
        JSON.stringify(random.chance(0.6) ? random.sample(certificates, random.int(1, 2)) : []),
        registrars[index] ?? null,
      ];
    }),
  );
  const referralIds = idsAfter(db, 'referrals', referralsBefore);

  type EventRow = [
    participantId: number,
    periodId: number,
    referralId: number | null,
    kind: string,
    onDate: string,
    plannedEndOn: string | null,
    reason: string | null,
    closureReason: string | null,
    intakeCriteria: string | null,
    createdBy: number | null,
  ];
  const events: EventRow[] = [];
  cases.forEach((c, index) => {
    const event = (
      kind: string,
      onDate: string,
      createdBy: number | null,
      extra: {
        plannedEndOn?: string | null;
        reason?: string;
        closureReason?: string | null;
        intake?: string[];
      } = {},
    ) =>
      events.push([
        c.participantId,
        c.periodId,
        referralIds[index] ?? null,
        kind,
        onDate,
        extra.plannedEndOn ?? null,
        extra.reason ?? null,
        extra.closureReason ?? null,
        extra.intake ? JSON.stringify(extra.intake) : null,
        createdBy,
      ]);
    const by = (date: string) => responsibleOrWriter(random, c, date)?.id ?? world.actorUserId;
    event('referred', c.referredOn, registrars[index] ?? null);
    if (c.status === 'declined') {
      const onDate = c.decidedOn ?? c.referredOn;
      event('declined', onDate, by(onDate), { reason: random.pick(declineReasons) });
    }
    if (c.status === 'withdrawn') {
      const onDate = c.decidedOn ?? c.referredOn;
      event('withdrawn', onDate, by(onDate));
    }
    if (c.enrolledOn !== null) {
      event('enrolled', c.enrolledOn, by(c.enrolledOn), {
        plannedEndOn: c.plannedEndOn,
        intake: ['Svenska på minst nivå A1 (GERS/CEFR)', 'Inget pågående missbruk'],
      });
    }
    if (c.extendedTo !== null && c.plannedEndOn !== null) {
      const onDate = addDays(c.plannedEndOn, -14) < world.today ? addDays(c.plannedEndOn, -14) : world.today;
      event('extended', onDate, by(onDate), {
        plannedEndOn: c.extendedTo,
        reason: random.pick(extensionReasons),
      });
    }
    if (c.closedOn !== null) {
      event('closed', c.closedOn, by(c.closedOn), { closureReason: c.closureReason });
    }
  });
  insertRows(
    db,
    'participant_events',
    [
      'participant_id',
      'period_id',
      'referral_id',
      'kind',
      'on_date',
      'planned_end_on',
      'reason',
      'closure_reason',
      'intake_criteria',
      'created_by',
    ],
    events,
  );

  const consentsBefore = maxId(db, 'consents');
  insertRows(
    db,
    'consents',
    ['participant_id', 'signed_on', 'valid_until', 'withdrawn_on', 'covers_sus', 'created_by'],
    cases.map((c, index) => [
      c.participantId,
      c.consent.signedOn,
      c.consent.validUntil,
      c.consent.withdrawnOn,
      random.chance(0.7),
      registrars[index] ?? null,
    ]),
  );
  const consentIds = idsAfter(db, 'consents', consentsBefore);
  insertRows(
    db,
    'consent_organisations',
    ['consent_id', 'organisation_id'],
    cases.flatMap((c, index) =>
      [...c.consent.organisationIds].map((organisationId) => [consentIds[index] ?? 0, organisationId]),
    ),
  );
  world.cases.push(...cases);
}
