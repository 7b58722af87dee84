/** Closed value sets shared by the contract and the database schema. */
export const roles = ['admin', 'coordinator', 'caseworker', 'readonly'] as const;
export const languages = ['sv', 'en'] as const;
/** What a printed document can be written as. */
export const documentFormats = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Gender for statistics: kvinna, man, annat / vill ej ange (reported separately). */
export const genders = ['woman', 'man', 'other'] as const;

/**
 * A participant's status, always derived from dated events (never typed by hand):
 * anvisad, inskriven, avslutad — and the two ways a referral ends without starting.
 */
export const participantStatuses = ['referred', 'enrolled', 'closed', 'declined', 'withdrawn'] as const;

/** The dated events a status is derived from (statistics read them too). */
export const participantEventKinds = [
  'referred',
  'declined',
  'withdrawn',
  'enrolled',
  'extended',
  'closed',
] as const;

export const contactKinds = [
  'meeting',
  'phone',
  'home_visit',
  'network_meeting',
  'sip_meeting',
  'other',
] as const;

/** Categories of stegförflyttningar. */
export const progressCategories = [
  'health',
  'language',
  'work',
  'social',
  'care_contact',
  'economy',
] as const;

/**
 * Closure reasons as stable codes (labels live in the catalogs, so renaming a label never
 * changes history). `registration_error` is excluded from statistics.
 */
export const closureReasons = [
  'work',
  'work_with_support',
  'labour_market_employment',
  'studies',
  'labour_market_training',
  'other_af_intervention',
  'other_municipal_intervention',
  'coordinated_rehabilitation',
  'sick_leave',
  'parental_benefit',
  'unemployment_fund',
  'moved_domestic',
  'moved_abroad',
  'other_target_group',
  'declined_continuation',
  'treatment',
  'other',
  'registration_error',
] as const;

/**
 * Income sources before and after a period, as stable codes (labels in the catalogs):
 * ekonomiskt bistånd, etableringsersättning, aktivitetsstöd / utvecklingsersättning,
 * sjukpenning, sjukersättning / aktivitetsersättning, a-kassa, lön, subventionerad anställning,
 * studiemedel, ingen ersättning, annan / okänd.
 */
export const incomeSources = [
  'social_assistance',
  'establishment_benefit',
  'activity_support',
  'sickness_benefit',
  'sickness_compensation',
  'unemployment_fund',
  'salary',
  'subsidised_employment',
  'student_finance',
  'none',
  'other_unknown',
] as const;

/** The fixed answers of the follow-up three months after closure. */
export const followUpAnswers = [
  'in_planned_intervention',
  'in_other_intervention',
  'queued_for_intervention',
  'in_work',
  'studying',
  'ended_without_intervention',
  'unknown_unreachable',
] as const;

/** The overall goal of the one shared plan. */
export const planGoals = ['work', 'studies', 'step'] as const;
export const subgoalStatuses = ['open', 'achieved', 'changed', 'dropped'] as const;
export const interventionStatuses = ['planned', 'ongoing', 'paused', 'finished', 'cancelled'] as const;

export const meetingStatuses = ['planned', 'in_progress', 'finished', 'cancelled'] as const;
export const agendaItemKinds = ['participant', 'general'] as const;
export const agendaItemStatuses = ['pending', 'discussed', 'not_reached'] as const;
export const meetingNoteKinds = ['note', 'decision'] as const;
export const actionStatuses = ['open', 'done', 'not_relevant', 'not_carried_out'] as const;
/** The outcome of reviewing an open action at the next meeting: nothing silently disappears. */
export const actionOutcomes = ['done', 'still_open', 'not_relevant', 'not_carried_out'] as const;

/** Why a case is suggested for the agenda (docs/domain.md, "Meeting reasons"), as stable codes. */
export const meetingReasons = [
  'new_referral',
  'started_without_mapping',
  'inactive',
  'planned_end_near',
  'extension_to_decide',
  'ready_for_closure',
  'follow_up_due',
  'overdue_actions',
  'consent_expiring',
  'not_discussed',
  'requested',
] as const;

/**
 * Who takes part in a SIP meeting: staff of an organisation (covered by the consent), or the
 * participant, a relative, an interpreter, someone else (no organisation of the team).
 */
export const sipAttendeeRoles = ['staff', 'participant', 'relative', 'interpreter', 'other'] as const;
export type SipAttendeeRole = (typeof sipAttendeeRoles)[number];

/** The two closure summaries: for the participant (easy Swedish) and for the referrer. */
export const closureSummaryVariants = ['participant', 'referrer'] as const;
export type ClosureSummaryVariant = (typeof closureSummaryVariants)[number];
