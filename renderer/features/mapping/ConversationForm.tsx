import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { saveConversationInput } from '../../../main/api/plan-mapping-schemas';
import type { MappingConversationDto } from '../../../main/api/plan-mapping-types';
import { call } from '../../api/call';
import { queryKeyOf } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useStamp } from './useStamp';

interface Values {
  heldOn: string;
  attendees: string;
  summary: string;
}

const isField = fieldsOf<Values>('heldOn', 'attendees', 'summary');

interface Props {
  participantId: number;
  number: 1 | 2 | 3;
  saved: MappingConversationDto | undefined;
  canWrite: boolean;
}

/** One in-depth conversation (1 present situation, 2 direction, 3 next step and plan). */
export function ConversationForm({ participantId, number, saved, canWrite }: Props) {
  const { t, lang } = useT();
  const { stamp } = useStamp();
  const shortDate = useShortDate();
  const headingId = `conversation-${number}-heading`;
  const client = useQueryClient();
  const resolver = useMemo(
    () =>
      formResolver(saveConversationInput, lang, (values: Values) => ({ participantId, number, ...values })),
    [lang, participantId, number],
  );
  const form = useForm<Values, unknown, z.output<typeof saveConversationInput>>({
    resolver,
    defaultValues: saved
      ? { heldOn: saved.heldOn, attendees: saved.attendees, summary: saved.summary }
      : { heldOn: '', attendees: '', summary: '' },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('mapping.saveConversation', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    client.setQueryData(queryKeyOf('mapping.get', { participantId }), result.value);
  });
  if (!canWrite) {
    // Read only: what was recorded, as text (no form that looks editable).
    return (
      <section className="conversation" aria-labelledby={headingId}>
        <h3 id={headingId}>{t(`mapping.conversation.${number}`)}</h3>
        <p className="muted small">{t(`mapping.conversation.${number}.about`)}</p>
        {saved ? (
          <>
            <p className="small">
              {t('mapping.conversation.savedBy', { name: saved.authorName, time: stamp(saved.updatedAt) })}
            </p>
            <dl className="conversation-facts">
              <dt>{t('mapping.conversation.heldOn')}</dt>
              <dd>{shortDate(saved.heldOn)}</dd>
              <dt>{t('mapping.conversation.attendees')}</dt>
              <dd>{saved.attendees}</dd>
              <dt>{t('mapping.conversation.summary')}</dt>
              <dd className="prewrap">{saved.summary}</dd>
            </dl>
          </>
        ) : (
          <p>{t('mapping.conversation.notYet')}</p>
        )}
      </section>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="conversation" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`mapping.conversation.${number}`)}</h3>
      <p className="muted small">{t(`mapping.conversation.${number}.about`)}</p>
      {saved ? (
        <p className="small">
          {t('mapping.conversation.savedBy', { name: saved.authorName, time: stamp(saved.updatedAt) })}
        </p>
      ) : (
        <p className="small">{t('mapping.conversation.notYet')}</p>
      )}
      <fieldset className="plain-fieldset">
        <DateField
          label={t('mapping.conversation.heldOn')}
          registration={form.register('heldOn')}
          error={errors.heldOn?.message}
        />
        <TextField
          label={t('mapping.conversation.attendees')}
          registration={form.register('attendees')}
          error={errors.attendees?.message}
        />
        <TextAreaField
          label={t('mapping.conversation.summary')}
          registration={form.register('summary')}
          error={errors.summary?.message}
          rows={3}
        />
      </fieldset>
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions">
        <span role="status" className="muted">
          {isSubmitSuccessful && !isSubmitting ? t('mapping.conversation.saved') : null}
        </span>
        <Button type="submit" busy={isSubmitting}>
          {t('mapping.conversation.save')}
        </Button>
      </div>
    </form>
  );
}
