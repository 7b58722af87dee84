import type { ParticipantDetail, ParticipantStatus, PeriodDto } from '../../../main/api/participant-types';
import type { UiKey } from '../../i18n/sv';
import type { TranslateParams } from '../../i18n/translate';

/** The statuses of a period that has ended: the person may be referred again. */
export const endedStatuses: readonly ParticipantStatus[] = ['closed', 'declined', 'withdrawn'];

/** The period the page's status and actions are about. */
export function currentPeriodOf(participant: Pick<ParticipantDetail, 'periods'>): PeriodDto | undefined {
  return participant.periods.find((period) => period.current);
}

/** "Period 2 (pågående)" for the current period while it goes on, "Period 1" for history. */
export function periodLabel(period: PeriodDto, t: (key: UiKey, params?: TranslateParams) => string): string {
  if (!period.current) return t('case.periods.label', { seq: period.seq });
  return endedStatuses.includes(period.status)
    ? t('case.periods.labelLatest', { seq: period.seq })
    : t('case.periods.labelOngoing', { seq: period.seq });
}
