import type { SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { Badge } from '../../components/Badge';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { CompletionOverview } from './CompletionOverview';
import { ConversationForm } from './ConversationForm';
import { MappingField } from './MappingField';
import '../../styles/mapping.css';

interface Props {
  participantId: number;
  user: SessionUser;
}

/** The shared mapping: every section, filled in by the profession that knows it. */
export function MappingTab({ participantId, user }: Props) {
  const { t, lang } = useT();
  const mapping = useApiQuery('mapping.get', { participantId });
  const canWrite = user.role !== 'readonly';
  return (
    <QueryState query={mapping}>
      {(data) => (
        <div className="mapping">
          <p className="lead">
            {t('mapping.lead', { version: data.template.version })}
            {data.newerTemplateExists ? <> {t('mapping.olderTemplate')}</> : null}
          </p>
          <CompletionOverview mapping={data} />
          <h2 className="mapping-heading">{t('mapping.conversations')}</h2>
          <div className="conversations">
            {([1, 2, 3] as const).map((number) => (
              <ConversationForm
                key={number}
                participantId={participantId}
                number={number}
                saved={data.conversations.find((c) => c.number === number)}
                canWrite={canWrite}
              />
            ))}
          </div>
          {data.template.definition.sections
            .filter((section) => !section.deprecated || section.fields.some((f) => data.values[f.key]))
            .map((section) => (
              <section
                key={section.key}
                id={`mapping-${section.key}`}
                className="panel mapping-section"
                aria-labelledby={`mapping-h-${section.key}`}
              >
                <h2 id={`mapping-h-${section.key}`} className="mapping-section-title">
                  {section.label[lang]}
                  {section.sensitive ? <Badge tone="warning">{t('mapping.sensitiveSection')}</Badge> : null}
                </h2>
                {section.fields[0]?.professions.length ? (
                  <p className="muted small">
                    {t('mapping.usuallyBy', { professions: section.fields[0].professions.join(', ') })}
                  </p>
                ) : null}
                {section.fields
                  .filter((field) => !field.deprecated || data.values[field.key])
                  .map((field) => (
                    <MappingField
                      key={`${data.template.id}-${field.key}`}
                      participantId={participantId}
                      field={field}
                      sensitive={field.sensitive || section.sensitive}
                      saved={data.values[field.key]}
                      canWrite={canWrite && !section.deprecated}
                    />
                  ))}
              </section>
            ))}
        </div>
      )}
    </QueryState>
  );
}
