import type { ParsedInput } from '../../api/contract';
import * as activity from '../../services/participants/activity';
import * as closure from '../../services/participants/closure';
import * as closureSummary from '../../services/participants/closure-summary';
import * as consents from '../../services/participants/consents';
import * as duplicates from '../../services/participants/duplicates';
import { listParticipants, referralQueue } from '../../services/participants/list';
import * as participants from '../../services/participants/participants';
import { readParticipantSettings, updateParticipantSettings } from '../../services/participants/settings';
import type { RegistryPart } from './part';
import { admin, writers } from './roles';

/** Reads that show rows about participants: how the list was asked for, never the search text. */
function listQuery(input: ParsedInput<'participants.list'>): string {
  const parts = [`sort=${input.sort}`];
  if (input.statuses.length > 0) parts.push(`statuses=${input.statuses.join('+')}`);
  if (input.organisationId !== null) parts.push('organisation');
  if (input.responsibleUserId !== null) parts.push('responsible');
  if (input.search !== '') parts.push('search');
  return parts.join(';');
}

/** Participants and their periods, consents, contacts and progress, and the participant settings. */
export const participantProcedures = {
  'settings.participants': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx) => readParticipantSettings(ctx.service.db),
  },
  'settings.updateParticipants': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => updateParticipantSettings(ctx.service, input),
  },
  'participants.list': {
    access: 'user',
    scope: 'many',
    purpose: 'casework',
    audit: (input) => (input.search === '' ? 'participant.list' : 'participant.search'),
    query: listQuery,
    count: (output) => output.rows.length,
    searchText: (input) => input.search,
    handler: (ctx, input) => listParticipants(ctx.service, ctx.proof, input),
  },
  'participants.queue': {
    access: 'user',
    scope: 'many',
    purpose: 'casework',
    audit: 'participant.queue',
    query: () => 'queue',
    count: (output) => output.length,
    handler: (ctx) => referralQueue(ctx.service, ctx.proof),
  },
  'participants.get': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'participant.read',
    handler: (ctx) => participants.getParticipant(ctx.service, ctx.proof),
  },
  // Showing the full number is for those who may change the case, never read-only users.
  'participants.revealPersonalNumber': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'read',
    audit: 'participant.reveal_personal_number',
    handler: (ctx) => participants.revealPersonalNumber(ctx.service, ctx.proof),
  },
  'participants.refer': {
    access: 'user',
    scope: 'create',
    purpose: 'casework',
    roles: writers,
    audit: 'participant.refer',
    created: (output) => output.participantId,
    handler: (ctx, input) => participants.referParticipant(ctx.service, input),
  },
  'participants.update': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.update',
    handler: (ctx, input) => participants.updateParticipant(ctx.service, ctx.proof, input),
  },
  'participants.decideReferral': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.decline',
    handler: (ctx, input) => participants.decideReferral(ctx.service, ctx.proof, input),
  },
  'participants.enrol': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.enrol',
    handler: (ctx, input) => participants.enrolParticipant(ctx.service, ctx.proof, input),
  },
  'participants.extend': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.extend',
    handler: (ctx, input) => participants.extendParticipant(ctx.service, ctx.proof, input),
  },
  'participants.close': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.close',
    handler: (ctx, input) => closure.closeParticipant(ctx.service, ctx.proof, input),
  },
  'participants.referAgain': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'read',
    audit: 'participant.refer_again',
    handler: (ctx, input) => participants.referAgain(ctx.service, ctx.proof, input),
  },
  'participants.closureDraft': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.read',
    handler: (ctx) => closure.closureDraft(ctx.service, ctx.proof),
  },
  // Closure documents are what the after-closure read access is for: reading and saving a
  // summary needs `read` (a consent on the closure date), never a consent valid today.
  'closureSummaries.get': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'closure_summary.read',
    handler: (ctx, input) => closureSummary.getClosureSummary(ctx.service, ctx.proof, input),
  },
  'closureSummaries.save': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'read',
    audit: 'closure_summary.save',
    handler: (ctx, input) => closureSummary.saveClosureSummary(ctx.service, ctx.proof, input),
  },
  'participants.duplicates': {
    access: 'user',
    scope: 'many',
    purpose: 'casework',
    roles: writers,
    audit: 'participant.duplicates',
    query: () => 'duplicate_referrals',
    count: (output) => output.length,
    handler: (ctx) => duplicates.listDuplicateReferrals(ctx.service, ctx.proof),
  },
  'participants.resolveDuplicate': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    // The decision is the existing person's responsible caseworker's or a coordinator's,
    // checked by the service; nothing of either person's contents is read or returned.
    need: () => null,
    audit: 'participant.resolve_duplicate',
    handler: (ctx, input) => duplicates.resolveDuplicateReferral(ctx.service, ctx.proof, input),
  },
  'consents.add': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'exists',
    audit: 'consent.add',
    handler: (ctx, input) => consents.addConsent(ctx.service, ctx.proof, input),
  },
  'consents.withdraw': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'consentId',
    need: 'exists',
    audit: 'consent.withdraw',
    handler: (ctx, input) => consents.withdrawConsent(ctx.service, ctx.proof, input),
  },
  'consents.expiring': {
    access: 'user',
    scope: 'many',
    purpose: 'casework',
    audit: 'consent.list_expiring',
    query: () => 'expiring_consents',
    count: (output) => output.length,
    handler: (ctx) => consents.expiringConsents(ctx.service, ctx.proof),
  },
  'contacts.add': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'contact.add',
    handler: (ctx, input) => activity.addContact(ctx.service, ctx.proof, input),
  },
  'progress.add': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'progress.add',
    handler: (ctx, input) => activity.addProgress(ctx.service, ctx.proof, input),
  },
} satisfies RegistryPart;
