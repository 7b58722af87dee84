import { type QueryClient, infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ParticipantListResult } from '../../../main/api/participant-types';
import { type ApiCallError, callOrThrow } from '../../api/query';
import {
  type ListFilterValues,
  type ListSortValue,
  PAGE_SIZE,
  defaultFilters,
  defaultSort,
} from './list-state';

/** Pages of the participant list with these filters, as one infinite query. */
function participantPages(filters: ListFilterValues, sort: ListSortValue) {
  return infiniteQueryOptions<ParticipantListResult, ApiCallError>({
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
  });
}

/** Pages of the participant list, fetched as the user scrolls; filtering happens in SQL. */
export function useParticipantPages(filters: ListFilterValues, sort: ListSortValue) {
  return useInfiniteQuery({
    ...participantPages(filters, sort),
    placeholderData: (previous) => previous,
  });
}

/**
 * The list's first page in its first view, fetched as soon as the session exists (before the
 * shell has rendered), so the first screen's rows do not wait for the screen to ask for them.
 */
export function prefetchFirstPage(client: QueryClient): Promise<void> {
  return client.prefetchInfiniteQuery(participantPages(defaultFilters, defaultSort));
}
