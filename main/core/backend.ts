import os from 'node:os';
import path from 'node:path';
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

/**
 * Where the data lives: SAMSYN_DATA_DIR when set, otherwise the platform's user data folder
 * (the same folder Electron's app.getPath('userData') points at for this app).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SAMSYN_DATA_DIR) return path.resolve(env.SAMSYN_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Samsyn');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Samsyn');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Samsyn');
  }
}
