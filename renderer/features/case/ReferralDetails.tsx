import type { ReferralDto } from '../../../main/api/participant-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

/** One referral as it came in: when, from whom, why, and the certificates attached. */
export function ReferralDetails({
  referral,
  headingLevel = 3,
}: {
  referral: ReferralDto;
  /** The level of the "certificates" heading, one below the section the referral is in. */
  headingLevel?: 3 | 4;
}) {
  const { t } = useT();
  const shortDate = useShortDate();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="referral">
      <p className="muted">
        {t('case.referral.received', {
          date: shortDate(referral.receivedOn),
          organisation: referral.organisation.name,
        })}
      </p>
      <p>
        <strong>{referral.caseworkerName}</strong>
        {referral.caseworkerPhone ? `, ${referral.caseworkerPhone}` : ''}
        {referral.caseworkerEmail ? `, ${referral.caseworkerEmail}` : ''}
      </p>
      <p className="prewrap">{referral.reason}</p>
      {referral.certificates.length > 0 ? (
        <>
          <Heading className="small-heading">{t('case.referral.certificates')}</Heading>
          <ul>
            {referral.certificates.map((certificate) => (
              <li key={certificate}>{certificate}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
