import { useId } from 'react';
import { Button } from '../../components/Button';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';

/** After "look around with demo data": the demo colleagues' one password, shown once. */
export function DemoReady({ password, onContinue }: { password: string; onContinue: () => void }) {
  const { t } = useT();
  const labelId = useId();
  return (
    <section className="empty-team">
      <FocusHeading level={2}>{t('caseload.emptyTeam.demoReady')}</FocusHeading>
      <p className="lead">{t('caseload.emptyTeam.demoPassword')}</p>
      <p id={labelId} className="recovery-key-label">
        {t('caseload.emptyTeam.demoPasswordLabel')}
      </p>
      <p className="recovery-key" aria-labelledby={labelId} translate="no">
        {password}
      </p>
      <Button variant="primary" onClick={onContinue}>
        {t('caseload.emptyTeam.demoContinue')}
      </Button>
    </section>
  );
}
