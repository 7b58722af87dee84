import { type FormEvent, useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { SetupDefaults, SetupResult } from '../../../main/api/contract';
import { setupInitializeInput } from '../../../main/api/schemas';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { applyApiError } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { AdminStep } from './AdminStep';
import { OrganisationsStep } from './OrganisationsStep';
import {
  initialValues,
  isSetupField,
  type SetupFormValues,
  type SetupInput,
  type SetupStep,
  setupClientChecks,
  stepFields,
  stepOfField,
  toSetupInput,
} from './setup-form';
import { StepIndicator } from './StepIndicator';
import { TeamStep } from './TeamStep';

interface Props {
  defaults: SetupDefaults;
  onDone: (result: SetupResult) => void;
}

export function SetupForm({ defaults, onDone }: Props) {
  const { t, lang } = useT();
  const [step, setStep] = useState<SetupStep>(1);
  const resolver = useMemo(
    () => formResolver(setupInitializeInput, lang, toSetupInput, setupClientChecks),
    [lang],
  );
  const form = useForm<SetupFormValues, unknown, SetupInput>({
    resolver,
    defaultValues: initialValues(defaults, lang),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const organisations = useFieldArray({ control: form.control, name: 'organisations' });
  const { errors, isSubmitting } = form.formState;

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (step === 3) return;
    if (await form.trigger(stepFields[step], { shouldFocus: true })) setStep(step === 1 ? 2 : 3);
  };

  const submit = form.handleSubmit(async (input) => {
    const result = await call('setup.initialize', input);
    if (result.ok) return onDone(result.value);
    const target = result.error.field ? stepOfField(result.error.field) : null;
    if (target) setStep(target);
    applyApiError(form.setError, result.error, isSetupField);
  });

  return (
    <form className="setup-form" onSubmit={step === 3 ? submit : next} noValidate>
      <StepIndicator step={step} />
      {step === 1 ? <TeamStep form={form} /> : null}
      {step === 2 ? <OrganisationsStep form={form} array={organisations} /> : null}
      {step === 3 ? <AdminStep form={form} defaults={defaults} /> : null}
      <FormAlert message={rootErrorMessage(errors)} />
      <div className="form-actions">
        {step > 1 ? (
          <Button variant="secondary" onClick={() => setStep(step === 3 ? 2 : 1)} disabled={isSubmitting}>
            {t('common.back')}
          </Button>
        ) : null}
        {step < 3 ? (
          <Button type="submit" variant="primary">
            {t('common.next')}
          </Button>
        ) : (
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('setup.submit')}
          </Button>
        )}
      </div>
    </form>
  );
}
