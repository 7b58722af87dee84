import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { saveInterventionTypesInput } from '../../../main/api/plan-mapping-schemas';
import type { InterventionTypeDto } from '../../../main/api/plan-mapping-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { CodeTableEditor } from './code-table/CodeTableEditor';
import type { CodeRowValues } from './code-table/code-table';

function typesInput(rows: CodeRowValues[]) {
  return { types: rows.map(({ code, labelSv, labelEn, active }) => ({ code, labelSv, labelEn, active })) };
}

function TypesEditor({ types }: { types: InterventionTypeDto[] }) {
  const { t } = useT();
  const client = useQueryClient();
  const onSaved = useCallback(
    async (saved: InterventionTypeDto[]) => {
      client.setQueryData(queryKeyOf('interventionTypes.list', {}), saved);
      await client.invalidateQueries({ queryKey: ['plan.get'] });
    },
    [client],
  );
  return (
    <CodeTableEditor
      entries={types}
      schema={saveInterventionTypesInput}
      arrayKey="types"
      toInput={typesInput}
      save={(input) => call('interventionTypes.save', input)}
      onSaved={onSaved}
      texts={{
        caption: t('plan.types.caption'),
        newRow: (n) => t('plan.types.newRow', { n }),
        codeOf: (n) => t('plan.types.codeOf', { n }),
        add: t('plan.types.add'),
        saved: t('plan.types.saved'),
      }}
      maxRows={100}
    />
  );
}

/** The admin's list of intervention types (insatstyper) offered in the action plan. */
export function InterventionTypesTab() {
  const { t } = useT();
  const types = useApiQuery('interventionTypes.list', {});
  return (
    <>
      <h2>{t('plan.types.title')}</h2>
      <p className="lead">{t('plan.types.lead')}</p>
      <QueryState query={types}>{(list) => <TypesEditor types={list} />}</QueryState>
    </>
  );
}
