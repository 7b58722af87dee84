import type { Registry } from '../router';
import { accountProcedures } from './account';
import { codeListProcedures } from './code-lists';
import { documentProcedures } from './documents';
import { mappingProcedures } from './mapping';
import { participantProcedures } from './participants';
import { combineParts } from './part';
import { planProcedures } from './plan';
import { reviewProcedures } from './reviews';
import { teamProcedures } from './team';

/**
 * Every procedure of the contract: who may call it, how it touches participants (scope),
 * what for (purpose), the audit action the router writes, and the one service it runs.
 * One file per domain; the type `Registry` makes this exactly one entry per procedure: a
 * procedure in no part, or in two, does not compile.
 */
export const registry: Registry = combineParts(
  accountProcedures,
  teamProcedures,
  participantProcedures,
  mappingProcedures,
  planProcedures,
  reviewProcedures,
  codeListProcedures,
  documentProcedures,
);
