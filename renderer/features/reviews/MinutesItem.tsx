import type { ActionDto, AgendaItemDto, AttendeeDto, MeetingNoteDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { MinutesActionsTable } from './MinutesActionsTable';
import { RequestNotes } from './RequestNotes';
import { isRedacted } from './room';
import { type LabelStyle, useParticipantLabel } from './useParticipantLabel';

interface Props {
  number: number;
  item: AgendaItemDto;
  meetingId: number;
  attendees: readonly AttendeeDto[];
  nameStyle: LabelStyle;
  decisions: MeetingNoteDto[];
  notes: MeetingNoteDto[];
  actions: ActionDto[];
  reviewedActions: ActionDto[];
}

/**
 * One case in the minutes: its reference and, by the reader's choice, initials or full name;
 * the requests it took up, who left the room, decisions, notes, new actions and the outcomes
 * of the actions followed up. A case the reader may not read: its pseudonym and why.
 */
export function MinutesItem(props: Props) {
  const { number, item, meetingId, attendees, nameStyle, decisions, notes, actions, reviewedActions } = props;
  const { t } = useT();
  const label = useParticipantLabel();
  const leftRoom = attendees.filter((a) => item.absentUserIds.includes(a.userId));
  const title =
    item.title ??
    (item.participant && item.participant.name !== null
      ? `${item.participant.code} · ${label(item.participant, nameStyle)}`
      : label(item.participant, nameStyle));
  return (
    <div className="rv-minutes-item">
      <h4>
        {number}. {title}
        <span className="rv-doc-small"> · {t(`reviews.itemStatus.${item.status}`)}</span>
      </h4>
      <RequestNotes requests={item.requests} />
      {leftRoom.length > 0 ? (
        <p className="rv-doc-small">
          {t('reviews.minutes.leftRoom', {
            names: leftRoom.map((a) => `${a.name} (${a.organisation.name})`).join(', '),
          })}
        </p>
      ) : null}
      {decisions.length > 0 ? (
        <>
          <p className="rv-doc-label">{t('reviews.notes.decisions')}</p>
          <ul className="rv-doc-list">
            {decisions.map((note) => (
              <li key={note.id} className="rv-prewrap">
                {note.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.length > 0 ? (
        <>
          <p className="rv-doc-label">{t('reviews.notes.notes')}</p>
          <ul className="rv-doc-list">
            {notes.map((note) => (
              <li key={note.id} className="rv-prewrap">
                {note.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <MinutesActionsTable caption={t('reviews.minutes.actions')} actions={actions} />
      <MinutesActionsTable
        caption={t('reviews.minutes.followedUp')}
        actions={reviewedActions}
        outcomeAt={meetingId}
      />
      {isRedacted(item) ? (
        <p className="rv-doc-small">{t('reviews.redacted.explain')}</p>
      ) : decisions.length === 0 &&
        notes.length === 0 &&
        actions.length === 0 &&
        reviewedActions.length === 0 ? (
        <p className="rv-doc-small">{t('reviews.minutes.nothingRecorded')}</p>
      ) : null}
    </div>
  );
}
