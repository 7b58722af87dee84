import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { GoalDialog } from './GoalDialog';

/** The overall goal of the one shared plan, with who changed it last. */
export function GoalPanel({ plan, canWrite }: { plan: PlanDto; canWrite: boolean }) {
  const { t, formatDateTime } = useT();
  const goal = plan.goal;
  return (
    <section aria-labelledby="plan-goal-heading" className="panel plan-goal">
      <div className="section-header">
        <h2 id="plan-goal-heading">{t('plan.goal.title')}</h2>
        {canWrite ? <GoalDialog plan={plan} /> : null}
      </div>
      {goal ? (
        <>
          <p className="plan-goal-kind">{t(`plan.goalKind.${goal.goal}`)}</p>
          <p className="prewrap">{goal.goalText}</p>
          <p className="muted small">
            {goal.updatedByName
              ? t('plan.changedBy', { name: goal.updatedByName, when: formatDateTime(goal.updatedAt) })
              : t('plan.changedAt', { when: formatDateTime(goal.updatedAt) })}
          </p>
        </>
      ) : (
        <p className="muted">{t('plan.goal.none')}</p>
      )}
    </section>
  );
}
