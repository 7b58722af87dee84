import type { InterventionDto } from '../../../main/api/plan-mapping-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import type { TimelineScale } from './timeline-scale';

interface Props {
  intervention: InterventionDto;
  scale: TimelineScale;
  typeLabel: (code: string) => string;
}

/** One intervention as a bar on the shared time scale; the period is also given as text. */
export function TimelineRow({ intervention: item, scale, typeLabel }: Props) {
  const { t } = useT();
  const shortDate = useShortDate();
  const bar = scale.bar(item);
  const period = item.endOn
    ? t('plan.period', { from: shortDate(item.startOn), to: shortDate(item.endOn) })
    : t('plan.periodOpen', { from: shortDate(item.startOn) });
  const classes = [
    'plan-timeline-bar',
    `plan-status-${item.status}`,
    bar.openEnded ? 'plan-timeline-bar-open' : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="plan-timeline-row" data-intervention={item.id}>
      <p className="plan-timeline-label">
        <span className="plan-timeline-type">{typeLabel(item.typeCode)}</span>
        <span className="plan-timeline-provider">{item.providerOrganisation.name}</span>
      </p>
      <div className="plan-timeline-track">
        <div className={classes} style={{ left: `${bar.left}%`, width: `${bar.width}%` }}>
          <span className="plan-timeline-bar-text">
            {t(`plan.interventionStatus.${item.status}`)}
            <span className="visually-hidden">, {period}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
