import type { SummaryCardDto } from '../../../main/api/review-types';
import { useCodeLabel } from '../../api/code-lists';
import { useT } from '../../i18n/useT';
import { useDateFormats } from './format';

/** Progress in these categories may say something about health: hidden like sensitive fields. */
const sensitiveCategories = new Set(['health', 'care_contact']);

interface Props {
  card: SummaryCardDto;
  hideSensitive: boolean;
}

/** The latest steps forward and contacts (passivity is the enemy: the dates show it). */
export function ActivitySummary({ card, hideSensitive }: Props) {
  const { t } = useT();
  const dates = useDateFormats();
  const codeLabel = useCodeLabel();
  return (
    <section className="rv-card" aria-labelledby="rv-card-activity">
      <h3 id="rv-card-activity">{t('reviews.card.activity')}</h3>
      <h4>{t('reviews.card.progress')}</h4>
      {card.latestProgress.length === 0 ? (
        <p className="rv-empty">{t('reviews.card.noProgress')}</p>
      ) : (
        <ul className="rv-card-list">
          {card.latestProgress.map((step, index) => (
            <li key={`${step.onDate}-${index}`}>
              <span className="rv-card-meta">
                {dates.short(step.onDate)} · {codeLabel('progress_areas', step.category)}
              </span>
              {hideSensitive && sensitiveCategories.has(step.category) ? (
                <span className="rv-hidden-text">{t('reviews.card.hidden')}</span>
              ) : (
                step.text
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('reviews.card.contacts')}</h4>
      {card.latestContacts.length === 0 ? (
        <p className="rv-empty">{t('reviews.card.noContacts')}</p>
      ) : (
        <ul className="rv-card-list">
          {card.latestContacts.map((contact, index) => (
            <li key={`${contact.onDate}-${index}`}>
              <span className="rv-card-meta">
                {dates.short(contact.onDate)} · {codeLabel('contact_kinds', contact.kind)}
              </span>
              {contact.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
