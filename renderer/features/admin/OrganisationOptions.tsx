import type { OrganisationDto } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';

interface Props {
  organisations: OrganisationDto[];
  /** Kept in the list even when inactive (the user's current organisation). */
  currentId?: number;
}

export function OrganisationOptions({ organisations, currentId }: Props) {
  const { t } = useT();
  const choices = organisations.filter((org) => org.active || org.id === currentId);
  return (
    <>
      <option value="">{t('common.choose')}</option>
      {choices.map((org) => (
        <option key={org.id} value={String(org.id)}>
          {org.active ? org.name : t('admin.orgs.inactiveOption', { name: org.name })}
        </option>
      ))}
    </>
  );
}
