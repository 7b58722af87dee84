import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { type CodeListName, codeOptions } from '../../main/api/code-lists';
import { useCodeLists } from '../api/code-lists';
import { useT } from '../i18n/useT';
import { QueryState } from './QueryState';
import { SelectField } from './SelectField';

interface Props {
  label: string;
  /** Which of the admin's code lists the choices come from. */
  list: CodeListName;
  registration: UseFormRegisterReturn;
  /** The stored value: offered even if the admin has since made it inactive. */
  current?: string | null | undefined;
  /** The empty choice ("Välj…", "Inte känt"). */
  emptyLabel: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

/**
 * A select of a code list's active entries, in the admin's order. The select is mounted only
 * once the lists are there, so react-hook-form can show the form's value in it.
 */
export function CodeSelectField({ list, current, emptyLabel, registration, ...field }: Props) {
  const { lang } = useT();
  const lists = useCodeLists();
  if (!lists.data) return <QueryState query={lists}>{() => null}</QueryState>;
  return (
    <SelectField {...field} registration={registration}>
      <option value="">{emptyLabel}</option>
      {codeOptions(lists.data, list, current).map((entry) => (
        <option key={entry.code} value={entry.code}>
          {lang === 'en' ? entry.labelEn : entry.labelSv}
        </option>
      ))}
    </SelectField>
  );
}
