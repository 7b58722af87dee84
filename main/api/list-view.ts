import type { ParticipantStatus } from './participant-types';

/**
 * The participant list's first view, the one every login lands on: people in the programme,
 * longest without activity first, a page of 100. The renderer starts there
 * (renderer/features/caseload/list-state.ts) and a login reads exactly its pages into the cache
 * (warmFirstScreen in main/services/participants/list.ts). No schema here: the renderer's first
 * chunk imports it.
 */
export const firstListView = {
  search: '',
  statuses: ['enrolled'] as ParticipantStatus[],
  organisationId: null,
  responsibleUserId: null,
  sort: 'lastActivityOn',
  direction: 'asc',
  offset: 0,
  limit: 100,
} as const;

/**
 * The count beside the queue's tab: the list's waiting cases (the same rows as the queue:
 * referred, readable or known to exist), no rows, the total only. A login counts it too.
 */
export const queueCountView = {
  ...firstListView,
  statuses: ['referred'] as ParticipantStatus[],
  limit: 0,
} as const;
