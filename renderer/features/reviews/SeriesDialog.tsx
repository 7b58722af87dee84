import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { saveSeriesInput } from '../../../main/api/review-schemas';
import type { MeetingSeriesDto } from '../../../main/api/review-types';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { numberFromField } from './meeting-form';

interface Values {
  name: string;
  weekday: string;
  startTime: string;
  durationMinutes: string;
  place: string;
  active: boolean;
}

const isField = fieldsOf<Values>('name', 'weekday', 'startTime', 'durationMinutes', 'place', 'active');
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

function valuesOf(series: MeetingSeriesDto | null): Values {
  return series
    ? {
        name: series.name,
        weekday: String(series.weekday),
        startTime: series.startTime,
        durationMinutes: String(series.durationMinutes),
        place: series.place,
        active: series.active,
      }
    : { name: '', weekday: '2', startTime: '09:00', durationMinutes: '90', place: '', active: true };
}

interface Props {
  series: MeetingSeriesDto | null;
  onDone: (message: string) => void;
}

/** A new recurring series or changes to one (name, weekday, time, length, place, active). */
export function SeriesDialog({ series, onDone }: Props) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(saveSeriesInput, lang, (values: Values) => ({
        seriesId: series?.id ?? null,
        name: values.name,
        weekday: numberFromField(values.weekday),
        startTime: values.startTime,
        durationMinutes: numberFromField(values.durationMinutes),
        place: values.place,
        active: values.active,
      })),
    [lang, series],
  );
  const form = useForm<Values, unknown, z.output<typeof saveSeriesInput>>({
    resolver,
    defaultValues: valuesOf(series),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('meetingSeries.save', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    await client.invalidateQueries({ queryKey: queryKeyOf('meetingSeries.list') });
    setOpen(false);
    onDone(t('reviews.series.saved', { name: result.value.name }));
  });
  const title = series ? t('reviews.series.editTitle', { name: series.name }) : t('reviews.series.create');
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(valuesOf(series));
        setOpen(next);
      }}
      trigger={
        series ? (
          <Button variant="link" aria-label={title}>
            {t('reviews.series.edit')}
          </Button>
        ) : (
          <Button>{t('reviews.series.create')}</Button>
        )
      }
      title={title}
    >
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('reviews.series.name')}
          registration={form.register('name')}
          error={errors.name?.message}
        />
        <div className="rv-field-row">
          <SelectField
            label={t('reviews.series.weekday')}
            registration={form.register('weekday')}
            error={errors.weekday?.message}
          >
            {weekdays.map((day) => (
              <option key={day} value={day}>
                {t(`reviews.weekday.${day}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('reviews.field.startTimeInput')}
            registration={form.register('startTime')}
            error={errors.startTime?.message}
            inputClassName="rv-input-short"
          />
          <TextField
            label={t('reviews.field.duration')}
            registration={form.register('durationMinutes')}
            error={errors.durationMinutes?.message}
            inputClassName="rv-input-short"
          />
        </div>
        <TextField
          label={t('reviews.field.place')}
          registration={form.register('place')}
          error={errors.place?.message}
        />
        <CheckboxField label={t('reviews.series.active')} registration={form.register('active')} />
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
