import type { PeriodDto } from '../../../main/api/participant-types';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import '../../styles/plan.css';
import { PeriodChooser, usePeriodChoice } from '../case/PeriodChooser';
import { GoalPanel } from './GoalPanel';
import { HistoryDialog } from './HistoryDialog';
import { InterventionsPanel } from './InterventionsPanel';
import { SipPanel } from './SipPanel';
import { SubgoalsPanel } from './SubgoalsPanel';
import { usePlan } from './usePlan';

interface Props {
  participantId: number;
  /** The person's periods (newest first): a chooser when there is more than one. */
  periods: readonly PeriodDto[];
  /** From the participant page (mayWriteParticipant): otherwise no buttons to change the plan. */
  canWrite: boolean;
}

/**
 * The one shared action plan of one participant's period (a tab of the participant page): the
 * current period's, or an earlier one's as read-only history.
 */
export function PlanTab({ participantId, periods, canWrite: mayWrite }: Props) {
  const { t } = useT();
  const choice = usePeriodChoice(periods);
  const plan = usePlan(participantId, choice.periodId);
  // An earlier period is history: shown, never changed.
  const canWrite = mayWrite && choice.history === null;
  return (
    <div className="plan" data-participant={participantId}>
      <PeriodChooser periods={periods} choice={choice} />
      <QueryState query={plan}>
        {(data) => (
          <>
            <div className="plan-intro">
              <p className="lead">{t('plan.lead')}</p>
              <HistoryDialog plan={data} periodId={choice.periodId} />
            </div>
            <div className="plan-top">
              <GoalPanel plan={data} canWrite={canWrite} />
              <SubgoalsPanel participantId={participantId} subgoals={data.subgoals} canWrite={canWrite} />
            </div>
            <InterventionsPanel plan={data} canWrite={canWrite} />
            <SipPanel plan={data} canWrite={canWrite} />
          </>
        )}
      </QueryState>
    </div>
  );
}
