import type { AuditEvent } from '../services/audit/audit';
import { JobManager } from './jobs';
import { LoginThrottle } from './throttle';
import { SessionStore } from './sessions';
import { Vault } from './vault';

/** Everything the backend keeps between calls, for one data directory. */
export interface BackendState {
  vault: Vault;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** Long jobs (batch print) running in worker threads, and their results. */
  jobs: JobManager;
  /** Audit events that happened while the database was closed (failed logins). */
  pendingAudit: AuditEvent[];
}

export function createState(dataDir: string): BackendState {
  const vault = new Vault(dataDir);
  return {
    vault,
    jobs: new JobManager(vault),
    sessions: new SessionStore(),
    throttle: new LoginThrottle(),
    pendingAudit: [],
  };
}
