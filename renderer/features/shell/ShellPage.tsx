import type { SessionUser } from '../../../main/api/contract';
import { AdminPage } from '../admin/AdminPage';
import { ParticipantPage } from '../case/ParticipantPage';
import { ParticipantsPage } from '../caseload/ParticipantsPage';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';
import { ReviewsPage } from '../reviews/ReviewsPage';
import { ChangePasswordPage } from './ChangePasswordPage';
import type { Route } from './routes';

interface Props {
  route: Route;
  user: SessionUser;
}

export function ShellPage({ route, user }: Props) {
  switch (route.page) {
    case 'participants':
      return route.participantId !== null ? (
        <ParticipantPage key={route.participantId} participantId={route.participantId} user={user} />
      ) : (
        <ParticipantsPage view={route.participantsView} user={user} />
      );
    case 'reviews':
      return <ReviewsPage route={route} user={user} />;
    case 'statistics':
      return <PlaceholderPage title="nav.statistics" text="placeholder.statistics" />;
    case 'admin':
      return <AdminPage tab={route.tab} currentUserId={user.id} />;
    case 'password':
      return <ChangePasswordPage user={user} />;
  }
}
