import type { ReactNode } from 'react';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n/useT';

export type ActionScope = 'mine' | 'organisation' | 'overdue';
const scopes: readonly ActionScope[] = ['mine', 'organisation', 'overdue'];

interface Props {
  current: ActionScope;
  onSelect: (scope: ActionScope) => void;
  children: ReactNode;
}

/** The action lists: mine, my organisation's, overdue. */
export function ActionScopeTabs({ current, onSelect, children }: Props) {
  const { t } = useT();
  return (
    <Tabs
      label={t('reviews.actions.title')}
      tabs={scopes.map((scope) => ({ id: scope, label: t(`reviews.actions.scope.${scope}`) }))}
      current={current}
      onSelect={onSelect}
    >
      {children}
    </Tabs>
  );
}
