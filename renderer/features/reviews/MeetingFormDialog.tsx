import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createMeetingInput } from '../../../main/api/review-schemas';
import type { MeetingDto } from '../../../main/api/review-types';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { goTo, meetingHref } from '../shell/routes';
import { AttendeeFields } from './AttendeeFields';
import {
  blankMeeting,
  type MeetingValues,
  meetingInput,
  valuesFromSeries,
  valuesOfMeeting,
} from './meeting-form';

const isField = fieldsOf<MeetingValues>(
  'seriesId',
  'date',
  'startTime',
  'durationMinutes',
  'place',
  'attendeeUserIds',
);

interface Props {
  /** Null: plan a new meeting; otherwise change this planned one. */
  meeting: MeetingDto | null;
  onDone: (message: string) => void;
}

/** Plans a meeting (date, time, length, place, attendees; optionally from a series) or changes one. */
export function MeetingFormDialog({ meeting, onDone }: Props) {
  const { t, lang } = useT();
  const shortDate = useShortDate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const members = useApiQuery('team.members', {});
  const series = useApiQuery('meetingSeries.list', {});
  const memberList = members.data ?? [];
  const activeSeries = (series.data ?? []).filter((s) => s.active);
  const resolver = useMemo(() => formResolver(createMeetingInput, lang, meetingInput), [lang]);
  const initial = (): MeetingValues =>
    meeting ? valuesOfMeeting(meeting) : blankMeeting(memberList.map((m) => m.id));
  const form = useForm<MeetingValues, unknown, z.output<typeof createMeetingInput>>({
    resolver,
    defaultValues: initial(),
  });
  const { errors, isSubmitting } = form.formState;
  // Two meetings on one day are allowed (a second review, an extra meeting) but rarely meant.
  const others = useApiQuery('meetings.list', { includeFinished: true });
  const chosenDate = useWatch({ control: form.control, name: 'date' });
  const sameDay = (others.data ?? []).find((other) => other.date === chosenDate && other.id !== meeting?.id);
  const title = meeting ? t('reviews.meetingForm.editTitle') : t('reviews.meetingForm.createTitle');

  const submit = form.handleSubmit(async (input) => {
    const result = meeting
      ? await call('meetings.update', {
          meetingId: meeting.id,
          date: input.date,
          startTime: input.startTime,
          durationMinutes: input.durationMinutes,
          place: input.place,
          attendeeUserIds: input.attendeeUserIds,
        })
      : await call('meetings.create', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    client.setQueryData(queryKeyOf('meetings.get', { meetingId: result.value.id }), result.value);
    await client.invalidateQueries({ queryKey: queryKeyOf('meetings.list') });
    setOpen(false);
    if (meeting) {
      onDone(t('reviews.meetingForm.saved'));
    } else {
      goTo(meetingHref(result.value.id, 'agenda'));
    }
  });

  const chooseSeries = (id: string) => {
    const chosen = activeSeries.find((s) => String(s.id) === id);
    const values = form.getValues();
    form.reset(chosen ? valuesFromSeries(values, chosen) : { ...values, seriesId: '' });
  };

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(initial());
        setOpen(next);
      }}
      trigger={
        <Button variant={meeting ? 'secondary' : 'primary'}>
          {meeting ? t('reviews.meetingForm.edit') : t('reviews.meetingForm.create')}
        </Button>
      }
      title={title}
    >
      <form onSubmit={submit} noValidate className="stack">
        {!meeting && activeSeries.length > 0 ? (
          <SelectField
            label={t('reviews.field.series')}
            hint={t('reviews.field.seriesHint')}
            registration={form.register('seriesId', {
              onChange: (event) => chooseSeries(event.target.value),
            })}
            error={errors.seriesId?.message}
          >
            <option value="">{t('reviews.field.noSeries')}</option>
            {activeSeries.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="rv-field-row">
          <DateField
            label={t('reviews.field.date')}
            registration={form.register('date')}
            error={errors.date?.message}
          />
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
        <AttendeeFields
          members={memberList}
          registration={form.register('attendeeUserIds')}
          error={errors.attendeeUserIds?.message}
        />
        {sameDay ? (
          <p className="alert alert-warning" role="status">
            {t('reviews.meetingForm.sameDay', {
              date: shortDate(sameDay.date),
              time: sameDay.startTime,
              place: sameDay.place,
            })}
          </p>
        ) : null}
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {meeting ? t('common.save') : t('reviews.meetingForm.create')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
