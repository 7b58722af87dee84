import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TemplateField } from '../../../main/api/mapping-template';
import type { MappingFieldValueDto } from '../../../main/api/plan-mapping-types';
import { call } from '../../api/call';
import type { SaveMoment } from './field-kinds';
import { useUpdateMappingCache } from './useMapping';
import { type Draft, draftOf, sameValue, valueOf } from './value';

/** How long typing may pause before a text field saves itself. */
export const TYPING_PAUSE_MS = 1200;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

/** What the user typed, and the revision it was typed against. */
interface Edit {
  draft: Draft;
  base: number;
}

export interface FieldSave {
  draft: Draft;
  state: SaveState;
  /** Someone saved the field after the user loaded it: their value, and the user's own. */
  conflict: { theirs: MappingFieldValueDto; mine: Draft } | null;
  /** Every change, saved at the given moment. */
  change: (draft: Draft, when: SaveMoment) => void;
  /** Save now (leaving a text field). */
  commit: () => void;
  keepMine: () => void;
  takeTheirs: () => void;
}

/**
 * Autosave of one mapping field. A save sends the revision the user's text was typed
 * against; the backend answers with a conflict when someone saved in between, and the
 * user chooses. Saves of one field never overlap, and typing during a save is kept and
 * saved next (on top of the user's own new revision, so that is no conflict).
 */
export function useFieldSave(
  participantId: number,
  field: TemplateField,
  saved: MappingFieldValueDto | undefined,
): FieldSave {
  const updateCache = useUpdateMappingCache(participantId);
  const [edit, setEditState] = useState<Edit | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<FieldSave['conflict']>(null);
  const editRef = useRef<Edit | null>(null);
  const savedRef = useRef(saved);
  const busy = useRef(false);
  const queued = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  /** The latest commit, for the typing timer and for a save queued behind another. */
  const commitRef = useRef<() => Promise<void>>(() => Promise.resolve());

  // A newer value from the server (a refresh) replaces what this field knows as saved.
  useLayoutEffect(() => {
    savedRef.current = saved;
  }, [saved]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const setEdit = useCallback((next: Edit | null) => {
    editRef.current = next;
    setEditState(next);
  }, []);

  const send = useCallback(
    async (draft: Draft, base: number): Promise<void> => {
      busy.current = true;
      setState({ kind: 'saving' });
      const result = await call('mapping.saveField', {
        participantId,
        fieldKey: field.key,
        value: valueOf(field, draft),
        baseRevision: base,
      });
      busy.current = false;
      const again = queued.current;
      queued.current = false;
      if (!result.ok) {
        setState({ kind: 'error', message: result.error.message });
        return;
      }
      if (result.value.status === 'conflict') {
        window.clearTimeout(timer.current);
        setState({ kind: 'idle' });
        setConflict({ theirs: result.value.current, mine: editRef.current?.draft ?? draft });
        return;
      }
      const stored = result.value.field;
      savedRef.current = stored;
      updateCache(stored, result.value.completion);
      setState({ kind: 'saved', at: stored.updatedAt });
      const latest = editRef.current;
      if (latest && !sameValue(valueOf(field, latest.draft), stored.value)) {
        setEdit({ draft: latest.draft, base: stored.revision });
        if (again) void commitRef.current();
      } else {
        setEdit(null);
      }
    },
    [participantId, field, updateCache, setEdit],
  );

  const commit = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    const current = editRef.current;
    if (!current) return;
    if (busy.current) {
      queued.current = true;
      return;
    }
    if (sameValue(valueOf(field, current.draft), savedRef.current?.value)) {
      setEdit(null);
      return;
    }
    await send(current.draft, current.base);
  }, [field, send, setEdit]);
  useLayoutEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const change = useCallback(
    (draft: Draft, when: SaveMoment) => {
      const base = editRef.current?.base ?? savedRef.current?.revision ?? 0;
      setEdit({ draft, base });
      if (state.kind === 'error') setState({ kind: 'idle' });
      window.clearTimeout(timer.current);
      if (when === 'now') void commit();
      else if (when === 'after-pause') {
        timer.current = window.setTimeout(() => void commitRef.current(), TYPING_PAUSE_MS);
      }
    },
    [commit, setEdit, state.kind],
  );

  const keepMine = useCallback(() => {
    if (!conflict) return;
    const { theirs, mine } = conflict;
    setConflict(null);
    savedRef.current = theirs;
    updateCache(theirs);
    setEdit({ draft: mine, base: theirs.revision });
    void send(mine, theirs.revision);
  }, [conflict, send, setEdit, updateCache]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setConflict(null);
    savedRef.current = conflict.theirs;
    updateCache(conflict.theirs);
    setEdit(null);
  }, [conflict, setEdit, updateCache]);

  return {
    draft: edit ? edit.draft : draftOf(field, saved?.value),
    state,
    conflict,
    change,
    commit: () => void commit(),
    keepMine,
    takeTheirs,
  };
}
