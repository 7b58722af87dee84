import { type SQL, and, sql } from 'drizzle-orm';
import { idFromParticipantCode } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import type { Actor } from '../context';
import { idBytes, inIdBytes } from '../sql-lists';
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
 * How SQLite should find the matches of a search. `matches`: from the look-ups' results (each
 * match read, then sorted) — best when few rows match. `sortOrder`: along the sort's index,
 * each row tested against the look-ups' results (a byte per participant, inIdBytes) until the
 * page is full — best when many rows match, as a common word in the notes does.
 */
export type SearchPlan = 'matches' | 'sortOrder';

/**
 * The participants one FTS look-up found, read once for every statement of a list call: the
 * FTS5 index merges the terms a prefix matches on each read (about 2 ms for a common word at
 * 20,000 participants), and a statement's `IN (SELECT rowid … MATCH ?)` builds an index of them
 * on top of that.
 */
class Found {
  private bytes: Uint8Array | null | undefined;

  /** `json`: the participants' row ids as SQLite's JSON array; `count`: how many. */
  constructor(
    private readonly json: string,
    readonly count: number,
  ) {}

  /**
   * `pid` is one of them: `rows`, as an `IN` over the look-up's rows, which SQLite may read the
   * participants from; `bytes`, as a byte per participant tested row by row (inIdBytes).
   */
  has(pid: SQL, test: 'rows' | 'bytes'): SQL {
    if (test === 'rows') return sql`${pid} IN (SELECT value FROM json_each(${this.json}))`;
    if (this.bytes === undefined) this.bytes = idBytes(JSON.parse(this.json) as number[]);
    // Ids past a byte each: the same `IN`, which `+` keeps SQLite from reading the rows from.
    return this.bytes === null
      ? sql`+${pid} IN (SELECT value FROM json_each(${this.json}))`
      : inIdBytes(pid, this.bytes);
  }

  /** The participants as rows of `id`, with `src` naming the look-up. */
  rows(src: number): SQL {
    return sql`SELECT value AS id, ${sql.raw(String(src))} AS src FROM json_each(${this.json})`;
  }
}

/** One word of a search with its look-ups done: its pseudonym, and who each index found. */
export interface FoundWord {
  codeId: number | null;
  identity: Found | null;
  notes: Found | null;
}

/** At most how many participants a word matches (before access and the other words). */
function reach({ codeId, identity, notes }: FoundWord): number {
  return (codeId === null ? 0 : 1) + (identity?.count ?? 0) + (notes?.count ?? 0);
}

/**
 * The word that matches the fewest participants first (the first of equals), then the others in
 * their order: statements read the matches from the first, and test the others row by row. A
 * name and a common word ("Andersson arbetsträning") then cost the few hundred Anderssons, not
 * the ten thousand notes.
 */
function fewestFirst(words: readonly FoundWord[]): FoundWord[] {
  const first = words.reduce<FoundWord | undefined>(
    (best, word) => (best === undefined || reach(word) < reach(best) ? word : best),
    undefined,
  );
  return first === undefined ? [] : [first, ...words.filter((word) => word !== first)];
}

/**
 * The words of a search, each looked up once in the name and personal number index and in the
 * notes index. Searching then costs the same FTS work whatever the statements that use it.
 */
export function findWords(db: Db, text: string): FoundWord[] {
  const lookUp = (index: 'identity' | 'notes', fts: string): Found => {
    const row =
      index === 'identity'
        ? db.get<{ ids: string; n: number }>(sql`SELECT json_group_array(rowid) AS ids, count(*) AS n
            FROM participant_identity_fts WHERE participant_identity_fts MATCH ${fts}`)
        : db.get<{ ids: string; n: number }>(sql`SELECT json_group_array(rowid) AS ids, count(*) AS n
            FROM participant_notes_fts WHERE participant_notes_fts MATCH ${fts}`);
    return new Found(row?.ids ?? '[]', row?.n ?? 0);
  };
  return searchWords(text).map(({ codeId, fts }) => ({
    codeId,
    identity: fts === null ? null : lookUp('identity', fts),
    notes: fts === null ? null : lookUp('notes', fts),
  }));
}

/**
 * The search condition on participants `p`; `full` says whether the row is fully readable.
 * Every word must match, each on its own, one of: the name or personal number (only where the
 * actor may see them, so a protected identity cannot be found by name), the notes, or the
 * pseudonym code — so "Yusuf arbetsträning" finds the person whose name holds one word and
 * whose notes hold the other, whatever the order.
 *
 * Row by row the rule is: every word w matches `code(w) OR (full AND text(w))`, with
 * text(w) = (identity(w) AND identity visible) OR notes(w). The same, written so that `full`
 * (correlated consent look-ups) is tested once per row and after the cheap look-up tests:
 *
 *   AND over w of (code(w) OR text(w))   AND   (full OR every word is the code of p)
 *
 * (if `full` holds, the first part is the rule; if not, the rule needs every word to be a
 * code of p, and then the first part holds.) So on a row the actor may not read, no word can
 * match by name, number or notes: whether hidden text matched never shows. Each look-up's
 * result was read once (findWords). `matches`: the word with the fewest matches is an `IN` that
 * SQLite may read the rows from, the others are tested row by row; `sortOrder`: all of them are.
 */
export function searchCondition(
  actor: Actor,
  full: SQL,
  words: readonly FoundWord[],
  plan: SearchPlan = 'matches',
): SQL | null {
  const [first, ...rest] = fewestFirst(words);
  if (first === undefined) return null;
  return (
    and(
      wordTerm(actor, first, plan === 'sortOrder' ? 'bytes' : 'rows'),
      ...rest.map((word) => wordTerm(actor, word, 'bytes')),
      gate(words, full),
    ) ?? null
  );
}

/** One word's alternatives: its pseudonym, the visible name or number, the notes. */
function wordTerm(actor: Actor, { codeId, identity, notes }: FoundWord, test: 'rows' | 'bytes'): SQL {
  const pid = sql.raw('p.id');
  const alternatives: SQL[] = [];
  if (codeId !== null) alternatives.push(sql`p.id = ${codeId}`);
  if (identity !== null)
    alternatives.push(sql`(${identity.has(pid, test)} AND ${identityVisibleSql(actor)})`);
  if (notes !== null) alternatives.push(notes.has(pid, test));
  return sql`(${sql.join(alternatives, sql` OR `)})`;
}

/** The pseudonym every word names, if they all name the same one. */
function onlyCodeOf(words: readonly { codeId: number | null }[]): number | null {
  const codeIds = new Set(words.map((word) => word.codeId));
  const [onlyCode] = codeIds;
  return codeIds.size === 1 && typeof onlyCode === 'number' ? onlyCode : null;
}

/** Rows the actor may not read match only when every word is their pseudonym. */
function gate(words: readonly { codeId: number | null }[], full: SQL): SQL {
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
 * The same search for counting, read from the matches as they come: the look-ups of the word
 * with the fewest matches (`matches`: rows of `id` and `src`, the look-up that found it) are
 * read one match at a time, and `condition` holds the rest of searchCondition for a row `m` of
 * them joined to `p`, each other word tested by a byte per participant. A `p.id IN (…)` reads
 * every match into a temporary index before the first row; a count that stops at the cap then
 * uses a few hundred of thousands. The same participant can come from two look-ups: count
 * distinct ids.
 */
export function searchMatches(
  actor: Actor,
  full: SQL,
  words: readonly FoundWord[],
): { matches: SQL; condition: SQL } | null {
  const [first, ...rest] = fewestFirst(words);
  if (first === undefined) return null;
  const sources: SQL[] = [];
  if (first.codeId !== null) sources.push(sql`SELECT ${first.codeId} AS id, 0 AS src`);
  if (first.identity !== null) sources.push(first.identity.rows(1));
  if (first.notes !== null) sources.push(first.notes.rows(2));
  const condition = and(
    // A name or number found by the identity look-up counts only where the actor may see it.
    sql`(m.src <> 1 OR ${identityVisibleSql(actor)})`,
    ...rest.map((word) => wordTerm(actor, word, 'bytes')),
    gate(words, full),
  );
  if (condition === undefined) return null;
  return { matches: sql.join(sources, sql` UNION ALL `), condition };
}
