import type { svParticipantEnums } from './participant-enums.sv';

/** Labels of the participant value sets (English). */
export const enParticipantEnums: Record<keyof typeof svParticipantEnums, string> = {
  'participantStatus.referred': 'Referred',
  'participantStatus.enrolled': 'Enrolled',
  'participantStatus.closed': 'Closed',
  'participantStatus.declined': 'Declined',
  'participantStatus.withdrawn': 'Withdrawn',

  'gender.woman': 'Woman',
  'gender.man': 'Man',
  'gender.other': 'Other / prefer not to say',

  'eventKind.referred': 'Referred',
  'eventKind.declined': 'Referral declined',
  'eventKind.withdrawn': 'Referral withdrawn',
  'eventKind.enrolled': 'Enrolled',
  'eventKind.extended': 'Extension',
  'eventKind.closed': 'Closed',

  'contactKind.meeting': 'Meeting',
  'contactKind.phone': 'Phone',
  'contactKind.home_visit': 'Home visit',
  'contactKind.network_meeting': 'Network meeting',
  'contactKind.sip_meeting': 'SIP meeting',
  'contactKind.other': 'Other',

  'progressCategory.health': 'Health',
  'progressCategory.language': 'Language',
  'progressCategory.work': 'Work',
  'progressCategory.social': 'Social',
  'progressCategory.care_contact': 'Contact with care',
  'progressCategory.economy': 'Economy',

  'closureReason.work': 'Work',
  'closureReason.work_with_support': 'Work with support (wage subsidy, new start job etc.)',
  'closureReason.labour_market_employment': 'Labour market employment',
  'closureReason.studies': 'Studies',
  'closureReason.labour_market_training': 'Labour market training',
  'closureReason.other_af_intervention': 'Other intervention at the Public Employment Service',
  'closureReason.other_municipal_intervention': 'Other intervention at the municipality',
  'closureReason.coordinated_rehabilitation': 'Coordinated rehabilitation (FK)',
  'closureReason.sick_leave': 'Sick leave / sickness compensation',
  'closureReason.parental_benefit': 'Parental benefit',
  'closureReason.unemployment_fund': 'Unemployment insurance',
  'closureReason.moved_domestic': 'Moved within Sweden',
  'closureReason.moved_abroad': 'Moved abroad',
  'closureReason.other_target_group': 'Moved to another target group',
  'closureReason.declined_continuation': 'Declined to continue',
  'closureReason.treatment': 'Treatment',
  'closureReason.other': 'Other',
  'closureReason.registration_error': 'Registration error (not counted in statistics)',

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
