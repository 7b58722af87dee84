import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './FieldShell';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

/** A calendar date (YYYY-MM-DD, the browser's own date picker). */
export function DateField({ label, registration, error, hint, className }: Props) {
  return (
    <FieldShell
      label={label}
      hint={hint}
      error={error}
      className={['field-date', className].filter(Boolean).join(' ')}
    >
      {(control) => <input {...control} {...registration} type="date" className="input" />}
    </FieldShell>
  );
}
