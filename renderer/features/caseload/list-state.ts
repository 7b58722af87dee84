import type { Input } from '../../../main/api/contract';
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

/** The list's first view: people in the programme, longest without activity first. */
export const defaultFilters: ListFilterValues = { ...emptyFilters, statuses: ['enrolled'] };
export const defaultSort: ListSortValue = { sort: 'lastActivityOn', direction: 'asc' };

export const PAGE_SIZE = 100;
