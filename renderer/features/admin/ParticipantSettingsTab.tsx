import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateParticipantSettingsInput } from '../../../main/api/participant-schemas';
import type { ParticipantSettings } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';

interface Values {
  programmeMonths: string;
  inactivityWeeks: string;
  /** One criterion per line. */
  intakeCriteria: string;
}

const isField = fieldsOf<Values>('programmeMonths', 'inactivityWeeks', 'intakeCriteria');

function valuesOf(settings: ParticipantSettings): Values {
  return {
    programmeMonths: String(settings.programmeMonths),
    inactivityWeeks: String(settings.inactivityWeeks),
    intakeCriteria: settings.intakeCriteria.join('\n'),
  };
}

function SettingsForm({ settings }: { settings: ParticipantSettings }) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | undefined>();
  const resolver = useMemo(
    () =>
      formResolver(updateParticipantSettingsInput, lang, (values: Values) => ({
        programmeMonths: Number(values.programmeMonths),
        inactivityWeeks: Number(values.inactivityWeeks),
        intakeCriteria: values.intakeCriteria
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      })),
    [lang],
  );
  const form = useForm<Values, unknown, z.output<typeof updateParticipantSettingsInput>>({
    resolver,
    defaultValues: valuesOf(settings),
  });
  useEffect(() => form.reset(valuesOf(settings)), [settings, form]);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const result = await call('settings.updateParticipants', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    client.setQueryData(queryKeyOf('settings.participants', {}), result.value);
    await client.invalidateQueries({ queryKey: ['participants.list'] });
    setNotice(t('admin.settings.saved'));
  });
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
      <TextAreaField
        label={t('admin.settings.intakeCriteria')}
        hint={t('admin.settings.intakeCriteriaHint')}
        registration={form.register('intakeCriteria')}
        error={errors.intakeCriteria?.message}
        rows={5}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <StatusMessage message={notice} />
      <div className="form-actions">
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
