import type { SessionUser } from '../../../main/api/contract';

/** The coordinator (and the admin) prepare, start and finish the review. */
export function canPrepare(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'coordinator';
}

/** Everyone but read-only users takes notes, actions and attendance. */
export function canWrite(user: SessionUser): boolean {
  return user.role !== 'readonly';
}
