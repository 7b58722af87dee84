import type { DocumentModel } from './documents/model';
import type { Language } from './i18n';
import type { ClosureSummaryVariant, participantEventKinds, participantStatuses } from './schema-enums';

/** Codes of the admin's lists (main/api/code-lists.ts); the defaults are in schema-enums. */
export type Gender = string;
export type ParticipantStatus = (typeof participantStatuses)[number];
export type ParticipantEventKind = (typeof participantEventKinds)[number];
export type ContactKind = string;
export type ProgressCategory = string;
export type ClosureReason = string;
export type IncomeSource = string;
export type FollowUpAnswer = string;

/**
 * What the caller may see of a participant:
 * - `full`: a valid consent covers the caller's organisation;
 * - `exists`: no such consent, but the caller's organisation referred the case (or the caller
 *   registered it): only that the case exists, its pseudonym and status.
 */
export type ParticipantAccess = 'full' | 'exists';

/** valid; expiring within 30 days; none (no valid consent at all). */
export type ConsentStatus = 'valid' | 'expiring' | 'none';

/** Pseudonym shown instead of a protected or unreadable name: "K-0427". */
export function participantCode(id: number): string {
  return `K-${String(id).padStart(4, '0')}`;
}

/** "K-0427" or "k0427" → 427; anything else → null. */
export function idFromParticipantCode(text: string): number | null {
  const match = /^k-?(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface ParticipantListRow {
  id: number;
  code: string;
  /** Null when the caller may not see the name (protected identity or no consent). */
  name: string | null;
  access: ParticipantAccess;
  protectedIdentity: boolean;
  status: ParticipantStatus;
  responsibleName: string | null;
  referringOrganisationName: string;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  lastActivityOn: string | null;
  /** No contact or progress for the configured number of weeks while enrolled. */
  inactive: boolean;
  consentStatus: ConsentStatus;
  /** Share of the mapping's fields filled in, 0–100; null when no mapping is started. */
  mappingCompleteness: number | null;
  /** Actions from case reviews that are still open. */
  openActions: number;
}

export interface ParticipantListResult {
  total: number;
  /**
   * A search with more matches than it counts (SEARCH_COUNT_CAP, 500): `total` is the cap and
   * the list holds the first `total` matches in the chosen order. Never set without a search.
   */
  totalCapped: boolean;
  rows: ParticipantListRow[];
  inactivityWeeks: number;
}

export interface QueueRow {
  id: number;
  code: string;
  name: string | null;
  access: ParticipantAccess;
  referredOn: string;
  daysWaiting: number;
  referringOrganisationName: string;
  /** Only with full access. */
  caseworkerName: string | null;
  interpreterNeeded: boolean;
  consentStatus: ConsentStatus;
}

export interface ParticipantEventDto {
  id: number;
  periodId: number;
  kind: ParticipantEventKind;
  onDate: string;
  plannedEndOn: string | null;
  reason: string | null;
  closureReason: ClosureReason | null;
  intakeCriteria: string[];
  createdByName: string | null;
  createdAt: string;
}

export interface ReferralDto {
  id: number;
  periodId: number;
  receivedOn: string;
  organisation: NamedRef;
  caseworkerName: string;
  caseworkerPhone: string | null;
  caseworkerEmail: string | null;
  reason: string;
  certificates: string[];
}

export type ConsentState = 'valid' | 'expiring' | 'expired' | 'withdrawn' | 'not_yet_valid';

export interface ConsentDto {
  id: number;
  signedOn: string;
  validUntil: string;
  withdrawnOn: string | null;
  coversSus: boolean;
  organisations: NamedRef[];
  state: ConsentState;
}

export interface ContactDto {
  id: number;
  onDate: string;
  kind: ContactKind;
  text: string;
  authorUserId: number;
  authorName: string;
  authorOrganisationName: string;
  /** When the author last corrected it (earlier versions in `activityHistory`). */
  editedAt: string | null;
}

export interface ProgressDto {
  id: number;
  onDate: string;
  category: ProgressCategory;
  text: string;
  authorUserId: number;
  authorName: string;
  authorOrganisationName: string;
  /** When the author last corrected it (earlier versions in `activityHistory`). */
  editedAt: string | null;
}

/** An earlier version of a contact or progress step, kept when its author corrected or removed it. */
export interface ActivityHistoryDto {
  id: number;
  entity: 'contact' | 'progress';
  entityId: number;
  change: 'edit' | 'remove';
  onDate: string;
  code: string;
  text: string;
  changedByName: string;
  changedAt: string;
}

/** One programme period of a person, with the dated facts statistics count. */
export interface PeriodDto {
  id: number;
  /** 1 for the person's first period. */
  seq: number;
  /** The period the page's status and actions are about. */
  current: boolean;
  status: ParticipantStatus;
  referringOrganisation: NamedRef;
  referredOn: string;
  decidedOn: string | null;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  incomeSourceAtStart: IncomeSource | null;
  incomeSourceAtStartOn: string | null;
  incomeSourceAtExit: IncomeSource | null;
  occupationAtExit: string | null;
  nextStepArranged: boolean | null;
  nextStepStartOn: string | null;
  nextStepWhat: string | null;
  nextStepOrganisation: NamedRef | null;
  nextStepContact: string | null;
  nextStepNotArrangedReason: string | null;
  handoverTo: string | null;
  recommendations: string | null;
  followUpAnswer: FollowUpAnswer | null;
  followUpOn: string | null;
}

/** What the closure form starts from: what would end with the period. */
/** One variant of a closure summary: the document to show and print, and where it came from. */
export interface ClosureSummaryVariantDto {
  /** The newest saved version (sections as saved, header rebuilt), or the generated one. */
  document: DocumentModel;
  /** As generated from the stored facts now: what "start again from the data" gives. */
  generated: DocumentModel;
  /** The saved version shown, or null when nothing is saved in this language yet. */
  version: number | null;
  savedAt: string | null;
  savedBy: string | null;
}

/** Both closure summaries of a closed period (slutdokumentation). */
export interface ClosureSummaryDto {
  participantId: number;
  periodId: number;
  closedOn: string;
  language: Language;
  referringOrganisation: string;
  /** A consent valid on the closure date covered the referring organisation. */
  referrerCovered: boolean;
  participant: ClosureSummaryVariantDto;
  /** Null when the referring organisation was not covered on the closure date. */
  referrer: ClosureSummaryVariantDto | null;
  /** Every saved version, newest first per variant. */
  versions: {
    variant: ClosureSummaryVariant;
    version: number;
    language: Language;
    savedAt: string;
    savedBy: string | null;
  }[];
}

export interface ClosureDraft {
  openInterventions: { id: number; typeCode: string; status: string }[];
  openActions: { id: number; what: string; dueOn: string }[];
}

/** The identity block: null for everyone but the responsible caseworker when protected. */
export interface ParticipantIdentityDto {
  firstName: string;
  lastName: string;
  /** Masked (YYYYMMDD-****); the full number needs participants.revealPersonalNumber. */
  personalNumberMasked: string | null;
  phone: string | null;
}

export interface ParticipantDetail {
  id: number;
  code: string;
  protectedIdentity: boolean;
  /**
   * Read-only: the period is closed and the caller's organisation reads it only because the
   * consent covered it on the closure date (closure documents and the follow-up).
   */
  readOnly: boolean;
  identity: ParticipantIdentityDto | null;
  gender: Gender;
  birthYear: number | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  responsibleUser: NamedRef | null;
  referringOrganisation: NamedRef;
  status: ParticipantStatus;
  referredOn: string;
  enrolledOn: string | null;
  plannedEndOn: string | null;
  closedOn: string | null;
  lastActivityOn: string | null;
  inactive: boolean;
  inactivityWeeks: number;
  consentStatus: ConsentStatus;
  /** Newest first; earlier periods are history, read-only. */
  periods: PeriodDto[];
  /** Every period's events, oldest first (by date, then as recorded). */
  events: ParticipantEventDto[];
  referrals: ReferralDto[];
  consents: ConsentDto[];
  contacts: ContactDto[];
  progress: ProgressDto[];
  /** Earlier versions of corrected or removed entries, newest first. */
  activityHistory: ActivityHistoryDto[];
}

export interface ExpiringConsentRow {
  consentId: number;
  participantId: number;
  code: string;
  name: string | null;
  validUntil: string;
  daysLeft: number;
}

export interface TeamMember {
  id: number;
  name: string;
  organisationId: number;
  organisationName: string;
}

export interface ParticipantSettings {
  programmeMonths: number;
  inactivityWeeks: number;
  intakeCriteria: string[];
  consentExpiryDays: number;
  /** Days after the 3-month follow-up during which a closed period stays readable. */
  closedAccessMarginDays: number;
}

/** A referral of a person already in the team, waiting for the responsible's decision. */
export interface DuplicateReferralRow {
  /** The new referral's pseudonym (what the referring caller saw). */
  participantId: number;
  code: string;
  /** The person it is a new referral of. */
  existingParticipantId: number;
  existingCode: string;
  referredOn: string;
  organisationName: string;
  registeredByName: string | null;
}

export interface ReferResult {
  participantId: number;
  code: string;
}

export interface DemoSummary {
  participants: number;
  contacts: number;
  progressSteps: number;
  consents: number;
  staffCreated: number;
  statuses: Record<ParticipantStatus, number>;
  /** The team's work (0 when only people were generated). */
  mappings: number;
  plans: number;
  meetings: number;
  actions: number;
  overdueActions: number;
  reviewRequests: number;
  /**
   * The one password every demo staff member logs in with; shown once, never stored in clear.
   * Null when no demo staff member was created (or none was given a login).
   */
  demoPassword: string | null;
}

/** What withdrawing a consent would take away, asked before it is done. */
export interface ConsentImpact {
  /** Organisations that may read the case now and would not after. */
  organisations: NamedRef[];
  /** Their active staff. */
  people: { id: number; name: string; organisationName: string }[];
  /** The caller's own organisation is among them. */
  includesYou: boolean;
}

/** A protected-identity case as the admin sees it: pseudonym and responsible only. */
export interface ProtectedCaseDto {
  id: number;
  code: string;
  status: ParticipantStatus;
  responsible: { id: number; name: string; active: boolean } | null;
}
