import type { TemplateField } from '../../../main/api/mapping-template';
import { cefrLevels, yesNoUnknown } from '../../../main/api/mapping-template';
import { useT } from '../../i18n/useT';
import type { Draft } from './value';

interface Props {
  field: TemplateField;
  draft: Draft;
  /** Id and descriptions of the control (the label or legend is rendered around it). */
  control: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean | undefined };
  disabled: boolean;
  /** Every change of the draft (a choice, a click, each keystroke). */
  onChange: (draft: Draft) => void;
  /** A typed value was left (blur): the moment to save it. */
  onCommit: (draft: Draft) => void;
}

/** One editor per field type: inputs and text areas, selects, checkbox and radio groups. */
export function FieldEditor({ field, draft, control, disabled, onChange, onCommit }: Props) {
  const { t, lang } = useT();
  const text = Array.isArray(draft) ? '' : draft;
  const choose = (value: string) => onChange(value);
  switch (field.type) {
    case 'long_text':
      return (
        <textarea
          {...control}
          className="input textarea"
          rows={3}
          value={text}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => onCommit(event.target.value)}
        />
      );
    case 'single_choice':
    case 'cefr':
      return (
        <select
          {...control}
          className="input select"
          value={text}
          disabled={disabled}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{t('mapping.notAnswered')}</option>
          {field.type === 'cefr'
            ? cefrLevels.map((level) => (
                <option key={level} value={level}>
                  {level === 'pre_A1' ? 'Pre-A1' : level}
                </option>
              ))
            : field.options.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label[lang]}
                </option>
              ))}
        </select>
      );
    case 'multiple_choice': {
      const selected = Array.isArray(draft) ? draft : [];
      return (
        <div className="checkbox-columns">
          {field.options.map((option) => (
            <label key={option.key} className="checkbox-row">
              <input
                type="checkbox"
                checked={selected.includes(option.key)}
                disabled={disabled}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...selected, option.key]
                    : selected.filter((key) => key !== option.key);
                  onChange(next);
                }}
              />
              <span>{option.label[lang]}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'yes_no_unknown':
    case 'scale': {
      const options =
        field.type === 'scale'
          ? // Scales say which end is good: 1 is the worst, 5 the best (as every scale of the template).
            ['1', '2', '3', '4', '5'].map((value) => ({
              value,
              label:
                value === '1'
                  ? t('mapping.scaleWorst', { n: value })
                  : value === '5'
                    ? t('mapping.scaleBest', { n: value })
                    : value,
            }))
          : yesNoUnknown.map((value) => ({ value, label: t(`mapping.answer.${value}`) }));
      return (
        <div className="radio-row">
          {options.map((option) => (
            <label key={option.value} className="radio-chip">
              <input
                type="radio"
                name={control.id}
                value={option.value}
                checked={text === option.value}
                disabled={disabled}
                onChange={() => choose(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
          {text !== '' ? (
            <button
              type="button"
              className="button button-link"
              disabled={disabled}
              onClick={() => choose('')}
            >
              {t('mapping.clear')}
            </button>
          ) : null}
        </div>
      );
    }
    case 'ssyk':
    case 'number':
      return (
        <input
          {...control}
          className="input input-short"
          type="text"
          inputMode={field.type === 'ssyk' ? 'numeric' : 'decimal'}
          maxLength={field.type === 'ssyk' ? 4 : 20}
          autoComplete="off"
          value={text}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => onCommit(event.target.value)}
        />
      );
    default:
      return (
        <input
          {...control}
          className={['input', field.type === 'date' ? 'mapping-input-date' : null].filter(Boolean).join(' ')}
          type={field.type === 'date' ? 'date' : 'text'}
          value={text}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => onCommit(event.target.value)}
        />
      );
  }
}
