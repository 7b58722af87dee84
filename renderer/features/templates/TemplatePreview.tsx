import type { TemplateDefinition, TemplateField } from '../../../main/api/mapping-template';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { FieldEditor } from '../mapping/FieldEditor';
import { draftOf } from '../mapping/value';

const groupTypes = new Set(['multiple_choice', 'yes_no_unknown', 'scale']);

function PreviewField({ field, sensitive }: { field: TemplateField; sensitive: boolean }) {
  const { t, lang } = useT();
  const id = `preview-${field.key}`;
  const label = (
    <>
      {field.label[lang]}
      {sensitive ? <Badge tone="warning">{t('mapping.sensitive')}</Badge> : null}
    </>
  );
  const editor = (
    <FieldEditor
      field={field}
      draft={draftOf(field, undefined)}
      control={{ id, 'aria-describedby': undefined, 'aria-invalid': undefined }}
      disabled
      onChange={() => undefined}
      onCommit={() => undefined}
    />
  );
  return groupTypes.has(field.type) ? (
    <fieldset className="mapping-fieldset">
      <legend className="field-label">{label}</legend>
      {editor}
    </fieldset>
  ) : (
    <>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {editor}
    </>
  );
}

/** The working copy as caseworkers will see it (read-only, same field editors). */
export function TemplatePreview({ definition }: { definition: TemplateDefinition }) {
  const { t, lang } = useT();
  return (
    <div className="template-preview" aria-label={t('templates.preview')}>
      {definition.sections
        .filter((section) => !section.deprecated)
        .map((section) => (
          <section key={section.key} className="panel mapping-section">
            <h3 className="mapping-section-title">
              {section.label[lang]}
              {section.sensitive ? <Badge tone="warning">{t('mapping.sensitiveSection')}</Badge> : null}
            </h3>
            {section.fields
              .filter((field) => !field.deprecated)
              .map((field) => (
                <div key={field.key} className="mapping-field">
                  <PreviewField field={field} sensitive={field.sensitive && !section.sensitive} />
                </div>
              ))}
          </section>
        ))}
    </div>
  );
}
