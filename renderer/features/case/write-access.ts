import type { SessionUser } from '../../../main/api/contract';
import type { ParticipantDetail } from '../../../main/api/participant-types';
import { currentPeriodOf, endedStatuses } from './periods';

/**
 * May this user change this participant? Never for read-only users; never on a closed period
 * that the user's organisation reads only because the consent covered it on the closure date
 * (closure documents and the follow-up). The backend refuses such writes anyway: the page
 * offers no control for them.
 */
export function mayWriteParticipant(
  user: Pick<SessionUser, 'role'>,
  participant: Pick<ParticipantDetail, 'readOnly'>,
): boolean {
  return user.role !== 'readonly' && !participant.readOnly;
}

/**
 * May this user offer "Anvisa igen" (a new period)? When the current period has ended
 * (closed, declined, withdrawn), for anyone but read-only users who may read the person; the
 * closed-period read access is enough, as the backend's `need: 'read'` says.
 */
export function mayReferAgain(
  user: Pick<SessionUser, 'role'>,
  participant: Pick<ParticipantDetail, 'status' | 'periods'>,
): boolean {
  const status = currentPeriodOf(participant)?.status ?? participant.status;
  return user.role !== 'readonly' && endedStatuses.includes(status);
}
