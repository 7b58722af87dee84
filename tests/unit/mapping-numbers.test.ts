import { describe, expect, it } from 'vitest';
import type { TemplateField } from '../../main/api/mapping-template';
import { displayValue } from '../../renderer/features/mapping/display';
import { draftOf, parseSwedishNumber, valueOf } from '../../renderer/features/mapping/value';

const numberField = { key: 'years', type: 'number', options: [] } as unknown as TemplateField;

describe('numbers in mapping fields, the Swedish way', () => {
  it('accepts a decimal comma or point and spaces between thousands; shows a decimal comma', () => {
    expect(parseSwedishNumber('2,5')).toBe(2.5);
    expect(parseSwedishNumber('2.5')).toBe(2.5);
    expect(parseSwedishNumber('1 234,5')).toBe(1234.5);
    expect(parseSwedishNumber('1\u00a0234')).toBe(1234);
    expect(parseSwedishNumber('−3')).toBe(-3);
    expect(parseSwedishNumber('2,5,1')).toBeNull();
    expect(parseSwedishNumber('tre')).toBeNull();
    expect(valueOf(numberField, ' 2,5 ')).toBe(2.5);
    // Not a number: sent as typed, so the backend says what is wrong.
    expect(valueOf(numberField, 'ungefär 3')).toBe('ungefär 3');
    expect(draftOf(numberField, 2.5)).toBe('2,5');
    expect(displayValue(numberField, 12.75, 'en', '–', {})).toBe('12,75');
  });
});
