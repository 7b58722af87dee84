import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Output } from '../../../main/api/contract';
import type { MeetingDto, MeetingReason } from '../../../main/api/review-types';
import { type ApiCallError, callOrThrow, queryKeyOf, useApiQuery } from '../../api/query';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { GeneralItemForm } from './GeneralItemForm';
import { ParticipantSearch } from './ParticipantSearch';
import { SuggestionRow } from './SuggestionRow';
import { useMeetingChange } from './useMeetingChange';

const PAGE = 12;

/**
 * Ranked suggestions with their reasons, a page at a time (the backend never sends every
 * candidate), any other participant by search, and a general item.
 */
export function SuggestionsPanel({ meeting }: { meeting: MeetingDto }) {
  const { t } = useT();
  const suggestions = useInfiniteQuery<Output<'meetings.suggest'>, ApiCallError>({
    // Keyed under the procedure's name, so invalidating 'meetings.suggest' refreshes every page.
    queryKey: [...queryKeyOf('meetings.suggest'), { meetingId: meeting.id, limit: PAGE }],
    queryFn: ({ pageParam }) =>
      callOrThrow('meetings.suggest', { meetingId: meeting.id, offset: Number(pageParam), limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset,
  });
  const settings = useApiQuery('reviews.settings', {});
  const change = useMeetingChange(meeting.id);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const minutes = settings.data?.defaultItemMinutes ?? 10;
  const loaded = suggestions.data?.pages.flatMap((page) => page.items) ?? [];
  const total = suggestions.data?.pages[0]?.total ?? 0;
  // A case found by search that is also among the loaded suggestions keeps its reasons.
  const suggestedReasons = (participantId: number): MeetingReason[] =>
    loaded.find((s) => s.participant.id === participantId)?.reasons.map((r) => r.code) ?? [];

  const add = async (participantId: number, label: string, reasons: MeetingReason[]) => {
    setNotice(undefined);
    const failure = await change('agenda.addItem', {
      meetingId: meeting.id,
      participantId,
      title: null,
      minutes,
      reasons,
    });
    setError(failure?.message);
    if (!failure) setNotice(t('reviews.agenda.added', { name: label }));
    return failure === null;
  };

  return (
    <section className="rv-panel rv-suggestions" aria-labelledby="rv-suggestions-heading">
      <h2 id="rv-suggestions-heading">{t('reviews.suggestions.title')}</h2>
      <p className="muted rv-tight">{t('reviews.suggestions.lead', { minutes })}</p>
      <StatusMessage message={notice} />
      <FormAlert message={error} />
      <QueryState query={suggestions}>
        {() =>
          loaded.length === 0 ? (
            <p className="rv-empty">{t('reviews.suggestions.empty')}</p>
          ) : (
            <>
              <ol className="rv-suggestion-list">
                {loaded.map((suggestion) => (
                  <SuggestionRow key={suggestion.participant.id} suggestion={suggestion} onAdd={add} />
                ))}
              </ol>
              {suggestions.hasNextPage ? (
                <button
                  type="button"
                  className="button button-link"
                  disabled={suggestions.isFetchingNextPage}
                  onClick={() => void suggestions.fetchNextPage()}
                >
                  {t('reviews.suggestions.more', { count: total - loaded.length })}
                </button>
              ) : null}
            </>
          )
        }
      </QueryState>
      <ParticipantSearch meeting={meeting} onAdd={(id, label) => add(id, label, suggestedReasons(id))} />
      <GeneralItemForm meetingId={meeting.id} minutes={minutes} onAdded={setNotice} />
    </section>
  );
}
