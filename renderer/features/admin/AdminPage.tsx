import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import type { AdminTab } from '../shell/routes';
import { AdminTabs } from './AdminTabs';
import { AuditTab } from './AuditTab';
import { CodeListsTab } from './CodeListsTab';
import { OrganisationsTab } from './OrganisationsTab';
import { ParticipantSettingsTab } from './ParticipantSettingsTab';
import { ProtectedCasesTab } from './ProtectedCasesTab';
import { TemplatesTab } from '../templates/TemplatesTab';
import { InterventionTypesTab } from './InterventionTypesTab';
import { UsersTab } from './UsersTab';

interface Props {
  tab: AdminTab;
  currentUserId: number;
}

export function AdminPage({ tab, currentUserId }: Props) {
  const { t } = useT();
  return (
    <section className="page">
      <FocusHeading focusKey="admin">{t('nav.admin')}</FocusHeading>
      <AdminTabs current={tab}>
        {tab === 'users' ? <UsersTab currentUserId={currentUserId} /> : null}
        {tab === 'organisations' ? <OrganisationsTab /> : null}
        {tab === 'log' ? <AuditTab /> : null}
        {tab === 'settings' ? <ParticipantSettingsTab /> : null}
        {tab === 'templates' ? <TemplatesTab /> : null}
        {tab === 'interventionTypes' ? <InterventionTypesTab /> : null}
        {tab === 'codeLists' ? <CodeListsTab /> : null}
        {tab === 'protected' ? <ProtectedCasesTab /> : null}
      </AdminTabs>
    </section>
  );
}
