import { useCallback } from 'react';
import type { AgendaItemDto } from '../../../main/api/review-types';
import { useParticipantLabel } from './useParticipantLabel';

/**
 * An item's title on the meeting screen: a general item's subject, or the participant in the
 * one name form of the mode (initials in presentation mode, else the name). The item heading,
 * the agenda beside it, the summary card and the announcements all use it.
 */
export function useItemTitle(): (item: AgendaItemDto, presentation: boolean) => string {
  const label = useParticipantLabel();
  return useCallback(
    (item, presentation) => item.title ?? label(item.participant, presentation ? 'initials' : 'name'),
    [label],
  );
}
