import { addMonths, todayIso } from '../../../main/api/dates';

/** A consent as its inputs hold it (organisations as checkbox values). */
export interface ConsentValues {
  organisationIds: string[];
  signedOn: string;
  validUntil: string;
  coversSus: boolean;
}

export function blankConsent(): ConsentValues {
  const today = todayIso();
  return { organisationIds: [], signedOn: today, validUntil: addMonths(today, 12), coversSus: false };
}

export function consentInput(values: ConsentValues) {
  return {
    organisationIds: values.organisationIds.map(Number),
    signedOn: values.signedOn,
    validUntil: values.validUntil,
    coversSus: values.coversSus,
  };
}
