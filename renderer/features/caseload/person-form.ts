import { todayIso } from '../../../main/api/dates';
import { parsePersonalNumber } from '../../../main/api/personal-number';

/** The person part of the referral form and the edit dialog, as the inputs hold it. */
export interface PersonValues {
  firstName: string;
  lastName: string;
  personalNumber: string;
  gender: string;
  birthYear: string;
  phone: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  protectedIdentity: boolean;
  responsibleUserId: string;
}

export const blankPerson: PersonValues = {
  firstName: '',
  lastName: '',
  personalNumber: '',
  gender: '',
  birthYear: '',
  phone: '',
  preferredLanguage: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  protectedIdentity: false,
  responsibleUserId: '',
};

export const personFieldNames = [
  'firstName',
  'lastName',
  'personalNumber',
  'gender',
  'birthYear',
  'phone',
  'preferredLanguage',
  'interpreterNeeded',
  'interpreterLanguage',
  'protectedIdentity',
  'responsibleUserId',
] as const;

/** Empty selects stay undefined so the schema reports them as required. */
export function personInput(values: PersonValues) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    personalNumber: values.personalNumber,
    gender: values.gender === '' ? undefined : values.gender,
    birthYear: values.birthYear.trim() === '' ? null : Number(values.birthYear),
    phone: values.phone,
    preferredLanguage: values.preferredLanguage,
    interpreterNeeded: values.interpreterNeeded,
    interpreterLanguage: values.interpreterNeeded ? values.interpreterLanguage : '',
    protectedIdentity: values.protectedIdentity,
    responsibleUserId: values.responsibleUserId === '' ? null : Number(values.responsibleUserId),
  };
}

/** The birth year a valid personal number gives (shown instead of asking for it). */
export function birthYearFromNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const parsed = parsePersonalNumber(text, todayIso());
  return parsed.ok ? parsed.value.birthYear : null;
}
