import type { Input, SessionUser } from '../../../main/api/contract';
import { useApiQuery } from '../../api/query';
import { useT } from '../../i18n/useT';
import { EmptyTeam } from './EmptyTeam';

/** Every participant the caller may know of: one row is enough to tell "nobody" from "no match". */
const anyoneInput: Input<'participants.list'> = {
  search: '',
  statuses: [],
  organisationId: null,
  responsibleUserId: null,
  sort: 'name',
  direction: 'asc',
  offset: 0,
  limit: 1,
};

/**
 * What an empty list shows: a team with nobody at all (every status, no filter) gets its first
 * screen, a filter that matches nobody says so. Rendered only when the list is empty, so the
 * extra query never delays a list that has rows.
 */
export function EmptyListNotice({ user }: { user: SessionUser }) {
  const { t } = useT();
  const anyone = useApiQuery('participants.list', anyoneInput);
  if (!anyone.data) return null;
  if (anyone.data.total === 0) return <EmptyTeam user={user} />;
  return <p className="alert alert-empty">{t('caseload.empty')}</p>;
}
