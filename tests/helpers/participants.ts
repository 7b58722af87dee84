import type { Input } from '../../main/api/contract';
import { addDays, todayIso } from '../../main/api/dates';
import { luhnCheckDigit } from '../../main/api/personal-number';

/** A valid fictional personnummer, 12 digits with a dash. */
export function personalNumber(yyyymmdd: string, serial = '238'): string {
  const check = luhnCheckDigit(`${yyyymmdd.slice(2)}${serial}`);
  return `${yyyymmdd}-${serial}${check}`;
}

/** participants.update input: the person's details as the form sends them. */
export function updateInput(
  participantId: number,
  overrides: Partial<Input<'participants.update'>> = {},
): Input<'participants.update'> {
  return {
    participantId,
    keepPersonalNumber: true,
    firstName: 'Amina',
    lastName: 'Yusuf',
    personalNumber: '',
    gender: 'woman',
    birthYear: null,
    phone: '',
    preferredLanguage: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    protectedIdentity: false,
    responsibleUserId: null,
    ...overrides,
  };
}

/** A referral as the form sends it; override what a test is about. */
export function referralInput(
  referringOrgId: number,
  consentOrgIds: number[] | null,
  overrides: Partial<Input<'participants.refer'>> = {},
): Input<'participants.refer'> {
  const today = todayIso();
  return {
    firstName: 'Amina',
    lastName: 'Yusuf',
    personalNumber: '',
    gender: 'woman',
    birthYear: 1990,
    phone: '070-123 45 67',
    preferredLanguage: 'somaliska',
    interpreterNeeded: true,
    interpreterLanguage: 'somaliska',
    protectedIdentity: false,
    responsibleUserId: null,
    referral: {
      receivedOn: addDays(today, -10),
      organisationId: referringOrgId,
      caseworkerName: 'Lena Ek',
      caseworkerPhone: '010-486 00 00',
      caseworkerEmail: 'lena.ek@example.se',
      reason: 'Långvarig sjukskrivning, behöver samordnat stöd mot arbete.',
      certificates: ['Läkarutlåtande om hälsotillstånd (LOH)'],
    },
    consent:
      consentOrgIds === null
        ? null
        : {
            organisationIds: consentOrgIds,
            signedOn: addDays(today, -10),
            validUntil: addDays(today, 180),
            coversSus: true,
          },
    ...overrides,
  };
}

/** participants.list input: everyone visible, by name; override filters per test. */
export function listInput(overrides: Partial<Input<'participants.list'>> = {}): Input<'participants.list'> {
  return {
    search: '',
    statuses: [],
    organisationId: null,
    responsibleUserId: null,
    sort: 'name',
    direction: 'asc',
    offset: 0,
    limit: 50,
    ...overrides,
  };
}
