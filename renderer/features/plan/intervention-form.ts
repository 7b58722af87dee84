import { todayIso } from '../../../main/api/dates';
import type { InterventionDto } from '../../../main/api/plan-mapping-types';
import type { ClientIssue } from '../../forms/formResolver';
import { idFromField } from '../../forms/formResolver';
import { requiredIssues } from './required-checks';

/** Who answers for an intervention: a team member, someone outside the team, or not decided yet. */
export type ResponsibleKind = 'team' | 'other' | 'none';

/** The intervention form as the inputs hold it (strings; empty means not chosen). */
export interface InterventionValues {
  typeCode: string;
  providerOrganisationId: string;
  responsibleKind: ResponsibleKind;
  responsibleUserId: string;
  responsibleName: string;
  startOn: string;
  endOn: string;
  status: string;
  note: string;
}

export const interventionFieldNames = [
  'typeCode',
  'providerOrganisationId',
  'responsibleKind',
  'responsibleUserId',
  'responsibleName',
  'startOn',
  'endOn',
  'status',
  'note',
] as const satisfies readonly (keyof InterventionValues)[];

export function blankIntervention(): InterventionValues {
  return {
    typeCode: '',
    providerOrganisationId: '',
    responsibleKind: 'team',
    responsibleUserId: '',
    responsibleName: '',
    startOn: todayIso(),
    endOn: '',
    status: 'planned',
    note: '',
  };
}

export function interventionValuesOf(intervention: InterventionDto): InterventionValues {
  const kind: ResponsibleKind = intervention.responsibleUser
    ? 'team'
    : intervention.responsibleName
      ? 'other'
      : 'none';
  return {
    typeCode: intervention.typeCode,
    providerOrganisationId: String(intervention.providerOrganisation.id),
    responsibleKind: kind,
    responsibleUserId: intervention.responsibleUser ? String(intervention.responsibleUser.id) : '',
    responsibleName: intervention.responsibleName ?? '',
    startOn: intervention.startOn,
    endOn: intervention.endOn ?? '',
    status: intervention.status,
    note: intervention.note ?? '',
  };
}

/** The fields of plan.addIntervention / plan.updateIntervention (without the ids). */
export function interventionFields(values: InterventionValues) {
  return {
    typeCode: values.typeCode,
    providerOrganisationId: idFromField(values.providerOrganisationId),
    responsibleUserId: values.responsibleKind === 'team' ? idFromField(values.responsibleUserId) : null,
    responsibleName: values.responsibleKind === 'other' ? values.responsibleName : null,
    startOn: values.startOn,
    endOn: values.endOn === '' ? null : values.endOn,
    status: values.status === '' ? undefined : values.status,
    note: values.note,
  };
}

/**
 * The form's own rules: a responsible person once the kind is chosen (the schema allows none at
 * all), and "required" rather than "invalid" for an unchosen provider or an empty start.
 */
export function interventionChecks(values: InterventionValues): ClientIssue[] {
  const issues = requiredIssues([
    ['providerOrganisationId', values.providerOrganisationId],
    ['startOn', values.startOn],
  ]);
  if (values.responsibleKind === 'team' && values.responsibleUserId === '') {
    issues.push({ path: 'responsibleUserId', message: 'validation.required' });
  }
  if (values.responsibleKind === 'other' && values.responsibleName.trim() === '') {
    issues.push({ path: 'responsibleName', message: 'validation.required' });
  }
  return issues;
}
