import { useState } from 'react';
import type { MeetingDto, MeetingReason } from '../../../main/api/review-types';
import { useApiQuery } from '../../api/query';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { GeneralItemForm } from './GeneralItemForm';
import { ParticipantSearch } from './ParticipantSearch';
import { SuggestionRow } from './SuggestionRow';
import { useMeetingChange } from './useMeetingChange';

const PAGE = 12;

/** Ranked suggestions with their reasons, any other participant by search, and a general item. */
export function SuggestionsPanel({ meeting }: { meeting: MeetingDto }) {
  const { t } = useT();
  const suggestions = useApiQuery('meetings.suggest', { meetingId: meeting.id });
  const settings = useApiQuery('reviews.settings', {});
  const change = useMeetingChange(meeting.id);
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const minutes = settings.data?.defaultItemMinutes ?? 10;
  // A case found by search that is also suggested keeps its reasons on the agenda.
  const suggestedReasons = (participantId: number): MeetingReason[] =>
    suggestions.data?.find((s) => s.participant.id === participantId)?.reasons.map((r) => r.code) ?? [];

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
        {(list) =>
          list.length === 0 ? (
            <p className="rv-empty">{t('reviews.suggestions.empty')}</p>
          ) : (
            <>
              <ol className="rv-suggestion-list">
                {list.slice(0, shown).map((suggestion) => (
                  <SuggestionRow key={suggestion.participant.id} suggestion={suggestion} onAdd={add} />
                ))}
              </ol>
              {list.length > shown ? (
                <button type="button" className="button button-link" onClick={() => setShown(shown + PAGE)}>
                  {t('reviews.suggestions.more', { count: list.length - shown })}
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
