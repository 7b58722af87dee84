/** Languages the product speaks. Swedish is the default everywhere. */
import { languages } from './schema-enums';

export { languages };
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

export type TranslateParams = Record<string, string | number>;

/** The locale for dates, numbers and plural rules. */
export function localeOf(lang: Language): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralCategory(lang: Language, value: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(localeOf(lang))));
  return rules.select(value);
}

function formatCount(lang: Language, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(localeOf(lang))));
  return format.format(value);
}

const PLURAL_HEAD = /^\{(\w+), plural,/;

/**
 * Expands plural choices: `{count, plural, one {# åtgärd} other {# åtgärder}}` picks the form by
 * the language's plural rules (`=0`, `=1` … match a number exactly first; `other` is required),
 * and `#` becomes the number written the language's way ("1 234"). Choices may hold `{name}`
 * placeholders, filled afterwards. A malformed choice throws: the catalogue tests parse them all.
 */
function expandPlurals(template: string, params: TranslateParams | undefined, lang: Language): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = template.indexOf('{', at);
    if (start < 0) return out + template.slice(at);
    const head = PLURAL_HEAD.exec(template.slice(start));
    if (!head) {
      out += template.slice(at, start + 1);
      at = start + 1;
      continue;
    }
    out += template.slice(at, start);
    const options = new Map<string, string>();
    let index = start + head[0].length;
    for (;;) {
      while (template[index] === ' ') index += 1;
      if (template[index] === '}') {
        index += 1;
        break;
      }
      const selector = /^(=\d+|zero|one|two|few|many|other) ?\{/.exec(template.slice(index));
      if (!selector) throw new Error(`Malformed plural in: ${template}`);
      index += selector[0].length;
      let depth = 1;
      const bodyStart = index;
      while (index < template.length && depth > 0) {
        if (template[index] === '{') depth += 1;
        else if (template[index] === '}') depth -= 1;
        index += 1;
      }
      if (depth !== 0) throw new Error(`Malformed plural in: ${template}`);
      options.set(selector[1] ?? 'other', template.slice(bodyStart, index - 1));
    }
    if (!options.has('other')) throw new Error(`A plural needs "other": ${template}`);
    const name = head[1] ?? '';
    const raw = params?.[name];
    const value = typeof raw === 'number' ? raw : Number.NaN;
    const chosen =
      options.get(`=${value}`) ?? options.get(Number.isFinite(value) ? pluralCategory(lang, value) : 'other');
    out += (chosen ?? options.get('other') ?? '').replace(
      /#/g,
      // A number is written the language's way; a text (already formatted) as it is.
      Number.isFinite(value) ? formatCount(lang, value) : raw === undefined ? '#' : String(raw),
    );
    at = index;
  }
}

/**
 * Fills a catalogue text: plural choices first (see `expandPlurals`), then `{name}`
 * placeholders. Unknown placeholders are left as they are.
 */
export function interpolate(
  template: string,
  params?: TranslateParams,
  lang: Language = defaultLanguage,
): string {
  const expanded = template.includes(', plural,') ? expandPlurals(template, params, lang) : template;
  if (!params) return expanded;
  return expanded.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * The one translation system: a catalogue in both languages (Swedish the reference; English must
 * have the same keys, so a missing text does not compile), looked up with `interpolate`. The
 * renderer's texts, the backend's messages, the terminal's texts and the documents' words are each
 * one such catalogue.
 */
export interface Catalogue<K extends string> {
  translate: (lang: Language, key: K, params?: TranslateParams) => string;
  has: (key: string) => key is K;
  /** Every text of both languages, for tests that check each one parses. */
  texts: () => { lang: Language; key: K; text: string }[];
}

export function createCatalogue<K extends string>(
  catalogues: Record<Language, Record<K, string>>,
): Catalogue<K> {
  const reference = catalogues[defaultLanguage];
  return {
    translate: (lang, key, params) => interpolate(catalogues[lang][key], params, lang),
    has: (key): key is K => Object.prototype.hasOwnProperty.call(reference, key),
    texts: () =>
      languages.flatMap((lang) =>
        (Object.keys(reference) as K[]).map((key) => ({ lang, key, text: catalogues[lang][key] })),
      ),
  };
}
