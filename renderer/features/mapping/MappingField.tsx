import { useEffect, useId, useState } from 'react';
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
  const [draft, setDraft] = useState<Draft>(() => draftOf(field, saved?.value));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ current: MappingFieldValueDto; mine: Draft } | null>(null);
  const revision = saved?.revision ?? 0;

  // A newer value from the server (after a conflict choice or a refresh) replaces an unchanged draft.
  useEffect(() => {
    setDraft(draftOf(field, saved?.value));
  }, [field, saved?.value, saved?.revision]);

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
            void save(mine, base);
          }}
          onTakeTheirs={() => {
            updateCache(conflict.current);
            setDraft(draftOf(field, conflict.current.value));
            setConflict(null);
          }}
        />
      ) : null}
    </div>
  );
}
