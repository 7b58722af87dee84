import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  children: ReactNode;
  /** Extra content for the top bar (e.g. the language choice before login). */
  headerExtra?: ReactNode;
  wide?: boolean;
}

/** The frame of the screens before the shell: setup, login, lock, forced password change. */
export function CenteredLayout({ children, headerExtra, wide = false }: Props) {
  const { t } = useT();
  return (
    <div className="centered-layout">
      <header className="top-bar">
        <span className="brand-name">{t('app.name')}</span>
        {headerExtra}
      </header>
      <main id="main" className={wide ? 'card card-wide' : 'card'}>
        {children}
      </main>
    </div>
  );
}
