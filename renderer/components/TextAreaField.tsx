import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './FieldShell';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  rows?: number;
  className?: string;
}

export function TextAreaField({ label, registration, error, hint, rows = 4, className }: Props) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...control} {...registration} className="input textarea" rows={rows} />}
    </FieldShell>
  );
}
