/**
 * Seed data from docs/domain.md: the default organisations and the professions typical for each.
 * These are data, not UI text: they are written into the database at setup, where the admin
 * can edit them. Agency names are proper names and are not translated.
 */
export interface DefaultOrganisation {
  code: string;
  name: string;
  professions: readonly string[];
}

export const defaultOrganisations: readonly DefaultOrganisation[] = [
  {
    code: 'AF',
    name: 'Arbetsförmedlingen',
    professions: [
      'Arbetsförmedlare',
      'Psykolog',
      'Socialkonsulent',
      'Arbetsterapeut',
      'Fysioterapeut/sjukgymnast',
      'SIUS-konsulent',
    ],
  },
  { code: 'FK', name: 'Försäkringskassan', professions: ['Handläggare', 'Försäkringsutredare'] },
  {
    code: 'KOM-AM',
    name: 'Kommunen – arbetsmarknad',
    professions: ['Arbetsmarknadssekreterare', 'Aktivitetsledare', 'Jobbcoach'],
  },
  {
    code: 'KOM-SOC',
    name: 'Kommunen – socialtjänst / ekonomiskt bistånd',
    professions: ['Socialsekreterare'],
  },
  {
    code: 'REG',
    name: 'Regionen – hälso- och sjukvård',
    professions: ['Rehabkoordinator', 'Sjuksköterska', 'Läkare', 'Psykolog'],
  },
  {
    code: 'SFI',
    name: 'SFI / vuxenutbildning',
    professions: ['SFI-lärare', 'Studie- och yrkesvägledare'],
  },
  { code: 'OVR', name: 'Övriga (civilsamhälle, Samhall m.fl.)', professions: ['Mentor', 'Annan'] },
];

/** Participant settings until the admin changes them (docs/domain.md, "The participant's path"). */
export const defaultParticipantSettings = {
  programmeMonths: 6,
  inactivityWeeks: 3,
  /** After closure, covered organisations read the period until the follow-up plus this. */
  closedAccessMarginDays: 30,
  intakeCriteria: [
    'Svenska på minst nivå A1 (GERS/CEFR)',
    'Inget pågående missbruk',
    'Inte i behov av utredning om rätt till sjukpenning',
  ],
};

/** Consents that end within this many days are listed as expiring. */
export const CONSENT_EXPIRY_WARNING_DAYS = 30;
