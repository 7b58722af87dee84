import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n/useT';
import type { TypesForm } from './types-form';

interface Props {
  form: TypesForm;
  index: number;
  count: number;
  /** The code as loaded (empty for a new row). */
  code: string;
  /** The label as loaded, in the user's language (empty for a new row); names the row's controls. */
  label: string;
  isNew: boolean;
  /** Ids of the move buttons, so focus can follow a moved row. */
  upId: string;
  downId: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One intervention type: code, Swedish and English label, active, order and removal. */
export function InterventionTypeRow({
  form,
  index,
  count,
  code,
  label,
  isNew,
  upId,
  downId,
  onMove,
  onRemove,
}: Props) {
  const { t } = useT();
  const id = useId();
  const errors = form.formState.errors.types?.[index];
  const active = useWatch({ control: form.control, name: `types.${index}.active` });
  const name = label || t('plan.types.newRow', { n: index + 1 });
  const describe = (field: string, error: string | undefined) => (error ? `${id}-${field}-error` : undefined);
  const errorText = (field: string, error: string | undefined) =>
    error ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {error}
      </p>
    ) : null;
  return (
    <tr className={active ? undefined : 'row-inactive'}>
      <td className="plan-types-order">
        <Button
          variant="link"
          id={upId}
          disabled={index === 0}
          aria-label={t('plan.types.moveUp', { name })}
          onClick={() => onMove(index, index - 1)}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          variant="link"
          id={downId}
          disabled={index === count - 1}
          aria-label={t('plan.types.moveDown', { name })}
          onClick={() => onMove(index, index + 1)}
        >
          <span aria-hidden="true">↓</span>
        </Button>
      </td>
      <th scope="row" className="code">
        {isNew ? (
          <>
            <input
              {...form.register(`types.${index}.code`)}
              className="input input-short plan-types-code"
              aria-label={t('plan.types.codeOf', { n: index + 1 })}
              aria-invalid={errors?.code ? true : undefined}
              aria-describedby={describe('code', errors?.code?.message)}
              autoComplete="off"
              spellCheck={false}
            />
            {errorText('code', errors?.code?.message)}
          </>
        ) : (
          code
        )}
      </th>
      <td>
        <input
          {...form.register(`types.${index}.labelSv`)}
          className="input"
          lang="sv"
          aria-label={t('plan.types.labelSvOf', { name })}
          aria-invalid={errors?.labelSv ? true : undefined}
          aria-describedby={describe('labelSv', errors?.labelSv?.message)}
          autoComplete="off"
        />
        {errorText('labelSv', errors?.labelSv?.message)}
      </td>
      <td>
        <input
          {...form.register(`types.${index}.labelEn`)}
          className="input"
          lang="en"
          aria-label={t('plan.types.labelEnOf', { name })}
          aria-invalid={errors?.labelEn ? true : undefined}
          aria-describedby={describe('labelEn', errors?.labelEn?.message)}
          autoComplete="off"
        />
        {errorText('labelEn', errors?.labelEn?.message)}
      </td>
      <td>
        <label className="checkbox-row plan-types-active">
          <input
            type="checkbox"
            {...form.register(`types.${index}.active`)}
            aria-label={t('plan.types.activeOf', { name })}
          />
          <span aria-hidden="true">{t('plan.types.active')}</span>
        </label>
      </td>
      <td>
        <Button
          variant="link"
          className="link-danger"
          aria-label={t('plan.types.removeOf', { name })}
          onClick={() => onRemove(index)}
        >
          {t('common.remove')}
        </Button>
      </td>
    </tr>
  );
}
