import type { ReactNode } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n/useT';
import { type AdminTab, adminTabs, navigate } from '../shell/routes';

interface Props {
  current: AdminTab;
  children: ReactNode;
}

/** The administration tabs; the hash keeps the choice. */
export function AdminTabs({ current, children }: Props) {
  const { t } = useT();
  return (
    <Tabs
      label={t('admin.tabsLabel')}
      tabs={adminTabs.map((tab) => ({ id: tab, label: t(`admin.tab.${tab}`) }))}
      current={current}
      onSelect={(tab) => navigate('admin', tab)}
    >
      {children}
    </Tabs>
  );
}
