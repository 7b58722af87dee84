import { addDays, daysBetween } from '../../api/dates';
import { planGoals } from '../../api/schema-enums';
import { interventionTypes } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import { externalSupervisors, goalTexts, interventionProviders, subgoalTexts } from './casework-texts';
import {
  type DemoCase,
  type DemoStaff,
  type DemoWorld,
  authorOn,
  idsAfter,
  insertRows,
  instantOn,
  lastDayOf,
  maxDate,
  maxId,
  minDate,
  partRandom,
} from './world';

/**
 * The plan part: one shared plan per started case — the goal, two or three reachable
 * sub-goals and parallel interventions from several organisations the consent covers, each
 * with a provider, a responsible person, dates and a status — and the plan history the app
 * keeps for every change (created, then a later status change), as dated events.
 */

/** One change in the plan's history (create when `before` is null). */
interface HistoryRow {
  p: PlannedPlan;
  entity: 'goal' | 'subgoal' | 'intervention';
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  onDate: string;
  statusTo: string;
  userId: number;
  at: string;
}

interface PlannedPlan {
  c: DemoCase;
  goal: (typeof planGoals)[number];
  goalText: string;
  author: DemoStaff;
  createdOn: string;
  updatedOn: string;
  subgoals: {
    text: string;
    targetOn: string;
    status: 'open' | 'achieved' | 'changed' | 'dropped';
    author: DemoStaff;
    createdOn: string;
    changedOn: string | null;
    changedBy: DemoStaff | null;
  }[];
  interventions: {
    typeCode: string;
    providerOrganisationId: number;
    responsibleUserId: number | null;
    responsibleName: string | null;
    startOn: string;
    endOn: string | null;
    status: 'planned' | 'ongoing' | 'paused' | 'finished' | 'cancelled';
    author: DemoStaff;
    createdOn: string;
    changedOn: string | null;
    changedBy: DemoStaff | null;
  }[];
}

export function addPlans(world: DemoWorld): { plans: number; subgoals: number; interventions: number } {
  const random = partRandom(world.seed, 'plan');
  const { db, today } = world;
  const types = db
    .select({ code: interventionTypes.code })
    .from(interventionTypes)
    .where(eq(interventionTypes.active, true))
    .orderBy(interventionTypes.sortOrder)
    .all()
    .map((t) => t.code);
  if (types.length === 0) return { plans: 0, subgoals: 0, interventions: 0 };
  const orgByCode = new Map(world.organisations.map((org) => [org.code, org.id]));

  const planned: PlannedPlan[] = [];
  for (const c of world.cases) {
    if (c.enrolledOn === null) continue;
    const last = lastDayOf(c, today);
    const days = daysBetween(c.enrolledOn, last);
    // The plan follows the mapping: a few weeks in, most cases have one.
    if (days < 14 && random.chance(0.7)) continue;
    const createdOn = minDate(addDays(c.enrolledOn, random.int(7, 21)), last);
    const author = authorOn(random, c, createdOn, (s) => s.id === c.responsibleUserId);
    if (!author) continue;
    const goal = random.pick(planGoals);
    const closed = c.status === 'closed';
    const subgoals: PlannedPlan['subgoals'] = [];
    for (const text of random.sample(subgoalTexts, random.int(2, 3))) {
      const targetOn = addDays(createdOn, random.int(45, 180));
      let status: PlannedPlan['subgoals'][number]['status'] = 'open';
      if (closed) status = random.pick(['achieved', 'achieved', 'changed', 'dropped'] as const);
      else if (targetOn < today) status = random.pick(['achieved', 'achieved', 'open'] as const);
      const changedOn =
        status === 'open' ? null : minDate(maxDate(addDays(createdOn, 14), minDate(targetOn, last)), last);
      const changedBy = changedOn ? authorOn(random, c, changedOn) : null;
      subgoals.push({
        text,
        targetOn,
        status: changedBy ? status : 'open',
        author,
        createdOn,
        changedOn: changedBy ? changedOn : null,
        changedBy,
      });
    }
    // Parallel interventions: different types, each from an organisation the consent covers.
    const interventions: PlannedPlan['interventions'] = [];
    for (const typeCode of random.sample(types, random.int(2, 4))) {
      const candidates = (interventionProviders[typeCode] ?? [])
        .map((code) => orgByCode.get(code))
        .filter((id): id is number => id !== undefined && c.consent.organisationIds.has(id));
      const providerOrganisationId =
        candidates.length > 0 ? random.pick(candidates) : random.pick([...c.consent.organisationIds]);
      let startOn = minDate(addDays(createdOn, random.int(0, 30)), last);
      const provider = c.writers.filter((s) => s.organisationId === providerOrganisationId);
      const external = provider.length === 0 || random.chance(0.25);
      let status: PlannedPlan['interventions'][number]['status'];
      let endOn: string | null = null;
      if (closed) {
        status = random.pick(['finished', 'finished', 'cancelled'] as const);
        endOn = last;
      } else if (startOn > addDays(today, -7)) {
        // Not started yet: it starts in the coming weeks.
        status = 'planned';
        startOn = addDays(today, random.int(3, 21));
      } else {
        status = random.pick(['ongoing', 'ongoing', 'ongoing', 'paused', 'finished'] as const);
        if (status === 'finished') endOn = minDate(addDays(startOn, random.int(30, 90)), today);
      }
      const changedOn =
        status === 'planned' || status === 'ongoing' ? null : (endOn ?? minDate(addDays(startOn, 30), last));
      const changedBy = changedOn ? authorOn(random, c, changedOn) : null;
      interventions.push({
        typeCode,
        providerOrganisationId,
        responsibleUserId: external ? null : random.pick(provider).id,
        responsibleName: external ? random.pick(externalSupervisors) : null,
        startOn,
        endOn,
        status: changedBy || status === 'planned' || status === 'ongoing' ? status : 'ongoing',
        author,
        createdOn,
        changedOn: changedBy ? changedOn : null,
        changedBy,
      });
    }
    const changes = [...subgoals.map((s) => s.changedOn), ...interventions.map((i) => i.changedOn)].filter(
      (d): d is string => d !== null,
    );
    planned.push({
      c,
      goal,
      goalText: random.pick(goalTexts[goal]),
      author,
      createdOn,
      updatedOn: changes.reduce(maxDate, createdOn),
      subgoals,
      interventions,
    });
  }

  insertRows(
    db,
    'plans',
    ['period_id', 'participant_id', 'goal', 'goal_text', 'updated_by', 'created_at', 'updated_at'],
    planned.map((p) => [
      p.c.periodId,
      p.c.participantId,
      p.goal,
      p.goalText,
      p.author.id,
      instantOn(p.createdOn, 13),
      instantOn(p.updatedOn, 13),
    ]),
  );
  const history: HistoryRow[] = [];
  for (const p of planned) {
    history.push({
      p,
      entity: 'goal',
      entityId: p.c.periodId,
      before: null,
      after: { goal: p.goal, goalText: p.goalText },
      onDate: p.createdOn,
      statusTo: p.goal,
      userId: p.author.id,
      at: instantOn(p.createdOn, 13),
    });
  }

  const subgoalRows = planned.flatMap((p) => p.subgoals.map((s) => ({ p, s })));
  const subgoalsBefore = maxId(db, 'plan_subgoals');
  insertRows(
    db,
    'plan_subgoals',
    ['participant_id', 'period_id', 'text', 'target_on', 'status', 'created_by', 'created_at', 'updated_at'],
    subgoalRows.map(({ p, s }) => [
      p.c.participantId,
      p.c.periodId,
      s.text,
      s.targetOn,
      s.status,
      s.author.id,
      instantOn(s.createdOn, 13, 5),
      instantOn(s.changedOn ?? s.createdOn, 13, 5),
    ]),
  );
  const subgoalIds = idsAfter(db, 'plan_subgoals', subgoalsBefore);
  subgoalRows.forEach(({ p, s }, index) => {
    const entityId = subgoalIds[index] ?? 0;
    const created = { text: s.text, targetOn: s.targetOn, status: 'open' };
    history.push({
      p,
      entity: 'subgoal',
      entityId,
      before: null,
      after: created,
      onDate: s.createdOn,
      statusTo: 'open',
      userId: s.author.id,
      at: instantOn(s.createdOn, 13, 5),
    });
    if (s.changedOn && s.changedBy) {
      history.push({
        p,
        entity: 'subgoal',
        entityId,
        before: created,
        after: { ...created, status: s.status },
        onDate: s.changedOn,
        statusTo: s.status,
        userId: s.changedBy.id,
        at: instantOn(s.changedOn, 14),
      });
    }
  });

  const interventionRows = planned.flatMap((p) => p.interventions.map((i) => ({ p, i })));
  const interventionsBefore = maxId(db, 'plan_interventions');
  insertRows(
    db,
    'plan_interventions',
    [
      'participant_id',
      'period_id',
      'type_code',
      'provider_organisation_id',
      'responsible_user_id',
      'responsible_name',
      'start_on',
      'end_on',
      'status',
      'note',
      'created_by',
      'created_at',
      'updated_at',
    ],
    interventionRows.map(({ p, i }) => [
      p.c.participantId,
      p.c.periodId,
      i.typeCode,
      i.providerOrganisationId,
      i.responsibleUserId,
      i.responsibleName,
      i.startOn,
      i.endOn,
      i.status,
      null,
      i.author.id,
      instantOn(i.createdOn, 13, 10),
      instantOn(i.changedOn ?? i.createdOn, 13, 10),
    ]),
  );
  const interventionIds = idsAfter(db, 'plan_interventions', interventionsBefore);
  interventionRows.forEach(({ p, i }, index) => {
    const entityId = interventionIds[index] ?? 0;
    // The snapshot the app keeps: the intervention's fields as entered.
    const initialStatus = i.status === 'planned' ? 'planned' : 'ongoing';
    const created = {
      typeCode: i.typeCode,
      providerOrganisationId: i.providerOrganisationId,
      responsibleUserId: i.responsibleUserId,
      responsibleName: i.responsibleName,
      startOn: i.startOn,
      endOn: null,
      status: initialStatus,
      note: null,
    };
    history.push({
      p,
      entity: 'intervention',
      entityId,
      before: null,
      after: created,
      onDate: i.createdOn,
      statusTo: initialStatus,
      userId: i.author.id,
      at: instantOn(i.createdOn, 13, 10),
    });
    if (i.changedOn && i.changedBy && i.status !== initialStatus) {
      history.push({
        p,
        entity: 'intervention',
        entityId,
        before: created,
        after: { ...created, endOn: i.endOn, status: i.status },
        onDate: i.changedOn,
        statusTo: i.status,
        userId: i.changedBy.id,
        at: instantOn(i.changedOn, 14, 10),
      });
    }
  });
  insertRows(
    db,
    'plan_history',
    [
      'participant_id',
      'period_id',
      'entity',
      'entity_id',
      'change',
      'before',
      'after',
      'on_date',
      'status_to',
      'user_id',
      'at',
    ],
    history.map((h) => [
      h.p.c.participantId,
      h.p.c.periodId,
      h.entity,
      h.entityId,
      h.before === null ? 'create' : 'update',
      h.before === null ? null : JSON.stringify(h.before),
      JSON.stringify(h.after),
      h.onDate,
      h.statusTo,
      h.userId,
      h.at,
    ]),
  );
  return { plans: planned.length, subgoals: subgoalRows.length, interventions: interventionRows.length };
}
