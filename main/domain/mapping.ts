/**
 * How complete a participant's mapping is, from the stored counts: `mappings.filled_count`
 * (fields holding a value, kept by triggers) over `mapping_templates.field_count` (fields that
 * are not deprecated). The participant list, the agenda suggestions and the meeting's summary
 * card all show it, so they compute it here and only read the counts in SQL;
 * tests/unit/domain-agreement.test.ts runs all three against one database. Pure: no I/O.
 */

/** The counts of the current period's mapping; null when the period has no mapping yet. */
export interface MappingCounts {
  filled: number;
  fields: number;
}

/** The counts as SQL reads them: both null (a left join or a subquery) when there is no mapping. */
export function mappingCounts(filled: number | null, fields: number | null): MappingCounts | null {
  return filled === null || fields === null ? null : { filled, fields };
}

/**
 * Percent filled, 0–100; null without a mapping. A template without fields counts as one
 * field, so it reads 0 % until something is filled. Rounded, but never up to 100 while a
 * field is empty (199 of 200): a mapping shown as complete must not be suggested for the
 * agenda as incomplete. Values of fields that are no longer counted cannot lift it above 100.
 */
export function mappingCompleteness(counts: MappingCounts | null): number | null {
  if (counts === null) return null;
  const fields = Math.max(counts.fields, 1);
  if (counts.filled >= fields) return 100;
  return Math.min(99, Math.round((100 * counts.filled) / fields));
}

/** Every field filled. No mapping at all is not complete. */
export function isMappingComplete(counts: MappingCounts | null): boolean {
  return mappingCompleteness(counts) === 100;
}
