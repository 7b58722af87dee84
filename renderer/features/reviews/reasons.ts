import { useCallback } from 'react';
import type { MeetingReason, SuggestionReason } from '../../../main/api/review-types';
import { reasonHasValue } from '../../../main/domain/agenda';
import { useT } from '../../i18n/useT';

/** Readable reasons: with their number on suggestions, as plain labels on the agenda. */
export function useReasonText(): (reason: SuggestionReason | MeetingReason) => string {
  const { t } = useT();
  return useCallback(
    (reason) => {
      if (typeof reason === 'string') return t(`reviews.reason.${reason}`);
      if (reason.code === 'not_discussed' && reason.value === null) return t('reviews.reason.neverDiscussed');
      if (reason.value !== null && reasonHasValue(reason.code)) {
        return t(`reviews.reasonValue.${reason.code}`, { n: reason.value });
      }
      return t(`reviews.reason.${reason.code}`);
    },
    [t],
  );
}
