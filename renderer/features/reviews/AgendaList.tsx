import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { FormAlert } from '../../components/FormAlert';
import { useT } from '../../i18n/useT';
import { AgendaItemRow, type FocusTarget } from './AgendaItemRow';
import { useMeetingChange } from './useMeetingChange';
import { useParticipantLabel } from './useParticipantLabel';

interface Props {
  meeting: MeetingDto;
  user: SessionUser;
  editable: boolean;
}

/**
 * The agenda in order. Reordered by drag and drop or from the keyboard (buttons, or Alt+↑/↓
 * on a focused item); every move is announced. A longer agenda than the meeting only warns.
 */
export function AgendaList({ meeting, user, editable }: Props) {
  const { t } = useT();
  const label = useParticipantLabel();
  const change = useMeetingChange(meeting.id);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [dragged, setDragged] = useState<number | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const focusAfterMove = useRef<{ itemId: number; target: FocusTarget } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const items = meeting.items;

  // After a move the row is rendered at its new place: keep the keyboard focus with it.
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending || !listRef.current) return;
    focusAfterMove.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-item-id="${pending.itemId}"]`);
    const control = row?.querySelector<HTMLButtonElement>(`[data-focus="${pending.target}"]`);
    if (control && !control.disabled) control.focus();
    else row?.focus();
  }, [items]);

  const itemLabel = (item: AgendaItemDto) => item.title ?? label(item.participant);

  const move = async (item: AgendaItemDto, position: number, target: FocusTarget) => {
    if (position < 0 || position >= items.length || position === item.position) return;
    setError(undefined);
    focusAfterMove.current = { itemId: item.id, target };
    const failure = await change('agenda.moveItem', { itemId: item.id, position });
    if (failure) {
      focusAfterMove.current = null;
      setError(failure.message);
      return;
    }
    setAnnouncement(
      t('reviews.agenda.moved', { name: itemLabel(item), position: position + 1, count: items.length }),
    );
  };

  const remove = async (item: AgendaItemDto) => {
    setError(undefined);
    const failure = await change('agenda.removeItem', { itemId: item.id });
    if (failure) return setError(failure.message);
    setAnnouncement(t('reviews.agenda.removed', { name: itemLabel(item) }));
    headingRef.current?.focus();
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    const item = items.find((i) => i.id === dragged);
    setDragged(null);
    setDropIndex(null);
    if (item) void move(item, index, 'item');
  };

  const over = meeting.totalMinutes - meeting.durationMinutes;
  return (
    <section className="rv-panel rv-agenda" aria-labelledby="rv-agenda-heading">
      <h2 id="rv-agenda-heading" ref={headingRef} tabIndex={-1} className="focus-heading">
        {t('reviews.agenda.title')}
      </h2>
      <p className="rv-total" data-over={meeting.overLength || undefined}>
        {t('reviews.agenda.total', { total: meeting.totalMinutes, length: meeting.durationMinutes })}
      </p>
      {meeting.overLength ? (
        <p className="alert rv-warning" role="status">
          {t('reviews.agenda.overLength', { minutes: over })}
        </p>
      ) : null}
      {editable && items.length > 1 ? (
        <p className="muted rv-small" id="rv-move-help">
          {t('reviews.agenda.moveHelp')}
        </p>
      ) : null}
      <FormAlert message={error} />
      {items.length === 0 ? (
        <p className="rv-empty">{editable ? t('reviews.agenda.emptyPrepare') : t('reviews.agenda.empty')}</p>
      ) : (
        <ol className="rv-agenda-list" ref={listRef}>
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              meeting={meeting}
              user={user}
              index={index}
              count={items.length}
              editable={editable}
              label={itemLabel(item)}
              dropTarget={dropIndex === index && dragged !== item.id}
              onMove={(position, target) => void move(item, position, target)}
              onRemove={() => void remove(item)}
              drag={{
                onDragStart: (event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', String(item.id));
                  setDragged(item.id);
                },
                onDragEnd: () => {
                  setDragged(null);
                  setDropIndex(null);
                },
                onDragOver: (event) => {
                  if (dragged === null) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  if (dropIndex !== index) setDropIndex(index);
                },
                onDrop: (event) => onDrop(event, index),
              }}
            />
          ))}
        </ol>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}
