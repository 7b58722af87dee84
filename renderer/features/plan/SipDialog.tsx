import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addSipInput } from '../../../main/api/plan-mapping-schemas';
import type { PlanDto } from '../../../main/api/plan-mapping-types';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { DialogCancel } from '../../components/DialogCancel';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { applyApiError } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { type SipValues, blankSip, isSipField, sipChecks, sipInput } from './sip-form';
import { SipAttendeeRows } from './SipAttendeeRows';
import { SipLifeAreaRows } from './SipLifeAreaRows';
import { useCoveredOrganisations } from './useCoveredOrganisations';
import { useApplyPlan } from './usePlan';
import { useTypeLabel } from './useTypeLabel';

/** Records a coordinated planning meeting (SIP / samplaneringsmöte). */
export function SipDialog({ plan }: { plan: PlanDto }) {
  const { t, lang } = useT();
  const shortDate = useShortDate();
  const apply = useApplyPlan();
  const typeLabel = useTypeLabel(plan.interventionTypes);
  const organisations = useApiQuery('organisations.list', {});
  const covered = useCoveredOrganisations(plan.participantId);
  const [open, setOpen] = useState(false);
  const resolver = useMemo(
    () =>
      formResolver(addSipInput, lang, (values: SipValues) => sipInput(plan.participantId, values), sipChecks),
    [lang, plan.participantId],
  );
  const form = useForm<SipValues, unknown, z.output<typeof addSipInput>>({
    resolver,
    defaultValues: blankSip(),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    const result = await call('plan.addSip', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isSipField);
    setOpen(false);
    await apply(result.value);
  });
  const activeOrganisations = (organisations.data ?? []).filter((org) => org.active);
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(blankSip());
        setOpen(next);
      }}
      trigger={<Button variant="primary">{t('plan.sip.add')}</Button>}
      title={t('plan.sip.add')}
      description={t('plan.sip.addDescription')}
    >
      <form onSubmit={submit} noValidate className="stack plan-sip-form">
        <div className="field-row">
          <DateField
            label={t('plan.sip.heldOn')}
            registration={form.register('heldOn')}
            error={errors.heldOn?.message}
          />
          <DateField
            label={t('plan.sip.followUpOn')}
            registration={form.register('followUpOn')}
            error={errors.followUpOn?.message}
          />
        </div>
        <SipAttendeeRows form={form} organisations={activeOrganisations} covered={covered} />
        <SipLifeAreaRows form={form} />
        <fieldset className="form-section plan-sip-group">
          <legend>{t('plan.sip.interventions')}</legend>
          {plan.interventions.length === 0 ? (
            <p className="muted">{t('plan.sip.noInterventions')}</p>
          ) : (
            plan.interventions.map((item) => (
              <CheckboxField
                key={item.id}
                label={t('plan.sip.interventionOption', {
                  type: typeLabel(item.typeCode),
                  provider: item.providerOrganisation.name,
                })}
                hint={
                  item.endOn
                    ? t('plan.period', { from: shortDate(item.startOn), to: shortDate(item.endOn) })
                    : t('plan.periodOpen', { from: shortDate(item.startOn) })
                }
                value={String(item.id)}
                registration={form.register('interventionIds')}
              />
            ))
          )}
          {errors.interventionIds?.message ? (
            <p className="field-error">{errors.interventionIds.message}</p>
          ) : null}
        </fieldset>
        <TextField
          label={t('plan.sip.overallResponsible')}
          hint={t('plan.sip.overallResponsibleHint')}
          registration={form.register('overallResponsible')}
          error={errors.overallResponsible?.message}
        />
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('plan.sip.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
