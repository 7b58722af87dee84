import { useId, useState } from 'react';
import type { PeriodDto } from '../../../main/api/participant-types';
import { useT } from '../../i18n/useT';
import { periodLabel } from './periods';

export interface PeriodChoice {
  /** The period to read: null for the current one (what every change is about). */
  periodId: number | null;
  /** The chosen earlier period, when one is chosen: shown as history, read-only. */
  history: PeriodDto | null;
  choose: (periodId: number | null) => void;
}

/** Which period a tab shows: the current one until the user picks an earlier one. */
export function usePeriodChoice(periods: readonly PeriodDto[]): PeriodChoice {
  const [chosen, setChosen] = useState<number | null>(null);
  // A choice that is no longer an earlier period (a new period began) falls back to the current.
  const history = periods.find((period) => period.id === chosen && !period.current) ?? null;
  return {
    periodId: history?.id ?? null,
    history,
    choose: (periodId) => {
      const period = periods.find((candidate) => candidate.id === periodId);
      setChosen(period && !period.current ? period.id : null);
    },
  };
}

interface Props {
  periods: readonly PeriodDto[];
  choice: PeriodChoice;
}

/**
 * The period chooser of the mapping and plan tabs (only when the person has had more than one
 * period), and the notice that an earlier period is history and cannot be changed.
 */
export function PeriodChooser({ periods, choice }: Props) {
  const { t } = useT();
  const id = useId();
  if (periods.length <= 1) return null;
  const current = periods.find((period) => period.current);
  return (
    <div className="period-chooser">
      <div className="field period-chooser-field">
        <label className="field-label" htmlFor={id}>
          {t('case.period.choose')}
        </label>
        <select
          id={id}
          className="input select"
          value={choice.history?.id ?? current?.id ?? ''}
          onChange={(event) => choice.choose(Number(event.target.value))}
        >
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {`${periodLabel(period, t)} – ${t(`participantStatus.${period.status}`)}`}
            </option>
          ))}
        </select>
      </div>
      {choice.history ? (
        <div className="alert alert-info period-history-notice" role="note">
          <p className="period-history-title">{t('case.period.history')}</p>
          <p>{t('case.period.historyExplain', { period: periodLabel(choice.history, t) })}</p>
        </div>
      ) : null}
    </div>
  );
}
