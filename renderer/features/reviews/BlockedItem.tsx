import type { AgendaItemDto, MeetingDto } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { ConsentWarning } from './ConsentWarning';

interface Props {
  meeting: MeetingDto;
  item: AgendaItemDto;
  /** The backend's reason, already in the user's language. */
  message: string;
  editable: boolean;
}

/** The case may not be opened while someone from an uncovered organisation is in the room. */
export function BlockedItem({ meeting, item, message, editable }: Props) {
  const { t } = useT();
  return (
    <div className="rv-blocked">
      <p role="alert" className="alert alert-error">
        {message}
      </p>
      <p>{editable ? t('reviews.mm.blockedHelp') : t('reviews.mm.blockedReadOnly')}</p>
      <ConsentWarning item={item} meeting={meeting} editable={editable} />
    </div>
  );
}
