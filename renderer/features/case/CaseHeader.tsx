import { useState } from 'react';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { formatPersonalNumber } from '../../../main/api/personal-number';
import { call } from '../../api/call';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import { participantsViewHref } from '../shell/routes';
import { currentPeriodOf, periodLabel } from './periods';

/**
 * Name (or pseudonym), code, status and the personal number, masked until "Visa" (audited;
 * offered only to users who may change data, as the backend requires).
 */
export function CaseHeader({
  participant,
  canReveal,
}: {
  participant: ParticipantDetail;
  canReveal: boolean;
}) {
  const { t } = useT();
  const [number, setNumber] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const identity = participant.identity;
  const current = currentPeriodOf(participant);
  const title = identity
    ? `${identity.firstName} ${identity.lastName}`
    : t('participant.pseudonym', { code: participant.code });

  const reveal = async () => {
    setBusy(true);
    const result = await call('participants.revealPersonalNumber', { participantId: participant.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setNumber(result.value.personalNumber);
  };

  return (
    <header className="case-header">
      <p className="breadcrumb">
        <a href={participantsViewHref('list')}>{t('case.backToList')}</a>
      </p>
      <div className="case-title-row">
        <FocusHeading focusKey={participant.id}>{title}</FocusHeading>
        <span className="case-code">{participant.code}</span>
      </div>
      <div className="badges">
        <Badge>{t(`participantStatus.${participant.status}`)}</Badge>
        {participant.periods.length > 1 && current ? (
          <Badge tone="muted">{periodLabel(current, t)}</Badge>
        ) : null}
        {participant.readOnly ? <Badge tone="muted">{t('case.readOnly.badge')}</Badge> : null}
        {participant.protectedIdentity ? (
          <Badge tone="warning">{t('case.field.protectedIdentity')}</Badge>
        ) : null}
        {participant.inactive ? (
          <Badge tone="warning">{t('case.inactive', { weeks: participant.inactivityWeeks })}</Badge>
        ) : null}
        {participant.consentStatus !== 'valid' ? (
          <Badge tone="warning">{t(`case.consentBadge.${participant.consentStatus}`)}</Badge>
        ) : null}
      </div>
      {identity?.personalNumberMasked ? (
        <p className="personal-number">
          <span className="field-label-inline">{t('case.field.personalNumber')}:</span>{' '}
          <span className="code" aria-live="polite">
            {number ? formatPersonalNumber(number) : identity.personalNumberMasked}
          </span>{' '}
          {number ? (
            <Button variant="link" onClick={() => setNumber(null)}>
              {t('case.hideNumber')}
            </Button>
          ) : canReveal ? (
            <Button variant="link" onClick={() => void reveal()} busy={busy}>
              {t('case.revealNumber')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </header>
  );
}
