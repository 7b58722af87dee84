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
import { ClosureSummaryTab } from '../documents/ClosureSummaryTab';
import { RequestReviewButton } from '../reviews/RequestReviewButton';
import { useParticipant } from './useParticipant';
import { mayReferAgain, mayWriteParticipant } from './write-access';

type Tab = 'overview' | 'activity' | 'consent' | 'mapping' | 'plan' | 'documents';
const tabIds: readonly Tab[] = ['overview', 'activity', 'consent', 'mapping', 'plan', 'documents'];

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
  const canWrite = mayWriteParticipant(user, participant);
  const canReferAgain = mayReferAgain(user, participant);
  const hasClosedPeriod = participant.periods.some((period) => period.status === 'closed');
  return (
    <section className="page page-wide case-page">
      <CaseHeader participant={participant} canReveal={user.role !== 'readonly'} />
      {participant.readOnly ? (
        <div className="alert alert-info case-readonly" role="note">
          <p className="case-readonly-title">{t('case.readOnly.title')}</p>
          <p>{t('case.readOnly.explain')}</p>
        </div>
      ) : user.role === 'readonly' ? (
        <p className="alert alert-info case-readonly" role="note">
          {t('case.readOnlyRole')}
        </p>
      ) : null}
      {canWrite ? (
        <div className="case-header-actions">
          <RequestReviewButton participantId={participant.id} />
        </div>
      ) : null}
      <Tabs
        label={t('case.tabsLabel')}
        // The closure summary tab appears once a period has been closed.
        tabs={tabIds
          .filter((id) => id !== 'documents' || hasClosedPeriod)
          .map((id) => ({ id, label: t(`case.tab.${id}`) }))}
        current={tab}
        onSelect={setTab}
      >
        {tab === 'overview' ? (
          <OverviewTab participant={participant} canWrite={canWrite} canReferAgain={canReferAgain} />
        ) : null}
        {tab === 'activity' ? (
          <ActivityTab participant={participant} canWrite={canWrite} userId={user.id} />
        ) : null}
        {tab === 'consent' ? <ConsentTab participant={participant} canWrite={canWrite} /> : null}
        {tab === 'mapping' ? (
          <MappingTab participantId={participant.id} periods={participant.periods} canWrite={canWrite} />
        ) : null}
        {tab === 'plan' ? (
          <PlanTab participantId={participant.id} periods={participant.periods} canWrite={canWrite} />
        ) : null}
        {tab === 'documents' && hasClosedPeriod ? (
          <ClosureSummaryTab participant={participant} canEdit={user.role !== 'readonly'} />
        ) : null}
      </Tabs>
    </section>
  );
}
