import { useEffect } from 'react';

export interface MeetingKeyHandlers {
  next: () => void;
  previous: () => void;
  newAction: () => void;
  newNote: () => void;
  discussed: () => void;
  reveal: () => void;
  presentation: () => void;
  /** A: to the attendance of the meeting (the next one not yet ticked as present). */
  attendance: () => void;
  /** L: to "leaves the room" of the current item. */
  leaveRoom: () => void;
  /** Escape in a field: back to the item, so the shortcuts work again. */
  leaveField: () => void;
}

/** Input types where a letter key means nothing, so the shortcuts stay on. */
const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !nonTextInputs.has(target.type);
  return (
    target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

/**
 * The meeting screen's keyboard: J / Page Down next item, K / Page Up previous, N new action,
 * B new decision or note, D discussed and next, A attendance, L leaves the room, S show hidden
 * details, P presentation mode. Keys typed into a field or a dialog are left alone; on a checkbox
 * or a button the letters still work (Space and Enter keep their own meaning).
 */
export function useMeetingKeys(handlers: MeetingKeyHandlers, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof Element && target.closest('[role="dialog"]')) return;
      if (isEditable(target)) {
        if (event.key === 'Escape') {
          event.preventDefault();
          handlers.leaveField();
        }
        return;
      }
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      handlers[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers, enabled]);
}

function keyAction(key: string): keyof MeetingKeyHandlers | null {
  switch (key) {
    case 'j':
    case 'J':
    case 'PageDown':
      return 'next';
    case 'k':
    case 'K':
    case 'PageUp':
      return 'previous';
    case 'n':
    case 'N':
      return 'newAction';
    case 'b':
    case 'B':
      return 'newNote';
    case 'd':
    case 'D':
      return 'discussed';
    case 's':
    case 'S':
      return 'reveal';
    case 'p':
    case 'P':
      return 'presentation';
    case 'a':
    case 'A':
      return 'attendance';
    case 'l':
    case 'L':
      return 'leaveRoom';
    default:
      return null;
  }
}
