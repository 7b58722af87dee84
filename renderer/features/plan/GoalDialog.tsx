import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { saveGoalInput } from '../../../main/api/plan-mapping-schemas';
import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { planGoals } from '../../../main/api/schema-enums';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { useApplyPlan } from './usePlan';

interface Values {
  goal: string;
  goalText: string;
}

const isField = fieldsOf<Values>('goal', 'goalText');

/** Sets or changes the overall goal: work, studies or a step closer, in the participant's words. */
export function GoalDialog({ plan }: { plan: PlanDto }) {
  const { t, lang } = useT();
  const apply = useApplyPlan();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(saveGoalInput, lang, (values: Values) => ({
        participantId: plan.participantId,
        goal: values.goal === '' ? undefined : values.goal,
        goalText: values.goalText,
      })),
    [lang, plan.participantId],
  );
  const current = (): Values => ({ goal: plan.goal?.goal ?? '', goalText: plan.goal?.goalText ?? '' });
  const form = useForm<Values, unknown, z.output<typeof saveGoalInput>>({
    resolver,
    defaultValues: current(),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('plan.saveGoal', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
  });
  const title = plan.goal ? t('plan.goal.edit') : t('plan.goal.set');
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(current());
        setOpen(next);
      }}
      trigger={<Button variant={plan.goal ? 'secondary' : 'primary'}>{title}</Button>}
      title={title}
    >
      <form onSubmit={submit} noValidate className="stack">
        <RadioGroupField
          legend={t('plan.goal.kind')}
          options={planGoals.map((goal) => ({
            value: goal,
            label: t(`plan.goalKind.${goal}`),
            hint: t(`plan.goalKindHint.${goal}`),
          }))}
          registration={form.register('goal')}
          error={errors.goal?.message}
        />
        <TextAreaField
          label={t('plan.goal.text')}
          hint={t('plan.goal.textHint')}
          registration={form.register('goalText')}
          error={errors.goalText?.message}
          rows={4}
        />
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('plan.goal.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
