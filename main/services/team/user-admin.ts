import { eq } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { ParsedInput, UserDto } from '../../api/contract';
import { derivePasswordKey, removeUserEntry, setUserEntry } from '../../../db/keyring';
import { users } from '../../../db/schema';
import type { BackendState } from '../../core/state';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { requireActiveOrganisation } from './organisations';
import { assertAdminRemains, assertUniqueActiveName, getUser } from './users';

/**
 * User administration. Every change that affects who can unwrap the data key updates the
 * keyring inside the database transaction: if the keyring cannot be written, nothing changes.
 */
export async function createUser(
  state: BackendState,
  { db, actor }: ServiceContext,
  input: ParsedInput<'users.create'>,
): Promise<UserDto> {
  requireActiveOrganisation(db, input.organisationId, 'organisationId');
  assertUniqueActiveName(db, input.name);
  const derived = await derivePasswordKey(state.vault.readKeyring(), input.initialPassword);
  return db.transaction((tx) => {
    const org = requireActiveOrganisation(tx, input.organisationId, 'organisationId');
    assertUniqueActiveName(tx, input.name);
    const row = tx
      .insert(users)
      .values({
        name: input.name,
        organisationId: org.id,
        profession: input.profession,
        role: input.role,
        language: input.language,
        mustChangePassword: true,
      })
      .returning({ id: users.id })
      .get();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      details: { role: input.role, organisation: org.code },
    });
    state.vault.storeUserKey({ id: row.id, name: input.name, organisationName: org.name }, derived);
    return getUser(tx, row.id);
  });
}

export function updateUser(
  state: BackendState,
  { db, actor, now }: ServiceContext,
  input: ParsedInput<'users.update'>,
): UserDto {
  return db.transaction((tx) => {
    const before = getUser(tx, input.userId);
    if (!before.active) throw new AppError('conflict', 'error.userInactive', undefined, 'userId');
    const org = requireActiveOrganisation(tx, input.organisationId, 'organisationId');
    assertAdminRemains(tx, input.userId, input.role);
    tx.update(users)
      .set({
        organisationId: org.id,
        profession: input.profession,
        role: input.role,
        updatedAt: now,
      })
      .where(eq(users.id, input.userId))
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'user.update',
      entityType: 'user',
      entityId: input.userId,
      details: { role: input.role, organisation: org.code },
    });
    const keyring = state.vault.readKeyring();
    const entry = keyring.users.find((u) => u.userId === input.userId);
    if (entry) state.vault.writeKeyring(setUserEntry(keyring, { ...entry, organisationName: org.name }));
    return getUser(tx, input.userId);
  });
}

export async function resetPassword(
  state: BackendState,
  { db, actor, now }: ServiceContext,
  input: ParsedInput<'users.resetPassword'>,
): Promise<UserDto> {
  const target = getUser(db, input.userId);
  if (!target.active) throw new AppError('conflict', 'error.userInactive', undefined, 'userId');
  const derived = await derivePasswordKey(state.vault.readKeyring(), input.newPassword);
  const user = db.transaction((tx) => {
    const current = getUser(tx, input.userId);
    if (!current.active) throw new AppError('conflict', 'error.userInactive', undefined, 'userId');
    tx.update(users)
      .set({ mustChangePassword: true, updatedAt: now })
      .where(eq(users.id, input.userId))
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'user.reset_password',
      entityType: 'user',
      entityId: input.userId,
    });
    state.vault.storeUserKey(current, derived);
    return getUser(tx, input.userId);
  });
  if (input.userId !== actor.userId) state.sessions.destroyForUser(input.userId);
  return user;
}

export function deactivateUser(
  state: BackendState,
  { db, actor, now }: ServiceContext,
  input: ParsedInput<'users.deactivate'>,
): UserDto {
  if (input.userId === actor.userId) {
    throw new AppError('conflict', 'error.cannotDeactivateSelf', undefined, 'userId');
  }
  const user = db.transaction((tx) => {
    const current = getUser(tx, input.userId);
    if (!current.active) return current;
    assertAdminRemains(tx, input.userId, null);
    tx.update(users)
      .set({ active: false, deactivatedAt: now, updatedAt: now })
      .where(eq(users.id, input.userId))
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'user.deactivate',
      entityType: 'user',
      entityId: input.userId,
    });
    // The wrapped key goes: a deactivated user's password can no longer open the database.
    state.vault.writeKeyring(removeUserEntry(state.vault.readKeyring(), input.userId));
    return getUser(tx, input.userId);
  });
  state.sessions.destroyForUser(input.userId);
  return user;
}

export function setLanguage({ db, actor, now }: ServiceContext, language: 'sv' | 'en'): void {
  db.transaction((tx) => {
    tx.update(users).set({ language, updatedAt: now }).where(eq(users.id, actor.userId)).run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'user.set_language',
      entityType: 'user',
      entityId: actor.userId,
      details: { language },
    });
  });
}
