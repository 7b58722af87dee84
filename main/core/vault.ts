import { existsSync, rmSync } from 'node:fs';
import { AppError } from '../api/app-error';
import { type OpenedDatabase, openDatabase } from '../../db/open';
import {
  type DerivedKey,
  type KeyringFile,
  type WrappedKey,
  sealForUser,
  setUserEntry,
  databasePath,
  keyMatches,
  keyringExists,
  readKeyring,
  writeKeyring,
} from '../../db/keyring';

/**
 * Owns the data directory: the keyring file and the encrypted database. The database is open
 * only while a session holds it; the unwrapped data key lives here and nowhere else.
 */
export class Vault {
  private opened: OpenedDatabase | null = null;
  private dataKey: Buffer | null = null;
  private readonly closeListeners: (() => void)[] = [];

  constructor(readonly dataDir: string) {}

  get databaseFile(): string {
    return databasePath(this.dataDir);
  }

  isInitialized(): boolean {
    return keyringExists(this.dataDir) && existsSync(this.databaseFile);
  }

  readKeyring(): KeyringFile {
    return readKeyring(this.dataDir);
  }

  writeKeyring(keyring: KeyringFile): void {
    writeKeyring(this.dataDir, keyring);
  }

  isOpen(): boolean {
    return this.opened !== null;
  }

  /** Opens the database with an unwrapped key, or checks the key against the open one. */
  open(key: Buffer): OpenedDatabase {
    if (this.opened && this.dataKey) {
      if (!keyMatches(this.dataKey, key)) throw new AppError('wrong_password', 'error.wrong_password');
      return this.opened;
    }
    this.opened = openDatabase({ path: this.databaseFile, key });
    this.dataKey = Buffer.from(key);
    return this.opened;
  }

  /** Wraps the open data key for a user; the key itself never leaves the vault. */
  sealForUser(keyring: KeyringFile, userId: number, derived: DerivedKey): WrappedKey {
    if (!this.dataKey) throw new AppError('locked', 'error.locked');
    return sealForUser(keyring, userId, derived, this.dataKey);
  }

  /**
   * Wraps the data key for a user under a freshly derived password key and writes that entry
   * into the keyring (replacing an old one). Called inside the database transaction of the
   * change, so a failed write rolls the change back.
   */
  storeUserKey(user: { id: number; name: string; organisationName: string }, derived: DerivedKey): void {
    const keyring = this.readKeyring();
    this.writeKeyring(
      setUserEntry(keyring, {
        userId: user.id,
        name: user.name,
        organisationName: user.organisationName,
        wrapped: this.sealForUser(keyring, user.id, derived),
      }),
    );
  }

  /** The open database; only the router hands it to services, after checking the session. */
  database(): OpenedDatabase {
    if (!this.opened) throw new AppError('locked', 'error.locked');
    return this.opened;
  }

  /**
   * What a worker thread needs to open its own connection (batch print; later import and
   * backup): the file and a copy of the data key. The worker wipes its copy once the database
   * is open; the key stays in this process, it is never written anywhere.
   */
  workerAccess(): { databaseFile: string; key: Buffer } {
    if (!this.opened || !this.dataKey) throw new AppError('locked', 'error.locked');
    return { databaseFile: this.databaseFile, key: Buffer.from(this.dataKey) };
  }

  /** Called when the database closes (logout of the last session, shutdown): jobs end then. */
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  close(): void {
    for (const listener of this.closeListeners) listener();
    this.opened?.close();
    this.opened = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  /** Removes a database that setup created but could not finish (never an existing one). */
  discardUnfinishedSetup(): void {
    this.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.databaseFile}${suffix}`, { force: true });
  }
}
