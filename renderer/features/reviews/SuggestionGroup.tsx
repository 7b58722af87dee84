import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Output } from '../../../main/api/contract';
import type { MeetingReason } from '../../../main/api/review-types';
import { type ApiCallError, callOrThrow, queryKeyOf } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { SuggestionRow } from './SuggestionRow';

const PAGE = 10;

interface Props {
  meetingId: number;
  reason: MeetingReason;
  total: number;
  open: boolean;
  onToggle: () => void;
  onAdd: (participantId: number, label: string, reasons: MeetingReason[]) => Promise<boolean>;
}

/** The cases whose strongest reason is `reason`, outside the shortlist: loaded when opened. */
export function SuggestionGroup({ meetingId, reason, total, open, onToggle, onAdd }: Props) {
  const { t } = useT();
  const listId = useId();
  const pages = useInfiniteQuery<Output<'meetings.suggest'>, ApiCallError>({
    // Keyed under the procedure's name, so invalidating 'meetings.suggest' refreshes every page.
    queryKey: [...queryKeyOf('meetings.suggest'), { meetingId, group: reason, limit: PAGE }],
    queryFn: ({ pageParam }) =>
      callOrThrow('meetings.suggest', {
        meetingId,
        group: reason,
        cursor: pageParam as string | null,
        limit: PAGE,
      }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: open,
  });
  const loaded = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="rv-suggestion-group">
      <button
        type="button"
        className="rv-group-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={onToggle}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t(`reviews.reason.${reason}`)}{' '}
        <span className="muted">({total})</span>
      </button>
      {open ? (
        <div id={listId}>
          <QueryState query={pages}>
            {() => (
              <>
                <ol className="rv-suggestion-list">
                  {loaded.map((suggestion) => (
                    <SuggestionRow key={suggestion.participant.id} suggestion={suggestion} onAdd={onAdd} />
                  ))}
                </ol>
                {pages.hasNextPage ? (
                  <button
                    type="button"
                    className="button button-link"
                    disabled={pages.isFetchingNextPage}
                    onClick={() => void pages.fetchNextPage()}
                  >
                    {t('reviews.suggestions.more', { count: total - loaded.length })}
                  </button>
                ) : null}
              </>
            )}
          </QueryState>
        </div>
      ) : null}
    </div>
  );
}
