import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { type AdminTab, adminTabs, navigate } from '../shell/routes';

interface Props {
  current: AdminTab;
  children: ReactNode;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; the hash keeps the choice. */
export function AdminTabs({ current, children }: Props) {
  const { t } = useT();
  const baseId = useId();
  const refs = useRef(new Map<AdminTab, HTMLButtonElement>());

  const select = (tab: AdminTab) => {
    navigate('admin', tab);
    refs.current.get(tab)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = adminTabs.indexOf(current);
    const last = adminTabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? adminTabs[index === last ? 0 : index + 1]
        : event.key === 'ArrowLeft'
          ? adminTabs[index === 0 ? last : index - 1]
          : event.key === 'Home'
            ? adminTabs[0]
            : event.key === 'End'
              ? adminTabs[last]
              : undefined;
    if (target) {
      event.preventDefault();
      select(target);
    }
  };

  return (
    <>
      <div role="tablist" aria-label={t('admin.tabsLabel')} className="tabs" onKeyDown={onKeyDown}>
        {adminTabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) refs.current.set(tab, element);
              else refs.current.delete(tab);
            }}
            id={`${baseId}-tab-${tab}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === current}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => select(tab)}
          >
            {t(`admin.tab.${tab}`)}
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
