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

/**
 * What the closure form recorded on a period, as label/value pairs (only what it has): the
 * occupation at exit, the next step or why none was arranged, the handover, the recommendations.
 */
export function closureFormFacts(
  period: PeriodDto,
  t: (key: UiKey, params?: TranslateParams) => string,
  shortDate: (date: string | null) => string,
): [string, string][] {
  const facts: [string, string][] = [];
  if (period.occupationAtExit) facts.push([t('case.close.occupationAtExit'), period.occupationAtExit]);
  if (period.nextStepArranged === true) {
    const where = period.nextStepOrganisation ? ` · ${period.nextStepOrganisation.name}` : '';
    const when = period.nextStepStartOn
      ? ` · ${t('case.close.nextStartOn')} ${shortDate(period.nextStepStartOn)}`
      : '';
    facts.push([t('case.close.nextStep'), `${period.nextStepWhat ?? ''}${where}${when}`]);
    if (period.nextStepContact) facts.push([t('case.close.nextContact'), period.nextStepContact]);
  } else if (period.nextStepArranged === false) {
    facts.push([t('case.close.nextStep.notArranged'), period.nextStepNotArrangedReason ?? '']);
  }
  if (period.handoverTo) facts.push([t('case.close.handoverTo'), period.handoverTo]);
  if (period.recommendations) facts.push([t('case.close.recommendations'), period.recommendations]);
  return facts;
}
