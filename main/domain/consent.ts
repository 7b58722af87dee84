/**
 * When a consent lets the team share information about a participant. Shared by the backend
 * (participant page, lists, access) and the renderer (which organisations a consent covers
 * today). Pure: no I/O, the date is passed in.
 *
 * The access rules and the lists test the same rule in SQL (`consentValidOn` in
 * main/services/participants/access.ts); tests/unit/domain-agreement.test.ts proves the two
 * agree row by row, so change them together.
 */
import { addDays } from '../api/dates';
import { CONSENT_EXPIRY_WARNING_DAYS } from '../api/defaults';
import type { ConsentState, ConsentStatus } from '../api/participant-types';

/** The last day of the warning period from `on`, kept for the day last asked (a list asks per row). */
let horizon = { on: '', last: '' };

/** Within the warning period: a new consent is needed soon (the last day itself included). */
function expiresSoon(validUntil: string, on: string): boolean {
  if (horizon.on !== on) horizon = { on, last: addDays(on, CONSENT_EXPIRY_WARNING_DAYS) };
  return validUntil <= horizon.last;
}

export interface ConsentDates {
  signedOn: string;
  validUntil: string;
  withdrawnOn: string | null;
}

/**
 * The consent's state on `on`. Withdrawal is tested first: a consent withdrawn before it was
 * signed (only possible in imported data) is withdrawn, not "not yet valid". The last day of
 * validity and the day before a withdrawal still count as valid; the day of a withdrawal does
 * not.
 */
export function consentStateOn(consent: ConsentDates, on: string): ConsentState {
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= on) return 'withdrawn';
  if (consent.signedOn > on) return 'not_yet_valid';
  if (consent.validUntil < on) return 'expired';
  return expiresSoon(consent.validUntil, on) ? 'expiring' : 'valid';
}

/** The states in which a consent covers its organisations (expiring soon is still valid). */
export function isValidConsentState(state: ConsentState): boolean {
  return state === 'valid' || state === 'expiring';
}

/** Signed, not expired and not withdrawn on `on`: the TypeScript form of `consentValidOn`. */
export function isConsentValidOn(consent: ConsentDates, on: string): boolean {
  return isValidConsentState(consentStateOn(consent, on));
}

/**
 * The last day covered by any consent valid on `on`, or null when none is: what the lists
 * compute in SQL as max(valid_until) over `consentValidOn`.
 */
export function latestValidUntil(consents: readonly ConsentDates[], on: string): string | null {
  let latest: string | null = null;
  for (const consent of consents) {
    if (isConsentValidOn(consent, on) && (latest === null || consent.validUntil > latest)) {
      latest = consent.validUntil;
    }
  }
  return latest;
}

/** The participant's consent column: from the last day of their latest valid consent. */
export function consentStatusOf(validUntil: string | null, today: string): ConsentStatus {
  if (validUntil === null) return 'none';
  return expiresSoon(validUntil, today) ? 'expiring' : 'valid';
}
