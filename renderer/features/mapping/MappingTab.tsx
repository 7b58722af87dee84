import { useT } from '../../i18n/useT';

interface Props {
  participantId: number;
}

/** The shared mapping of one participant (a tab of the participant page). */
export function MappingTab({ participantId }: Props) {
  const { t } = useT();
  return <section data-participant={participantId}>{t('mapping.title')}</section>;
}
