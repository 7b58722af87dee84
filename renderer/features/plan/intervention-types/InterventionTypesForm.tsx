import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { saveInterventionTypesInput } from '../../../../main/api/plan-mapping-schemas';
import type { InterventionTypeDto } from '../../../../main/api/plan-mapping-types';
import { call } from '../../../api/call';
import { queryKeyOf } from '../../../api/query';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { applyApiError } from '../../../forms/applyApiError';
import { formResolver } from '../../../forms/formResolver';
import { rootErrorMessage } from '../../../forms/rootError';
import { useT } from '../../../i18n/useT';
import { InterventionTypeRow } from './InterventionTypeRow';
import { type TypesValues, blankTypeRow, isTypesField, typesInput, typesValuesOf } from './types-form';

/** Edits the whole list at once: labels, order, active flag, new types; one save. */
export function InterventionTypesForm({ types }: { types: InterventionTypeDto[] }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const baseId = useId();
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(() => formResolver(saveInterventionTypesInput, lang, typesInput), [lang]);
  const form = useForm<TypesValues, unknown, z.output<typeof saveInterventionTypesInput>>({
    resolver,
    defaultValues: typesValuesOf(types),
  });
  const array = useFieldArray({ control: form.control, name: 'types' });
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
    const result = await call('interventionTypes.save', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isTypesField);
    form.reset(typesValuesOf(result.value));
    client.setQueryData(queryKeyOf('interventionTypes.list', {}), result.value);
    await client.invalidateQueries({ queryKey: ['plan.get'] });
    setNotice(t('plan.types.saved'));
  });

  return (
    <form onSubmit={submit} noValidate className="plan-types-form">
      <div className="table-wrap">
        <table className="table table-compact plan-types-table">
          <caption className="visually-hidden">{t('plan.types.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.types.order')}</th>
              <th scope="col">{t('plan.types.code')}</th>
              <th scope="col">{t('plan.types.labelSv')}</th>
              <th scope="col">{t('plan.types.labelEn')}</th>
              <th scope="col">{t('plan.types.status')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {array.fields.map((field, index) => (
              <InterventionTypeRow
                key={field.id}
                form={form}
                index={index}
                count={array.fields.length}
                code={field.isNew ? '' : field.code}
                label={field.isNew ? '' : lang === 'sv' ? field.labelSv : field.labelEn}
                isNew={field.isNew}
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
      <FormAlert message={rootErrorMessage(errors) ?? errors.types?.root?.message ?? errors.types?.message} />
      <StatusMessage message={notice} />
      <div className="form-actions form-actions-start">
        <Button onClick={() => array.append(blankTypeRow())} disabled={array.fields.length >= 100}>
          {t('plan.types.add')}
        </Button>
        <Button
          onClick={() => {
            setNotice(undefined);
            form.reset(typesValuesOf(types));
          }}
          disabled={!isDirty}
        >
          {t('plan.types.undo')}
        </Button>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
