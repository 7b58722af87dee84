import { AppError } from '../api/app-error';
import type { ParsedInput } from '../api/contract';
import { listAudit } from '../services/audit/audit';
import * as auth from '../services/auth/auth';
import * as setup from '../services/setup/setup';
import { createOrganisation, listOrganisations, updateOrganisation } from '../services/team/organisations';
import * as userAdmin from '../services/team/user-admin';
import { generateDemoData } from '../services/demo-data/generate';
import * as mapping from '../services/mapping/mapping';
import { listTemplates, saveTemplate } from '../services/mapping/templates';
import * as activity from '../services/participants/activity';
import * as consents from '../services/participants/consents';
import * as duplicates from '../services/participants/duplicates';
import { listParticipants, referralQueue } from '../services/participants/list';
import * as participants from '../services/participants/participants';
import { readParticipantSettings, updateParticipantSettings } from '../services/participants/settings';
import { listInterventionTypes, saveInterventionTypes } from '../services/plan/intervention-types';
import * as reviewActions from '../services/reviews/actions';
import * as agenda from '../services/reviews/agenda';
import * as meetings from '../services/reviews/meetings';
import { meetingMinutes } from '../services/reviews/minutes';
import { readReviewSettings, updateReviewSettings } from '../services/reviews/settings';
import { suggestForMeeting } from '../services/reviews/suggestions';
import * as plan from '../services/plan/plan';
import { listTeamMembers, listUsers } from '../services/team/users';
import type { Registry } from './router';

const admin = ['admin'] as const;
/** Everyone but read-only users may change participant data (consent is checked per case). */
const writers = ['admin', 'coordinator', 'caseworker'] as const;
/** Preparing and running the review: the coordinator (and the admin). */
const coordinators = ['admin', 'coordinator'] as const;

/** Reads that show rows about participants: how the list was asked for, never the search text. */
function listQuery(input: ParsedInput<'participants.list'>): string {
  const parts = [`sort=${input.sort}`];
  if (input.statuses.length > 0) parts.push(`statuses=${input.statuses.join('+')}`);
  if (input.organisationId !== null) parts.push('organisation');
  if (input.responsibleUserId !== null) parts.push('responsible');
  if (input.search !== '') parts.push('search');
  return parts.join(';');
}

/**
 * Every procedure of the contract: who may call it, how it touches participants (scope),
 * what for (purpose), the audit action the router writes, and the one service it runs.
 */
export const registry: Registry = {
  'app.status': { access: 'public', scope: 'none', handler: (ctx) => auth.appStatus(ctx.state, ctx.session) },
  'setup.defaults': { access: 'public', scope: 'none', handler: () => setup.setupDefaults() },
  'setup.initialize': {
    access: 'public',
    scope: 'none',
    handler: (ctx, input) => setup.initialize(ctx.state, input),
  },
  'auth.login': {
    access: 'public',
    scope: 'none',
    handler: async (ctx, input) => {
      if (ctx.session) {
        ctx.state.sessions.destroy(ctx.session.id);
      }
      const { session, info } = await auth.login(ctx.state, input.userId, input.password);
      ctx.setSession(session);
      return info;
    },
  },
  'auth.unlock': {
    access: 'locked',
    scope: 'none',
    handler: (ctx, input) => auth.unlock(ctx.state, ctx.session, input.password),
  },
  'auth.lock': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx) => {
      auth.lock(ctx.state, ctx.session);
      return null;
    },
  },
  'auth.logout': {
    access: 'locked',
    scope: 'none',
    handler: (ctx) => {
      auth.logout(ctx.state, ctx.session);
      ctx.setSession(null);
      return null;
    },
  },
  'auth.changePassword': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx, input) =>
      auth.changePassword(ctx.state, ctx.session, input.currentPassword, input.newPassword),
  },
  'me.setLanguage': {
    access: 'password',
    scope: 'none',
    purpose: 'account',
    handler: (ctx, input) => {
      userAdmin.setLanguage(ctx.service, input.language);
      const status = auth.appStatus(ctx.state, ctx.session);
      if (!status.session) throw new AppError('unauthenticated', 'error.unauthenticated');
      return status.session;
    },
  },
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
  'participants.revealPersonalNumber': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
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
    handler: (ctx, input) => participants.closeParticipant(ctx.service, ctx.proof, input),
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
  'plan.get': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'plan.read',
    handler: (ctx, input) => plan.getPlan(ctx.service, ctx.proof, input),
  },
  'plan.saveGoal': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'plan.update_goal',
    handler: (ctx, input) => plan.saveGoal(ctx.service, ctx.proof, input),
  },
  'plan.addSubgoal': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'plan.create_subgoal',
    handler: (ctx, input) => plan.addSubgoal(ctx.service, ctx.proof, input),
  },
  'plan.updateSubgoal': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'subgoalId',
    need: 'write',
    audit: 'plan.update_subgoal',
    handler: (ctx, input) => plan.updateSubgoal(ctx.service, ctx.proof, input),
  },
  'plan.addIntervention': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'plan.create_intervention',
    handler: (ctx, input) => plan.addIntervention(ctx.service, ctx.proof, input),
  },
  'plan.updateIntervention': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'interventionId',
    need: 'write',
    audit: 'plan.update_intervention',
    handler: (ctx, input) => plan.updateIntervention(ctx.service, ctx.proof, input),
  },
  'plan.addSip': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'plan.create_sip',
    handler: (ctx, input) => plan.addSip(ctx.service, ctx.proof, input),
  },
  'plan.history': {
    access: 'user',
    scope: 'participant',
    purpose: 'casework',
    via: 'participantId',
    need: 'read',
    audit: 'plan.read_history',
    handler: (ctx, input) => plan.getPlanHistory(ctx.service, ctx.proof, input),
  },
  'interventionTypes.list': {
    access: 'user',
    scope: 'none',
    purpose: 'casework',
    handler: (ctx) => listInterventionTypes(ctx.service.db),
  },
  'interventionTypes.save': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) => saveInterventionTypes(ctx.service, input),
  },
  'reviews.settings': {
    access: 'user',
    scope: 'none',
    purpose: 'review',
    handler: (ctx) => readReviewSettings(ctx.service.db),
  },
  'reviews.updateSettings': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: coordinators,
    handler: (ctx, input) => updateReviewSettings(ctx.service, input),
  },
  'meetingSeries.list': {
    access: 'user',
    scope: 'none',
    purpose: 'review',
    handler: (ctx) => meetings.listSeries(ctx.service.db),
  },
  'meetingSeries.save': {
    access: 'user',
    scope: 'system',
    purpose: 'review',
    roles: coordinators,
    handler: (ctx, input) => meetings.saveSeries(ctx.service, input),
  },
  'meetings.list': {
    access: 'user',
    scope: 'none',
    purpose: 'review',
    handler: (ctx, input) => meetings.listMeetings(ctx.service.db, input.includeFinished),
  },
  'meetings.create': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: coordinators,
    via: 'new',
    audit: 'meeting.create',
    handler: (ctx, input) => meetings.createMeeting(ctx.service, input),
  },
  'meetings.update': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: coordinators,
    via: 'meetingId',
    audit: 'meeting.update',
    handler: (ctx, input) => meetings.updateMeeting(ctx.service, input),
  },
  'meetings.get': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    via: 'meetingId',
    audit: 'meeting.read',
    handler: (ctx, input) => meetings.meetingDto(ctx.service, input.meetingId),
  },
  'meetings.suggest': {
    access: 'user',
    scope: 'many',
    purpose: 'review',
    roles: coordinators,
    audit: 'meeting.suggest',
    query: (input) => `agenda_suggestions;offset=${input.offset}`,
    count: (output) => output.items.length,
    handler: (ctx, input) => suggestForMeeting(ctx.service, ctx.proof, input),
  },
  'meetings.start': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: coordinators,
    via: 'meetingId',
    audit: 'meeting.start',
    handler: (ctx, input) => meetings.startMeeting(ctx.service, input.meetingId),
  },
  'meetings.setAttendance': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: writers,
    via: 'meetingId',
    audit: 'meeting.attendance',
    handler: (ctx, input) => meetings.setAttendance(ctx.service, input),
  },
  'meetings.finish': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: coordinators,
    via: 'meetingId',
    audit: 'meeting.finish',
    handler: (ctx, input) => meetings.finishMeeting(ctx.service, input.meetingId),
  },
  'meetings.addAddendum': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: writers,
    via: 'meetingId',
    audit: 'meeting.addendum',
    handler: (ctx, input) => meetings.addAddendum(ctx.service, input),
  },
  'meetings.minutes': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    via: 'meetingId',
    audit: 'meeting.minutes',
    handler: (ctx, input) => meetingMinutes(ctx.service, input.meetingId),
  },
  'agenda.addItem': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: coordinators,
    via: ['participantId'],
    // A closed case may come up for its follow-up: reading it is enough to put it on the agenda.
    need: 'read',
    audit: 'agenda.add_item',
    handler: (ctx, input) => agenda.addItem(ctx.service, input),
  },
  'agenda.removeItem': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: coordinators,
    via: ['itemId'],
    // Taking a case off the agenda needs what putting it there needed: reading it.
    need: 'read',
    audit: 'agenda.remove_item',
    handler: (ctx, input) => agenda.removeItem(ctx.service, input.itemId),
  },
  'agenda.moveItem': {
    access: 'user',
    scope: 'meeting',
    purpose: 'review',
    roles: coordinators,
    via: 'itemId',
    audit: 'agenda.move_item',
    handler: (ctx, input) => agenda.moveItem(ctx.service, input),
  },
  'agenda.setMinutes': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: coordinators,
    via: ['itemId'],
    need: 'write',
    audit: 'agenda.set_minutes',
    handler: (ctx, input) => agenda.setMinutes(ctx.service, input),
  },
  'agenda.setAbsence': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: writers,
    via: ['itemId'],
    // Anyone may say they leave the room; marking someone else needs access to the case.
    need: (input, actor) => (input.userId === actor.userId ? null : 'write'),
    audit: 'agenda.set_absence',
    handler: (ctx, input) => agenda.setAbsence(ctx.service, input),
  },
  'agenda.openItem': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    via: ['itemId'],
    need: 'read',
    audit: 'meeting.open_case',
    handler: (ctx, input) => agenda.openItem(ctx.service, ctx.proof, input.itemId),
  },
  'agenda.addNote': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: writers,
    via: ['itemId'],
    need: 'write',
    audit: 'agenda.add_note',
    handler: (ctx, input) => agenda.addNote(ctx.service, input),
  },
  'agenda.markDiscussed': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: writers,
    via: ['itemId'],
    need: 'write',
    audit: 'agenda.mark_discussed',
    handler: (ctx, input) => agenda.markDiscussed(ctx.service, input),
  },
  'actions.create': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: writers,
    via: ['participantId', 'itemId'],
    need: 'write',
    audit: 'action.create',
    handler: (ctx, input) => reviewActions.createAction(ctx.service, ctx.proof, input),
  },
  'actions.list': {
    access: 'user',
    scope: 'many',
    purpose: 'review',
    audit: 'action.list',
    query: (input) => `actions=${input.scope}`,
    count: (output) => output.length,
    handler: (ctx, input) => reviewActions.listActions(ctx.service, ctx.proof, input),
  },
  'actions.review': {
    access: 'user',
    scope: 'participantOrNone',
    purpose: 'review',
    roles: writers,
    via: ['actionId'],
    need: 'write',
    audit: 'action.review',
    handler: (ctx, input) => reviewActions.reviewAction(ctx.service, input),
  },
  'participants.requestReview': {
    access: 'user',
    scope: 'participant',
    purpose: 'review',
    roles: writers,
    via: 'participantId',
    need: 'write',
    audit: 'participant.request_review',
    handler: (ctx, input) => agenda.requestReview(ctx.service, input),
  },
  'demo.generate': {
    access: 'user',
    scope: 'system',
    purpose: 'administration',
    roles: admin,
    handler: (ctx, input) =>
      generateDemoData(ctx.service.db, {
        participants: input.participants,
        seed: input.seed,
        today: ctx.service.today,
        actorUserId: ctx.service.actor.userId,
        alwaysCoverOrganisationIds: [ctx.service.actor.organisationId],
      }),
  },
};
