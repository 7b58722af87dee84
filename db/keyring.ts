import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
} from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../main/api/app-error';

/**
 * The keyring: the random 256-bit data key that encrypts the database, wrapped (AES-256-GCM)
 * once per user under a key derived from that user's password (scrypt, N=2^17, r=8, p=1) and
 * once under the recovery key. The file holds only wrapped keys and the names shown on the
 * login screen; the unwrapped key lives only in the backend process.
 */
export const KEYRING_FILE = 'keyring.json';
export const DATABASE_FILE = 'samsyn.db';

export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;

export interface WrappedKey {
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface UserKeyEntry {
  userId: number;
  name: string;
  organisationName: string;
  wrapped: WrappedKey;
}

export interface KeyringFile {
  format: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number };
  /** Identifies the database this keyring belongs to (random, not secret). */
  databaseId: string;
  /** Shown on the login screen before anything is decrypted. */
  teamName?: string;
  users: UserKeyEntry[];
  recovery: WrappedKey;
}

const b64 = (buffer: Buffer) => buffer.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');

function deriveFromPassword(password: string, salt: Buffer, kdf: KeyringFile['kdf']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(
      password.normalize('NFC'),
      salt,
      SCRYPT_PARAMS.keyLength,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The recovery key has 256 bits of entropy already: HKDF is enough, no slow KDF needed. */
function deriveFromRecoveryKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'samsyn-recovery-key-v1', 32));
}

function seal(wrappingKey: Buffer, dataKey: Buffer, salt: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** Returns null when the wrapping key is wrong (authentication tag mismatch). */
function open(wrappingKey: Buffer, wrapped: WrappedKey, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, unb64(wrapped.iv));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(unb64(wrapped.tag));
    return Buffer.concat([decipher.update(unb64(wrapped.data)), decipher.final()]);
  } catch {
    return null;
  }
}

const userAad = (keyring: Pick<KeyringFile, 'databaseId'>, userId: number) =>
  `samsyn:${keyring.databaseId}:user:${userId}`;
const recoveryAad = (keyring: Pick<KeyringFile, 'databaseId'>) => `samsyn:${keyring.databaseId}:recovery`;

export interface DerivedKey {
  salt: Buffer;
  key: Buffer;
}

/** The slow part of wrapping, done before any transaction starts (it is asynchronous). */
export async function derivePasswordKey(
  keyring: Pick<KeyringFile, 'kdf'>,
  password: string,
): Promise<DerivedKey> {
  const salt = randomBytes(16);
  return { salt, key: await deriveFromPassword(password, salt, keyring.kdf) };
}

/** The fast part: seals the data key for one user id (bound as associated data). */
export function sealForUser(
  keyring: Pick<KeyringFile, 'databaseId'>,
  userId: number,
  derived: DerivedKey,
  dataKey: Buffer,
): WrappedKey {
  return seal(derived.key, dataKey, derived.salt, userAad(keyring, userId));
}

export async function unwrapWithPassword(
  keyring: KeyringFile,
  userId: number,
  password: string,
): Promise<Buffer | null> {
  const entry = keyring.users.find((user) => user.userId === userId);
  // Run the KDF even for an unknown user, so timing does not tell which users exist.
  const salt = entry ? unb64(entry.wrapped.salt) : randomBytes(16);
  const wrappingKey = await deriveFromPassword(password, salt, keyring.kdf);
  if (!entry) return null;
  return open(wrappingKey, entry.wrapped, userAad(keyring, userId));
}

export function unwrapWithRecoveryKey(keyring: KeyringFile, recoveryKey: Buffer): Buffer | null {
  const wrappingKey = deriveFromRecoveryKey(recoveryKey, unb64(keyring.recovery.salt));
  return open(wrappingKey, keyring.recovery, recoveryAad(keyring));
}

export interface NewKeyring {
  keyring: KeyringFile;
  dataKey: Buffer;
  recoveryKey: Buffer;
}

/** Creates a data key and a recovery key; user entries are added with `setUserEntry`. */
export function createKeyring(): NewKeyring {
  const dataKey = randomBytes(32);
  const recoveryKey = randomBytes(32);
  const base = {
    format: 1 as const,
    kdf: { name: 'scrypt' as const, N: SCRYPT_PARAMS.N, r: SCRYPT_PARAMS.r, p: SCRYPT_PARAMS.p },
    databaseId: randomBytes(16).toString('hex'),
    users: [],
  };
  const salt = randomBytes(16);
  const recovery = seal(deriveFromRecoveryKey(recoveryKey, salt), dataKey, salt, recoveryAad(base));
  return { keyring: { ...base, recovery }, dataKey, recoveryKey };
}

export function setUserEntry(keyring: KeyringFile, entry: UserKeyEntry): KeyringFile {
  return { ...keyring, users: [...keyring.users.filter((u) => u.userId !== entry.userId), entry] };
}

export function removeUserEntry(keyring: KeyringFile, userId: number): KeyringFile {
  return { ...keyring, users: keyring.users.filter((u) => u.userId !== userId) };
}

export function keyMatches(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---- Recovery key text form: Crockford base32, grouped by four for reading aloud. ----
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function formatRecoveryKey(key: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Accepts the grouped or ungrouped form, any case; O/I/L read as 0/1/1 (Crockford). */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 52) return null;
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return bytes.length === 32 ? Buffer.from(bytes) : null;
}

// ---- File IO ----
export function keyringPath(dataDir: string): string {
  return path.join(dataDir, KEYRING_FILE);
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

function isWrappedKey(value: unknown): value is WrappedKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['salt', 'iv', 'tag', 'data'].every((k) => typeof v[k] === 'string');
}

function isKeyringFile(value: unknown): value is KeyringFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const kdf = v.kdf as Record<string, unknown> | undefined;
  return (
    v.format === 1 &&
    typeof v.databaseId === 'string' &&
    (v.teamName === undefined || typeof v.teamName === 'string') &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'scrypt' &&
    typeof kdf.N === 'number' &&
    typeof kdf.r === 'number' &&
    typeof kdf.p === 'number' &&
    isWrappedKey(v.recovery) &&
    Array.isArray(v.users) &&
    v.users.every(
      (u: unknown) =>
        typeof u === 'object' &&
        u !== null &&
        typeof (u as UserKeyEntry).userId === 'number' &&
        typeof (u as UserKeyEntry).name === 'string' &&
        typeof (u as UserKeyEntry).organisationName === 'string' &&
        isWrappedKey((u as UserKeyEntry).wrapped),
    )
  );
}

export function keyringExists(dataDir: string): boolean {
  return existsSync(keyringPath(dataDir));
}

export function readKeyring(dataDir: string): KeyringFile {
  const file = keyringPath(dataDir);
  if (!existsSync(file)) throw new AppError('not_found', 'error.keyringMissing', { path: file });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('internal', 'error.keyringCorrupt', { path: file });
  }
  if (!isKeyringFile(parsed)) throw new AppError('internal', 'error.keyringCorrupt', { path: file });
  return parsed;
}

/** Atomic replace: write a temp file, fsync it, rename over the old one. */
export function writeKeyring(dataDir: string, keyring: KeyringFile): void {
  const file = keyringPath(dataDir);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(keyring, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
