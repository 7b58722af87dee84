import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import type { Route } from '../shell/routes';

interface Props {
  route: Route;
  user: SessionUser;
}

/** The weekly case review: meetings and agenda preparation, meeting mode, actions, minutes. */
export function ReviewsPage({ route }: Props) {
  const { t } = useT();
  return (
    <section className="page" data-view={route.reviewsView}>
      <FocusHeading focusKey="reviews">{t('reviews.title')}</FocusHeading>
    </section>
  );
}
