import type { MappingDto } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

/** Per section: filled, partly or empty, and which organisations have contributed. */
export function CompletionOverview({ mapping }: { mapping: MappingDto }) {
  const { t, lang } = useT();
  const labels = new Map(
    mapping.template.definition.sections.map((section) => [section.key, section.label[lang]]),
  );
  return (
    <div className="table-wrap">
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
          {mapping.completion.map((section) => (
            <tr key={section.sectionKey}>
              <th scope="row">
                <a href={`#mapping-${section.sectionKey}`}>
                  {labels.get(section.sectionKey) ?? section.sectionKey}
                </a>
              </th>
              <td>
                <Badge
                  tone={
                    section.state === 'filled' ? 'neutral' : section.state === 'partly' ? 'warning' : 'muted'
                  }
                >
                  {t(`mapping.state.${section.state}`)}
                </Badge>
              </td>
              <td className="numeric">
                {t('mapping.overview.ofTotal', { filled: section.filled, total: section.total })}
              </td>
              <td>{section.contributors.length > 0 ? section.contributors.join(', ') : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
