import { useId, useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Result } from '../../../../main/api/errors';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { applyApiError } from '../../../forms/applyApiError';
import { formResolver } from '../../../forms/formResolver';
import { rootErrorMessage } from '../../../forms/rootError';
import { useT } from '../../../i18n/useT';
import { type OutcomeColumn, CodeTableRow } from './CodeTableRow';
import {
  type CodeEntry,
  type CodeRowValues,
  type CodeTableValues,
  blankCodeRow,
  codeTableValuesOf,
  isCodeTableField,
  rowPathOf,
} from './code-table';
import '../../../styles/code-table.css';

/** The texts that name what the table holds. */
export interface CodeTableTexts {
  caption: string;
  /** A new row's name in its controls' labels ("ny post 3"). */
  newRow: (n: number) => string;
  /** A new row's code input ("Kod för ny post 3"). */
  codeOf: (n: number) => string;
  add: string;
  saved: string;
}

interface Props<S extends z.ZodType, E extends CodeEntry> {
  entries: readonly E[];
  /** The save procedure's input schema: the form is checked with it before sending. */
  schema: S;
  /** What the input calls the list (`types`, `entries`): its issue and error paths start with it. */
  arrayKey: string;
  /** The procedure input from the rows (stable: it keys the resolver). */
  toInput: (rows: CodeRowValues[]) => unknown;
  save: (input: z.output<S>) => Promise<Result<E[]>>;
  /** After a successful save (the editor already shows the saved list). */
  onSaved: (saved: E[]) => Promise<void>;
  texts: CodeTableTexts;
  outcomeColumn?: OutcomeColumn | undefined;
  maxRows: number;
}

/**
 * Edits a list of coded entries at once: Swedish and English labels, order, active flag, new
 * entries (their code can be typed until saved), removal; one save. Used for intervention
 * types and the admin's code lists.
 */
export function CodeTableEditor<S extends z.ZodType, E extends CodeEntry>({
  entries,
  schema,
  arrayKey,
  toInput,
  save,
  onSaved,
  texts,
  outcomeColumn,
  maxRows,
}: Props<S, E>) {
  const { t, lang } = useT();
  const baseId = useId();
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () =>
      formResolver(
        schema,
        lang,
        (values: CodeTableValues) => toInput(values.rows),
        undefined,
        (path) => rowPathOf(path, arrayKey),
      ),
    [schema, lang, toInput, arrayKey],
  );
  const form = useForm<CodeTableValues, unknown, z.output<S>>({
    resolver,
    defaultValues: codeTableValuesOf(entries),
  });
  const array = useFieldArray({ control: form.control, name: 'rows' });
  const { errors, isSubmitting, isDirty } = form.formState;
  const buttonId = (index: number, direction: 'up' | 'down') => `${baseId}-${index}-${direction}`;

  const move = (from: number, to: number) => {
    array.move(from, to);
    setNotice(undefined);
    // Keep focus on the moved row; at the top or bottom the other arrow is the one still enabled.
    setTimeout(() => {
      const preferred = document.getElementById(buttonId(to, to < from ? 'up' : 'down'));
      const other = document.getElementById(buttonId(to, to < from ? 'down' : 'up'));
      const target = preferred instanceof HTMLButtonElement && !preferred.disabled ? preferred : other;
      target?.focus();
    }, 0);
  };

  const submit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const result = await save(input);
    if (!result.ok) {
      const { field, ...error } = result.error;
      const mapped = field === undefined ? error : { ...error, field: rowPathOf(field, arrayKey) };
      return applyApiError(form.setError, mapped, isCodeTableField);
    }
    form.reset(codeTableValuesOf(result.value));
    await onSaved(result.value);
    setNotice(texts.saved);
  });

  return (
    <form onSubmit={submit} noValidate className="code-table-form">
      <div className="table-wrap">
        <table
          className={['table table-compact code-table', outcomeColumn ? 'code-table-with-outcome' : null]
            .filter(Boolean)
            .join(' ')}
        >
          <caption className="visually-hidden">{texts.caption}</caption>
          <colgroup>
            <col className="code-table-col-order" />
            <col className="code-table-col-code" />
            <col />
            <col />
            {outcomeColumn ? <col className="code-table-col-outcome" /> : null}
            <col className="code-table-col-status" />
            <col className="code-table-col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('codeTable.order')}</th>
              <th scope="col">{t('codeTable.code')}</th>
              <th scope="col">{t('codeTable.labelSv')}</th>
              <th scope="col">{t('codeTable.labelEn')}</th>
              {outcomeColumn ? <th scope="col">{outcomeColumn.header}</th> : null}
              <th scope="col">{t('codeTable.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {array.fields.map((field, index) => (
              <CodeTableRow
                key={field.id}
                form={form}
                index={index}
                count={array.fields.length}
                code={field.isNew ? '' : field.code}
                name={field.isNew ? texts.newRow(index + 1) : lang === 'sv' ? field.labelSv : field.labelEn}
                codeLabel={texts.codeOf(index + 1)}
                isNew={field.isNew}
                outcomeColumn={outcomeColumn}
                upId={buttonId(index, 'up')}
                downId={buttonId(index, 'down')}
                onMove={move}
                onRemove={(at) => {
                  setNotice(undefined);
                  array.remove(at);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <FormAlert message={rootErrorMessage(errors) ?? errors.rows?.root?.message ?? errors.rows?.message} />
      <StatusMessage message={notice} />
      <div className="form-actions form-actions-start">
        <Button onClick={() => array.append(blankCodeRow())} disabled={array.fields.length >= maxRows}>
          {texts.add}
        </Button>
        <Button
          onClick={() => {
            setNotice(undefined);
            form.reset(codeTableValuesOf(entries));
          }}
          disabled={!isDirty}
        >
          {t('codeTable.undo')}
        </Button>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
