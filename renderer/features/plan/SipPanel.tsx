import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { useT } from '../../i18n/useT';
import { SipCard } from './SipCard';
import { SipDialog } from './SipDialog';
import { useTypeLabel } from './useTypeLabel';

/** Coordinated planning meetings (SIP / samplaneringsmöten), newest first. */
export function SipPanel({ plan, canWrite }: { plan: PlanDto; canWrite: boolean }) {
  const { t } = useT();
  const typeLabel = useTypeLabel(plan.interventionTypes);
  return (
    <section aria-labelledby="plan-sip-heading" className="panel plan-sip">
      <div className="section-header">
        <h2 id="plan-sip-heading">{t('plan.sip.title')}</h2>
        {canWrite ? <SipDialog plan={plan} /> : null}
      </div>
      <p className="muted">{t('plan.sip.lead')}</p>
      {plan.sipMeetings.length === 0 ? <p className="muted">{t('plan.sip.none')}</p> : null}
      <ul className="plan-sip-list">
        {plan.sipMeetings.map((meeting) => (
          <SipCard
            key={meeting.id}
            meeting={meeting}
            interventions={plan.interventions}
            typeLabel={typeLabel}
          />
        ))}
      </ul>
    </section>
  );
}
