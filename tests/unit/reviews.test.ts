import type { Output } from '../../main/api/contract';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../main/api/contract';
import { addDays, addMonths, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const today = todayIso();

/** Refers (and optionally enrols) a participant with a consent covering the given orgs. */
async function participant(
  admin: Client,
  orgs: number[],
  options: { name: string; referredDaysAgo: number; enrol?: { daysAgo: number; plannedEndOn?: string } },
): Promise<number> {
  const referringOrg = orgs[0] ?? 0;
  const base = referralInput(referringOrg, null);
  const { participantId } = await admin.call('participants.refer', {
    ...base,
    firstName: options.name,
    referral: { ...base.referral, receivedOn: addDays(today, -options.referredDaysAgo) },
    consent: {
      organisationIds: orgs,
      signedOn: addDays(today, -options.referredDaysAgo),
      validUntil: addDays(today, 365),
      coversSus: true,
    },
  });
  if (options.enrol) {
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -options.enrol.daysAgo),
      plannedEndOn: options.enrol.plannedEndOn ?? null,
      intakeCriteria: [],
    });
  }
  return participantId;
}

async function meeting(admin: Client, attendeeUserIds: number[], date = today): Promise<number> {
  const created = await admin.call('meetings.create', {
    seriesId: null,
    date,
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum Samverkan',
    attendeeUserIds,
  });
  return created.id;
}

function reasonsOf(suggestions: { participant: { id: number }; reasons: { code: string }[] }[], id: number) {
  return suggestions.find((s) => s.participant.id === id)?.reasons.map((r) => r.code) ?? [];
}

describe('reviews: suggestions with reasons', () => {
  const tempDir = useTempDirs();

  it('applies each rule with its threshold', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const orgs = [own];
    const referred = await participant(admin, orgs, { name: 'Ny', referredDaysAgo: 5 });
    const idle = await participant(admin, orgs, {
      name: 'Stilla',
      referredDaysAgo: 40,
      enrol: { daysAgo: 30 },
    });
    const active = await participant(admin, orgs, {
      name: 'Aktiv',
      referredDaysAgo: 40,
      enrol: { daysAgo: 30 },
    });
    await admin.call('contacts.add', {
      participantId: active,
      onDate: addDays(today, -2),
      kind: 'meeting',
      text: 'Möte',
    });
    const ending = await participant(admin, orgs, {
      name: 'Slutar',
      referredDaysAgo: 200,
      enrol: { daysAgo: 170, plannedEndOn: addDays(today, 10) },
    });
    const overdue = await participant(admin, orgs, {
      name: 'Förbi',
      referredDaysAgo: 220,
      enrol: { daysAgo: 200, plannedEndOn: addDays(today, -5) },
    });
    const closedDate = addDays(addMonths(today, -3), -5);
    const followUp = await participant(admin, orgs, {
      name: 'Avslutad',
      referredDaysAgo: 400,
      enrol: { daysAgo: 380 },
    });
    await admin.call('participants.close', {
      participantId: followUp,
      onDate: closedDate,
      closureReason: 'work',
    });
    const ready = await participant(admin, orgs, {
      name: 'Klar',
      referredDaysAgo: 20,
      enrol: { daysAgo: 10 },
    });
    await admin.call('plan.addSubgoal', {
      participantId: ready,
      text: 'Praktik',
      targetOn: today,
      status: 'achieved',
    });
    const requested = await participant(admin, orgs, {
      name: 'Önskad',
      referredDaysAgo: 20,
      enrol: { daysAgo: 10 },
    });
    await admin.call('participants.requestReview', { participantId: requested, note: 'Behöver planera SIP' });
    const withAction = await participant(admin, orgs, {
      name: 'Åtgärd',
      referredDaysAgo: 20,
      enrol: { daysAgo: 10 },
    });
    const adminId = (await admin.call('team.members', {}))[0]?.id ?? 0;
    await admin.call('actions.create', {
      participantId: withAction,
      itemId: null,
      what: 'Boka läkartid',
      responsibleUserId: adminId,
      organisationId: own,
      dueOn: addDays(today, -1),
    });
    const base = referralInput(own, null);
    const { participantId: expiring } = await admin.call('participants.refer', {
      ...base,
      firstName: 'Utgår',
      consent: {
        organisationIds: orgs,
        signedOn: addDays(today, -5),
        validUntil: addDays(today, 20),
        coversSus: false,
      },
    });

    const meetingId = await meeting(admin, []);
    const { items: suggestions } = await admin.call('meetings.suggest', { meetingId, limit: 100 });
    expect(reasonsOf(suggestions, referred)).toEqual(['new_referral']);
    expect(reasonsOf(suggestions, idle)).toEqual(
      expect.arrayContaining(['inactive', 'started_without_mapping']),
    );
    expect(reasonsOf(suggestions, active)).not.toContain('inactive');
    expect(reasonsOf(suggestions, ending)).toContain('planned_end_near');
    expect(reasonsOf(suggestions, overdue)).toContain('extension_to_decide');
    expect(reasonsOf(suggestions, overdue)).not.toContain('planned_end_near');
    expect(reasonsOf(suggestions, followUp)).toEqual(['follow_up_due']);
    expect(reasonsOf(suggestions, ready)).toContain('ready_for_closure');
    expect(reasonsOf(suggestions, requested)).toContain('requested');
    expect(reasonsOf(suggestions, withAction)).toContain('overdue_actions');
    expect(reasonsOf(suggestions, expiring)).toEqual(['new_referral', 'consent_expiring']);
    expect(reasonsOf(suggestions, ending)).toContain('not_discussed');
    // Ranked as reasonWeights promises: a request or a decision to take comes before every case
    // that is only routine; scores never rise down the list; a tie goes to the earlier referral.
    const routine = new Set(['not_discussed', 'started_without_mapping']);
    const routineOnly = suggestions.filter((s) => s.reasons.every((r) => routine.has(r.code)));
    expect(routineOnly.length).toBeGreaterThan(0);
    for (const id of [requested, overdue]) {
      const rank = suggestions.find((s) => s.participant.id === id)?.rank ?? Infinity;
      for (const other of routineOnly)
        expect(rank, `${id} before ${other.participant.id}`).toBeLessThan(other.rank);
    }
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // One page at a time: the pages, followed by their cursor, are the ranked list, in order.
    const paged: number[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page: Output<'meetings.suggest'> = await admin.call('meetings.suggest', {
        meetingId,
        offset,
        limit: 3,
      });
      expect(page.items.length).toBeLessThanOrEqual(3);
      expect(page.total).toBe(suggestions.length);
      paged.push(...page.items.map((s) => s.participant.id));
      expect(page.items.map((s) => s.rank)).toEqual(page.items.map((_, i) => (offset ?? 0) + i + 1));
      offset = page.nextOffset;
    }
    expect(paged).toEqual(suggestions.map((s) => s.participant.id));

    // Thresholds are settings: with 1 week "planned end near", 10 days away no longer counts.
    const settings = await admin.call('reviews.settings', {});
    await admin.call('reviews.updateSettings', {
      plannedEndWeeks: 1,
      notDiscussedWeeks: 52,
      mappingWeeks: settings.mappingWeeks,
      defaultItemMinutes: settings.defaultItemMinutes,
    });
    const { items: after } = await admin.call('meetings.suggest', { meetingId, limit: 100 });
    expect(reasonsOf(after, ending)).not.toContain('planned_end_near');
    expect(reasonsOf(after, ending)).not.toContain('not_discussed');
  });
});

describe('reviews: the meeting', () => {
  const tempDir = useTempDirs();

  it('checks consent per attendee, carries over unreached items, locks after finishing', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const { user: sfiUser } = await loggedInUser(admin, 'Sara Berg', 'caseworker', 'SFI');
    const { user: afUser } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const adminId = (await admin.call('team.members', {})).find((m) => m.name === 'Anna Adminsson')?.id ?? 0;
    const first = await participant(admin, [own, af], {
      name: 'Första',
      referredDaysAgo: 30,
      enrol: { daysAgo: 20 },
    });
    const second = await participant(admin, [own, af], {
      name: 'Andra',
      referredDaysAgo: 30,
      enrol: { daysAgo: 20 },
    });
    const meetingId = await meeting(admin, [adminId, sfiUser.id, afUser.id], addDays(today, -7));

    for (const id of [first, second]) {
      await admin.call('agenda.addItem', {
        meetingId,
        participantId: id,
        title: '',
        minutes: 40,
        reasons: [],
      });
    }
    const planned = await admin.call('agenda.addItem', {
      meetingId,
      participantId: null,
      title: 'Övriga frågor',
      minutes: 5,
      reasons: [],
    });
    expect(planned.totalMinutes).toBe(85);
    expect(planned.overLength).toBe(true);
    const [firstItem, secondItem] = planned.items;
    if (!firstItem || !secondItem) throw new Error('items missing');
    expect(firstItem.uncoveredOrganisations.map((o) => o.name)).toEqual(['SFI / vuxenutbildning']);
    const dup = await admin.fail('agenda.addItem', {
      meetingId,
      participantId: first,
      title: '',
      minutes: 5,
      reasons: [],
    });
    expect(dup.code).toBe('conflict');
    const moved = await admin.call('agenda.moveItem', { itemId: secondItem.id, position: 0 });
    expect(moved.items.map((i) => i.id).slice(0, 2)).toEqual([secondItem.id, firstItem.id]);

    await admin.call('meetings.start', { meetingId });
    for (const userId of [adminId, sfiUser.id]) {
      await admin.call('meetings.setAttendance', { meetingId, userId, present: true, late: false });
    }
    await admin.call('meetings.setAttendance', { meetingId, userId: afUser.id, present: true, late: true });
    const blocked = await admin.fail('agenda.openItem', { itemId: secondItem.id });
    expect(blocked).toEqual({
      code: 'conflict',
      message:
        'Punkten kan inte öppnas: samtycket omfattar inte SFI / vuxenutbildning. Markera att personen lämnar rummet under punkten.',
    });
    await admin.call('agenda.setAbsence', { itemId: secondItem.id, userId: sfiUser.id, absent: true });
    const card = await admin.call('agenda.openItem', { itemId: secondItem.id });
    expect(card.participant.name).toBe('Andra Yusuf');
    expect(card.participant.daysInProgramme).toBe(20);
    await admin.call('agenda.addNote', {
      itemId: secondItem.id,
      kind: 'decision',
      text: 'Start av arbetsträning',
    });
    const noResponsible = await admin.fail('actions.create', {
      participantId: null,
      itemId: secondItem.id,
      what: 'Boka möte med arbetsgivare',
      organisationId: af,
      dueOn: addDays(today, 7),
    });
    expect(noResponsible).toEqual({
      code: 'invalid_input',
      message: 'Välj vem som ansvarar för åtgärden.',
      field: 'responsibleUserId',
    });
    const noDue = await admin.fail('actions.create', {
      participantId: null,
      itemId: secondItem.id,
      what: 'Boka möte med arbetsgivare',
      responsibleUserId: afUser.id,
      organisationId: af,
      dueOn: '',
    });
    expect(noDue).toMatchObject({
      code: 'invalid_input',
      message: 'Ange när åtgärden ska vara klar.',
      field: 'dueOn',
    });
    const action = await admin.call('actions.create', {
      participantId: null,
      itemId: secondItem.id,
      what: 'Boka möte med arbetsgivare',
      responsibleUserId: afUser.id,
      organisationId: af,
      dueOn: addDays(today, 7),
    });
    expect(action.participant?.id).toBe(second);
    await admin.call('agenda.markDiscussed', { itemId: secondItem.id, elapsedSeconds: 600 });

    const listed = await admin.call('meetings.list', { includeFinished: true });
    expect(listed.find((m) => m.id === meetingId)?.itemCount).toBe(3);
    const finished = await admin.call('meetings.finish', { meetingId });
    expect(finished.items.map((i) => i.status)).toEqual(['discussed', 'not_reached', 'not_reached']);
    expect((await admin.fail('meetings.finish', { meetingId })).code).toBe('conflict');
    expect(
      await admin.fail('agenda.addNote', { itemId: secondItem.id, kind: 'note', text: 'För sent' }),
    ).toMatchObject({ code: 'conflict', message: expect.stringContaining('låsta') });
    const withAddendum = await admin.call('meetings.addAddendum', {
      meetingId,
      text: 'Rättelse: datumet är 3 dec.',
    });
    expect(withAddendum.addenda).toMatchObject([
      { text: 'Rättelse: datumet är 3 dec.', authorName: 'Anna Adminsson' },
    ]);

    const minutes = await admin.call('meetings.minutes', { meetingId });
    expect(minutes.cases[0]?.decisions.map((d) => d.text)).toEqual(['Start av arbetsträning']);
    expect(minutes.cases[0]?.actions.map((a) => a.what)).toEqual(['Boka möte med arbetsgivare']);
    expect(minutes.late.map((a) => a.name)).toEqual(['Omar Said']);
    expect(minutes.generalItems.map((i) => i.title)).toEqual(['Övriga frågor']);

    const audit = await admin.call('audit.list', { limit: 200 });
    expect(audit.some((e) => e.action === 'meeting.open_case' && e.entityId === String(second))).toBe(true);

    // The next meeting carries over what was not reached.
    const next = await admin.call('meetings.create', {
      seriesId: null,
      date: today,
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Rum Samverkan',
      attendeeUserIds: [adminId],
    });
    expect(next.items.map((i) => [i.participant?.id ?? i.title, i.carriedOver])).toEqual([
      [first, true],
      ['Övriga frågor', true],
    ]);
  });

  it('reviews open actions: nothing silently disappears', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const adminId = (await admin.call('team.members', {}))[0]?.id ?? 0;
    const id = await participant(admin, [own], { name: 'Ett', referredDaysAgo: 10, enrol: { daysAgo: 5 } });
    const create = (what: string): Input<'actions.create'> => ({
      participantId: id,
      itemId: null,
      what,
      responsibleUserId: adminId,
      organisationId: own,
      dueOn: addDays(today, -1),
    });
    const a = await admin.call('actions.create', create('Kontakta vården'));
    const b = await admin.call('actions.create', create('Ansöka om praktik'));
    expect((await admin.call('actions.list', { scope: 'overdue', participantId: null })).length).toBe(2);
    const missingDate = await admin.fail('actions.review', {
      actionId: a.id,
      meetingId: null,
      outcome: 'still_open',
      newDueOn: null,
      note: '',
    });
    expect(missingDate).toMatchObject({ code: 'invalid_input', field: 'newDueOn' });
    const stillOpen = await admin.call('actions.review', {
      actionId: a.id,
      meetingId: null,
      outcome: 'still_open',
      newDueOn: addDays(today, 14),
      note: 'Väntar på remiss',
    });
    expect(stillOpen).toMatchObject({ status: 'open', overdue: false, dueOn: addDays(today, 14) });
    await admin.call('actions.review', {
      actionId: b.id,
      meetingId: null,
      outcome: 'not_carried_out',
      newDueOn: null,
      note: 'Organisationen hann inte',
    });
    const row = (await admin.call('participants.list', listInput())).rows.find((r) => r.id === id);
    expect(row?.openActions).toBe(1);
    const all = await admin.call('actions.list', { scope: 'participant', participantId: id });
    expect(all.map((x) => [x.what, x.status, x.reviews.length])).toEqual([
      ['Ansöka om praktik', 'not_carried_out', 1],
      ['Kontakta vården', 'open', 1],
    ]);
    expect(
      (
        await admin.fail('actions.review', {
          actionId: b.id,
          meetingId: null,
          outcome: 'done',
          newDueOn: null,
          note: '',
        })
      ).code,
    ).toBe('conflict');
  });

  it('shows protected identities by pseudonym on the agenda', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { participantId, code } = await admin.call(
      'participants.refer',
      referralInput(own, [own], { protectedIdentity: true, firstName: 'Dold' }),
    );
    const meetingId = await meeting(admin, []);
    const dto = await admin.call('agenda.addItem', {
      meetingId,
      participantId,
      title: '',
      minutes: 10,
      reasons: ['new_referral'],
    });
    expect(dto.items[0]?.participant).toMatchObject({
      code,
      name: null,
      initials: null,
      protectedIdentity: true,
    });
    expect(JSON.stringify(await admin.call('meetings.suggest', { meetingId }))).not.toContain('Dold');
  });
});
