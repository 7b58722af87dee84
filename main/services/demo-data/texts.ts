import type { contactKinds, progressCategories } from '../../api/schema-enums';

/** The demo writes the default codes, which every new team's lists start with. */
type ContactKind = (typeof contactKinds)[number];
type ProgressCategory = (typeof progressCategories)[number];

/** Short, realistic Swedish texts for demo data (fictional, no real cases). */
export const referralReasons: readonly string[] = [
  'Långvarig sjukskrivning med oklar arbetsförmåga. Behöver samordnat stöd för att närma sig arbete.',
  'Har haft ekonomiskt bistånd i flera år. Språkhinder och ohälsa gör att ordinarie insatser inte räcker.',
  'Nyanländ med traumaerfarenheter, har svårt att delta i SFI på heltid. Behov av parallella insatser.',
  'Har avbrutit flera arbetsmarknadsinsatser. Misstänkt neuropsykiatrisk problematik, behöver utredning.',
  'Lång tid utan sysselsättning, social isolering. Vill komma tillbaka till arbete men vet inte hur.',
  'Smärtproblematik och sömnsvårigheter. Behöver stöd i kontakt med vården och en realistisk plan mot arbete.',
  'Saknar gymnasieutbildning och har svårt med svenska språket. Önskar yrkesutbildning inom vård eller bygg.',
  'Aktivitetsersättning upphör snart. Behov av kartläggning av arbetsförmåga och stöd i övergången.',
  'Skuldsatt och trångbodd, har svårt att fokusera på studier. Behöver samordning mellan myndigheterna.',
  'Tidigare missbruk, nu stabil sedan ett år. Motiverad men behöver stöd för att hitta praktik.',
];

export const certificates: readonly string[] = [
  'Läkarutlåtande om hälsotillstånd (LOH)',
  'Läkarintyg för sjukpenning',
  'Psykologutlåtande',
  'Arbetsterapeutisk bedömning',
  'Intyg från SFI om studieresultat',
];

export const declineReasons: readonly string[] = [
  'Behovet bedöms kunna tillgodoses inom ordinarie insatser.',
  'Pågående missbruk; ny anvisning kan göras efter behandling.',
  'Personen är i behov av sjukskrivning och inte aktuell för insatser just nu.',
];

export const extensionReasons: readonly string[] = [
  'Har påbörjat arbetsträning två dagar i veckan och behöver tid att stabilisera den.',
  'Stegförflyttningar inom hälsa och språk; praktikplats väntar på start nästa månad.',
  'Utredning av arbetsförmåga pågår och resultatet behövs för nästa steg.',
];

export const contactTexts: Record<ContactKind, readonly string[]> = {
  meeting: [
    'Uppföljningssamtal om arbetsträningen. Går bra, trivs med arbetsuppgifterna.',
    'Samtal om mål och nästa steg. Vill prova praktik inom lager.',
    'Gick igenom veckoschemat med SFI och praktik. Känner sig trött men motiverad.',
    'Trepartssamtal med handläggare från Arbetsförmedlingen om studieplan.',
    'Samtal om sömn och stress. Överenskommet att boka tid på vårdcentralen.',
    'Genomgång av CV och personligt brev inför intervju.',
  ],
  phone: [
    'Ringde och lämnade återbud på grund av sjukdom. Ny tid bokad.',
    'Kort samtal om tider för tolk till nästa möte.',
    'Påminde om mötet med Försäkringskassan på torsdag.',
    'Deltagaren ringde om problem med bostaden. Hänvisad till boenderådgivning.',
  ],
  home_visit: [
    'Hembesök tillsammans med socialsekreterare. Diskuterade vardagsstruktur.',
    'Hembesök efter flera uteblivna möten. Deltagaren mår bättre nu.',
  ],
  network_meeting: [
    'Nätverksmöte med vården, Försäkringskassan och kommunen om arbetsförmåga.',
    'Nätverksmöte med familjen och skolan om barnomsorg under praktiken.',
  ],
  sip_meeting: [
    'SIP-möte: ansvarsfördelning mellan region och kommun fastställd.',
    'Uppföljande SIP-möte. Insatserna löper enligt plan.',
  ],
  other: ['Följde med till arbetsgivarbesök på lagret.', 'Stöttade vid besök på Migrationsverket.'],
};

export const progressTexts: Record<ProgressCategory, readonly string[]> = {
  health: [
    'Sover bättre efter kontakt med vårdcentralen.',
    'Har börjat promenera dagligen och upplever mindre smärta.',
  ],
  language: ['Klarade SFI kurs B.', 'Talar svenska i telefon utan tolk för första gången.'],
  work: [
    'Har börjat arbetsträning två dagar i veckan.',
    'Fick en praktikplats inom äldreomsorgen.',
    'Erbjuden extratjänst från nästa månad.',
  ],
  social: ['Deltar i gruppverksamhet varje vecka.', 'Har fått kontakt med en mentor via civilsamhället.'],
  care_contact: ['Har egen kontakt med psykiatrin och går på samtal.', 'Bokar själv tider på vårdcentralen.'],
  economy: ['Har en budget och har börjat betala av skulder.', 'Har ansökt om bostadsbidrag.'],
};
