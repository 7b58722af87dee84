import { describe, expect, it } from 'vitest';
import { type CodeListEntryDto, codeListNames, defaultCodeLists } from '../../main/api/code-lists';
import { addDays, todayIso } from '../../main/api/dates';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { referralInput, updateInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

async function entries(admin: Client, list: (typeof codeListNames)[number]): Promise<CodeListEntryDto[]> {
  return (await admin.call('codeLists.list', {}))[list];
}

/** A participant enrolled ten days ago, with a consent covering the admin's organisation. */
async function enrolled(admin: Client) {
  const own = await orgId(admin, 'KOM-AM');
  const { participantId } = await admin.call('participants.refer', referralInput(own, [own]));
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(todayIso(), -5),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  return participantId;
}

describe('code lists as data', () => {
  const tempDir = useTempDirs();

  it('a new team starts with the default lists, labels in both languages, outcome per closure reason', async () => {
    const { admin } = await initializedBackend(tempDir());
    const lists = await admin.call('codeLists.list', {});
    for (const list of codeListNames) {
      expect(
        lists[list].map((e) => [e.code, e.labelSv, e.labelEn, e.outcome ?? undefined]),
        list,
      ).toEqual(defaultCodeLists[list].map(([code, sv, en, outcome]) => [code, sv, en, outcome]));
      expect(lists[list].every((e) => e.active)).toBe(true);
    }
    const outcome = (code: string) => lists.closure_reasons.find((e) => e.code === code)?.outcome;
    expect([
      outcome('work'),
      outcome('studies'),
      outcome('treatment'),
      outcome('registration_error'),
    ]).toEqual(['work', 'studies', 'other_intervention', 'not_counted']);
  });

  it('relabels, reorders and adds; history keeps its codes', async () => {
    const { admin } = await initializedBackend(tempDir());
    const participantId = await enrolled(admin);
    await admin.call('participants.close', { participantId, onDate: todayIso(), closureReason: 'work' });
    const current = await entries(admin, 'closure_reasons');
    const edited = [
      {
        code: 'volunteer_work',
        labelSv: 'Ideellt arbete',
        labelEn: 'Voluntary work',
        active: true,
        outcome: 'no_outcome' as const,
      },
      ...current.map((e) => (e.code === 'work' ? { ...e, labelSv: 'Arbete på öppna marknaden' } : e)),
    ];
    const saved = await admin.call('codeLists.save', { list: 'closure_reasons', entries: edited });
    expect(saved[0]?.code).toBe('volunteer_work');
    expect(saved.find((e) => e.code === 'work')?.labelSv).toBe('Arbete på öppna marknaden');
    const page = await admin.call('participants.get', { participantId });
    expect(page.periods[0]?.closureReason).toBe('work');
  });

  it('refuses to remove a code in use, duplicate labels, a list without an active entry, a missing label', async () => {
    const { admin } = await initializedBackend(tempDir());
    const participantId = await enrolled(admin);
    await admin.call('contacts.add', {
      participantId,
      onDate: todayIso(),
      kind: 'phone',
      text: 'Ringde om tider',
    });
    const kinds = await entries(admin, 'contact_kinds');

    const inUse = await admin.fail('codeLists.save', {
      list: 'contact_kinds',
      entries: kinds.filter((e) => e.code !== 'phone'),
    });
    expect(inUse).toMatchObject({ code: 'conflict' });
    expect(inUse.message).toContain('phone');

    const sameLabel = await admin.fail('codeLists.save', {
      list: 'contact_kinds',
      entries: kinds.map((e) => (e.code === 'other' ? { ...e, labelSv: ' möte ' } : e)),
    });
    expect(sameLabel).toMatchObject({ code: 'invalid_input', field: 'entries.5.labelSv' });

    const noneActive = await admin.fail('codeLists.save', {
      list: 'contact_kinds',
      entries: kinds.map((e) => ({ ...e, active: false })),
    });
    expect(noneActive).toMatchObject({ code: 'invalid_input', field: 'entries' });

    const missingEnglish = await admin.fail('codeLists.save', {
      list: 'contact_kinds',
      entries: kinds.map((e) => (e.code === 'meeting' ? { ...e, labelEn: '  ' } : e)),
    });
    expect(missingEnglish).toMatchObject({ code: 'invalid_input', field: 'entries.0.labelEn' });

    const noOutcome = await admin.fail('codeLists.save', {
      list: 'closure_reasons',
      entries: (await entries(admin, 'closure_reasons')).map((e, i) =>
        i === 0 ? { ...e, outcome: null } : e,
      ),
    });
    expect(noOutcome).toMatchObject({ code: 'invalid_input', field: 'entries.0.outcome' });

    // Nothing of the refused saves stuck.
    expect(await entries(admin, 'contact_kinds')).toEqual(kinds);
  });

  it('an inactive code is refused for new records but a stored one may stay', async () => {
    const { admin } = await initializedBackend(tempDir());
    const participantId = await enrolled(admin);
    for (const list of ['closure_reasons', 'genders'] as const) {
      const current = await entries(admin, list);
      const code = list === 'genders' ? 'woman' : 'treatment';
      await admin.call('codeLists.save', {
        list,
        entries: current.map((e) => (e.code === code ? { ...e, active: false } : e)),
      });
    }
    const refused = await admin.fail('participants.close', {
      participantId,
      onDate: todayIso(),
      closureReason: 'treatment',
    });
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'closureReason' });
    // The participant is a woman (the referral's default): saving her details keeps it.
    await admin.call('participants.update', updateInput(participantId, { birthYear: 1990 }));
    const own = await orgId(admin, 'KOM-AM');
    const newWoman = await admin.fail('participants.refer', referralInput(own, [own]));
    expect(newWoman).toMatchObject({ code: 'invalid_input', field: 'gender' });
    const unknownKind = await admin.fail('contacts.add', {
      participantId,
      onDate: todayIso(),
      kind: 'carrier_pigeon',
      text: 'Skickade brev',
    });
    expect(unknownKind).toMatchObject({ code: 'invalid_input', field: 'kind' });
  });

  it('only an admin may change a list; everyone may read them', async () => {
    const { admin } = await initializedBackend(tempDir());
    const { client: coordinator } = await loggedInUser(admin, 'Cora Samordnare', 'coordinator', 'AF');
    const kinds = await coordinator.call('codeLists.list', {});
    const refused = await coordinator.fail('codeLists.save', { list: 'genders', entries: kinds.genders });
    expect(refused.code).toBe('forbidden');
  });
});
