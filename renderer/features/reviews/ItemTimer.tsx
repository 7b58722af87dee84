import { useT } from '../../i18n/useT';
import { clock } from './format';

interface Props {
  elapsed: number;
  minutes: number;
}

/** Time spent on the item against its time box; past the box it says so (it never stops anyone). */
export function ItemTimer({ elapsed, minutes }: Props) {
  const { t } = useT();
  const box = minutes * 60;
  const over = elapsed > box;
  const share = Math.min(100, Math.round((100 * elapsed) / Math.max(1, box)));
  return (
    <div className="rv-timer" data-over={over ? 'true' : undefined}>
      <span className="visually-hidden">{t('reviews.timer.label')}</span>
      <span className="rv-timer-clock">
        {clock(elapsed)} / {clock(box)}
      </span>
      <span className="rv-timer-bar" aria-hidden="true">
        <span className="rv-timer-fill" style={{ width: `${share}%` }} />
      </span>
      {over ? (
        <span className="rv-timer-over">{t('reviews.timer.over', { time: clock(elapsed - box) })}</span>
      ) : null}
    </div>
  );
}
