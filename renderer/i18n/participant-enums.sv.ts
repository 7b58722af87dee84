/**
 * Labels of the fixed participant value sets (stable codes in the database, labels here). The
 * admin-editable lists (gender, closure reasons, contact kinds …) bring their own labels:
 * see useCodeLabel in renderer/api/code-lists.ts.
 */
export const svParticipantEnums = {
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
} as const;
