import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { queryKeyOf, useApiQuery } from '../../api/query';

/**
 * The plan of the current period (periodId null), or of an earlier one. The current period
 * keeps the key every change updates (useApplyPlan).
 */
export function usePlan(participantId: number, periodId: number | null = null) {
  return useApiQuery('plan.get', periodId === null ? { participantId } : { participantId, periodId });
}

/**
 * Every plan change returns the updated plan: put it in the cache (no second read) and let the
 * history be read again the next time it is opened.
 */
export function useApplyPlan(): (plan: PlanDto) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (plan: PlanDto) => {
      const participantId = plan.participantId;
      client.setQueryData(queryKeyOf('plan.get', { participantId }), plan);
      await client.invalidateQueries({ queryKey: queryKeyOf('plan.history', { participantId }) });
    },
    [client],
  );
}
