import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface Props {
  legend: string;
  options: readonly Option[];
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

/** A group of radio buttons: a fieldset with a legend, one clickable row per choice. */
export function RadioGroupField({ legend, options, registration, error, hint, className }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['field', 'checkbox-group', error ? 'field-invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox-row">
          <input
            type="radio"
            {...registration}
            value={option.value}
            aria-invalid={error ? true : undefined}
          />
          <span>
            {option.label}
            {option.hint ? <span className="checkbox-hint">{option.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
