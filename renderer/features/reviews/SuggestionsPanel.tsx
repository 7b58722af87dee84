import { useState } from 'react';
import type { MeetingDto, MeetingReason } from '../../../main/api/review-types';
import { useApiQuery } from '../../api/query';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { GeneralItemForm } from './GeneralItemForm';
import { ParticipantSearch } from './ParticipantSearch';
import { SuggestionGroup } from './SuggestionGroup';
import { SuggestionRow } from './SuggestionRow';
import { useMeetingChange } from './useMeetingChange';

/**
 * The shortlist that fits the meeting's free time (requests first, then what cannot wait, then
 * routine), the other cases one click away grouped by their strongest reason, any other
 * participant by search, and a general item. The backend never sends every candidate.
 */
export function SuggestionsPanel({ meeting }: { meeting: MeetingDto }) {
  const { t } = useT();
  const shortlist = useApiQuery('meetings.suggest', { meetingId: meeting.id });
  const change = useMeetingChange(meeting.id);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [openGroups, setOpenGroups] = useState<MeetingReason[]>([]);
  const page = shortlist.data;
  const minutes = page?.itemMinutes ?? 10;
  // A case found by search that is also on the shortlist keeps its reasons.
  const suggestedReasons = (participantId: number): MeetingReason[] =>
    page?.items.find((s) => s.participant.id === participantId)?.reasons.map((r) => r.code) ?? [];

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
  const toggle = (reason: MeetingReason) =>
    setOpenGroups((open) => (open.includes(reason) ? open.filter((r) => r !== reason) : [...open, reason]));

  return (
    <section className="rv-panel rv-suggestions" aria-labelledby="rv-suggestions-heading">
      <h2 id="rv-suggestions-heading">{t('reviews.suggestions.title')}</h2>
      <StatusMessage message={notice} />
      <FormAlert message={error} />
      <QueryState query={shortlist}>
        {(data) => (
          <>
            <p className="muted rv-tight">
              {t('reviews.suggestions.lead', { free: data.freeMinutes, minutes: data.itemMinutes })}
            </p>
            {data.total === 0 ? (
              <p className="rv-empty">{t('reviews.suggestions.empty')}</p>
            ) : data.items.length === 0 ? (
              <p className="rv-empty">{t('reviews.suggestions.full')}</p>
            ) : (
              <ol className="rv-suggestion-list" aria-label={t('reviews.suggestions.shortlist')}>
                {data.items.map((suggestion) => (
                  <SuggestionRow key={suggestion.participant.id} suggestion={suggestion} onAdd={add} />
                ))}
              </ol>
            )}
            {data.groups.length > 0 ? (
              <div className="rv-suggestion-groups">
                <h3 className="rv-subheading">
                  {t('reviews.suggestions.others', { n: data.groups.reduce((sum, g) => sum + g.total, 0) })}
                </h3>
                {data.groups.map((group) => (
                  <SuggestionGroup
                    key={group.reason}
                    meetingId={meeting.id}
                    reason={group.reason}
                    total={group.total}
                    open={openGroups.includes(group.reason)}
                    onToggle={() => toggle(group.reason)}
                    onAdd={add}
                  />
                ))}
              </div>
            ) : null}
          </>
        )}
      </QueryState>
      <ParticipantSearch meeting={meeting} onAdd={(id, label) => add(id, label, suggestedReasons(id))} />
      <GeneralItemForm meetingId={meeting.id} minutes={minutes} onAdded={setNotice} />
    </section>
  );
}
