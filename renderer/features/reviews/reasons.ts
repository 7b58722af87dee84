import { useCallback } from 'react';
import type { MeetingReason, SuggestionReason } from '../../../main/api/review-types';
import type { UiKey } from '../../i18n/sv';
import { useT } from '../../i18n/useT';

/** The chip text of a reason with its number ("Ny anvisning – väntat 12 dagar"). */
function keyWithValue(code: MeetingReason, value: number): UiKey | null {
  const one = value === 1;
  switch (code) {
    case 'new_referral':
      return one ? 'reviews.reasonValue.new_referral.one' : 'reviews.reasonValue.new_referral';
    case 'inactive':
      return one ? 'reviews.reasonValue.inactive.one' : 'reviews.reasonValue.inactive';
    case 'planned_end_near':
      return one ? 'reviews.reasonValue.planned_end_near.one' : 'reviews.reasonValue.planned_end_near';
    case 'overdue_actions':
      return one ? 'reviews.reasonValue.overdue_actions.one' : 'reviews.reasonValue.overdue_actions';
    case 'consent_expiring':
      return one ? 'reviews.reasonValue.consent_expiring.one' : 'reviews.reasonValue.consent_expiring';
    case 'not_discussed':
      return one ? 'reviews.reasonValue.not_discussed.one' : 'reviews.reasonValue.not_discussed';
    default:
      return null;
  }
}

/** Readable reasons: with their number on suggestions, as plain labels on the agenda. */
export function useReasonText(): (reason: SuggestionReason | MeetingReason) => string {
  const { t } = useT();
  return useCallback(
    (reason) => {
      if (typeof reason === 'string') return t(`reviews.reason.${reason}`);
      if (reason.code === 'not_discussed' && reason.value === null) return t('reviews.reason.neverDiscussed');
      const key = reason.value === null ? null : keyWithValue(reason.code, reason.value);
      return key ? t(key, { n: reason.value ?? 0 }) : t(`reviews.reason.${reason.code}`);
    },
    [t],
  );
}
