import { count, eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import { openDatabase } from '../../../db/open';
import { loadMigrations } from '../../../db/migrate';
import {
  databasePath,
  parseRecoveryKey,
  readKeyring,
  unwrapWithPassword,
  unwrapWithRecoveryKey,
} from '../../../db/keyring';
import { organisations, users } from '../../../db/schema';
import { type ChainReport, verifyAuditChain } from '../audit/audit';

export type VerifyCredential = { userId: number; password: string } | { recoveryKey: string };

export interface VerifyReport {
  ok: boolean;
  integrity: string[];
  auditChain: ChainReport;
  schemaVersion: { database: number; app: number };
  counts: { users: number; activeUsers: number; organisations: number; keyringUsers: number };
}

/**
 * Opens the database read-only with a password or the recovery key, runs SQLite's integrity
 * check and walks the audit chain. Changes nothing.
 */
export async function verifyDataDir(dataDir: string, credential: VerifyCredential): Promise<VerifyReport> {
  const keyring = readKeyring(dataDir);
  let key: Buffer | null;
  if ('recoveryKey' in credential) {
    const raw = parseRecoveryKey(credential.recoveryKey);
    if (!raw) throw new AppError('invalid_input', 'validation.recoveryKeyFormat', undefined, 'recoveryKey');
    key = unwrapWithRecoveryKey(keyring, raw);
    if (!key) throw new AppError('wrong_password', 'error.wrongRecoveryKey', undefined, 'recoveryKey');
  } else {
    key = await unwrapWithPassword(keyring, credential.userId, credential.password);
    if (!key) throw new AppError('wrong_password', 'error.wrong_password', undefined, 'password');
  }
  const opened = openDatabase({ path: databasePath(dataDir), key, readonly: true });
  key.fill(0);
  try {
    const integrity = (opened.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    const auditChain = verifyAuditChain(opened.db);
    const applied = opened.sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get() as {
      n: number;
    };
    const db = opened.db;
    const counts = {
      users: db.select({ n: count() }).from(users).get()?.n ?? 0,
      activeUsers: db.select({ n: count() }).from(users).where(eq(users.active, true)).get()?.n ?? 0,
      organisations: db.select({ n: count() }).from(organisations).get()?.n ?? 0,
      keyringUsers: keyring.users.length,
    };
    const schemaVersion = { database: applied.n, app: loadMigrations().length };
    return {
      ok:
        integrity.length === 1 &&
        integrity[0] === 'ok' &&
        auditChain.ok &&
        schemaVersion.database === schemaVersion.app,
      integrity,
      auditChain,
      schemaVersion,
      counts,
    };
  } finally {
    opened.close();
  }
}
