import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { InterventionDialog } from './InterventionDialog';
import { InterventionTable } from './InterventionTable';
import { InterventionTimeline } from './InterventionTimeline';
import { useTypeLabel } from './useTypeLabel';

/** Parallel interventions (parallella insatser) from several organisations: timeline and table. */
export function InterventionsPanel({ plan, canWrite }: { plan: PlanDto; canWrite: boolean }) {
  const { t } = useT();
  const typeLabel = useTypeLabel(plan.interventionTypes);
  const items = plan.interventions;
  return (
    <section aria-labelledby="plan-interventions-heading" className="panel plan-interventions">
      <div className="section-header">
        <h2 id="plan-interventions-heading">{t('plan.intervention.title')}</h2>
        {canWrite ? (
          <InterventionDialog participantId={plan.participantId} types={plan.interventionTypes} />
        ) : null}
      </div>
      <p className="muted">{t('plan.intervention.lead')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('plan.intervention.none')}</p>
      ) : (
        <>
          <InterventionTimeline interventions={items} typeLabel={typeLabel} />
          <h3 className="small-heading">{t('plan.intervention.tableTitle')}</h3>
          <InterventionTable
            participantId={plan.participantId}
            interventions={items}
            types={plan.interventionTypes}
            typeLabel={typeLabel}
            canWrite={canWrite}
          />
        </>
      )}
    </section>
  );
}
