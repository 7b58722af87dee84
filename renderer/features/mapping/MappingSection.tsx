import type { TemplateSection } from '../../../main/api/mapping-template';
import type { MappingFieldValueDto, SectionCompletion } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { Collapsible } from './Collapsible';
import { CompletionBadge } from './CompletionBadge';
import { MappingField } from './MappingField';

interface Props {
  participantId: number;
  /** Part of element ids, so fields of another template version are not confused. */
  templateId: number;
  section: TemplateSection;
  completion: SectionCompletion | undefined;
  values: Record<string, MappingFieldValueDto>;
  canWrite: boolean;
  /** False for an earlier period: the field history is the current period's. */
  showHistory: boolean;
  open: boolean;
  onToggle: () => void;
}

/** The professions that usually fill the section, in template order, each once. */
function professionsOf(section: TemplateSection): string[] {
  return [...new Set(section.fields.filter((f) => !f.deprecated).flatMap((f) => f.professions))];
}

export function sectionElementId(sectionKey: string): string {
  return `mapping-${sectionKey}`;
}

/** One section of the mapping: a group that opens, with its state and its fields. */
export function MappingSection({
  participantId,
  templateId,
  section,
  completion,
  values,
  canWrite,
  showHistory,
  open,
  onToggle,
}: Props) {
  const { t, lang } = useT();
  const professions = professionsOf(section);
  return (
    <Collapsible
      id={sectionElementId(section.key)}
      className="mapping-section"
      open={open}
      onToggle={onToggle}
      title={section.label[lang]}
      summary={
        <>
          {completion ? <CompletionBadge completion={completion} /> : null}
          {section.sensitive ? <Badge tone="warning">{t('mapping.sensitiveSection')}</Badge> : null}
          {section.deprecated ? <Badge tone="muted">{t('mapping.deprecated')}</Badge> : null}
        </>
      }
    >
      {section.help[lang] ? <p className="field-hint">{section.help[lang]}</p> : null}
      {professions.length > 0 ? (
        <p className="muted small">{t('mapping.usuallyBy', { professions: professions.join(', ') })}</p>
      ) : null}
      {section.fields
        .filter((field) => !field.deprecated || values[field.key])
        .map((field) => (
          <MappingField
            key={`${templateId}-${field.key}`}
            participantId={participantId}
            field={field}
            sensitive={field.sensitive && !section.sensitive}
            saved={values[field.key]}
            canWrite={canWrite && !section.deprecated}
            showHistory={showHistory}
          />
        ))}
    </Collapsible>
  );
}
