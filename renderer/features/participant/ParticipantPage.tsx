import type { SessionUser } from '../../../main/api/contract';
import { FocusHeading } from '../../components/FocusHeading';
import { useT } from '../../i18n/useT';

interface Props {
  participantId: number;
  user: SessionUser;
}

/** One participant: overview, contacts and progress, consent, mapping and plan. */
export function ParticipantPage({ participantId }: Props) {
  const { t } = useT();
  return (
    <section className="page" data-participant={participantId}>
      <FocusHeading focusKey="participant">{t('participant.title')}</FocusHeading>
    </section>
  );
}
