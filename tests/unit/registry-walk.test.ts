import { describe, expect, it } from 'vitest';
import { type ProcedureName, inputs } from '../../main/api/contract';
import type { Role } from '../../main/api/schemas';
import { registry } from '../../main/core/registry';
import { Client, USER_PASSWORD, addUser, loggedInUser } from '../helpers/backend';
import {
  CANARY_PREFIX,
  auditSince,
  canaryWorld,
  maxAuditId,
  participantData,
  sampleInputs,
} from '../helpers/canary';
import { useTempDirs } from '../helpers/temp';

const names = Object.keys(inputs) as ProcedureName[];
/** Calls that end the caller's session go last, so every other call runs with it. */
const sessionEnders: ProcedureName[] = ['auth.login', 'auth.lock', 'auth.logout'];
const ordered = [...names.filter((n) => !sessionEnders.includes(n)), ...sessionEnders];

const scopes = [
  'none',
  'system',
  'participant',
  'participantOrNone',
  'meeting',
  'many',
  'create',
  'aggregate',
];

describe('the registry walk: no answer carries more than the caller may read', () => {
  const tempDir = useTempDirs();

  it('declares a scope from the closed set for every procedure of the contract', () => {
    for (const name of names) {
      const impl = registry[name];
      expect(scopes, name).toContain(impl.scope);
      if ('audit' in impl) expect(impl.audit, name).toBeTruthy();
      else expect(['none', 'system'], `${name} declares no audit action`).toContain(impl.scope);
    }
  });

  it('an uncovered organisation, in every role, gets no canary from any procedure; every refusal is audited and changes nothing', async () => {
    const { backend, outsiders, ids, today } = await canaryWorld(tempDir());
    const leaks: string[] = [];
    const unaudited: string[] = [];
    const changed: string[] = [];
    const silentReads: string[] = [];
    const participantScoped: string[] = [];
    for (const [role, { client, user }] of outsiders) {
      const samples = sampleInputs(ids, today, user.id);
      for (const name of ordered) {
        const before = maxAuditId(backend);
        const data = participantData(backend);
        const response = await client.raw(name, samples[name]);
        const text = JSON.stringify(response);
        if (text.includes(CANARY_PREFIX)) {
          const found = text.match(/KANARIE-[A-Za-z]+/g) ?? [];
          leaks.push(`${role} ${name}: ${[...new Set(found)].join(', ')}`);
        }
        const entries = auditSince(backend, before).filter((e) => e.userId === user.id || e.userId === null);
        const impl = registry[name];
        if (!response.ok && ['forbidden', 'unauthenticated'].includes(response.error.code)) {
          const refusal = entries.some(
            (e) => e.action === 'participant.access_denied' || e.action === 'rpc.refused',
          );
          if (!refusal) unaudited.push(`${role} ${name} (${response.error.code})`);
          if (participantData(backend) !== data) changed.push(`${role} ${name}`);
        }
        if (response.ok && impl.access === 'user' && impl.scope !== 'none' && impl.scope !== 'system') {
          if (entries.length === 0) silentReads.push(`${role} ${name}`);
        }
        // Every procedure that reaches the canary through its input must refuse X.
        if ((impl.scope === 'participant' || impl.scope === 'participantOrNone') && response.ok) {
          participantScoped.push(`${role} ${name}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(unaudited).toEqual([]);
    expect(changed).toEqual([]);
    expect(silentReads).toEqual([]);
    expect(participantScoped).toEqual([]);
    backend.close();
  }, 360_000);

  it('a covered organisation sees the canary (the walk above would notice nothing if the data were missing)', async () => {
    const { backend, admin, ids } = await canaryWorld(tempDir());
    const meeting = JSON.stringify(await admin.call('meetings.get', { meetingId: ids.meetingId }));
    expect(meeting).toContain('KANARIE-decision');
    const minutes = JSON.stringify(await admin.call('meetings.minutes', { meetingId: ids.meetingId }));
    expect(minutes).toContain('KANARIE-meetingNote');
    expect(minutes).toContain('KANARIE-actionWhat');
    const page = JSON.stringify(await admin.call('participants.get', { participantId: ids.participantId }));
    for (const field of ['firstName', 'contact', 'progress', 'referralReason', 'extensionReason']) {
      expect(page).toContain(`KANARIE-${field}`);
    }
    backend.close();
  }, 180_000);
});

describe('roles: every procedure × every role is allowed or refused exactly as declared', () => {
  const tempDir = useTempDirs();

  /** What a read-only user may call at all: reading, never changing participant data. */
  const readonlyMayCall = new Set<ProcedureName>([
    'organisations.list',
    'team.members',
    'settings.participants',
    'participants.list',
    'participants.queue',
    'participants.get',
    'consents.expiring',
    'mapping.get',
    'mapping.fieldHistory',
    'plan.get',
    'codeLists.list',
    // Reading and printing closure documents is reading.
    'closureSummaries.get',
    'closureSummaries.print',
    'jobs.get',
    'jobs.cancel',
    'jobs.save',
    'plan.history',
    'interventionTypes.list',
    'reviews.settings',
    'meetingSeries.list',
    'meetings.list',
    'meetings.get',
    'meetings.minutes',
    'agenda.openItem',
    'actions.list',
  ]);

  it('refuses a role outside the declaration with forbidden (audited) and nothing else', async () => {
    const { backend, admin, ids, today } = await canaryWorld(tempDir());
    const roles: Role[] = ['admin', 'coordinator', 'caseworker', 'readonly'];
    const clients = new Map<Role, { client: Client; id: number }>();
    clients.set('admin', { client: admin, id: ids.adminId });
    for (const role of roles.filter((r) => r !== 'admin')) {
      const { client, user } = await loggedInUser(admin, `Kom ${role} Testsson`, role, 'KOM-AM');
      clients.set(role, { client, id: user.id });
    }
    const forbiddenMessage = (await new Client(backend).fail('users.list', {})).code;
    expect(forbiddenMessage).toBe('unauthenticated');
    const mismatches: string[] = [];
    for (const name of names) {
      const impl = registry[name];
      if (impl.access !== 'user') continue;
      for (const role of roles) {
        const { client, id } = clients.get(role) ?? { client: admin, id: 0 };
        const before = maxAuditId(backend);
        const response = await client.raw(name, sampleInputs(ids, today, id)[name]);
        const refusedForRole =
          !response.ok &&
          response.error.code === 'forbidden' &&
          response.error.message === 'Du har inte behörighet att göra detta.';
        const declared = impl.roles === undefined || impl.roles.includes(role);
        if (declared === refusedForRole) mismatches.push(`${name} as ${role}: declared ${declared}`);
        if (refusedForRole) {
          const audited = auditSince(backend, before).some(
            (e) => e.action === 'rpc.refused' && e.userId === id,
          );
          if (!audited) mismatches.push(`${name} as ${role}: refusal not audited`);
        }
        if (role === 'readonly' && declared && !readonlyMayCall.has(name)) {
          mismatches.push(`${name}: a read-only user may call it`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // A user who has not changed the initial password is refused everything but the change.
    const fresh = await addUser(admin, 'Ny Oinloggad', 'caseworker', 'KOM-AM');
    const newcomer = new Client(backend);
    await newcomer.call('auth.login', { userId: fresh.id, password: USER_PASSWORD });
    const refused = await newcomer.fail(
      'participants.list',
      sampleInputs(ids, today, fresh.id)['participants.list'],
    );
    expect(refused.code).toBe('forbidden');
    backend.close();
  }, 180_000);
});
