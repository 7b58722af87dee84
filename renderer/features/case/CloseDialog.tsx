import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import { closeInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { CodeSelectField } from '../../components/CodeSelectField';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyParticipant } from './useParticipant';

interface Values {
  onDate: string;
  closureReason: string;
  incomeSourceAtExit: string;
  occupationAtExit: string;
  nextStep: '' | 'arranged' | 'not_arranged';
  nextWhat: string;
  nextOrganisationId: string;
  nextContact: string;
  nextStartOn: string;
  notArrangedReason: string;
  handoverTo: string;
  recommendations: string;
  endOpenItems: boolean;
}

const isField = fieldsOf<Values>(
  'onDate',
  'closureReason',
  'incomeSourceAtExit',
  'occupationAtExit',
  'nextWhat',
  'nextOrganisationId',
  'nextContact',
  'nextStartOn',
  'notArrangedReason',
  'handoverTo',
  'recommendations',
);

/** The server's paths inside the next step, mapped to this form's fields. */
const nextStepFields: Record<string, keyof Values> = {
  'nextStep.what': 'nextWhat',
  'nextStep.organisationId': 'nextOrganisationId',
  'nextStep.contact': 'nextContact',
  'nextStep.startOn': 'nextStartOn',
  'nextStep.reason': 'notArrangedReason',
};

function nextStepOf(values: Values): z.input<typeof closeInput>['nextStep'] {
  if (values.nextStep === 'arranged') {
    return {
      arranged: true,
      what: values.nextWhat,
      organisationId: values.nextOrganisationId === '' ? null : Number(values.nextOrganisationId),
      contact: values.nextContact,
      startOn: values.nextStartOn === '' ? null : values.nextStartOn,
    };
  }
  if (values.nextStep === 'not_arranged') return { arranged: false, reason: values.notArrangedReason };
  return null;
}

/**
 * The closure form (avslut): the date and reason, the exit facts, the next step (or why none is
 * arranged — the team should not close before it has started), the handover and the
 * recommendations. Open interventions and actions are listed and end only when confirmed.
 */
export function CloseDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const [open, setOpen] = useState(false);
  const organisations = useApiQuery('organisations.list', {});
  const draft = useApiQuery(
    'participants.closureDraft',
    { participantId: participant.id },
    { enabled: open },
  );
  const resolver = useMemo(
    () =>
      formResolver(
        closeInput,
        lang,
        (values: Values) => ({
          participantId: participant.id,
          onDate: values.onDate,
          closureReason: values.closureReason === '' ? undefined : values.closureReason,
          incomeSourceAtExit: values.incomeSourceAtExit === '' ? null : values.incomeSourceAtExit,
          occupationAtExit: values.occupationAtExit,
          nextStep: nextStepOf(values),
          handoverTo: values.handoverTo,
          recommendations: values.recommendations,
          endOpenItems: values.endOpenItems,
        }),
        undefined,
        (path) => nextStepFields[path] ?? path,
      ),
    [lang, participant.id],
  );
  const blank = (): Values => ({
    onDate: todayIso(),
    closureReason: '',
    incomeSourceAtExit: '',
    occupationAtExit: '',
    nextStep: '',
    nextWhat: '',
    nextOrganisationId: '',
    nextContact: '',
    nextStartOn: '',
    notArrangedReason: '',
    handoverTo: participant.referrals[0]?.caseworkerName ?? '',
    recommendations: '',
    endOpenItems: false,
  });
  const form = useForm<Values, unknown, z.output<typeof closeInput>>({ resolver, defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  const nextStep = useWatch({ control: form.control, name: 'nextStep' });
  const openInterventions = draft.data?.openInterventions.length ?? 0;
  const openActions = draft.data?.openActions.length ?? 0;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.close', input);
    if (!result.ok) {
      const { field } = result.error;
      const error =
        field === undefined ? result.error : { ...result.error, field: nextStepFields[field] ?? field };
      return applyApiError(form.setError, error, isField);
    }
    setOpen(false);
    await apply(result.value);
  });
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blank());
        setOpen(next);
      }}
      trigger={<Button>{t('case.close.open')}</Button>}
      title={t('case.close.title')}
      onSubmit={submit}
      submitLabel={t('case.close.submit')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <div className="form-row">
        <DateField
          label={t('case.close.onDate')}
          registration={form.register('onDate')}
          error={errors.onDate?.message}
        />
        <CodeSelectField
          label={t('case.close.reason')}
          list="closure_reasons"
          emptyLabel={t('common.choose')}
          registration={form.register('closureReason')}
          error={errors.closureReason?.message}
        />
      </div>
      <div className="form-row">
        <CodeSelectField
          label={t('case.close.incomeAtExit')}
          list="income_sources"
          emptyLabel={t('case.close.unknown')}
          registration={form.register('incomeSourceAtExit')}
          error={errors.incomeSourceAtExit?.message}
        />
        <TextField
          label={t('case.close.occupationAtExit')}
          registration={form.register('occupationAtExit')}
          error={errors.occupationAtExit?.message}
        />
      </div>
      <RadioGroupField
        legend={t('case.close.nextStep')}
        hint={t('case.close.nextStepHint')}
        registration={form.register('nextStep')}
        options={[
          { value: 'arranged', label: t('case.close.nextStep.arranged') },
          { value: 'not_arranged', label: t('case.close.nextStep.notArranged') },
        ]}
      />
      {nextStep === 'arranged' ? (
        <>
          <TextField
            label={t('case.close.nextWhat')}
            registration={form.register('nextWhat')}
            error={errors.nextWhat?.message}
          />
          <div className="form-row">
            <SelectField
              label={t('case.close.nextOrganisation')}
              registration={form.register('nextOrganisationId')}
              error={errors.nextOrganisationId?.message}
            >
              <option value="">{t('case.close.nextOrganisationOther')}</option>
              {(organisations.data ?? [])
                .filter((org) => org.active)
                .map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.name}
                  </option>
                ))}
            </SelectField>
            <DateField
              label={t('case.close.nextStartOn')}
              registration={form.register('nextStartOn')}
              error={errors.nextStartOn?.message}
            />
          </div>
          <TextField
            label={t('case.close.nextContact')}
            registration={form.register('nextContact')}
            error={errors.nextContact?.message}
          />
        </>
      ) : null}
      {nextStep === 'not_arranged' ? (
        <>
          <p className="alert alert-warning" role="status">
            {t('case.close.notArrangedWarning')}
          </p>
          <TextAreaField
            label={t('case.close.notArrangedReason')}
            registration={form.register('notArrangedReason')}
            error={errors.notArrangedReason?.message}
          />
        </>
      ) : null}
      <TextField
        label={t('case.close.handoverTo')}
        hint={t('case.close.handoverHint')}
        registration={form.register('handoverTo')}
        error={errors.handoverTo?.message}
      />
      <TextAreaField
        label={t('case.close.recommendations')}
        hint={t('case.close.recommendationsHint')}
        registration={form.register('recommendations')}
        error={errors.recommendations?.message}
      />
      {openInterventions + openActions > 0 ? (
        <div className="alert alert-warning">
          <p>{t('case.close.openItems', { interventions: openInterventions, actions: openActions })}</p>
          <CheckboxField label={t('case.close.endOpenItems')} registration={form.register('endOpenItems')} />
        </div>
      ) : null}
    </FormDialog>
  );
}
