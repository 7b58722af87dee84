import type { z } from 'zod';
import * as cls from './code-list-schemas';
import type * as cl from './code-lists';
import * as j from './jobs';
import type { Language } from './i18n';
import * as p from './participant-schemas';
import * as m from './plan-mapping-schemas';
import * as r from './review-schemas';
import type * as rt from './review-types';
import type * as mt from './plan-mapping-types';
import type * as t from './participant-types';
import * as s from './schemas';
import type { Role } from './schemas';

/**
 * The one contract between the renderer and the backend: procedure name → input schema and
 * result type. The renderer's `call()` and the router's registration are both typed from it.
 */
export const inputs = {
  'app.status': s.emptyInput,
  'setup.defaults': s.emptyInput,
  'setup.initialize': s.setupInitializeInput,
  'auth.login': s.loginInput,
  'auth.unlock': s.unlockInput,
  'auth.lock': s.emptyInput,
  'auth.logout': s.emptyInput,
  'auth.changePassword': s.changePasswordInput,
  'me.setLanguage': s.setLanguageInput,
  'users.list': s.emptyInput,
  'users.create': s.createUserInput,
  'users.update': s.updateUserInput,
  'users.resetPassword': s.resetPasswordInput,
  'users.deactivate': s.userIdInput,
  'organisations.list': s.emptyInput,
  'organisations.create': s.createOrganisationInput,
  'organisations.update': s.updateOrganisationInput,
  'audit.list': s.auditListInput,
  'team.members': s.emptyInput,
  'settings.participants': s.emptyInput,
  'settings.updateParticipants': p.updateParticipantSettingsInput,
  'participants.list': p.listParticipantsInput,
  'participants.queue': s.emptyInput,
  'participants.get': p.participantIdInput,
  'participants.revealPersonalNumber': p.participantIdInput,
  'participants.refer': p.referParticipantInput,
  'participants.update': p.updateParticipantInput,
  'participants.decideReferral': p.decideReferralInput,
  'participants.enrol': p.enrolInput,
  'participants.extend': p.extendInput,
  'participants.close': p.closeInput,
  'participants.referAgain': p.referAgainInput,
  'participants.closureDraft': p.participantIdInput,
  'closureSummaries.get': p.closureSummaryGetInput,
  'closureSummaries.save': p.closureSummarySaveInput,
  'closureSummaries.print': j.printClosureSummariesInput,
  'jobs.get': j.jobIdInput,
  'jobs.cancel': j.jobIdInput,
  'jobs.save': j.jobIdInput,
  'participants.duplicates': s.emptyInput,
  'participants.resolveDuplicate': p.resolveDuplicateInput,
  'consents.add': p.addConsentInput,
  'consents.withdraw': p.withdrawConsentInput,
  'consents.withdrawImpact': p.withdrawImpactInput,
  'contacts.update': p.updateContactInput,
  'contacts.remove': p.removeContactInput,
  'progress.update': p.updateProgressInput,
  'progress.remove': p.removeProgressInput,
  'participants.protectedCases': s.emptyInput,
  'participants.handOverProtected': p.handOverProtectedInput,
  'consents.expiring': s.emptyInput,
  'contacts.add': p.addContactInput,
  'progress.add': p.addProgressInput,
  'mappingTemplates.list': s.emptyInput,
  'mappingTemplates.save': m.saveTemplateInput,
  'mapping.get': p.participantPeriodInput,
  'mapping.saveField': m.saveFieldInput,
  'mapping.fieldHistory': m.fieldHistoryInput,
  'mapping.saveConversation': m.saveConversationInput,
  'plan.get': p.participantPeriodInput,
  'plan.saveGoal': m.saveGoalInput,
  'plan.addSubgoal': m.addSubgoalInput,
  'plan.updateSubgoal': m.updateSubgoalInput,
  'plan.addIntervention': m.addInterventionInput,
  'plan.updateIntervention': m.updateInterventionInput,
  'plan.addSip': m.addSipInput,
  'plan.history': p.participantPeriodInput,
  'interventionTypes.list': s.emptyInput,
  'interventionTypes.save': m.saveInterventionTypesInput,
  'codeLists.list': s.emptyInput,
  'codeLists.save': cls.saveCodeListInput,
  'reviews.settings': s.emptyInput,
  'reviews.updateSettings': r.reviewSettingsInput,
  'meetingSeries.list': s.emptyInput,
  'meetingSeries.save': r.saveSeriesInput,
  'meetings.list': r.listMeetingsInput,
  'meetings.create': r.createMeetingInput,
  'meetings.update': r.updateMeetingInput,
  'meetings.get': r.meetingIdInput,
  'meetings.suggest': r.suggestInput,
  'meetings.start': r.meetingIdInput,
  'meetings.setAttendance': r.setAttendanceInput,
  'meetings.finish': r.meetingIdInput,
  'meetings.cancel': r.cancelMeetingInput,
  'meetings.addAddendum': r.addAddendumInput,
  'meetings.minutes': r.meetingIdInput,
  'agenda.addItem': r.addAgendaItemInput,
  'agenda.removeItem': r.agendaItemIdInput,
  'agenda.moveItem': r.moveAgendaItemInput,
  'agenda.setMinutes': r.setItemMinutesInput,
  'agenda.setAbsence': r.setAbsenceInput,
  'agenda.openItem': r.agendaItemIdInput,
  'agenda.addNote': r.addNoteInput,
  'agenda.markDiscussed': r.markDiscussedInput,
  'actions.create': r.createActionInput,
  'actions.list': r.listActionsInput,
  'actions.review': r.reviewActionInput,
  'participants.requestReview': r.requestReviewInput,
  'demo.generate': p.generateDemoInput,
} as const satisfies Record<string, z.ZodType>;

export type ProcedureName = keyof typeof inputs;
export type Input<N extends ProcedureName> = z.input<(typeof inputs)[N]>;
export type ParsedInput<N extends ProcedureName> = z.output<(typeof inputs)[N]>;
export type Output<N extends ProcedureName> = Outputs[N];

export function isProcedureName(value: unknown): value is ProcedureName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(inputs, value);
}

export interface LoginUser {
  id: number;
  name: string;
  organisationName: string;
}

export interface SessionUser {
  id: number;
  name: string;
  role: Role;
  organisationId: number;
  organisationName: string;
  profession: string;
  language: Language;
  mustChangePassword: boolean;
}

export interface SessionInfo {
  user: SessionUser;
  locked: boolean;
}

export interface AppStatus {
  initialized: boolean;
  teamName: string | null;
  /** Names offered on the login screen (active users with a key). */
  loginUsers: LoginUser[];
  session: SessionInfo | null;
  /** The backend's today (YYYY-MM-DD): the renderer's clock follows it (main/api/dates.ts). */
  today: string;
  /** A demo team (fictional data): the shell marks it. Known once the database is open. */
  demoTeam: boolean;
}

export interface SetupDefaults {
  organisations: { code: string; name: string; professions: string[] }[];
}

export interface SetupResult {
  teamName: string;
  /** Shown once, never stored in clear. Grouped for reading: XXXX-XXXX-… */
  recoveryKey: string;
  createdAt: string;
  /** "Start with demo data": the demo staff's one password, shown once (null without demo data). */
  demoPassword: string | null;
}

export interface UserDto extends SessionUser {
  active: boolean;
  createdAt: string;
}

export interface OrganisationDto {
  id: number;
  code: string;
  name: string;
  active: boolean;
  activeUserCount: number;
  professions: string[];
}

export interface AuditEntryDto {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  /** The name of a user or organisation the entry is about (null for other entities). */
  entityName: string | null;
}

export interface Outputs {
  'app.status': AppStatus;
  'setup.defaults': SetupDefaults;
  'setup.initialize': SetupResult;
  'auth.login': SessionInfo;
  'auth.unlock': SessionInfo;
  'auth.lock': null;
  'auth.logout': null;
  'auth.changePassword': SessionInfo;
  'me.setLanguage': SessionInfo;
  'users.list': UserDto[];
  'users.create': UserDto;
  'users.update': UserDto;
  'users.resetPassword': UserDto;
  'users.deactivate': UserDto;
  'organisations.list': OrganisationDto[];
  'organisations.create': OrganisationDto;
  'organisations.update': OrganisationDto;
  'audit.list': AuditEntryDto[];
  'team.members': t.TeamMember[];
  'settings.participants': t.ParticipantSettings;
  'settings.updateParticipants': t.ParticipantSettings;
  'participants.list': t.ParticipantListResult;
  'participants.queue': t.QueueRow[];
  'participants.get': t.ParticipantDetail;
  'participants.revealPersonalNumber': { personalNumber: string | null };
  'participants.refer': t.ReferResult;
  'participants.update': t.ParticipantDetail;
  'participants.decideReferral': t.ParticipantDetail;
  'participants.enrol': t.ParticipantDetail;
  'participants.extend': t.ParticipantDetail;
  'participants.close': t.ParticipantDetail;
  'participants.referAgain': t.ParticipantDetail;
  'participants.closureDraft': t.ClosureDraft;
  'closureSummaries.get': t.ClosureSummaryDto;
  'closureSummaries.save': t.ClosureSummaryDto;
  'closureSummaries.print': j.JobDto;
  'jobs.get': j.JobDto;
  'jobs.cancel': j.JobDto;
  'jobs.save': { saved: boolean };
  'participants.duplicates': t.DuplicateReferralRow[];
  'participants.resolveDuplicate': null;
  /** Null when the caller still may not read the participant (their organisation is not covered). */
  'consents.add': t.ParticipantDetail | null;
  'consents.withdraw': t.ParticipantDetail | null;
  'consents.withdrawImpact': t.ConsentImpact;
  'contacts.update': t.ParticipantDetail;
  'contacts.remove': t.ParticipantDetail;
  'progress.update': t.ParticipantDetail;
  'progress.remove': t.ParticipantDetail;
  'participants.protectedCases': t.ProtectedCaseDto[];
  'participants.handOverProtected': t.ProtectedCaseDto;
  'consents.expiring': t.ExpiringConsentRow[];
  'contacts.add': t.ParticipantDetail;
  'progress.add': t.ParticipantDetail;
  'mappingTemplates.list': mt.MappingTemplateDto[];
  'mappingTemplates.save': mt.MappingTemplateDto;
  'mapping.get': mt.MappingDto;
  'mapping.saveField': mt.SaveFieldResult;
  'mapping.fieldHistory': mt.FieldHistoryEntry[];
  'mapping.saveConversation': mt.MappingDto;
  'plan.get': mt.PlanDto;
  'plan.saveGoal': mt.PlanDto;
  'plan.addSubgoal': mt.PlanDto;
  'plan.updateSubgoal': mt.PlanDto;
  'plan.addIntervention': mt.PlanDto;
  'plan.updateIntervention': mt.PlanDto;
  'plan.addSip': mt.PlanDto;
  'plan.history': mt.PlanHistoryEntry[];
  'interventionTypes.list': mt.InterventionTypeDto[];
  'interventionTypes.save': mt.InterventionTypeDto[];
  'codeLists.list': cl.CodeListsDto;
  'codeLists.save': cl.CodeListEntryDto[];
  'reviews.settings': rt.ReviewSettings;
  'reviews.updateSettings': rt.ReviewSettings;
  'meetingSeries.list': rt.MeetingSeriesDto[];
  'meetingSeries.save': rt.MeetingSeriesDto;
  'meetings.list': rt.MeetingSummaryDto[];
  'meetings.create': rt.MeetingDto;
  'meetings.update': rt.MeetingDto;
  'meetings.get': rt.MeetingDto;
  'meetings.suggest': rt.SuggestionPage;
  'meetings.start': rt.MeetingDto;
  'meetings.setAttendance': rt.MeetingDto;
  'meetings.finish': rt.MeetingDto;
  'meetings.cancel': rt.MeetingDto;
  'meetings.addAddendum': rt.MeetingDto;
  'meetings.minutes': rt.MinutesDto;
  'agenda.addItem': rt.MeetingDto;
  'agenda.removeItem': rt.MeetingDto;
  'agenda.moveItem': rt.MeetingDto;
  'agenda.setMinutes': rt.MeetingDto;
  'agenda.setAbsence': rt.MeetingDto;
  'agenda.openItem': rt.SummaryCardDto;
  'agenda.addNote': rt.MeetingDto;
  'agenda.markDiscussed': rt.MeetingDto;
  'actions.create': rt.ActionDto;
  'actions.list': rt.ActionDto[];
  'actions.review': rt.ActionDto;
  'participants.requestReview': null;
  'demo.generate': t.DemoSummary;
}

/** Compile-time check: every procedure has exactly one output type. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : never;
export const contractIsComplete: SameKeys<typeof inputs, Outputs> = true;
