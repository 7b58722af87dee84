import type { SessionUser } from '../../../main/api/contract';
import type { ParticipantDetail } from '../../../main/api/participant-types';

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
