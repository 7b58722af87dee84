import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import '../../styles/plan.css';
import { GoalPanel } from './GoalPanel';
import { HistoryDialog } from './HistoryDialog';
import { InterventionsPanel } from './InterventionsPanel';
import { SipPanel } from './SipPanel';
import { SubgoalsPanel } from './SubgoalsPanel';
import { usePlan } from './usePlan';

interface Props {
  participantId: number;
  /** From the participant page (mayWriteParticipant): otherwise no buttons to change the plan. */
  canWrite: boolean;
}

/** The one shared action plan of one participant (a tab of the participant page). */
export function PlanTab({ participantId, canWrite }: Props) {
  const { t } = useT();
  const plan = usePlan(participantId);
  return (
    <div className="plan" data-participant={participantId}>
      <QueryState query={plan}>
        {(data) => (
          <>
            <div className="plan-intro">
              <p className="lead">{t('plan.lead')}</p>
              <HistoryDialog plan={data} />
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
