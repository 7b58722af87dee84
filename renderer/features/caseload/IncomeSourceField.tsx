import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CodeSelectField } from '../../components/CodeSelectField';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  /** The empty choice (sent as null): "not known", or "keep what the referral said". */
  emptyLabel: string;
}

/** The person's income source (försörjning) from the admin's list. */
export function IncomeSourceField(props: Props) {
  return <CodeSelectField list="income_sources" {...props} />;
}
