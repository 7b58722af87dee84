import { useState } from 'react';
import { todayIso } from '../../../main/api/dates';
import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { ActionItem } from './ActionItem';
import { useMeetingAnnounce } from './meeting-announcer';

interface Props {
  participantId: number;
  meetingId: number;
  editable: boolean;
  presentation: boolean;
}

/**
 * The case's open actions, each followed up in the meeting. Actions closed today stay in the
 * list with their outcome, so the team sees what it just decided.
 */
export function OpenActionsReview({ participantId, meetingId, editable, presentation }: Props) {
  const { t } = useT();
  const actions = useApiQuery('actions.list', { scope: 'participant', participantId });
  const announce = useMeetingAnnounce();
  const [notice, setNotice] = useState<string | undefined>();
  const reviewed = (what: string) => {
    const text = t('reviews.actions.reviewed', { what });
    if (announce) announce(text);
    else setNotice(text);
  };
  const today = todayIso();
  return (
    <section className="rv-card rv-open-actions" aria-labelledby="rv-open-actions">
      <h3 id="rv-open-actions">{t('reviews.actions.ofCase')}</h3>
      {announce ? null : <StatusMessage message={notice} />}
      <QueryState query={actions}>
        {(list) => {
          const shown = list.filter((a) => a.status === 'open' || a.closedOn === today);
          return shown.length === 0 ? (
            <p className="rv-empty">{t('reviews.actions.noneOpen')}</p>
          ) : (
            <ul className="rv-action-list">
              {shown.map((action) => (
                <ActionItem
                  key={action.id}
                  action={action}
                  meetingId={meetingId}
                  editable={editable}
                  labelStyle={presentation ? 'initials' : 'name'}
                  newInMeeting={action.meetingId === meetingId && action.reviews.length === 0}
                  onReviewed={(updated) => reviewed(updated.what)}
                />
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}
