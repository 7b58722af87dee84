import type { Language } from './i18n';

/**
 * The admin-editable code lists: stable codes (what the database and statistics store), a
 * Swedish and an English label, an order and an active flag. A code in use is never removed,
 * only deactivated, so history keeps its meaning; a label can change without touching history.
 * Intervention types are a list of their own (`intervention_types`, referenced by plans).
 * No schema library here (the list screens load this first); the input schemas are in
 * ./code-list-schemas.ts.
 */
export const codeListNames = [
  'closure_reasons',
  'income_sources',
  'follow_up_answers',
  'contact_kinds',
  'progress_areas',
  'genders',
] as const;
export type CodeListName = (typeof codeListNames)[number];

/**
 * What statistics count a closure as: "share to work or studies" is work + studies, "to work,
 * studies or another intervention" adds other_intervention; not_counted (a registration
 * error) is left out of every closure figure.
 */
export const outcomeCategories = [
  'work',
  'studies',
  'other_intervention',
  'no_outcome',
  'not_counted',
] as const;
export type OutcomeCategory = (typeof outcomeCategories)[number];

export interface CodeListEntryDto {
  code: string;
  labelSv: string;
  labelEn: string;
  active: boolean;
  /** Closure reasons only. */
  outcome: OutcomeCategory | null;
}

export type CodeListsDto = Record<CodeListName, CodeListEntryDto[]>;

/** The label of a code in a language; an unknown code shows as itself (never blank). */
export function codeLabel(
  lists: Partial<CodeListsDto>,
  list: CodeListName,
  code: string | null | undefined,
  language: Language,
): string {
  if (code === null || code === undefined) return '';
  const entry = lists[list]?.find((candidate) => candidate.code === code);
  if (!entry) return code;
  return language === 'en' ? entry.labelEn : entry.labelSv;
}

/** The entries a form offers: active ones in the admin's order, plus `current` if inactive. */
export function codeOptions(
  lists: Partial<CodeListsDto>,
  list: CodeListName,
  current?: string | null,
): CodeListEntryDto[] {
  return (lists[list] ?? []).filter((entry) => entry.active || entry.code === current);
}

type Seed = readonly [code: string, sv: string, en: string, outcome?: OutcomeCategory];

/** The defaults a new team starts with (migration 0012 writes the same rows). */
export const defaultCodeLists: Record<CodeListName, readonly Seed[]> = {
  closure_reasons: [
    ['work', 'Arbete', 'Work', 'work'],
    [
      'work_with_support',
      'Arbete med stöd (lönebidrag, nystartsjobb m.m.)',
      'Work with support (wage subsidy, new start job etc.)',
      'work',
    ],
    [
      'labour_market_employment',
      'Arbetsmarknadsanställning (AM-anställning, extratjänst)',
      'Labour market employment',
      'work',
    ],
    ['studies', 'Studier', 'Studies', 'studies'],
    ['labour_market_training', 'Arbetsmarknadsutbildning', 'Labour market training', 'other_intervention'],
    [
      'other_af_intervention',
      'Annan insats hos Arbetsförmedlingen',
      'Other intervention at the Public Employment Service',
      'other_intervention',
    ],
    [
      'other_municipal_intervention',
      'Annan insats hos kommunen',
      'Other intervention at the municipality',
      'other_intervention',
    ],
    [
      'coordinated_rehabilitation',
      'Samordnad rehabilitering (FK)',
      'Coordinated rehabilitation (FK)',
      'other_intervention',
    ],
    ['sick_leave', 'Sjukskrivning / sjukersättning', 'Sick leave / sickness compensation', 'no_outcome'],
    ['parental_benefit', 'Föräldrapenning', 'Parental benefit', 'no_outcome'],
    ['unemployment_fund', 'A-kassa', 'Unemployment insurance', 'no_outcome'],
    ['moved_domestic', 'Flyttat inom landet', 'Moved within Sweden', 'no_outcome'],
    ['moved_abroad', 'Flyttat utomlands', 'Moved abroad', 'no_outcome'],
    ['other_target_group', 'Flyttad till annan målgrupp', 'Moved to another target group', 'no_outcome'],
    ['declined_continuation', 'Avböjt fortsatt deltagande', 'Declined to continue', 'no_outcome'],
    ['treatment', 'Behandling', 'Treatment', 'other_intervention'],
    ['other', 'Annat', 'Other', 'no_outcome'],
    [
      'registration_error',
      'Felregistrering (räknas inte i statistiken)',
      'Registration error (not counted in statistics)',
      'not_counted',
    ],
  ],
  income_sources: [
    ['social_assistance', 'Ekonomiskt bistånd', 'Social assistance'],
    ['establishment_benefit', 'Etableringsersättning', 'Establishment allowance'],
    [
      'activity_support',
      'Aktivitetsstöd / utvecklingsersättning',
      'Activity support / development allowance',
    ],
    ['sickness_benefit', 'Sjukpenning', 'Sickness benefit'],
    ['sickness_compensation', 'Sjukersättning / aktivitetsersättning', 'Sickness or activity compensation'],
    ['unemployment_fund', 'A-kassa', 'Unemployment insurance (a-kassa)'],
    ['salary', 'Lön', 'Salary'],
    ['subsidised_employment', 'Subventionerad anställning', 'Subsidised employment'],
    ['student_finance', 'Studiemedel', 'Student finance'],
    ['none', 'Ingen ersättning', 'No income support'],
    ['other_unknown', 'Annan / okänd', 'Other / unknown'],
  ],
  follow_up_answers: [
    [
      'in_planned_intervention',
      'I insats enligt avslutsplaneringen',
      'In the intervention planned at closure',
    ],
    ['in_other_intervention', 'I annan insats', 'In another intervention'],
    ['queued_for_intervention', 'I kö till insats', 'Queued for an intervention'],
    ['in_work', 'I arbete', 'In work'],
    ['studying', 'Studerar', 'Studying'],
    ['ended_without_intervention', 'Avslutad utan insats', 'Ended without an intervention'],
    ['unknown_unreachable', 'Okänt / ej nåbar', 'Unknown / not reachable'],
  ],
  contact_kinds: [
    ['meeting', 'Möte', 'Meeting'],
    ['phone', 'Telefon', 'Phone'],
    ['home_visit', 'Hembesök', 'Home visit'],
    ['network_meeting', 'Nätverksmöte', 'Network meeting'],
    ['sip_meeting', 'SIP-möte', 'SIP meeting'],
    ['other', 'Annat', 'Other'],
  ],
  progress_areas: [
    ['health', 'Hälsa', 'Health'],
    ['language', 'Språk', 'Language'],
    ['work', 'Arbete', 'Work'],
    ['social', 'Socialt', 'Social'],
    ['care_contact', 'Kontakt med vården', 'Contact with care'],
    ['economy', 'Ekonomi', 'Economy'],
    ['studies', 'Studier', 'Studies'],
  ],
  genders: [
    ['woman', 'Kvinna', 'Woman'],
    ['man', 'Man', 'Man'],
    ['other', 'Annat / vill ej ange', 'Other / prefer not to say'],
  ],
};
