import type { SessionUser } from '../../../main/api/contract';
import { AdminPage } from '../admin/AdminPage';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';
import { ChangePasswordPage } from './ChangePasswordPage';
import type { AdminTab, PageId } from './routes';

interface Props {
  page: PageId;
  tab: AdminTab;
  user: SessionUser;
}

export function ShellPage({ page, tab, user }: Props) {
  switch (page) {
    case 'participants':
      return <PlaceholderPage title="nav.participants" text="placeholder.participants" />;
    case 'reviews':
      return <PlaceholderPage title="nav.reviews" text="placeholder.reviews" />;
    case 'statistics':
      return <PlaceholderPage title="nav.statistics" text="placeholder.statistics" />;
    case 'admin':
      return <AdminPage tab={tab} currentUserId={user.id} />;
    case 'password':
      return <ChangePasswordPage user={user} />;
  }
}
