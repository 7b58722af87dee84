import type { ConsentImpact } from '../../../main/api/participant-types';
import { useT } from '../../i18n/useT';

/** Before a consent is withdrawn: which organisations and people lose access, the caller too. */
export function WithdrawImpact({ impact }: { impact: ConsentImpact }) {
  const { t } = useT();
  if (impact.organisations.length === 0) {
    return <p className="alert alert-info">{t('case.consent.impactNone')}</p>;
  }
  return (
    <div className="alert alert-warning" role="status">
      <p>
        {t('case.consent.impactOrganisations', {
          list: impact.organisations.map((org) => org.name).join(', '),
        })}
      </p>
      {impact.people.length > 0 ? (
        <>
          <p>{t('case.consent.impactPeople', { n: impact.people.length })}</p>
          <ul className="consent-impact-people">
            {impact.people.map((person) => (
              <li key={person.id}>
                {person.name} ({person.organisationName})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {impact.includesYou ? (
        <p>
          <strong>{t('case.consent.impactYou')}</strong>
        </p>
      ) : null}
    </div>
  );
}
