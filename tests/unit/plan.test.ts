import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

async function enrolledParticipant(dir: string) {
  const { admin } = await initializedBackend(dir);
  const own = await orgId(admin, 'KOM-AM');
  const af = await orgId(admin, 'AF');
  const sfi = await orgId(admin, 'SFI');
  const reg = await orgId(admin, 'REG');
  const today = todayIso();
  const { participantId } = await admin.call(
    'participants.refer',
    referralInput(af, [own, af, sfi], {
      referral: { ...referralInput(af, null).referral, receivedOn: addDays(today, -40) },
    }),
  );
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -30),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  return { admin, own, af, sfi, reg, participantId, today };
}

describe('plan: one shared plan with parallel interventions', () => {
  const tempDir = useTempDirs();

  it('keeps a goal, sub-goals and parallel interventions, with history', async () => {
    const { admin, af, sfi, participantId, today } = await enrolledParticipant(tempDir());
    await admin.call('plan.saveGoal', { participantId, goal: 'work', goalText: 'Arbete inom bygg' });
    await admin.call('plan.addSubgoal', {
      participantId,
      text: 'SFI kurs C',
      targetOn: addDays(today, 90),
      status: 'open',
    });
    await admin.call('plan.addIntervention', {
      participantId,
      typeCode: 'sfi',
      providerOrganisationId: sfi,
      responsibleUserId: null,
      responsibleName: 'Lärare Eva',
      startOn: addDays(today, -20),
      endOn: addDays(today, 60),
      status: 'ongoing',
      note: 'Två dagar i veckan',
    });
    const plan = await admin.call('plan.addIntervention', {
      participantId,
      typeCode: 'work_training',
      providerOrganisationId: af,
      responsibleUserId: null,
      responsibleName: '',
      startOn: addDays(today, -10),
      endOn: null,
      status: 'ongoing',
      note: '',
    });
    expect(plan.goal).toMatchObject({ goal: 'work', goalText: 'Arbete inom bygg' });
    expect(plan.interventions.map((i) => [i.typeCode, i.providerOrganisation.id, i.status])).toEqual([
      ['sfi', sfi, 'ongoing'],
      ['work_training', af, 'ongoing'],
    ]);
    const [first] = plan.interventions;
    if (!first) throw new Error('missing');
    const updated = await admin.call('plan.updateIntervention', {
      interventionId: first.id,
      typeCode: 'sfi',
      providerOrganisationId: sfi,
      responsibleUserId: null,
      responsibleName: 'Lärare Eva',
      startOn: addDays(today, -20),
      endOn: addDays(today, 60),
      status: 'paused',
      note: 'Uppehåll under sjukskrivning',
    });
    expect(updated.interventions[0]?.status).toBe('paused');
    const history = await admin.call('plan.history', { participantId });
    expect(history.map((h) => [h.entity, h.change])).toEqual([
      ['intervention', 'update'],
      ['intervention', 'create'],
      ['intervention', 'create'],
      ['subgoal', 'create'],
      ['goal', 'create'],
    ]);
    expect(history[0]?.before).toMatchObject({ status: 'ongoing' });
    expect(history[0]?.after).toMatchObject({ status: 'paused' });
  });

  it('refuses a sub-goal before enrolment, an intervention ending before it starts, four life areas and an uncovered organisation', async () => {
    const { admin, af, sfi, reg, participantId, today } = await enrolledParticipant(tempDir());
    expect(
      await admin.fail('plan.addSubgoal', {
        participantId,
        text: 'x',
        targetOn: addDays(today, -35),
        status: 'open',
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'targetOn' });
    expect(
      await admin.fail('plan.addIntervention', {
        participantId,
        typeCode: 'sfi',
        providerOrganisationId: sfi,
        responsibleUserId: null,
        responsibleName: '',
        startOn: today,
        endOn: addDays(today, -1),
        status: 'planned',
        note: '',
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'endOn' });
    const sip = {
      participantId,
      heldOn: today,
      attendees: [
        { name: 'Omar Said', organisationId: af },
        { name: 'Eva Lärare', organisationId: sfi },
      ],
      lifeAreas: [
        { area: 'Arbete', responsibilities: 'AF ansvarar för arbetsträning' },
        { area: 'Språk', responsibilities: 'SFI ansvarar för undervisning' },
        { area: 'Hälsa', responsibilities: 'Regionen ansvarar för hälsosamtal' },
      ],
      interventionIds: [],
      overallResponsible: 'Omar Said, AF',
      followUpOn: addDays(today, 30),
    };
    const four = await admin.fail('plan.addSip', {
      ...sip,
      lifeAreas: [...sip.lifeAreas, { area: 'Ekonomi', responsibilities: 'x' }],
    });
    expect(four).toEqual({
      code: 'invalid_input',
      message: 'Ange ett till tre livsområden.',
      field: 'lifeAreas',
    });
    const uncovered = await admin.fail('plan.addSip', {
      ...sip,
      attendees: [...sip.attendees, { name: 'Rita Nurse', organisationId: reg }],
    });
    expect(uncovered).toEqual({
      code: 'invalid_input',
      message:
        'Samtycket omfattar inte Regionen – hälso- och sjukvård. Organisationen kan inte bjudas in till samplaneringen.',
      field: 'attendees.2.organisationId',
    });
    const plan = await admin.call('plan.get', { participantId });
    expect(plan.subgoals).toEqual([]);
    expect(plan.interventions).toEqual([]);
    expect(plan.sipMeetings).toEqual([]);
    // Staff need an organisation; the participant, a relative or an interpreter have none.
    const noOrg = await admin.fail('plan.addSip', {
      ...sip,
      attendees: [...sip.attendees, { name: 'Per Personal', role: 'staff', organisationId: null }],
    });
    expect(noOrg).toMatchObject({ code: 'invalid_input', field: 'attendees.2.organisationId' });
    const relativeWithOrg = await admin.fail('plan.addSip', {
      ...sip,
      attendees: [...sip.attendees, { name: 'Amal Yusuf', role: 'relative', organisationId: reg }],
    });
    expect(relativeWithOrg).toEqual({
      code: 'invalid_input',
      message: 'Bara personal i teamet anges med organisation.',
      field: 'attendees.2.organisationId',
    });
    const saved = await admin.call('plan.addSip', {
      ...sip,
      attendees: [
        ...sip.attendees,
        { name: 'Amina Yusuf', role: 'participant' },
        { name: 'Hassan Ali', role: 'interpreter' },
      ],
    });
    expect(
      saved.sipMeetings[0]?.attendees.map((a) => [a.name, a.role, a.organisation?.name ?? null]),
    ).toEqual([
      ['Omar Said', 'staff', 'Arbetsförmedlingen'],
      ['Eva Lärare', 'staff', 'SFI / vuxenutbildning'],
      ['Amina Yusuf', 'participant', null],
      ['Hassan Ali', 'interpreter', null],
    ]);
  });

  it('enforces consent and keeps intervention types that are in use', async () => {
    const { admin, sfi, participantId, today } = await enrolledParticipant(tempDir());
    const { client: regUser } = await loggedInUser(admin, 'Rita Nurse', 'caseworker', 'REG');
    expect((await regUser.fail('plan.get', { participantId })).code).toBe('forbidden');
    expect(
      (await regUser.fail('plan.saveGoal', { participantId, goal: 'studies', goalText: 'Studera' })).code,
    ).toBe('forbidden');
    await admin.call('plan.addIntervention', {
      participantId,
      typeCode: 'sfi',
      providerOrganisationId: sfi,
      responsibleUserId: null,
      responsibleName: '',
      startOn: today,
      endOn: null,
      status: 'planned',
      note: '',
    });
    const types = await admin.call('interventionTypes.list', {});
    const withoutSfi = types.filter((t) => t.code !== 'sfi');
    expect((await admin.fail('interventionTypes.save', { types: withoutSfi })).code).toBe('conflict');
    const deactivated = await admin.call('interventionTypes.save', {
      types: types.map((t) => (t.code === 'sfi' ? { ...t, active: false } : t)),
    });
    expect(deactivated.find((t) => t.code === 'sfi')?.active).toBe(false);
    expect(
      await admin.fail('plan.addIntervention', {
        participantId,
        typeCode: 'sfi',
        providerOrganisationId: sfi,
        responsibleUserId: null,
        responsibleName: '',
        startOn: today,
        endOn: null,
        status: 'planned',
        note: '',
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'typeCode' });
  });
});
