import type { SessionUser } from '../../../main/api/contract';
import type { AttendeeDto, MeetingDto } from '../../../main/api/review-types';
import { useState } from 'react';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { AddendumForm } from './AddendumForm';
import { addMinutes } from '../../../main/domain/agenda';
import { useDateFormats } from './format';
import { MinutesActionsTable } from './MinutesActionsTable';
import { MinutesItem } from './MinutesItem';
import { canWrite } from './roles';

function names(list: AttendeeDto[], none: string): string {
  return list.length === 0 ? none : list.map((a) => `${a.name} (${a.organisation.name})`).join(', ');
}

/**
 * The minutes (minnesanteckningar): attendance, per case the decisions and actions (participants
 * by initials or pseudonym), general items, and addenda with author and time. Printable on A4.
 */
export function MinutesView({ meeting, user }: { meeting: MeetingDto; user: SessionUser }) {
  const { t, formatDateTime } = useT();
  const dates = useDateFormats();
  const minutes = useApiQuery('meetings.minutes', { meetingId: meeting.id });
  const finished = meeting.status === 'finished';
  const [fullNames, setFullNames] = useState(false);
  const nameStyle = fullNames ? 'name' : 'initials';
  return (
    <QueryState query={minutes}>
      {(data) => (
        <>
          <div className="rv-toolbar no-print" role="group" aria-label={t('reviews.minutes.toolbar')}>
            <Button variant="primary" onClick={() => window.print()}>
              {t('reviews.minutes.print')}
            </Button>
            <label className="rv-inline-check">
              <input
                type="checkbox"
                checked={fullNames}
                onChange={(event) => setFullNames(event.target.checked)}
              />
              {t('reviews.print.fullNames')}
            </label>
          </div>
          {!finished ? <p className="alert rv-warning no-print">{t('reviews.minutes.draft')}</p> : null}
          <article className="rv-print-doc rv-minutes" aria-labelledby="rv-minutes-title">
            <h2 id="rv-minutes-title" className="rv-doc-title">
              {t('reviews.minutes.title')}
              {data.teamName ? <span className="rv-doc-team"> – {data.teamName}</span> : null}
            </h2>
            {!finished ? <p className="rv-doc-note">{t('reviews.minutes.draftShort')}</p> : null}
            <dl className="rv-doc-facts">
              <dt>{t('reviews.field.date')}</dt>
              <dd>{dates.long(data.meeting.date)}</dd>
              <dt>{t('reviews.field.startTime')}</dt>
              <dd>
                {data.meeting.startTime}–{addMinutes(data.meeting.startTime, data.meeting.durationMinutes)}
              </dd>
              <dt>{t('reviews.field.place')}</dt>
              <dd>{data.meeting.place}</dd>
              <dt>{t('reviews.minutes.present')}</dt>
              <dd>{names(data.present, t('common.none'))}</dd>
              <dt>{t('reviews.minutes.absent')}</dt>
              <dd>{names(data.absent, t('common.none'))}</dd>
              <dt>{t('reviews.minutes.late')}</dt>
              <dd>
                {data.late.length === 0
                  ? t('common.none')
                  : data.late
                      .map((a) => `${a.name} (${a.arrivedLateAt ? formatDateTime(a.arrivedLateAt) : ''})`)
                      .join(', ')}
              </dd>
              {data.meeting.finishedAt ? (
                <>
                  <dt>{t('reviews.minutes.finishedAt')}</dt>
                  <dd>{formatDateTime(data.meeting.finishedAt)}</dd>
                </>
              ) : null}
            </dl>
            <section aria-labelledby="rv-minutes-cases">
              <h3 id="rv-minutes-cases">{t('reviews.minutes.cases')}</h3>
              {data.cases.length === 0 ? <p>{t('reviews.minutes.noCases')}</p> : null}
              {data.cases.map((entry, index) => (
                <MinutesItem
                  key={entry.item.id}
                  number={index + 1}
                  item={entry.item}
                  meetingId={data.meeting.id}
                  attendees={data.meeting.attendees}
                  nameStyle={nameStyle}
                  decisions={entry.decisions}
                  notes={entry.notes}
                  actions={entry.actions}
                  reviewedActions={entry.reviewedActions}
                />
              ))}
            </section>
            {data.generalItems.length > 0 ? (
              <section aria-labelledby="rv-minutes-general">
                <h3 id="rv-minutes-general">{t('reviews.minutes.general')}</h3>
                {data.generalItems.map((item, index) => (
                  <MinutesItem
                    key={item.id}
                    number={index + 1}
                    item={item}
                    meetingId={data.meeting.id}
                    attendees={data.meeting.attendees}
                    nameStyle={nameStyle}
                    decisions={item.notes.filter((n) => n.kind === 'decision')}
                    notes={item.notes.filter((n) => n.kind === 'note')}
                    actions={[]}
                    reviewedActions={[]}
                  />
                ))}
              </section>
            ) : null}
            <MinutesActionsTable
              caption={t('reviews.minutes.teamFollowedUp')}
              actions={data.teamActionsReviewed}
              outcomeAt={data.meeting.id}
            />
            <section aria-labelledby="rv-minutes-open">
              <h3 id="rv-minutes-open">{t('reviews.minutes.openActions')}</h3>
              {data.openActions.length === 0 ? (
                <p>{t('reviews.minutes.noOpenActions')}</p>
              ) : (
                <MinutesActionsTable
                  caption={t('reviews.minutes.openActionsCaption', {
                    n: data.openActions.length,
                    overdue: data.openActions.filter((a) => a.overdue).length,
                  })}
                  actions={data.openActions}
                  nameStyle={nameStyle}
                />
              )}
            </section>
            <section aria-labelledby="rv-minutes-addenda">
              <h3 id="rv-minutes-addenda">{t('reviews.minutes.addenda')}</h3>
              {data.meeting.addenda.length === 0 ? (
                <p>{t('reviews.minutes.noAddenda')}</p>
              ) : (
                <ul className="rv-doc-list">
                  {data.meeting.addenda.map((a) => (
                    <li key={a.id}>
                      <p className="rv-prewrap">{a.text}</p>
                      <p className="rv-doc-small">
                        {t('reviews.notes.by', { name: a.authorName, time: formatDateTime(a.createdAt) })}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </article>
          {finished && canWrite(user) ? <AddendumForm meetingId={meeting.id} /> : null}
        </>
      )}
    </QueryState>
  );
}
