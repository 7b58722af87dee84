import { useId } from 'react';
import type { OrganisationDto, UserDto } from '../../../main/api/contract';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { DeactivateUserDialog } from './DeactivateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

interface Props {
  user: UserDto;
  organisations: OrganisationDto[];
  isSelf: boolean;
  onDone: (message: string) => void;
}

export function UserRow({ user, organisations, isSelf, onDone }: Props) {
  const { t } = useT();
  // Action buttons keep their short names; the user's name describes them for screen readers.
  const nameId = useId();
  return (
    <tr className={user.active ? undefined : 'row-inactive'}>
      <th scope="row" id={nameId}>
        {user.name}
        {isSelf ? <span className="muted"> ({t('admin.users.you')})</span> : null}
      </th>
      <td>{user.organisationName}</td>
      <td>{user.profession}</td>
      <td>{t(`role.${user.role}`)}</td>
      <td>{t(`language.${user.language}`)}</td>
      <td>
        <div className="badges">
          {user.active ? (
            <Badge>{t('status.active')}</Badge>
          ) : (
            <Badge tone="muted">{t('status.inactive')}</Badge>
          )}
          {user.active && user.mustChangePassword ? (
            <Badge tone="warning">{t('admin.users.mustChangePassword')}</Badge>
          ) : null}
        </div>
      </td>
      <td>
        {user.active ? (
          <div className="row-actions">
            <EditUserDialog user={user} organisations={organisations} describedBy={nameId} onDone={onDone} />
            <ResetPasswordDialog user={user} describedBy={nameId} onDone={onDone} />
            {isSelf ? null : <DeactivateUserDialog user={user} describedBy={nameId} onDone={onDone} />}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
