import type { SummaryCardDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';

interface Props {
  mapping: SummaryCardDto['mapping'];
  hideSensitive: boolean;
}

/**
 * Mapping completeness and the latest answers. In presentation mode sensitive answers and the
 * sensitive sections are not rendered at all, and written answers (free text) are hidden, until
 * the user reveals them for this item (S, or the button above the card).
 */
export function MappingSummary({ mapping, hideSensitive }: Props) {
  const { t, lang } = useT();
  const highlights = mapping.highlights.filter((h) => !(hideSensitive && h.sensitive));
  return (
    <section className="rv-card" aria-labelledby="rv-card-mapping">
      <h3 id="rv-card-mapping">{t('reviews.card.mapping')}</h3>
      {mapping.completeness === null ? (
        <p className="rv-empty">{t('reviews.card.noMapping')}</p>
      ) : (
        <p className="rv-completeness">
          {t('reviews.card.completeness', { percent: mapping.completeness })}
          <span className="rv-meter" aria-hidden="true">
            <span className="rv-meter-fill" style={{ width: `${mapping.completeness}%` }} />
          </span>
        </p>
      )}
      {highlights.length > 0 ? (
        <dl className="rv-facts rv-highlights">
          {highlights.map((h) => (
            <div key={h.fieldKey} data-sensitive={h.sensitive || undefined}>
              <dt>
                {h.label[lang]}
                {h.sensitive ? (
                  <span className="rv-sensitive-tag"> {t('reviews.card.sensitiveTag')}</span>
                ) : null}
              </dt>
              <dd>
                {hideSensitive && h.freeText ? (
                  <span className="rv-hidden-text">{t('reviews.card.hidden')}</span>
                ) : (
                  h.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {!hideSensitive && mapping.sensitiveSections.length > 0 ? (
        <ul className="rv-card-list rv-sensitive-sections">
          {mapping.sensitiveSections.map((s) => (
            <li key={s.key}>
              {t('reviews.card.sensitiveSection', { section: s.label[lang], count: s.filled })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
