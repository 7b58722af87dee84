import type { AuditAction } from '../../api/audit-actions';
import { eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import { nowIso, todayIso } from '../../api/dates';
import { passwordNotContainingName } from '../../api/schemas';
import type { AppStatus, SessionInfo } from '../../api/contract';
import type { Db } from '../../../db/open';
import { derivePasswordKey, unwrapWithPassword } from '../../../db/keyring';
import { settings, users } from '../../../db/schema';
import type { BackendState } from '../../core/state';
import type { Session } from '../../core/sessions';
import { type AuditEvent, appendAudit } from '../audit/audit';
import { isDemoTeam } from '../demo-data/demo-team';
import { findUser, toSessionUser } from '../team/users';
import { warmFirstScreen } from '../participants/list';

/** Writes audit events recorded while the database was closed, then the given one. */
export function audit(state: BackendState, event: AuditEvent): void {
  if (!state.vault.isOpen()) {
    state.pendingAudit.push({ ...event, at: event.at ?? nowIso() });
    return;
  }
  const { db } = state.vault.database();
  db.transaction((tx) => {
    flushPendingAudit(state, tx);
    appendAudit(tx, event);
  });
}

export function flushPendingAudit(state: BackendState, db: Db): void {
  const pending = state.pendingAudit.splice(0);
  for (const event of pending) appendAudit(db, event);
}

export function appStatus(state: BackendState, session: Session | null): AppStatus {
  if (!state.vault.isInitialized()) {
    return {
      initialized: false,
      teamName: null,
      loginUsers: [],
      session: null,
      today: todayIso(),
      demoTeam: false,
    };
  }
  const keyring = state.vault.readKeyring();
  const loginUsers = keyring.users
    .map((u) => ({ id: u.userId, name: u.name, organisationName: u.organisationName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
  let teamName: string | null = keyring.teamName ?? null;
  let info: SessionInfo | null = null;
  let demoTeam = false;
  if (session && state.vault.isOpen()) {
    const { db } = state.vault.database();
    teamName = db.select().from(settings).where(eq(settings.key, 'team_name')).get()?.value ?? teamName;
    demoTeam = isDemoTeam(db);
    const user = findUser(db, session.userId);
    if (user?.active) info = { user: toSessionUser(user), locked: session.locked };
  } else if (session) {
    // Database closed while every session is locked: show the lock screen from the keyring.
    const entry = keyring.users.find((u) => u.userId === session.userId);
    if (entry && session.locked) {
      info = {
        user: {
          id: entry.userId,
          name: entry.name,
          role: 'readonly',
          organisationId: 0,
          organisationName: entry.organisationName,
          profession: '',
          language: 'sv',
          mustChangePassword: false,
        },
        locked: true,
      };
    }
  }
  return { initialized: true, teamName, loginUsers, session: info, today: todayIso(), demoTeam };
}

function sessionInfo(state: BackendState, session: Session): SessionInfo {
  const user = findUser(state.vault.database().db, session.userId);
  if (!user) throw new AppError('not_found', 'error.userNotFound');
  return { user: toSessionUser(user), locked: session.locked };
}

/**
 * Verifies a password by unwrapping the data key (the KDF runs first, whatever the outcome),
 * opens the database with it, and checks the user is still active.
 */
async function verifyAndOpen(
  state: BackendState,
  userId: number,
  password: string,
  failureAction: AuditAction,
  today: string,
): Promise<void> {
  if (!state.vault.isInitialized()) throw new AppError('conflict', 'error.notInitialized');
  await state.throttle.run(userId, async () => {
    const keyring = state.vault.readKeyring();
    const key = await unwrapWithPassword(keyring, userId, password);
    if (!key) {
      const failures = state.throttle.failed(userId);
      const known = keyring.users.some((u) => u.userId === userId);
      audit(state, {
        userId: known ? userId : null,
        action: failureAction,
        entityType: 'user',
        entityId: userId,
        details: { consecutiveFailures: failures },
      });
      throw new AppError('wrong_password', 'error.wrong_password', undefined, 'password');
    }
    try {
      state.vault.open(key);
    } finally {
      key.fill(0);
    }
    state.throttle.succeeded(userId);
  });
  const db = state.vault.database().db;
  const user = findUser(db, userId);
  if (!user?.active) throw new AppError('forbidden', 'error.userInactive');
  warmFirstScreen(
    db,
    { userId: user.id, role: user.role, organisationId: user.organisationId, language: user.language },
    today,
  );
}

export async function login(
  state: BackendState,
  userId: number,
  password: string,
  today: string,
): Promise<{ session: Session; info: SessionInfo }> {
  await verifyAndOpen(state, userId, password, 'login.failure', today);
  const session = state.sessions.create(userId);
  audit(state, { userId, action: 'login.success', entityType: 'user', entityId: userId });
  return { session, info: sessionInfo(state, session) };
}

export async function unlock(
  state: BackendState,
  session: Session,
  password: string,
  today: string,
): Promise<SessionInfo> {
  await verifyAndOpen(state, session.userId, password, 'session.unlock_failure', today);
  session.locked = false;
  audit(state, {
    userId: session.userId,
    action: 'session.unlock',
    entityType: 'user',
    entityId: session.userId,
  });
  return sessionInfo(state, session);
}

/** Closes the database (and forgets the key) when no unlocked session needs it any more. */
function closeIfIdle(state: BackendState): void {
  if (!state.sessions.hasUnlocked()) state.vault.close();
}

export function lock(state: BackendState, session: Session): void {
  session.locked = true;
  audit(state, {
    userId: session.userId,
    action: 'session.lock',
    entityType: 'user',
    entityId: session.userId,
  });
  closeIfIdle(state);
}

export function logout(state: BackendState, session: Session): void {
  state.sessions.destroy(session.id);
  audit(state, { userId: session.userId, action: 'logout', entityType: 'user', entityId: session.userId });
  closeIfIdle(state);
}

export async function changePassword(
  state: BackendState,
  session: Session,
  currentPassword: string,
  newPassword: string,
): Promise<SessionInfo> {
  if (currentPassword === newPassword) {
    throw new AppError('invalid_input', 'error.samePassword', undefined, 'newPassword');
  }
  const user = findUser(state.vault.database().db, session.userId);
  if (user && !passwordNotContainingName(user.name, newPassword)) {
    throw new AppError('invalid_input', 'validation.passwordContainsName', undefined, 'newPassword');
  }
  const keyring = state.vault.readKeyring();
  const current = await unwrapWithPassword(keyring, session.userId, currentPassword);
  if (!current) {
    audit(state, {
      userId: session.userId,
      action: 'password.change_failure',
      entityType: 'user',
      entityId: session.userId,
    });
    throw new AppError('wrong_password', 'error.wrong_password', undefined, 'currentPassword');
  }
  current.fill(0);
  const derived = await derivePasswordKey(keyring, newPassword);
  const { db } = state.vault.database();
  db.transaction((tx) => {
    const user = findUser(tx, session.userId);
    if (!user) throw new AppError('not_found', 'error.userNotFound');
    tx.update(users)
      .set({ mustChangePassword: false, updatedAt: nowIso() })
      .where(eq(users.id, session.userId))
      .run();
    appendAudit(tx, {
      userId: session.userId,
      action: 'password.change',
      entityType: 'user',
      entityId: session.userId,
    });
    // The keyring file is replaced atomically; if that fails, the transaction rolls back and
    // the old password keeps working.
    state.vault.storeUserKey(user, derived);
  });
  return sessionInfo(state, session);
}
