import { roles } from '../../../main/api/schemas';
import { useT } from '../../i18n/useT';

export function RoleOptions() {
  const { t } = useT();
  return (
    <>
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </>
  );
}
