import { describe, expect, it } from 'vitest';
import {
  formatPersonalNumber,
  luhnCheckDigit,
  maskPersonalNumber,
  parsePersonalNumber,
} from '../../main/api/personal-number';

const TODAY = '2026-11-24';

describe('personal identity numbers', () => {
  it('computes the Luhn check digit', () => {
    expect(luhnCheckDigit('811218987')).toBe(6); // 811218-9876, the Tax Agency's example
    expect(luhnCheckDigit('121212121')).toBe(2);
  });

  it('accepts 10 and 12 digits, with or without separator, and normalises to 12', () => {
    for (const form of ['811218-9876', '8112189876', '19811218-9876', '198112189876', ' 811218 9876 ']) {
      const parsed = parsePersonalNumber(form, TODAY);
      expect(parsed, form).toEqual({
        ok: true,
        value: { normalised: '198112189876', birthYear: 1981, coordinationNumber: false },
      });
    }
  });

  it('chooses the century: latest not in the future, and + for 100 years or older', () => {
    expect(parsePersonalNumber('121212-1212', TODAY)).toMatchObject({ ok: true, value: { birthYear: 2012 } });
    expect(parsePersonalNumber('121212+1212', TODAY)).toMatchObject({ ok: true, value: { birthYear: 1912 } });
    // 27xxxx would be in the future in 2026, so it is 1927.
    const born1927 = `270101-123${luhnCheckDigit('270101123')}`;
    expect(parsePersonalNumber(born1927, TODAY)).toMatchObject({ ok: true, value: { birthYear: 1927 } });
  });

  it('accepts coordination numbers (day + 60)', () => {
    const number = `811278-987${luhnCheckDigit('811278987')}`;
    expect(parsePersonalNumber(number, TODAY)).toMatchObject({
      ok: true,
      value: { coordinationNumber: true, birthYear: 1981 },
    });
  });

  it('rejects wrong format, impossible dates, wrong check digits and future dates', () => {
    expect(parsePersonalNumber('81121-9876', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(parsePersonalNumber('abcdefghij', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(parsePersonalNumber(`811318-987${luhnCheckDigit('811318987')}`, TODAY)).toEqual({
      ok: false,
      problem: 'date',
    });
    expect(parsePersonalNumber(`810230-987${luhnCheckDigit('810230987')}`, TODAY)).toEqual({
      ok: false,
      problem: 'date',
    });
    expect(parsePersonalNumber('811218-9875', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePersonalNumber(`20300101-123${luhnCheckDigit('300101123')}`, TODAY)).toEqual({
      ok: false,
      problem: 'future',
    });
  });

  it('formats and masks', () => {
    expect(formatPersonalNumber('198112189876')).toBe('19811218-9876');
    expect(maskPersonalNumber('198112189876')).toBe('19811218-****');
  });
});
