import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  value?: string;
}

/** A checkbox with its label to the right (one clickable row). */
export function CheckboxField({ label, registration, hint, value }: Props) {
  return (
    <label className="checkbox-row">
      <input type="checkbox" {...registration} value={value} />
      <span>
        {label}
        {hint ? <span className="checkbox-hint">{hint}</span> : null}
      </span>
    </label>
  );
}
