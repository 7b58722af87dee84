import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { SessionUser, UserDto } from '../../api/contract';
import type { TeamMember } from '../../api/participant-types';
import type { Role } from '../../api/schemas';
import type { Db } from '../../../db/open';
import { organisations, users } from '../../../db/schema';

const userColumns = {
  id: users.id,
  name: users.name,
  role: users.role,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  profession: users.profession,
  language: users.language,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

export function listUsers(db: Db): UserDto[] {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(asc(users.active), asc(users.name))
    .all()
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'sv-SE'));
}

/** Active team members, for choosing a responsible caseworker (every role may read this). */
export function listTeamMembers(db: Db): TeamMember[] {
  return db
    .select({
      id: users.id,
      name: users.name,
      organisationId: users.organisationId,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.active, true))
    .all()
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
}

function findUserQuery(db: Db) {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare();
}

/**
 * The look-up every call makes (the router's authentication), prepared once per database object:
 * building a drizzle query costs a fifth of a millisecond, running the prepared one hundredths.
 * A transaction object of drizzle's is new per transaction, so its look-up is prepared each time.
 */
const findUserPrepared = new WeakMap<Db, ReturnType<typeof findUserQuery>>();

export function findUser(db: Db, userId: number): UserDto | undefined {
  let query = findUserPrepared.get(db);
  if (query === undefined) {
    query = findUserQuery(db);
    findUserPrepared.set(db, query);
  }
  return query.get({ userId });
}

export function getUser(db: Db, userId: number): UserDto {
  const user = findUser(db, userId);
  if (!user) throw new AppError('not_found', 'error.userNotFound', undefined, 'userId');
  return user;
}

export function toSessionUser({ active: _active, createdAt: _createdAt, ...user }: UserDto): SessionUser {
  return user;
}

export function assertUniqueActiveName(db: Db, name: string, exceptUserId?: number): void {
  const clash = db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        eq(users.name, name),
        exceptUserId === undefined ? undefined : ne(users.id, exceptUserId),
      ),
    )
    .get();
  if (clash) throw new AppError('conflict', 'error.duplicateUserName', { name }, 'name');
}

/** Refuses a change that would leave the team without an active administrator. */
export function assertAdminRemains(db: Db, userId: number, newRole: Role | null): void {
  if (newRole === 'admin') return;
  const user = getUser(db, userId);
  if (user.role !== 'admin' || !user.active) return;
  const others = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, userId)))
    .get();
  if ((others?.n ?? 0) === 0) throw new AppError('conflict', 'error.lastAdmin', undefined, 'role');
}
