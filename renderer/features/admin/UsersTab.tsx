import { useState } from 'react';
import { useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { AddUserDialog } from './AddUserDialog';
import { UsersTable } from './UsersTable';

export function UsersTab({ currentUserId }: { currentUserId: number }) {
  const { t } = useT();
  const users = useApiQuery('users.list', {});
  const organisations = useApiQuery('organisations.list', {});
  const [notice, setNotice] = useState<string | undefined>();
  const orgList = organisations.data ?? [];
  return (
    <>
      <div className="section-header">
        <h2>{t('admin.users.title')}</h2>
        <AddUserDialog organisations={orgList} onDone={setNotice} />
      </div>
      <StatusMessage message={notice} />
      <QueryState query={users}>
        {(list) => (
          <UsersTable users={list} organisations={orgList} currentUserId={currentUserId} onDone={setNotice} />
        )}
      </QueryState>
    </>
  );
}
