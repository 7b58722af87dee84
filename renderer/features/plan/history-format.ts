import type { PlanHistoryEntry } from '../../../main/api/plan-mapping-types';
import {
  interventionStatuses,
  planGoals,
  sipAttendeeRoles,
  subgoalStatuses,
} from '../../../main/api/schema-enums';
import {
  type PlanHistoryField,
  changedHistoryFields,
  planHistoryDateFields,
} from '../../../main/domain/plan-history';
import type { UiKey } from '../../i18n/sv';
import type { TranslateParams } from '../../i18n/translate';

type Entity = PlanHistoryEntry['entity'];

/** The form label of each field of the plan history (the fields and their order: main/domain). */
const historyLabels: Record<PlanHistoryField, UiKey> = {
  goal: 'plan.goal.kind',
  goalText: 'plan.goal.text',
  text: 'plan.subgoal.text',
  targetOn: 'plan.subgoal.targetOn',
  typeCode: 'plan.intervention.type',
  providerOrganisationId: 'plan.intervention.provider',
  responsibleUserId: 'plan.intervention.responsibleUser',
  responsibleName: 'plan.intervention.responsibleName',
  startOn: 'plan.intervention.startOn',
  endOn: 'plan.intervention.endOn',
  status: 'plan.intervention.status',
  note: 'plan.intervention.note',
  heldOn: 'plan.sip.heldOn',
  attendees: 'plan.sip.attendees',
  lifeAreas: 'plan.sip.lifeAreas',
  interventionIds: 'plan.sip.interventions',
  overallResponsible: 'plan.sip.overallResponsible',
  followUpOn: 'plan.sip.followUpOn',
};

/** A sub-goal's status has its own label. */
function labelOf(entity: Entity, field: PlanHistoryField): UiKey {
  return entity === 'subgoal' && field === 'status' ? 'plan.subgoal.status' : historyLabels[field];
}

/** What the formatter needs to turn stored ids and codes into words. */
export interface HistoryLookups {
  t: (key: UiKey, params?: TranslateParams) => string;
  shortDate: (date: string | null) => string;
  organisationName: (id: number) => string | undefined;
  memberName: (id: number) => string | undefined;
  typeLabel: (code: string) => string;
  interventionLabel: (id: number) => string | undefined;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** One stored value in readable words (never raw JSON); lists come one item per line. */
export function formatHistoryValue(
  entity: Entity,
  field: string,
  value: unknown,
  look: HistoryLookups,
): string {
  const { t } = look;
  const none = t('common.none');
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value) && value.length === 0) return none;
  if (planHistoryDateFields.has(field)) return look.shortDate(text(value));
  if (field === 'goal' && oneOf(planGoals, value)) return t(`plan.goalKind.${value}`);
  if (field === 'status' && entity === 'subgoal' && oneOf(subgoalStatuses, value)) {
    return t(`plan.subgoalStatus.${value}`);
  }
  if (field === 'status' && oneOf(interventionStatuses, value)) return t(`plan.interventionStatus.${value}`);
  if (field === 'typeCode') return look.typeLabel(text(value));
  if (field === 'providerOrganisationId') {
    return look.organisationName(Number(value)) ?? t('plan.history.unknownOrganisation');
  }
  if (field === 'responsibleUserId') return look.memberName(Number(value)) ?? t('plan.history.formerMember');
  if (field === 'attendees') {
    return list(value)
      .filter(isRecord)
      .map((a) =>
        t('plan.history.attendee', {
          name: text(a.name),
          // Staff by organisation; the participant, a relative or an interpreter by who they are.
          organisation:
            a.organisationId === null || a.organisationId === undefined
              ? t(`sipRole.${oneOf(sipAttendeeRoles, a.role) ? a.role : 'other'}`)
              : (look.organisationName(Number(a.organisationId)) ?? t('plan.history.unknownOrganisation')),
        }),
      )
      .join('\n');
  }
  if (field === 'lifeAreas') {
    return list(value)
      .filter(isRecord)
      .map((a) =>
        t('plan.history.lifeArea', { area: text(a.area), responsibilities: text(a.responsibilities) }),
      )
      .join('\n');
  }
  if (field === 'interventionIds') {
    return list(value)
      .map((id) => look.interventionLabel(Number(id)) ?? t('plan.history.unknownIntervention'))
      .join('\n');
  }
  return text(value);
}

/** The fields an entry set (a new item) or changed (before → after), in form order. */
export function historyChanges(entry: PlanHistoryEntry, look: HistoryLookups): FieldChange[] {
  const before = entry.before;
  return changedHistoryFields(entry).map((field) => ({
    field,
    label: look.t(labelOf(entry.entity, field)),
    before: before === null ? null : formatHistoryValue(entry.entity, field, before[field], look),
    after: formatHistoryValue(entry.entity, field, entry.after[field], look),
  }));
}
