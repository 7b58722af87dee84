import { describe, expect, it } from 'vitest';
import type { Input } from '../../main/api/contract';
import { addDays, addMonths, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { listInput, referralInput } from '../helpers/participants';
import { allSuggestions } from '../helpers/reviews';
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
    // Closed within the follow-up window with a consent still valid that ends soon: the
    // follow-up is due, but a closed case's consent is not one to renew.
    const closedExpiring = (
      await admin.call('participants.refer', {
        ...referralInput(own, null),
        firstName: 'Avslutad utgår',
        referral: { ...referralInput(own, null).referral, receivedOn: addDays(today, -400) },
        consent: {
          organisationIds: orgs,
          signedOn: addDays(today, -400),
          validUntil: addDays(today, 20),
          coversSus: false,
        },
      })
    ).participantId;
    await admin.call('participants.enrol', {
      participantId: closedExpiring,
      startOn: addDays(today, -380),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    await admin.call('participants.close', {
      participantId: closedExpiring,
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
    // The same consent, and a renewed one that reaches beyond the warning: nothing expires.
    const { participantId: renewed } = await admin.call('participants.refer', {
      ...base,
      firstName: 'Förnyad',
      consent: {
        organisationIds: orgs,
        signedOn: addDays(today, -5),
        validUntil: addDays(today, 20),
        coversSus: false,
      },
    });
    await admin.call('consents.add', {
      participantId: renewed,
      organisationIds: orgs,
      signedOn: today,
      validUntil: addDays(today, 200),
      coversSus: false,
    });
    // Waiting or enrolled, with a reason, but not readable by the caller's organisation: a
    // consent naming only another one, one withdrawn today, one withdrawn a month ago. Never
    // suggested.
    const hidden = [
      await participant(admin, [await orgId(admin, 'FK')], { name: 'Annan', referredDaysAgo: 5 }),
      await participant(admin, orgs, { name: 'Återkallad', referredDaysAgo: 70, enrol: { daysAgo: 60 } }),
      await participant(admin, orgs, { name: 'Slut', referredDaysAgo: 400 }),
    ];
    const [, withdrawn, ended] = hidden;
    const withdrawnConsent = (await admin.call('participants.get', { participantId: withdrawn ?? 0 }))
      .consents[0]?.id;
    await admin.call('consents.withdraw', { consentId: withdrawnConsent ?? 0, withdrawnOn: today });
    const endedConsent = (await admin.call('participants.get', { participantId: ended ?? 0 })).consents[0]
      ?.id;
    await admin.call('consents.withdraw', { consentId: endedConsent ?? 0, withdrawnOn: addDays(today, -30) });

    const meetingId = await meeting(admin, []);
    const suggestions = await allSuggestions(admin, meetingId);
    // Neither shown nor counted (the shortlist's total is every case paged).
    expect(suggestions.filter((s) => hidden.includes(s.participant.id))).toEqual([]);
    expect((await admin.call('meetings.suggest', { meetingId })).total).toBe(suggestions.length);
    expect(reasonsOf(suggestions, renewed)).toEqual(['new_referral']);
    // Each reason tells its number: days left, a count, the subgoals reached.
    const valueOf = (id: number, code: string) =>
      suggestions.find((s) => s.participant.id === id)?.reasons.find((r) => r.code === code)?.value;
    expect(valueOf(expiring, 'consent_expiring')).toBe(20);
    expect(valueOf(withAction, 'overdue_actions')).toBe(1);
    expect(valueOf(ready, 'ready_for_closure')).toBe(1);
    expect(valueOf(overdue, 'extension_to_decide')).toBe(5);
    expect(valueOf(ending, 'planned_end_near')).toBe(10);
    expect(valueOf(referred, 'new_referral')).toBe(5);
    expect(reasonsOf(suggestions, referred)).toEqual(['new_referral']);
    expect(reasonsOf(suggestions, idle)).toEqual(
      expect.arrayContaining(['inactive', 'started_without_mapping']),
    );
    expect(reasonsOf(suggestions, active)).not.toContain('inactive');
    expect(reasonsOf(suggestions, ending)).toContain('planned_end_near');
    expect(reasonsOf(suggestions, overdue)).toContain('extension_to_decide');
    expect(reasonsOf(suggestions, overdue)).not.toContain('planned_end_near');
    expect(reasonsOf(suggestions, followUp)).toEqual(['follow_up_due']);
    expect(reasonsOf(suggestions, closedExpiring)).toEqual(['follow_up_due']);
    expect(reasonsOf(suggestions, ready)).toContain('ready_for_closure');
    expect(reasonsOf(suggestions, requested)).toContain('requested');
    expect(reasonsOf(suggestions, withAction)).toContain('overdue_actions');
    expect(reasonsOf(suggestions, expiring)).toEqual(['consent_expiring', 'new_referral']);
    expect(reasonsOf(suggestions, ending)).toContain('not_discussed');
    // Ranked in tiers: the request first (with its note and who asked), then every case with a
    // reason that cannot wait, then the routine ones; each rank is one more than the last.
    expect(suggestions.map((s) => s.rank)).toEqual(suggestions.map((_, i) => i + 1));
    expect(suggestions[0]?.participant.id).toBe(requested);
    expect(suggestions[0]?.requests).toEqual([
      { note: 'Behöver planera SIP', requestedBy: expect.any(String), requestedAt: expect.any(String) },
    ]);
    const tiers = suggestions.map((s) => ['requested', 'time_critical', 'routine'].indexOf(s.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    for (const s of suggestions) {
      expect(s.strongest).toBe(s.reasons[0]?.code);
      const routineOnly = s.reasons.every((r) =>
        ['not_discussed', 'started_without_mapping'].includes(r.code),
      );
      expect(s.tier === 'routine').toBe(routineOnly);
    }
    expect(suggestions.find((s) => s.participant.id === overdue)?.tier).toBe('time_critical');
    // The shortlist fits the 60-minute meeting at the team's 10 minutes a case; the other cases
    // are in groups by their strongest reason, in rank order, each case once (allSuggestions).
    const shortlist = await admin.call('meetings.suggest', { meetingId });
    expect(shortlist.freeMinutes).toBe(60);
    expect(shortlist.items.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shortlist.groups.reduce((sum, g) => sum + g.total, 0)).toBe(suggestions.length - 6);

    // Thresholds are settings: with 1 week "planned end near", 10 days away no longer counts.
    const settings = await admin.call('reviews.settings', {});
    await admin.call('reviews.updateSettings', {
      plannedEndWeeks: 1,
      notDiscussedWeeks: 52,
      mappingWeeks: settings.mappingWeeks,
      defaultItemMinutes: settings.defaultItemMinutes,
    });
    const after = await allSuggestions(admin, meetingId);
    expect(reasonsOf(after, ending)).not.toContain('planned_end_near');
    expect(reasonsOf(after, ending)).not.toContain('not_discussed');
  });
});

describe('reviews: the shortlist', () => {
  const tempDir = useTempDirs();

  it('puts requests first, then time-critical before routine, and fits the meeting', async () => {
    const { admin } = await initializedBackend(tempDir());
    const orgs = [await orgId(admin, 'KOM-AM'), await orgId(admin, 'AF')];
    const { client: colleague } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const recentContact = async (participantId: number) =>
      admin.call('contacts.add', {
        participantId,
        onDate: addDays(today, -2),
        kind: 'meeting',
        text: 'Möte',
      });
    // Routine only, not discussed for over six weeks: suggested, last.
    const routine = await participant(admin, orgs, {
      name: 'Rutin',
      referredDaysAgo: 70,
      enrol: { daysAgo: 60 },
    });
    await recentContact(routine);
    // Routine only but enrolled five weeks ago: not yet worth the meeting's time.
    const tooSoon = await participant(admin, orgs, {
      name: 'Tidig',
      referredDaysAgo: 40,
      enrol: { daysAgo: 35 },
    });
    await recentContact(tooSoon);
    const ending = await participant(admin, orgs, {
      name: 'Slutar',
      referredDaysAgo: 12,
      enrol: { daysAgo: 10, plannedEndOn: addDays(today, 7) },
    });
    await recentContact(ending);
    const passive = await participant(admin, orgs, {
      name: 'Passiv',
      referredDaysAgo: 32,
      enrol: { daysAgo: 30 },
    });
    const askedEarly = await participant(admin, orgs, {
      name: 'Frågad',
      referredDaysAgo: 9,
      enrol: { daysAgo: 8 },
    });
    const askedLate = await participant(admin, orgs, {
      name: 'Önskad',
      referredDaysAgo: 3,
      enrol: { daysAgo: 2 },
    });
    for (const id of [askedEarly, askedLate]) await recentContact(id);
    await colleague.call('participants.requestReview', {
      participantId: askedLate,
      note: 'Vill byta praktikplats',
    });
    await admin.call('participants.requestReview', { participantId: askedEarly, note: 'Ny läkarbedömning' });

    const created = await admin.call('meetings.create', {
      seriesId: null,
      date: today,
      startTime: '09:00',
      durationMinutes: 45,
      place: 'Rum Samverkan',
      attendeeUserIds: [],
    });
    await admin.call('agenda.addItem', {
      meetingId: created.id,
      participantId: null,
      title: 'Information',
      minutes: 5,
      reasons: [],
    });
    const first = await admin.call('meetings.suggest', { meetingId: created.id });
    // 40 minutes free, 10 a case: both requests, then passivity before a near end.
    expect(first.freeMinutes).toBe(40);
    expect(first.itemMinutes).toBe(10);
    expect(first.items.map((s) => s.participant.id)).toEqual([askedEarly, askedLate, passive, ending]);
    expect(first.items.map((s) => s.tier)).toEqual([
      'requested',
      'requested',
      'time_critical',
      'time_critical',
    ]);
    expect(first.items[1]?.requests).toEqual([
      { note: 'Vill byta praktikplats', requestedBy: 'Omar Said', requestedAt: expect.any(String) },
    ]);
    expect(first.items[2]?.strongest).toBe('inactive');
    expect(first.groups).toEqual([{ reason: 'started_without_mapping', total: 1 }]);
    expect(first.total).toBe(5);
    const all = await allSuggestions(admin, created.id);
    expect(all.map((s) => s.participant.id)).toEqual([askedEarly, askedLate, passive, ending, routine]);
    expect(all.at(-1)?.tier).toBe('routine');
    expect(all.some((s) => s.participant.id === tooSoon)).toBe(false);

    // What is on the agenda counts: with 15 more minutes taken, one case less fits. A request
    // is never left off, even when the agenda is full.
    await admin.call('agenda.addItem', {
      meetingId: created.id,
      participantId: passive,
      title: null,
      minutes: 15,
      reasons: ['inactive'],
    });
    const second = await admin.call('meetings.suggest', { meetingId: created.id });
    expect(second.freeMinutes).toBe(25);
    expect(second.items.map((s) => s.participant.id)).toEqual([askedEarly, askedLate]);
    expect(second.groups).toEqual([
      { reason: 'planned_end_near', total: 1 },
      { reason: 'started_without_mapping', total: 1 },
    ]);
    const group = await admin.call('meetings.suggest', { meetingId: created.id, group: 'planned_end_near' });
    expect(group.items.map((s) => [s.participant.id, s.rank])).toEqual([[ending, 3]]);
    expect(group.nextCursor).toBeNull();
    await admin.call('agenda.addItem', {
      meetingId: created.id,
      participantId: null,
      title: 'Övrigt',
      minutes: 60,
      reasons: [],
    });
    const full = await admin.call('meetings.suggest', { meetingId: created.id });
    expect(full.freeMinutes).toBe(0);
    expect(full.items.map((s) => s.participant.id)).toEqual([askedEarly, askedLate]);
  });

  it('refuses a cursor that is not one it gave', async () => {
    const { admin } = await initializedBackend(tempDir());
    const meetingId = await meeting(admin, []);
    const error = await admin.fail('meetings.suggest', {
      meetingId,
      group: 'inactive',
      cursor: "0~1~2026-01-01~1' OR 1",
    });
    expect(error.code).toBe('invalid_input');
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

  it('carries unreached items to the next planned meeting whatever its date; a cancelled meeting returns its cases', async () => {
    const { admin } = await initializedBackend(tempDir());
    const orgs = [await orgId(admin, 'KOM-AM')];
    const waiting = await participant(admin, orgs, {
      name: 'Väntar',
      referredDaysAgo: 30,
      enrol: { daysAgo: 20 },
    });
    const asked = await participant(admin, orgs, {
      name: 'Önskad',
      referredDaysAgo: 30,
      enrol: { daysAgo: 20 },
    });
    await admin.call('participants.requestReview', { participantId: asked, note: 'Ny praktikplats' });
    const add = (meetingId: number, participantId: number | null, title: string | null = null) =>
      admin.call('agenda.addItem', { meetingId, participantId, title, minutes: 10, reasons: [] });
    const current = await meeting(admin, []);
    await add(current, waiting);
    await add(current, null, 'Lokalfrågan');
    // The next meeting is planned before this one is finished, on a date earlier than usual.
    const next = await meeting(admin, [], addDays(today, 2));
    await add(next, asked);
    await admin.call('meetings.start', { meetingId: current });
    await admin.call('meetings.finish', { meetingId: current });
    const carried = await admin.call('meetings.get', { meetingId: next });
    expect(carried.items.map((i) => [i.participant?.id ?? i.title, i.carriedOver])).toEqual([
      [waiting, true],
      ['Lokalfrågan', true],
      [asked, false],
    ]);

    // Cancelling needs a reason; it empties the agenda and records why.
    const noReason = await admin.fail('meetings.cancel', { meetingId: next, reason: '  ' });
    expect(noReason.code).toBe('invalid_input');
    const cancelled = await admin.call('meetings.cancel', {
      meetingId: next,
      reason: 'Krockar med studiedag',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelReason).toBe('Krockar med studiedag');
    expect(cancelled.items).toEqual([]);
    expect(
      (
        await admin.fail('agenda.addItem', {
          meetingId: next,
          participantId: waiting,
          title: null,
          minutes: 5,
          reasons: [],
        })
      ).code,
    ).toBe('conflict');
    expect((await admin.fail('meetings.start', { meetingId: next })).code).toBe('conflict');
    expect((await admin.call('meetings.list', { includeFinished: false })).map((m) => m.id)).not.toContain(
      next,
    );
    expect(
      (await admin.call('meetings.list', { includeFinished: true })).find((m) => m.id === next)?.status,
    ).toBe('cancelled');

    // The next meeting planned, weeks later, gets the items still waiting; the requested case is
    // back in the pool with its request open.
    const later = await meeting(admin, [], addDays(today, 21));
    const laterAgenda = await admin.call('meetings.get', { meetingId: later });
    expect(laterAgenda.items.map((i) => i.participant?.id ?? i.title)).toEqual([waiting, 'Lokalfrågan']);
    const pool = await admin.call('meetings.suggest', { meetingId: later });
    expect(pool.items[0]?.participant.id).toBe(asked);
    expect(pool.items[0]?.requests.map((r) => r.note)).toEqual(['Ny praktikplats']);

    // A started meeting cannot be cancelled.
    await admin.call('meetings.start', { meetingId: later });
    expect((await admin.fail('meetings.cancel', { meetingId: later, reason: 'Sjukdom' })).code).toBe(
      'conflict',
    );
  });

  it("lists the team's open actions in the minutes: overdue first, then organisation and responsible in Swedish order", async () => {
    const { admin } = await initializedBackend(tempDir());
    const organisations = await admin.call('organisations.list', {});
    const people = await Promise.all(
      [
        ['Örjan Ek', 'AF'],
        ['Åsa Berg', 'AF'],
        ['Zara Alm', 'AF'],
        ['Ärla Lund', 'AF'],
        ['Adam Öst', 'KOM-AM'],
      ].map(async ([name, code]) => ({
        ...(await loggedInUser(admin, name ?? '', 'caseworker', code ?? '')).user,
        code: code ?? '',
      })),
    );
    const orgOf = (code: string) => organisations.find((o) => o.code === code)?.id ?? 0;
    let n = 0;
    for (const person of people) {
      for (const days of [3, -2, 1]) {
        n += 1;
        await admin.call('actions.create', {
          participantId: null,
          itemId: null,
          what: `Åtgärd ${n}`,
          responsibleUserId: person.id,
          organisationId: orgOf(person.code),
          dueOn: addDays(today, days),
        });
      }
    }
    const meetingId = await meeting(admin, []);
    const { openActions } = await admin.call('meetings.minutes', { meetingId });
    // The reference: the same order with the collator comparing every pair.
    const collator = new Intl.Collator('sv-SE');
    const expected = [...openActions].sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        collator.compare(a.organisation.name, b.organisation.name) ||
        collator.compare(a.responsible.name, b.responsible.name) ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.id - b.id,
    );
    expect(openActions).toHaveLength(15);
    expect(openActions.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    // Å, Ä, Ö after Z and in that order: Swedish, not code point (Ä before Å) or English order.
    const af = openActions.filter((a) => !a.overdue && a.organisation.id === orgOf('AF'));
    expect([...new Set(af.map((a) => a.responsible.name))]).toEqual([
      'Zara Alm',
      'Åsa Berg',
      'Ärla Lund',
      'Örjan Ek',
    ]);
    expect(openActions.slice(0, 5).every((a) => a.overdue)).toBe(true);
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
    await admin.call('actions.review', {
      actionId: a.id,
      meetingId: null,
      outcome: 'still_open',
      newDueOn: addDays(today, 21),
      note: 'Remissen skickad',
    });
    const row = (await admin.call('participants.list', listInput())).rows.find((r) => r.id === id);
    expect(row?.openActions).toBe(1);
    const all = await admin.call('actions.list', { scope: 'participant', participantId: id });
    // Each action carries its own reviews, newest first.
    expect(all.map((x) => [x.what, x.status, x.reviews.map((review) => review.note)])).toEqual([
      ['Ansöka om praktik', 'not_carried_out', ['Organisationen hann inte']],
      ['Kontakta vården', 'open', ['Remissen skickad', 'Väntar på remiss']],
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
    expect(JSON.stringify(await allSuggestions(admin, meetingId))).not.toContain('Dold');
  });
});
