import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { addContactInput, addProgressInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { CodeSelectField } from '../../components/CodeSelectField';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';

interface Values {
  onDate: string;
  kind: string;
  text: string;
}

const isField = fieldsOf<Values>('onDate', 'kind', 'text');
const blank = (): Values => ({ onDate: todayIso(), kind: '', text: '' });

/** Records a contact (meeting, phone …) or a progress step (stegförflyttning). */
export function AddEntryForm({
  participant,
  entry,
}: {
  participant: ParticipantDetail;
  entry: 'contact' | 'progress';
}) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const schema = entry === 'contact' ? addContactInput : addProgressInput;
  const resolver = useMemo(
    () =>
      formResolver(schema, lang, (values: Values) => ({
        participantId: participant.id,
        onDate: values.onDate,
        ...(entry === 'contact'
          ? { kind: values.kind === '' ? undefined : values.kind }
          : { category: values.kind === '' ? undefined : values.kind }),
        text: values.text,
      })),
    [schema, lang, participant.id, entry],
  );
  const form = useForm<Values, unknown, z.output<typeof addContactInput> | z.output<typeof addProgressInput>>(
    {
      resolver,
      defaultValues: blank(),
    },
  );
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = 'kind' in input ? await call('contacts.add', input) : await call('progress.add', input);
    if (!result.ok) {
      const field = result.error.field === 'category' ? 'kind' : result.error.field;
      return applyApiError(form.setError, { ...result.error, ...(field ? { field } : {}) }, isField);
    }
    form.reset(blank());
    await apply(result.value);
  });
  const kindErrors = errors.kind?.message;
  return (
    <form onSubmit={submit} noValidate className="entry-form panel">
      <h3>{t(entry === 'contact' ? 'case.activity.addContact' : 'case.activity.addProgress')}</h3>
      <div className="field-row">
        <DateField
          label={t('case.activity.date')}
          registration={form.register('onDate')}
          error={errors.onDate?.message}
        />
        <CodeSelectField
          label={t(entry === 'contact' ? 'case.activity.kind' : 'case.activity.category')}
          list={entry === 'contact' ? 'contact_kinds' : 'progress_areas'}
          emptyLabel={t('common.choose')}
          registration={form.register('kind')}
          error={kindErrors}
        />
      </div>
      <TextAreaField
        label={t(entry === 'contact' ? 'case.activity.contactText' : 'case.activity.progressText')}
        registration={form.register('text')}
        error={errors.text?.message}
        rows={3}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t(entry === 'contact' ? 'case.activity.saveContact' : 'case.activity.saveProgress')}
        </Button>
      </div>
    </form>
  );
}
