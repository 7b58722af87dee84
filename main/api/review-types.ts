import type {
  NamedRef,
  ParticipantAccess,
  ParticipantStatus,
  ProgressCategory,
  ContactKind,
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
  addenda: { id: number; text: string; authorName: string; createdAt: string }[];
}

export interface SuggestionReason {
  code: MeetingReason;
  /** A number that explains the reason: days waiting, weeks inactive, days left, count… */
  value: number | null;
}

export interface SuggestionDto {
  /** 1 for the strongest case; explained by `reasons`. */
  rank: number;
  participant: AgendaParticipant;
  reasons: SuggestionReason[];
  score: number;
  /** Already on this meeting's agenda. */
  onAgenda: boolean;
}

export interface SuggestionPage {
  items: SuggestionDto[];
  /** Every candidate with at least one reason. */
  total: number;
  /** The offset of the next page, or null on the last one. */
  nextOffset: number | null;
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
  }[];
}

/** Everything the meeting screen shows for one case (opening it is audited). */
export interface SummaryCardDto {
  item: AgendaItemDto;
  participant: AgendaParticipant & {
    firstName: string | null;
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
  mapping: {
    completeness: number | null;
    highlights: { fieldKey: string; label: { sv: string; en: string }; value: string; sensitive: boolean }[];
    sensitiveSections: { key: string; label: { sv: string; en: string }; filled: number }[];
  };
  openActions: ActionDto[];
}

export interface MinutesDto {
  meeting: MeetingDto;
  teamName: string | null;
  cases: {
    item: AgendaItemDto;
    decisions: MeetingNoteDto[];
    notes: MeetingNoteDto[];
    actions: ActionDto[];
  }[];
  generalItems: AgendaItemDto[];
  present: AttendeeDto[];
  absent: AttendeeDto[];
  late: AttendeeDto[];
}
