import { useId } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  value: { sv: string; en: string };
  onChange: (value: { sv: string; en: string }) => void;
  labelSv: string;
  labelEn: string;
}

/** The Swedish and English label of a section, field or option, side by side. */
export function LabelInputs({ value, onChange, labelSv, labelEn }: Props) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="field-row">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-sv`}>
          {labelSv} <span className="muted small">({t('language.sv')})</span>
        </label>
        <input
          id={`${id}-sv`}
          className="input"
          value={value.sv}
          onChange={(e) => onChange({ ...value, sv: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-en`}>
          {labelEn} <span className="muted small">({t('language.en')})</span>
        </label>
        <input
          id={`${id}-en`}
          className="input"
          lang="en"
          value={value.en}
          onChange={(e) => onChange({ ...value, en: e.target.value })}
        />
      </div>
    </div>
  );
}
