import { describe, expect, it } from 'vitest';
import { reasonHasValue } from '../../main/domain/agenda';
import { changedHistoryFields, sameHistoryValue } from '../../main/domain/plan-history';

describe('domain: what a plan change changed', () => {
  it('a new item lists every field with a value, in form order; a change lists what differs', () => {
    expect(
      changedHistoryFields({
        entity: 'intervention',
        before: null,
        after: { status: 'planned', typeCode: 'work_training', startOn: '2026-01-05', note: '', endOn: null },
      }),
    ).toEqual(['typeCode', 'startOn', 'status']);
    expect(
      changedHistoryFields({
        entity: 'subgoal',
        before: { text: 'Klara kurs C', targetOn: '2026-03-01', status: 'open' },
        after: { text: 'Klara kurs C', targetOn: '2026-04-01', status: 'achieved' },
      }),
    ).toEqual(['targetOn', 'status']);
    // Empty is empty: clearing a note that was never written is no change.
    expect(sameHistoryValue(null, '')).toBe(true);
    expect(sameHistoryValue(undefined, null)).toBe(true);
    expect(sameHistoryValue([1, 2], [1, 2])).toBe(true);
    expect(sameHistoryValue([1, 2], [2, 1])).toBe(false);
  });

  it('reasons with a number are the ones whose text says it', () => {
    expect(reasonHasValue('overdue_actions')).toBe(true);
    expect(reasonHasValue('new_referral')).toBe(true);
    expect(reasonHasValue('requested')).toBe(false);
  });
});
