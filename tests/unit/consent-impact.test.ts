import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

const today = todayIso();

describe('consents: what a withdrawal takes away, asked first', () => {
  const tempDir = useTempDirs();

  it('names the organisations and people who lose access, the caller included, and changes nothing', async () => {
    const { admin } = await initializedBackend(tempDir());
    const [kom, af, sfi] = [
      await orgId(admin, 'KOM-AM'),
      await orgId(admin, 'AF'),
      await orgId(admin, 'SFI'),
    ];
    const { client: omar } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    await loggedInUser(admin, 'Sara Berg', 'caseworker', 'SFI');
    const { participantId } = await admin.call('participants.refer', referralInput(kom, [kom, af, sfi]));
    // A second, narrower consent keeps the municipality covered.
    await admin.call('consents.add', {
      participantId,
      organisationIds: [kom],
      signedOn: addDays(today, -2),
      validUntil: addDays(today, 200),
      coversSus: false,
    });
    const detail = await admin.call('participants.get', { participantId });
    const broad = detail.consents.find((c) => c.organisations.length === 3);
    const narrow = detail.consents.find((c) => c.organisations.length === 1);
    if (!broad || !narrow) throw new Error('consents missing');

    const impact = await admin.call('consents.withdrawImpact', { consentId: broad.id, withdrawnOn: today });
    expect(impact.organisations.map((o) => o.id).sort()).toEqual([af, sfi].sort());
    expect(impact.people.map((p) => p.name)).toEqual(['Omar Said', 'Sara Berg']);
    expect(impact.includesYou).toBe(false);
    // The narrow one: the broad consent still covers the municipality, so nobody loses access.
    const none = await admin.call('consents.withdrawImpact', { consentId: narrow.id, withdrawnOn: today });
    expect(none).toEqual({ organisations: [], people: [], includesYou: false });
    // Asked by someone in an organisation that loses access: it says so.
    const own = await omar.call('consents.withdrawImpact', { consentId: broad.id, withdrawnOn: today });
    expect(own.includesYou).toBe(true);

    // Only a trial: the consent is still valid and Omar still reads the case.
    const after = await admin.call('participants.get', { participantId });
    expect(after.consents.find((c) => c.id === broad.id)?.withdrawnOn).toBeNull();
    await omar.call('participants.get', { participantId });
    // Bad input is refused as the withdrawal itself would be.
    const early = await admin.fail('consents.withdrawImpact', {
      consentId: broad.id,
      withdrawnOn: '2000-01-01',
    });
    expect(early.code).toBe('invalid_input');
    await admin.call('consents.withdraw', { consentId: broad.id, withdrawnOn: today });
    expect((await omar.fail('participants.get', { participantId })).code).toBe('forbidden');
    const again = await admin.fail('consents.withdrawImpact', { consentId: broad.id, withdrawnOn: today });
    expect(again.code).toBe('conflict');
  });
});
