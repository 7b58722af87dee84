import { useT } from '../../i18n/useT';
import type { SaveState } from './useFieldSave';
import { useStamp } from './useStamp';

/** The field's save state, announced politely: saving, saved at, or why it was refused. */
export function FieldStatus({ id, state }: { id: string; state: SaveState }) {
  const { t } = useT();
  const { time } = useStamp();
  return (
    <span
      id={id}
      role="status"
      className={['mapping-status', state.kind === 'error' ? 'field-error' : null].filter(Boolean).join(' ')}
    >
      {state.kind === 'saving' ? t('mapping.saving') : null}
      {state.kind === 'saved' ? t('mapping.savedAt', { time: time(state.at) }) : null}
      {state.kind === 'error' ? state.message : null}
    </span>
  );
}
