import { useId, useState } from 'react';
import type { SetupResult } from '../../../main/api/contract';
import { Button } from '../../components/Button';
import { CenteredLayout } from '../../components/CenteredLayout';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import { DemoPasswordNotice } from './DemoPasswordNotice';
import { RecoverySheet } from './RecoverySheet';

interface Props {
  result: SetupResult;
  onContinue: () => void;
}

/** The recovery key, shown once: read it, print it, confirm it is kept, then log in. */
export function RecoveryKeyScreen({ result, onContinue }: Props) {
  const { t } = useT();
  const [saved, setSaved] = useState(false);
  const checkboxId = useId();
  const keyLabelId = useId();
  return (
    <>
      <CenteredLayout wide>
        <FocusHeading>{t('recovery.title')}</FocusHeading>
        <p className="lead">{t('recovery.created', { team: result.teamName })}</p>
        <p id={keyLabelId} className="recovery-key-label">
          {t('recovery.keyLabel')}
        </p>
        <p className="recovery-key" aria-labelledby={keyLabelId} translate="no">
          {result.recoveryKey}
        </p>
        <div className="notice">
          <p>{t('recovery.onlyOnce')}</p>
          <p>{t('recovery.purpose')}</p>
          <p>{t('recovery.keepWhere')}</p>
        </div>
        <div className="form-actions form-actions-start">
          <Button onClick={() => window.print()}>{t('recovery.print')}</Button>
        </div>
        {result.demoPassword ? <DemoPasswordNotice password={result.demoPassword} /> : null}
        <div className="checkbox-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('recovery.confirm')}</label>
        </div>
        <div className="form-actions form-actions-start">
          <Button variant="primary" disabled={!saved} onClick={onContinue}>
            {t('recovery.continue')}
          </Button>
        </div>
      </CenteredLayout>
      <RecoverySheet result={result} />
    </>
  );
}
