import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input, Output, ProcedureName } from '../../../main/api/contract';
import type { ApiError } from '../../../main/api/errors';
import type { MeetingDto } from '../../../main/api/review-types';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';

/** The procedures that change a meeting and answer with the whole meeting. */
export type MeetingChange = {
  [N in ProcedureName]: Output<N> extends MeetingDto ? N : never;
}[ProcedureName];

/**
 * Runs one change of a meeting and puts the answer in the cache, so the agenda, the meeting
 * screen and the list show it at once. Resolves to the error value, or null when it worked.
 */
export function useMeetingChange(
  meetingId: number,
): <N extends MeetingChange>(name: N, input: Input<N>) => Promise<ApiError | null> {
  const client = useQueryClient();
  return useCallback(
    async (name, input) => {
      const result = await call(name, input);
      if (!result.ok) return result.error;
      const meeting: MeetingDto = result.value;
      client.setQueryData(queryKeyOf('meetings.get', { meetingId }), meeting);
      void client.invalidateQueries({ queryKey: queryKeyOf('meetings.list') });
      void client.invalidateQueries({ queryKey: queryKeyOf('meetings.suggest') });
      return null;
    },
    [client, meetingId],
  );
}
