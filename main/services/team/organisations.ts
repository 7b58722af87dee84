import { and, asc, count, eq, sql } from 'drizzle-orm';
import { AppError } from '../../api/app-error';
import type { OrganisationDto, ParsedInput } from '../../api/contract';
import type { Db } from '../../../db/open';
import { organisations, users } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';

export function listOrganisations(db: Db): OrganisationDto[] {
  const activeUsers = db
    .select({ organisationId: users.organisationId, n: count().as('n') })
    .from(users)
    .where(eq(users.active, true))
    .groupBy(users.organisationId)
    .as('active_users');
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      active: organisations.active,
      professions: organisations.professions,
      activeUserCount: sql<number>`coalesce(${activeUsers.n}, 0)`,
    })
    .from(organisations)
    .leftJoin(activeUsers, eq(activeUsers.organisationId, organisations.id))
    .orderBy(asc(organisations.sortOrder), asc(organisations.id))
    .all();
}

function getOrganisation(db: Db, id: number): OrganisationDto {
  const found = listOrganisations(db).find((org) => org.id === id);
  if (!found) throw new AppError('not_found', 'error.organisationNotFound', undefined, 'id');
  return found;
}

export function createOrganisation(
  { db, actor }: ServiceContext,
  input: ParsedInput<'organisations.create'>,
): OrganisationDto {
  return db.transaction((tx) => {
    const clash = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.code, input.code))
      .get();
    if (clash)
      throw new AppError('conflict', 'error.duplicateOrganisationCode', { code: input.code }, 'code');
    const max = tx
      .select({ value: sql<number>`coalesce(max(${organisations.sortOrder}), 0)` })
      .from(organisations)
      .get();
    const row = tx
      .insert(organisations)
      .values({ code: input.code, name: input.name, sortOrder: (max?.value ?? 0) + 1 })
      .returning({ id: organisations.id })
      .get();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: row.id,
      details: { code: input.code },
    });
    return getOrganisation(tx, row.id);
  });
}

export function updateOrganisation(
  { db, actor, now }: ServiceContext,
  input: ParsedInput<'organisations.update'>,
): OrganisationDto {
  return db.transaction((tx) => {
    const current = getOrganisation(tx, input.id);
    if (!input.active && current.activeUserCount > 0) {
      throw new AppError('conflict', 'error.organisationInUse', undefined, 'active');
    }
    tx.update(organisations)
      .set({ name: input.name, active: input.active, updatedAt: now })
      .where(eq(organisations.id, input.id))
      .run();
    appendAudit(tx, {
      userId: actor.userId,
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: input.id,
      details: { active: input.active, renamed: current.name !== input.name },
    });
    return getOrganisation(tx, input.id);
  });
}

export function requireActiveOrganisation(db: Db, id: number, field: string): OrganisationDto {
  const org = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.active, true)))
    .get();
  if (!org) throw new AppError('invalid_input', 'validation.unknownOrganisation', undefined, field);
  return getOrganisation(db, id);
}
