import type { planGoals } from '../../api/schema-enums';

/**
 * Short, realistic Swedish texts for the demo team's mappings, plans and reviews (fictional,
 * no real cases). Stored data is written in the team's language, Swedish, as staff would.
 */

export const mappingTexts = {
  migration: [
    'Flydde från kriget tillsammans med familjen.',
    'Anhöriginvandring till maken.',
    'Kom som kvotflykting.',
  ],
  short: ['Lager', 'Städ', 'Vård', 'Restaurang', 'Bygg', 'Butik'],
  long: [
    'Berättar själv om läget; behöver mer tid för att beskriva det.',
    'Inget särskilt att notera just nu.',
    'Tas upp igen vid nästa kartläggningssamtal.',
  ],
} as const;

/** Texts for the long-text fields of the default template, by field key. */
export const mappingFieldTexts: Record<string, readonly string[]> = {
  household: [
    'Bor med sin partner och tre barn i tvåa.',
    'Ensamstående, bor själv i hyresrätt.',
    'Bor hos en släkting i väntan på eget kontrakt.',
  ],
  studies_abroad: ['Tre år på universitet i hemlandet, ekonomi, ej avslutat.', 'Yrkesskola inom el, två år.'],
  validation_needs: ['Vill få sin undersköterskeutbildning validerad.', 'Inget behov av validering.'],
  work_sweden: [
    'Timanställd inom städ i två år.',
    'Kortare praktik i butik 2022.',
    'Ingen arbetslivserfarenhet i Sverige.',
  ],
  work_abroad: ['Tio år som lantbrukare.', 'Sömmerska i egen verksamhet.', 'Lastbilschaufför i sju år.'],
  informal_work: ['Hjälper till i föreningens läxhjälp.', 'Tar hand om grannarnas barn.'],
  leisure_skills: ['Lagar mat till stora grupper.', 'Reparerar cyklar och datorer.', 'Stickar och syr.'],
  interests: [
    'Drömmer om att arbeta med barn.',
    'Vill ha ett eget företag i framtiden.',
    'Intresserad av vård och omsorg.',
  ],
  certificates: ['Läkarutlåtande om hälsotillstånd finns hos Arbetsförmedlingen.', 'Inga intyg ännu.'],
  dental_care: ['Behöver akut tandvård, kontakt tagen.', 'Inget behov just nu.'],
  family_situation: ['Delad vårdnad om två barn.', 'Maken är sjukskriven, stort ansvar hemma.'],
  social_network: ['Litet nätverk, mest familjen.', 'Aktiv i församlingen och har vänner där.'],
  housing_problems: ['Trångbott, söker större lägenhet.', 'Andrahandskontrakt som går ut om tre månader.'],
  other_obstacles: ['Saknar barnomsorg på eftermiddagar.', 'Svårt att resa kollektivt på grund av ångest.'],
  adjustments: [
    'Korta arbetspass, börjar med fyra timmar.',
    'Skriftliga instruktioner och en fast handledare.',
  ],
  own_goal: [
    'Vill arbeta inom äldreomsorgen.',
    'Vill klara SFI och börja på Komvux.',
    'Vill ha ett arbete där jag får röra på mig.',
  ],
  next_step: ['Arbetsträning två dagar i veckan.', 'Utredning av arbetsförmåga.', 'Studiebesök på Komvux.'],
};

/** Summaries of the in-depth conversations 1–3: the present, the direction, the next step. */
export const conversationSummaries: readonly (readonly string[])[] = [
  [
    'Första samtalet: nuläget. Deltagaren berättade om boende, hälsa och vardag. Oro för ekonomin.',
    'Första samtalet med tolk. Gick igenom bakgrund, familj och tidigare arbete.',
  ],
  [
    'Andra samtalet: riktning. Intresse för vård och omsorg; vill prova praktik.',
    'Andra samtalet: vill studera vidare men behöver först stabilare hälsa.',
  ],
  [
    'Tredje samtalet: nästa steg. Enades om arbetsträning och fortsatt SFI parallellt.',
    'Tredje samtalet: plan för utredning av arbetsförmåga och stöd i kontakten med vården.',
  ],
];

type PlanGoal = (typeof planGoals)[number];

export const goalTexts: Record<PlanGoal, readonly string[]> = {
  work: [
    'Arbete inom lager och logistik på minst halvtid',
    'Anställning med stöd inom kommunens verksamheter',
    'Arbete som undersköterska inom äldreomsorgen',
  ],
  studies: ['Påbörja vård- och omsorgsutbildning på Komvux', 'Klara SFI kurs D och börja yrkes-SFI'],
  step: ['Stabil hälsa och regelbunden aktivitet tre dagar i veckan', 'Klara vardagen och börja arbetsträna'],
};

export const subgoalTexts: readonly string[] = [
  'Delta i arbetsträning två dagar i veckan',
  'Klara SFI kurs B',
  'Regelbunden kontakt med vårdcentralen',
  'Ta fram ett CV och söka fem jobb i månaden',
  'Ordna ekonomin med stöd av budgetrådgivningen',
  'Prova praktik inom restaurang',
  'Delta i gruppverksamheten varje vecka',
];

/** Intervention types of the default list and the organisation codes that usually provide them. */
export const interventionProviders: Record<string, readonly string[]> = {
  sfi: ['SFI'],
  work_training: ['AF', 'KOM-AM'],
  internship: ['AF', 'KOM-AM'],
  health_conversation: ['REG'],
  psychoeducation: ['REG'],
  supported_employment: ['AF'],
  debt_counselling: ['KOM-SOC'],
  housing_advice: ['KOM-SOC'],
  group_activity: ['KOM-AM', 'OVR'],
  work_ability_investigation: ['FK', 'AF'],
  studies: ['SFI'],
};

export const externalSupervisors: readonly string[] = [
  'Handledare på praktikplatsen',
  'Kurator på vårdcentralen',
  'Lärare på Komvux',
];

export const meetingNoteTexts: readonly string[] = [
  'Arbetsträningen fungerar bra, närvaron har ökat.',
  'Deltagaren har haft en tung period; vården är inkopplad.',
  'Praktikplatsen vill förlänga, deltagaren är positiv.',
  'SFI-närvaron är låg; behöver stöd med barnomsorg.',
  'Ekonomin är stabilare efter kontakt med budgetrådgivningen.',
  'Väntar på besked från Försäkringskassan om aktivitetsersättning.',
];

export const decisionTexts: readonly string[] = [
  'Förlängning med tre månader, ny uppföljning vid nästa genomgång.',
  'Arbetsförmedlingen ansvarar för praktikplatsen, kommunen för boendefrågan.',
  'SIP-möte bokas inom två veckor med vården.',
  'Avslut planeras till månadsskiftet, uppföljning efter tre månader.',
  'Utredning av arbetsförmåga beställs.',
  'Fortsätt enligt planen; tas upp igen om en månad.',
];

/** Actions and the organisation codes that usually carry them out. */
export const actionTexts: readonly { what: string; codes: readonly string[] }[] = [
  { what: 'Boka SIP-möte med vårdcentralen', codes: ['REG', 'KOM-SOC'] },
  { what: 'Kontakta praktikplatsen om startdatum', codes: ['AF', 'KOM-AM'] },
  { what: 'Ansöka om aktivitetsstöd', codes: ['AF'] },
  { what: 'Beställa utredning av arbetsförmåga', codes: ['FK', 'AF'] },
  { what: 'Följa upp närvaron på SFI', codes: ['SFI'] },
  { what: 'Boka trepartssamtal med Försäkringskassan', codes: ['FK'] },
  { what: 'Ta fram underlag till förlängning', codes: ['KOM-AM', 'AF'] },
  { what: 'Hjälpa till med ansökan om bostadsbidrag', codes: ['KOM-SOC'] },
  { what: 'Boka tid hos budget- och skuldrådgivningen', codes: ['KOM-SOC'] },
  { what: 'Stämma av med arbetsgivaren om anställning med stöd', codes: ['AF'] },
];

export const actionOutcomeNotes: Record<
  'done' | 'not_relevant' | 'not_carried_out' | 'still_open',
  readonly string[]
> = {
  done: ['Klart.', 'Genomfört, se kontaktloggen.', 'Tid bokad och bekräftad.'],
  not_relevant: ['Inte aktuellt längre efter nytt beslut.', 'Deltagaren har löst det själv.'],
  not_carried_out: ['Hann inte; ingen resurs denna månad.', 'Handläggaren har varit frånvarande.'],
  still_open: ['Väntar på svar, nytt datum satt.', 'Påbörjat men inte klart.'],
};

export const requestNotes: readonly string[] = [
  'Planerat slut närmar sig – behöver vi förlänga?',
  'Har inte hörts av på en månad, vill stämma av hur vi når deltagaren.',
  'Läkarutlåtandet har kommit, vill diskutera nästa steg.',
  'Praktikplatsen erbjuder anställning med stöd – vem tar kontakt med AF?',
  'Oro för boendesituationen, behöver kommunens stöd.',
];

export const generalItemTitles: readonly string[] = [
  'Verksamhetsfrågor',
  'Statistik inför styrgruppen',
  'Nya rutiner för samtycke',
];
