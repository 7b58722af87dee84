import { useInfiniteQuery } from '@tanstack/react-query';
import type { ParticipantListResult } from '../../../main/api/participant-types';
import { type ApiCallError, callOrThrow } from '../../api/query';
import { type ListFilterValues, type ListSortValue, PAGE_SIZE } from './list-state';

/** Pages of the participant list, fetched as the user scrolls; filtering happens in SQL. */
export function useParticipantPages(filters: ListFilterValues, sort: ListSortValue) {
  return useInfiniteQuery<ParticipantListResult, ApiCallError>({
    queryKey: ['participants.list', 'pages', filters, sort],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      callOrThrow('participants.list', {
        ...filters,
        ...sort,
        offset: typeof pageParam === 'number' ? pageParam : 0,
        limit: PAGE_SIZE,
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.length * PAGE_SIZE;
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: (previous) => previous,
  });
}
