import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { rpc as planRpc } from './rpc';

/** The plan tests call procedures the way the app does (see rpc.ts). */
export { rpc as planRpc } from './rpc';

export interface EnrolledParticipant {
  participantId: number;
  /** Organisation ids by code (AF, FK, KOM-AM, KOM-SOC, REG, SFI, OVR). */
  orgId: (code: string) => number;
  enrolledOn: string;
}

/**
 * A participant referred by Arbetsförmedlingen and enrolled 60 days ago, with a consent that
 * covers the municipality, Arbetsförmedlingen and SFI — not the Region.
 */
export async function seedEnrolledParticipant(page: Page): Promise<EnrolledParticipant> {
  const organisations = await planRpc(page, 'organisations.list', {});
  const orgId = (code: string) => {
    const found = organisations.find((org) => org.code === code);
    if (!found) throw new Error(`no organisation ${code}`);
    return found.id;
  };
  const today = todayIso();
  const { participantId } = await planRpc(page, 'participants.refer', {
    firstName: 'Amina',
    lastName: 'Yusuf',
    personalNumber: '',
    gender: 'woman',
    birthYear: 1988,
    phone: '',
    preferredLanguage: 'somaliska',
    interpreterNeeded: true,
    interpreterLanguage: 'somaliska',
    protectedIdentity: false,
    responsibleUserId: null,
    referral: {
      receivedOn: addDays(today, -70),
      organisationId: orgId('AF'),
      caseworkerName: 'Lena Ek',
      caseworkerPhone: '',
      caseworkerEmail: '',
      reason: 'Långvarig sjukskrivning, behöver samordnat stöd mot arbete.',
      certificates: [],
    },
    consent: {
      organisationIds: [orgId('KOM-AM'), orgId('AF'), orgId('SFI')],
      signedOn: addDays(today, -70),
      validUntil: addDays(today, 180),
      coversSus: true,
    },
  });
  const enrolledOn = addDays(today, -60);
  await planRpc(page, 'participants.enrol', {
    participantId,
    startOn: enrolledOn,
    plannedEndOn: null,
    intakeCriteria: [],
  });
  return { participantId, orgId, enrolledOn };
}

/** Opens one participant's page by its hash route and shows the "Handlingsplan" tab. */
export async function openPlanTab(page: Page, participantId: number): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/${participantId}`);
  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
}
