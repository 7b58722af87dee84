/**
 * What a change of the plan changed: the rule behind the plan history on screen (and, later,
 * in printed plan documents). Pure; the words (field labels, formatted values) come from the
 * caller's catalogue.
 */
import type { PlanHistoryEntry } from '../api/plan-mapping-types';

export type PlanHistoryEntity = PlanHistoryEntry['entity'];

/** The fields of each kind of entry, in the order the forms show them. */
export const planHistoryFields = {
  goal: ['goal', 'goalText'],
  subgoal: ['text', 'targetOn', 'status'],
  intervention: [
    'typeCode',
    'providerOrganisationId',
    'responsibleUserId',
    'responsibleName',
    'startOn',
    'endOn',
    'status',
    'note',
  ],
  sip: ['heldOn', 'attendees', 'lifeAreas', 'interventionIds', 'overallResponsible', 'followUpOn'],
} as const satisfies Record<PlanHistoryEntity, readonly string[]>;

export type PlanHistoryField<E extends PlanHistoryEntity = PlanHistoryEntity> =
  (typeof planHistoryFields)[E][number];

/** Fields holding a calendar date. */
export const planHistoryDateFields: ReadonlySet<string> = new Set([
  'targetOn',
  'startOn',
  'endOn',
  'heldOn',
  'followUpOn',
]);

/** Two stored values are the same change-wise: empty is empty (null, missing, ''), else equal JSON. */
export function sameHistoryValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an entry set (a new item: every field with a value) or changed (before differs
 * from after), in form order.
 */
export function changedHistoryFields(
  entry: Pick<PlanHistoryEntry, 'entity' | 'before' | 'after'>,
): PlanHistoryField[] {
  const before = entry.before;
  return planHistoryFields[entry.entity].filter((field) =>
    before === null
      ? !sameHistoryValue(entry.after[field], null)
      : !sameHistoryValue(before[field], entry.after[field]),
  );
}
