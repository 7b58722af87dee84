import { useId } from 'react';
import { type TemplateField, choiceTypes, fieldTypes } from '../../../main/api/mapping-template';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { LabelInputs } from './LabelInputs';
import { setType } from './draft';

interface Props {
  field: TemplateField;
  /** The field exists in the saved template: its key is fixed and it can only be deprecated. */
  saved: boolean;
  position: string;
  onChange: (patch: Partial<TemplateField>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One field of the working copy: key, labels, type, options, sensitivity, professions. */
export function FieldRow({ field, saved, position, onChange, onMove, onRemove }: Props) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <fieldset
      className={['template-field', field.deprecated ? 'is-deprecated' : null].filter(Boolean).join(' ')}
    >
      <legend>
        {position} · {field.label[lang] || field.key}
      </legend>
      <div className="field-row field-row-3">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-key`}>
            {t('templates.key')}
          </label>
          <input
            id={`${id}-key`}
            className="input input-mono"
            value={field.key}
            readOnly={saved}
            aria-describedby={saved ? `${id}-keyhint` : undefined}
            onChange={(e) => onChange({ key: e.target.value })}
          />
          {saved ? (
            <p id={`${id}-keyhint`} className="field-hint">
              {t('templates.keyFixed')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-type`}>
            {t('templates.type')}
          </label>
          <select
            id={`${id}-type`}
            className="input select"
            value={field.type}
            onChange={(e) => {
              const type = fieldTypes.find((candidate) => candidate === e.target.value);
              if (type) onChange(setType(field, type));
            }}
          >
            {fieldTypes.map((type) => (
              <option key={type} value={type}>
                {t(`templates.fieldType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-prof`}>
            {t('templates.professions')}
          </label>
          <input
            id={`${id}-prof`}
            className="input"
            value={field.professions.join(', ')}
            onChange={(e) =>
              onChange({
                professions: e.target.value
                  .split(',')
                  .map((p) => p.trim())
                  .filter(Boolean),
              })
            }
          />
        </div>
      </div>
      <LabelInputs
        value={field.label}
        onChange={(label) => onChange({ label })}
        labelSv={t('templates.label')}
        labelEn={t('templates.label')}
      />
      {choiceTypes.includes(field.type) ? (
        <div className="template-options">
          <p className="field-label">{t('templates.options')}</p>
          {field.options.map((option, index) => (
            <div key={`${index}-${option.key}`} className="option-row">
              <input
                className="input input-mono"
                aria-label={t('templates.optionKey', { n: index + 1 })}
                value={option.key}
                onChange={(e) =>
                  onChange({
                    options: field.options.map((o, i) => (i === index ? { ...o, key: e.target.value } : o)),
                  })
                }
              />
              <input
                className="input"
                aria-label={t('templates.optionSv', { n: index + 1 })}
                value={option.label.sv}
                onChange={(e) =>
                  onChange({
                    options: field.options.map((o, i) =>
                      i === index ? { ...o, label: { ...o.label, sv: e.target.value } } : o,
                    ),
                  })
                }
              />
              <input
                className="input"
                lang="en"
                aria-label={t('templates.optionEn', { n: index + 1 })}
                value={option.label.en}
                onChange={(e) =>
                  onChange({
                    options: field.options.map((o, i) =>
                      i === index ? { ...o, label: { ...o.label, en: e.target.value } } : o,
                    ),
                  })
                }
              />
              <Button
                variant="link"
                onClick={() => onChange({ options: field.options.filter((_, i) => i !== index) })}
              >
                {t('templates.removeOption')}
              </Button>
            </div>
          ))}
          <Button
            onClick={() =>
              onChange({
                options: [
                  ...field.options,
                  { key: `option_${field.options.length + 1}`, label: { sv: '', en: '' } },
                ],
              })
            }
          >
            {t('templates.addOption')}
          </Button>
        </div>
      ) : null}
      <div className="template-flags">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={field.sensitive}
            onChange={(e) => onChange({ sensitive: e.target.checked })}
          />
          <span>{t('templates.sensitive')}</span>
        </label>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={field.deprecated}
            onChange={(e) => onChange({ deprecated: e.target.checked })}
          />
          <span>{t('templates.deprecated')}</span>
        </label>
        <Button variant="link" onClick={() => onMove(-1)}>
          {t('templates.moveUp')}
        </Button>
        <Button variant="link" onClick={() => onMove(1)}>
          {t('templates.moveDown')}
        </Button>
        {saved ? null : (
          <Button variant="link" onClick={onRemove}>
            {t('templates.removeField')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
