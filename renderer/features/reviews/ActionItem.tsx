import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ActionDto } from '../../../main/api/review-types';
import { Badge } from '../../components/Badge';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { participantHref } from '../shell/routes';
import { useDateFormats } from './format';
import { ReviewActionForm } from './ReviewActionForm';
import { type LabelStyle, useParticipantLabel } from './useParticipantLabel';

interface Props {
  action: ActionDto;
  /** The meeting where the action is followed up (null outside a meeting). */
  meetingId: number | null;
  editable: boolean;
  /** Show which participant the action belongs to (lists across cases). */
  showParticipant?: boolean;
  labelStyle?: LabelStyle;
  /** Marks actions agreed in this meeting. */
  newInMeeting?: boolean;
  onReviewed?: (action: ActionDto) => void;
}

/**
 * One action: what, who, which organisation, by when, its history, and the follow-up. The focus
 * never falls to the page: into the follow-up form when it opens, back to its button when it is
 * cancelled, and to the action itself once it is followed up (its buttons are gone then).
 */
export function ActionItem({
  action,
  meetingId,
  editable,
  showParticipant = false,
  labelStyle = 'name',
  newInMeeting = false,
  onReviewed,
}: Props) {
  const { t, formatDateTime } = useT();
  const dates = useDateFormats();
  const label = useParticipantLabel();
  const client = useQueryClient();
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const self = useRef<HTMLLIElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const latest = action.reviews[0];
  const open = action.status === 'open';
  const markDone = async () => {
    setBusy(true);
    const result = await call('actions.review', {
      actionId: action.id,
      meetingId,
      outcome: 'done',
      newDueOn: null,
      note: null,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    self.current?.focus();
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeyOf('actions.list') }),
      client.invalidateQueries({ queryKey: queryKeyOf('meetings.minutes') }),
    ]);
    onReviewed?.(result.value);
  };
  return (
    <li className="rv-action" data-status={action.status} ref={self} tabIndex={-1}>
      <div className="rv-action-head">
        <p className="rv-action-what">{action.what}</p>
        <div className="badges">
          {newInMeeting ? <Badge>{t('reviews.actions.newInMeeting')}</Badge> : null}
          {action.overdue ? <Badge tone="warning">{t('reviews.actions.overdue')}</Badge> : null}
          {!open ? <Badge tone="muted">{t(`reviews.actionStatus.${action.status}`)}</Badge> : null}
        </div>
      </div>
      <p className="rv-action-meta">
        {showParticipant && action.participant ? (
          <>
            <a href={participantHref(action.participant.id)}>{label(action.participant, labelStyle)}</a>
            {' · '}
          </>
        ) : null}
        {t('reviews.actions.who', { name: action.responsible.name, organisation: action.organisation.name })}
        {' · '}
        {open
          ? t('reviews.actions.due', { date: dates.short(action.dueOn) })
          : t('reviews.actions.closedOn', {
              date: action.closedOn ? dates.short(action.closedOn) : t('common.none'),
            })}
      </p>
      {latest ? (
        <p className="rv-action-review">
          {t('reviews.actions.latestReview', {
            outcome: t(`reviews.outcome.${latest.outcome}`),
            name: latest.byName,
            time: formatDateTime(latest.at),
          })}
          {latest.note ? ` – ${latest.note}` : ''}
        </p>
      ) : null}
      {editable && open ? (
        reviewing ? (
          <ReviewActionForm
            action={action}
            meetingId={meetingId}
            onCancel={() => {
              flushSync(() => setReviewing(false));
              reviewButton.current?.focus();
            }}
            onDone={(updated) => {
              setReviewing(false);
              self.current?.focus();
              onReviewed?.(updated);
            }}
          />
        ) : (
          <div className="rv-action-buttons">
            <Button
              busy={busy}
              onClick={() => void markDone()}
              aria-label={t('reviews.actions.markDoneNamed', { what: action.what })}
            >
              {t('reviews.actions.markDone')}
            </Button>
            <Button
              ref={reviewButton}
              onClick={() => setReviewing(true)}
              aria-label={t('reviews.actions.reviewNamed', { what: action.what })}
            >
              {t('reviews.actions.review')}
            </Button>
          </div>
        )
      ) : null}
      <FormAlert message={error} />
    </li>
  );
}
