/**
 * Messages shared by the backend and the renderer: error texts and validation texts.
 * Swedish is the reference catalog; `en.ts` must provide the same keys.
 */
export const sv = {
  // Generic error texts per code.
  'error.invalid_input': 'Uppgifterna är inte giltiga. Kontrollera de markerade fälten.',
  'error.unauthenticated': 'Du är inte inloggad. Logga in igen.',
  'error.forbidden': 'Du har inte behörighet att göra detta.',
  'error.not_found': 'Det du söker finns inte (längre).',
  'error.conflict': 'Åtgärden krockar med befintliga uppgifter.',
  'error.locked': 'Sessionen är låst. Lås upp med ditt lösenord.',
  'error.wrong_password': 'Fel lösenord.',
  'error.internal': 'Något gick fel i Samsyn. Försök igen; kvarstår felet, kontakta IT-stödet.',
  'error.unknownProcedure': 'Okänd begäran.',
  'error.notInitialized': 'Samsyn är inte installerat ännu. Kör först installationsguiden.',
  'error.alreadyInitialized': 'Samsyn är redan installerat i den här datamappen.',
  'error.databaseTooNew':
    'Databasen har skapats av en nyare version av Samsyn ({dbVersion}) än den här ({appVersion}). Uppdatera programmet.',
  'error.migrationFailed': 'Databasen kunde inte uppgraderas. Inget har ändrats. Detaljer: {detail}',
  'error.keyringMissing': 'Nyckelfilen saknas i datamappen ({path}). Databasen kan inte öppnas.',
  'error.keyringCorrupt': 'Nyckelfilen är skadad eller har ett okänt format ({path}).',
  'error.databaseUnreadable': 'Databasfilen kan inte läsas med nyckeln. Den kan vara skadad.',
  'error.databaseBusy': 'Databasen används av ett annat program just nu. Försök igen om en stund.',
  'error.wrongRecoveryKey': 'Återställningsnyckeln stämmer inte.',
  'error.userInactive': 'Användaren är avaktiverad.',
  'error.userNotFound': 'Användaren finns inte.',
  'error.organisationNotFound': 'Organisationen finns inte.',
  'error.organisationInUse': 'Organisationen har aktiva användare och kan inte tas bort.',
  'error.duplicateOrganisationCode': 'Det finns redan en organisation med koden {code}.',
  'error.duplicateUserName': 'Det finns redan en aktiv användare med namnet {name}.',
  'error.cannotDeactivateSelf': 'Du kan inte avaktivera dig själv.',
  'error.lastAdmin': 'Det måste finnas minst en aktiv administratör.',
  'error.mustChangePassword': 'Du måste byta lösenord innan du fortsätter.',
  'error.samePassword': 'Det nya lösenordet måste skilja sig från det gamla.',
  'error.tooManyAttempts': 'För många misslyckade försök. Vänta {seconds} sekunder och försök igen.',
  'error.sessionExpired': 'Sessionen har gått ut. Logga in igen.',
  'error.badRequest': 'Felaktig begäran.',

  // Validation texts (used as zod messages by key).
  'validation.required': 'Fältet måste fyllas i.',
  'validation.tooLong': 'Texten är för lång (högst {max} tecken).',
  'validation.invalid': 'Ogiltigt värde.',
  'validation.passwordTooShort': 'Lösenordet måste ha minst {min} tecken.',
  'validation.passwordContainsName': 'Lösenordet får inte innehålla ditt namn.',
  'validation.passwordTooSimple': 'Lösenordet är för enkelt – använd fler olika tecken.',
  'validation.passwordsDiffer': 'Lösenorden är inte likadana.',
  'validation.orgCode': 'Koden får bara innehålla A–Z, 0–9 och bindestreck (högst 12 tecken).',
  'validation.atLeastOneOrganisation': 'Ange minst en organisation.',
  'validation.duplicateOrgCode': 'Koden {code} förekommer flera gånger.',
  'validation.unknownOrganisation': 'Välj en organisation i listan.',
  'validation.recoveryKeyFormat': 'Återställningsnyckeln har fel format.',
} as const;

export type MessageKey = keyof typeof sv;
