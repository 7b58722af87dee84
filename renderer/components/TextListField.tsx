import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/useT';
import { Button } from './Button';

export interface TextListItem {
  /** A stable key (e.g. the field array's `id`). */
  key: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
}

interface Props {
  legend: string;
  hint?: ReactNode;
  items: TextListItem[];
  /** The hidden label of line n (1-based), e.g. "Kriterium 2". */
  itemLabel: (n: number) => string;
  /** The name of line n's remove button, e.g. "Ta bort kriterium 2". */
  removeLabel: (n: number) => string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** A message about the list as a whole (e.g. too many lines). */
  error?: string | undefined;
}

/**
 * A short list of text lines: one input per line with its own error, "remove" next to each,
 * and "add" below. After removing a line the focus moves to "add", so it is never lost.
 */
export function TextListField({
  legend,
  hint,
  items,
  itemLabel,
  removeLabel,
  addLabel,
  onAdd,
  onRemove,
  error,
}: Props) {
  const { t } = useT();
  const id = useId();
  const addId = `${id}-add`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className="field text-list"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="text-list-rows">
          {items.map((item, index) => {
            const inputId = `${id}-${item.key}`;
            const itemErrorId = `${inputId}-error`;
            return (
              <li key={item.key} className="text-list-row">
                <label className="visually-hidden" htmlFor={inputId}>
                  {itemLabel(index + 1)}
                </label>
                <input
                  {...item.registration}
                  id={inputId}
                  className="input"
                  type="text"
                  autoComplete="off"
                  aria-invalid={item.error ? true : undefined}
                  aria-describedby={item.error ? itemErrorId : undefined}
                />
                <Button
                  variant="link"
                  aria-label={removeLabel(index + 1)}
                  onClick={() => {
                    onRemove(index);
                    document.getElementById(addId)?.focus();
                  }}
                >
                  {t('common.remove')}
                </Button>
                {item.error ? (
                  <p id={itemErrorId} className="field-error text-list-error">
                    {item.error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <Button id={addId} onClick={onAdd}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
