import { Suspense, lazy } from 'react';
import type { SessionUser } from '../../../main/api/contract';
import { LoadingState } from '../../components/LoadingState';
import { ParticipantsPage } from '../caseload/ParticipantsPage';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';
import type { Route } from './routes';

// The first screen after login is the participant list: it ships with the shell. Every other
// feature is its own chunk, loaded when first opened.
const ParticipantPage = lazy(() =>
  import('../case/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
);
const ReviewsPage = lazy(() => import('../reviews/ReviewsPage').then((m) => ({ default: m.ReviewsPage })));
const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
// Forms (and the form library and schemas with them) are not needed for the first list rows.
const ChangePasswordPage = lazy(() =>
  import('./ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

interface Props {
  route: Route;
  user: SessionUser;
}

function Page({ route, user }: Props) {
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

export function ShellPage(props: Props) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Page {...props} />
    </Suspense>
  );
}
