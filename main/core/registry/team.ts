import { listAudit } from '../../services/audit/audit';
import { generateDemoForTeam } from '../../services/demo-data/demo-team';
import { createOrganisation, listOrganisations, updateOrganisation } from '../../services/team/organisations';
import * as userAdmin from '../../services/team/user-admin';
import { listTeamMembers, listUsers } from '../../services/team/users';
import type { RegistryPart } from './part';
import { admin } from './roles';

/** Administration of the team: users, organisations, the audit log and demo data; the staff list. */
export const teamProcedures = {
  'users.list': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx) => listUsers(ctx.service.db),
  },
  'users.create': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => userAdmin.createUser(ctx.state, ctx.service, input),
  },
  'users.update': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => userAdmin.updateUser(ctx.state, ctx.service, input),
  },
  'users.resetPassword': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => userAdmin.resetPassword(ctx.state, ctx.service, input),
  },
  'users.deactivate': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => userAdmin.deactivateUser(ctx.state, ctx.service, input),
  },
  'organisations.list': {
    access: 'user',
    scope: 'none',
    purpose: 'administration',
    handler: (ctx) => listOrganisations(ctx.service.db),
  },
  'organisations.create': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => createOrganisation(ctx.service, input),
  },
  'organisations.update': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => updateOrganisation(ctx.service, input),
  },
  'audit.list': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => listAudit(ctx.service.db, input.limit, input.beforeId),
  },
  'team.members': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx) => listTeamMembers(ctx.service.db),
  },
  'demo.generate': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => generateDemoForTeam(ctx.state, ctx.service, input),
  },
} satisfies RegistryPart;
