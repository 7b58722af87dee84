import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { addMinutes, timeSlots } from '../../main/domain/agenda';
import { consentStateOn, consentStatusOf, latestValidUntil } from '../../main/domain/consent';
import { isMappingComplete, mappingCompleteness, mappingCounts } from '../../main/domain/mapping';
import { initialsOf, participantLabel } from '../../main/domain/people';
import { daysInProgramme, isInactive } from '../../main/domain/programme';
import { type Client, initializedBackend, orgId } from '../helpers/backend';
import { allSuggestions, meetingToday } from '../helpers/reviews';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const TODAY = '2025-03-10';

describe('domain: days in the programme', () => {
  it('counts from enrolment to today while open', () => {
    expect(daysInProgramme({ enrolledOn: '2025-03-01', closedOn: null }, TODAY)).toBe(9);
    expect(daysInProgramme({ enrolledOn: TODAY, closedOn: null }, TODAY)).toBe(0);
  });

  it('is null before enrolment and for an enrolment in the future', () => {
    expect(daysInProgramme({ enrolledOn: null, closedOn: null }, TODAY)).toBeNull();
    expect(daysInProgramme({ enrolledOn: '2025-03-11', closedOn: null }, TODAY)).toBeNull();
  });

  it('stops at the closing date of a closed period', () => {
    expect(daysInProgramme({ enrolledOn: '2025-01-01', closedOn: '2025-01-31' }, TODAY)).toBe(30);
  });
});

describe('domain: inactivity', () => {
  const enrolled = { status: 'enrolled' as const, enrolledOn: '2025-01-01', lastActivityOn: null };

  it('counts from the last activity, or from enrolment when there is none', () => {
    expect(isInactive({ ...enrolled, lastActivityOn: addDays(TODAY, -20) }, TODAY, 3)).toBe(false);
    expect(isInactive({ ...enrolled, lastActivityOn: addDays(TODAY, -21) }, TODAY, 3)).toBe(true);
    expect(isInactive({ ...enrolled, enrolledOn: addDays(TODAY, -20) }, TODAY, 3)).toBe(false);
    expect(isInactive({ ...enrolled, enrolledOn: addDays(TODAY, -21) }, TODAY, 3)).toBe(true);
  });

  it('never holds before the start, in the future, or outside enrolment', () => {
    expect(isInactive({ ...enrolled, enrolledOn: null }, TODAY, 3)).toBe(false);
    expect(isInactive({ ...enrolled, enrolledOn: '2025-04-01' }, TODAY, 3)).toBe(false);
    expect(isInactive({ ...enrolled, status: 'referred' }, TODAY, 3)).toBe(false);
    expect(isInactive({ ...enrolled, status: 'closed' }, TODAY, 3)).toBe(false);
  });
});

describe('domain: consent validity', () => {
  const consent = { signedOn: '2025-01-01', validUntil: '2025-12-31', withdrawnOn: null };

  it('is valid from the day of signing through the last day, and ends on the day of withdrawal', () => {
    expect(consentStateOn(consent, '2024-12-31')).toBe('not_yet_valid');
    expect(consentStateOn(consent, '2025-01-01')).toBe('valid');
    expect(consentStateOn(consent, '2025-12-01')).toBe('expiring');
    expect(consentStateOn(consent, '2025-12-31')).toBe('expiring');
    expect(consentStateOn(consent, '2026-01-01')).toBe('expired');
    expect(consentStateOn({ ...consent, withdrawnOn: TODAY }, addDays(TODAY, -1))).toBe('valid');
    expect(consentStateOn({ ...consent, withdrawnOn: TODAY }, TODAY)).toBe('withdrawn');
  });

  it('takes the latest valid day across consents for the consent column', () => {
    const expired = { ...consent, validUntil: addDays(TODAY, -1) };
    const soon = { ...consent, validUntil: addDays(TODAY, 10) };
    expect(latestValidUntil([expired], TODAY)).toBeNull();
    expect(latestValidUntil([expired, soon, consent], TODAY)).toBe('2025-12-31');
    expect(consentStatusOf(latestValidUntil([expired, soon], TODAY), TODAY)).toBe('expiring');
    expect(consentStatusOf(null, TODAY)).toBe('none');
  });
});

describe('domain: mapping completeness', () => {
  it('rounds, caps at 100, and reads 100 only when every field is filled', () => {
    expect(mappingCompleteness(null)).toBeNull();
    expect(mappingCompleteness({ filled: 23, fields: 40 })).toBe(58);
    expect(mappingCompleteness({ filled: 199, fields: 200 })).toBe(99);
    expect(mappingCompleteness({ filled: 5, fields: 3 })).toBe(100);
    expect(mappingCompleteness({ filled: 0, fields: 0 })).toBe(0);
    expect(isMappingComplete({ filled: 199, fields: 200 })).toBe(false);
    expect(isMappingComplete({ filled: 200, fields: 200 })).toBe(true);
    expect(isMappingComplete(null)).toBe(false);
    expect(mappingCounts(3, null)).toBeNull();
    expect(mappingCounts(3, 7)).toEqual({ filled: 3, fields: 7 });
  });
});

describe('domain: how people are written', () => {
  const words = { pseudonym: (code: string) => `Deltagare ${code}`, unknown: 'Okänd deltagare' };

  it('takes the first letter of each name part, in Swedish upper case', () => {
    expect(initialsOf('anna', 'åberg')).toBe('A. Å.');
    expect(initialsOf('  Östen ', 'Lind')).toBe('Ö. L.');
    expect(initialsOf('Amina', '')).toBe('A.');
    expect(initialsOf('', '')).toBe('');
  });

  it('gives two people with the same initials the same initials (the code tells them apart)', () => {
    expect(initialsOf('Anna', 'Berg')).toBe(initialsOf('Arvid', 'Blom'));
  });

  it('writes the name or the initials, and the pseudonym when the identity is withheld', () => {
    const visible = { name: 'Anna Berg', initials: 'A. B.', code: 'P-00001' };
    const withheld = { name: null, initials: null, code: 'P-00002' };
    expect(participantLabel(visible, 'name', words)).toBe('Anna Berg');
    expect(participantLabel(visible, 'initials', words)).toBe('A. B.');
    expect(participantLabel(withheld, 'name', words)).toBe('Deltagare P-00002');
    expect(participantLabel(withheld, 'initials', words)).toBe('Deltagare P-00002');
    expect(participantLabel({ name: null, code: 'P-00003' }, 'name', words)).toBe('Deltagare P-00003');
    expect(participantLabel({ name: 'Anna Berg', code: 'P-00004' }, 'initials', words)).toBe(
      'Deltagare P-00004',
    );
    expect(participantLabel(null, 'name', words)).toBe('Okänd deltagare');
  });
});

describe('domain: agenda time slots', () => {
  it('adds minutes across the hour and past midnight', () => {
    expect(addMinutes('09:50', 15)).toBe('10:05');
    expect(addMinutes('09:00', 0)).toBe('09:00');
    expect(addMinutes('23:50', 20)).toBe('00:10');
  });

  it('runs the items one after another from the start, zero-minute items included', () => {
    expect(timeSlots('09:40', [15, 0, 10, 60])).toEqual([
      { from: '09:40', to: '09:55' },
      { from: '09:55', to: '09:55' },
      { from: '09:55', to: '10:05' },
      { from: '10:05', to: '11:05' },
    ]);
    expect(timeSlots('09:00', [])).toEqual([]);
  });
});

describe('domain: the SQL and TypeScript forms of inactivity agree', () => {
  const tempDir = useTempDirs();
  const today = todayIso();

  async function enrolled(admin: Client, org: number, name: string, enrolDaysAgo: number): Promise<number> {
    const base = referralInput(org, null);
    const { participantId } = await admin.call('participants.refer', {
      ...base,
      firstName: name,
      referral: { ...base.referral, receivedOn: addDays(today, -60) },
      consent: {
        organisationIds: [org],
        signedOn: addDays(today, -60),
        validUntil: addDays(today, 365),
        coversSus: true,
      },
    });
    await admin.call('participants.enrol', {
      participantId,
      startOn: addDays(today, -enrolDaysAgo),
      plannedEndOn: null,
      intakeCriteria: [],
    });
    return participantId;
  }

  it('at 20, 21 and 22 days for a 3-week setting, from enrolment and from the last activity', async () => {
    const { admin } = await initializedBackend(tempDir());
    const org = await orgId(admin, 'KOM-AM');
    const expected = new Map<number, boolean>();
    for (const days of [20, 21, 22]) {
      expected.set(await enrolled(admin, org, `Inskriven${days}`, days), days >= 21);
      const active = await enrolled(admin, org, `Kontakt${days}`, 40);
      await admin.call('contacts.add', {
        participantId: active,
        onDate: addDays(today, -days),
        kind: 'meeting',
        text: 'Möte',
      });
      expected.set(active, days >= 21);
    }

    const list = await admin.call('participants.list', listInput({ limit: 200 }));
    expect(list.inactivityWeeks).toBe(3);
    const meetingId = await meetingToday(admin);
    const suggestions = await allSuggestions(admin, meetingId);

    for (const [id, inactive] of expected) {
      const row = list.rows.find((r) => r.id === id);
      if (!row) throw new Error(`participant ${id} missing from the list`);
      const suggested =
        suggestions.find((s) => s.participant.id === id)?.reasons.some((r) => r.code === 'inactive') ?? false;
      expect({ id, list: row.inactive }).toEqual({ id, list: inactive });
      expect({ id, rule: isInactive(row, today, list.inactivityWeeks) }).toEqual({ id, rule: inactive });
      expect({ id, suggested }).toEqual({ id, suggested: inactive });
    }
  });
});
