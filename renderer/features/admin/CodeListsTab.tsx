import { useCallback, useMemo, useState } from 'react';
import {
  type CodeListEntryDto,
  type CodeListName,
  codeListNames,
  outcomeCategories,
} from '../../../main/api/code-lists';
import { saveCodeListInput } from '../../../main/api/code-list-schemas';
import { call } from '../../api/call';
import { useApplyCodeList, useCodeLists } from '../../api/code-lists';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { CodeTableEditor } from './code-table/CodeTableEditor';
import type { CodeRowValues } from './code-table/code-table';

function ListEditor({ list, entries }: { list: CodeListName; entries: CodeListEntryDto[] }) {
  const { t } = useT();
  const apply = useApplyCodeList();
  const name = t(`codeLists.list.${list}`);
  // Only closure reasons carry an outcome category (what statistics count the closure as).
  const withOutcome = list === 'closure_reasons';
  const toInput = useCallback(
    (rows: CodeRowValues[]) => ({
      list,
      entries: rows.map(({ code, labelSv, labelEn, active, outcome }) => ({
        code,
        labelSv,
        labelEn,
        active,
        outcome: withOutcome && outcome !== '' ? outcome : null,
      })),
    }),
    [list, withOutcome],
  );
  const outcomeColumn = useMemo(
    () =>
      withOutcome
        ? {
            header: t('codeLists.outcome'),
            labelOf: (row: string) => t('codeLists.outcomeOf', { name: row }),
            emptyLabel: t('common.choose'),
            options: outcomeCategories.map((category) => ({
              value: category,
              label: t(`codeLists.outcome.${category}`),
            })),
          }
        : undefined,
    [withOutcome, t],
  );
  return (
    <CodeTableEditor
      entries={entries}
      schema={saveCodeListInput}
      arrayKey="entries"
      toInput={toInput}
      save={(input) => call('codeLists.save', input)}
      onSaved={(saved) => apply(list, saved)}
      texts={{
        caption: t('codeLists.caption', { list: name }),
        newRow: (n) => t('codeLists.newRow', { n }),
        codeOf: (n) => t('codeLists.codeOf', { n }),
        add: t('codeLists.add'),
        saved: t('codeLists.saved', { list: name }),
      }}
      outcomeColumn={outcomeColumn}
      maxRows={200}
    />
  );
}

/**
 * The admin's code lists (closure reasons, income sources, follow-up answers, contact kinds,
 * progress areas, genders): labels in both languages, order, active flag, new codes.
 */
export function CodeListsTab() {
  const { t } = useT();
  const lists = useCodeLists();
  const [list, setList] = useState<CodeListName>('closure_reasons');
  return (
    <>
      <h2>{t('codeLists.title')}</h2>
      <p className="lead">{t('codeLists.lead')}</p>
      <fieldset className="code-list-chooser">
        <legend className="field-label">{t('codeLists.chooser')}</legend>
        <div className="chip-group">
          {codeListNames.map((name) => (
            <label key={name} className="chip-check">
              <input
                type="radio"
                name="code-list"
                value={name}
                checked={name === list}
                onChange={() => setList(name)}
              />
              <span>{t(`codeLists.list.${name}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <QueryState query={lists}>
        {(data) => <ListEditor key={list} list={list} entries={data[list]} />}
      </QueryState>
    </>
  );
}
