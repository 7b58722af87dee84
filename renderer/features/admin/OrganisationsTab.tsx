import { useState } from 'react';
import { useApiQuery } from '../../api/query';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { AddOrganisationDialog } from './AddOrganisationDialog';
import { OrganisationsTable } from './OrganisationsTable';

export interface Outcome {
  notice?: string;
  error?: string;
}

export function OrganisationsTab() {
  const { t } = useT();
  const organisations = useApiQuery('organisations.list', {});
  const [outcome, setOutcome] = useState<Outcome>({});
  return (
    <>
      <div className="section-header">
        <h2>{t('admin.orgs.title')}</h2>
        <AddOrganisationDialog onDone={(notice) => setOutcome({ notice })} />
      </div>
      <StatusMessage message={outcome.notice} />
      <FormAlert message={outcome.error} />
      <QueryState query={organisations}>
        {(list) => <OrganisationsTable organisations={list} onOutcome={setOutcome} />}
      </QueryState>
    </>
  );
}
