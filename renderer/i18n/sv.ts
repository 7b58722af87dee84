/**
 * The renderer's texts in Swedish: the reference catalog. `en.ts` must have the same keys.
 * Shared error and validation texts live in main/api/messages.
 */
import { svCodeLists } from './code-lists.sv';
import { svCore } from './core.sv';
import { svMapping } from './mapping.sv';
import { svParticipantEnums } from './participant-enums.sv';
import { svCase } from './case.sv';
import { svDocuments } from './documents.sv';
import { svCaseload } from './caseload.sv';
import { svPlan } from './plan.sv';
import { svReviews } from './reviews.sv';
import { svTemplates } from './templates.sv';

export const sv = {
  ...svCore,
  ...svCaseload,
  ...svCase,
  ...svParticipantEnums,
  ...svMapping,
  ...svPlan,
  ...svReviews,
  ...svTemplates,
  ...svCodeLists,
  ...svDocuments,

  'common.back': 'Tillbaka',
  'common.next': 'Nästa',
  'common.cancel': 'Avbryt',
  'common.save': 'Spara',
  'common.remove': 'Ta bort',
  'common.choose': 'Välj…',
  'common.actions': 'Åtgärder',
  'common.refresh': 'Uppdatera',
  'common.none': '–',
  'common.yes': 'Ja',
  'common.no': 'Nej',
  'common.close': 'Stäng',
  'common.show': 'Visa',

  'role.admin': 'Administratör',
  'role.coordinator': 'Samordnare',
  'role.caseworker': 'Handläggare',
  'role.readonly': 'Läsbehörighet',

  'status.active': 'Aktiv',
  'status.inactive': 'Inaktiv',

  'field.teamName': 'Teamets namn',
  'field.language': 'Språk',
  'field.code': 'Kod',
  'field.name': 'Namn',
  'field.organisation': 'Organisation',
  'field.profession': 'Yrke',
  'field.professionHint': 'Välj ett förslag eller skriv ett eget.',
  'field.role': 'Roll',
  'field.passwordRepeat': 'Upprepa lösenordet',
  'field.currentPassword': 'Nuvarande lösenord',
  'field.newPassword': 'Nytt lösenord',
  'field.newPasswordRepeat': 'Upprepa det nya lösenordet',
  'field.initialPassword': 'Tillfälligt lösenord',

  'password.rule': 'Minst {min} tecken och inte ditt namn. En mening med flera ord är lätt att minnas.',
  'password.change': 'Byt lösenord',
  'password.changed': 'Lösenordet är bytt.',
  'password.forcedIntro':
    'Välkommen, {name}. Du har fått ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.',
  'password.pageIntro': 'Ange ditt nuvarande lösenord och välj ett nytt.',

  'setup.title': 'Installera Samsyn',
  'setup.intro':
    'Tre korta steg: teamet, organisationerna som ingår och den första administratören. Allt går att ändra senare.',
  'setup.stepsLabel': 'Steg i installationen',
  'setup.stepOf': 'Steg {step} av {total}:',
  'setup.step1.title': 'Teamet',
  'setup.step1.help': 'Namnet visas på inloggningssidan och i utskrifter.',
  'setup.demoData': 'Starta med demodata',
  'setup.demoDataHint':
    'Gör teamet till ett demoteam: 300 påhittade deltagare med kartläggningar, planer och tidigare ärendegenomgångar, och kollegor från alla organisationer som du kan logga in som. Deras gemensamma lösenord visas när teamet är skapat. Använd inte för riktiga uppgifter – demodata går inte att ta bort.',
  'setup.teamNameHint': 'Till exempel ”Samverkansteamet Norr”.',
  'setup.languageHint': 'Språket som nya användare får från början. Var och en kan byta själv.',
  'setup.step2.title': 'Organisationer',
  'setup.step2.help':
    'De organisationer som arbetar i teamet. Koden är en kort förkortning (A–Z, 0–9 och bindestreck).',
  'setup.organisationN': 'Organisation {n}',
  'setup.removeOrganisationN': 'Ta bort organisation {n}',
  'setup.addOrganisation': 'Lägg till organisation',
  'setup.step3.title': 'Första administratören',
  'setup.step3.help':
    'Administratören lägger till övriga användare och sköter organisationerna. Det är oftast teamets samordnare.',
  'setup.submit': 'Skapa teamet',

  'recovery.title': 'Spara återställningsnyckeln',
  'recovery.created': 'Teamet {team} är skapat. Innan du loggar in: spara återställningsnyckeln.',
  'recovery.keyLabel': 'Återställningsnyckel',
  'recovery.onlyOnce': 'Nyckeln visas bara den här gången. Samsyn sparar den inte i klartext.',
  'recovery.purpose':
    'Med nyckeln kan databasen öppnas om alla lösenord har glömts bort. Utan nyckeln och utan något lösenord går uppgifterna inte att läsa.',
  'recovery.keepWhere':
    'Skriv ut återställningsbladet och förvara det inlåst, till exempel i ett kassaskåp hos chefen eller IT-stödet. Spara den inte på samma dator.',
  'recovery.print': 'Skriv ut återställningsblad',
  'recovery.confirm': 'Jag har sparat återställningsnyckeln',
  'recovery.continue': 'Fortsätt till inloggning',
  'recovery.demoTitle': 'Demoteamets kollegor',
  'recovery.demoLead':
    'Alla påhittade kollegor i demoteamet loggar in med samma lösenord. Välj en av dem på inloggningssidan för att se teamet med deras ögon.',
  'recovery.demoPasswordLabel': 'Demolösenord',
  'recovery.demoOnlyOnce':
    'Lösenordet visas bara nu. Skriv ned det om du vill logga in som en demokollega senare.',
  'recovery.sheet.title': 'Samsyn – återställningsblad',
  'recovery.sheet.team': 'Team',
  'recovery.sheet.created': 'Skapad',
  'recovery.sheet.whereTitle': 'Så förvarar du bladet',
  'recovery.sheet.where1': 'Inlåst, till exempel i ett kassaskåp hos chefen eller IT-stödet.',
  'recovery.sheet.where2': 'Inte tillsammans med datorn eller en säkerhetskopia av datamappen.',
  'recovery.sheet.where3': 'Bara ett exemplar. Förstör gamla blad om en ny nyckel skapas.',
  'recovery.sheet.footer': 'Sekretess: bladet ger tillgång till teamets krypterade uppgifter.',

  'lock.title': 'Samsyn är låst',
  'lock.who': 'Inloggad: {name}, {organisation}. Skriv ditt lösenord för att fortsätta.',
  'lock.unlock': 'Lås upp',

  'session.lock': 'Lås',
  'session.logout': 'Logga ut',

  'shell.skipToContent': 'Hoppa till innehållet',
  'shell.demoTeam': 'Demoteam',
  'shell.demoTeamHint': 'Påhittade uppgifter att öva på – inga riktiga personer.',
  'nav.label': 'Huvudmeny',
  'nav.participants': 'Deltagare',
  'nav.reviews': 'Ärendegenomgångar',
  'nav.statistics': 'Statistik',
  'nav.admin': 'Administration',
  'nav.password': 'Byt lösenord',

  'placeholder.reviews':
    'Här förbereds och dokumenteras de gemensamma ärendegenomgångarna. Den delen kommer i en kommande version.',
  'placeholder.statistics':
    'Här tas uppföljningen till styrgrupp och samordningsförbund fram. Den delen kommer i en kommande version.',

  'admin.settings.title': 'Inställningar för deltagare',
  'admin.settings.programmeMonths': 'Programmets längd (månader)',
  'admin.settings.programmeMonthsHint': 'Planerat avslut föreslås som startdatum plus så här många månader.',
  'admin.settings.inactivityWeeks': 'Ingen aktivitet efter (veckor)',
  'admin.settings.inactivityWeeksHint':
    'En inskriven deltagare utan kontakt eller stegförflyttning så här länge flaggas.',
  'admin.settings.closedAccessMarginDays': 'Läsrätt efter avslut (dagar efter uppföljningen)',
  'admin.settings.closedAccessMarginDaysHint':
    'Organisationer som samtycket omfattade på avslutsdagen kan läsa den avslutade perioden (för slutdokument och uppföljningen efter 3 månader) så här många dagar efter att uppföljningen ska göras. De kan inte registrera något nytt.',
  'admin.settings.intakeCriteria': 'Intagningskriterier',
  'admin.settings.intakeCriteriaListHint': 'Bockas av vid inskrivning. Ändringar gäller nya inskrivningar.',
  'admin.settings.criterionN': 'Kriterium {n}',
  'admin.settings.removeCriterionN': 'Ta bort kriterium {n}',
  'admin.settings.addCriterion': 'Lägg till kriterium',
  'admin.settings.saved': 'Inställningarna är sparade.',
  'admin.tabsLabel': 'Administration',
  'admin.tab.users': 'Användare',
  'admin.tab.organisations': 'Organisationer',
  'admin.tab.log': 'Logg',
  'admin.tab.settings': 'Inställningar',
  'admin.tab.templates': 'Kartläggningsmall',
  'admin.tab.interventionTypes': 'Insatstyper',
  'admin.tab.codeLists': 'Kodlistor',
  'admin.tab.protected': 'Skyddade personuppgifter',
  'admin.protected.title': 'Ärenden med skyddade personuppgifter',
  'admin.protected.lead':
    'Bara den ansvariga handläggaren ser namn och personnummer. Lämna över ärendet när den ansvariga slutar eller är borta länge. Du ser bara ärendets kod.',
  'admin.protected.empty': 'Inga pågående ärenden har skyddade personuppgifter.',
  'admin.protected.case': 'Ärende',
  'admin.protected.status': 'Status',
  'admin.protected.responsible': 'Ansvarig',
  'admin.protected.handOver': 'Ny ansvarig',
  'admin.protected.nobody': 'Ingen – ingen ser personuppgifterna',
  'admin.protected.inactive': '{name} (avslutad – ingen ser personuppgifterna)',
  'admin.protected.newResponsible': 'Ny ansvarig för {code}',
  'admin.protected.handOverButton': 'Lämna över',
  'admin.protected.choose': 'Välj vem som ska ta över ärendet.',
  'admin.protected.done': '{code} är överlämnat till {name}.',

  'admin.users.title': 'Användare',
  'admin.users.caption': 'Teamets användare',
  'admin.users.status': 'Status',
  'admin.users.you': 'du',
  'admin.users.mustChangePassword': 'Måste byta lösenord',
  'admin.users.add': 'Lägg till användare',
  'admin.users.initialPasswordNote': 'Användaren måste byta lösenordet vid första inloggningen.',
  'admin.users.created': '{name} har lagts till.',
  'admin.users.edit': 'Ändra',
  'admin.users.editTitle': 'Ändra {name}',
  'admin.users.updated': 'Uppgifterna för {name} är sparade.',
  'admin.users.resetPassword': 'Återställ lösenord',
  'admin.users.resetPasswordTitle': 'Återställ lösenord för {name}',
  'admin.users.resetPasswordHelp':
    'Ge användaren det nya lösenordet personligen. Hen måste byta det vid nästa inloggning.',
  'admin.users.passwordReset': 'Lösenordet för {name} är återställt.',
  'admin.users.deactivate': 'Avaktivera',
  'admin.users.deactivateTitle': 'Avaktivera {name}?',
  'admin.users.deactivateHelp':
    '{name} kan inte längre logga in: användarens nyckel till databasen tas bort. Det som hen har skrivit finns kvar. Åtgärden kan inte ångras, men användaren kan läggas till på nytt.',
  'admin.users.deactivated': '{name} är avaktiverad.',

  'admin.orgs.title': 'Organisationer',
  'admin.orgs.caption': 'Organisationer i teamet',
  'admin.orgs.activeUsers': 'Aktiva användare',
  'admin.orgs.add': 'Lägg till organisation',
  'admin.orgs.codeHint': 'Kort förkortning, till exempel AF eller KOM-AM.',
  'admin.orgs.created': '{name} har lagts till.',
  'admin.orgs.rename': 'Byt namn',
  'admin.orgs.renameTitle': 'Byt namn på organisationen {code}',
  'admin.orgs.renamed': 'Namnet är ändrat till {name}.',
  'admin.orgs.activate': 'Aktivera',
  'admin.orgs.deactivate': 'Avaktivera',
  'admin.orgs.activated': '{name} är aktiverad.',
  'admin.orgs.deactivated': '{name} är avaktiverad.',
  'admin.orgs.inactiveOption': '{name} (inaktiv)',

  'admin.audit.title': 'Logg',
  'admin.audit.caption': 'Senaste händelserna i loggen',
  'admin.audit.help': 'De senaste {limit} händelserna, nyast först.',
  'admin.audit.empty': 'Loggen är tom.',
  'admin.audit.time': 'Tid',
  'admin.audit.user': 'Användare',
  'admin.audit.action': 'Händelse',
  'admin.audit.entity': 'Gäller',
  'admin.audit.noUser': '–',
} as const;

export type UiKey = keyof typeof sv;
