import type { AgendaItemDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { isRedacted } from './room';
import { useItemTitle } from './useItemTitle';

interface Props {
  items: AgendaItemDto[];
  currentId: number | null;
  presentation: boolean;
  onSelect: (itemId: number) => void;
}

/** The agenda beside the case: where we are, what is done; any item can be chosen. */
export function MeetingAgendaNav({ items, currentId, presentation, onSelect }: Props) {
  const { t } = useT();
  const itemTitle = useItemTitle();
  return (
    <nav className="rv-mm-agenda" aria-labelledby="rv-mm-agenda-heading">
      <h2 id="rv-mm-agenda-heading">{t('reviews.agenda.title')}</h2>
      <ol>
        {items.map((item, index) => (
          <li key={item.id}>
            <button
              type="button"
              className="rv-mm-agenda-item"
              data-status={item.status}
              aria-current={item.id === currentId ? 'step' : undefined}
              onClick={() => onSelect(item.id)}
            >
              <span className="rv-mm-agenda-number">{index + 1}.</span>
              <span className="rv-mm-agenda-name">{itemTitle(item, presentation)}</span>
              <span className="rv-mm-agenda-state">
                {item.status === 'pending'
                  ? t('reviews.agenda.minutesValue', { minutes: item.minutes })
                  : t(`reviews.itemStatus.${item.status}`)}
              </span>
              {isRedacted(item) ? (
                <span className="rv-mm-agenda-state">{t('reviews.redacted.short')}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
