import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';

export type ActionScope = 'mine' | 'organisation' | 'overdue';
const scopes: readonly ActionScope[] = ['mine', 'organisation', 'overdue'];

interface Props {
  current: ActionScope;
  onSelect: (scope: ActionScope) => void;
  children: ReactNode;
}

/** WAI-ARIA tabs for the action lists: arrow keys, Home and End move between them. */
export function ActionScopeTabs({ current, onSelect, children }: Props) {
  const { t } = useT();
  const baseId = useId();
  const refs = useRef(new Map<ActionScope, HTMLButtonElement>());
  const select = (scope: ActionScope) => {
    onSelect(scope);
    refs.current.get(scope)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = scopes.indexOf(current);
    const last = scopes.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? scopes[index === last ? 0 : index + 1]
        : event.key === 'ArrowLeft'
          ? scopes[index === 0 ? last : index - 1]
          : event.key === 'Home'
            ? scopes[0]
            : event.key === 'End'
              ? scopes[last]
              : undefined;
    if (target) {
      event.preventDefault();
      select(target);
    }
  };
  return (
    <>
      <div role="tablist" aria-label={t('reviews.actions.title')} className="tabs" onKeyDown={onKeyDown}>
        {scopes.map((scope) => (
          <button
            key={scope}
            ref={(element) => {
              if (element) refs.current.set(scope, element);
              else refs.current.delete(scope);
            }}
            id={`${baseId}-tab-${scope}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={scope === current}
            aria-controls={`${baseId}-panel`}
            tabIndex={scope === current ? 0 : -1}
            onClick={() => select(scope)}
          >
            {t(`reviews.actions.scope.${scope}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${current}`}
        className="tab-panel"
      >
        {children}
      </div>
    </>
  );
}
