import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, personalNumber, referralInput, updateInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const number = personalNumber('19880521', '417');

/** A person referred 120 days ago, enrolled, and closed `closedDaysAgo` days ago. */
async function closedPerson(admin: Client, closedDaysAgo = 20, overrides = {}) {
  const own = await orgId(admin, 'KOM-AM');
  const today = todayIso();
  const { participantId } = await admin.call(
    'participants.refer',
    referralInput(own, [own], {
      personalNumber: number,
      birthYear: null,
      incomeSourceAtStart: 'social_assistance',
      referral: { ...referralInput(own, null).referral, receivedOn: addDays(today, -120) },
      consent: {
        organisationIds: [own],
        signedOn: addDays(today, -120),
        validUntil: addDays(today, 200),
        coversSus: false,
      },
      ...overrides,
    }),
  );
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -100),
    plannedEndOn: null,
    intakeCriteria: [],
    incomeSourceAtStart: null,
  });
  await admin.call('plan.saveGoal', { participantId, goal: 'work', goalText: 'Arbete inom lager' });
  await admin.call('plan.addSubgoal', {
    participantId,
    text: 'Truckkort',
    targetOn: addDays(today, 30),
    status: 'open',
  });
  await admin.call('participants.close', {
    participantId,
    onDate: addDays(today, -closedDaysAgo),
    closureReason: 'work',
  });
  return { participantId, own, today };
}

function referAgainInput(own: number, today: string) {
  return {
    referral: {
      ...referralInput(own, null).referral,
      receivedOn: today,
      reason: 'Ny anvisning efter återfall.',
    },
    incomeSourceAtStart: 'sickness_benefit' as const,
    consent: null,
  };
}

describe('periods: a person takes part more than once', () => {
  const tempDir = useTempDirs();

  it('"Anvisa igen" starts a new period; the earlier one is kept, readable and closed to changes', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, own, today } = await closedPerson(admin);
    const before = await admin.call('participants.get', { participantId });
    expect(before.periods).toHaveLength(1);
    expect(before.periods[0]).toMatchObject({
      seq: 1,
      status: 'closed',
      closureReason: 'work',
      incomeSourceAtStart: 'social_assistance',
      current: true,
    });
    const firstPeriod = before.periods[0]!.id;

    const page = await admin.call('participants.referAgain', {
      participantId,
      ...referAgainInput(own, today),
    });
    expect(page.status).toBe('referred');
    expect(page.closedOn).toBeNull();
    expect(page.periods.map((p) => [p.seq, p.status, p.current])).toEqual([
      [2, 'referred', true],
      [1, 'closed', false],
    ]);
    expect(page.periods[0]!.incomeSourceAtStart).toBe('sickness_benefit');
    expect(page.events.map((e) => [e.periodId === firstPeriod ? 1 : 2, e.kind])).toEqual([
      [1, 'referred'],
      [1, 'enrolled'],
      [1, 'closed'],
      [2, 'referred'],
    ]);

    // The new period starts with an empty plan; the earlier one is history.
    expect((await admin.call('plan.get', { participantId })).goal).toBeNull();
    const history = await admin.call('plan.get', { participantId, periodId: firstPeriod });
    expect(history.goal?.goalText).toBe('Arbete inom lager');
    expect(history.periodId).toBe(firstPeriod);
    const oldSubgoal = history.subgoals[0]!;
    const frozen = await admin.fail('plan.updateSubgoal', {
      subgoalId: oldSubgoal.id,
      text: 'Ändrad i efterhand',
      targetOn: oldSubgoal.targetOn,
      status: 'achieved',
    });
    expect(frozen.code).toBe('conflict');
    expect((await admin.call('plan.get', { participantId, periodId: firstPeriod })).subgoals[0]?.text).toBe(
      'Truckkort',
    );

    // Once again while the new period is open: refused, nothing changed.
    const again = await admin.fail('participants.referAgain', {
      participantId,
      ...referAgainInput(own, today),
    });
    expect(again.code).toBe('conflict');
    expect(again.message).toContain('pågående period');
    expect((await admin.call('participants.get', { participantId })).periods).toHaveLength(2);
  });

  it('a period id of another person is "not found", never a hint', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId } = await closedPerson(admin);
    const own = await orgId(admin, 'KOM-AM');
    const other = await admin.call('participants.refer', referralInput(own, [own]));
    const otherPage = await admin.call('participants.get', { participantId: other.participantId });
    const error = await admin.fail('plan.get', { participantId, periodId: otherPage.periods[0]!.id });
    expect(error).toMatchObject({ code: 'not_found', field: 'periodId' });
  });

  it('referring a known number while allowed to read the person gives a new period of that person', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, own, today } = await closedPerson(admin);
    const result = await admin.call(
      'participants.refer',
      referralInput(own, [own], {
        personalNumber: number,
        birthYear: null,
        referral: { ...referralInput(own, null).referral, receivedOn: today },
      }),
    );
    expect(result.participantId).toBe(participantId);
    const page = await admin.call('participants.get', { participantId });
    expect(page.periods.map((p) => p.seq)).toEqual([2, 1]);
    expect(page.status).toBe('referred');
  });

  it('referring a number the caller may not know looks like any new referral, and the responsible decides', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { client: rut, user: rutUser } = await loggedInUser(admin, 'Rut Ansvarig', 'caseworker', 'KOM-AM');
    const { participantId, own, today } = await closedPerson(admin, 20, {});
    await admin.call('participants.update', updateInput(participantId, { responsibleUserId: rutUser.id }));
    const { client: fk } = await loggedInUser(admin, 'Frida Fk', 'caseworker', 'FK');
    const fkOrg = await orgId(admin, 'FK');
    const input = (pnr: string) =>
      referralInput(fkOrg, [fkOrg], {
        firstName: 'Amina',
        lastName: 'Yusuf',
        personalNumber: pnr,
        birthYear: null,
        referral: { ...referralInput(fkOrg, null).referral, organisationId: fkOrg, receivedOn: today },
      });

    // The same caller refers a number nobody has and the existing one: the answers and what
    // the caller sees afterwards have the same shape — a new pseudonym, status referred.
    const fresh = await fk.call('participants.refer', input(personalNumber('19910101', '129')));
    const dup = await fk.call('participants.refer', input(number));
    expect(dup.participantId).not.toBe(participantId);
    expect(Object.keys(dup)).toEqual(Object.keys(fresh));
    const freshPage = await fk.call('participants.get', { participantId: fresh.participantId });
    const dupPage = await fk.call('participants.get', { participantId: dup.participantId });
    const shape = (p: typeof freshPage) => ({
      status: p.status,
      periods: p.periods.map((x) => [x.seq, x.status]),
      events: p.events.map((e) => e.kind),
      identity: p.identity !== null,
    });
    expect(shape(dupPage)).toEqual(shape(freshPage));
    expect(dupPage.identity?.personalNumberMasked).toBe('19880521-****');
    expect(await fk.call('participants.duplicates', {})).toEqual([]);
    // Saving the new referral's details (number unchanged, or typed again) tells nothing either.
    await fk.call('participants.update', updateInput(dup.participantId));
    await fk.call(
      'participants.update',
      updateInput(dup.participantId, { keepPersonalNumber: false, personalNumber: number }),
    );

    // The responsible caseworker of the existing person sees it to decide; a stranger cannot.
    const pending = await rut.call('participants.duplicates', {});
    expect(pending).toEqual([
      expect.objectContaining({ participantId: dup.participantId, existingParticipantId: participantId }),
    ]);
    const stranger = await fk.fail('participants.resolveDuplicate', {
      participantId: dup.participantId,
      decision: 'accept',
      reason: null,
    });
    expect(stranger.code).toBe('not_found');

    await rut.call('participants.resolveDuplicate', {
      participantId: dup.participantId,
      decision: 'accept',
      reason: null,
    });
    const merged = await admin.call('participants.get', { participantId });
    expect(merged.periods.map((p) => [p.seq, p.status, p.referringOrganisation.id])).toEqual([
      [2, 'referred', fkOrg],
      [1, 'closed', own],
    ]);
    // The FK consent came with the referral and now belongs to the person.
    expect(merged.consents.some((c) => c.organisations.some((o) => o.id === fkOrg))).toBe(true);
    expect((await admin.fail('participants.get', { participantId: dup.participantId })).code).toBe(
      'not_found',
    );
    expect(await rut.call('participants.duplicates', {})).toEqual([]);
  });

  it('declining a referral of an existing person keeps it as a declined period', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, today } = await closedPerson(admin);
    const { client: coordinator } = await loggedInUser(admin, 'Cora Samordnare', 'coordinator', 'AF');
    const { client: fk } = await loggedInUser(admin, 'Frida Fk', 'caseworker', 'FK');
    const fkOrg = await orgId(admin, 'FK');
    const dup = await fk.call(
      'participants.refer',
      referralInput(fkOrg, null, {
        personalNumber: number,
        birthYear: null,
        referral: { ...referralInput(fkOrg, null).referral, organisationId: fkOrg, receivedOn: today },
      }),
    );
    const noReason = await coordinator.fail('participants.resolveDuplicate', {
      participantId: dup.participantId,
      decision: 'decline',
      reason: '',
    });
    expect(noReason.code).toBe('invalid_input');
    await coordinator.call('participants.resolveDuplicate', {
      participantId: dup.participantId,
      decision: 'decline',
      reason: 'Behovet tillgodoses redan av annan insats.',
    });
    const page = await admin.call('participants.get', { participantId });
    expect(page.periods.map((p) => [p.seq, p.status])).toEqual([
      [2, 'declined'],
      [1, 'closed'],
    ]);
  });
});

describe('periods: status by date, and dates that cannot be', () => {
  const tempDir = useTempDirs();

  it('refuses back-dated, future and out-of-order events with clear messages, changing nothing', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const today = todayIso();
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    const referredOn = addDays(today, -10);

    const beforeReferral = await admin.fail('participants.enrol', {
      participantId,
      startOn: addDays(referredOn, -1),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    expect(beforeReferral).toMatchObject({ code: 'invalid_input', field: 'startOn' });
    expect(beforeReferral.message).toContain('före anvisningen');
    const future = await admin.fail('participants.enrol', {
      participantId,
      startOn: addDays(today, 1),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    expect(future).toMatchObject({ code: 'invalid_input', field: 'startOn' });

    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -8),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    const extensionBeforeEnrolment = await admin.fail('participants.extend', {
      participantId,
      onDate: addDays(today, -9),
      plannedEndOn: addMonths(today, 9),
      reason: 'Mer tid behövs',
    });
    expect(extensionBeforeEnrolment.message).toContain('före inskrivningen');
    await admin.call('participants.extend', {
      participantId,
      onDate: addDays(today, -2),
      plannedEndOn: addMonths(today, 9),
      reason: 'Mer tid behövs',
    });

    // A closure dated before the extension would read enrolled → closed → extended.
    const closureBeforeExtension = await admin.fail('participants.close', {
      participantId,
      onDate: addDays(today, -5),
      closureReason: 'work',
    });
    expect(closureBeforeExtension).toMatchObject({ code: 'invalid_input', field: 'onDate' });
    expect(closureBeforeExtension.message).toContain('senaste händelse');
    const page = await admin.call('participants.get', { participantId });
    expect(page.status).toBe('enrolled');
    expect(page.events.map((e) => e.kind)).toEqual(['referred', 'enrolled', 'extended']);
    expect(page.events.find((e) => e.kind === 'extended')?.onDate).toBe(addDays(today, -2));

    const closed = await admin.call('participants.close', {
      participantId,
      onDate: today,
      closureReason: 'studies',
    });
    expect(closed.status).toBe('closed');
    expect(closed.periods[0]).toMatchObject({ closedOn: today, closureReason: 'studies' });
  });

  it('plan changes are dated events with the status they changed to', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const today = todayIso();
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -5),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    await admin.call('plan.saveGoal', { participantId, goal: 'studies', goalText: 'Komvux' });
    const plan = await admin.call('plan.addSubgoal', {
      participantId,
      text: 'Klara SFI D',
      targetOn: addMonths(today, 3),
      status: 'open',
    });
    const subgoalId = plan.subgoals[0]!.id;
    await admin.call('plan.updateSubgoal', {
      subgoalId,
      text: 'Klara SFI D',
      targetOn: addMonths(today, 3),
      status: 'achieved',
    });
    const history = await admin.call('plan.history', { participantId });
    expect(history.map((h) => [h.entity, h.change, h.onDate, h.statusTo])).toEqual([
      ['subgoal', 'update', today, 'achieved'],
      ['subgoal', 'create', today, 'open'],
      ['goal', 'create', today, 'studies'],
    ]);
  });
});

describe('deleting: a blocked delete is a clear conflict', () => {
  const tempDir = useTempDirs();

  it('an agenda item with an action cannot be removed; nothing changes', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const today = todayIso();
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    const status = await admin.call('app.status', {});
    const adminId = status.loginUsers[0]!.id;
    const meeting = await admin.call('meetings.create', {
      seriesId: null,
      date: addDays(today, 1),
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Rum 3',
      attendeeUserIds: [adminId],
    });
    const withItem = await admin.call('agenda.addItem', {
      meetingId: meeting.id,
      participantId,
      title: null,
      minutes: 10,
      reasons: [],
    });
    const itemId = withItem.items[0]!.id;
    await admin.call('actions.create', {
      participantId,
      itemId,
      what: 'Boka trepartssamtal',
      responsibleUserId: adminId,
      organisationId: own,
      dueOn: addDays(today, 7),
    });
    const refused = await admin.fail('agenda.removeItem', { itemId });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('åtgärder');
    const after = await admin.call('meetings.get', { meetingId: meeting.id });
    expect(after.items.map((i) => i.id)).toEqual([itemId]);
  });

  it('a foreign-key failure from the database becomes a conflict, not "something went wrong"', async () => {
    const { mapSqliteError } = await import('../../db/open');
    const driverError = Object.assign(new Error('FOREIGN KEY constraint failed'), {
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    const wrapped = Object.assign(new Error('Failed query'), { cause: driverError });
    for (const error of [driverError, wrapped]) {
      expect(mapSqliteError(error)).toMatchObject({ code: 'conflict', messageKey: 'error.foreignKey' });
    }
  });
});

describe('periods: the list shows the current period', () => {
  const tempDir = useTempDirs();

  it('a re-referred person is listed once, with the new period', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, own, today } = await closedPerson(admin);
    await admin.call('participants.referAgain', { participantId, ...referAgainInput(own, today) });
    const list = await admin.call('participants.list', listInput());
    const rows = list.rows.filter((r) => r.id === participantId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'referred', closedOn: null, referredOn: today });
    const queue = await admin.call('participants.queue', {});
    expect(queue.map((q) => q.id)).toContain(participantId);
  });
});
