import { inArray } from 'drizzle-orm';
import { CONSENT_EXPIRY_WARNING_DAYS, defaultParticipantSettings } from '../../api/defaults';
import type { ParsedInput } from '../../api/contract';
import type { ParticipantSettings } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';

const KEYS = {
  programmeMonths: 'participants.programmeMonths',
  inactivityWeeks: 'participants.inactivityWeeks',
  intakeCriteria: 'participants.intakeCriteria',
} as const;

function parseNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function parseList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : fallback;
  } catch {
    return fallback;
  }
}

/** The configurable programme length, inactivity threshold and intake criteria. */
export function readParticipantSettings(db: Db): ParticipantSettings {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(KEYS)))
    .all();
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return {
    programmeMonths: parseNumber(value(KEYS.programmeMonths), defaultParticipantSettings.programmeMonths),
    inactivityWeeks: parseNumber(value(KEYS.inactivityWeeks), defaultParticipantSettings.inactivityWeeks),
    intakeCriteria: parseList(value(KEYS.intakeCriteria), defaultParticipantSettings.intakeCriteria),
    consentExpiryDays: CONSENT_EXPIRY_WARNING_DAYS,
  };
}

export function updateParticipantSettings(
  { db, actor }: ServiceContext,
  input: ParsedInput<'settings.updateParticipants'>,
): ParticipantSettings {
  return db.transaction((tx) => {
    const now = new Date().toISOString();
    const values: [string, string][] = [
      [KEYS.programmeMonths, String(input.programmeMonths)],
      [KEYS.inactivityWeeks, String(input.inactivityWeeks)],
      [KEYS.intakeCriteria, JSON.stringify(input.intakeCriteria)],
    ];
    for (const [key, value] of values) {
      tx.insert(settings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
        .run();
    }
    appendAudit(tx, {
      userId: actor.userId,
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'participants',
      details: { programmeMonths: input.programmeMonths, inactivityWeeks: input.inactivityWeeks },
    });
    return readParticipantSettings(tx);
  });
}
