import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell } from './FieldShell';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'password';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  /** Id of a <datalist> with suggestions. */
  list?: string;
  className?: string;
  inputClassName?: string;
  describedBy?: string | undefined;
}

export function TextField({
  label,
  registration,
  error,
  hint,
  type = 'text',
  autoComplete,
  list,
  className,
  inputClassName,
  describedBy,
}: Props) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className} describedBy={describedBy}>
      {(control) => (
        <input
          {...control}
          {...registration}
          className={['input', inputClassName].filter(Boolean).join(' ')}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          list={list}
          spellCheck={type === 'password' ? false : undefined}
        />
      )}
    </FieldShell>
  );
}
