import { useId } from 'react';
import type { DocumentBlock, DocumentSection } from '../../../main/api/documents/model';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';

/**
 * The editable text of a closure summary: each section's heading, its paragraphs and its lists
 * (one point per line). Tables and key facts come from the case and are changed there; the
 * header and the signature lines are not the editor's (the backend rebuilds them).
 */
export function SummaryEditor({
  sections,
  onChange,
}: {
  sections: DocumentSection[];
  onChange: (sections: DocumentSection[]) => void;
}) {
  const { t } = useT();
  const setSection = (index: number, section: DocumentSection) =>
    onChange(sections.map((candidate, at) => (at === index ? section : candidate)));
  return (
    <div className="summary-editor">
      {sections.map((section, index) => (
        <SectionEditor
          // Sections have no ids: their place is their identity while editing.
          key={index}
          section={section}
          onChange={(next) => setSection(index, next)}
          onRemove={() => onChange(sections.filter((_, at) => at !== index))}
          removeLabel={t('documents.removeSection')}
        />
      ))}
    </div>
  );
}

function SectionEditor({
  section,
  onChange,
  onRemove,
  removeLabel,
}: {
  section: DocumentSection;
  onChange: (section: DocumentSection) => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  const { t } = useT();
  const id = useId();
  const setBlock = (index: number, block: DocumentBlock) =>
    onChange({
      ...section,
      blocks: section.blocks.map((candidate, at) => (at === index ? block : candidate)),
    });
  const hasFixed = section.blocks.some((block) => block.type === 'table' || block.type === 'keyValue');
  return (
    <fieldset className="summary-section">
      <legend className="visually-hidden">{section.heading}</legend>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-heading`}>
          {t('documents.sectionHeading')}
        </label>
        <input
          id={`${id}-heading`}
          className="input"
          value={section.heading}
          maxLength={200}
          onChange={(event) => onChange({ ...section, heading: event.target.value })}
        />
      </div>
      {section.blocks.map((block, index) => {
        if (block.type === 'paragraph') {
          return (
            <div className="field" key={index}>
              <label className="field-label" htmlFor={`${id}-${index}`}>
                {t('documents.paragraph')}
              </label>
              <textarea
                id={`${id}-${index}`}
                className="input textarea"
                rows={Math.min(10, Math.max(3, block.text.split('\n').length + 1))}
                value={block.text}
                onChange={(event) => setBlock(index, { ...block, text: event.target.value })}
              />
            </div>
          );
        }
        if (block.type === 'list') {
          return (
            <div className="field" key={index}>
              <label className="field-label" htmlFor={`${id}-${index}`}>
                {t('documents.listItems')}
              </label>
              <textarea
                id={`${id}-${index}`}
                className="input textarea"
                rows={Math.min(10, Math.max(3, block.items.length + 1))}
                value={block.items.join('\n')}
                onChange={(event) => setBlock(index, { ...block, items: event.target.value.split('\n') })}
              />
            </div>
          );
        }
        return null;
      })}
      {hasFixed ? <p className="field-hint">{t('documents.fixedBlock')}</p> : null}
      <Button variant="link" onClick={onRemove}>
        {removeLabel}
      </Button>
    </fieldset>
  );
}

/** The sections as saved: list points without blank lines. */
export function cleanSections(sections: DocumentSection[]): DocumentSection[] {
  return sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) =>
      block.type === 'list'
        ? { ...block, items: block.items.map((item) => item.trim()).filter(Boolean) }
        : block,
    ),
  }));
}
