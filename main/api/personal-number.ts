/**
 * Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer, day of birth + 60). Pure functions, shared by forms and the backend.
 */
export interface PersonalNumber {
  /** Normalised form: 12 digits, YYYYMMDDNNNC. */
  normalised: string;
  birthYear: number;
  coordinationNumber: boolean;
}

export type PersonalNumberProblem = 'format' | 'date' | 'checksum' | 'future';

/** Luhn check digit over the 9 digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses 10 or 12 digits, with or without '-' or '+' before the last four. In the 10-digit
 * form '+' means the person is 100 or older; the century is the latest that is not in the
 * future relative to `today` (YYYY-MM-DD).
 */
export function parsePersonalNumber(
  text: string,
  today: string,
): { ok: true; value: PersonalNumber } | { ok: false; problem: PersonalNumberProblem } {
  const match = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(text.trim().replace(/\s/g, ''));
  if (!match) return { ok: false, problem: 'format' };
  const [, century, yymmdd = '', separator, last4 = ''] = match;
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const coordinationNumber = rawDay > 60;
  const day = coordinationNumber ? rawDay - 60 : rawDay;
  const [todayYear = 0, todayMonth = 0, todayDay = 0] = today.split('-').map(Number);
  const todayKey = todayYear * 10000 + todayMonth * 100 + todayDay;

  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
  } else {
    year = Math.floor(todayYear / 100) * 100 + yy;
    if (year * 10000 + month * 100 + day > todayKey) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: 'date' };
  if (year * 10000 + month * 100 + day > todayKey) return { ok: false, problem: 'future' };
  if (luhnCheckDigit(`${yymmdd}${last4.slice(0, 3)}`) !== Number(last4[3]))
    return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    value: { normalised: `${year}${yymmdd.slice(2)}${last4}`, birthYear: year, coordinationNumber },
  };
}

/** YYYYMMDD-NNNC for display to those allowed to see it. */
export function formatPersonalNumber(normalised: string): string {
  return `${normalised.slice(0, 8)}-${normalised.slice(8)}`;
}

/** The default display: the birth date part only, YYYYMMDD-****. */
export function maskPersonalNumber(normalised: string): string {
  return `${normalised.slice(0, 8)}-****`;
}
