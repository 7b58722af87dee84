import { defaultCodeLists } from '../../main/api/code-lists';
import type { Input, Output, ProcedureName } from '../../main/api/contract';
import { addDays, todayIso } from '../../main/api/dates';
import { defaultMappingTemplate } from '../../main/api/default-mapping-template';
import type { Role } from '../../main/api/schemas';
import type { Backend } from '../../main/core/backend';
import { ADMIN_PASSWORD, type Client, addUser, initializedBackend, loggedInUser, orgId } from './backend';
import { referralInput } from './participants';

/** A unique marker per text field: a leak names the field it came from. */
export function canary(field: string): string {
  return `KANARIE-${field}-7f3c`;
}
export const CANARY_PREFIX = 'KANARIE-';

/**
 * A team with one participant ("the canary") whose every text field holds a canary string,
 * with a consent covering the admin's organisation and AF but not SFI (organisation X), and
 * users of every role in X. The canary has a meeting item with notes and decisions, actions, a
 * review request, a mapping and a plan. Ids in `ids` reach the canary through every kind of
 * input a procedure takes.
 */
export async function canaryWorld(dataDir: string) {
  const { backend, admin } = await initializedBackend(dataDir);
  const today = todayIso();
  const own = await orgId(admin, 'KOM-AM');
  const af = await orgId(admin, 'AF');
  const sfi = await orgId(admin, 'SFI');
  const adminId = (await admin.call('app.status', {})).session?.user.id ?? 0;

  const refer = referralInput(own, [own, af], {
    firstName: canary('firstName'),
    lastName: canary('lastName'),
    phone: canary('phone'),
    preferredLanguage: canary('language'),
    interpreterLanguage: canary('interpreter'),
    personalNumber: '19900101-0017',
  });
  refer.referral = {
    ...refer.referral,
    caseworkerName: canary('caseworkerName'),
    caseworkerPhone: canary('caseworkerPhone'),
    caseworkerEmail: 'kanarie.handlaggare@example.se',
    reason: canary('referralReason'),
    certificates: [canary('certificate')],
  };
  const { participantId } = await admin.call('participants.refer', refer);
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -5),
    plannedEndOn: null,
    intakeCriteria: [canary('intake')],
  });
  await admin.call('participants.extend', {
    participantId,
    onDate: addDays(today, -1),
    plannedEndOn: addDays(today, 400),
    reason: canary('extensionReason'),
  });
  await admin.call('contacts.add', {
    participantId,
    onDate: today,
    kind: 'meeting',
    text: canary('contact'),
  });
  await admin.call('progress.add', {
    participantId,
    onDate: today,
    category: 'health',
    text: canary('progress'),
  });
  await admin.call('mapping.saveField', {
    participantId,
    fieldKey: 'household',
    value: canary('mappingHousehold'),
    baseRevision: 0,
  });
  await admin.call('mapping.saveConversation', {
    participantId,
    number: 1,
    heldOn: today,
    attendees: canary('conversationAttendees'),
    summary: canary('conversationSummary'),
  });
  await admin.call('plan.saveGoal', { participantId, goal: 'work', goalText: canary('goal') });
  let plan = await admin.call('plan.addSubgoal', {
    participantId,
    text: canary('subgoal'),
    targetOn: addDays(today, 30),
    status: 'open',
  });
  const typeCode = plan.interventionTypes[0]?.code ?? 'work_training';
  plan = await admin.call('plan.addIntervention', {
    participantId,
    typeCode,
    providerOrganisationId: own,
    responsibleUserId: null,
    responsibleName: canary('interventionResponsible'),
    startOn: today,
    endOn: null,
    status: 'ongoing',
    note: canary('interventionNote'),
  });
  await admin.call('plan.addSip', {
    participantId,
    heldOn: today,
    attendees: [{ name: canary('sipAttendee'), organisationId: own }],
    lifeAreas: [{ area: canary('sipArea'), responsibilities: canary('sipResponsibilities') }],
    interventionIds: [],
    overallResponsible: canary('sipResponsible'),
    followUpOn: addDays(today, 30),
  });
  const subgoalId = plan.subgoals[0]?.id ?? 0;
  const interventionId = plan.interventions[0]?.id ?? 0;
  await admin.call('participants.requestReview', { participantId, note: canary('requestNote') });

  // Users of organisation X (SFI) in every role, and one spare user the admin tasks may touch.
  const roles: Role[] = ['admin', 'coordinator', 'caseworker', 'readonly'];
  const outsiders = new Map<Role, { client: Client; user: Output<'users.create'> }>();
  for (const role of roles) {
    outsiders.set(role, await loggedInUser(admin, `Sfi ${role} Testsson`, role, 'SFI'));
  }
  const spare = await addUser(admin, 'Reserv Användarsson', 'caseworker', 'SFI');

  const attendeeUserIds = [adminId, ...[...outsiders.values()].map((o) => o.user.id)];
  const meeting = await admin.call('meetings.create', {
    seriesId: null,
    date: today,
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum 1',
    attendeeUserIds,
  });
  await admin.call('agenda.addItem', {
    meetingId: meeting.id,
    participantId,
    title: null,
    minutes: 10,
    reasons: ['requested'],
  });
  const dto = await admin.call('agenda.addItem', {
    meetingId: meeting.id,
    participantId: null,
    title: 'Allmän punkt',
    minutes: 5,
    reasons: [],
  });
  const itemId = dto.items.find((i) => i.participant?.id === participantId)?.id ?? 0;
  const generalItemId = dto.items.find((i) => i.kind === 'general')?.id ?? 0;
  await admin.call('meetings.start', { meetingId: meeting.id });
  for (const outsider of outsiders.values()) {
    await admin.call('agenda.setAbsence', { itemId, userId: outsider.user.id, absent: true });
  }
  await admin.call('agenda.addNote', { itemId, kind: 'note', text: canary('meetingNote') });
  await admin.call('agenda.addNote', { itemId, kind: 'decision', text: canary('decision') });
  const action = await admin.call('actions.create', {
    participantId: null,
    itemId,
    what: canary('actionWhat'),
    responsibleUserId: adminId,
    organisationId: own,
    dueOn: addDays(today, -1),
  });
  await admin.call('actions.review', {
    actionId: action.id,
    meetingId: meeting.id,
    outcome: 'still_open',
    newDueOn: addDays(today, 7),
    note: canary('actionOutcome'),
  });
  // A second meeting with the canary on it: the one remove and move may touch.
  const second = await admin.call('meetings.create', {
    seriesId: null,
    date: addDays(today, 7),
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum 2',
    attendeeUserIds,
  });
  const secondDto = await admin.call('agenda.addItem', {
    meetingId: second.id,
    participantId,
    title: null,
    minutes: 10,
    reasons: ['requested'],
  });
  const secondItemId = secondDto.items[0]?.id ?? 0;
  const detail = await admin.call('participants.get', { participantId });
  const consentId = detail.consents[0]?.id ?? 0;
  const contactId = detail.contacts[0]?.id ?? 0;
  const progressId = detail.progress[0]?.id ?? 0;

  const ids = {
    participantId,
    consentId,
    contactId,
    progressId,
    subgoalId,
    interventionId,
    meetingId: meeting.id,
    secondMeetingId: second.id,
    itemId,
    secondItemId,
    generalItemId,
    actionId: action.id,
    own,
    af,
    sfi,
    adminId,
    spareUserId: spare.id,
    typeCode,
  };
  return { backend, admin, outsiders, ids, today };
}

export type CanaryIds = Awaited<ReturnType<typeof canaryWorld>>['ids'];

/**
 * A valid input for every procedure of the contract, pointing at the canary wherever the
 * input can name a participant. Typed over the whole contract: a new procedure without a
 * sample here does not compile, so the registry walk cannot miss it.
 */
export function sampleInputs(
  ids: CanaryIds,
  today: string,
  self: number,
): { [N in ProcedureName]: Input<N> } {
  return {
    'app.status': {},
    'setup.defaults': {},
    'setup.initialize': {
      teamName: 'Igen',
      language: 'sv',
      organisations: [{ code: 'AF', name: 'Arbetsförmedlingen' }],
      admin: { name: 'Ny Admin', organisationCode: 'AF', profession: 'Samordnare', password: ADMIN_PASSWORD },
    },
    'auth.login': { userId: ids.adminId, password: 'fel lösenord helt och hållet' },
    'auth.unlock': { password: 'fel lösenord helt och hållet' },
    'auth.lock': {},
    'auth.logout': {},
    'auth.changePassword': {
      currentPassword: 'fel lösenord helt och hållet',
      newPassword: 'ett nytt långt lösen 99',
    },
    'me.setLanguage': { language: 'sv' },
    'users.list': {},
    'users.create': {
      name: 'Helt Ny Person',
      organisationId: ids.sfi,
      profession: 'Handläggare',
      role: 'caseworker',
      language: 'sv',
      initialPassword: 'ett startlösen för test 8',
    },
    'users.update': {
      userId: ids.spareUserId,
      organisationId: ids.sfi,
      profession: 'Handläggare',
      role: 'caseworker',
    },
    'users.resetPassword': { userId: ids.spareUserId, newPassword: 'ett annat startlösen 12' },
    'users.deactivate': { userId: ids.spareUserId },
    'organisations.list': {},
    'organisations.create': { code: 'NY', name: 'Ny organisation' },
    'organisations.update': { id: ids.sfi, name: 'SFI / vuxenutbildning', active: true },
    'audit.list': { limit: 500 },
    'team.members': {},
    'settings.participants': {},
    'settings.updateParticipants': {
      programmeMonths: 6,
      inactivityWeeks: 3,
      closedAccessMarginDays: 30,
      intakeCriteria: ['Svenska på minst nivå A1'],
    },
    'participants.list': {
      search: 'KANARIE',
      statuses: [],
      organisationId: null,
      responsibleUserId: null,
      sort: 'name',
      direction: 'asc',
      offset: 0,
      limit: 200,
    },
    'participants.queue': {},
    'participants.get': { participantId: ids.participantId },
    'participants.revealPersonalNumber': { participantId: ids.participantId },
    'participants.refer': {
      firstName: 'Ny',
      lastName: 'Anvisad',
      personalNumber: '',
      gender: 'man',
      birthYear: 1985,
      phone: '',
      preferredLanguage: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      protectedIdentity: false,
      responsibleUserId: null,
      referral: {
        receivedOn: today,
        organisationId: ids.sfi,
        caseworkerName: 'Någon',
        caseworkerPhone: '',
        caseworkerEmail: '',
        reason: 'Behöver stöd.',
        certificates: [],
      },
      consent: null,
    },
    'participants.update': {
      participantId: ids.participantId,
      keepPersonalNumber: true,
      firstName: 'Skrivs',
      lastName: 'Över',
      personalNumber: '',
      gender: 'woman',
      birthYear: 1990,
      phone: '',
      preferredLanguage: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      protectedIdentity: false,
      responsibleUserId: null,
    },
    'participants.decideReferral': {
      participantId: ids.participantId,
      decision: 'withdrawn',
      onDate: today,
      reason: null,
    },
    'participants.enrol': {
      participantId: ids.participantId,
      startOn: today,
      plannedEndOn: null,
      intakeCriteria: [],
    },
    'participants.extend': {
      participantId: ids.participantId,
      onDate: today,
      plannedEndOn: addDays(today, 900),
      reason: 'Mer tid',
    },
    'participants.close': { participantId: ids.participantId, onDate: today, closureReason: 'work' },
    'participants.referAgain': {
      participantId: ids.participantId,
      referral: {
        receivedOn: today,
        organisationId: ids.sfi,
        caseworkerName: 'Någon',
        caseworkerPhone: '',
        caseworkerEmail: '',
        reason: 'Behöver stöd igen.',
        certificates: [],
      },
      consent: null,
    },
    'participants.duplicates': {},
    'participants.protectedCases': {},
    'participants.handOverProtected': { participantId: ids.participantId, responsibleUserId: ids.adminId },
    'participants.closureDraft': { participantId: ids.participantId },
    'closureSummaries.get': { participantId: ids.participantId },
    'closureSummaries.print': { participantIds: [ids.participantId], variant: 'participant' },
    'jobs.get': { jobId: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    'jobs.cancel': { jobId: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    'jobs.save': { jobId: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    'closureSummaries.save': {
      participantId: ids.participantId,
      periodId: ids.participantId,
      variant: 'participant',
      language: 'sv',
      sections: [{ heading: 'Kanariefågel', blocks: [{ type: 'paragraph', text: 'Får inte sparas.' }] }],
    },
    'codeLists.list': {},
    'codeLists.save': {
      list: 'contact_kinds',
      entries: defaultCodeLists.contact_kinds.map(([code, labelSv, labelEn]) => ({
        code,
        labelSv,
        labelEn,
        active: true,
        outcome: null,
      })),
    },
    'participants.resolveDuplicate': { participantId: ids.participantId, decision: 'accept', reason: null },
    'consents.add': {
      participantId: ids.participantId,
      organisationIds: [ids.sfi],
      signedOn: today,
      validUntil: addDays(today, 30),
      coversSus: false,
    },
    'consents.withdraw': { consentId: ids.consentId, withdrawnOn: today },
    'consents.withdrawImpact': { consentId: ids.consentId, withdrawnOn: today },
    'consents.expiring': {},
    'contacts.add': { participantId: ids.participantId, onDate: today, kind: 'phone', text: 'Nytt samtal' },
    'progress.add': { participantId: ids.participantId, onDate: today, category: 'work', text: 'Nytt steg' },
    'contacts.update': { contactId: ids.contactId, onDate: today, kind: 'phone', text: 'Rättat samtal' },
    'contacts.remove': { contactId: ids.contactId },
    'progress.update': { progressId: ids.progressId, onDate: today, category: 'work', text: 'Rättat steg' },
    'progress.remove': { progressId: ids.progressId },
    'mappingTemplates.list': {},
    'mappingTemplates.save': {
      key: 'default',
      name: 'Gemensam kartläggning',
      definition: defaultMappingTemplate,
      baseVersion: 1,
    },
    'mapping.get': { participantId: ids.participantId },
    'mapping.saveField': {
      participantId: ids.participantId,
      fieldKey: 'household',
      value: 'Skrivs över',
      baseRevision: 1,
    },
    'mapping.fieldHistory': { participantId: ids.participantId, fieldKey: 'household' },
    'mapping.saveConversation': {
      participantId: ids.participantId,
      number: 2,
      heldOn: today,
      attendees: 'Någon',
      summary: 'Något',
    },
    'plan.get': { participantId: ids.participantId },
    'plan.saveGoal': { participantId: ids.participantId, goal: 'studies', goalText: 'Skrivs över' },
    'plan.addSubgoal': {
      participantId: ids.participantId,
      text: 'Nytt',
      targetOn: addDays(today, 10),
      status: 'open',
    },
    'plan.updateSubgoal': {
      subgoalId: ids.subgoalId,
      text: 'Ändrat',
      targetOn: addDays(today, 10),
      status: 'open',
    },
    'plan.addIntervention': {
      participantId: ids.participantId,
      typeCode: ids.typeCode,
      providerOrganisationId: ids.sfi,
      responsibleUserId: null,
      responsibleName: null,
      startOn: today,
      endOn: null,
      status: 'planned',
      note: null,
    },
    'plan.updateIntervention': {
      interventionId: ids.interventionId,
      typeCode: ids.typeCode,
      providerOrganisationId: ids.own,
      responsibleUserId: null,
      responsibleName: null,
      startOn: today,
      endOn: null,
      status: 'ongoing',
      note: null,
    },
    'plan.addSip': {
      participantId: ids.participantId,
      heldOn: today,
      attendees: [{ name: 'Någon', organisationId: ids.own }],
      lifeAreas: [{ area: 'Arbete', responsibilities: 'Alla' }],
      interventionIds: [],
      overallResponsible: 'Någon',
      followUpOn: addDays(today, 10),
    },
    'plan.history': { participantId: ids.participantId },
    'interventionTypes.list': {},
    'interventionTypes.save': {
      types: [{ code: ids.typeCode, labelSv: 'Arbetsträning', labelEn: 'Work training', active: true }],
    },
    'reviews.settings': {},
    'reviews.updateSettings': {
      plannedEndWeeks: 4,
      notDiscussedWeeks: 6,
      mappingWeeks: 4,
      defaultItemMinutes: 10,
    },
    'meetingSeries.list': {},
    'meetingSeries.save': {
      seriesId: null,
      name: 'Tisdagar',
      weekday: 2,
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Rum 1',
      active: true,
    },
    'meetings.list': { includeFinished: true },
    'meetings.create': {
      seriesId: null,
      date: addDays(today, 14),
      startTime: '10:00',
      durationMinutes: 60,
      place: 'Rum 3',
      attendeeUserIds: [],
    },
    'meetings.update': {
      meetingId: ids.secondMeetingId,
      date: addDays(today, 7),
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Rum 2',
      attendeeUserIds: [ids.adminId, self],
    },
    'meetings.get': { meetingId: ids.meetingId },
    'meetings.suggest': { meetingId: ids.meetingId },
    'meetings.start': { meetingId: ids.secondMeetingId },
    'meetings.setAttendance': { meetingId: ids.meetingId, userId: self, present: true, late: false },
    'meetings.finish': { meetingId: ids.meetingId },
    'meetings.cancel': { meetingId: ids.secondMeetingId, reason: 'Krockar med en utbildningsdag' },
    'meetings.addAddendum': { meetingId: ids.meetingId, text: 'Tillägg' },
    'meetings.minutes': { meetingId: ids.meetingId },
    'agenda.addItem': {
      meetingId: ids.secondMeetingId,
      participantId: ids.participantId,
      title: null,
      minutes: 10,
      reasons: [],
    },
    'agenda.removeItem': { itemId: ids.secondItemId },
    'agenda.moveItem': { itemId: ids.itemId, position: 1 },
    'agenda.setMinutes': { itemId: ids.itemId, minutes: 30 },
    'agenda.setAbsence': { itemId: ids.itemId, userId: ids.adminId, absent: true },
    'agenda.openItem': { itemId: ids.itemId },
    'agenda.addNote': { itemId: ids.itemId, kind: 'decision', text: 'Nytt beslut' },
    'agenda.markDiscussed': { itemId: ids.itemId, elapsedSeconds: 60 },
    'actions.create': {
      participantId: ids.participantId,
      itemId: null,
      what: 'Ny åtgärd',
      responsibleUserId: self,
      organisationId: ids.sfi,
      dueOn: addDays(today, 5),
    },
    'actions.list': { scope: 'participant', participantId: ids.participantId },
    'actions.review': {
      actionId: ids.actionId,
      meetingId: null,
      outcome: 'done',
      newDueOn: null,
      note: null,
    },
    'participants.requestReview': { participantId: ids.participantId, note: 'Ta upp igen' },
    'demo.generate': { participants: 5, seed: 1 },
  };
}

/** Every row of the tables that hold a participant's data, to prove a refused call changed nothing. */
export function participantData(backend: Backend): string {
  const { sqlite } = backend.state.vault.database();
  const tables = [
    'participants',
    'participant_identities',
    'participant_events',
    'referrals',
    'consents',
    'consent_organisations',
    'contacts',
    'progress_steps',
    'mapping_values',
    'mapping_conversations',
    'plans',
    'plan_subgoals',
    'plan_interventions',
    'sip_meetings',
    'agenda_items',
    'agenda_item_absences',
    'meeting_notes',
    'actions',
    'action_reviews',
    'review_requests',
  ];
  return JSON.stringify(tables.map((table) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

export function maxAuditId(backend: Backend): number {
  const { sqlite } = backend.state.vault.database();
  const row = sqlite.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number | null };
  return row.id ?? 0;
}

export function auditSince(
  backend: Backend,
  afterId: number,
): {
  id: number;
  userId: number | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: string;
}[] {
  const { sqlite } = backend.state.vault.database();
  return sqlite
    .prepare(
      'SELECT id, user_id AS userId, action, entity_type AS entityType, entity_id AS entityId, details FROM audit_log WHERE id > ? ORDER BY id',
    )
    .all(afterId) as never;
}
