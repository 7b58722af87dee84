import type { ParticipantDetail } from '../../../main/api/participant-types';
import { Badge } from '../../components/Badge';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { AddConsentDialog } from './AddConsentDialog';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

/** The participant's written consents: which organisations, from when, until when, SUS. */
export function ConsentTab({
  participant: p,
  canWrite,
}: {
  participant: ParticipantDetail;
  canWrite: boolean;
}) {
  const { t } = useT();
  const shortDate = useShortDate();
  return (
    <div className="consents">
      <div className="section-header">
        <p className="lead">{t('case.consent.lead')}</p>
        {canWrite ? <AddConsentDialog participant={p} /> : null}
      </div>
      {p.consents.length === 0 ? <p className="alert alert-empty">{t('case.consent.none')}</p> : null}
      <ul className="consent-list">
        {p.consents.map((consent) => (
          <li key={consent.id} className="panel consent-card">
            <p className="consent-head">
              <Badge
                tone={
                  consent.state === 'valid' ? 'neutral' : consent.state === 'expiring' ? 'warning' : 'muted'
                }
              >
                {t(`consentState.${consent.state}`)}
              </Badge>
              <span>
                {t('case.consent.period', {
                  from: shortDate(consent.signedOn),
                  to: shortDate(consent.validUntil),
                })}
              </span>
              {consent.withdrawnOn ? (
                <span className="muted">
                  {t('case.consent.withdrawnAt', { date: shortDate(consent.withdrawnOn) })}
                </span>
              ) : null}
            </p>
            <p>
              <span className="field-label-inline">{t('case.consent.organisations')}:</span>{' '}
              {consent.organisations.map((org) => org.name).join(', ')}
            </p>
            <p>{consent.coversSus ? t('case.consent.susYes') : t('case.consent.susNo')}</p>
            {canWrite && consent.withdrawnOn === null ? <WithdrawConsentDialog consent={consent} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
