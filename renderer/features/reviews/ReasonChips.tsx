import type { MeetingReason, SuggestionReason } from '../../../main/api/review-types';
import { useT } from '../../i18n/useT';
import { useReasonText } from './reasons';

interface Props {
  reasons: readonly (SuggestionReason | MeetingReason)[];
}

/** Why a case is (or is suggested to be) on the agenda, as chips. */
export function ReasonChips({ reasons }: Props) {
  const { t } = useT();
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className="rv-chips" aria-label={t('reviews.reasonsLabel')}>
      {reasons.map((reason) => {
        const code = typeof reason === 'string' ? reason : reason.code;
        return (
          <li key={code} className={`rv-chip rv-chip-${code}`}>
            {text(reason)}
          </li>
        );
      })}
    </ul>
  );
}
