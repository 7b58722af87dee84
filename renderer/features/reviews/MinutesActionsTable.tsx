import type { ActionDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';
import { useParticipantLabel, type LabelStyle } from './useParticipantLabel';

interface Props {
  caption: string;
  actions: readonly ActionDto[];
  /** Followed up at this meeting: show the outcome it recorded. */
  outcomeAt?: number;
  /** Show the case of each action (the team-wide list). */
  nameStyle?: LabelStyle;
}

/** Actions in the minutes: what, who, which organisation, by when; an outcome or a case column. */
export function MinutesActionsTable({ caption, actions, outcomeAt, nameStyle }: Props) {
  const { t } = useT();
  const dates = useDateFormats();
  const label = useParticipantLabel();
  if (actions.length === 0) return null;
  return (
    <table className="rv-doc-table">
      <caption className="rv-doc-label">{caption}</caption>
      <thead>
        <tr>
          {nameStyle ? <th scope="col">{t('reviews.minutes.case')}</th> : null}
          <th scope="col">{t('reviews.actions.what')}</th>
          <th scope="col">{t('reviews.actions.responsible')}</th>
          <th scope="col">{t('reviews.actions.organisation')}</th>
          <th scope="col">{t('reviews.actions.dueOn')}</th>
          {outcomeAt !== undefined ? <th scope="col">{t('reviews.minutes.outcome')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const review = action.reviews.find((r) => r.meetingId === outcomeAt);
          return (
            <tr key={action.id}>
              {nameStyle ? (
                <td>
                  {action.participant
                    ? `${action.participant.code} · ${label(action.participant, nameStyle)}`
                    : t('reviews.minutes.teamAction')}
                </td>
              ) : null}
              <td>{action.what}</td>
              <td>{action.responsible.name}</td>
              <td>{action.organisation.name}</td>
              <td className="nowrap">
                {dates.short(action.dueOn)}
                {action.overdue ? <strong> · {t('reviews.minutes.overdue')}</strong> : null}
              </td>
              {outcomeAt !== undefined ? (
                <td>
                  {review ? t(`reviews.outcome.${review.outcome}`) : t('common.none')}
                  {review?.newDueOn ? ` (${dates.short(review.newDueOn)})` : null}
                  {review?.note ? <span className="rv-doc-small rv-prewrap"> – {review.note}</span> : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
