import { describe, expect, it } from 'vitest';
import { addUser, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

describe('protected identity: the admin hands a case to another responsible', () => {
  const tempDir = useTempDirs();

  it('lists cases by pseudonym, hands one over, and only to someone who may change data', async () => {
    const { admin } = await initializedBackend(tempDir());
    const [kom, af] = [await orgId(admin, 'KOM-AM'), await orgId(admin, 'AF')];
    const { client: omar, user: omarUser } = await loggedInUser(admin, 'Omar Said', 'caseworker', 'AF');
    const { client: sara, user: saraUser } = await loggedInUser(admin, 'Sara Lund', 'caseworker', 'AF');
    const reader = await addUser(admin, 'Rut Läs', 'readonly', 'AF');
    const { participantId } = await admin.call(
      'participants.refer',
      referralInput(kom, [kom, af], {
        firstName: 'Skyddad',
        protectedIdentity: true,
        responsibleUserId: omarUser.id,
      }),
    );
    const { participantId: open } = await admin.call('participants.refer', referralInput(kom, [kom, af]));
    expect((await omar.call('participants.get', { participantId })).identity?.firstName).toBe('Skyddad');
    expect((await sara.call('participants.get', { participantId })).identity).toBeNull();

    // Omar leaves: the case is now visible to nobody by name. The admin sees it by pseudonym.
    await admin.call('users.deactivate', { userId: omarUser.id });
    const list = await admin.call('participants.protectedCases', {});
    expect(list).toEqual([
      {
        id: participantId,
        code: expect.stringMatching(/^K-\d+$/),
        status: 'referred',
        responsible: { id: omarUser.id, name: 'Omar Said', active: false },
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('Skyddad');
    // A protected case the admin may not know of (another organisation's, its consent not
    // covering the admin's) is neither listed nor handed over (refused as any such case is).
    const { participantId: unknown } = await sara.call(
      'participants.refer',
      referralInput(af, [af], {
        firstName: 'Okänd',
        protectedIdentity: true,
        responsibleUserId: saraUser.id,
      }),
    );
    expect((await admin.call('participants.protectedCases', {})).map((c) => c.id)).toEqual([participantId]);
    const hidden = await admin.fail('participants.handOverProtected', {
      participantId: unknown,
      responsibleUserId: saraUser.id,
    });
    expect(hidden.code).toBe('forbidden');

    // Only to an active user who may change data; only a protected case; only by the admin.
    const readOnly = await admin.fail('participants.handOverProtected', {
      participantId,
      responsibleUserId: reader.id,
    });
    expect([readOnly.code, readOnly.field]).toEqual(['invalid_input', 'responsibleUserId']);
    const gone = await admin.fail('participants.handOverProtected', {
      participantId,
      responsibleUserId: omarUser.id,
    });
    expect(gone.code).toBe('invalid_input');
    const notProtected = await admin.fail('participants.handOverProtected', {
      participantId: open,
      responsibleUserId: saraUser.id,
    });
    expect(notProtected.code).toBe('invalid_input');
    expect(
      (await sara.fail('participants.handOverProtected', { participantId, responsibleUserId: saraUser.id }))
        .code,
    ).toBe('forbidden');
    expect((await sara.fail('participants.protectedCases', {})).code).toBe('forbidden');

    const handed = await admin.call('participants.handOverProtected', {
      participantId,
      responsibleUserId: saraUser.id,
    });
    expect(handed.responsible).toEqual({ id: saraUser.id, name: 'Sara Lund', active: true });
    expect((await sara.call('participants.get', { participantId })).identity?.firstName).toBe('Skyddad');
    const entries = await admin.call('audit.list', { limit: 10 });
    expect(entries.map((e) => e.action)).toContain('participant.hand_over_protected');
  });
});
