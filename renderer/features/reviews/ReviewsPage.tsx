import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import '../../styles/reviews.css';
import type { Route } from '../shell/routes';
import { ActionsView } from './ActionsView';
import { MeetingPage } from './MeetingPage';
import { MeetingsView } from './MeetingsView';
import { ReviewSettingsView } from './ReviewSettingsView';
import { ReviewsNav } from './ReviewsNav';
import { canPrepare } from './roles';

interface Props {
  route: Route;
  user: SessionUser;
}

/** The weekly case review: meetings and agenda preparation, meeting mode, actions, minutes. */
export function ReviewsPage({ route, user }: Props) {
  const { t } = useT();
  if (route.meetingId !== null) {
    return (
      <MeetingPage key={route.meetingId} meetingId={route.meetingId} view={route.meetingView} user={user} />
    );
  }
  const view = route.reviewsView === 'settings' && !canPrepare(user) ? 'meetings' : route.reviewsView;
  return (
    <section className="page page-wide rv-page" data-view={view}>
      <FocusHeading focusKey={`reviews-${view}`}>{t('reviews.title')}</FocusHeading>
      <ReviewsNav current={view} user={user} />
      {view === 'meetings' ? <MeetingsView user={user} /> : null}
      {view === 'actions' ? <ActionsView user={user} /> : null}
      {view === 'settings' ? <ReviewSettingsView /> : null}
    </section>
  );
}
