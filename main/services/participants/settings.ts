import { CONSENT_EXPIRY_WARNING_DAYS, defaultParticipantSettings } from '../../api/defaults';
import type { ParsedInput } from '../../api/contract';
import type { ParticipantSettings } from '../../api/participant-types';
import type { Db } from '../../../db/open';
import { appendAudit } from '../audit/audit';
import type { ServiceContext } from '../context';
import { CLOSED_ACCESS_MARGIN_KEY } from './access';
import {
  nonNegativeInteger,
  positiveInteger,
  readSettingValues,
  stringList,
  writeSettingValues,
} from '../settings/store';

const KEYS = {
  programmeMonths: 'participants.programmeMonths',
  inactivityWeeks: 'participants.inactivityWeeks',
  intakeCriteria: 'participants.intakeCriteria',
  closedAccessMarginDays: CLOSED_ACCESS_MARGIN_KEY,
} as const;

/** The configurable programme length, inactivity threshold and intake criteria. */
export function readParticipantSettings(db: Db): ParticipantSettings {
  const values = readSettingValues(db, Object.values(KEYS));
  return {
    programmeMonths: positiveInteger(
      values.get(KEYS.programmeMonths),
      defaultParticipantSettings.programmeMonths,
    ),
    inactivityWeeks: positiveInteger(
      values.get(KEYS.inactivityWeeks),
      defaultParticipantSettings.inactivityWeeks,
    ),
    intakeCriteria: stringList(values.get(KEYS.intakeCriteria), defaultParticipantSettings.intakeCriteria),
    consentExpiryDays: CONSENT_EXPIRY_WARNING_DAYS,
    closedAccessMarginDays: nonNegativeInteger(
      values.get(KEYS.closedAccessMarginDays),
      defaultParticipantSettings.closedAccessMarginDays,
    ),
  };
}

export function updateParticipantSettings(
  { db, actor }: ServiceContext,
  input: ParsedInput<'settings.updateParticipants'>,
): ParticipantSettings {
  return db.transaction((tx) => {
    writeSettingValues(tx, [
      [KEYS.programmeMonths, String(input.programmeMonths)],
      [KEYS.inactivityWeeks, String(input.inactivityWeeks)],
      [KEYS.intakeCriteria, JSON.stringify(input.intakeCriteria)],
      [KEYS.closedAccessMarginDays, String(input.closedAccessMarginDays)],
    ]);
    appendAudit(tx, {
      userId: actor.userId,
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'participants',
      details: {
        programmeMonths: input.programmeMonths,
        inactivityWeeks: input.inactivityWeeks,
        closedAccessMarginDays: input.closedAccessMarginDays,
      },
    });
    return readParticipantSettings(tx);
  });
}
