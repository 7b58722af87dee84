import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, personalNumber, referralInput, updateInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';
import { queueCountView } from '../../main/api/list-view';

/** The queue tab's count as the first screen asks for it. */
const queueCount = () => ({ ...queueCountView, statuses: [...queueCountView.statuses] });

async function auditActions(admin: Client, entityId: number): Promise<string[]> {
  const entries = await admin.call('audit.list', { limit: 500 });
  return entries
    .filter((e) => e.entityType === 'participant' && e.entityId === String(entityId))
    .map((e) => e.action);
}

describe('participants: referral, enrolment, derived status', () => {
  const tempDir = useTempDirs();

  it('derives the status from dated events: referred → enrolled → extended → closed', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const { participantId, code } = await admin.call('participants.refer', referralInput(af, [own, af]));
    expect(code).toBe(`K-${String(participantId).padStart(4, '0')}`);

    let page = await admin.call('participants.get', { participantId });
    expect(page.status).toBe('referred');
    expect(page.identity?.firstName).toBe('Amina');
    expect(page.consentStatus).toBe('valid');

    const start = todayIso();
    page = await admin.call('participants.enrol', {
      participantId,
      startOn: start,
      plannedEndOn: null,
      intakeCriteria: ['Inget pågående missbruk'],
    });
    expect(page.status).toBe('enrolled');
    expect(page.enrolledOn).toBe(start);
    expect(page.plannedEndOn).toBe(addMonths(start, 6));

    const extension = await admin.fail('participants.extend', {
      participantId,
      onDate: start,
      plannedEndOn: addMonths(start, 8),
      reason: '  ',
    });
    expect(extension).toMatchObject({ code: 'invalid_input', field: 'reason' });
    const earlier = await admin.fail('participants.extend', {
      participantId,
      onDate: start,
      plannedEndOn: addMonths(start, 5),
      reason: 'Har börjat praktik',
    });
    expect(earlier).toMatchObject({ code: 'invalid_input', field: 'plannedEndOn' });
    page = await admin.call('participants.extend', {
      participantId,
      onDate: start,
      plannedEndOn: addMonths(start, 9),
      reason: 'Har börjat arbetsträning två dagar i veckan',
    });
    expect(page.status).toBe('enrolled');
    expect(page.plannedEndOn).toBe(addMonths(start, 9));

    page = await admin.call('participants.close', { participantId, onDate: start, closureReason: 'work' });
    expect(page.status).toBe('closed');
    expect(page.events.map((e) => e.kind)).toEqual(['referred', 'enrolled', 'extended', 'closed']);
    const again = await admin.fail('participants.close', {
      participantId,
      onDate: start,
      closureReason: 'work',
    });
    expect(again.code).toBe('conflict');

    expect(await auditActions(admin, participantId)).toEqual(
      // The consent that came with the referral is recorded in the referral's entry.
      expect.arrayContaining([
        'participant.refer',
        'participant.read',
        'participant.enrol',
        'participant.extend',
        'participant.close',
      ]),
    );
  });

  it('declines only with a reason; a declined referral stays countable but leaves the queue', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    const noReason = await admin.fail('participants.decideReferral', {
      participantId,
      decision: 'declined',
      onDate: todayIso(),
      reason: '',
    });
    expect(noReason).toEqual({
      code: 'invalid_input',
      message: 'Ange skälet till att anvisningen avböjs.',
      field: 'reason',
    });
    expect((await admin.call('participants.get', { participantId })).status).toBe('referred');
    await admin.call('participants.decideReferral', {
      participantId,
      decision: 'declined',
      onDate: todayIso(),
      reason: 'Behovet bedöms tillgodosett av ordinarie insatser.',
    });
    expect(await admin.call('participants.queue', {})).toEqual([]);
    const list = await admin.call('participants.list', listInput({ statuses: ['declined'] }));
    expect(list.total).toBe(1);
    const enrol = await admin.fail('participants.enrol', {
      participantId,
      startOn: todayIso(),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    expect(enrol.code).toBe('conflict');
  });

  it('orders the queue by waiting time and counts the days', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const today = todayIso();
    for (const [name, daysAgo] of [
      ['Nyast', 2],
      ['Äldst', 40],
      ['Mitten', 15],
    ] as const) {
      await admin.call(
        'participants.refer',
        referralInput(own, [own], {
          firstName: name,
          referral: { ...referralInput(own, null).referral, receivedOn: addDays(today, -daysAgo) },
        }),
      );
    }
    const queue = await admin.call('participants.queue', {});
    expect(queue.map((row) => [row.name?.split(' ')[0], row.daysWaiting])).toEqual([
      ['Äldst', 40],
      ['Mitten', 15],
      ['Nyast', 2],
    ]);
    // The count beside the queue's tab: a list call with no rows, the total only.
    expect(await admin.call('participants.list', queueCount())).toMatchObject({ total: 3, rows: [] });
  });
});

describe('participants: bad input is refused and nothing is saved', () => {
  const tempDir = useTempDirs();

  it('rejects invalid personal numbers, end before start, a consent without organisations, a duplicate', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const count = async () => (await admin.call('participants.list', listInput({ limit: 10 }))).total;

    const badNumbers: [string, string][] = [
      ['19850312-1235', 'Kontrollsiffran stämmer inte. Kontrollera personnumret.'],
      ['850230-1234', 'Personnumret innehåller inget giltigt datum.'],
      ['12345', 'Ange personnumret med 10 eller 12 siffror, t.ex. 19850312-1234 eller 850312-1234.'],
    ];
    for (const [value, message] of badNumbers) {
      const error = await admin.fail(
        'participants.refer',
        referralInput(own, [own], { personalNumber: value }),
      );
      expect(error).toEqual({ code: 'invalid_input', message, field: 'personalNumber' });
    }
    const noOrgs = await admin.fail('participants.refer', {
      ...referralInput(own, [own]),
      consent: {
        organisationIds: [],
        signedOn: todayIso(),
        validUntil: addDays(todayIso(), 90),
        coversSus: false,
      },
    });
    expect(noOrgs).toMatchObject({ code: 'invalid_input', field: 'consent.organisationIds' });
    const backwards = await admin.fail('participants.refer', {
      ...referralInput(own, [own]),
      consent: {
        organisationIds: [own],
        signedOn: todayIso(),
        validUntil: addDays(todayIso(), -1),
        coversSus: false,
      },
    });
    expect(backwards).toMatchObject({ code: 'invalid_input', field: 'consent.validUntil' });
    const noBirthYear = await admin.fail(
      'participants.refer',
      referralInput(own, [own], { birthYear: null }),
    );
    expect(noBirthYear).toMatchObject({ code: 'invalid_input', field: 'birthYear' });
    const unknownOrg = await admin.fail('participants.refer', referralInput(own, [own, 999]));
    expect(unknownOrg).toMatchObject({ code: 'invalid_input', field: 'consent.organisationIds' });
    expect(await count()).toBe(0);

    // Stored normalised; 10 digits with '-' and 12 digits are the same person.
    const number = personalNumber('19850312');
    const { participantId } = await admin.call(
      'participants.refer',
      referralInput(own, [own], { personalNumber: number.slice(2), birthYear: null }),
    );
    const page = await admin.call('participants.get', { participantId });
    expect(page.birthYear).toBe(1985);
    expect(page.identity?.personalNumberMasked).toBe('19850312-****');
    expect(await admin.call('participants.revealPersonalNumber', { participantId })).toEqual({
      personalNumber: number.replace('-', ''),
    });
    // A read-only user reads the page (masked number) but may not reveal the full number.
    const { client: reader } = await loggedInUser(admin, 'Rut Läsare', 'readonly', 'KOM-AM');
    expect((await reader.call('participants.get', { participantId })).identity?.personalNumberMasked).toBe(
      '19850312-****',
    );
    expect((await reader.fail('participants.revealPersonalNumber', { participantId })).code).toBe(
      'forbidden',
    );
    // The same number again while the first period is open: the caller may read the person,
    // so they are told which one (a closed person would get a new period instead).
    const duplicate = await admin.fail(
      'participants.refer',
      referralInput(own, [own], { personalNumber: number }),
    );
    expect(duplicate).toEqual({
      code: 'conflict',
      message: `Personen har redan en pågående period (K-${String(participantId).padStart(4, '0')}). Avsluta den eller avböj den nya anvisningen först.`,
    });
    expect(await count()).toBe(1);

    // Editing the person keeps the stored number unless a new one is given.
    const edited = await admin.call('participants.update', {
      participantId,
      keepPersonalNumber: true,
      firstName: 'Amina',
      lastName: 'Yusuf-Ali',
      personalNumber: '',
      gender: 'woman',
      birthYear: null,
      phone: '',
      preferredLanguage: 'somaliska',
      interpreterNeeded: false,
      interpreterLanguage: '',
      protectedIdentity: false,
      responsibleUserId: null,
    });
    expect(edited.identity).toMatchObject({
      lastName: 'Yusuf-Ali',
      personalNumberMasked: '19850312-****',
      phone: null,
    });
    const removed = await admin.fail(
      'participants.update',
      updateInput(participantId, { keepPersonalNumber: false, lastName: 'Yusuf-Ali' }),
    );
    expect(removed).toMatchObject({ code: 'invalid_input', field: 'birthYear' });

    const enrolBackwards = await admin.fail('participants.enrol', {
      participantId,
      startOn: todayIso(),
      plannedEndOn: addDays(todayIso(), -1),
      intakeCriteria: [],
    });
    expect(enrolBackwards).toMatchObject({ code: 'invalid_input', field: 'plannedEndOn' });
    const beforeReferral = await admin.fail('participants.enrol', {
      participantId,
      startOn: addDays(todayIso(), -365),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    expect(beforeReferral).toMatchObject({ code: 'invalid_input', field: 'startOn' });
    expect((await admin.call('participants.get', { participantId })).status).toBe('referred');
  });
});

describe('participants: consent is enforced in the backend', () => {
  const tempDir = useTempDirs();

  it('an uncovered organisation gets forbidden and an audit entry; the referring one sees only existence', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const sfi = await orgId(admin, 'SFI');
    const { client: sfiUser, user: sfiAccount } = await loggedInUser(admin, 'Sara Berg', 'caseworker', 'SFI');
    const { client: afUser } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const { participantId } = await admin.call('participants.refer', referralInput(af, [own]));
    await admin.call('contacts.add', {
      participantId,
      onDate: todayIso(),
      kind: 'meeting',
      text: 'Trepartssamtal om arbetsträning',
    });

    const denied = await sfiUser.fail('participants.get', { participantId });
    expect(denied).toEqual({
      code: 'forbidden',
      message: 'Deltagarens samtycke omfattar inte din organisation. Du kan inte se uppgifterna.',
    });
    for (const [name, input] of [
      ['contacts.add', { participantId, onDate: todayIso(), kind: 'phone', text: 'x' }],
      ['participants.revealPersonalNumber', { participantId }],
      [
        'consents.add',
        {
          participantId,
          organisationIds: [sfi],
          signedOn: todayIso(),
          validUntil: addDays(todayIso(), 30),
          coversSus: false,
        },
      ],
    ] as const) {
      expect((await sfiUser.fail(name, input)).code).toBe('forbidden');
    }
    const entries = await admin.call('audit.list', { limit: 100 });
    const deniedEntries = entries.filter(
      (e) => e.action === 'participant.access_denied' && e.userId === sfiAccount.id,
    );
    expect(deniedEntries.length).toBe(4);

    expect((await sfiUser.call('participants.list', listInput())).total).toBe(0);
    expect(await sfiUser.call('participants.queue', {})).toEqual([]);
    expect((await sfiUser.call('participants.list', listInput({ search: 'arbetsträning' }))).total).toBe(0);

    // AF referred the case but is not covered: it sees that the case exists, nothing more.
    const afList = await afUser.call('participants.list', listInput());
    expect(afList.rows).toHaveLength(1);
    expect(afList.rows[0]).toMatchObject({
      access: 'exists',
      name: null,
      responsibleName: null,
      lastActivityOn: null,
    });
    // The queue likewise: the case, its wait and who referred it; nothing of what it holds.
    const afQueue = await afUser.call('participants.queue', {});
    expect(afQueue).toEqual([
      expect.objectContaining({
        id: participantId,
        access: 'exists',
        name: null,
        caseworkerName: null,
        interpreterNeeded: false,
        consentStatus: 'none',
        referringOrganisationName: 'Arbetsförmedlingen',
      }),
    ]);
    // The count beside the queue's tab counts what the queue holds, for either.
    expect(await afUser.call('participants.list', queueCount())).toMatchObject({ total: 1, rows: [] });
    expect(await admin.call('participants.list', queueCount())).toMatchObject({ total: 1, rows: [] });
    expect(await sfiUser.call('participants.list', queueCount())).toMatchObject({ total: 0, rows: [] });
    expect(await admin.call('participants.queue', {})).toEqual([
      expect.objectContaining({
        id: participantId,
        access: 'full',
        name: 'Amina Yusuf',
        caseworkerName: 'Lena Ek',
        interpreterNeeded: true,
        consentStatus: 'valid',
      }),
    ]);
    expect((await afUser.call('participants.list', listInput({ search: 'Yusuf' }))).total).toBe(0);
    expect((await afUser.call('participants.list', listInput({ search: 'arbetsträning' }))).total).toBe(0);
    expect((await afUser.fail('participants.get', { participantId })).code).toBe('forbidden');

    // The referring organisation registers a consent that covers it: now it may read.
    const afterConsent = await afUser.call('consents.add', {
      participantId,
      organisationIds: [af],
      signedOn: todayIso(),
      validUntil: addDays(todayIso(), 120),
      coversSus: false,
    });
    expect(afterConsent?.identity?.lastName).toBe('Yusuf');
    expect((await afUser.call('participants.list', listInput({ search: 'arbetsträning' }))).total).toBe(1);

    // Withdrawn today: the access ends today.
    const consentId = afterConsent?.consents.find((c) => c.organisations.some((o) => o.id === af))?.id ?? 0;
    expect(await afUser.call('consents.withdraw', { consentId, withdrawnOn: todayIso() })).toBeNull();
    expect((await afUser.fail('participants.get', { participantId })).code).toBe('forbidden');
  });

  it('lists consents that expire within 30 days', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const soon = referralInput(own, [own]);
    const { participantId } = await admin.call('participants.refer', {
      ...soon,
      consent: {
        organisationIds: [own],
        signedOn: todayIso(),
        validUntil: addDays(todayIso(), 12),
        coversSus: false,
      },
    });
    await admin.call('participants.refer', referralInput(own, [own], { firstName: 'Långt' }));
    const expiring = await admin.call('consents.expiring', {});
    expect(expiring.map((row) => [row.participantId, row.daysLeft])).toEqual([[participantId, 12]]);

    // A second consent within the 30 days: listed once, by the one that lasts longest.
    const second = (until: number) => ({
      participantId,
      organisationIds: [own],
      signedOn: todayIso(),
      validUntil: addDays(todayIso(), until),
      coversSus: false,
    });
    await admin.call('consents.add', second(20));
    const twice = await admin.call('consents.expiring', {});
    expect(twice.map((row) => [row.participantId, row.daysLeft])).toEqual([[participantId, 20]]);
    // One that reaches beyond the 30 days: nothing is about to end.
    await admin.call('consents.add', second(200));
    expect(await admin.call('consents.expiring', {})).toEqual([]);
  });
});

describe('participants: protected identity', () => {
  const tempDir = useTempDirs();

  it('shows name and number only to the responsible caseworker, in every path', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { client: responsible, user: responsibleUser } = await loggedInUser(
      admin,
      'Rut Holm',
      'caseworker',
      'KOM-AM',
    );
    const number = personalNumber('19920704');
    const { participantId, code } = await admin.call(
      'participants.refer',
      referralInput(own, [own], {
        firstName: 'Hemlig',
        lastName: 'Skyddadsson',
        personalNumber: number,
        protectedIdentity: true,
        responsibleUserId: responsibleUser.id,
      }),
    );
    await responsible.call('contacts.add', {
      participantId,
      onDate: todayIso(),
      kind: 'phone',
      text: 'Samtal om boendet',
    });

    // The admin (same organisation, covered, not responsible) sees a pseudonym only.
    const list = await admin.call('participants.list', listInput());
    expect(list.rows[0]).toMatchObject({ name: null, code, protectedIdentity: true, access: 'full' });
    for (const search of ['Skyddadsson', 'Hemlig', number, number.slice(2)]) {
      expect((await admin.call('participants.list', listInput({ search }))).total).toBe(0);
    }
    const byNote = await admin.call('participants.list', listInput({ search: 'boendet' }));
    expect(byNote.rows.map((r) => r.name)).toEqual([null]);
    expect((await admin.call('participants.list', listInput({ search: code }))).total).toBe(1);
    const page = await admin.call('participants.get', { participantId });
    expect(page.identity).toBeNull();
    expect(JSON.stringify(page)).not.toMatch(/Hemlig|Skyddadsson|920704/);
    expect(JSON.stringify(await admin.call('participants.queue', {}))).not.toMatch(/Hemlig|Skyddadsson/);
    expect((await admin.fail('participants.revealPersonalNumber', { participantId })).code).toBe('forbidden');
    const edit = await admin.fail('participants.update', {
      participantId,
      keepPersonalNumber: true,
      firstName: 'X',
      lastName: 'Y',
      personalNumber: '',
      gender: 'woman',
      birthYear: 1992,
      phone: '',
      preferredLanguage: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      protectedIdentity: false,
      responsibleUserId: null,
    });
    expect(edit.code).toBe('forbidden');

    // The responsible caseworker sees and finds the person.
    expect(
      (await responsible.call('participants.list', listInput({ search: 'Skyddadsson' }))).rows[0]?.name,
    ).toBe('Hemlig Skyddadsson');
    expect(
      (await responsible.call('participants.get', { participantId })).identity?.personalNumberMasked,
    ).toBe('19920704-****');
  });
});

describe('participants: activity and the list', () => {
  const tempDir = useTempDirs();

  it('tracks last activity, flags inactivity, sorts Swedish names and pages in SQL', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const today = todayIso();
    const names = ['Öberg', 'Andersson', 'Åkesson', 'Ärlig', 'Zetterberg'];
    const ids: number[] = [];
    for (const lastName of names) {
      const { participantId } = await admin.call(
        'participants.refer',
        referralInput(own, [own], {
          lastName,
          referral: { ...referralInput(own, null).referral, receivedOn: addDays(today, -60) },
        }),
      );
      await admin.call('participants.enrol', {
        participantId,
        startOn: addDays(today, -50),
        plannedEndOn: null,
        intakeCriteria: [],
      });
      ids.push(participantId);
    }
    const page = await admin.call('progress.add', {
      participantId: ids[0] ?? 0,
      onDate: addDays(today, -3),
      category: 'language',
      text: 'Klarade SFI kurs B',
    });
    expect(page.lastActivityOn).toBe(addDays(today, -3));
    expect(page.inactive).toBe(false);
    const input = listInput({ statuses: ['enrolled'], limit: 3 });
    const first = await admin.call('participants.list', input);
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.name?.split(' ')[1])).toEqual(['Andersson', 'Zetterberg', 'Åkesson']);
    const second = await admin.call('participants.list', { ...input, offset: 3 });
    expect(second.rows.map((r) => r.name?.split(' ')[1])).toEqual(['Ärlig', 'Öberg']);
    const inactive = [...first.rows, ...second.rows]
      .filter((r) => r.inactive)
      .map((r) => r.name?.split(' ')[1]);
    expect(inactive.sort()).toEqual(['Andersson', 'Zetterberg', 'Åkesson', 'Ärlig'].sort());
    const byActivity = await admin.call('participants.list', {
      ...input,
      sort: 'lastActivityOn',
      direction: 'desc',
      limit: 1,
    });
    expect(byActivity.rows[0]?.name).toBe('Amina Öberg');

    const future = await admin.fail('contacts.add', {
      participantId: ids[1] ?? 0,
      onDate: addDays(today, 1),
      kind: 'meeting',
      text: 'x',
    });
    expect(future).toMatchObject({ code: 'invalid_input', field: 'onDate' });
  });

  it('a read-only user can read but not write', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { client: reader } = await loggedInUser(admin, 'Ulla Läs', 'readonly', 'KOM-AM');
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    expect((await reader.call('participants.get', { participantId })).identity?.firstName).toBe('Amina');
    expect(
      (await reader.fail('contacts.add', { participantId, onDate: todayIso(), kind: 'phone', text: 'x' }))
        .code,
    ).toBe('forbidden');
  });
});
