import { useId, useState } from 'react';
import type { TemplateField } from '../../../main/api/mapping-template';
import type { MappingFieldValueDto } from '../../../main/api/plan-mapping-types';
import { call } from '../../api/call';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { ConflictDialog } from './ConflictDialog';
import { FieldEditor } from './FieldEditor';
import { FieldHistoryDialog } from './FieldHistoryDialog';
import { useUpdateMappingCache } from './useMapping';
import { type Draft, draftOf, sameValue, valueOf } from './value';

interface Props {
  participantId: number;
  field: TemplateField;
  sensitive: boolean;
  saved: MappingFieldValueDto | undefined;
  canWrite: boolean;
}

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

const groupTypes = new Set(['multiple_choice', 'yes_no_unknown', 'scale']);

/**
 * One field of the mapping: saves itself when left (or at once for choices) with the
 * revision it was loaded with; a save that meets someone else's newer value opens the
 * choice instead of overwriting. Shows who wrote the value, and the history on request.
 */
export function MappingField({ participantId, field, sensitive, saved, canWrite }: Props) {
  const { t, lang, formatDateTime } = useT();
  const id = useId();
  const updateCache = useUpdateMappingCache(participantId);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ current: MappingFieldValueDto; mine: Draft } | null>(null);
  const revision = saved?.revision ?? 0;
  // What the user typed, for the revision it was typed against: a newer saved value (a save,
  // the other value chosen after a conflict, a refresh) shows instead of an older draft.
  const [edit, setEdit] = useState<{ draft: Draft; revision: number } | null>(null);
  const draft = edit && edit.revision === revision ? edit.draft : draftOf(field, saved?.value);
  const setDraft = (next: Draft) => setEdit({ draft: next, revision });

  const save = async (next: Draft, baseRevision: number) => {
    const value = valueOf(field, next);
    if (sameValue(value, saved?.value) && baseRevision === revision) return;
    setState({ kind: 'saving' });
    const result = await call('mapping.saveField', {
      participantId,
      fieldKey: field.key,
      value,
      baseRevision,
    });
    if (!result.ok) {
      setState({ kind: 'error', message: result.error.message });
      return;
    }
    if (result.value.status === 'conflict') {
      setState({ kind: 'idle' });
      setConflict({ current: result.value.current, mine: next });
      return;
    }
    updateCache(result.value.field, result.value.completion);
    setState({ kind: 'saved', at: result.value.field.updatedAt });
  };

  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const control = {
    id,
    'aria-describedby': [field.help[lang] ? hintId : null, statusId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': state.kind === 'error' ? true : undefined,
  };
  const label = (
    <>
      {field.label[lang]}
      {sensitive ? <Badge tone="warning">{t('mapping.sensitive')}</Badge> : null}
    </>
  );
  const editor = (
    <FieldEditor
      field={field}
      draft={draft}
      control={control}
      disabled={!canWrite || field.deprecated}
      onChange={setDraft}
      onCommit={(next) => void save(next, revision)}
    />
  );
  return (
    <div
      className={['mapping-field', state.kind === 'error' ? 'field-invalid' : null].filter(Boolean).join(' ')}
    >
      {groupTypes.has(field.type) ? (
        <fieldset className="mapping-fieldset">
          <legend className="field-label">{label}</legend>
          {field.help[lang] ? (
            <p id={hintId} className="field-hint">
              {field.help[lang]}
            </p>
          ) : null}
          {editor}
        </fieldset>
      ) : (
        <>
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          {field.help[lang] ? (
            <p id={hintId} className="field-hint">
              {field.help[lang]}
            </p>
          ) : null}
          {editor}
        </>
      )}
      <div className="mapping-meta">
        <span id={statusId} role="status" className={state.kind === 'error' ? 'field-error' : 'muted'}>
          {state.kind === 'saving' ? t('mapping.saving') : null}
          {state.kind === 'saved' ? t('mapping.savedAt', { time: formatDateTime(state.at) }) : null}
          {state.kind === 'error' ? state.message : null}
          {state.kind === 'idle' && saved
            ? t('mapping.writtenBy', {
                name: saved.authorName,
                organisation: saved.authorOrganisationName,
                time: formatDateTime(saved.updatedAt),
              })
            : null}
        </span>
        {saved ? <FieldHistoryDialog participantId={participantId} field={field} /> : null}
      </div>
      {conflict ? (
        <ConflictDialog
          field={field}
          mine={conflict.mine}
          theirs={conflict.current}
          onKeepMine={() => {
            const mine = conflict.mine;
            const base = conflict.current.revision;
            setConflict(null);
            updateCache(conflict.current);
            setEdit({ draft: mine, revision: base });
            void save(mine, base);
          }}
          onTakeTheirs={() => {
            updateCache(conflict.current);
            setConflict(null);
          }}
        />
      ) : null}
    </div>
  );
}
