import { useMemo } from 'react';
import { isValidConsentState } from '../../../main/domain/consent';
import { useApiQuery } from '../../api/query';

/** Organisations named by a consent that is valid today (the page already holds the participant). */
export function useCoveredOrganisations(participantId: number): ReadonlySet<number> {
  const participant = useApiQuery('participants.get', { participantId });
  return useMemo(
    () =>
      new Set(
        (participant.data?.consents ?? [])
          .filter((consent) => isValidConsentState(consent.state))
          .flatMap((consent) => consent.organisations.map((org) => org.id)),
      ),
    [participant.data],
  );
}
