import type { SessionUser } from '../../../main/api/contract';
import { useT } from '../../i18n/useT';
import { type ReviewsView, reviewsViewHref, reviewsViews } from '../shell/routes';
import { canPrepare } from './roles';

interface Props {
  current: ReviewsView;
  user: SessionUser;
}

/** Meetings, actions and (for coordinators) the review settings. */
export function ReviewsNav({ current, user }: Props) {
  const { t } = useT();
  const views = reviewsViews.filter((view) => view !== 'settings' || canPrepare(user));
  return (
    <nav className="rv-subnav" aria-label={t('reviews.views')}>
      <ul>
        {views.map((view) => (
          <li key={view}>
            <a href={reviewsViewHref(view)} aria-current={view === current ? 'page' : undefined}>
              {t(`reviews.view.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
