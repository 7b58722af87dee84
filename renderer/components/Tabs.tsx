import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

interface Props<T extends string> {
  label: string;
  tabs: readonly { id: T; label: string }[];
  current: T;
  onSelect: (tab: T) => void;
  children: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; one panel shows the current one. */
export function Tabs<T extends string>({ label, tabs, current, onSelect, children }: Props<T>) {
  const baseId = useId();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const select = (tab: T) => {
    onSelect(tab);
    refs.current.get(tab)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === current);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? tabs[index === last ? 0 : index + 1]
        : event.key === 'ArrowLeft'
          ? tabs[index === 0 ? last : index - 1]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[last]
              : undefined;
    if (next) {
      event.preventDefault();
      select(next.id);
    }
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
              else refs.current.delete(tab.id);
            }}
            id={`${baseId}-tab-${tab.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.id === current}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
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
