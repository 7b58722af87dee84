import { useId } from 'react';
import { useT } from '../../i18n/useT';

/** "Start with demo data": the one password of the demo team's colleagues, shown once. */
export function DemoPasswordNotice({ password }: { password: string }) {
  const { t } = useT();
  const titleId = useId();
  const labelId = useId();
  return (
    <section className="demo-password notice" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('recovery.demoTitle')}</h2>
      <p>{t('recovery.demoLead')}</p>
      <p id={labelId} className="recovery-key-label">
        {t('recovery.demoPasswordLabel')}
      </p>
      <p className="recovery-key demo-password-value" aria-labelledby={labelId} translate="no">
        {password}
      </p>
      <p>{t('recovery.demoOnlyOnce')}</p>
    </section>
  );
}
