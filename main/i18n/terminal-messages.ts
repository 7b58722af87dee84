import { type Language, interpolate } from '../api/i18n';

/** Texts printed or served by the hosts and the CLI (not the renderer). */
const sv = {
  'host.needToken': 'Öppna Samsyn via adressen som skrevs ut när programmet startade.',
  'host.notBuilt': 'Gränssnittet är inte byggt. Kör "npm run build" först.',
  'host.listening': 'Samsyn körs på {url}',
  'host.openHint': 'Öppna adressen i en webbläsare på den här datorn. Avsluta med Ctrl+C.',
  'host.noElectron':
    'Electron finns inte på den här datorn – Samsyn startar i stället i webbläsarläge på 127.0.0.1.',
  'host.openingBrowser': 'Öppnar {browser} …',
  'cli.usage': `Användning: samsyn <kommando> [flaggor]

Kommandon:
  init --team NAMN --admin-name NAMN --admin-org ORG [--admin-profession YRKE] [--language sv|en]
      Skapar en ny krypterad databas med teamet och den första administratören.
      ORG är organisationens namn eller kortkod (AF, FK, KOM-AM, KOM-SOC, REG, SFI, OVR).
      Skriver ut återställningsnyckeln – en enda gång.
  user add --as ADMINNAMN --name NAMN --org ORG --role ROLL --profession YRKE [--language sv|en]
      Lägger till en användare (ROLL: admin, coordinator, caseworker, readonly).
      Administratörens lösenord och den nya användarens startlösenord läses från
      SAMSYN_PASSWORD och SAMSYN_NEW_PASSWORD, eller två rader på stdin med --password-stdin.
  demo --participants N [--seed S] [--as NAMN]
      Fyller en databas utan deltagare med påhittade deltagare (namn, åldrar 18–64, kön,
      organisationer, status, samtycken, kontakter och stegförflyttningar under två år).
      Samma frö ger samma data. Lösenordet för NAMN (administratör; utelämnas när det bara
      finns en användare) läses från SAMSYN_PASSWORD eller --password-stdin.
  verify [--user NAMN | --recovery-key NYCKEL]
      Öppnar databasen med lösenord (SAMSYN_PASSWORD eller --password-stdin) eller
      återställningsnyckeln (--recovery-key eller SAMSYN_RECOVERY_KEY), kör integritetskontroll
      och kontrollerar granskningsloggens kedja. Slutkod 0 bara när allt är i ordning.
  serve [--port N] [--open]
      Startar webbläsarläget på 127.0.0.1 (slumpad port om --port saknas); med --open
      öppnas appen i Chromium när en skärm finns.
  start [--port N]
      Startar Electron om det finns, annars webbläsarläget (det \`npm start\` gör).

Gemensamma flaggor:
  --json             maskinläsbar utdata
  --password-stdin   läs lösenord från standard in (en per rad)
  --help, --version

Miljö: SAMSYN_DATA_DIR (datamapp), SAMSYN_PASSWORD, SAMSYN_NEW_PASSWORD,
SAMSYN_RECOVERY_KEY, SAMSYN_LANG (sv eller en).`,
  'cli.unknownCommand': 'Okänt kommando: {command}. Se "samsyn --help".',
  'cli.missingOption': 'Flaggan --{option} saknas. Se "samsyn --help".',
  'cli.badOption': 'Felaktiga flaggor: {detail}',
  'cli.missingPassword': 'Inget lösenord: sätt SAMSYN_PASSWORD eller använd --password-stdin.',
  'cli.missingNewPassword':
    'Inget startlösenord: sätt SAMSYN_NEW_PASSWORD eller ge en andra rad med --password-stdin.',
  'cli.unknownOrg': 'Organisationen "{org}" finns inte. Finns: {known}.',
  'cli.unknownUser': 'Användaren "{name}" finns inte bland dem som kan logga in.',
  'cli.chooseUser': 'Ange vilken användare med {flag} (flera kan logga in).',
  'cli.initDone': 'Samsyn är installerat för {team} i {dir}.',
  'cli.recoveryKey': 'Återställningsnyckel (visas bara nu – skriv ut eller skriv ned och förvara inlåst):',
  'cli.userAdded': 'Användaren {name} ({role}) är tillagd och måste byta lösenord vid första inloggningen.',
  'cli.demoDone':
    'Demodata skapad: {participants} deltagare, {contacts} kontakter, {progress} stegförflyttningar (frö {seed}).',
  'cli.badNumber': 'Värdet för --{option} måste vara ett heltal mellan {min} och {max}.',
  'cli.verifyOk':
    'Allt är i ordning: integritetskontroll ok, granskningsloggen hel ({entries} poster), schema {schema}, {users} användare.',
  'cli.verifyFailed': 'Kontrollen hittade fel: {problems}',
  'cli.integrityProblem': 'integritetskontroll: {detail}',
  'cli.chainProblem': 'granskningsloggen är bruten vid post {id}',
  'cli.schemaProblem': 'schemaversion {database} i databasen, {app} i programmet',
} as const;

const en: Record<keyof typeof sv, string> = {
  'host.needToken': 'Open Samsyn through the address printed when the program started.',
  'host.notBuilt': 'The user interface is not built. Run "npm run build" first.',
  'host.listening': 'Samsyn is running at {url}',
  'host.openHint': 'Open the address in a browser on this computer. Stop with Ctrl+C.',
  'host.noElectron':
    'Electron is not available on this computer – Samsyn starts in browser mode on 127.0.0.1 instead.',
  'host.openingBrowser': 'Opening {browser} …',
  'cli.usage': `Usage: samsyn <command> [options]

Commands:
  init --team NAME --admin-name NAME --admin-org ORG [--admin-profession PROFESSION] [--language sv|en]
      Creates a new encrypted database with the team and the first administrator.
      ORG is the organisation's name or short code (AF, FK, KOM-AM, KOM-SOC, REG, SFI, OVR).
      Prints the recovery key – once.
  user add --as ADMIN_NAME --name NAME --org ORG --role ROLE --profession PROFESSION [--language sv|en]
      Adds a user (ROLE: admin, coordinator, caseworker, readonly).
      The administrator's password and the new user's initial password are read from
      SAMSYN_PASSWORD and SAMSYN_NEW_PASSWORD, or two lines on stdin with --password-stdin.
  demo --participants N [--seed S] [--as NAME]
      Fills a database without participants with fictional participants (names, ages 18–64,
      genders, organisations, statuses, consents, contacts and progress over two years).
      The same seed gives the same data. The password of NAME (an admin; may be left out when
      there is only one user) is read from SAMSYN_PASSWORD or --password-stdin.
  verify [--user NAME | --recovery-key KEY]
      Opens the database with a password (SAMSYN_PASSWORD or --password-stdin) or the
      recovery key (--recovery-key or SAMSYN_RECOVERY_KEY), runs the integrity check and
      checks the audit chain. Exit code 0 only when all is well.
  serve [--port N] [--open]
      Starts the browser host on 127.0.0.1 (a random port without --port); with --open
      the app opens in Chromium when a display is available.
  start [--port N]
      Starts Electron when present, otherwise the browser host (what \`npm start\` does).

Common options:
  --json             machine-readable output
  --password-stdin   read passwords from standard input (one per line)
  --help, --version

Environment: SAMSYN_DATA_DIR (data folder), SAMSYN_PASSWORD, SAMSYN_NEW_PASSWORD,
SAMSYN_RECOVERY_KEY, SAMSYN_LANG (sv or en).`,
  'cli.unknownCommand': 'Unknown command: {command}. See "samsyn --help".',
  'cli.missingOption': 'The option --{option} is missing. See "samsyn --help".',
  'cli.badOption': 'Bad options: {detail}',
  'cli.missingPassword': 'No password: set SAMSYN_PASSWORD or use --password-stdin.',
  'cli.missingNewPassword':
    'No initial password: set SAMSYN_NEW_PASSWORD or give a second line with --password-stdin.',
  'cli.unknownOrg': 'The organisation "{org}" does not exist. Known: {known}.',
  'cli.unknownUser': 'The user "{name}" is not among those who can log in.',
  'cli.chooseUser': 'Say which user with {flag} (several can log in).',
  'cli.initDone': 'Samsyn is set up for {team} in {dir}.',
  'cli.recoveryKey': 'Recovery key (shown only now – print or write it down and keep it locked away):',
  'cli.userAdded': 'The user {name} ({role}) was added and must change the password at first login.',
  'cli.demoDone':
    'Demo data created: {participants} participants, {contacts} contacts, {progress} progress steps (seed {seed}).',
  'cli.badNumber': 'The value of --{option} must be a whole number between {min} and {max}.',
  'cli.verifyOk':
    'All is well: integrity check ok, audit log intact ({entries} entries), schema {schema}, {users} users.',
  'cli.verifyFailed': 'The check found problems: {problems}',
  'cli.integrityProblem': 'integrity check: {detail}',
  'cli.chainProblem': 'the audit log is broken at entry {id}',
  'cli.schemaProblem': 'schema version {database} in the database, {app} in the program',
};

export type HostMessageKey = keyof typeof sv;

export function hostMessage(
  lang: Language,
  key: HostMessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate((lang === 'en' ? en : sv)[key], params);
}

/** Language for terminal output: SAMSYN_LANG, else LANG starting with "en", else Swedish. */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const explicit = env.SAMSYN_LANG;
  if (explicit === 'sv' || explicit === 'en') return explicit;
  return env.LANG?.startsWith('en') && !explicit ? 'en' : 'sv';
}
