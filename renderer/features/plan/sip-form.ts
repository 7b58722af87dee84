import type { Path, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { todayIso } from '../../../main/api/dates';
import type { SipAttendeeRole } from '../../../main/api/schema-enums';
import type { addSipInput } from '../../../main/api/plan-mapping-schemas';
import { type ClientIssue, idFromField } from '../../forms/formResolver';
import { requiredIssues } from './required-checks';

/** The SIP form as the inputs hold it. */
export interface SipValues {
  heldOn: string;
  attendees: { name: string; role: SipAttendeeRole; organisationId: string }[];
  lifeAreas: { area: string; responsibilities: string }[];
  interventionIds: string[];
  overallResponsible: string;
  followUpOn: string;
}

export type SipForm = UseFormReturn<SipValues, unknown, z.output<typeof addSipInput>>;

export const blankAttendee = (): SipValues['attendees'][number] => ({
  name: '',
  role: 'staff',
  organisationId: '',
});
export const blankLifeArea = (): SipValues['lifeAreas'][number] => ({ area: '', responsibilities: '' });

export function blankSip(): SipValues {
  return {
    heldOn: todayIso(),
    attendees: [blankAttendee()],
    lifeAreas: [blankLifeArea()],
    interventionIds: [],
    overallResponsible: '',
    followUpOn: '',
  };
}

export function sipInput(participantId: number, values: SipValues) {
  // A single checkbox may report its value or false instead of a list.
  const raw: unknown = values.interventionIds;
  const ids = Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : [];
  return {
    participantId,
    heldOn: values.heldOn,
    // Only staff come from an organisation; a leftover choice on another row is not sent.
    attendees: values.attendees.map((a) => ({
      name: a.name,
      role: a.role,
      organisationId: a.role === 'staff' ? idFromField(a.organisationId) : null,
    })),
    lifeAreas: values.lifeAreas,
    interventionIds: ids.map(Number),
    overallResponsible: values.overallResponsible,
    followUpOn: values.followUpOn,
  };
}

const topFields = ['heldOn', 'attendees', 'lifeAreas', 'interventionIds', 'overallResponsible', 'followUpOn'];

/** The fields a backend error may name, including rows (e.g. "attendees.2.organisationId"). */
export function isSipField(path: string): path is Path<SipValues> {
  return (
    topFields.includes(path) ||
    /^attendees\.\d+\.(name|role|organisationId)$/.test(path) ||
    /^lifeAreas\.\d+\.(area|responsibilities)$/.test(path)
  );
}

/** Empty dates and unchosen organisations read as "required". */
export function sipChecks(values: SipValues): ClientIssue[] {
  return requiredIssues([
    ['heldOn', values.heldOn],
    ['followUpOn', values.followUpOn],
    ...values.attendees.flatMap((a, index) =>
      a.role === 'staff' ? [[`attendees.${index}.organisationId`, a.organisationId] as const] : [],
    ),
  ]);
}
