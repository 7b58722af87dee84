import type {
  NamedRef,
  ParticipantAccess,
  ParticipantStatus,
  ProgressCategory,
  ContactKind,
  ParticipantEventKind,
} from './participant-types';
import type { InterventionStatus, SubgoalStatus } from './plan-mapping-types';
import type {
  actionOutcomes,
  actionStatuses,
  agendaItemStatuses,
  meetingNoteKinds,
  meetingReasons,
  meetingStatuses,
} from './schema-enums';

export type MeetingStatus = (typeof meetingStatuses)[number];
export type AgendaItemStatus = (typeof agendaItemStatuses)[number];
export type MeetingNoteKind = (typeof meetingNoteKinds)[number];
export type ActionStatus = (typeof actionStatuses)[number];
export type ActionOutcome = (typeof actionOutcomes)[number];
export type MeetingReason = (typeof meetingReasons)[number];

export interface ReviewSettings {
  plannedEndWeeks: number;
  notDiscussedWeeks: number;
  mappingWeeks: number;
  defaultItemMinutes: number;
  /** From the participant settings: no activity for this many weeks. */
  inactivityWeeks: number;
}

export interface MeetingSeriesDto {
  id: number;
  name: string;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  place: string;
  active: boolean;
}

export interface MeetingSummaryDto {
  id: number;
  seriesId: number | null;
  date: string;
  startTime: string;
  durationMinutes: number;
  place: string;
  status: MeetingStatus;
  itemCount: number;
}

export interface AttendeeDto {
  userId: number;
  name: string;
  organisation: NamedRef;
  present: boolean;
  arrivedLateAt: string | null;
}

/** How a participant appears on an agenda: a pseudonym when protected or not readable. */
export interface AgendaParticipant {
  id: number;
  code: string;
  /** Null when the caller may not see the name. */
  name: string | null;
  /** Initials for the printed agenda and presentation mode ("A. Y."). Null like name. */
  initials: string | null;
  protectedIdentity: boolean;
  status: ParticipantStatus;
}

export interface AgendaItemDto {
  id: number;
  kind: 'participant' | 'general';
  /**
   * `exists`: the caller may not read this participant, so the item carries only its
   * pseudonym, status and time box (no reasons, notes, decisions or consent details).
   */
  access: ParticipantAccess;
  participant: AgendaParticipant | null;
  title: string | null;
  position: number;
  minutes: number;
  reasons: MeetingReason[];
  carriedOver: boolean;
  status: AgendaItemStatus;
  elapsedSeconds: number;
  /** Organisations of planned attendees the participant's consent does not cover today. */
  uncoveredOrganisations: NamedRef[];
  /** Attendees who leave the room for this item. */
  absentUserIds: number[];
  notes: MeetingNoteDto[];
  /** Teammates' requests this item takes up (open ones, or those it settled), oldest first. */
  requests: ReviewRequestDto[];
}

export interface MeetingNoteDto {
  id: number;
  kind: MeetingNoteKind;
  text: string;
  authorName: string;
  createdAt: string;
}

export interface MeetingDto extends MeetingSummaryDto {
  attendees: AttendeeDto[];
  items: AgendaItemDto[];
  totalMinutes: number;
  /** The agenda needs more time than the meeting has (a warning, never a block). */
  overLength: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the meeting was cancelled (status `cancelled`). */
  cancelReason: string | null;
  addenda: { id: number; text: string; authorName: string; createdAt: string }[];
}

export interface SuggestionReason {
  code: MeetingReason;
  /** A number that explains the reason: days waiting, weeks inactive, days left, count… */
  value: number | null;
}

/**
 * Why a case is suggested, strongest first: a teammate's explicit request, then reasons that
 * cannot wait (time-critical), then routine ones (only for cases not discussed for weeks).
 */
export type SuggestionTier = 'requested' | 'time_critical' | 'routine';

/** An open "Ta upp på nästa genomgång" request: who asked, when, and why. */
export interface ReviewRequestDto {
  note: string;
  requestedBy: string;
  requestedAt: string;
}

export interface SuggestionDto {
  /** 1 for the strongest case among every candidate; explained by `tier` and `reasons`. */
  rank: number;
  participant: AgendaParticipant;
  tier: SuggestionTier;
  /** The reason that decides the case's group (the first of `reasons`). */
  strongest: MeetingReason;
  /** Strongest first. */
  reasons: SuggestionReason[];
  score: number;
  /** Open requests for this case, oldest first. */
  requests: ReviewRequestDto[];
}

export type SuggestionGroup = 'shortlist' | MeetingReason;

export interface SuggestionPage {
  group: SuggestionGroup;
  items: SuggestionDto[];
  /** Minutes of the meeting not yet taken by its agenda. */
  freeMinutes: number;
  /** The time box each suggested case is given (the team's default). */
  itemMinutes: number;
  /** Cases outside the shortlist by their strongest reason (each case once), in rank order. */
  groups: { reason: MeetingReason; total: number }[];
  /** Every suggested case not already on the agenda. */
  total: number;
  /** Give it back for the next page of the same group; null on the last page. */
  nextCursor: string | null;
}

export interface ActionDto {
  id: number;
  participant: AgendaParticipant | null;
  meetingId: number | null;
  what: string;
  responsible: NamedRef;
  organisation: NamedRef;
  dueOn: string;
  status: ActionStatus;
  overdue: boolean;
  closedOn: string | null;
  outcomeNote: string | null;
  reviews: {
    outcome: ActionOutcome;
    newDueOn: string | null;
    note: string | null;
    at: string;
    byName: string;
    /** The meeting where it was reviewed (null when reviewed from the case page). */
    meetingId: number | null;
  }[];
}

/** Everything the meeting screen shows for one case (opening it is audited). */
export interface SummaryCardDto {
  item: AgendaItemDto;
  participant: AgendaParticipant & {
    personalNumberMasked: string | null;
    referringOrganisation: NamedRef;
    responsibleName: string | null;
    enrolledOn: string | null;
    plannedEndOn: string | null;
    daysInProgramme: number | null;
    lastActivityOn: string | null;
  };
  interventions: {
    id: number;
    typeCode: string;
    typeLabel: string;
    providerName: string;
    startOn: string;
    endOn: string | null;
    status: InterventionStatus;
  }[];
  subgoals: { id: number; text: string; targetOn: string; status: SubgoalStatus }[];
  goalText: string | null;
  latestProgress: { onDate: string; category: ProgressCategory; text: string }[];
  latestContacts: { onDate: string; kind: ContactKind; text: string }[];
  /** Events with a written reason (extension, declined, withdrawn), newest first. */
  latestEvents: { onDate: string; kind: ParticipantEventKind; reason: string }[];
  /** What the team decided about the case at earlier meetings, newest first. */
  earlierDecisions: { meetingDate: string; text: string }[];
  mapping: {
    completeness: number | null;
    highlights: {
      fieldKey: string;
      label: { sv: string; en: string };
      value: string;
      sensitive: boolean;
      /** A written answer (long text): free text, hidden in presentation mode until revealed. */
      freeText: boolean;
    }[];
    sensitiveSections: { key: string; label: { sv: string; en: string }; filled: number }[];
  };
  openActions: ActionDto[];
  /** Organisations a consent valid today covers (a new action for another one is warned about). */
  coveredOrganisationIds: number[];
}

export interface MinutesDto {
  meeting: MeetingDto;
  teamName: string | null;
  cases: {
    item: AgendaItemDto;
    decisions: MeetingNoteDto[];
    notes: MeetingNoteDto[];
    actions: ActionDto[];
    /** Earlier actions of the case followed up at this meeting (their reviews say the outcome). */
    reviewedActions: ActionDto[];
  }[];
  /** Team actions (no case) followed up at this meeting. */
  teamActionsReviewed: ActionDto[];
  /** Every open action the reader may see, overdue first, by organisation and responsible. */
  openActions: ActionDto[];
  generalItems: AgendaItemDto[];
  present: AttendeeDto[];
  absent: AttendeeDto[];
  late: AttendeeDto[];
}
