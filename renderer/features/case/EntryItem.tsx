import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateContactInput, updateProgressInput } from '../../../main/api/participant-schemas';
import type { ContactDto, ProgressDto } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useCodeLabel } from '../../api/code-lists';
import { Button } from '../../components/Button';
import { CodeSelectField } from '../../components/CodeSelectField';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';

type Entry = { kind: 'contact'; value: ContactDto } | { kind: 'progress'; value: ProgressDto };

interface Values {
  onDate: string;
  code: string;
  text: string;
}

const isField = fieldsOf<Values>('onDate', 'code', 'text');

/**
 * One contact or progress step. Its author may correct it (the earlier version is kept and
 * shown in the history) or remove it, after a confirmation.
 */
export function EntryItem({ entry, mine }: { entry: Entry; mine: boolean }) {
  const { t, formatDateTime } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
  const apply = useApplyParticipant();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const code = entry.kind === 'contact' ? entry.value.kind : entry.value.category;
  const list = entry.kind === 'contact' ? 'contact_kinds' : 'progress_areas';
  const { value } = entry;
  const label = `${shortDate(value.onDate)} ${codeLabel(list, code)}`;

  const remove = async () => {
    setBusy(true);
    const result =
      entry.kind === 'contact'
        ? await call('contacts.remove', { contactId: value.id })
        : await call('progress.remove', { progressId: value.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await apply(result.value);
  };

  return (
    <li>
      <p className="entry-head">
        <time dateTime={value.onDate}>{shortDate(value.onDate)}</time>
        <strong>{codeLabel(list, code)}</strong>
        <span className="muted">
          {value.authorName}, {value.authorOrganisationName}
        </span>
        {value.editedAt ? (
          <span className="muted">{t('case.activity.edited', { time: formatDateTime(value.editedAt) })}</span>
        ) : null}
      </p>
      {mode === 'edit' ? (
        <EditEntryForm entry={entry} onDone={() => setMode('view')} />
      ) : (
        <p className="prewrap">{value.text}</p>
      )}
      {mine && mode === 'view' ? (
        <div className="entry-actions">
          <Button
            variant="link"
            onClick={() => setMode('edit')}
            aria-label={t('case.activity.editNamed', { label })}
          >
            {t('case.activity.edit')}
          </Button>
          <Button
            variant="link"
            onClick={() => setMode('remove')}
            aria-label={t('case.activity.removeNamed', { label })}
          >
            {t('case.activity.remove')}
          </Button>
        </div>
      ) : null}
      {mode === 'remove' ? (
        <div
          className="alert alert-warning entry-confirm"
          role="group"
          aria-label={t('case.activity.removeNamed', { label })}
        >
          <p>{t('case.activity.removeConfirm')}</p>
          <div className="form-actions form-actions-start">
            <Button variant="danger" busy={busy} onClick={() => void remove()}>
              {t('case.activity.removeYes')}
            </Button>
            <Button onClick={() => setMode('view')}>{t('common.cancel')}</Button>
          </div>
        </div>
      ) : null}
      <FormAlert message={error} />
    </li>
  );
}

function EditEntryForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const schema = entry.kind === 'contact' ? updateContactInput : updateProgressInput;
  const resolver = useMemo(
    () =>
      formResolver(schema, lang, (values: Values) =>
        entry.kind === 'contact'
          ? { contactId: entry.value.id, onDate: values.onDate, kind: values.code, text: values.text }
          : { progressId: entry.value.id, onDate: values.onDate, category: values.code, text: values.text },
      ),
    [schema, lang, entry],
  );
  const form = useForm<
    Values,
    unknown,
    z.output<typeof updateContactInput> | z.output<typeof updateProgressInput>
  >({
    resolver,
    defaultValues: {
      onDate: entry.value.onDate,
      code: entry.kind === 'contact' ? entry.value.kind : entry.value.category,
      text: entry.value.text,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result =
      'contactId' in input ? await call('contacts.update', input) : await call('progress.update', input);
    if (!result.ok) {
      const field =
        result.error.field === 'kind' || result.error.field === 'category' ? 'code' : result.error.field;
      return applyApiError(form.setError, { ...result.error, ...(field ? { field } : {}) }, isField);
    }
    onDone();
    await apply(result.value);
  });
  return (
    <form onSubmit={submit} noValidate className="entry-edit">
      <div className="field-row">
        <DateField
          label={t('case.activity.date')}
          registration={form.register('onDate')}
          error={errors.onDate?.message}
        />
        <CodeSelectField
          label={t(entry.kind === 'contact' ? 'case.activity.kind' : 'case.activity.category')}
          list={entry.kind === 'contact' ? 'contact_kinds' : 'progress_areas'}
          emptyLabel={t('common.choose')}
          registration={form.register('code')}
          error={errors.code?.message}
        />
      </div>
      <TextAreaField
        label={t(entry.kind === 'contact' ? 'case.activity.contactText' : 'case.activity.progressText')}
        registration={form.register('text')}
        error={errors.text?.message}
        rows={3}
      />
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('case.activity.saveCorrection')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
