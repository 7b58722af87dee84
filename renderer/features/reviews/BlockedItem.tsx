import { useT } from '../../i18n/useT';

interface Props {
  /** The backend's reason, already in the user's language. */
  message: string;
  editable: boolean;
}

/**
 * The case may not be opened while someone from an uncovered organisation is in the room (who
 * leaves the room is marked just above, in the case's consent check).
 */
export function BlockedItem({ message, editable }: Props) {
  const { t } = useT();
  return (
    <div className="rv-blocked">
      <p role="alert" className="alert alert-error">
        {message}
      </p>
      <p>{editable ? t('reviews.mm.blockedHelp') : t('reviews.mm.blockedReadOnly')}</p>
    </div>
  );
}
