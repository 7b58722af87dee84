import { type Language, type TranslateParams, createCatalogue } from '../api/i18n';

/** Texts printed or served by the hosts and the CLI (not the renderer). */
const sv = {
  'host.needToken': 'Öppna Samsyn via adressen som skrevs ut när programmet startade.',
  'host.notBuilt': 'Gränssnittet är inte byggt. Kör "npm run build" först.',
  'host.listening': 'Samsyn körs på {url}',
  'host.openHint': 'Öppna adressen i en webbläsare på den här datorn. Avsluta med Ctrl+C.',
  'host.noElectron':
    'Electron finns inte på den här datorn – Samsyn startar i stället i webbläsarläge på 127.0.0.1.',
  'host.openingBrowser': 'Öppnar {browser} …',
  'host.fixedDateRefused':
    'Ett fast datum (--fixed-date) är bara till för tester och godtas inte av en produktionsversion av Samsyn.',
  'host.fixedDateInvalid': 'Det fasta datumet "{date}" är inte ett datum på formen ÅÅÅÅ-MM-DD.',
  'cli.usage': `Användning: samsyn <kommando> [flaggor]

Kommandon:
  init --team NAMN --admin-name NAMN --admin-org ORG [--admin-profession YRKE] [--language sv|en]
      [--fixed-date ÅÅÅÅ-MM-DD]
      Skapar en ny krypterad databas med teamet och den första administratören, vars lösenord
      läses från SAMSYN_PASSWORD eller --password-stdin. ORG är organisationens namn eller
      kortkod (AF, FK, KOM-AM, KOM-SOC, REG, SFI, OVR). Skriver ut återställningsnyckeln –
      en enda gång.
  user add [--as ADMINNAMN] --name NAMN --org ORG --role ROLL --profession YRKE [--language sv|en]
      [--fixed-date ÅÅÅÅ-MM-DD]
      Lägger till en användare (ROLL: admin, coordinator, caseworker, readonly). Två lösenord:
      administratörens (SAMSYN_PASSWORD eller rad 1 på stdin) och den nya användarens
      startlösenord (SAMSYN_NEW_PASSWORD eller rad 2 på stdin).
  demo --participants N [--seed S] [--as NAMN] [--fixed-date ÅÅÅÅ-MM-DD]
      Gör teamet till ett demoteam: fyller en databas utan deltagare med påhittade deltagare
      (namn, åldrar 18–64, kön, organisationer, status, samtycken, kontakter och
      stegförflyttningar under två år), kartläggningar, handlingsplaner, tidigare
      ärendegenomgångar med anteckningar, beslut och åtgärder, och påhittade kollegor från
      teamets organisationer. Alla demokollegor loggar in med ett och samma demolösenord, som
      skrivs ut en enda gång (med --json i fältet demoPassword). Samma frö ger samma data
      (frö 1 om --seed saknas). Körs som administratör.
  verify [--as NAMN | --recovery-key NYCKEL]
      Öppnar databasen skrivskyddat med en användares lösenord eller återställningsnyckeln, kör
      integritetskontroll och kontrollerar granskningsloggens kedja och schemaversionen.
      --user NAMN är ett annat namn för --as. Slutkod 3 när kontrollen hittar fel.
  print closure-summary (--participant KOD … | --closed-from ÅÅÅÅ-MM-DD --closed-to ÅÅÅÅ-MM-DD)
      --out FIL [--variant participant|referrer] [--format pdf|docx] [--language sv|en]
      [--force] [--as NAMN]
      Skriver ut slutdokumentation för avslutade perioder i en fil, samma utskrift som i appen
      och bara det användaren får läsa. --participant tar en kod som K-0427 (k427 och K0427
      går också) eller ett id-nummer och kan ges flera gånger: deltagarens senaste avslutade
      period. --closed-from/--closed-to: alla perioder som avslutades från och med det ena
      datumet till och med det andra. Ange det ena eller det andra, inte båda.
      --variant: versionen till deltagaren (participant) eller till anvisande organisation
      (referrer, standard). --format: efter filändelsen i --out (.docx ger docx), annars pdf.
      --language: dokumentets språk (standard sv). Filen skrivs hel eller inte alls och kan
      bara läsas av ägaren (0600); en befintlig fil skrivs bara över med --force, och mappen
      måste finnas. Förloppet skrivs på standard fel (inte med --json). Slutkod 3 när någon
      utelämnades (filen skrivs ändå), 1 när inget fanns att skriva ut.
  serve [--port N] [--open] [--fixed-date ÅÅÅÅ-MM-DD]
      Startar webbläsarläget på 127.0.0.1 (slumpad port om --port saknas); med --open
      öppnas appen i Chromium när en skärm finns.
  start [--port N]
      Startar Electron om det finns, annars webbläsarläget (det \`npm start\` gör).

Konventioner (alla kommandon):
  --as NAMN          användaren som kommandot loggar in som; kan utelämnas när bara en
                     användare kan logga in
  lösenord           från SAMSYN_PASSWORD (och SAMSYN_NEW_PASSWORD), eller med
                     --password-stdin från standard in, ett per rad
  återställningsnyckel
                     administrativa kommandon som tar den (i dag verify) läser den från
                     SAMSYN_RECOVERY_KEY eller --recovery-key i stället för ett lösenord;
                     med --as används användarens lösenord
  --json             skriver exakt ett JSON-objekt på standard ut, även vid fel:
                     {"ok": false, "exitCode": N, "error": "…"}
  --help, -h, --version
  Fel skrivs som en rad på standard fel. Bara flaggorna som står vid kommandot godtas.

Endast för tester:
  --fixed-date ÅÅÅÅ-MM-DD
                     kommandot körs med detta datum som i dag (klockslaget är det
                     verkliga), t.ex. för end-to-end-tester. En produktionsversion av
                     Samsyn vägrar flaggan (slutkod 2). Electron-läget (start) har den inte.

Slutkoder:
  0  klart
  1  misslyckades (fel lösenord, okänd användare, databasen sa nej …)
  2  fel i kommandoraden: okänt kommando, okänd eller saknad flagga, felaktigt värde,
     inget lösenord – ingenting har gjorts
  3  körde klart men hittade problem (verify: bruten granskningslogg, integritetsfel,
     fel schemaversion; print closure-summary: några utelämnades)

Miljö: SAMSYN_DATA_DIR (datamapp), SAMSYN_PASSWORD, SAMSYN_NEW_PASSWORD,
SAMSYN_RECOVERY_KEY, SAMSYN_LANG (sv eller en).`,
  'cli.noCommand': 'Inget kommando angivet. Kommandon: {commands}. Se "samsyn --help".',
  'cli.unknownCommand': 'Okänt kommando: {command}. Se "samsyn --help".',
  'cli.unknownFlag': 'Okänd flagga: {flag}. Se "samsyn --help".',
  'cli.flagNotForCommand': 'Flaggan --{option} gäller inte "samsyn {command}". Se "samsyn --help".',
  'cli.flagTakesNoValue': 'Flaggan --{option} tar inget värde.',
  'cli.missingValue': 'Flaggan --{option} saknar värde.',
  'cli.missingOption': 'Flaggan --{option} saknas för "samsyn {command}". Se "samsyn --help".',
  'cli.aliasConflict': '--{option} och --{alias} betyder samma sak men har olika värden.',
  'cli.badChoice': 'Värdet "{value}" för --{option} är inte tillåtet. Tillåtna: {choices}.',
  'cli.badNumber': 'Värdet för --{option} måste vara ett heltal mellan {min} och {max}.',
  'cli.missingPassword': 'Inget lösenord: sätt SAMSYN_PASSWORD eller använd --password-stdin.',
  'cli.missingNewPassword':
    'Inget startlösenord: sätt SAMSYN_NEW_PASSWORD eller ge en andra rad med --password-stdin.',
  'cli.badRecoveryKey':
    'Återställningsnyckeln har fel form: den har 52 tecken, siffror och bokstäver (bindestreck och mellanslag räknas inte).',
  'cli.userOrRecoveryKey': 'Ange antingen --as (eller --user) eller --recovery-key, inte båda.',
  'cli.unknownOrg': 'Organisationen "{org}" finns inte. Finns: {known}.',
  'cli.unknownUser': 'Användaren "{name}" finns inte bland dem som kan logga in.',
  'cli.noUsers': 'Ingen användare kan logga in i den här datamappen.',
  'cli.chooseUser': 'Flera användare kan logga in: ange vilken med --as NAMN.',
  'cli.initDone': 'Samsyn är installerat för {team} i {dir}.',
  'cli.recoveryKey': 'Återställningsnyckel (visas bara nu – skriv ut eller skriv ned och förvara inlåst):',
  'cli.userAdded': 'Användaren {name} ({role}) är tillagd och måste byta lösenord vid första inloggningen.',
  'cli.demoDone':
    'Demodata skapad: {participants} deltagare, {contacts} kontakter, {progress} stegförflyttningar (frö {seed}).',
  'cli.demoTeamWork':
    'Demoteamet har {meetings} ärendegenomgångar, {actions} åtgärder ({overdue} försenade) och {staff} demokollegor.',
  'cli.demoPassword':
    'Demolösenord för alla demokollegor (visas bara nu – logga in med --as NAMN eller i appen):',
  'cli.verifyOk':
    'Allt är i ordning: integritetskontroll ok, granskningsloggen hel ({entries} poster), schema {schema}, {users} användare.',
  'cli.verifyFailed': 'Kontrollen hittade fel: {problems}',
  'cli.integrityProblem': 'integritetskontroll: {detail}',
  'cli.chainProblem': 'granskningsloggen är bruten vid post {id}',
  'cli.schemaProblem': 'schemaversion {database} i databasen, {app} i programmet',
  'cli.printWhat':
    'Ange vad som ska skrivas ut: --participant KOD (en eller flera gånger) eller --closed-from och --closed-to.',
  'cli.printBoth': 'Ange antingen --participant eller --closed-from och --closed-to, inte båda.',
  'cli.printBothDates': 'Ange både --closed-from och --closed-to, eller ingen av dem.',
  'cli.badDate': 'Värdet "{value}" för --{option} är inte ett datum på formen ÅÅÅÅ-MM-DD.',
  'cli.printDatesBackwards': '--closed-from ({from}) ligger efter --closed-to ({to}).',
  'cli.badParticipant':
    'Värdet "{value}" för --participant är varken en deltagarkod som K-0427 eller ett id-nummer.',
  'cli.printFormatMismatch':
    '--format {format} passar inte filnamnet {file}: ändra filändelsen eller --format.',
  'cli.outDirMissing': 'Mappen {dir} för --out finns inte.',
  'cli.outIsDirectory': '--out {file} är en mapp: ange ett filnamn.',
  'cli.outExists': 'Filen {file} finns redan. Välj ett annat namn eller skriv över den med --force.',
  'cli.writeFailed': 'Filen {file} kunde inte skrivas: {reason}',
  'cli.printProgress': 'Skriver ut … {done} av {total}',
  'cli.printFailed': 'Utskriften kunde inte göras klart.',
  'cli.printCancelled': 'Utskriften avbröts innan den blev klar.',
  'cli.printDone': 'Utskrivna dokument: {printed}. Filen: {file}',
  'cli.printSkippedTitle': 'Utelämnade:',
  'cli.skipped.noAccess': '{code}: du får inte läsa ärendet.',
  'cli.skipped.notClosed': '{code}: ingen avslutad period.',
  'cli.skipped.referrerNotCovered':
    '{code}: samtycket omfattade inte anvisande organisation på avslutsdagen.',
  'cli.skippedHidden': 'Dessutom {count} som inte kan skrivas ut.',
  'cli.printIncomplete': 'Utskriften är klar, men {count} utelämnades.',
} as const;

const en: Record<keyof typeof sv, string> = {
  'host.needToken': 'Open Samsyn through the address printed when the program started.',
  'host.notBuilt': 'The user interface is not built. Run "npm run build" first.',
  'host.listening': 'Samsyn is running at {url}',
  'host.openHint': 'Open the address in a browser on this computer. Stop with Ctrl+C.',
  'host.noElectron':
    'Electron is not available on this computer – Samsyn starts in browser mode on 127.0.0.1 instead.',
  'host.openingBrowser': 'Opening {browser} …',
  'host.fixedDateRefused':
    'A fixed date (--fixed-date) is for tests only and is refused by a production build of Samsyn.',
  'host.fixedDateInvalid': 'The fixed date "{date}" is not a date written YYYY-MM-DD.',
  'cli.usage': `Usage: samsyn <command> [options]

Commands:
  init --team NAME --admin-name NAME --admin-org ORG [--admin-profession PROFESSION] [--language sv|en]
      [--fixed-date YYYY-MM-DD]
      Creates a new encrypted database with the team and the first administrator, whose password
      is read from SAMSYN_PASSWORD or --password-stdin. ORG is the organisation's name or short
      code (AF, FK, KOM-AM, KOM-SOC, REG, SFI, OVR). Prints the recovery key – once.
  user add [--as ADMIN_NAME] --name NAME --org ORG --role ROLE --profession PROFESSION [--language sv|en]
      [--fixed-date YYYY-MM-DD]
      Adds a user (ROLE: admin, coordinator, caseworker, readonly). Two passwords: the
      administrator's (SAMSYN_PASSWORD or line 1 on stdin) and the new user's initial
      password (SAMSYN_NEW_PASSWORD or line 2 on stdin).
  demo --participants N [--seed S] [--as NAME] [--fixed-date YYYY-MM-DD]
      Makes the team a demo team: fills a database without participants with fictional
      participants (names, ages 18–64, genders, organisations, statuses, consents, contacts
      and progress over two years), mappings, action plans, past case reviews with notes,
      decisions and actions, and fictional colleagues from the team's organisations. Every
      demo colleague logs in with one demo password, printed once (with --json in the field
      demoPassword). The same seed gives the same data (seed 1 without --seed). Runs as an
      administrator.
  verify [--as NAME | --recovery-key KEY]
      Opens the database read-only with a user's password or the recovery key, runs the
      integrity check and checks the audit chain and the schema version.
      --user NAME is another name for --as. Exit code 3 when the check finds problems.
  print closure-summary (--participant CODE … | --closed-from YYYY-MM-DD --closed-to YYYY-MM-DD)
      --out FILE [--variant participant|referrer] [--format pdf|docx] [--language sv|en]
      [--force] [--as NAME]
      Prints closure summaries of closed periods into one file, the same print as in the app
      and only what the user may read. --participant takes a code such as K-0427 (k427 and
      K0427 work too) or an id and may be given more than once: the participant's newest
      closed period. --closed-from/--closed-to: every period closed from the one date up to
      and including the other. Give one or the other, not both.
      --variant: the version for the participant (participant) or for the referring
      organisation (referrer, the default). --format: from the extension of --out (.docx
      gives docx), otherwise pdf. --language: the document's language (sv by default). The
      file is written whole or not at all and only its owner can read it (0600); an existing
      file is replaced only with --force, and the folder must exist. Progress goes to standard
      error (not with --json). Exit code 3 when anyone was left out (the file is still
      written), 1 when there was nothing to print.
  serve [--port N] [--open] [--fixed-date YYYY-MM-DD]
      Starts the browser host on 127.0.0.1 (a random port without --port); with --open
      the app opens in Chromium when a display is available.
  start [--port N]
      Starts Electron when present, otherwise the browser host (what \`npm start\` does).

Conventions (every command):
  --as NAME          the user the command logs in as; may be left out when only one
                     user can log in
  passwords          from SAMSYN_PASSWORD (and SAMSYN_NEW_PASSWORD), or with
                     --password-stdin from standard input, one per line
  recovery key       admin commands that take it (today verify) read it from
                     SAMSYN_RECOVERY_KEY or --recovery-key instead of a password;
                     with --as the user's password is used
  --json             prints exactly one JSON object on standard output, also on failure:
                     {"ok": false, "exitCode": N, "error": "…"}
  --help, -h, --version
  Errors are one line on standard error. Only the options listed with a command are accepted.

Tests only:
  --fixed-date YYYY-MM-DD
                     the command runs with this date as today (the time of day is the
                     real one), e.g. for end-to-end tests. A production build of Samsyn
                     refuses the option (exit code 2). Electron (start) does not take it.

Exit codes:
  0  done
  1  failed (wrong password, unknown user, the database said no …)
  2  usage error: unknown command, unknown or missing option, bad value, no password –
     nothing was done
  3  ran to the end but found problems (verify: broken audit log, integrity problem,
     wrong schema version; print closure-summary: some were left out)

Environment: SAMSYN_DATA_DIR (data folder), SAMSYN_PASSWORD, SAMSYN_NEW_PASSWORD,
SAMSYN_RECOVERY_KEY, SAMSYN_LANG (sv or en).`,
  'cli.noCommand': 'No command given. Commands: {commands}. See "samsyn --help".',
  'cli.unknownCommand': 'Unknown command: {command}. See "samsyn --help".',
  'cli.unknownFlag': 'Unknown option: {flag}. See "samsyn --help".',
  'cli.flagNotForCommand': 'The option --{option} does not apply to "samsyn {command}". See "samsyn --help".',
  'cli.flagTakesNoValue': 'The option --{option} takes no value.',
  'cli.missingValue': 'The option --{option} has no value.',
  'cli.missingOption': 'The option --{option} is missing for "samsyn {command}". See "samsyn --help".',
  'cli.aliasConflict': '--{option} and --{alias} mean the same but have different values.',
  'cli.badChoice': 'The value "{value}" is not allowed for --{option}. Allowed: {choices}.',
  'cli.badNumber': 'The value of --{option} must be a whole number between {min} and {max}.',
  'cli.missingPassword': 'No password: set SAMSYN_PASSWORD or use --password-stdin.',
  'cli.missingNewPassword':
    'No initial password: set SAMSYN_NEW_PASSWORD or give a second line with --password-stdin.',
  'cli.badRecoveryKey':
    'The recovery key has the wrong form: it has 52 characters, digits and letters (dashes and spaces do not count).',
  'cli.userOrRecoveryKey': 'Give either --as (or --user) or --recovery-key, not both.',
  'cli.unknownOrg': 'The organisation "{org}" does not exist. Known: {known}.',
  'cli.unknownUser': 'The user "{name}" is not among those who can log in.',
  'cli.noUsers': 'No user can log in with this data folder.',
  'cli.chooseUser': 'Several users can log in: say which with --as NAME.',
  'cli.initDone': 'Samsyn is set up for {team} in {dir}.',
  'cli.recoveryKey': 'Recovery key (shown only now – print or write it down and keep it locked away):',
  'cli.userAdded': 'The user {name} ({role}) was added and must change the password at first login.',
  'cli.demoDone':
    'Demo data created: {participants} participants, {contacts} contacts, {progress} progress steps (seed {seed}).',
  'cli.demoTeamWork':
    'The demo team has {meetings} case reviews, {actions} actions ({overdue} overdue) and {staff} demo colleagues.',
  'cli.demoPassword':
    'Demo password for every demo colleague (shown only now – log in with --as NAME or in the app):',
  'cli.verifyOk':
    'All is well: integrity check ok, audit log intact ({entries} entries), schema {schema}, {users} users.',
  'cli.verifyFailed': 'The check found problems: {problems}',
  'cli.integrityProblem': 'integrity check: {detail}',
  'cli.chainProblem': 'the audit log is broken at entry {id}',
  'cli.schemaProblem': 'schema version {database} in the database, {app} in the program',
  'cli.printWhat': 'Say what to print: --participant CODE (once or more) or --closed-from and --closed-to.',
  'cli.printBoth': 'Give either --participant or --closed-from and --closed-to, not both.',
  'cli.printBothDates': 'Give both --closed-from and --closed-to, or neither.',
  'cli.badDate': 'The value "{value}" of --{option} is not a date written YYYY-MM-DD.',
  'cli.printDatesBackwards': '--closed-from ({from}) is after --closed-to ({to}).',
  'cli.badParticipant':
    'The value "{value}" of --participant is neither a participant code such as K-0427 nor an id.',
  'cli.printFormatMismatch':
    '--format {format} does not match the file name {file}: change the extension or --format.',
  'cli.outDirMissing': 'The folder {dir} of --out does not exist.',
  'cli.outIsDirectory': '--out {file} is a folder: give a file name.',
  'cli.outExists': 'The file {file} already exists. Choose another name or replace it with --force.',
  'cli.writeFailed': 'The file {file} could not be written: {reason}',
  'cli.printProgress': 'Printing … {done} of {total}',
  'cli.printFailed': 'The print could not be finished.',
  'cli.printCancelled': 'The print was cancelled before it was finished.',
  'cli.printDone': 'Documents printed: {printed}. File: {file}',
  'cli.printSkippedTitle': 'Left out:',
  'cli.skipped.noAccess': '{code}: you may not read the case.',
  'cli.skipped.notClosed': '{code}: no closed period.',
  'cli.skipped.referrerNotCovered':
    '{code}: the consent did not cover the referring organisation on the closure date.',
  'cli.skippedHidden': 'Also {count} that cannot be printed.',
  'cli.printIncomplete': 'The print is done, but {count, plural, one {# was} other {# were}} left out.',
};

export type HostMessageKey = keyof typeof sv;

/** The terminal's texts: one catalogue of the one translation system (main/api/i18n.ts). */
export const terminalCatalogue = createCatalogue<HostMessageKey>({ sv, en });

export function hostMessage(lang: Language, key: HostMessageKey, params?: TranslateParams): string {
  return terminalCatalogue.translate(lang, key, params);
}

/** Language for terminal output: SAMSYN_LANG, else LANG starting with "en", else Swedish. */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const explicit = env.SAMSYN_LANG;
  if (explicit === 'sv' || explicit === 'en') return explicit;
  return env.LANG?.startsWith('en') && !explicit ? 'en' : 'sv';
}
