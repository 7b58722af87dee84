import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { reviewSettingsInput } from '../../../main/api/review-schemas';
import type { ReviewSettings } from '../../../main/api/review-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { numberFromField } from './meeting-form';

type Field = 'plannedEndWeeks' | 'notDiscussedWeeks' | 'mappingWeeks' | 'defaultItemMinutes';
type Values = Record<Field, string>;

const fields: readonly Field[] = [
  'plannedEndWeeks',
  'notDiscussedWeeks',
  'mappingWeeks',
  'defaultItemMinutes',
];
const isField = fieldsOf<Values>(...fields);
/** The ranges the schema allows, so an out-of-range number reads as invalid (not "too long"). */
const ranges: Record<Field, [number, number]> = {
  plannedEndWeeks: [1, 26],
  notDiscussedWeeks: [1, 52],
  mappingWeeks: [1, 26],
  defaultItemMinutes: [1, 120],
};

function checks(values: Values): ClientIssue[] {
  return fields.flatMap((field): ClientIssue[] => {
    const value = numberFromField(values[field]);
    const [min, max] = ranges[field];
    if (values[field].trim() === '') return [{ path: field, message: 'validation.required' }];
    return Number.isInteger(value) && value >= min && value <= max
      ? []
      : [{ path: field, message: 'validation.invalid' }];
  });
}

function valuesOf(settings: ReviewSettings): Values {
  return {
    plannedEndWeeks: String(settings.plannedEndWeeks),
    notDiscussedWeeks: String(settings.notDiscussedWeeks),
    mappingWeeks: String(settings.mappingWeeks),
    defaultItemMinutes: String(settings.defaultItemMinutes),
  };
}

function SettingsForm({ settings }: { settings: ReviewSettings }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () =>
      formResolver(
        reviewSettingsInput,
        lang,
        (values: Values) => ({
          plannedEndWeeks: numberFromField(values.plannedEndWeeks),
          notDiscussedWeeks: numberFromField(values.notDiscussedWeeks),
          mappingWeeks: numberFromField(values.mappingWeeks),
          defaultItemMinutes: numberFromField(values.defaultItemMinutes),
        }),
        checks,
      ),
    [lang],
  );
  const form = useForm<Values, unknown, z.output<typeof reviewSettingsInput>>({
    resolver,
    defaultValues: valuesOf(settings),
  });
  useEffect(() => form.reset(valuesOf(settings)), [settings, form]);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const result = await call('reviews.updateSettings', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    client.setQueryData(queryKeyOf('reviews.settings', {}), result.value);
    await client.invalidateQueries({ queryKey: queryKeyOf('meetings.suggest') });
    setNotice(t('reviews.settings.saved'));
  });
  return (
    <form onSubmit={submit} noValidate className="stack rv-settings-form">
      {fields.map((field) => (
        <TextField
          key={field}
          label={t(`reviews.settings.${field}`)}
          hint={t(`reviews.settings.${field}Hint`, { min: ranges[field][0], max: ranges[field][1] })}
          registration={form.register(field)}
          error={errors[field]?.message}
          inputClassName="rv-input-short"
        />
      ))}
      <p className="muted">{t('reviews.settings.inactivity', { weeks: settings.inactivityWeeks })}</p>
      <FormAlert message={rootErrorMessage(errors)} />
      <StatusMessage message={notice} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

/** The thresholds behind the agenda suggestions and the default time per item. */
export function ReviewSettingsView() {
  const { t } = useT();
  const settings = useApiQuery('reviews.settings', {});
  return (
    <>
      <h2>{t('reviews.settings.title')}</h2>
      <p className="lead">{t('reviews.settings.lead')}</p>
      <QueryState query={settings}>{(data) => <SettingsForm settings={data} />}</QueryState>
    </>
  );
}
