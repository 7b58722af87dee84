import * as codeLists from '../../services/settings/code-lists';
import type { RegistryPart } from './part';
import { admin } from './roles';

/** The code lists the admin maintains. */
export const codeListProcedures = {
  'codeLists.list': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx) => codeLists.listCodeLists(ctx.service.db),
  },
  'codeLists.save': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => codeLists.saveCodeList(ctx.service, input),
  },
} satisfies RegistryPart;
