import type { AuditEvent } from '../services/audit/audit';
import { LoginThrottle } from './throttle';
import { SessionStore } from './sessions';
import { Vault } from './vault';

/** Everything the backend keeps between calls, for one data directory. */
export interface BackendState {
  vault: Vault;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** Audit events that happened while the database was closed (failed logins). */
  pendingAudit: AuditEvent[];
}

export function createState(dataDir: string): BackendState {
  return {
    vault: new Vault(dataDir),
    sessions: new SessionStore(),
    throttle: new LoginThrottle(),
    pendingAudit: [],
  };
}
