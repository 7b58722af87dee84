import { AppError } from '../api/app-error';
import { listAudit } from '../services/audit/audit';
import * as auth from '../services/auth/auth';
import * as setup from '../services/setup/setup';
import { createOrganisation, listOrganisations, updateOrganisation } from '../services/team/organisations';
import * as userAdmin from '../services/team/user-admin';
import { todayIso } from '../api/dates';
import { generateDemoData } from '../services/demo-data/generate';
import * as mapping from '../services/mapping/mapping';
import { listTemplates, saveTemplate } from '../services/mapping/templates';
import * as activity from '../services/participants/activity';
import * as consents from '../services/participants/consents';
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

/** Every procedure of the contract, with who may call it and the one service it runs. */
export const registry: Registry = {
  'app.status': { access: 'public', handler: (ctx) => auth.appStatus(ctx.state, ctx.session) },
  'setup.defaults': { access: 'public', handler: () => setup.setupDefaults() },
  'setup.initialize': { access: 'public', handler: (ctx, input) => setup.initialize(ctx.state, input) },
  'auth.login': {
    access: 'public',
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
    handler: (ctx, input) => auth.unlock(ctx.state, ctx.session, input.password),
  },
  'auth.lock': {
    access: 'password',
    handler: (ctx) => {
      auth.lock(ctx.state, ctx.session);
      return null;
    },
  },
  'auth.logout': {
    access: 'locked',
    handler: (ctx) => {
      auth.logout(ctx.state, ctx.session);
      ctx.setSession(null);
      return null;
    },
  },
  'auth.changePassword': {
    access: 'password',
    handler: (ctx, input) =>
      auth.changePassword(ctx.state, ctx.session, input.currentPassword, input.newPassword),
  },
  'me.setLanguage': {
    access: 'password',
    handler: (ctx, input) => {
      userAdmin.setLanguage(ctx.service, input.language);
      const status = auth.appStatus(ctx.state, ctx.session);
      if (!status.session) throw new AppError('unauthenticated', 'error.unauthenticated');
      return status.session;
    },
  },
  'users.list': { access: 'user', roles: admin, handler: (ctx) => listUsers(ctx.service.db) },
  'users.create': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => userAdmin.createUser(ctx.state, ctx.service, input),
  },
  'users.update': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => userAdmin.updateUser(ctx.state, ctx.service, input),
  },
  'users.resetPassword': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => userAdmin.resetPassword(ctx.state, ctx.service, input),
  },
  'users.deactivate': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => userAdmin.deactivateUser(ctx.state, ctx.service, input),
  },
  'organisations.list': { access: 'user', handler: (ctx) => listOrganisations(ctx.service.db) },
  'organisations.create': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => createOrganisation(ctx.service, input),
  },
  'organisations.update': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => updateOrganisation(ctx.service, input),
  },
  'audit.list': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => listAudit(ctx.service.db, input.limit, input.beforeId),
  },
  'team.members': { access: 'user', handler: (ctx) => listTeamMembers(ctx.service.db) },
  'settings.participants': { access: 'user', handler: (ctx) => readParticipantSettings(ctx.service.db) },
  'settings.updateParticipants': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => updateParticipantSettings(ctx.service, input),
  },
  'participants.list': { access: 'user', handler: (ctx, input) => listParticipants(ctx.service, input) },
  'participants.queue': { access: 'user', handler: (ctx) => referralQueue(ctx.service) },
  'participants.get': {
    access: 'user',
    handler: (ctx, input) => participants.getParticipant(ctx.service, input.participantId),
  },
  'participants.revealPersonalNumber': {
    access: 'user',
    handler: (ctx, input) => participants.revealPersonalNumber(ctx.service, input.participantId),
  },
  'participants.refer': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.referParticipant(ctx.service, input),
  },
  'participants.update': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.updateParticipant(ctx.service, input),
  },
  'participants.decideReferral': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.decideReferral(ctx.service, input),
  },
  'participants.enrol': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.enrolParticipant(ctx.service, input),
  },
  'participants.extend': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.extendParticipant(ctx.service, input),
  },
  'participants.close': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => participants.closeParticipant(ctx.service, input),
  },
  'consents.add': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => consents.addConsent(ctx.service, input),
  },
  'consents.withdraw': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => consents.withdrawConsent(ctx.service, input),
  },
  'consents.expiring': { access: 'user', handler: (ctx) => consents.expiringConsents(ctx.service) },
  'contacts.add': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => activity.addContact(ctx.service, input),
  },
  'progress.add': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => activity.addProgress(ctx.service, input),
  },
  'mappingTemplates.list': { access: 'user', roles: admin, handler: (ctx) => listTemplates(ctx.service) },
  'mappingTemplates.save': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => saveTemplate(ctx.service, input),
  },
  'mapping.get': {
    access: 'user',
    handler: (ctx, input) => mapping.getMapping(ctx.service, input.participantId),
  },
  'mapping.saveField': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => mapping.saveField(ctx.service, input),
  },
  'mapping.fieldHistory': {
    access: 'user',
    handler: (ctx, input) => mapping.fieldHistory(ctx.service, input),
  },
  'mapping.saveConversation': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => mapping.saveConversation(ctx.service, input),
  },
  'plan.get': { access: 'user', handler: (ctx, input) => plan.getPlan(ctx.service, input.participantId) },
  'plan.saveGoal': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => plan.saveGoal(ctx.service, input),
  },
  'plan.addSubgoal': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => plan.addSubgoal(ctx.service, input),
  },
  'plan.updateSubgoal': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => plan.updateSubgoal(ctx.service, input),
  },
  'plan.addIntervention': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => plan.addIntervention(ctx.service, input),
  },
  'plan.updateIntervention': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => plan.updateIntervention(ctx.service, input),
  },
  'plan.addSip': { access: 'user', roles: writers, handler: (ctx, input) => plan.addSip(ctx.service, input) },
  'plan.history': {
    access: 'user',
    handler: (ctx, input) => plan.getPlanHistory(ctx.service, input.participantId),
  },
  'interventionTypes.list': { access: 'user', handler: (ctx) => listInterventionTypes(ctx.service.db) },
  'interventionTypes.save': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) => saveInterventionTypes(ctx.service, input),
  },
  'reviews.settings': { access: 'user', handler: (ctx) => readReviewSettings(ctx.service.db) },
  'reviews.updateSettings': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => updateReviewSettings(ctx.service, input),
  },
  'meetingSeries.list': { access: 'user', handler: (ctx) => meetings.listSeries(ctx.service.db) },
  'meetingSeries.save': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => meetings.saveSeries(ctx.service, input),
  },
  'meetings.list': {
    access: 'user',
    handler: (ctx, input) => meetings.listMeetings(ctx.service.db, input.includeFinished),
  },
  'meetings.create': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => meetings.createMeeting(ctx.service, input),
  },
  'meetings.update': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => meetings.updateMeeting(ctx.service, input),
  },
  'meetings.get': {
    access: 'user',
    handler: (ctx, input) => meetings.getMeeting(ctx.service, input.meetingId),
  },
  'meetings.suggest': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => suggestForMeeting(ctx.service, input.meetingId),
  },
  'meetings.start': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => meetings.startMeeting(ctx.service, input.meetingId),
  },
  'meetings.setAttendance': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => meetings.setAttendance(ctx.service, input),
  },
  'meetings.finish': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => meetings.finishMeeting(ctx.service, input.meetingId),
  },
  'meetings.addAddendum': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => meetings.addAddendum(ctx.service, input),
  },
  'meetings.minutes': {
    access: 'user',
    handler: (ctx, input) => meetingMinutes(ctx.service, input.meetingId),
  },
  'agenda.addItem': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => agenda.addItem(ctx.service, input),
  },
  'agenda.removeItem': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => agenda.removeItem(ctx.service, input.itemId),
  },
  'agenda.moveItem': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => agenda.moveItem(ctx.service, input),
  },
  'agenda.setMinutes': {
    access: 'user',
    roles: coordinators,
    handler: (ctx, input) => agenda.setMinutes(ctx.service, input),
  },
  'agenda.setAbsence': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => agenda.setAbsence(ctx.service, input),
  },
  'agenda.openItem': { access: 'user', handler: (ctx, input) => agenda.openItem(ctx.service, input.itemId) },
  'agenda.addNote': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => agenda.addNote(ctx.service, input),
  },
  'agenda.markDiscussed': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => agenda.markDiscussed(ctx.service, input),
  },
  'actions.create': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => reviewActions.createAction(ctx.service, input),
  },
  'actions.list': { access: 'user', handler: (ctx, input) => reviewActions.listActions(ctx.service, input) },
  'actions.review': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => reviewActions.reviewAction(ctx.service, input),
  },
  'participants.requestReview': {
    access: 'user',
    roles: writers,
    handler: (ctx, input) => agenda.requestReview(ctx.service, input),
  },
  'demo.generate': {
    access: 'user',
    roles: admin,
    handler: (ctx, input) =>
      generateDemoData(ctx.service.db, {
        participants: input.participants,
        seed: input.seed,
        today: todayIso(),
        actorUserId: ctx.service.actor.userId,
        alwaysCoverOrganisationIds: [ctx.service.actor.organisationId],
      }),
  },
};
