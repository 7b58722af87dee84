import { useId } from 'react';
import type { TemplateField } from '../../../main/api/mapping-template';
import type { MappingFieldValueDto } from '../../../main/api/plan-mapping-types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';
import { ConflictDialog } from './ConflictDialog';
import { displayValue } from './display';
import { FieldAuthor } from './FieldAuthor';
import { FieldEditor } from './FieldEditor';
import { FieldHistoryDialog } from './FieldHistoryDialog';
import { FieldStatus } from './FieldStatus';
import { formatHintKey, isGroupType, saveMomentOf } from './field-kinds';
import { useAnswers } from './useAnswers';
import { useFieldSave } from './useFieldSave';

interface Props {
  participantId: number;
  field: TemplateField;
  /** Marked as sensitive on its own (a sensitive section is marked once, at the section). */
  sensitive: boolean;
  saved: MappingFieldValueDto | undefined;
  canWrite: boolean;
  /** "Historik" next to a saved value (not for an earlier period: the history is the current one's). */
  showHistory?: boolean;
}

/**
 * One field of the mapping: saves itself after a pause in typing, when left, or at once for
 * choices, with the revision it was loaded with; a save that meets someone else's newer
 * value opens the choice instead of overwriting. Shows who wrote the value, and the history.
 * Without the right to write, the value is shown as text: nothing that looks editable.
 */
export function MappingField({
  participantId,
  field,
  sensitive,
  saved,
  canWrite,
  showHistory = true,
}: Props) {
  const { t, lang } = useT();
  const id = useId();
  const answers = useAnswers();
  const autosave = useFieldSave(participantId, field, saved);
  const { state } = autosave;
  const moment = saveMomentOf(field.type);
  const formatHint = formatHintKey(field.type);
  // How to type a value matters only to someone who can type it.
  const hintText = field.help[lang] || (formatHint && canWrite ? t(formatHint) : '');

  const hintId = `${id}-hint`;
  const authorId = `${id}-author`;
  const statusId = `${id}-status`;
  const control = {
    id,
    'aria-describedby': [hintText ? hintId : null, saved ? authorId : null, statusId]
      .filter(Boolean)
      .join(' '),
    'aria-invalid': state.kind === 'error' ? true : undefined,
  };
  const label = (
    <>
      {field.label[lang]}
      {sensitive ? <Badge tone="warning">{t('mapping.sensitive')}</Badge> : null}
      {field.deprecated ? <Badge tone="muted">{t('mapping.deprecated')}</Badge> : null}
    </>
  );
  const hint = hintText ? (
    <p id={hintId} className="field-hint">
      {hintText}
    </p>
  ) : null;
  if (!canWrite) {
    return (
      <div className="mapping-field mapping-field-readonly">
        <p className="field-label" id={`${id}-label`}>
          {label}
        </p>
        {hint}
        <p
          className={saved ? 'mapping-value prewrap' : 'mapping-value muted'}
          aria-labelledby={`${id}-label`}
        >
          {displayValue(field, saved?.value, lang, t('mapping.notAnswered'), answers)}
        </p>
        {saved ? (
          <div className="mapping-meta">
            <FieldAuthor id={authorId} saved={saved} />
            {showHistory ? <FieldHistoryDialog participantId={participantId} field={field} /> : null}
          </div>
        ) : null}
      </div>
    );
  }
  const editor = (
    <FieldEditor
      field={field}
      draft={autosave.draft}
      control={control}
      disabled={field.deprecated}
      onChange={(next) => autosave.change(next, moment)}
      onCommit={() => autosave.commit()}
    />
  );
  return (
    <div
      className={['mapping-field', state.kind === 'error' ? 'field-invalid' : null].filter(Boolean).join(' ')}
    >
      {isGroupType(field.type) ? (
        <fieldset className="mapping-fieldset" aria-describedby={control['aria-describedby']}>
          <legend className="field-label">{label}</legend>
          {hint}
          {editor}
        </fieldset>
      ) : (
        <>
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          {hint}
          {editor}
        </>
      )}
      <div className="mapping-meta">
        {saved ? <FieldAuthor id={authorId} saved={saved} /> : null}
        <FieldStatus id={statusId} state={state} />
        {saved && showHistory ? <FieldHistoryDialog participantId={participantId} field={field} /> : null}
      </div>
      {autosave.conflict ? (
        <ConflictDialog
          field={field}
          mine={autosave.conflict.mine}
          theirs={autosave.conflict.theirs}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}
    </div>
  );
}
