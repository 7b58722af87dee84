/**
 * The bench's data directories: real ones the backend opens (keyring + encrypted database),
 * made through the public path — `setup.initialize` through the router — and opened with the key
 * unwrapped from the keyring as a login does; then filled with the demo generator and two years
 * of team history, and given the planner's statistics (`optimizeDatabase`) after the bulk write,
 * as the app does.
 */
import { closeSync, copyFileSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Input, Output, ProcedureName } from '../../main/api/contract';
import { defaultOrganisations } from '../../main/api/defaults';
import type { DemoSummary } from '../../main/api/participant-types';
import { type Backend, createBackend } from '../../main/core/backend';
import { type DemoOptions, generateDemoData } from '../../main/services/demo-data/generate';
import { databasePath, readKeyring, unwrapWithPassword } from '../../db/keyring';
import { optimizeDatabase } from '../../db/open';
import { type HistorySummary, addTeamHistory } from './history';

export const ADMIN_NAME = 'Bänk Mätare';
/**
 * The bench measures as this coordinator (who prepares the review and works the list): one of
 * the admin's organisation who registered none of the cases, so the access test runs the consent
 * subqueries a real colleague's list runs (the admin who registered every case would be let
 * through by "registered it").
 */
export const COORDINATOR_NAME = 'Bänk Samordnare';
export const PASSWORD = 'korrekt häst batteri häftstift 2026';
const FIRST_PASSWORD = 'tillfällig fras för första inloggningen';

/** Calls the router like a host does, keeping the session id between calls. */
export class RouterClient {
  sessionId: string | undefined;
  constructor(readonly backend: Backend) {}

  async call<N extends ProcedureName>(name: N, input: Input<N>): Promise<Output<N>> {
    const outcome = await this.backend.dispatch({ name, input, lang: 'sv' }, this.sessionId);
    if (outcome.sessionId !== undefined) this.sessionId = outcome.sessionId ?? undefined;
    if (!outcome.response.ok) {
      throw new Error(`${name}: ${outcome.response.error.code} ${outcome.response.error.message}`);
    }
    return outcome.response.value as Output<N>;
  }
}

export interface DataDir {
  name: string;
  dir: string;
  file: string;
  /** The raw data key, unwrapped from the keyring with the password (as a login does). */
  key: Buffer;
  /** The bench coordinator (COORDINATOR_NAME), who measures every figure but the documents. */
  userId: number;
  userName: string;
  /** The admin (ADMIN_NAME) who set the team up and registered every case. */
  adminId: number;
  organisationId: number;
  demo: DemoSummary;
  history: HistorySummary;
  demoSeconds: number;
  /** One key derivation (scrypt with the keyring's parameters), ms. */
  kdfMs: number;
}

export async function buildDataDir(
  root: string,
  name: string,
  today: string,
  options: Pick<DemoOptions, 'participants' | 'seed' | 'contactsPerParticipant' | 'statusWeights'>,
): Promise<DataDir> {
  const dir = path.join(root, name);
  const backend = createBackend(dir);
  const client = new RouterClient(backend);
  await client.call('setup.initialize', {
    teamName: 'Bänkteamet',
    language: 'sv',
    organisations: defaultOrganisations.map((org) => ({ code: org.code, name: org.name })),
    admin: { name: ADMIN_NAME, organisationCode: 'KOM-AM', profession: 'Samordnare', password: PASSWORD },
  });
  const status = await client.call('app.status', {});
  const admin = status.loginUsers.find((user) => user.name === ADMIN_NAME);
  if (!admin) throw new Error('the admin is missing from the login list');
  await client.call('auth.login', { userId: admin.id, password: PASSWORD });
  const ownOrganisation = (await client.call('organisations.list', {})).find((org) => org.code === 'KOM-AM');
  if (!ownOrganisation) throw new Error('the KOM-AM organisation is missing');
  // The coordinator is created as an admin does, and sets a password of their own at first login.
  const coordinator = await client.call('users.create', {
    name: COORDINATOR_NAME,
    organisationId: ownOrganisation.id,
    profession: 'Samordnare',
    role: 'coordinator',
    language: 'sv',
    initialPassword: FIRST_PASSWORD,
  });
  const coordinatorClient = new RouterClient(backend);
  await coordinatorClient.call('auth.login', { userId: coordinator.id, password: FIRST_PASSWORD });
  await coordinatorClient.call('auth.changePassword', {
    currentPassword: FIRST_PASSWORD,
    newPassword: PASSWORD,
  });
  // The data key, unwrapped from the keyring with the password as a login does (the key
  // derivation is timed: the browser cold start takes it off), opens the vault.
  const kdfStarted = performance.now();
  const key = await unwrapWithPassword(readKeyring(dir), coordinator.id, PASSWORD);
  const kdfMs = performance.now() - kdfStarted;
  if (!key) throw new Error('could not unwrap the data key');
  const opened = backend.state.vault.open(key);
  const organisationId = (
    opened.sqlite.prepare('SELECT organisation_id AS id FROM users WHERE id = ?').get(admin.id) as {
      id: number;
    }
  ).id;
  const started = performance.now();
  const demo = generateDemoData(opened.db, {
    ...options,
    today,
    actorUserId: admin.id,
    alwaysCoverOrganisationIds: [organisationId],
  });
  const demoSeconds = (performance.now() - started) / 1000;
  const history = addTeamHistory(opened, today, options.seed);
  // After the bulk write, as the app does after demo data or an import.
  optimizeDatabase(opened.db);
  backend.close();
  return {
    name,
    dir,
    file: databasePath(dir),
    key,
    userId: coordinator.id,
    userName: COORDINATOR_NAME,
    adminId: admin.id,
    organisationId,
    kdfMs,
    demo,
    history,
    demoSeconds,
  };
}

/** The login's key derivation alone: scrypt with the keyring's parameters, as `auth.login` runs it. */
export async function timeKeyDerivation(data: DataDir, samples: number): Promise<number[]> {
  const keyring = readKeyring(data.dir);
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const key = await unwrapWithPassword(keyring, data.userId, PASSWORD);
    times.push(performance.now() - started);
    key?.fill(0);
  }
  return times;
}

/** An unencrypted copy of the same data: copy the closed file and decrypt the copy in place. */
export function plainCopy(data: DataDir): string {
  const copy = path.join(data.dir, 'plain-copy.db');
  copyFileSync(data.file, copy);
  const sqlite = new Database(copy);
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${data.key.toString('hex')}'"`);
  sqlite.pragma("rekey = ''");
  sqlite.close();
  const header = Buffer.alloc(15);
  const fd = openSync(copy, 'r');
  readSync(fd, header, 0, 15, 0);
  closeSync(fd);
  if (header.toString() !== 'SQLite format 3') {
    throw new Error('the plain copy is still encrypted');
  }
  return copy;
}
