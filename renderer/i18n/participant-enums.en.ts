import type { svParticipantEnums } from './participant-enums.sv';

/** Labels of the participant value sets (English). */
export const enParticipantEnums: Record<keyof typeof svParticipantEnums, string> = {
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
};
