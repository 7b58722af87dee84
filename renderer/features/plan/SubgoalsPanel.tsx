import type { SubgoalDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { SubgoalDialog } from './SubgoalDialog';
import { SubgoalItem } from './SubgoalItem';

interface Props {
  participantId: number;
  subgoals: SubgoalDto[];
  canWrite: boolean;
}

/** The reachable sub-goals (delmål), by target date. */
export function SubgoalsPanel({ participantId, subgoals, canWrite }: Props) {
  const { t } = useT();
  return (
    <section aria-labelledby="plan-subgoals-heading" className="panel plan-subgoals">
      <div className="section-header">
        <h2 id="plan-subgoals-heading">{t('plan.subgoal.title')}</h2>
        {canWrite ? <SubgoalDialog participantId={participantId} /> : null}
      </div>
      {subgoals.length === 0 ? <p className="muted">{t('plan.subgoal.none')}</p> : null}
      <ul className="plan-subgoal-list">
        {subgoals.map((subgoal) => (
          <SubgoalItem key={subgoal.id} participantId={participantId} subgoal={subgoal} canWrite={canWrite} />
        ))}
      </ul>
    </section>
  );
}
