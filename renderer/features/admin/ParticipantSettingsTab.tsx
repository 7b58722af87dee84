import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { type FieldErrors, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateParticipantSettingsInput } from '../../../main/api/participant-schemas';
import type { ParticipantSettings } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { TextListField } from '../../components/TextListField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';

interface Values {
  programmeMonths: string;
  inactivityWeeks: string;
  closedAccessMarginDays: string;
  /** One input per criterion (a field array needs objects). */
  intakeCriteria: { text: string }[];
}

const isField = fieldsOf<Values>(
  'programmeMonths',
  'inactivityWeeks',
  'closedAccessMarginDays',
  'intakeCriteria',
);

function valuesOf(settings: ParticipantSettings): Values {
  return {
    programmeMonths: String(settings.programmeMonths),
    inactivityWeeks: String(settings.inactivityWeeks),
    closedAccessMarginDays: String(settings.closedAccessMarginDays),
    intakeCriteria: settings.intakeCriteria.map((text) => ({ text })),
  };
}

function SettingsForm({ settings }: { settings: ParticipantSettings }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(updateParticipantSettingsInput, lang, (values: Values) => ({
        programmeMonths: Number(values.programmeMonths),
        inactivityWeeks: Number(values.inactivityWeeks),
        closedAccessMarginDays: Number(values.closedAccessMarginDays),
        intakeCriteria: values.intakeCriteria.map((criterion) => criterion.text),
      })),
    [lang],
  );
  const form = useForm<Values, unknown, z.output<typeof updateParticipantSettingsInput>>({
    resolver,
    defaultValues: valuesOf(settings),
  });
  const criteria = useFieldArray({ control: form.control, name: 'intakeCriteria' });
  useEffect(() => form.reset(valuesOf(settings)), [settings, form]);
  const { errors, isSubmitting } = form.formState;
  // The schema reports a bad criterion at `intakeCriteria.N` (the string), the input is
  // registered as `intakeCriteria.N.text`; so the message is read there, and focus set by hand.
  const criterionError = (index: number, all: FieldErrors<Values> = errors) =>
    all.intakeCriteria?.[index]?.message;
  const focusFirstBadCriterion = (all: FieldErrors<Values>) => {
    const index = criteria.fields.findIndex((_, i) => criterionError(i, all) !== undefined);
    if (index >= 0 && !all.programmeMonths && !all.inactivityWeeks && !all.closedAccessMarginDays) {
      form.setFocus(`intakeCriteria.${index}.text`);
    }
  };
  const submit = form.handleSubmit(async (input) => {
    setSaved(false);
    const result = await call('settings.updateParticipants', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    client.setQueryData(queryKeyOf('settings.participants', {}), result.value);
    await client.invalidateQueries({ queryKey: ['participants.list'] });
    setSaved(true);
  }, focusFirstBadCriterion);
  return (
    <form onSubmit={submit} noValidate className="stack settings-form">
      <TextField
        label={t('admin.settings.programmeMonths')}
        hint={t('admin.settings.programmeMonthsHint')}
        registration={form.register('programmeMonths')}
        error={errors.programmeMonths?.message}
        inputClassName="input-short"
      />
      <TextField
        label={t('admin.settings.inactivityWeeks')}
        hint={t('admin.settings.inactivityWeeksHint')}
        registration={form.register('inactivityWeeks')}
        error={errors.inactivityWeeks?.message}
        inputClassName="input-short"
      />
      <TextField
        label={t('admin.settings.closedAccessMarginDays')}
        hint={t('admin.settings.closedAccessMarginDaysHint')}
        registration={form.register('closedAccessMarginDays')}
        error={errors.closedAccessMarginDays?.message}
        inputClassName="input-short"
      />
      <TextListField
        legend={t('admin.settings.intakeCriteria')}
        hint={t('admin.settings.intakeCriteriaListHint')}
        items={criteria.fields.map((field, index) => ({
          key: field.id,
          registration: form.register(`intakeCriteria.${index}.text`),
          error: criterionError(index),
        }))}
        itemLabel={(n) => t('admin.settings.criterionN', { n })}
        removeLabel={(n) => t('admin.settings.removeCriterionN', { n })}
        addLabel={t('admin.settings.addCriterion')}
        onAdd={() => criteria.append({ text: '' })}
        onRemove={(index) => criteria.remove(index)}
        error={errors.intakeCriteria?.root?.message ?? errors.intakeCriteria?.message}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <StatusMessage message={saved ? t('admin.settings.saved') : undefined} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

/** Programme length, the inactivity threshold and the intake criteria. */
export function ParticipantSettingsTab() {
  const { t } = useT();
  const settings = useApiQuery('settings.participants', {});
  return (
    <>
      <h2>{t('admin.settings.title')}</h2>
      <QueryState query={settings}>{(data) => <SettingsForm settings={data} />}</QueryState>
    </>
  );
}
