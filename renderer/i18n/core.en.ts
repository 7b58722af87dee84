import type { svCore } from './core.sv';

/** Texts of the screens before the shell and of the call layer's own errors (English). */
export const enCore: Record<keyof typeof svCore, string> = {
  'app.name': 'Samsyn',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'error.network': 'Samsyn is not responding. Check that the program is running and try again.',
  'error.timeout': 'Samsyn did not answer in time. Try again; if it persists, restart the program.',
  'error.badResponse': 'Samsyn gave an unexpected answer. Try again; if it persists, contact IT support.',
  'language.choose': 'Language',
  'language.sv': 'Svenska',
  'language.en': 'English',
  'field.password': 'Password',
  'startup.title': 'Samsyn is starting',
  'startup.loading': 'Starting Samsyn…',
  'startup.failedTitle': 'Samsyn could not start',
  'login.intro': 'Choose your name and enter your password.',
  'login.chooseName': 'Choose your name',
  'login.noUsers': 'There are no active users. Contact the administrator.',
  'login.checking': 'Checking the password…',
  'login.submit': 'Log in',
};
