import { createCatalogue, type Language, type TranslateParams } from './i18n';

/**
 * Labels of the fixed value sets (stable codes in the database, labels here): participant and
 * period statuses, event kinds, consent states, plan goals and the statuses of sub-goals and
 * interventions. Shared by the screen (the renderer's catalogue includes these keys), documents,
 * exports and the CLI, so they all say the same. The admin-editable lists (gender, closure
 * reasons, contact kinds …) bring their own labels from the database (main/api/code-lists.ts).
 */
export const svEnumLabels = {
  'participantStatus.referred': 'Anvisad',
  'participantStatus.enrolled': 'Inskriven',
  'participantStatus.closed': 'Avslutad',
  'participantStatus.declined': 'Avböjd',
  'participantStatus.withdrawn': 'Återtagen',

  'eventKind.referred': 'Anvisad',
  'eventKind.declined': 'Anvisningen avböjd',
  'eventKind.withdrawn': 'Anvisningen återtagen',
  'eventKind.enrolled': 'Inskriven',
  'eventKind.extended': 'Förlängning',
  'eventKind.closed': 'Avslutad',

  'consentStatus.valid': 'Giltigt',
  'consentStatus.expiring': 'Löper snart ut',
  'consentStatus.none': 'Saknas',

  'consentState.valid': 'Giltigt',
  'consentState.expiring': 'Löper snart ut',
  'consentState.expired': 'Har gått ut',
  'consentState.withdrawn': 'Återkallat',
  'consentState.not_yet_valid': 'Inte giltigt än',

  /** Shown instead of a name the caller may not see. */
  'participant.pseudonym': 'Deltagare {code}',

  // Who takes part in a SIP meeting.
  'sipRole.staff': 'Personal i teamet',
  'sipRole.participant': 'Deltagaren',
  'sipRole.relative': 'Anhörig',
  'sipRole.interpreter': 'Tolk',
  'sipRole.other': 'Annan',

  // The plan.
  'plan.goalKind.work': 'Arbete',
  'plan.goalKind.studies': 'Studier',
  'plan.goalKind.step': 'Ett steg närmare arbete eller studier',
  'plan.subgoalStatus.open': 'Öppet',
  'plan.subgoalStatus.achieved': 'Uppnått',
  'plan.subgoalStatus.changed': 'Ändrat',
  'plan.subgoalStatus.dropped': 'Struket',
  'plan.interventionStatus.planned': 'Planerad',
  'plan.interventionStatus.ongoing': 'Pågående',
  'plan.interventionStatus.paused': 'Pausad',
  'plan.interventionStatus.finished': 'Avslutad',
  'plan.interventionStatus.cancelled': 'Avbruten',
} as const;

export type EnumLabelKey = keyof typeof svEnumLabels;

export const enEnumLabels: Record<EnumLabelKey, string> = {
  'participantStatus.referred': 'Referred',
  'participantStatus.enrolled': 'Enrolled',
  'participantStatus.closed': 'Closed',
  'participantStatus.declined': 'Declined',
  'participantStatus.withdrawn': 'Withdrawn',

  'eventKind.referred': 'Referred',
  'eventKind.declined': 'Referral declined',
  'eventKind.withdrawn': 'Referral withdrawn',
  'eventKind.enrolled': 'Enrolled',
  'eventKind.extended': 'Extension',
  'eventKind.closed': 'Closed',

  'consentStatus.valid': 'Valid',
  'consentStatus.expiring': 'Expires soon',
  'consentStatus.none': 'Missing',

  'consentState.valid': 'Valid',
  'consentState.expiring': 'Expires soon',
  'consentState.expired': 'Expired',
  'consentState.withdrawn': 'Withdrawn',
  'consentState.not_yet_valid': 'Not yet valid',

  'participant.pseudonym': 'Participant {code}',

  // Who takes part in a SIP meeting.
  'sipRole.staff': 'Team staff',
  'sipRole.participant': 'The participant',
  'sipRole.relative': 'Relative',
  'sipRole.interpreter': 'Interpreter',
  'sipRole.other': 'Other',

  // The plan.
  'plan.goalKind.work': 'Work',
  'plan.goalKind.studies': 'Studies',
  'plan.goalKind.step': 'A step closer to work or studies',
  'plan.subgoalStatus.open': 'Open',
  'plan.subgoalStatus.achieved': 'Achieved',
  'plan.subgoalStatus.changed': 'Changed',
  'plan.subgoalStatus.dropped': 'Dropped',
  'plan.interventionStatus.planned': 'Planned',
  'plan.interventionStatus.ongoing': 'Ongoing',
  'plan.interventionStatus.paused': 'Paused',
  'plan.interventionStatus.finished': 'Finished',
  'plan.interventionStatus.cancelled': 'Cancelled',
};

/** The fixed value sets' labels: one catalogue of the one translation system. */
export const enumLabels = createCatalogue<EnumLabelKey>({ sv: svEnumLabels, en: enEnumLabels });

export function enumLabel(lang: Language, key: EnumLabelKey, params?: TranslateParams): string {
  return enumLabels.translate(lang, key, params);
}
