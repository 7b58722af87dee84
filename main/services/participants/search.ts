import { type SQL, and, sql } from 'drizzle-orm';
import { idFromParticipantCode } from '../../api/participant-types';
import type { Actor } from '../context';
import { identityVisibleSql } from './access';

/** Words searched at most; the rest of the text is ignored. Each costs up to two FTS lookups. */
const MAX_WORDS = 8;
/** FTS tokens searched at most within one word ("Anna-Karin", "K-0012", an address…). */
const MAX_TOKENS_PER_WORD = 8;

/**
 * Turns one word of what a user typed into an FTS5 query: each of its tokens must match as a
 * prefix, in the same index. Digits joined by '-' or '+' are one token, so "850312-1234"
 * finds the personal number. Only letters, combining marks and digits reach FTS5, each token
 * in double quotes, so nothing the user types is read as FTS syntax (", *, :, -, parentheses,
 * AND, OR, NOT and NEAR are plain text or separators). The index's tokenizer (unicode61,
 * remove_diacritics 2) folds case and diacritics on both sides, so "ÖBERG" finds "Öberg".
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(word: string): string | null {
  const joined = word.normalize('NFC').replace(/(\d)[-+](?=\d)/g, '$1');
  const tokens = joined
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((token) => /[\p{L}\p{N}]/u.test(token))
    .slice(0, MAX_TOKENS_PER_WORD);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}

/** One word of the search: the participant its pseudonym names, and its FTS query. */
export interface SearchWord {
  codeId: number | null;
  fts: string | null;
}

/**
 * The words of a search, split on white space. A word with nothing searchable in it (a lone
 * "-" or "*") is left out rather than matching nothing.
 */
export function searchWords(text: string): SearchWord[] {
  return text
    .split(/\s+/u)
    .map((word) => ({ codeId: idFromParticipantCode(word), fts: ftsQuery(word) }))
    .filter((word) => word.codeId !== null || word.fts !== null)
    .slice(0, MAX_WORDS);
}

/**
 * How SQLite should find the matches of a search. `matches`: from the FTS look-ups (each
 * match read, then sorted) — best when few rows match. `sortOrder`: along the sort's index,
 * each row tested against the look-ups' results (built once, with a Bloom filter) until the
 * page is full — best when many rows match, as a common word in the notes does.
 */
export type SearchPlan = 'matches' | 'sortOrder';

/**
 * The search condition on participants `p`; `full` says whether the row is fully readable.
 * Every word must match, each on its own, one of: the name or personal number (only where the
 * actor may see them, so a protected identity cannot be found by name), the notes, or the
 * pseudonym code — so "Yusuf arbetsträning" finds the person whose name holds one word and
 * whose notes hold the other, whatever the order.
 *
 * Row by row the rule is: every word w matches `code(w) OR (full AND text(w))`, with
 * text(w) = (identity(w) AND identity visible) OR notes(w). The same, written so that `full`
 * (correlated consent look-ups) is tested once per row and after the cheap FTS look-ups:
 *
 *   AND over w of (code(w) OR text(w))   AND   (full OR every word is the code of p)
 *
 * (if `full` holds, the first part is the rule; if not, the rule needs every word to be a
 * code of p, and then the first part holds.) So on a row the actor may not read, no word can
 * match by name, number or notes: whether hidden text matched never shows. Each FTS look-up
 * is an uncorrelated `p.id IN (SELECT rowid … MATCH ?)`, run once per statement on the index.
 */
export function searchCondition(
  actor: Actor,
  full: SQL,
  text: string,
  plan: SearchPlan = 'matches',
): SQL | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  // `+p.id` is the same value, but SQLite may not drive the query from the FTS look-up then.
  const pid = plan === 'sortOrder' ? sql.raw('+p.id') : sql.raw('p.id');
  return and(...words.map((word) => wordTerm(actor, word, pid)), gate(words, full)) ?? null;
}

/** One word's alternatives: its pseudonym, the visible name or number, the notes. */
function wordTerm(actor: Actor, { codeId, fts }: SearchWord, pid: SQL): SQL {
  const alternatives: SQL[] = [];
  if (codeId !== null) alternatives.push(sql`p.id = ${codeId}`);
  if (fts !== null) {
    alternatives.push(sql`(${pid} IN (SELECT rowid FROM participant_identity_fts WHERE participant_identity_fts MATCH ${fts})
      AND ${identityVisibleSql(actor)})`);
    alternatives.push(
      sql`${pid} IN (SELECT rowid FROM participant_notes_fts WHERE participant_notes_fts MATCH ${fts})`,
    );
  }
  return sql`(${sql.join(alternatives, sql` OR `)})`;
}

/** The pseudonym every word names, if they all name the same one. */
function onlyCodeOf(words: readonly SearchWord[]): number | null {
  const codeIds = new Set(words.map((word) => word.codeId));
  const [onlyCode] = codeIds;
  return codeIds.size === 1 && typeof onlyCode === 'number' ? onlyCode : null;
}

/** Rows the actor may not read match only when every word is their pseudonym. */
function gate(words: readonly SearchWord[], full: SQL): SQL {
  const onlyCode = onlyCodeOf(words);
  return onlyCode === null ? full : sql`(${full} OR p.id = ${onlyCode})`;
}

/**
 * Whether every row the search matches is one the actor may read: unless every word is the
 * same pseudonym (gate). A search with nothing searchable matches no row at all.
 */
export function searchRequiresFull(text: string): boolean {
  return onlyCodeOf(searchWords(text)) === null;
}

/**
 * The same search for counting, read from the matches as they come: the first word's look-ups
 * (`matches`: rows of `id` and `src`, the look-up that found it) are read one match at a time,
 * and `condition` holds the rest of searchCondition for a row `m` of them joined to `p`. An
 * uncorrelated `p.id IN (…)` reads every match of a look-up into a temporary index before the
 * first row; a count that stops at the cap then reads a few hundred of thousands. The same
 * participant can come from two look-ups: count distinct ids.
 */
export function searchMatches(
  actor: Actor,
  full: SQL,
  text: string,
): { matches: SQL; condition: SQL } | null {
  const words = searchWords(text);
  const [first, ...rest] = words;
  if (first === undefined) return null;
  const sources: SQL[] = [];
  if (first.codeId !== null) sources.push(sql`SELECT ${first.codeId} AS id, 0 AS src`);
  if (first.fts !== null) {
    sources.push(sql`SELECT rowid AS id, 1 AS src FROM participant_identity_fts
      WHERE participant_identity_fts MATCH ${first.fts}`);
    sources.push(sql`SELECT rowid AS id, 2 AS src FROM participant_notes_fts
      WHERE participant_notes_fts MATCH ${first.fts}`);
  }
  const pid = sql.raw('p.id');
  const condition = and(
    // A name or number found by the identity look-up counts only where the actor may see it.
    sql`(m.src <> 1 OR ${identityVisibleSql(actor)})`,
    ...rest.map((word) => wordTerm(actor, word, pid)),
    gate(words, full),
  );
  if (condition === undefined) return null;
  return { matches: sql.join(sources, sql` UNION ALL `), condition };
}
