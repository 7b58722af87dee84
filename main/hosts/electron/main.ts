import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { BrowserWindow, app, dialog, ipcMain, session } from 'electron';
import { defaultLanguage } from '../../api/i18n';
import { apiMessage } from '../../api/messages';
import { RPC_CHANNEL, parseRpcRequest } from '../../api/ipc';
import { createBackend } from '../../core/backend';
import { resolveDataDir } from '../../core/data-dir';

/**
 * The Electron host, kept thin: one window with the strictest settings, one IPC channel that
 * checks the sender frame and hands the call to the same router as the HTTP host.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, 'renderer', 'index.html');

if (!process.env.SAMSYN_DATA_DIR) process.env.SAMSYN_DATA_DIR = app.getPath('userData');
const backend = createBackend(resolveDataDir());
/** Each window's session id, held here; the renderer never sees it. */
const windowSessions = new Map<number, string>();

function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'file:' && fileURLToPath(url) === rendererIndex;
  } catch {
    return false;
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Samsyn',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const id = win.webContents.id;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    const sessionId = windowSessions.get(id);
    if (sessionId) void backend.dispatch({ name: 'auth.logout', input: {} }, sessionId);
    windowSessions.delete(id);
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadFile(rendererIndex);
}

void app.whenReady().then(() => {
  // No remote content: only the app's own files load; no permission is ever granted.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith('devtools:') ||
      details.url.startsWith(`${pathToFileURL(path.dirname(rendererIndex)).href}/`);
    callback({ cancel: !allowed });
  });

  ipcMain.handle(RPC_CHANNEL, async (event, payload: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: apiMessage(defaultLanguage, 'error.forbidden') },
      };
    }
    const request = parseRpcRequest(payload);
    if (!request) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: apiMessage(defaultLanguage, 'error.badRequest') },
      };
    }
    const window = BrowserWindow.fromWebContents(event.sender);
    const outcome = await backend.dispatch(request, windowSessions.get(event.sender.id), {
      // A job's file (batch print) is saved where the user chooses, owner-only.
      saveFile: async (file) => {
        const options = { defaultPath: file.name };
        const choice = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return false;
        await writeFile(choice.filePath, file.bytes, { mode: 0o600 });
        return true;
      },
    });
    if (outcome.sessionId) windowSessions.set(event.sender.id, outcome.sessionId);
    else if (outcome.sessionId === null) windowSessions.delete(event.sender.id);
    return outcome.response;
  });
  createWindow();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  backend.close();
  app.quit();
});
