import { useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { Tabs } from '../../components/Tabs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingState } from '../../components/LoadingState';
import { useT } from '../../i18n/useT';
import { participantsViewHref } from '../shell/routes';
import { ActivityTab } from './ActivityTab';
import { CaseHeader } from './CaseHeader';
import { ConsentTab } from './ConsentTab';
import { OverviewTab } from './OverviewTab';
import { MappingTab } from '../mapping/MappingTab';
import { PlanTab } from '../plan/PlanTab';
import { RequestReviewButton } from '../reviews/RequestReviewButton';
import { useParticipant } from './useParticipant';

type Tab = 'overview' | 'activity' | 'consent' | 'mapping' | 'plan';
const tabIds: readonly Tab[] = ['overview', 'activity', 'consent', 'mapping', 'plan'];

/** One participant: overview, contacts and progress, consent, mapping and plan. */
export function ParticipantPage({ participantId, user }: { participantId: number; user: SessionUser }) {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('overview');
  const query = useParticipant(participantId);

  if (query.error) {
    const code = query.error.apiError.code;
    if (code === 'forbidden' || code === 'not_found') {
      return (
        <section className="page">
          <FocusHeading focusKey="case-denied">
            {code === 'forbidden' ? t('case.forbidden.title') : t('case.notFound.title')}
          </FocusHeading>
          <p className="lead">{query.error.message}</p>
          {code === 'forbidden' ? <p>{t('case.forbidden.explain')}</p> : null}
          <p>
            <a href={participantsViewHref('list')}>{t('case.backToList')}</a>
          </p>
        </section>
      );
    }
    return (
      <section className="page">
        <ErrorBanner
          message={query.error.message}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </section>
    );
  }
  if (!query.data) {
    return (
      <section className="page">
        <LoadingState />
      </section>
    );
  }
  const participant = query.data;
  return (
    <section className="page page-wide case-page">
      <CaseHeader participant={participant} />
      {user.role !== 'readonly' ? (
        <div className="case-header-actions">
          <RequestReviewButton participantId={participant.id} />
        </div>
      ) : null}
      <Tabs
        label={t('case.tabsLabel')}
        tabs={tabIds.map((id) => ({ id, label: t(`case.tab.${id}`) }))}
        current={tab}
        onSelect={setTab}
      >
        {tab === 'overview' ? <OverviewTab participant={participant} user={user} /> : null}
        {tab === 'activity' ? <ActivityTab participant={participant} user={user} /> : null}
        {tab === 'consent' ? <ConsentTab participant={participant} user={user} /> : null}
        {tab === 'mapping' ? <MappingTab participantId={participant.id} user={user} /> : null}
        {tab === 'plan' ? <PlanTab participantId={participant.id} /> : null}
      </Tabs>
    </section>
  );
}
