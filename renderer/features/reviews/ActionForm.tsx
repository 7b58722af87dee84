import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createActionInput } from '../../../main/api/review-schemas';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { type ClientIssue, formResolver, idFromField } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useMeetingAnnounce } from './meeting-announcer';

interface Values {
  what: string;
  responsibleUserId: string;
  organisationId: string;
  dueOn: string;
}

const isField = fieldsOf<Values>('what', 'responsibleUserId', 'organisationId', 'dueOn');
/** An unchosen organisation reads as required (the schema alone would call it invalid). */
function checks(values: Values): ClientIssue[] {
  return values.organisationId === '' ? [{ path: 'organisationId', message: 'validation.required' }] : [];
}

const blank: Values = { what: '', responsibleUserId: '', organisationId: '', dueOn: '' };

interface Props {
  /** The meeting item the action comes from (null on a participant's page). */
  itemId: number | null;
  participantId: number | null;
  /** Changes of this number move the focus to "Vad ska göras?" (the N key in the meeting). */
  focusRequest?: number;
  onSaved?: () => void;
  /** Organisations the case's consent covers today; another one is warned about (not refused). */
  covered?: ReadonlySet<number>;
}

/**
 * A new action: what, who (a team member), which organisation (the person's by default) and by
 * when. Without a responsible person or a due date it is refused, next to the field. After a
 * save the focus is back in the empty "what" field, ready for the next action.
 */
export function ActionForm({ itemId, participantId, focusRequest = 0, onSaved, covered }: Props) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const members = useApiQuery('team.members', {});
  const organisations = useApiQuery('organisations.list', {});
  const announce = useMeetingAnnounce();
  const [notice, setNotice] = useState<string | undefined>();
  const [initialRequest] = useState(focusRequest);
  const resolver = useMemo(
    () =>
      formResolver(
        createActionInput,
        lang,
        (values: Values) => ({
          participantId: itemId === null ? participantId : null,
          itemId,
          what: values.what,
          responsibleUserId: idFromField(values.responsibleUserId),
          organisationId: idFromField(values.organisationId),
          dueOn: values.dueOn,
        }),
        checks,
      ),
    [lang, itemId, participantId],
  );
  const form = useForm<Values, unknown, z.output<typeof createActionInput>>({
    resolver,
    defaultValues: blank,
  });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (focusRequest !== initialRequest) form.setFocus('what', { shouldSelect: true });
  }, [focusRequest, initialRequest, form]);

  const chooseResponsible = (userId: string) => {
    const member = members.data?.find((m) => String(m.id) === userId);
    if (member) form.setValue('organisationId', String(member.organisationId));
  };
  const submit = form.handleSubmit(async (input) => {
    setNotice(undefined);
    const result = await call('actions.create', input);
    if (!result.ok) {
      applyApiError(form.setError, result.error, isField);
      // A refusal without a field of its own: the focus goes back to the start of the form.
      if (result.error.field === undefined || !isField(result.error.field)) form.setFocus('what');
      return;
    }
    // The saving button was disabled for a moment, which drops the focus: back to "what"
    // (before the reset, which forgets the registered fields until the next render).
    form.setFocus('what');
    form.reset(blank);
    const saved = t('reviews.actions.created', {
      what: result.value.what,
      name: result.value.responsible.name,
    });
    if (announce) announce(saved);
    else setNotice(saved);
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeyOf('actions.list') }),
      client.invalidateQueries({ queryKey: queryKeyOf('meetings.minutes') }),
    ]);
    onSaved?.();
  });
  const activeOrganisations = (organisations.data ?? []).filter((o) => o.active);
  const chosen = Number(useWatch({ control: form.control, name: 'organisationId' }));
  const uncovered =
    covered && chosen > 0 && !covered.has(chosen)
      ? activeOrganisations.find((o) => o.id === chosen)
      : undefined;
  return (
    <form onSubmit={submit} noValidate className="rv-action-form" aria-labelledby="rv-action-form-heading">
      <h3 id="rv-action-form-heading">
        {t('reviews.actions.new')} {itemId !== null ? <kbd>N</kbd> : null}
      </h3>
      <TextField
        label={t('reviews.actions.what')}
        registration={form.register('what')}
        error={errors.what?.message}
      />
      <div className="rv-action-fields">
        <SelectField
          label={t('reviews.actions.responsible')}
          registration={form.register('responsibleUserId', {
            onChange: (event) => chooseResponsible(event.target.value),
          })}
          error={errors.responsibleUserId?.message}
        >
          <option value="">{t('common.choose')}</option>
          {(members.data ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.organisationName})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reviews.actions.organisation')}
          registration={form.register('organisationId')}
          error={errors.organisationId?.message}
        >
          <option value="">{t('common.choose')}</option>
          {activeOrganisations.map((o) => (
            <option key={o.id} value={o.id}>
              {covered && !covered.has(o.id)
                ? t('reviews.actions.notCoveredOption', { name: o.name })
                : o.name}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t('reviews.actions.dueOn')}
          registration={form.register('dueOn')}
          error={errors.dueOn?.message}
        />
      </div>
      {uncovered ? (
        <p className="alert alert-warning" role="status">
          {t('reviews.actions.notCovered', { name: uncovered.name })}
        </p>
      ) : null}
      <FormAlert message={rootErrorMessage(errors)} />
      {announce ? null : <StatusMessage message={notice} />}
      <div className="form-actions form-actions-start">
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {t('reviews.actions.save')}
        </Button>
      </div>
    </form>
  );
}
