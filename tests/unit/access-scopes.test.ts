import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, todayIso } from '../../main/api/dates';
import { Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { auditSince, maxAuditId } from '../helpers/canary';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

/** A day-15 date at least `minDaysAgo` before today, so "+3 months" means the same in SQL and TS. */
function fifteenthBefore(today: string, minDaysAgo: number): string {
  const candidate = addDays(today, -minDaysAgo);
  const day = Number(candidate.slice(8, 10));
  return day >= 15 ? `${candidate.slice(0, 8)}15` : `${addMonths(candidate, -1).slice(0, 8)}15`;
}

describe('after closure: read-only access for the organisations covered on the closure date', () => {
  const tempDir = useTempDirs();

  async function closedCase() {
    const { backend, admin } = await initializedBackend(tempDir());
    const today = todayIso();
    const own = await orgId(admin, 'KOM-AM');
    const af = await orgId(admin, 'AF');
    const closedOn = fifteenthBefore(today, 100);
    const referredOn = addDays(closedOn, -200);
    // The consent ends on the closure day, as consents "for the cooperation" do.
    const input = referralInput(own, [own, af], {});
    input.referral = { ...input.referral, receivedOn: referredOn };
    input.consent = {
      organisationIds: [own, af],
      signedOn: referredOn,
      validUntil: closedOn,
      coversSus: false,
    };
    const { participantId } = await admin.call('participants.refer', input);
    // The team itself (KOM-AM) keeps a consent valid today, so it can record the closure.
    await admin.call('consents.add', {
      participantId,
      organisationIds: [own],
      signedOn: referredOn,
      validUntil: addDays(today, 100),
      coversSus: false,
    });
    const { client: afUser } = await loggedInUser(admin, 'Arne Förmedlare', 'caseworker', 'AF');
    const { client: sfiUser } = await loggedInUser(admin, 'Siri Lärare', 'caseworker', 'SFI');
    const settings = await admin.call('settings.participants', {});
    // While the consent is valid, AF may write; afterwards only the closure rule can give access.
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(referredOn, 5),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    await admin.call('participants.close', { participantId, onDate: closedOn, closureReason: 'work' });
    // The last day of access: the follow-up (closure + 3 months) plus the margin.
    const lastDay = (margin: number) => addDays(addMonths(closedOn, 3), margin);
    const setMargin = (margin: number) =>
      admin.call('settings.updateParticipants', {
        programmeMonths: settings.programmeMonths,
        inactivityWeeks: settings.inactivityWeeks,
        intakeCriteria: settings.intakeCriteria,
        closedAccessMarginDays: margin,
      });
    return { backend, admin, afUser, sfiUser, participantId, today, closedOn, lastDay, setMargin };
  }

  it('reads the closed period until the follow-up plus the margin, and not a day longer', async () => {
    const { backend, afUser, sfiUser, participantId, today, closedOn, lastDay, setMargin } =
      await closedCase();
    const marginToday = daysBetween(addMonths(closedOn, 3), today);
    expect(marginToday).toBeGreaterThanOrEqual(0);

    await setMargin(marginToday);
    expect(lastDay(marginToday)).toBe(today);
    const page = await afUser.call('participants.get', { participantId });
    expect(page.readOnly).toBe(true);
    expect(page.status).toBe('closed');
    expect((await afUser.call('plan.get', { participantId })).participantId).toBe(participantId);
    // Read, never write: no new contacts on that basis.
    const contact = await afUser.fail('contacts.add', {
      participantId,
      onDate: today,
      kind: 'phone',
      text: 'Uppföljning',
    });
    expect(contact.code).toBe('forbidden');
    // The list shows it as readable too.
    const row = (await afUser.call('participants.list', listInput())).rows.find(
      (r) => r.id === participantId,
    );
    expect(row?.access).toBe('full');
    // An organisation the consent did not cover on the closure day never reads it.
    expect((await sfiUser.fail('participants.get', { participantId })).code).toBe('forbidden');

    await setMargin(marginToday - 1);
    expect((await afUser.fail('participants.get', { participantId })).code).toBe('forbidden');
    expect(
      (await afUser.call('participants.list', listInput())).rows.some((r) => r.id === participantId),
    ).toBe(false);
    backend.close();
  }, 60_000);

  it('a consent withdrawn before the closure day gives no access after closure', async () => {
    const { backend, admin, afUser, participantId, closedOn, setMargin } = await closedCase();
    await setMargin(365);
    expect((await afUser.call('participants.get', { participantId })).readOnly).toBe(true);
    const consents = (await admin.call('participants.get', { participantId })).consents;
    const consentId = consents.find((c) => c.organisations.length === 2)?.id ?? 0;
    await admin.call('consents.withdraw', { consentId, withdrawnOn: addDays(closedOn, -1) });
    expect((await afUser.fail('participants.get', { participantId })).code).toBe('forbidden');
    backend.close();
  }, 60_000);
});

describe('scopes: what the router records and refuses', () => {
  const tempDir = useTempDirs();

  it('lists and searches write one audit row with the kind of query and the count, never the search text', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    await admin.call('participants.refer', referralInput(own, [own], { lastName: 'Hemligsson' }));
    await admin.call('participants.refer', referralInput(own, [own], { lastName: 'Annansson' }));
    const before = maxAuditId(backend);
    await admin.call('participants.list', listInput({ search: 'Hemligsson' }));
    await admin.call('participants.list', listInput({ search: 'hemligsson ' }));
    await admin.call('participants.list', listInput({ statuses: ['referred'] }));
    await admin.call('participants.queue', {});
    await admin.call('consents.expiring', {});
    await admin.call('actions.list', { scope: 'mine', participantId: null });
    const entries = auditSince(backend, before);
    expect(entries.map((e) => e.action)).toEqual([
      'participant.search',
      'participant.search',
      'participant.list',
      'participant.queue',
      'consent.list_expiring',
      'action.list',
    ]);
    const [first, second, list, queue] = entries.map((e) => JSON.parse(e.details) as Record<string, unknown>);
    expect(first).toMatchObject({ rows: 1, query: 'sort=name;search', purpose: 'casework' });
    expect(JSON.stringify(entries)).not.toMatch(/hemligsson/i);
    // The keyed hash tells a repeated search apart without keeping it.
    expect(typeof first?.search).toBe('string');
    expect(first?.search).toBe(second?.search);
    expect(list).toMatchObject({ rows: 2, query: 'sort=name;statuses=referred' });
    expect(queue).toMatchObject({ rows: 2 });
    backend.close();
  }, 60_000);

  it('audits refusals for a missing session and a missing role', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const { client: reader, user } = await loggedInUser(admin, 'Läsa Bara', 'readonly', 'KOM-AM');
    const before = maxAuditId(backend);
    const anonymous = new Client(backend);
    expect((await anonymous.fail('participants.get', { participantId: 1 })).code).toBe('unauthenticated');
    // Authentication comes before validation: an anonymous caller learns nothing about the input.
    expect((await anonymous.fail('participants.get', { participantId: 'x' })).code).toBe('unauthenticated');
    expect((await reader.fail('contacts.add', {})).code).toBe('forbidden');
    const entries = auditSince(backend, before);
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['rpc.refused', null],
      ['rpc.refused', null],
      ['rpc.refused', user.id],
    ]);
    expect(JSON.parse(entries[2]?.details ?? '{}')).toMatchObject({
      procedure: 'contacts.add',
      code: 'forbidden',
    });
    backend.close();
  }, 60_000);

  it('a filter or sort by responsible caseworker never reveals a hidden case', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const sfi = await orgId(admin, 'SFI');
    const { user: caseworker } = await loggedInUser(admin, 'Rut Ansvarig', 'caseworker', 'KOM-AM');
    // SFI referred it (so SFI knows it exists) but the consent covers only KOM-AM.
    const { participantId } = await admin.call(
      'participants.refer',
      referralInput(sfi, [own], { responsibleUserId: caseworker.id }),
    );
    const { client: sfiUser } = await loggedInUser(admin, 'Siri Lärare', 'caseworker', 'SFI');
    const all = await sfiUser.call('participants.list', listInput());
    expect(all.rows.find((r) => r.id === participantId)?.access).toBe('exists');
    const filtered = await sfiUser.call('participants.list', listInput({ responsibleUserId: caseworker.id }));
    expect(filtered.rows.map((r) => r.id)).toEqual([]);
    expect(filtered.total).toBe(0);
    const covered = await admin.call('participants.list', listInput({ responsibleUserId: caseworker.id }));
    expect(covered.rows.map((r) => r.id)).toEqual([participantId]);
    backend.close();
  }, 60_000);
});

describe('meetings: the people in the room', () => {
  const tempDir = useTempDirs();

  it('anyone marks their own attendance; someone else’s is the coordinator’s; addenda are for attendees', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const { client: sfiUser, user: sfi } = await loggedInUser(admin, 'Siri Lärare', 'caseworker', 'SFI');
    const { client: other, user: otherUser } = await loggedInUser(admin, 'Olle Annan', 'caseworker', 'AF');
    const adminId = (await admin.call('app.status', {})).session?.user.id ?? 0;
    const meeting = await admin.call('meetings.create', {
      seriesId: null,
      date: todayIso(),
      startTime: '09:00',
      durationMinutes: 60,
      place: 'Rum 1',
      attendeeUserIds: [adminId, sfi.id],
    });
    await admin.call('meetings.start', { meetingId: meeting.id });
    const own = await sfiUser.call('meetings.setAttendance', {
      meetingId: meeting.id,
      userId: sfi.id,
      present: true,
      late: true,
    });
    expect(own.attendees.find((a) => a.userId === sfi.id)?.arrivedLateAt).not.toBeNull();
    const someoneElse = await sfiUser.fail('meetings.setAttendance', {
      meetingId: meeting.id,
      userId: adminId,
      present: false,
      late: false,
    });
    expect(someoneElse.code).toBe('forbidden');
    await admin.call('meetings.finish', { meetingId: meeting.id });
    expect((await other.fail('meetings.addAddendum', { meetingId: meeting.id, text: 'Tillägg' })).code).toBe(
      'forbidden',
    );
    const added = await sfiUser.call('meetings.addAddendum', { meetingId: meeting.id, text: 'Tillägg' });
    expect(added.addenda.map((a) => a.text)).toEqual(['Tillägg']);
    expect(otherUser.id).toBeGreaterThan(0);
    backend.close();
  }, 60_000);
});
