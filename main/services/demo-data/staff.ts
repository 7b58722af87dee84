import { eq, inArray } from 'drizzle-orm';
import type { Role } from '../../api/schemas';
import type { Db } from '../../../db/open';
import { organisations, users } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { DemoOrganisation, DemoStaff } from './world';

/**
 * The demo team's staff: fictional colleagues from every organisation of a typical team, each
 * with a profession that knows a part of the mapping, and a coordinator. They can log in (the
 * caller gives them the demo password); the generating admin works beside them, so the admin
 * is responsible for only some of the cases.
 */
const demoStaffPlan: readonly { name: string; code: string; profession: string; role: Role }[] = [
  { name: 'Helena Björk', code: 'KOM-AM', profession: 'Samordnare', role: 'coordinator' },
  { name: 'Jonas Wikström', code: 'AF', profession: 'Arbetsförmedlare', role: 'caseworker' },
  { name: 'Nadia Rahman', code: 'AF', profession: 'Psykolog', role: 'caseworker' },
  { name: 'Peter Lindgren', code: 'FK', profession: 'Försäkringsutredare', role: 'caseworker' },
  { name: 'Camilla Strand', code: 'KOM-SOC', profession: 'Socialsekreterare', role: 'caseworker' },
  { name: 'Ahmed Jama', code: 'KOM-AM', profession: 'Jobbcoach', role: 'caseworker' },
  { name: 'Sofie Hedlund', code: 'REG', profession: 'Rehabkoordinator', role: 'caseworker' },
  { name: 'Magnus Engström', code: 'REG', profession: 'Arbetsterapeut', role: 'caseworker' },
  { name: 'Leyla Demir', code: 'SFI', profession: 'Studie- och yrkesvägledare', role: 'caseworker' },
  { name: 'Kristina Falk', code: 'KOM-SOC', profession: 'Enhetschef', role: 'readonly' },
];

export function activeOrganisations(db: Db): DemoOrganisation[] {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      professions: organisations.professions,
    })
    .from(organisations)
    .where(eq(organisations.active, true))
    .orderBy(organisations.sortOrder, organisations.id)
    .all();
}

/**
 * Creates the demo staff whose names are free (an organisation the team does not have is
 * replaced by one it has, in order), and returns them with the generating admin.
 */
export function createDemoStaff(
  db: Db,
  orgs: readonly DemoOrganisation[],
  actorUserId: number | null,
): DemoStaff[] {
  const taken = new Set(
    db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.active, true))
      .all()
      .map((u) => u.name),
  );
  const byCode = new Map(orgs.map((org) => [org.code, org]));
  const rows = demoStaffPlan
    .filter((plan) => !taken.has(plan.name))
    .map((plan, index) => {
      const org = byCode.get(plan.code) ?? orgs[index % orgs.length];
      if (!org) throw new Error('no organisation');
      const profession = byCode.has(plan.code) ? plan.profession : (org.professions[0] ?? plan.profession);
      return { name: plan.name, organisationId: org.id, profession, role: plan.role, org };
    });
  const created =
    rows.length === 0
      ? []
      : db
          .insert(users)
          .values(rows.map(({ org: _org, ...row }) => ({ ...row, mustChangePassword: false })))
          .returning({ id: users.id })
          .all();
  // Audited as the app audits a new user: who created whom, with which role.
  for (const [index, row] of rows.entries()) {
    appendAudit(db, {
      userId: actorUserId,
      action: 'user.create',
      entityType: 'user',
      entityId: created[index]?.id ?? 0,
      details: { role: row.role, organisation: row.org.code },
    });
  }
  const staff: DemoStaff[] = rows.map((row, index) => ({
    id: created[index]?.id ?? 0,
    name: row.name,
    organisationId: row.org.id,
    organisationCode: row.org.code,
    organisationName: row.org.name,
    profession: row.profession,
    role: row.role,
    demo: true,
  }));
  if (actorUserId !== null) {
    const actor = db
      .select({
        id: users.id,
        name: users.name,
        organisationId: users.organisationId,
        profession: users.profession,
        role: users.role,
        active: users.active,
      })
      .from(users)
      .where(inArray(users.id, [actorUserId]))
      .get();
    const org = actor ? orgs.find((o) => o.id === actor.organisationId) : undefined;
    if (actor?.active && org) {
      staff.push({
        id: actor.id,
        name: actor.name,
        organisationId: org.id,
        organisationCode: org.code,
        organisationName: org.name,
        profession: actor.profession,
        role: actor.role,
        demo: false,
      });
    }
  }
  return staff;
}

/** Staff who may be responsible for a case or an action (not read-only). */
export function canWrite(staff: DemoStaff): boolean {
  return staff.role !== 'readonly';
}
