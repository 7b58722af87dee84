import type { ParticipantEventDto } from '../../../main/api/participant-types';
import { useShortDate } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

/** The dated events the status is derived from, newest first. */
export function Timeline({ events }: { events: ParticipantEventDto[] }) {
  const { t } = useT();
  const shortDate = useShortDate();
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
          {event.closureReason ? <p>{t(`closureReason.${event.closureReason}`)}</p> : null}
          {event.reason ? <p className="prewrap">{event.reason}</p> : null}
          {event.intakeCriteria.length > 0 ? (
            <p className="muted">{t('case.timeline.criteria', { list: event.intakeCriteria.join('; ') })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
