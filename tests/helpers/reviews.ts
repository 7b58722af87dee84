import type { Output } from '../../main/api/contract';
import { todayIso } from '../../main/api/dates';
import type { SuggestionDto } from '../../main/api/review-types';
import type { Client } from './backend';

/**
 * Every suggested case for a meeting, in rank order: the shortlist and then each group's pages
 * followed by their cursors (asserting on the way that no case shows twice).
 */
export async function allSuggestions(client: Client, meetingId: number): Promise<SuggestionDto[]> {
  const shortlist = await client.call('meetings.suggest', { meetingId });
  const all = [...shortlist.items];
  for (const { reason, total } of shortlist.groups) {
    let cursor: string | null = null;
    let seen = 0;
    do {
      const page: Output<'meetings.suggest'> = await client.call('meetings.suggest', {
        meetingId,
        group: reason,
        cursor,
        limit: 7,
      });
      seen += page.items.length;
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    if (seen !== total) throw new Error(`group ${reason}: ${seen} cases paged, ${total} counted`);
  }
  const ids = all.map((s) => s.participant.id);
  if (new Set(ids).size !== ids.length) throw new Error('a case was suggested twice');
  if (all.length !== shortlist.total)
    throw new Error(`${all.length} cases paged, ${shortlist.total} counted`);
  return all.sort((a, b) => a.rank - b.rank);
}

/** A planned 60-minute meeting today, nobody invited yet: its id. */
export async function meetingToday(client: Client): Promise<number> {
  const created = await client.call('meetings.create', {
    seriesId: null,
    date: todayIso(),
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum Samverkan',
    attendeeUserIds: [],
  });
  return created.id;
}
