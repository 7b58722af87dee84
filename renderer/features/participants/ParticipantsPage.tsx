import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';
import type { ParticipantsView } from '../shell/routes';

interface Props {
  view: ParticipantsView;
  user: SessionUser;
}

/** The participants page: list, referral queue, expiring consents, new referral. */
export function ParticipantsPage({ view }: Props) {
  const { t } = useT();
  return (
    <section className="page" data-view={view}>
      <FocusHeading focusKey="participants">{t('participants.title')}</FocusHeading>
    </section>
  );
}
