import type { Input } from '../../../main/api/contract';
import { firstListView } from '../../../main/api/list-view';
import type { ParticipantStatus } from '../../../main/api/participant-types';

export type ListSort = Input<'participants.list'>['sort'];

export interface ListFilterValues {
  search: string;
  statuses: ParticipantStatus[];
  organisationId: number | null;
  responsibleUserId: number | null;
}

export interface ListSortValue {
  sort: ListSort;
  direction: 'asc' | 'desc';
}

export const emptyFilters: ListFilterValues = {
  search: '',
  statuses: [],
  organisationId: null,
  responsibleUserId: null,
};

/** The list's first view (main/api/list-view.ts): people in the programme, longest without activity first. */
export const defaultFilters: ListFilterValues = { ...emptyFilters, statuses: [...firstListView.statuses] };
export const defaultSort: ListSortValue = { sort: firstListView.sort, direction: firstListView.direction };

export const PAGE_SIZE = firstListView.limit;
