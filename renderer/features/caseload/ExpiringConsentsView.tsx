import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { participantHref } from '../shell/routes';
import { displayName } from './columns';

/** Participants whose last valid consent ends within 30 days: a new consent is needed. */
export function ExpiringConsentsView() {
  const { t, formatNumber } = useT();
  const shortDate = useShortDate();
  const expiring = useApiQuery('consents.expiring', {});
  return (
    <>
      <p className="lead">{t('caseload.consents.lead')}</p>
      <QueryState query={expiring}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="alert alert-empty">{t('caseload.consents.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('caseload.consents.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('caseload.column.name')}</th>
                    <th scope="col">{t('caseload.consents.validUntil')}</th>
                    <th scope="col" className="numeric">
                      {t('caseload.consents.daysLeft')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.consentId}>
                      <th scope="row">
                        <a href={participantHref(row.participantId)}>{displayName(row, t)}</a>
                      </th>
                      <td>{shortDate(row.validUntil)}</td>
                      <td className="numeric">{formatNumber(row.daysLeft)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </>
  );
}
