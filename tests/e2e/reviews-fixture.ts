import type { Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { luhnCheckDigit } from '../../main/api/personal-number';
import type { SeededUser } from './fixtures';

/** The team of the case review tests: a coordinator and caseworkers from three organisations. */
export const COORDINATOR: SeededUser = {
  name: 'Karin Holm',
  org: 'KOM-AM',
  role: 'coordinator',
  password: 'tillfälligt startlösen 1',
};
export const COORDINATOR_OWN = 'min egen fras om våren 7';
export const AF_USER: SeededUser = {
  name: 'Omar Said',
  org: 'AF',
  role: 'caseworker',
  password: 'tillfälligt startlösen 2',
};
export const AF_OWN = 'lugnt hav vid kusten 5';
export const SFI_USER: SeededUser = {
  name: 'Sara Berg',
  org: 'SFI',
  role: 'caseworker',
  password: 'tillfälligt startlösen 3',
};

/** A valid fictional personnummer with a dash. */
export function personalNumber(yyyymmdd: string, serial: string): string {
  return `${yyyymmdd}-${serial}${luhnCheckDigit(`${yyyymmdd.slice(2)}${serial}`)}`;
}

/** Amina's number: presentation mode must never show it. */
export const AMINA_NUMBER = personalNumber('19850312', '238');

import { rpc } from './rpc';

export { rpc, rpcResult } from './rpc';

export interface ReviewSeed {
  amina: number;
  hassan: number;
  leyla: number;
}

/**
 * Three cases, made by the admin through the API:
 * Amina (enrolled, full mapping incl. health, plan, contacts, an overdue action; consent for all),
 * Hassan (a new referral; consent covers KOM-AM and AF but not SFI),
 * Leyla (enrolled eight weeks ago, no activity since; consent for all).
 */
export async function seedReviewCases(page: Page): Promise<ReviewSeed> {
  const today = todayIso();
  const orgs = await rpc(page, 'organisations.list', {});
  const org = (code: string) => {
    const found = orgs.find((o) => o.code === code);
    if (!found) throw new Error(`organisation ${code} missing`);
    return found.id;
  };
  const [kom, af, sfi] = [org('KOM-AM'), org('AF'), org('SFI')];
  const members = await rpc(page, 'team.members', {});
  const admin = members.find((m) => m.name === 'Maria Lind');
  if (!admin) throw new Error('admin missing');

  const refer = async (
    first: string,
    last: string,
    number: string,
    daysAgo: number,
    consentOrgs: number[],
  ): Promise<number> => {
    const { participantId } = await rpc(page, 'participants.refer', {
      firstName: first,
      lastName: last,
      personalNumber: number,
      gender: 'woman',
      birthYear: number ? null : 1992,
      phone: null,
      preferredLanguage: 'somaliska',
      interpreterNeeded: false,
      interpreterLanguage: null,
      protectedIdentity: false,
      responsibleUserId: admin.id,
      referral: {
        receivedOn: addDays(today, -daysAgo),
        organisationId: af,
        caseworkerName: 'Lena Ek',
        caseworkerPhone: null,
        caseworkerEmail: 'lena.ek@example.se',
        reason: 'Behöver samordnat stöd mot arbete.',
        certificates: [],
      },
      consent: {
        organisationIds: consentOrgs,
        signedOn: addDays(today, -daysAgo),
        validUntil: addDays(today, 300),
        coversSus: true,
      },
    });
    return participantId;
  };
  const enrol = (participantId: number, daysAgo: number) =>
    rpc(page, 'participants.enrol', {
      participantId,
      startOn: addDays(today, -daysAgo),
      plannedEndOn: null,
      intakeCriteria: [],
    });

  const amina = await refer('Amina', 'Warsame', AMINA_NUMBER, 60, [kom, af, sfi]);
  await enrol(amina, 50);
  for (const [fieldKey, value] of [
    ['mother_tongue', 'Somaliska'],
    ['physical_health', 2],
    ['symptoms', ['sleep', 'pain']],
    ['own_goal', 'Arbeta inom barnomsorg'],
  ] as const) {
    await rpc(page, 'mapping.saveField', {
      participantId: amina,
      fieldKey,
      value: typeof value === 'object' ? [...value] : value,
      baseRevision: 0,
    });
  }
  await rpc(page, 'plan.saveGoal', {
    participantId: amina,
    goal: 'work',
    goalText: 'Arbete inom barnomsorg',
  });
  await rpc(page, 'plan.addSubgoal', {
    participantId: amina,
    text: 'Klara SFI kurs C',
    targetOn: addDays(today, 60),
    status: 'open',
  });
  const types = await rpc(page, 'interventionTypes.list', {});
  const type = types.find((t) => t.active);
  if (type) {
    await rpc(page, 'plan.addIntervention', {
      participantId: amina,
      typeCode: type.code,
      providerOrganisationId: sfi,
      responsibleUserId: null,
      responsibleName: null,
      startOn: addDays(today, -30),
      endOn: null,
      status: 'ongoing',
      note: null,
    });
  }
  await rpc(page, 'contacts.add', {
    participantId: amina,
    onDate: addDays(today, -3),
    kind: 'meeting',
    text: 'Trepartssamtal om praktik',
  });
  await rpc(page, 'progress.add', {
    participantId: amina,
    onDate: addDays(today, -5),
    category: 'language',
    text: 'Klarade SFI kurs B',
  });
  await rpc(page, 'actions.create', {
    participantId: amina,
    itemId: null,
    what: 'Boka läkartid',
    responsibleUserId: admin.id,
    organisationId: kom,
    dueOn: addDays(today, -2),
  });

  const hassan = await refer('Hassan', 'Ali', '', 12, [kom, af]);
  const leyla = await refer('Leyla', 'Ahmed', '', 70, [kom, af, sfi]);
  await enrol(leyla, 56);
  return { amina, hassan, leyla };
}
