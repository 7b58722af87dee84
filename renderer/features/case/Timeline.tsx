import type { ParticipantEventDto, PeriodDto } from '../../../main/api/participant-types';
import { useCodeLabel } from '../../api/code-lists';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { periodLabel } from './periods';

/** Events newest first (they come oldest first). */
function EventList({ events }: { events: ParticipantEventDto[] }) {
  const { t } = useT();
  const shortDate = useShortDate();
  const codeLabel = useCodeLabel();
  const ordered = [...events].reverse();
  return (
    <ol className="timeline">
      {ordered.map((event) => (
        <li key={event.id} className={`timeline-item timeline-${event.kind}`}>
          <p className="timeline-head">
            <time dateTime={event.onDate}>{shortDate(event.onDate)}</time>
            <strong>{t(`eventKind.${event.kind}`)}</strong>
            {event.createdByName ? (
              <span className="muted">{t('case.timeline.by', { name: event.createdByName })}</span>
            ) : null}
          </p>
          {event.plannedEndOn ? (
            <p>{t('case.timeline.plannedEnd', { date: shortDate(event.plannedEndOn) })}</p>
          ) : null}
          {event.closureReason ? <p>{codeLabel('closure_reasons', event.closureReason)}</p> : null}
          {event.reason ? <p className="prewrap">{event.reason}</p> : null}
          {event.intakeCriteria.length > 0 ? (
            <p className="muted">{t('case.timeline.criteria', { list: event.intakeCriteria.join('; ') })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The dated events the status is derived from, newest first. With more than one period the
 * events are grouped under their period (the newest period first).
 */
export function Timeline({ events, periods }: { events: ParticipantEventDto[]; periods: PeriodDto[] }) {
  const { t } = useT();
  if (periods.length <= 1) return <EventList events={events} />;
  return (
    <div className="timeline-periods">
      {periods.map((period) => {
        const own = events.filter((event) => event.periodId === period.id);
        return (
          <section
            key={period.id}
            className="timeline-period"
            aria-labelledby={`timeline-period-${period.id}`}
          >
            <h3 id={`timeline-period-${period.id}`} className="timeline-period-heading">
              {periodLabel(period, t)}
            </h3>
            {own.length === 0 ? (
              <p className="muted">{t('case.periods.noEvents')}</p>
            ) : (
              <EventList events={own} />
            )}
          </section>
        );
      })}
    </div>
  );
}
