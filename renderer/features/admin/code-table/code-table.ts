import type { Path } from 'react-hook-form';

/** A list entry as a code table edits it: intervention types, and the admin's code lists. */
export interface CodeEntry {
  code: string;
  labelSv: string;
  labelEn: string;
  active: boolean;
  /** Closure reasons only: what statistics count the closure as. */
  outcome?: string | null;
}

export interface CodeRowValues {
  code: string;
  labelSv: string;
  labelEn: string;
  active: boolean;
  /** The outcome column's choice; empty: none (or no such column). */
  outcome: string;
  /** Added in this editing session: its code can still be typed. */
  isNew: boolean;
}

export interface CodeTableValues {
  rows: CodeRowValues[];
}

export function codeTableValuesOf(entries: readonly CodeEntry[]): CodeTableValues {
  return {
    rows: entries.map((entry) => ({
      code: entry.code,
      labelSv: entry.labelSv,
      labelEn: entry.labelEn,
      active: entry.active,
      outcome: entry.outcome ?? '',
      isNew: false,
    })),
  };
}

export const blankCodeRow = (): CodeRowValues => ({
  code: '',
  labelSv: '',
  labelEn: '',
  active: true,
  outcome: '',
  isNew: true,
});

/**
 * The form's field for a path of the procedure's input or error: the input names the list
 * `arrayKey` (`types.3.labelEn`, `entries`), the form calls it `rows`.
 */
export function rowPathOf(path: string, arrayKey: string): string {
  if (path === arrayKey) return 'rows';
  return path.startsWith(`${arrayKey}.`) ? `rows${path.slice(arrayKey.length)}` : path;
}

export function isCodeTableField(path: string): path is Path<CodeTableValues> {
  return /^rows(\.\d+\.(code|labelSv|labelEn|active|outcome))?$/.test(path);
}
