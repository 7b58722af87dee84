import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { incomeSources } from '../../../main/api/schema-enums';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: ReactNode;
  /** The empty choice (sent as null): "not known", or "keep what the referral said". */
  emptyLabel: string;
}

/** The person's income source (försörjning) as one of the fixed codes. */
export function IncomeSourceField({ label, registration, error, hint, emptyLabel }: Props) {
  const { t } = useT();
  return (
    <SelectField label={label} registration={registration} error={error} hint={hint}>
      <option value="">{emptyLabel}</option>
      {incomeSources.map((source) => (
        <option key={source} value={source}>
          {t(`incomeSource.${source}`)}
        </option>
      ))}
    </SelectField>
  );
}
