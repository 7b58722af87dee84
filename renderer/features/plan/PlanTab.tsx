import { useT } from '../../i18n/useT';

interface Props {
  participantId: number;
}

/** The one shared action plan of one participant (a tab of the participant page). */
export function PlanTab({ participantId }: Props) {
  const { t } = useT();
  return <section data-participant={participantId}>{t('plan.title')}</section>;
}
