import { Fragment, useId } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n/useT';
import type { CodeRowValues, CodeTableValues } from './code-table';

/** A select column beside the labels (the outcome category of a closure reason). */
export interface OutcomeColumn {
  header: string;
  /** Names the select of a row ("Utfall för Arbete"). */
  labelOf: (name: string) => string;
  emptyLabel: string;
  options: readonly { value: string; label: string }[];
}

interface Props<T> {
  /** The editor's form (T: the procedure input its resolver produces). */
  form: UseFormReturn<CodeTableValues, unknown, T>;
  index: number;
  count: number;
  /** The code as loaded (empty for a new row). */
  code: string;
  /** The row's name for its controls: the label as loaded, in the user's language. */
  name: string;
  /** The accessible name of a new row's code input. */
  codeLabel: string;
  isNew: boolean;
  outcomeColumn: OutcomeColumn | undefined;
  /** Ids of the move buttons, so focus can follow a moved row. */
  upId: string;
  downId: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A code with line-break opportunities after its underscores (long codes wrap, not widen the table). */
function BreakableCode({ code }: { code: string }) {
  return code.split('_').map((part, index) => (
    // The parts of one code never change order: the index is a stable key.
    <Fragment key={index}>
      {index > 0 ? (
        <>
          _<wbr />
        </>
      ) : null}
      {part}
    </Fragment>
  ));
}

/** One entry: order, code, Swedish and English label, (outcome), active and removal. */
export function CodeTableRow<T>({
  form,
  index,
  count,
  code,
  name,
  codeLabel,
  isNew,
  outcomeColumn,
  upId,
  downId,
  onMove,
  onRemove,
}: Props<T>) {
  const { t } = useT();
  const id = useId();
  const { register } = form;
  const errors = form.formState.errors.rows?.[index];
  const active = useWatch({ control: form.control, name: `rows.${index}.active` });
  const errorId = (field: keyof CodeRowValues) => `${id}-${field}-error`;
  const invalid = (field: keyof CodeRowValues) => ({
    'aria-invalid': errors?.[field] ? true : undefined,
    'aria-describedby': errors?.[field] ? errorId(field) : undefined,
  });
  const errorText = (field: keyof CodeRowValues) => {
    const message = errors?.[field]?.message;
    return message ? (
      <p id={errorId(field)} className="field-error">
        {message}
      </p>
    ) : null;
  };
  return (
    <tr className={active ? undefined : 'row-inactive'}>
      <td className="code-table-order">
        <Button
          variant="link"
          id={upId}
          disabled={index === 0}
          aria-label={t('codeTable.moveUp', { name })}
          onClick={() => onMove(index, index - 1)}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          variant="link"
          id={downId}
          disabled={index === count - 1}
          aria-label={t('codeTable.moveDown', { name })}
          onClick={() => onMove(index, index + 1)}
        >
          <span aria-hidden="true">↓</span>
        </Button>
      </td>
      <th scope="row" className="code code-table-code-cell">
        {isNew ? (
          <>
            <input
              {...register(`rows.${index}.code`)}
              {...invalid('code')}
              className="input input-short code-table-code"
              aria-label={codeLabel}
              autoComplete="off"
              spellCheck={false}
            />
            {errorText('code')}
          </>
        ) : (
          <BreakableCode code={code} />
        )}
      </th>
      <td>
        <input
          {...register(`rows.${index}.labelSv`)}
          {...invalid('labelSv')}
          className="input"
          lang="sv"
          aria-label={t('codeTable.labelSvOf', { name })}
          autoComplete="off"
        />
        {errorText('labelSv')}
      </td>
      <td>
        <input
          {...register(`rows.${index}.labelEn`)}
          {...invalid('labelEn')}
          className="input"
          lang="en"
          aria-label={t('codeTable.labelEnOf', { name })}
          autoComplete="off"
        />
        {errorText('labelEn')}
      </td>
      {outcomeColumn ? (
        <td>
          <select
            {...register(`rows.${index}.outcome`)}
            {...invalid('outcome')}
            className="input select code-table-select"
            aria-label={outcomeColumn.labelOf(name)}
          >
            <option value="">{outcomeColumn.emptyLabel}</option>
            {outcomeColumn.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {errorText('outcome')}
        </td>
      ) : null}
      <td>
        <label className="checkbox-row code-table-active">
          <input
            type="checkbox"
            {...register(`rows.${index}.active`)}
            aria-label={t('codeTable.activeOf', { name })}
          />
          <span aria-hidden="true">{t('codeTable.active')}</span>
        </label>
      </td>
      <td>
        <Button
          variant="link"
          className="link-danger"
          aria-label={t('codeTable.removeOf', { name })}
          onClick={() => onRemove(index)}
        >
          {t('common.remove')}
        </Button>
      </td>
    </tr>
  );
}
