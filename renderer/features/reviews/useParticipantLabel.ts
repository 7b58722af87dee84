import { useCallback } from 'react';
import type { AgendaParticipant } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';

export type LabelStyle = 'name' | 'initials';

/**
 * How a participant is written in the review: the name (or the initials on paper and in
 * presentation mode), and the pseudonym whenever the caller may not see the identity.
 */
export function useParticipantLabel(): (participant: AgendaParticipant | null, style?: LabelStyle) => string {
  const { t } = useT();
  return useCallback(
    (participant, style = 'name') => {
      if (!participant) return t('reviews.participantUnknown');
      const text = style === 'name' ? participant.name : participant.initials;
      return text ?? t('participant.pseudonym', { code: participant.code });
    },
    [t],
  );
}
