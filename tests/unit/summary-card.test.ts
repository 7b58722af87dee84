import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const today = todayIso();

/** A started meeting of the admin alone with the participant on its agenda; the item's id. */
async function meetingItem(admin: Client, participantId: number, date: string): Promise<number> {
  const adminId = (await admin.call('team.members', {})).find((m) => m.name === 'Anna Adminsson')?.id ?? 0;
  const created = await admin.call('meetings.create', {
    seriesId: null,
    date,
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum Samverkan',
    attendeeUserIds: [adminId],
  });
  const planned = await admin.call('agenda.addItem', {
    meetingId: created.id,
    participantId,
    title: null,
    minutes: 10,
    reasons: [],
  });
  await admin.call('meetings.start', { meetingId: created.id });
  await admin.call('meetings.setAttendance', {
    meetingId: created.id,
    userId: adminId,
    present: true,
    late: false,
  });
  const item = planned.items.find((i) => i.participant?.id === participantId);
  if (!item) throw new Error('item missing');
  return item.id;
}

describe('reviews: the summary card carries the free text presentation mode hides', () => {
  const tempDir = useTempDirs();

  it('lists events with a written reason and decisions of earlier meetings, and marks written answers', async () => {
    const { admin } = await initializedBackend(tempDir());
    const own = await orgId(admin, 'KOM-AM');
    const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -8),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    await admin.call('participants.extend', {
      participantId,
      onDate: addDays(today, -5),
      plannedEndOn: addDays(today, 300),
      reason: 'Praktiken hos Samhall har kommit igång.',
    });
    await admin.call('mapping.saveField', {
      participantId,
      fieldKey: 'own_goal',
      value: 'Arbeta inom barnomsorg',
      baseRevision: 0,
    });
    await admin.call('mapping.saveField', {
      participantId,
      fieldKey: 'mother_tongue',
      value: 'Somaliska',
      baseRevision: 0,
    });

    // An earlier meeting decided something (and noted something else).
    const earlierItem = await meetingItem(admin, participantId, addDays(today, -7));
    await admin.call('agenda.addNote', {
      itemId: earlierItem,
      kind: 'decision',
      text: 'Förläng med tre månader',
    });
    await admin.call('agenda.addNote', { itemId: earlierItem, kind: 'note', text: 'Bara en anteckning' });

    const item = await meetingItem(admin, participantId, today);
    await admin.call('agenda.addNote', { itemId: item, kind: 'decision', text: 'Dagens beslut' });
    const card = await admin.call('agenda.openItem', { itemId: item });

    expect(card.latestEvents).toEqual([
      { onDate: addDays(today, -5), kind: 'extended', reason: 'Praktiken hos Samhall har kommit igång.' },
    ]);
    // Only decisions, only of other meetings (today's are in the item's own notes).
    expect(card.earlierDecisions).toEqual([
      { meetingDate: addDays(today, -7), text: 'Förläng med tre månader' },
    ]);
    const answers = Object.fromEntries(card.mapping.highlights.map((h) => [h.fieldKey, h.freeText]));
    expect(answers).toEqual({ own_goal: true, mother_tongue: false });
    // The card names the person by the agenda's forms only (no separate first name).
    expect(Object.keys(card.participant)).not.toContain('firstName');
    // The organisations the consent covers today: an action for another one is warned about.
    expect(card.coveredOrganisationIds).toEqual([own]);
  });
});
