import { useMemo } from 'react';
import type { ReviewRequestDto } from '../../../main/api/review-types';
import { localeOf } from '../../i18n/translate';
import { useT } from '../../i18n/useT';

/**
 * A teammate's "Ta upp på nästa genomgång" requests: the note and who asked when. Shown on the
 * suggestions, the agenda, in meeting mode and in the minutes.
 */
export function RequestNotes({ requests }: { requests: readonly ReviewRequestDto[] }) {
  const { t, lang } = useT();
  const format = useMemo(
    () => new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: '2-digit', day: '2-digit' }),
    [lang],
  );
  if (requests.length === 0) return null;
  return (
    <ul className="rv-requests" aria-label={t('reviews.requests.label')}>
      {requests.map((request) => (
        <li key={`${request.requestedAt}-${request.requestedBy}`} className="rv-request">
          <q>{request.note}</q>{' '}
          <span className="muted rv-small">
            {t('reviews.requests.by', {
              name: request.requestedBy,
              date: format.format(new Date(request.requestedAt)),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
