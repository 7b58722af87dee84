import { describe, expect, it } from 'vitest';
import { closureSummaryTexts } from '../../main/api/documents/closure-summary-texts';
import { enumLabels } from '../../main/api/enum-labels';
import { type Catalogue, interpolate } from '../../main/api/i18n';
import { apiMessage, messageCatalogue } from '../../main/api/messages';
import { terminalCatalogue } from '../../main/i18n/terminal-messages';
import { uiCatalogue } from '../../renderer/i18n/catalogue';
import { loadUiCatalogue, translate } from '../../renderer/i18n/translate';

/*
 * The one translation system (main/api/i18n.ts): every catalogue — the screen's, the backend's
 * messages, the terminal's, the documents' words — is looked up and filled the same way, with
 * plural forms by the language's rules.
 */

/** What is wrong with a catalogue's texts: empty, a plural that does not parse, a number in one language only. */
function catalogueProblems<K extends string>(name: string, catalogue: Catalogue<K>): string[] {
  const problems: string[] = [];
  const texts = catalogue.texts();
  for (const { lang, key, text } of texts) {
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${name} ${lang} ${key}: empty`);
      continue;
    }
    const plurals = [...text.matchAll(/\{(\w+), plural,/g)].map((match) => match[1]!);
    for (const value of [0, 1, 2, 5]) {
      const params = Object.fromEntries(plurals.map((param) => [param, value]));
      try {
        const filled = catalogue.translate(lang, key, params);
        if (filled.includes(', plural,')) problems.push(`${name} ${lang} ${key}: plural left unexpanded`);
      } catch (error) {
        problems.push(`${name} ${lang} ${key}: ${(error as Error).message}`);
      }
    }
    // A plural in one language and nothing in the other would leave a number out somewhere.
    const other = texts.find((entry) => entry.key === key && entry.lang !== lang)?.text ?? '';
    for (const param of plurals) {
      if (!other.includes(`{${param}, plural,`) && !other.includes(`{${param}}`)) {
        problems.push(`${name} ${key}: {${param}} is missing in one language`);
      }
    }
  }
  return problems;
}

describe('one translation system with plural forms', () => {
  it('picks the plural form by the language, writes the number the language’s way, fills placeholders inside', () => {
    const template =
      '{count, plural, =0 {inga åtgärder} one {# åtgärd för {name}} other {# åtgärder för {name}}}';
    expect(interpolate(template, { count: 0, name: 'Åsa' }, 'sv')).toBe('inga åtgärder');
    expect(interpolate(template, { count: 1, name: 'Åsa' }, 'sv')).toBe('1 åtgärd för Åsa');
    expect(interpolate(template, { count: 2, name: 'Åsa' }, 'sv')).toBe('2 åtgärder för Åsa');
    expect(interpolate(template, { count: 12345, name: 'Åsa' }, 'sv')).toBe('12\u00a0345 åtgärder för Åsa');
    expect(interpolate('{n, plural, one {# day} other {# days}}', { n: 1234 }, 'en')).toBe('1,234 days');
    expect(() => interpolate('{n, plural, one {# dag}}', { n: 1 }, 'sv')).toThrow(/other/);
    expect(() => interpolate('{n, plural, one {# dag} other {# dagar}', { n: 1 }, 'sv')).toThrow(/Malformed/);
  });

  it('says "1 öppen åtgärd", not "1 öppna åtgärder", in every part of the app', () => {
    expect(apiMessage('sv', 'error.closeHasOpenItems', { interventions: 1, actions: 1 })).toContain(
      '1 pågående eller planerad insats och 1 öppen åtgärd.',
    );
    expect(apiMessage('sv', 'error.closeHasOpenItems', { interventions: 0, actions: 3 })).toContain(
      '0 pågående eller planerade insatser och 3 öppna åtgärder.',
    );
    expect(apiMessage('en', 'error.closeHasOpenItems', { interventions: 1, actions: 2 })).toContain(
      '1 ongoing or planned intervention and 2 open actions.',
    );
    const ui = uiCatalogue.translate;
    expect(ui('sv', 'reviews.reasonValue.overdue_actions', { n: 1 })).toBe('1 förfallen åtgärd');
    expect(ui('sv', 'reviews.reasonValue.new_referral', { n: 1 })).toBe('Ny anvisning – väntat 1 dag');
    expect(ui('en', 'caseload.count', { count: 1 })).toBe('1 participant');
    expect(ui('sv', 'reviews.finish.pending', { count: 1 })).toBe(
      'En punkt är inte genomgången. Den flyttas till nästa möte.',
    );
    expect(closureSummaryTexts.translate('sv', 'participant.days', { count: 1 })).toBe('Du var med i 1 dag.');
    expect(terminalCatalogue.translate('en', 'cli.printIncomplete', { count: 1 })).toBe(
      'The print is done, but 1 was left out.',
    );
  });

  it('every text of every catalogue parses, in both languages, with every plural form', () => {
    const problems = [
      ...catalogueProblems('renderer', uiCatalogue),
      ...catalogueProblems('messages', messageCatalogue),
      ...catalogueProblems('terminal', terminalCatalogue),
      ...catalogueProblems('closure summaries', closureSummaryTexts),
      ...catalogueProblems('fixed value sets', enumLabels),
    ];
    expect(problems).toEqual([]);
  });
});

describe('the screen’s texts load in two parts', () => {
  it('the login screen’s texts come with the entry; the rest once the full catalogue is loaded', async () => {
    expect(translate('sv', 'login.submit')).toBe('Logga in');
    expect(translate('en', 'error.network')).toBe(uiCatalogue.translate('en', 'error.network'));
    // Not loaded yet: the key itself, never a wrong text.
    expect(translate('sv', 'caseload.title')).toBe('caseload.title');
    await loadUiCatalogue();
    expect(translate('sv', 'caseload.title')).toBe('Deltagare');
    expect(translate('en', 'caseload.count', { count: 1 })).toBe('1 participant');
    expect(translate('sv', 'login.submit')).toBe('Logga in');
  });
});
