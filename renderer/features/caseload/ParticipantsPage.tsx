import { Suspense, lazy, useCallback, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { queueCountView } from '../../../main/api/list-view';
import { useApiQuery } from '../../api/query';
import { FocusHeading } from '../../components/FocusHeading';
import { LoadingState } from '../../components/LoadingState';
import { useT } from '../../i18n/useT';
import { type ParticipantsView, participantsViewHref } from '../shell/routes';
import { BatchPrintDialog } from '../documents/BatchPrintDialog';
import { EmptyListNotice } from './EmptyListNotice';
import { ParticipantList } from './ParticipantList';

// The list ships with the shell; the other views are chunks of their own, so the first rows do
// not wait for the referral form's form library and schemas.
const QueueView = lazy(() => import('./QueueView').then((m) => ({ default: m.QueueView })));
const ExpiringConsentsView = lazy(() =>
  import('./ExpiringConsentsView').then((m) => ({ default: m.ExpiringConsentsView })),
);
const ReferralForm = lazy(() => import('./ReferralForm').then((m) => ({ default: m.ReferralForm })));

interface Props {
  view: ParticipantsView;
  user: SessionUser;
}

const listedViews = ['list', 'queue', 'consents'] as const;

/** The participants page: the list, the single referral queue, expiring consents, a new referral. */
export function ParticipantsPage({ view, user }: Props) {
  const { t } = useT();
  // The queue's count waits until the list's first page is on screen and the browser is idle:
  // the first screen's rows come first.
  const [listShown, setListShown] = useState(false);
  const showQueueCount = useCallback(() => {
    requestAnimationFrame(() => requestIdleCallback(() => setListShown(true), { timeout: 1000 }));
  }, []);
  // The count only (a list call with no rows): the queue's rows load with its own view.
  const waiting = useApiQuery('participants.list', queueCountView, { enabled: view !== 'list' || listShown });
  const canWrite = user.role !== 'readonly';
  return (
    <section className="page page-wide">
      <div className="page-header">
        <FocusHeading focusKey={`participants-${view}`}>
          {view === 'new' ? t('caseload.newReferral') : t('caseload.title')}
        </FocusHeading>
        {view !== 'new' ? (
          <div className="page-header-actions">
            <BatchPrintDialog />
            {canWrite ? (
              <a className="button button-primary" href={participantsViewHref('new')}>
                {t('caseload.newReferral')}
              </a>
            ) : null}
          </div>
        ) : null}
      </div>
      {view !== 'new' ? (
        <nav className="subnav" aria-label={t('caseload.views')}>
          <ul>
            {listedViews.map((item) => (
              <li key={item}>
                <a href={participantsViewHref(item)} aria-current={item === view ? 'page' : undefined}>
                  {t(`caseload.view.${item}`)}
                  {item === 'queue' && waiting.data ? (
                    <span className="count-pill">{waiting.data.total}</span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view === 'list' ? (
        <ParticipantList emptyTeam={<EmptyListNotice user={user} />} onFirstPage={showQueueCount} />
      ) : null}
      <Suspense fallback={<LoadingState />}>
        {view === 'queue' ? <QueueView canWrite={canWrite} /> : null}
        {view === 'consents' ? <ExpiringConsentsView /> : null}
        {view === 'new' ? (
          canWrite ? (
            <ReferralForm />
          ) : (
            <p className="lead">{t('caseload.readOnly')}</p>
          )
        ) : null}
      </Suspense>
    </section>
  );
}
