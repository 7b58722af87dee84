import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type TemplateDefinition, templateDefinitionSchema } from '../../../main/api/mapping-template';
import type { MappingTemplateDto } from '../../../main/api/plan-mapping-types';
import { localizeIssue } from '../../../main/api/localize';
import { call } from '../../api/call';
import { queryKeyOf, useApiQuery } from '../../api/query';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { useT } from '../../i18n/useT';
import { FieldRow } from './FieldRow';
import { LabelInputs } from './LabelInputs';
import { TemplatePreview } from './TemplatePreview';
import {
  type Edit,
  addField,
  addSection,
  moveField,
  moveSection,
  removeField,
  removeSection,
  updateField,
  updateSection,
} from './draft';
import '../../styles/templates.css';

interface EditorProps {
  current: MappingTemplateDto;
  versions: MappingTemplateDto[];
  /** Shown above the editor; kept by the parent because saving remounts the editor. */
  onSaved: (message: string) => void;
}

function Editor({ current, versions, onSaved }: EditorProps) {
  const { t, lang, formatDateTime } = useT();
  const client = useQueryClient();
  const [draft, setDraft] = useState<TemplateDefinition>(() => structuredClone(current.definition));
  const [name, setName] = useState(current.name);
  const [preview, setPreview] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const savedKeys = new Set(
    current.definition.sections.flatMap((s) => [s.key, ...s.fields.map((f) => f.key)]),
  );
  // Keys of fields and sections added in this working copy (followed as they are renamed).
  const [added, setAdded] = useState<Set<string>>(() => new Set());
  const isSaved = (key: string) => savedKeys.has(key) && !added.has(key);
  const rename = (from: string, to: string) =>
    setAdded((keys) => {
      const next = new Set(keys);
      next.delete(from);
      next.add(to);
      return next;
    });
  const edit = (change: Edit) => setDraft((value) => change(value));

  const save = async () => {
    const parsed = templateDefinitionSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(parsed.error.issues.slice(0, 8).map((issue) => localizeIssue(lang, issue, draft)));
      return;
    }
    setBusy(true);
    const result = await call('mappingTemplates.save', {
      key: current.key,
      name,
      definition: parsed.data,
      baseVersion: current.version,
    });
    setBusy(false);
    if (!result.ok) {
      setProblems([result.error.message]);
      return;
    }
    setProblems([]);
    onSaved(t('templates.saved', { version: result.value.version }));
    await client.invalidateQueries({ queryKey: queryKeyOf('mappingTemplates.list') });
  };

  return (
    <div className="template-editor">
      <p className="lead">{t('templates.lead', { version: current.version })}</p>
      <div className="field">
        <label className="field-label" htmlFor="template-name">
          {t('templates.name')}
        </label>
        <input id="template-name" className="input" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="action-bar">
        <Button onClick={() => setPreview((value) => !value)} aria-pressed={preview}>
          {preview ? t('templates.backToEdit') : t('templates.showPreview')}
        </Button>
        <Button variant="primary" onClick={() => void save()} busy={busy}>
          {t('templates.save')}
        </Button>
      </div>
      <FormAlert message={problems.length > 0 ? problems.join(' ') : undefined} />
      {preview ? (
        <TemplatePreview definition={draft} />
      ) : (
        <>
          {draft.sections.map((section, s) => (
            <section
              key={`${s}-${section.key}`}
              className="panel template-section"
              aria-label={section.label[lang]}
            >
              <h3>
                {t('templates.section', { n: s + 1 })}: {section.label[lang]}
              </h3>
              <LabelInputs
                value={section.label}
                onChange={(label) => edit(updateSection(s, { label }))}
                labelSv={t('templates.sectionLabel')}
                labelEn={t('templates.sectionLabel')}
              />
              <div className="template-flags">
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={section.sensitive}
                    onChange={(e) => edit(updateSection(s, { sensitive: e.target.checked }))}
                  />
                  <span>{t('templates.sectionSensitive')}</span>
                </label>
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={section.deprecated}
                    onChange={(e) => edit(updateSection(s, { deprecated: e.target.checked }))}
                  />
                  <span>{t('templates.deprecated')}</span>
                </label>
                <Button variant="link" onClick={() => edit(moveSection(s, -1))}>
                  {t('templates.moveUp')}
                </Button>
                <Button variant="link" onClick={() => edit(moveSection(s, 1))}>
                  {t('templates.moveDown')}
                </Button>
                {isSaved(section.key) ? null : (
                  <Button variant="link" onClick={() => edit(removeSection(s))}>
                    {t('templates.removeSection')}
                  </Button>
                )}
              </div>
              {section.fields.map((field, f) => (
                <FieldRow
                  key={`${f}-${field.key}`}
                  field={field}
                  saved={isSaved(field.key)}
                  position={t('templates.fieldPosition', { section: s + 1, field: f + 1 })}
                  onChange={(patch) => {
                    if (patch.key !== undefined) rename(field.key, patch.key);
                    edit(updateField(s, f, patch));
                  }}
                  onMove={(delta) => edit(moveField(s, f, delta))}
                  onRemove={() => edit(removeField(s, f))}
                />
              ))}
              <Button
                onClick={() => {
                  const next = addField(s)(draft);
                  const key = next.sections[s]?.fields.at(-1)?.key;
                  if (key) rename(key, key);
                  edit(() => next);
                }}
              >
                {t('templates.addField')}
              </Button>
            </section>
          ))}
          <Button
            onClick={() => {
              const next = addSection(draft);
              const key = next.sections.at(-1)?.key;
              if (key) rename(key, key);
              edit(() => next);
            }}
          >
            {t('templates.addSection')}
          </Button>
        </>
      )}
      <h3>{t('templates.versions')}</h3>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption className="visually-hidden">{t('templates.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('templates.version')}</th>
              <th scope="col">{t('templates.name')}</th>
              <th scope="col">{t('templates.createdAt')}</th>
              <th scope="col">{t('templates.createdBy')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>
                  {version.version}
                  {version.current ? ` (${t('templates.current')})` : ''}
                </td>
                <td>{version.name}</td>
                <td>{formatDateTime(version.createdAt)}</td>
                <td>{version.createdByName ?? t('templates.shipped')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The admin's template editor: a working copy saved as the next version. */
export function TemplatesTab() {
  const { t } = useT();
  const templates = useApiQuery('mappingTemplates.list', {});
  const [notice, setNotice] = useState<string | undefined>();
  return (
    <>
      <h2>{t('templates.title')}</h2>
      <StatusMessage message={notice} />
      <QueryState query={templates}>
        {(versions) => {
          const current = versions.find((version) => version.current);
          return current ? (
            <Editor key={current.id} current={current} versions={versions} onSaved={setNotice} />
          ) : null;
        }}
      </QueryState>
    </>
  );
}
