import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

/** A participant enrolled 30 days ago, covered for the admin's organisation. */
async function enrolled(admin: Client) {
  const own = await orgId(admin, 'KOM-AM');
  const today = todayIso();
  const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -9),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  return { participantId, own, today };
}

describe('closure (avslut): the closure form', () => {
  const tempDir = useTempDirs();

  it('stores the exit facts, the next step, the handover and the recommendations on the period', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, today } = await enrolled(admin);
    const af = await orgId(admin, 'AF');
    const page = await admin.call('participants.close', {
      participantId,
      onDate: today,
      closureReason: 'work_with_support',
      incomeSourceAtExit: 'subsidised_employment',
      occupationAtExit: 'Lagerarbetare',
      nextStep: {
        arranged: true,
        what: 'Lönebidragsanställning på lager',
        organisationId: af,
        contact: 'Per Persson, 010-111 22 33',
        startOn: addDays(today, 14),
      },
      handoverTo: 'Lena Ek, anvisande handläggare',
      recommendations: 'Fortsatt stöd av SIUS-konsulent de första månaderna.',
    });
    expect(page.status).toBe('closed');
    expect(page.periods[0]).toMatchObject({
      closedOn: today,
      closureReason: 'work_with_support',
      incomeSourceAtExit: 'subsidised_employment',
      occupationAtExit: 'Lagerarbetare',
      nextStepArranged: true,
      nextStepWhat: 'Lönebidragsanställning på lager',
      nextStepOrganisation: { id: af, name: 'Arbetsförmedlingen' },
      nextStepStartOn: addDays(today, 14),
      nextStepNotArrangedReason: null,
      handoverTo: 'Lena Ek, anvisande handläggare',
      recommendations: 'Fortsatt stöd av SIUS-konsulent de första månaderna.',
    });
  });

  it('records a next step that is not arranged, with why', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, today } = await enrolled(admin);
    const page = await admin.call('participants.close', {
      participantId,
      onDate: today,
      closureReason: 'moved_abroad',
      nextStep: { arranged: false, reason: 'Flyttar till Norge, ingen insats här.' },
    });
    expect(page.periods[0]).toMatchObject({
      nextStepArranged: false,
      nextStepWhat: null,
      nextStepNotArrangedReason: 'Flyttar till Norge, ingen insats här.',
    });
    const empty = await admin.fail('participants.close', {
      participantId,
      onDate: today,
      closureReason: 'other',
      nextStep: { arranged: false, reason: ' ' },
    });
    expect(empty.code).toBe('invalid_input');
  });

  it('asks before ending open interventions and actions; ends them only when confirmed', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, own, today } = await enrolled(admin);
    const status = await admin.call('app.status', {});
    const adminId = status.loginUsers[0]!.id;
    const types = await admin.call('interventionTypes.list', {});
    const plan = await admin.call('plan.addIntervention', {
      participantId,
      typeCode: types[0]!.code,
      providerOrganisationId: own,
      responsibleUserId: null,
      responsibleName: null,
      startOn: addDays(today, -5),
      endOn: null,
      status: 'ongoing',
      note: null,
    });
    const interventionId = plan.interventions[0]!.id;
    await admin.call('actions.create', {
      participantId,
      itemId: null,
      what: 'Boka möte med arbetsgivaren',
      responsibleUserId: adminId,
      organisationId: own,
      dueOn: addDays(today, 10),
    });
    const draft = await admin.call('participants.closureDraft', { participantId });
    expect([draft.openInterventions.length, draft.openActions.length]).toEqual([1, 1]);

    const close = { participantId, onDate: today, closureReason: 'studies' };
    const refused = await admin.fail('participants.close', close);
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('1 pågående eller planerad insats och 1 öppen åtgärd');
    expect((await admin.call('participants.get', { participantId })).status).toBe('enrolled');

    await admin.call('participants.close', { ...close, endOpenItems: true });
    const after = await admin.call('plan.get', { participantId });
    expect(after.interventions.find((i) => i.id === interventionId)).toMatchObject({
      status: 'finished',
      endOn: today,
    });
    const history = await admin.call('plan.history', { participantId });
    expect(history[0]).toMatchObject({ entity: 'intervention', onDate: today, statusTo: 'finished' });
    const actions = await admin.call('actions.list', { scope: 'participant', participantId });
    expect(actions.map((a) => [a.what, a.status])).toEqual([['Boka möte med arbetsgivaren', 'not_relevant']]);
  });

  it('refuses a closure without a reason, before enrolment, in the future, twice, or with an unknown code', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { participantId, today } = await enrolled(admin);
    const cases: [Record<string, unknown>, string][] = [
      [{ participantId, onDate: today }, 'closureReason'],
      [{ participantId, onDate: addDays(today, -20), closureReason: 'work' }, 'onDate'],
      [{ participantId, onDate: addDays(today, 1), closureReason: 'work' }, 'onDate'],
      [
        { participantId, onDate: today, closureReason: 'work', incomeSourceAtExit: 'lottery' },
        'incomeSourceAtExit',
      ],
    ];
    for (const [input, field] of cases) {
      expect(await admin.fail('participants.close', input), field).toMatchObject({
        code: 'invalid_input',
        field,
      });
    }
    expect((await admin.call('participants.get', { participantId })).status).toBe('enrolled');
    await admin.call('participants.close', { participantId, onDate: today, closureReason: 'work' });
    expect(
      (await admin.fail('participants.close', { participantId, onDate: today, closureReason: 'work' })).code,
    ).toBe('conflict');
  });
});
