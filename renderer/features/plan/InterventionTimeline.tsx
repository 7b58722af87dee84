import { useId, useMemo } from 'react';
import { todayIso } from '../../../main/api/dates';
import type { InterventionDto } from '../../../main/api/plan-mapping-types';
import { interventionStatuses } from '../../../main/api/schema-enums';
import { localeOf } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { monthLabelStep, timelineScale } from './timeline-scale';
import { TimelineRow } from './TimelineRow';

interface Props {
  interventions: InterventionDto[];
  typeLabel: (code: string) => string;
}

function parseDay(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The parallel interventions side by side over time: one row per intervention on one shared
 * month scale, with a marker for today, so gaps and overlaps show. The table below the chart
 * holds the same facts for those who do not read the chart.
 */
export function InterventionTimeline({ interventions, typeLabel }: Props) {
  const { t, lang } = useT();
  const headingId = useId();
  const descriptionId = useId();
  const today = todayIso();
  const scale = useMemo(() => timelineScale(interventions, today), [interventions, today]);
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(localeOf(lang), { month: 'short' }), [lang]);
  const step = monthLabelStep(scale.months.length);
  const runningToday = interventions.filter(
    (item) =>
      (item.status === 'ongoing' || item.status === 'planned') &&
      item.startOn <= today &&
      (item.endOn === null || item.endOn >= today),
  ).length;
  return (
    <figure className="plan-timeline" aria-labelledby={headingId} aria-describedby={descriptionId}>
      <figcaption>
        <h3 id={headingId} className="small-heading">
          {t('plan.timeline.title')}
        </h3>
        <p id={descriptionId} className="muted small">
          {t('plan.timeline.description')}{' '}
          {runningToday === 0
            ? t('plan.timeline.runningNone')
            : runningToday === 1
              ? t('plan.timeline.runningOne')
              : t('plan.timeline.runningMany', { count: runningToday })}
        </p>
      </figcaption>
      <div className="plan-timeline-chart">
        <div className="plan-timeline-axis" aria-hidden="true">
          <div className="plan-timeline-track">
            {scale.months.map((month, index) =>
              index % step === 0 ? (
                <span key={month} className="plan-timeline-month" style={{ left: `${scale.at(month)}%` }}>
                  {monthFormat.format(parseDay(month))}
                  {index === 0 || month.endsWith('-01-01') ? (
                    <span className="plan-timeline-year">{month.slice(0, 4)}</span>
                  ) : null}
                </span>
              ) : null,
            )}
          </div>
        </div>
        <ul className="plan-timeline-rows">
          {interventions.map((item) => (
            <TimelineRow key={item.id} intervention={item} scale={scale} typeLabel={typeLabel} />
          ))}
        </ul>
        <div className="plan-timeline-overlay" aria-hidden="true">
          {scale.months.map((month) => (
            <span key={month} className="plan-timeline-gridline" style={{ left: `${scale.at(month)}%` }} />
          ))}
          <span className="plan-timeline-today" style={{ left: `${scale.at(today)}%` }}>
            <span className="plan-timeline-today-label">{t('plan.timeline.today')}</span>
          </span>
        </div>
      </div>
      <ul className="plan-timeline-legend" aria-label={t('plan.timeline.legend')}>
        {interventionStatuses.map((status) => (
          <li key={status}>
            <span className={`plan-timeline-swatch plan-status-${status}`} aria-hidden="true" />
            {t(`plan.interventionStatus.${status}`)}
          </li>
        ))}
        <li>
          <span
            className="plan-timeline-swatch plan-status-ongoing plan-timeline-bar-open"
            aria-hidden="true"
          />
          {t('plan.timeline.openEnded')}
        </li>
      </ul>
    </figure>
  );
}
