import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  type CodeListEntryDto,
  type CodeListName,
  type CodeListsDto,
  codeLabel,
} from '../../main/api/code-lists';
import { useT } from '../i18n/useT';
import { queryKeyOf, useApiQuery } from './query';

/** The lists change only when an admin saves one (which refreshes them): read once, keep long. */
const CODE_LISTS_STALE_MS = 60 * 60_000;

/** The admin's code lists (closure reasons, contact kinds, …), every entry including inactive ones. */
export function useCodeLists() {
  return useApiQuery('codeLists.list', {}, { staleTime: CODE_LISTS_STALE_MS });
}

/**
 * `(list, code) => label` in the user's current language. Empty until the lists have loaded;
 * an unknown code (or lists that failed to load) shows as the code itself, never blank.
 */
export function useCodeLabel(): (list: CodeListName, code: string | null | undefined) => string {
  const { lang } = useT();
  const lists = useCodeLists();
  const data = lists.data;
  const failed = lists.error !== null;
  return useCallback(
    (list: CodeListName, code: string | null | undefined) => {
      if (data) return codeLabel(data, list, code, lang);
      return failed ? (code ?? '') : '';
    },
    [data, failed, lang],
  );
}

/** After a save: the saved list at once, then a fresh read of all of them. */
export function useApplyCodeList(): (list: CodeListName, entries: CodeListEntryDto[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (list: CodeListName, entries: CodeListEntryDto[]) => {
      client.setQueryData<CodeListsDto>(queryKeyOf('codeLists.list', {}), (old) =>
        old ? { ...old, [list]: entries } : old,
      );
      await client.invalidateQueries({ queryKey: queryKeyOf('codeLists.list') });
    },
    [client],
  );
}
