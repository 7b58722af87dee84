import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { addMonths, todayIso } from '../../../main/api/dates';
import { enrolInput } from '../../../main/api/participant-schemas';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { call } from '../../api/call';
import { useCodeLabel } from '../../api/code-lists';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { IncomeSourceField } from '../caseload/IncomeSourceField';
import { incomeSourceInput } from '../caseload/referral-form';
import { currentPeriodOf } from './periods';
import { useApplyParticipant } from './useParticipant';

interface Values {
  startOn: string;
  plannedEndOn: string;
  intakeCriteria: string[];
  /** Empty: keep what the referral said. */
  incomeSourceAtStart: string;
}

const isField = fieldsOf<Values>('startOn', 'plannedEndOn', 'intakeCriteria', 'incomeSourceAtStart');

/**
 * Accept the referral and enrol: start date, planned end (start + programme length), the income
 * source at the start (when the referral's needs correcting) and the intake criteria.
 */
export function EnrolDialog({ participant }: { participant: ParticipantDetail }) {
  const { t, lang } = useT();
  const apply = useApplyParticipant();
  const codeLabel = useCodeLabel();
  const settings = useApiQuery('settings.participants', {});
  const months = settings.data?.programmeMonths ?? 6;
  const [open, setOpen] = useState(false);
  const fromReferral = currentPeriodOf(participant)?.incomeSourceAtStart ?? null;
  const resolver = useMemo(
    () =>
      formResolver(enrolInput, lang, (values: Values) => ({
        participantId: participant.id,
        startOn: values.startOn,
        plannedEndOn: values.plannedEndOn === '' ? null : values.plannedEndOn,
        intakeCriteria: values.intakeCriteria,
        incomeSourceAtStart: incomeSourceInput(values.incomeSourceAtStart),
      })),
    [lang, participant.id],
  );
  const blank = (): Values => ({
    startOn: todayIso(),
    plannedEndOn: addMonths(todayIso(), months),
    intakeCriteria: [],
    incomeSourceAtStart: '',
  });
  const form = useForm<Values, unknown, z.output<typeof enrolInput>>({ resolver, defaultValues: blank() });
  const { errors, isSubmitting } = form.formState;
  // Enrolling without someone responsible or without a met criterion is allowed, but rarely meant.
  const criteria = useWatch({ control: form.control, name: 'intakeCriteria' });
  const noCriterion = !Array.isArray(criteria) ? !criteria : criteria.length === 0;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('participants.enrol', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
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
      trigger={<Button variant="primary">{t('case.enrol.open')}</Button>}
      title={t('case.enrol.title')}
      onSubmit={submit}
      submitLabel={t('case.enrol.submit')}
      busy={isSubmitting}
      error={rootErrorMessage(errors)}
    >
      <div className="field-row">
        <DateField
          label={t('case.enrol.startOn')}
          registration={form.register('startOn')}
          error={errors.startOn?.message}
        />
        <DateField
          label={t('case.enrol.plannedEndOn')}
          hint={t('case.enrol.plannedEndHint', { months })}
          registration={form.register('plannedEndOn')}
          error={errors.plannedEndOn?.message}
        />
      </div>
      <IncomeSourceField
        label={t('case.enrol.incomeSource')}
        hint={
          fromReferral
            ? t('case.enrol.incomeSourceFromReferral', {
                source: codeLabel('income_sources', fromReferral),
              })
            : t('case.enrol.incomeSourceNotGiven')
        }
        emptyLabel={t('case.enrol.incomeSourceKeep')}
        registration={form.register('incomeSourceAtStart')}
        error={errors.incomeSourceAtStart?.message}
      />
      <fieldset className="field checkbox-group">
        <legend className="field-label">{t('case.enrol.criteria')}</legend>
        {(settings.data?.intakeCriteria ?? []).map((criterion) => (
          <CheckboxField
            key={criterion}
            label={criterion}
            value={criterion}
            registration={form.register('intakeCriteria')}
          />
        ))}
      </fieldset>
      {participant.responsibleUser === null || noCriterion ? (
        <div className="alert alert-warning" role="status">
          <ul className="enrol-warnings">
            {participant.responsibleUser === null ? <li>{t('case.enrol.warnNoResponsible')}</li> : null}
            {noCriterion ? <li>{t('case.enrol.warnNoCriterion')}</li> : null}
          </ul>
        </div>
      ) : null}
    </FormDialog>
  );
}
