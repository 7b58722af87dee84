import * as mapping from '../../services/mapping/mapping';
import { listTemplates, saveTemplate } from '../../services/mapping/templates';
import type { RegistryPart } from './part';
import { admin, writers } from './roles';

/** The mapping of a participant, and the mapping templates. */
export const mappingProcedures = {
  'mappingTemplates.list': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx) => listTemplates(ctx.service),
  },
  'mappingTemplates.save': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => saveTemplate(ctx.service, input),
  },
  'mapping.get': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'mapping.read',
    handler: (ctx, input) => mapping.getMapping(ctx.service, ctx.proof, input),
  },
  'mapping.saveField': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'mapping.save_field',
    handler: (ctx, input) => mapping.saveField(ctx.service, ctx.proof, input),
  },
  'mapping.fieldHistory': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'mapping.read_history',
    handler: (ctx, input) => mapping.fieldHistory(ctx.service, ctx.proof, input),
  },
  'mapping.saveConversation': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'mapping.save_conversation',
    handler: (ctx, input) => mapping.saveConversation(ctx.service, ctx.proof, input),
  },
} satisfies RegistryPart;
