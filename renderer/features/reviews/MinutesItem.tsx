import type { ActionDto, AgendaItemDto, MeetingNoteDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';
import { isRedacted } from './room';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  number: number;
  item: AgendaItemDto;
  decisions: MeetingNoteDto[];
  notes: MeetingNoteDto[];
  actions: ActionDto[];
}

/**
 * One case (by initials or pseudonym) or general item in the minutes. A case the reader may
 * not read: its pseudonym and status, and why nothing more is shown.
 */
export function MinutesItem({ number, item, decisions, notes, actions }: Props) {
  const { t } = useT();
  const dates = useDateFormats();
  const label = useParticipantLabel();
  return (
    <div className="rv-minutes-item">
      <h4>
        {number}. {item.title ?? label(item.participant, 'initials')}
        <span className="rv-doc-small"> · {t(`reviews.itemStatus.${item.status}`)}</span>
      </h4>
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
      {actions.length > 0 ? (
        <table className="rv-doc-table">
          <caption className="rv-doc-label">{t('reviews.minutes.actions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.actions.what')}</th>
              <th scope="col">{t('reviews.actions.responsible')}</th>
              <th scope="col">{t('reviews.actions.organisation')}</th>
              <th scope="col">{t('reviews.actions.dueOn')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{action.what}</td>
                <td>{action.responsible.name}</td>
                <td>{action.organisation.name}</td>
                <td className="nowrap">{dates.short(action.dueOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {isRedacted(item) ? (
        <p className="rv-doc-small">{t('reviews.redacted.explain')}</p>
      ) : decisions.length === 0 && notes.length === 0 && actions.length === 0 ? (
        <p className="rv-doc-small">{t('reviews.minutes.nothingRecorded')}</p>
      ) : null}
    </div>
  );
}
