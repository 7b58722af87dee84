import type { OrganisationDto } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';
import { OrganisationRow } from './OrganisationRow';
import type { Outcome } from './OrganisationsTab';

interface Props {
  organisations: OrganisationDto[];
  onOutcome: (outcome: Outcome) => void;
}

export function OrganisationsTable({ organisations, onOutcome }: Props) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('admin.orgs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.code')}</th>
            <th scope="col">{t('field.name')}</th>
            <th scope="col" className="numeric">
              {t('admin.orgs.activeUsers')}
            </th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => (
            <OrganisationRow key={org.id} organisation={org} onOutcome={onOutcome} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
