import { useApiQuery } from '../../api/query';
import { Badge } from '../../components/Badge';
import { QueryState } from '../../components/QueryState';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { participantHref } from '../shell/routes';
import { displayName } from './columns';
import { DuplicateReferrals } from './DuplicateReferrals';

/**
 * The single referral queue, longest wait first; decisions are made on the participant page.
 * Above it, for those who decide them, new referrals of people already in the team.
 */
export function QueueView({ canWrite }: { canWrite: boolean }) {
  const { t, formatNumber } = useT();
  const shortDate = useShortDate();
  const queue = useApiQuery('participants.queue', {});
  return (
    <>
      {canWrite ? <DuplicateReferrals /> : null}
      <QueryState query={queue}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="alert alert-empty">{t('caseload.queue.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table nowrap-cells">
                <caption className="visually-hidden">{t('caseload.queue.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('caseload.column.name')}</th>
                    <th scope="col">{t('caseload.queue.received')}</th>
                    <th scope="col" className="numeric">
                      {t('caseload.queue.daysWaiting')}
                    </th>
                    <th scope="col">{t('caseload.column.organisation')}</th>
                    <th scope="col">{t('caseload.queue.caseworker')}</th>
                    <th scope="col">{t('caseload.queue.interpreter')}</th>
                    <th scope="col">{t('caseload.column.consent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className={row.access === 'exists' ? 'row-inactive' : undefined}>
                      <th scope="row">
                        {row.access === 'full' ? (
                          <a href={participantHref(row.id)}>{displayName(row, t)}</a>
                        ) : (
                          <>
                            {displayName(row, t)}{' '}
                            <span className="muted small">{t('caseload.existsOnly')}</span>
                          </>
                        )}
                      </th>
                      <td>{shortDate(row.referredOn)}</td>
                      <td className="numeric">{formatNumber(row.daysWaiting)}</td>
                      <td>{row.referringOrganisationName}</td>
                      <td>{row.caseworkerName ?? t('common.none')}</td>
                      <td>{row.interpreterNeeded ? t('common.yes') : t('common.no')}</td>
                      <td>
                        <Badge
                          tone={
                            row.consentStatus === 'valid'
                              ? 'neutral'
                              : row.consentStatus === 'expiring'
                                ? 'warning'
                                : 'muted'
                          }
                        >
                          {t(`consentStatus.${row.consentStatus}`)}
                        </Badge>
                      </td>
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
