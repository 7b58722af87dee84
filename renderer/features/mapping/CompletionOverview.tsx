import type { MappingDto } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

const tones = { filled: 'neutral', partly: 'warning', empty: 'muted' } as const;

interface Props {
  mapping: MappingDto;
  /** Opens a section and moves there. */
  onShow: (sectionKey: string) => void;
}

/** Per section: filled, partly or empty, "x av y", and which organisations have contributed. */
export function CompletionOverview({ mapping, onShow }: Props) {
  const { t, lang } = useT();
  const sections = new Map(mapping.template.definition.sections.map((section) => [section.key, section]));
  return (
    <div className="table-wrap mapping-overview">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('mapping.overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapping.overview.section')}</th>
            <th scope="col">{t('mapping.overview.state')}</th>
            <th scope="col" className="numeric">
              {t('mapping.overview.filled')}
            </th>
            <th scope="col">{t('mapping.overview.contributors')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.completion.map((completion) => {
            const section = sections.get(completion.sectionKey);
            const label = section?.label[lang] ?? completion.sectionKey;
            return (
              <tr key={completion.sectionKey}>
                <th scope="row">
                  <button
                    type="button"
                    className="button button-link mapping-overview-link"
                    aria-label={t('mapping.overview.show', { section: label })}
                    onClick={() => onShow(completion.sectionKey)}
                  >
                    {label}
                  </button>
                  {section?.sensitive ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t('mapping.sensitive')}</Badge>
                    </>
                  ) : null}
                </th>
                <td>
                  <Badge tone={tones[completion.state]}>{t(`mapping.state.${completion.state}`)}</Badge>
                </td>
                <td className="numeric nowrap">
                  {t('mapping.overview.ofTotal', { filled: completion.filled, total: completion.total })}
                </td>
                <td>
                  {completion.contributors.length > 0 ? (
                    completion.contributors.join(', ')
                  ) : (
                    <span className="muted">{t('mapping.overview.noContributors')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
