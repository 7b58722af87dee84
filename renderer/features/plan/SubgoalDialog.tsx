import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addDays, todayIso } from '../../../main/api/dates';
import { addSubgoalInput, updateSubgoalInput } from '../../../main/api/plan-mapping-schemas';
import type { SubgoalDto } from '../../../main/api/plan-mapping-types';
import { subgoalStatuses } from '../../../main/api/schema-enums';
import { call } from '../../api/call';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import { requiredIssues } from './required-checks';
import { useApplyPlan } from './usePlan';

interface Values {
  text: string;
  targetOn: string;
  status: string;
}

type Parsed = z.output<typeof addSubgoalInput> | z.output<typeof updateSubgoalInput>;

const isField = fieldsOf<Values>('text', 'targetOn', 'status');
const checks = (values: Values) => requiredIssues([['targetOn', values.targetOn]]);

interface Props {
  participantId: number;
  /** The sub-goal to change; without it the dialog adds a new one. */
  subgoal?: SubgoalDto;
  /** Id of the element naming the sub-goal (for the "Ändra" button). */
  describedBy?: string;
}

/** Adds or changes a reachable sub-goal (delmål) with a target date and a status. */
export function SubgoalDialog({ participantId, subgoal, describedBy }: Props) {
  const { t, lang } = useT();
  const apply = useApplyPlan();
  const [open, setOpen] = useState(false);
  const resolver = useMemo(() => {
    const toFields = (values: Values) => ({
      text: values.text,
      targetOn: values.targetOn,
      status: values.status === '' ? undefined : values.status,
    });
    return subgoal
      ? formResolver(
          updateSubgoalInput,
          lang,
          (values: Values) => ({ subgoalId: subgoal.id, ...toFields(values) }),
          checks,
        )
      : formResolver(
          addSubgoalInput,
          lang,
          (values: Values) => ({ participantId, ...toFields(values) }),
          checks,
        );
  }, [lang, participantId, subgoal]);
  const initial = (): Values =>
    subgoal
      ? { text: subgoal.text, targetOn: subgoal.targetOn, status: subgoal.status }
      : { text: '', targetOn: addDays(todayIso(), 90), status: 'open' };
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: initial() });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result =
      'subgoalId' in input ? await call('plan.updateSubgoal', input) : await call('plan.addSubgoal', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
  });
  const title = subgoal ? t('plan.subgoal.edit') : t('plan.subgoal.add');
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(initial());
        setOpen(next);
      }}
      trigger={
        subgoal ? (
          <Button variant="link" aria-describedby={describedBy}>
            {t('plan.edit')}
          </Button>
        ) : (
          <Button variant="primary">{title}</Button>
        )
      }
      title={title}
    >
      <form onSubmit={submit} noValidate className="stack">
        <TextAreaField
          label={t('plan.subgoal.text')}
          hint={t('plan.subgoal.textHint')}
          registration={form.register('text')}
          error={errors.text?.message}
          rows={3}
        />
        <div className="field-row">
          <DateField
            label={t('plan.subgoal.targetOn')}
            registration={form.register('targetOn')}
            error={errors.targetOn?.message}
          />
          <SelectField
            label={t('plan.subgoal.status')}
            registration={form.register('status')}
            error={errors.status?.message}
          >
            {subgoalStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`plan.subgoalStatus.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('plan.subgoal.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
