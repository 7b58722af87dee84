import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { addInterventionInput, updateInterventionInput } from '../../../main/api/plan-mapping-schemas';
import type { NamedRef, TeamMember } from '../../../main/api/participant-types';
import type { InterventionDto, InterventionTypeDto } from '../../../main/api/plan-mapping-types';
import { interventionStatuses } from '../../../main/api/schema-enums';
import { call } from '../../api/call';
import { useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DialogCancel } from '../../components/DialogCancel';
import { FieldShell } from '../../components/FieldShell';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { applyApiError, fieldsOf } from '../../forms/applyApiError';
import { formResolver } from '../../forms/formResolver';
import { rootErrorMessage } from '../../forms/rootError';
import { useT } from '../../i18n/useT';
import {
  type InterventionValues,
  blankIntervention,
  interventionFieldNames,
  interventionFields,
  interventionValuesOf,
  interventionChecks,
} from './intervention-form';
import { ResponsibleFields } from './ResponsibleFields';
import { useApplyPlan } from './usePlan';
import { useCoveredOrganisations } from './useCoveredOrganisations';
import { useTypeLabel } from './useTypeLabel';

/** A responsible member who has since left the team stays choosable on the intervention they hold. */
function withCurrent(members: TeamMember[], current: NamedRef | null): TeamMember[] {
  if (!current || members.some((member) => member.id === current.id)) return members;
  return [...members, { id: current.id, name: current.name, organisationId: 0, organisationName: '' }];
}

type Parsed = z.output<typeof addInterventionInput> | z.output<typeof updateInterventionInput>;

const isField = fieldsOf<InterventionValues>(...interventionFieldNames);

interface Props {
  participantId: number;
  types: InterventionTypeDto[];
  /** The intervention to change; without it the dialog adds a new one. */
  intervention?: InterventionDto;
  describedBy?: string;
}

/** Adds or changes one parallel intervention: type, provider, responsible, period, status, note. */
export function InterventionDialog({ participantId, types, intervention, describedBy }: Props) {
  const { t, lang } = useT();
  const apply = useApplyPlan();
  const typeLabel = useTypeLabel(types);
  const organisations = useApiQuery('organisations.list', {});
  const members = useApiQuery('team.members', {});
  const [open, setOpen] = useState(false);
  const endHintId = useId();
  const resolver = useMemo(
    () =>
      intervention
        ? formResolver(
            updateInterventionInput,
            lang,
            (values: InterventionValues) => ({
              interventionId: intervention.id,
              ...interventionFields(values),
            }),
            interventionChecks,
          )
        : formResolver(
            addInterventionInput,
            lang,
            (values: InterventionValues) => ({ participantId, ...interventionFields(values) }),
            interventionChecks,
          ),
    [lang, participantId, intervention],
  );
  const initial = () => (intervention ? interventionValuesOf(intervention) : blankIntervention());
  const form = useForm<InterventionValues, unknown, Parsed>({ resolver, defaultValues: initial() });
  const { errors, isSubmitting } = form.formState;
  const responsibleKind = useWatch({ control: form.control, name: 'responsibleKind' });
  const covered = useCoveredOrganisations(participantId);
  const provider = Number(useWatch({ control: form.control, name: 'providerOrganisationId' }));
  const submit = form.handleSubmit(async (input) => {
    const result =
      'interventionId' in input
        ? await call('plan.updateIntervention', input)
        : await call('plan.addIntervention', input);
    if (!result.ok) return applyApiError(form.setError, result.error, isField);
    setOpen(false);
    await apply(result.value);
  });
  // New interventions use active types only; a changed one keeps its (possibly retired) type.
  const typeOptions = types.filter((type) => type.active || type.code === intervention?.typeCode);
  const orgOptions = (organisations.data ?? []).filter(
    (org) => org.active || org.id === intervention?.providerOrganisation.id,
  );
  const title = intervention ? t('plan.intervention.edit') : t('plan.intervention.add');
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(initial());
        setOpen(next);
      }}
      trigger={
        intervention ? (
          <Button variant="link" aria-describedby={describedBy}>
            {t('plan.edit')}
          </Button>
        ) : (
          <Button variant="primary">{title}</Button>
        )
      }
      title={title}
    >
      <form onSubmit={submit} noValidate className="stack plan-intervention-form">
        <div className="field-row">
          <SelectField
            label={t('plan.intervention.type')}
            registration={form.register('typeCode')}
            error={errors.typeCode?.message}
          >
            <option value="">{t('common.choose')}</option>
            {typeOptions.map((type) => (
              <option key={type.code} value={type.code}>
                {type.active
                  ? typeLabel(type.code)
                  : t('plan.inactiveOption', { name: typeLabel(type.code) })}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('plan.intervention.provider')}
            registration={form.register('providerOrganisationId')}
            error={errors.providerOrganisationId?.message}
          >
            <option value="">{t('common.choose')}</option>
            {orgOptions.map((org) => (
              <option key={org.id} value={org.id}>
                {covered.has(org.id) ? org.name : t('plan.sip.notCoveredOption', { name: org.name })}
              </option>
            ))}
          </SelectField>
        </div>
        {provider > 0 && !covered.has(provider) ? (
          <p className="alert alert-warning" role="status">
            {t('plan.intervention.notCovered', {
              name: orgOptions.find((org) => org.id === provider)?.name ?? '',
            })}
          </p>
        ) : null}
        <ResponsibleFields
          kind={responsibleKind}
          members={withCurrent(members.data ?? [], intervention?.responsibleUser ?? null)}
          register={(name) => form.register(name)}
          errors={{
            responsibleUserId: errors.responsibleUserId?.message,
            responsibleName: errors.responsibleName?.message,
          }}
        />
        <div className="field-row field-row-3">
          <DateField
            label={t('plan.intervention.startOn')}
            registration={form.register('startOn')}
            error={errors.startOn?.message}
          />
          <FieldShell
            label={t('plan.intervention.endOn')}
            error={errors.endOn?.message}
            className="field-date"
            describedBy={endHintId}
          >
            {(control) => (
              <>
                <input {...control} {...form.register('endOn')} type="date" className="input" />
                <p id={endHintId} className="field-hint plan-hint-below">
                  {t('plan.intervention.endOnHint')}
                </p>
              </>
            )}
          </FieldShell>
          <SelectField
            label={t('plan.intervention.status')}
            registration={form.register('status')}
            error={errors.status?.message}
          >
            {interventionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`plan.interventionStatus.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          label={t('plan.intervention.note')}
          hint={t('plan.intervention.noteHint')}
          registration={form.register('note')}
          error={errors.note?.message}
          rows={3}
        />
        <FormAlert message={rootErrorMessage(errors)} />
        <div className="form-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {t('plan.intervention.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
