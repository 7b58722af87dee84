import type { Input, Output, ProcedureName } from '../../main/api/contract';
import type { ApiError } from '../../main/api/errors';
import { type Backend, createBackend } from '../../main/core/backend';
import { defaultOrganisations } from '../../main/api/defaults';

export const ADMIN_PASSWORD = 'korrekt häst batteri 42';
export const USER_PASSWORD = 'startlösen-för-test 7';

/** A client with its own session, like one browser tab or one Electron window. */
export class Client {
  sessionId: string | undefined;
  constructor(
    readonly backend: Backend,
    readonly lang: 'sv' | 'en' = 'sv',
  ) {}

  async call<N extends ProcedureName>(name: N, input: Input<N>): Promise<Output<N>> {
    const result = await this.raw(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value as Output<N>;
  }

  async fail(name: string, input: unknown): Promise<ApiError> {
    const result = await this.raw(name, input);
    if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
    return result.error;
  }

  async raw(name: string, input: unknown) {
    const outcome = await this.backend.dispatch({ name, input, lang: this.lang }, this.sessionId);
    if (outcome.sessionId !== undefined) this.sessionId = outcome.sessionId ?? undefined;
    return outcome.response;
  }
}

export function setupInput(
  overrides: Partial<Input<'setup.initialize'>['admin']> = {},
): Input<'setup.initialize'> {
  return {
    teamName: 'Team Samverkan Norr',
    language: 'sv',
    organisations: defaultOrganisations.map((o) => ({ code: o.code, name: o.name })),
    admin: {
      name: 'Anna Adminsson',
      organisationCode: 'KOM-AM',
      profession: 'Samordnare',
      password: ADMIN_PASSWORD,
      ...overrides,
    },
  };
}

/** Initialises a data dir and returns a logged-in admin client. */
export async function initializedBackend(
  dataDir: string,
): Promise<{ backend: Backend; admin: Client; recoveryKey: string }> {
  const backend = createBackend(dataDir);
  const admin = new Client(backend);
  const { recoveryKey } = await admin.call('setup.initialize', setupInput());
  const status = await admin.call('app.status', {});
  const adminUser = status.loginUsers.find((u) => u.name === 'Anna Adminsson');
  if (!adminUser) throw new Error('admin missing from login list');
  await admin.call('auth.login', { userId: adminUser.id, password: ADMIN_PASSWORD });
  return { backend, admin, recoveryKey };
}

export async function addUser(
  admin: Client,
  name: string,
  role: Input<'users.create'>['role'],
  orgCode = 'AF',
): Promise<Output<'users.create'>> {
  const orgs = await admin.call('organisations.list', {});
  const org = orgs.find((o) => o.code === orgCode);
  if (!org) throw new Error(`no org ${orgCode}`);
  return admin.call('users.create', {
    name,
    organisationId: org.id,
    profession: 'Handläggare',
    role,
    language: 'sv',
    initialPassword: USER_PASSWORD,
  });
}

export const OWN_PASSWORD = 'en helt egen fras 2026';

/** Adds a user and returns a client logged in as them, past the forced password change. */
export async function loggedInUser(
  admin: Client,
  name: string,
  role: Input<'users.create'>['role'],
  orgCode: string,
): Promise<{ client: Client; user: Output<'users.create'> }> {
  const user = await addUser(admin, name, role, orgCode);
  const client = new Client(admin.backend);
  await client.call('auth.login', { userId: user.id, password: USER_PASSWORD });
  await client.call('auth.changePassword', { currentPassword: USER_PASSWORD, newPassword: OWN_PASSWORD });
  return { client, user };
}

/** The organisation id of a code, as the admin sees it. */
export async function orgId(admin: Client, code: string): Promise<number> {
  const org = (await admin.call('organisations.list', {})).find((o) => o.code === code);
  if (!org) throw new Error(`no org ${code}`);
  return org.id;
}
