import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '../../../main/api/contract';
import type { ProtectedCaseDto } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';

/**
 * Open cases with protected identity, by pseudonym: only the responsible caseworker sees the
 * name, so the admin hands a case over when its responsible leaves or is away.
 */
export function ProtectedCasesTab() {
  const { t } = useT();
  const cases = useApiQuery('participants.protectedCases', {});
  const users = useApiQuery('users.list', {});
  const [notice, setNotice] = useState<string | undefined>();
  return (
    <section aria-labelledby="admin-protected-heading">
      <h2 id="admin-protected-heading">{t('admin.protected.title')}</h2>
      <p className="muted">{t('admin.protected.lead')}</p>
      <StatusMessage message={notice} />
      <QueryState query={cases}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('admin.protected.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('admin.protected.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.protected.case')}</th>
                    <th scope="col">{t('admin.protected.status')}</th>
                    <th scope="col">{t('admin.protected.responsible')}</th>
                    <th scope="col">{t('admin.protected.handOver')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <ProtectedCaseRow
                      key={row.id}
                      row={row}
                      members={(users.data ?? []).filter((u) => u.active)}
                      onDone={setNotice}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

interface RowProps {
  row: ProtectedCaseDto;
  members: readonly UserDto[];
  onDone: (notice: string) => void;
}

function ProtectedCaseRow({ row, members, onDone }: RowProps) {
  const { t } = useT();
  const client = useQueryClient();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const candidates = members.filter((m) => m.role !== 'readonly' && m.id !== row.responsible?.id);
  const selectId = `protected-${row.id}-responsible`;
  const handOver = async () => {
    setError(undefined);
    if (choice === '') {
      setError(t('admin.protected.choose'));
      return;
    }
    setBusy(true);
    const result = await call('participants.handOverProtected', {
      participantId: row.id,
      responsibleUserId: Number(choice),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setChoice('');
    await client.invalidateQueries({ queryKey: queryKeyOf('participants.protectedCases') });
    onDone(t('admin.protected.done', { code: row.code, name: result.value.responsible?.name ?? '' }));
  };
  return (
    <tr>
      <th scope="row">{row.code}</th>
      <td>{t(`participantStatus.${row.status}`)}</td>
      <td>
        {row.responsible === null
          ? t('admin.protected.nobody')
          : row.responsible.active
            ? row.responsible.name
            : t('admin.protected.inactive', { name: row.responsible.name })}
      </td>
      <td>
        <div className="inline-form">
          <label htmlFor={selectId} className="visually-hidden">
            {t('admin.protected.newResponsible', { code: row.code })}
          </label>
          <select id={selectId} className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name} ({member.organisationName})
              </option>
            ))}
          </select>
          <Button busy={busy} onClick={() => void handOver()}>
            {t('admin.protected.handOverButton')}
          </Button>
        </div>
        <FormAlert message={error} />
      </td>
    </tr>
  );
}
