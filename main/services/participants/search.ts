import { type SQL, sql } from 'drizzle-orm';
import { idFromParticipantCode } from '../../api/participant-types';
import type { Actor } from '../context';
import { identityVisibleSql } from './access';

/**
 * Turns what a user typed into an FTS5 query: every word must match as a prefix. Digits
 * joined by '-' or '+' are one token, so "850312-1234" finds the personal number.
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const joined = text.replace(/(\d)[-+](?=\d)/g, '$1');
  const tokens = joined
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, 8);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}

/**
 * The search condition on participants `p`; `full` says whether the row is fully readable. Names and numbers match only where the actor may
 * see them (so a protected identity cannot be found by name); notes match only with full
 * access; the pseudonym code matches any case the actor may know of.
 */
export function searchCondition(actor: Actor, full: SQL, text: string): SQL | null {
  const conditions: SQL[] = [];
  const codeId = idFromParticipantCode(text);
  if (codeId !== null) conditions.push(sql`p.id = ${codeId}`);
  const query = ftsQuery(text);
  if (query !== null) {
    conditions.push(sql`(p.id IN (SELECT rowid FROM participant_identity_fts WHERE participant_identity_fts MATCH ${query})
      AND ${full} AND ${identityVisibleSql(actor)})`);
    conditions.push(sql`(p.id IN (SELECT rowid FROM participant_notes_fts WHERE participant_notes_fts MATCH ${query})
      AND ${full})`);
  }
  if (conditions.length === 0) return null;
  return sql`(${sql.join(conditions, sql` OR `)})`;
}
