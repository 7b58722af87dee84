import type { ParsedInput } from '../../api/contract';
import type { ReviewSettings } from '../../api/review-types';
import type { Db } from '../../../db/open';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { readParticipantSettings } from '../participants/settings';
import { positiveInteger, readSettingValues, writeSettingValues } from '../settings/store';

const KEYS = {
  plannedEndWeeks: 'reviews.plannedEndWeeks',
  notDiscussedWeeks: 'reviews.notDiscussedWeeks',
  mappingWeeks: 'reviews.mappingWeeks',
  defaultItemMinutes: 'reviews.defaultItemMinutes',
} as const;

const defaults = { plannedEndWeeks: 4, notDiscussedWeeks: 6, mappingWeeks: 4, defaultItemMinutes: 10 };

/** Thresholds of the agenda suggestions (the inactivity threshold is the participants' one). */
export function readReviewSettings(db: Db): ReviewSettings {
  const values = readSettingValues(db, Object.values(KEYS));
  return {
    plannedEndWeeks: positiveInteger(values.get(KEYS.plannedEndWeeks), defaults.plannedEndWeeks),
    notDiscussedWeeks: positiveInteger(values.get(KEYS.notDiscussedWeeks), defaults.notDiscussedWeeks),
    mappingWeeks: positiveInteger(values.get(KEYS.mappingWeeks), defaults.mappingWeeks),
    defaultItemMinutes: positiveInteger(values.get(KEYS.defaultItemMinutes), defaults.defaultItemMinutes),
    inactivityWeeks: readParticipantSettings(db).inactivityWeeks,
  };
}

export function updateReviewSettings(
  { db, actor }: ServiceContext,
  input: ParsedInput<'reviews.updateSettings'>,
): ReviewSettings {
  return db.transaction((tx) => {
    writeSettingValues(
      tx,
      (Object.keys(KEYS) as (keyof typeof KEYS)[]).map((name) => [KEYS[name], String(input[name])]),
    );
    appendAudit(tx, {
      userId: actor.userId,
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'reviews',
      details: { ...input },
    });
    return readReviewSettings(tx);
  });
}
