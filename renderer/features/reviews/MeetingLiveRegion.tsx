import { useT } from '../../i18n/useT';

export interface LiveMessage {
  text: string;
  /** Grows with every message, so the same text said twice is announced twice. */
  seq: number;
}

/**
 * The meeting's one polite live region: what just changed (saved, ticked, moved to the next
 * item), also visible in the footer so everyone in the room sees the same confirmation.
 */
export function MeetingLiveRegion({ message }: { message: LiveMessage | null }) {
  const { t } = useT();
  return (
    <div className="rv-mm-live">
      {message ? (
        <span className="rv-mm-live-label" aria-hidden="true">
          {t('reviews.live.label')}
        </span>
      ) : null}
      <p id="rv-mm-live" role="status" aria-live="polite" aria-atomic="true" className="rv-mm-live-text">
        {message ? <span key={message.seq}>{message.text}</span> : null}
      </p>
    </div>
  );
}
