import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { queryKeyOf, useApiQuery } from '../../api/query';

export function useParticipant(participantId: number) {
  return useApiQuery('participants.get', { participantId });
}

/**
 * After a change the backend returns the updated page: put it in the cache (no second read)
 * and let lists, the queue and the expiring consents refresh.
 */
export function useApplyParticipant(): (detail: ParticipantDetail) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (detail: ParticipantDetail) => {
      client.setQueryData(queryKeyOf('participants.get', { participantId: detail.id }), detail);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['participants.list'] }),
        client.invalidateQueries({ queryKey: queryKeyOf('participants.queue') }),
        client.invalidateQueries({ queryKey: queryKeyOf('consents.expiring') }),
      ]);
    },
    [client],
  );
}

const periodViews: readonly unknown[] = ['participants.get', 'mapping.get', 'plan.get', 'plan.history'];

/**
 * A new period (or two people made one) changes which period the page, the mapping and the
 * plan are about: read them all again, for the current and the earlier periods alike.
 */
export function invalidatePeriodViews(client: QueryClient, participantId: number): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => {
      const [name, input] = query.queryKey;
      return (
        periodViews.includes(name) &&
        typeof input === 'object' &&
        input !== null &&
        (input as { participantId?: unknown }).participantId === participantId
      );
    },
  });
}
