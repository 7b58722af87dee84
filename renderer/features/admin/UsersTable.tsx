import type { OrganisationDto, UserDto } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';
import { UserRow } from './UserRow';

interface Props {
  users: UserDto[];
  organisations: OrganisationDto[];
  currentUserId: number;
  onDone: (message: string) => void;
}

export function UsersTable({ users, organisations, currentUserId, onDone }: Props) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.organisation')}</th>
            <th scope="col">{t('field.profession')}</th>
            <th scope="col">{t('field.role')}</th>
            <th scope="col">{t('field.language')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              organisations={organisations}
              isSelf={user.id === currentUserId}
              onDone={onDone}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
