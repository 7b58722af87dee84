import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import { type ParticipantsView, participantsViewHref } from '../shell/routes';
import { BatchPrintDialog } from '../documents/BatchPrintDialog';
import { EmptyTeam } from './EmptyTeam';
import { ExpiringConsentsView } from './ExpiringConsentsView';
import { ParticipantList } from './ParticipantList';
import { QueueView } from './QueueView';
import { ReferralForm } from './ReferralForm';

interface Props {
  view: ParticipantsView;
  user: SessionUser;
}

const listedViews = ['list', 'queue', 'consents'] as const;

/** The participants page: the list, the single referral queue, expiring consents, a new referral. */
export function ParticipantsPage({ view, user }: Props) {
  const { t } = useT();
  const queue = useApiQuery('participants.queue', {});
  const canWrite = user.role !== 'readonly';
  // A team with nobody at all (every status, no filter) gets a first screen, not an empty list.
  const anyone = useApiQuery('participants.list', {
    search: '',
    statuses: [],
    organisationId: null,
    responsibleUserId: null,
    sort: 'name',
    direction: 'asc',
    offset: 0,
    limit: 1,
  });
  const emptyTeam = anyone.data?.total === 0;
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
                  {item === 'queue' && queue.data ? (
                    <span className="count-pill">{queue.data.length}</span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view === 'list' ? <ParticipantList emptyTeam={emptyTeam ? <EmptyTeam user={user} /> : null} /> : null}
      {view === 'queue' ? <QueueView canWrite={canWrite} /> : null}
      {view === 'consents' ? <ExpiringConsentsView /> : null}
      {view === 'new' ? canWrite ? <ReferralForm /> : <p className="lead">{t('caseload.readOnly')}</p> : null}
    </section>
  );
}
