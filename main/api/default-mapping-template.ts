import type { FieldType, TemplateDefinition, TemplateField, TemplateSection } from './mapping-template';

/**
 * The default Swedish mapping template (docs/domain.md, "Joint mapping"). It is data: written
 * into the database at setup as version 1, after which the admin edits it in the template
 * editor (each edit a new version).
 */
type Option = [key: string, sv: string, en: string];

function field(
  key: string,
  sv: string,
  en: string,
  type: FieldType,
  extra: { options?: Option[]; help?: [string, string]; sensitive?: boolean } = {},
): Omit<TemplateField, 'professions'> {
  return {
    key,
    label: { sv, en },
    help: { sv: extra.help?.[0] ?? '', en: extra.help?.[1] ?? '' },
    type,
    options: (extra.options ?? []).map(([optionKey, optionSv, optionEn]) => ({
      key: optionKey,
      label: { sv: optionSv, en: optionEn },
    })),
    sensitive: extra.sensitive ?? false,
    deprecated: false,
  };
}

function section(
  key: string,
  sv: string,
  en: string,
  professions: string[],
  fields: Omit<TemplateField, 'professions'>[],
  sensitive = false,
): TemplateSection {
  return {
    key,
    label: { sv, en },
    help: { sv: '', en: '' },
    sensitive,
    deprecated: false,
    fields: fields.map((f) => ({ ...f, sensitive: f.sensitive || sensitive, professions })),
  };
}

const housing: Option[] = [
  ['stable', 'Stabilt boende', 'Stable housing'],
  ['overcrowded', 'Trångboddhet', 'Overcrowded'],
  ['temporary', 'Tillfälligt boende / andrahand', 'Temporary / sublet'],
  ['homeless', 'Hemlös', 'Homeless'],
];
const income: Option[] = [
  ['social_assistance', 'Ekonomiskt bistånd', 'Social assistance'],
  ['establishment', 'Etableringsersättning', 'Establishment allowance'],
  ['activity_support', 'Aktivitetsstöd / utvecklingsersättning', 'Activity support'],
  ['sickness_benefit', 'Sjukpenning', 'Sickness benefit'],
  ['sickness_compensation', 'Sjukersättning / aktivitetsersättning', 'Sickness compensation'],
  ['unemployment_fund', 'A-kassa', 'Unemployment insurance'],
  ['salary', 'Lön', 'Salary'],
  ['subsidised', 'Subventionerad anställning', 'Subsidised employment'],
  ['study_allowance', 'Studiemedel', 'Student finance'],
  ['none', 'Ingen ersättning', 'No income'],
  ['other', 'Annan / okänd', 'Other / unknown'],
];
const sfiCourse: Option[] = [
  ['a', 'Kurs A', 'Course A'],
  ['b', 'Kurs B', 'Course B'],
  ['c', 'Kurs C', 'Course C'],
  ['d', 'Kurs D', 'Course D'],
  ['done', 'Klar med SFI', 'Finished SFI'],
  ['none', 'Ej påbörjad', 'Not started'],
];
const education: Option[] = [
  ['none', 'Ingen formell utbildning', 'No formal education'],
  ['primary', 'Grundskola eller motsvarande', 'Primary school or equivalent'],
  ['secondary', 'Gymnasium eller motsvarande', 'Upper secondary or equivalent'],
  ['post_secondary', 'Eftergymnasial utbildning', 'Post-secondary education'],
  ['university', 'Högskola / universitet', 'University'],
];
const symptoms: Option[] = [
  ['anxiety', 'Ångest / oro', 'Anxiety / worry'],
  ['sleep', 'Sömnsvårigheter', 'Sleep problems'],
  ['concentration', 'Koncentrationssvårigheter', 'Concentration problems'],
  ['memory', 'Minnessvårigheter', 'Memory problems'],
  ['pain', 'Smärta', 'Pain'],
  ['fatigue', 'Trötthet', 'Fatigue'],
];
const assessments: Option[] = [
  ['psychological', 'Psykologisk', 'Psychological'],
  ['social', 'Social', 'Social'],
  ['activity', 'Aktivitetsbaserad / arbetsterapeutisk', 'Activity-based / occupational'],
  ['medical', 'Medicinsk', 'Medical'],
];
const goal: Option[] = [
  ['work', 'Arbete', 'Work'],
  ['studies', 'Studier', 'Studies'],
  ['step', 'Ett steg närmare arbete eller studier', 'A step towards work or studies'],
];

export const defaultMappingTemplate: TemplateDefinition = {
  sections: [
    section(
      'background',
      'Bakgrund',
      'Background',
      ['Socialsekreterare', 'Arbetsmarknadssekreterare'],
      [
        field('country_of_birth', 'Födelseland', 'Country of birth', 'short_text'),
        field('years_in_sweden', 'Antal år i Sverige', 'Years in Sweden', 'number'),
        field(
          'migration_reason',
          'Skäl till migration (frivilligt)',
          'Reason for migration (optional)',
          'short_text',
          {
            help: [
              'Fylls bara i om deltagaren själv vill berätta.',
              'Only if the participant wants to tell.',
            ],
          },
        ),
        field('household', 'Familj och hushåll', 'Family and household', 'long_text'),
        field('children', 'Antal barn i hushållet', 'Children in the household', 'number'),
        field('housing', 'Boende', 'Housing', 'single_choice', { options: housing }),
        field('income_source', 'Försörjning', 'Source of income', 'single_choice', { options: income }),
      ],
    ),
    section(
      'language_education',
      'Språk och utbildning',
      'Language and education',
      ['SFI-lärare', 'Studie- och yrkesvägledare'],
      [
        field('mother_tongue', 'Modersmål', 'Mother tongue', 'short_text'),
        field('interpreter_needed', 'Behöver tolk', 'Interpreter needed', 'yes_no_unknown'),
        field('interpreter_language', 'Tolkspråk', 'Interpreter language', 'short_text'),
        field('sfi_course', 'SFI-kurs', 'SFI course', 'single_choice', { options: sfiCourse }),
        field('cefr_level', 'Svenska enligt GERS (CEFR)', 'Swedish, CEFR level', 'cefr'),
        field('school_years', 'Antal år i skola', 'Years of schooling', 'number'),
        field('highest_education', 'Högsta utbildning', 'Highest education', 'single_choice', {
          options: education,
        }),
        field('studies_abroad', 'Studier i annat land', 'Studies abroad', 'long_text'),
        field('validation_needs', 'Behov av validering', 'Validation needs', 'long_text'),
      ],
    ),
    section(
      'work_competences',
      'Arbete och kompetenser',
      'Work and competences',
      ['Arbetsförmedlare', 'Jobbcoach', 'SIUS-konsulent'],
      [
        field('work_sweden', 'Arbetslivserfarenhet i Sverige', 'Work experience in Sweden', 'long_text'),
        field('work_abroad', 'Arbetslivserfarenhet från andra länder', 'Work experience abroad', 'long_text'),
        field('informal_work', 'Informellt och ideellt arbete', 'Informal and voluntary work', 'long_text'),
        field('leisure_skills', 'Kunskaper från fritiden', 'Skills from leisure', 'long_text'),
        field('occupation_ssyk', 'Identifierat yrke (SSYK)', 'Identified occupation (SSYK)', 'ssyk', {
          help: ['Fyrsiffrig kod enligt SSYK 2012.', 'Four-digit SSYK 2012 code.'],
        }),
        field('driving_licence', 'Körkort', 'Driving licence', 'yes_no_unknown'),
        field('interests', 'Intressen och drömmar', 'Interests and dreams', 'long_text'),
      ],
    ),
    section(
      'health',
      'Hälsa',
      'Health',
      ['Rehabkoordinator', 'Sjuksköterska', 'Läkare', 'Psykolog', 'Arbetsterapeut'],
      [
        field(
          'physical_health',
          'Självskattad fysisk hälsa (1–5)',
          'Self-rated physical health (1–5)',
          'scale',
        ),
        field('mental_health', 'Självskattad psykisk hälsa (1–5)', 'Self-rated mental health (1–5)', 'scale'),
        field('symptoms', 'Besvär', 'Symptoms', 'multiple_choice', { options: symptoms }),
        field(
          'care_contact',
          'Pågående kontakt med vården',
          'Ongoing contact with health care',
          'yes_no_unknown',
        ),
        field(
          'care_support',
          'Behöver stöd i kontakter med vården',
          'Needs support in contacts with care',
          'yes_no_unknown',
        ),
        field('certificates', 'Intyg (t.ex. LOH)', 'Certificates (e.g. LOH)', 'long_text'),
        field(
          'disability_code',
          'Funktionsnedsättningskod hos AF',
          'Disability code at AF',
          'yes_no_unknown',
        ),
        field('dental_care', 'Tandvård', 'Dental care', 'long_text'),
      ],
      true,
    ),
    section(
      'life_situation',
      'Livssituation och hinder',
      'Life situation and obstacles',
      ['Socialsekreterare', 'Socialkonsulent'],
      [
        field('debts', 'Skulder', 'Debts', 'yes_no_unknown', { sensitive: true }),
        field('family_situation', 'Familjesituation', 'Family situation', 'long_text'),
        field('social_network', 'Socialt nätverk', 'Social network', 'long_text'),
        field('housing_problems', 'Problem med boendet', 'Housing problems', 'long_text'),
        field(
          'social_services',
          'Kontakt med socialtjänsten',
          'Contact with social services',
          'yes_no_unknown',
        ),
        field('other_obstacles', 'Andra hinder', 'Other obstacles', 'long_text'),
      ],
    ),
    section(
      'work_ability',
      'Arbetsförmåga och stödbehov',
      'Work ability and support needs',
      ['Arbetsterapeut', 'Psykolog', 'Försäkringsutredare', 'SIUS-konsulent'],
      [
        field('assessments_done', 'Gjorda bedömningar', 'Assessments done', 'multiple_choice', {
          options: assessments,
        }),
        field('assessments_needed', 'Bedömningar som behövs', 'Assessments needed', 'multiple_choice', {
          options: assessments,
        }),
        field('adjustments', 'Anpassningar som behövs', 'Adjustments needed', 'long_text'),
        field(
          'supported_employment',
          'Behov av stöd i arbete (SIUS, IPS)',
          'Supported employment needs',
          'yes_no_unknown',
        ),
      ],
    ),
    section(
      'goals',
      'Mål och motivation',
      'Goals and motivation',
      ['Arbetsförmedlare', 'Jobbcoach', 'Arbetsmarknadssekreterare'],
      [
        field('own_goal', 'Deltagarens egna mål', "The participant's own goals", 'long_text'),
        field('goal_direction', 'Inriktning', 'Direction', 'single_choice', { options: goal }),
        field('next_step', 'Nästa steg', 'Next step', 'long_text'),
        field(
          'kasam_comprehensible',
          'KASAM: begriplighet (1–5)',
          'Sense of coherence: comprehensible (1–5)',
          'scale',
        ),
        field(
          'kasam_manageable',
          'KASAM: hanterbarhet (1–5)',
          'Sense of coherence: manageable (1–5)',
          'scale',
        ),
        field(
          'kasam_meaningful',
          'KASAM: meningsfullhet (1–5)',
          'Sense of coherence: meaningful (1–5)',
          'scale',
        ),
      ],
    ),
  ],
};
