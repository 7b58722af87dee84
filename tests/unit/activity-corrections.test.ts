import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const today = todayIso();

describe('contacts and progress: the author corrects or removes, with history', () => {
  const tempDir = useTempDirs();

  it('keeps every earlier version, lets only the author change, and follows the last activity', async () => {
    const { admin } = await initializedBackend(tempDir());
    const [kom, af] = [await orgId(admin, 'KOM-AM'), await orgId(admin, 'AF')];
    const { client: omar } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const { participantId } = await admin.call('participants.refer', referralInput(kom, [kom, af]));
    const first = await admin.call('contacts.add', {
      participantId,
      onDate: addDays(today, -3),
      kind: 'phone',
      text: 'Samtal om praktik',
    });
    const contactId = first.contacts[0]?.id ?? 0;
    const withStep = await admin.call('progress.add', {
      participantId,
      onDate: addDays(today, -1),
      category: 'language',
      text: 'Klarade kurs B',
    });
    const progressId = withStep.progress[0]?.id ?? 0;
    expect(withStep.lastActivityOn).toBe(addDays(today, -1));

    // Someone else may not change it, even with write access to the case.
    const notAuthor = await omar.fail('contacts.update', {
      contactId,
      onDate: today,
      kind: 'phone',
      text: 'Ändrad av fel person',
    });
    expect(notAuthor.code).toBe('forbidden');
    expect((await omar.fail('progress.remove', { progressId })).code).toBe('forbidden');
    // Bad input is refused, nothing changes.
    const badKind = await admin.fail('contacts.update', {
      contactId,
      onDate: today,
      kind: 'nonsense',
      text: 'x',
    });
    expect(badKind.code).toBe('invalid_input');
    const early = await admin.fail('contacts.update', {
      contactId,
      onDate: '2001-01-01',
      kind: 'phone',
      text: 'x',
    });
    expect([early.code, early.field]).toEqual(['invalid_input', 'onDate']);

    const corrected = await admin.call('contacts.update', {
      contactId,
      onDate: addDays(today, -2),
      kind: 'meeting',
      text: 'Möte om praktik',
    });
    expect(corrected.contacts[0]).toMatchObject({
      text: 'Möte om praktik',
      kind: 'meeting',
      editedAt: expect.any(String),
    });
    const removed = await admin.call('progress.remove', { progressId });
    expect(removed.progress).toEqual([]);
    // The last activity follows what is left: the corrected contact.
    expect(removed.lastActivityOn).toBe(addDays(today, -2));
    expect(removed.activityHistory.map((h) => [h.entity, h.change, h.text])).toEqual([
      ['progress', 'remove', 'Klarade kurs B'],
      ['contact', 'edit', 'Samtal om praktik'],
    ]);
    // Another reader of the case sees the history too.
    const seen = await omar.call('participants.get', { participantId });
    expect(seen.activityHistory).toHaveLength(2);
    expect((await admin.fail('progress.remove', { progressId })).code).toBe('not_found');
    const log = await admin.call('audit.list', { limit: 20 });
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['contact.update', 'progress.remove']));
  });
});
