import { type DownloadedFile, downloadJobFile } from './jobs';

export { type DownloadedFile, downloadJobFile } from './jobs';
import { registry } from './registry';
import { type Dispatch, createRouter } from './router';
import { type BackendState, createState } from './state';

export interface Backend {
  dataDir: string;
  dispatch: Dispatch;
  /**
   * A finished job's file for the session that asks (the browser host's `GET /jobs/<id>/file`,
   * the CLI): only the job's owner, with an unlocked session; the download is audited. Throws
   * an AppError (unauthenticated, locked, not_found, conflict) otherwise.
   */
  download: (jobId: string, sessionId: string | undefined) => DownloadedFile;
  state: BackendState;
  close: () => void;
}

/** One backend per data directory; every host (Electron, HTTP, tests) uses this. */
export function createBackend(dataDir: string): Backend {
  const state = createState(dataDir);
  return {
    dataDir,
    state,
    dispatch: createRouter(state, registry),
    download: (jobId, sessionId) => downloadJobFile(state, jobId, sessionId),
    close: () => state.vault.close(),
  };
}
