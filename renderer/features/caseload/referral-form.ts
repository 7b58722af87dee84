import { todayIso } from '../../../main/api/dates';
import type { ClientIssue } from '../../forms/formResolver';
import { type ConsentValues, blankConsent, consentInput } from './consent-form';

/** The application part of a referral, as its inputs hold it. */
export interface ApplicationValues {
  receivedOn: string;
  organisationId: string;
  caseworkerName: string;
  caseworkerPhone: string;
  caseworkerEmail: string;
  reason: string;
  /** One certificate per line. */
  certificates: string;
}

/**
 * What every referral has, for a new person (the referral form) and for a new period of a
 * person already in the team ("Anvisa igen"): the application, the income source at the
 * start, and the consent that came with it.
 */
export interface ReferralPartValues {
  referral: ApplicationValues;
  /** A code of the admin's income source list; empty: not known. */
  incomeSourceAtStart: string;
  hasConsent: boolean;
  consent: ConsentValues;
}

export const referralPartFieldNames = [
  'referral.receivedOn',
  'referral.organisationId',
  'referral.caseworkerName',
  'referral.caseworkerPhone',
  'referral.caseworkerEmail',
  'referral.reason',
  'referral.certificates',
  'incomeSourceAtStart',
  'consent.organisationIds',
  'consent.signedOn',
  'consent.validUntil',
] as const;

export function blankReferralPart(
  options: { organisationId?: string; hasConsent?: boolean } = {},
): ReferralPartValues {
  return {
    referral: {
      receivedOn: todayIso(),
      organisationId: options.organisationId ?? '',
      caseworkerName: '',
      caseworkerPhone: '',
      caseworkerEmail: '',
      reason: '',
      certificates: '',
    },
    incomeSourceAtStart: '',
    hasConsent: options.hasConsent ?? true,
    consent: blankConsent(),
  };
}

/** An empty select is "not known" (null); the schema checks that a code is one of the list. */
export function incomeSourceInput(value: string): string | null {
  return value === '' ? null : value;
}

/** Empty selects stay undefined so the schema reports them as required. */
export function referralPartInput(values: ReferralPartValues) {
  return {
    referral: {
      ...values.referral,
      organisationId:
        values.referral.organisationId === '' ? undefined : Number(values.referral.organisationId),
      certificates: values.referral.certificates
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    },
    incomeSourceAtStart: incomeSourceInput(values.incomeSourceAtStart),
    consent: values.hasConsent ? consentInput(values.consent) : null,
  };
}

const CERTIFICATE_MAX = 200;

/** The schema checks each certificate line; report a too long one on the text box itself. */
export function certificateChecks(values: Pick<ReferralPartValues, 'referral'>): ClientIssue[] {
  const long = values.referral.certificates.split('\n').some((line) => line.trim().length > CERTIFICATE_MAX);
  return long
    ? [{ path: 'referral.certificates', message: 'validation.tooLong', params: { max: CERTIFICATE_MAX } }]
    : [];
}
