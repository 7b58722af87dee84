import { useCallback } from 'react';
import type { AgendaParticipant } from '../../../main/api/review-types';
import { type LabelStyle, participantLabel } from '../../../main/domain/people';
import { useT } from '../../i18n/useT';

export type { LabelStyle };

/**
 * How a participant is written in the review: the name (or the initials on paper and in
 * presentation mode), and the pseudonym whenever the caller may not see the identity
 * (the rule is main/domain/people.ts).
 */
export function useParticipantLabel(): (participant: AgendaParticipant | null, style?: LabelStyle) => string {
  const { t } = useT();
  return useCallback(
    (participant, style = 'name') =>
      participantLabel(participant, style, {
        pseudonym: (code) => t('participant.pseudonym', { code }),
        unknown: t('reviews.participantUnknown'),
      }),
    [t],
  );
}
