/**
 * Texts of the screens before the shell (starting up, logging in) and of the call layer's own
 * errors (Swedish, the reference). They ship with the renderer's entry; every other text is in
 * the full catalogue (sv.ts), loaded with the first screen that needs it (translate.ts).
 */
export const svCore = {
  'app.name': 'Samsyn',
  'common.loading': 'Hämtar…',
  'common.retry': 'Försök igen',
  'error.network': 'Samsyn svarar inte. Kontrollera att programmet är igång och försök igen.',
  'error.timeout': 'Samsyn svarade inte i tid. Försök igen; kvarstår felet, starta om programmet.',
  'error.badResponse': 'Samsyn gav ett oväntat svar. Försök igen; kvarstår felet, kontakta IT-stödet.',
  'language.choose': 'Språk',
  'language.sv': 'Svenska',
  'language.en': 'English',
  'field.password': 'Lösenord',
  'startup.title': 'Samsyn startar',
  'startup.loading': 'Startar Samsyn…',
  'startup.failedTitle': 'Samsyn kunde inte starta',
  'login.intro': 'Välj ditt namn och skriv ditt lösenord.',
  'login.chooseName': 'Välj ditt namn',
  'login.noUsers': 'Det finns inga aktiva användare. Kontakta administratören.',
  'login.checking': 'Kontrollerar lösenordet…',
  'login.submit': 'Logga in',
} as const;
