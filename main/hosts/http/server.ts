import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type RpcRequest, parseRpcRequest } from '../../api/ipc';
import { fixClock } from '../../api/dates';
import type { Result } from '../../api/errors';
import { defaultLanguage } from '../../api/i18n';
import { apiMessage } from '../../api/messages';
import { CONTENT_SECURITY_POLICY } from '../../api/security';
import { AppError } from '../../api/app-error';
import type { Backend, DownloadedFile } from '../../core/backend';
import { hostMessage } from '../../i18n/terminal-messages';
import { fixedDateProblem, isProductionBuild } from './fixed-date';

/**
 * The browser host: the built renderer and the same router over HTTP, on 127.0.0.1 only.
 * A random token, given once in the printed URL, becomes an HttpOnly SameSite=Strict cookie;
 * every request needs it. The user session is a second HttpOnly cookie the page never sees.
 */
export interface HttpHostOptions {
  /**
   * The router, its promise, or a function that loads it. Loading the backend's modules holds
   * the event loop for a few hundred milliseconds, and the page and its scripts need none of it:
   * a loader is called once the page's first script has gone out (the browser then reads it
   * while the modules load), when the first call or download comes, or BACKEND_LOAD_AFTER_MS
   * after listening, whichever is first. Calls and downloads wait for it; one that rejects is
   * answered with 503 (`serve` reports the failure and stops).
   */
  backend: Backend | Promise<Backend> | (() => Promise<Backend>);
  staticDir: string;
  port?: number;
  /** For tests: a fixed token instead of a random one. */
  token?: string;
  /**
   * Test only: today's date (YYYY-MM-DD) for as long as the host runs; times of day stay
   * real. A production build refuses to start with it (./fixed-date.ts).
   */
  fixedDate?: string;
}

export interface HttpHost {
  url: string;
  /** The one-time entry URL carrying the token. */
  entryUrl: string;
  port: number;
  close: () => Promise<void>;
}

/** A backend given as a loader is loaded this long after listening if no page asked first. */
const BACKEND_LOAD_AFTER_MS = 2000;

const HOST_COOKIE = 'samsyn_host';
const SESSION_COOKIE = 'samsyn_session';
const MAX_BODY = 1024 * 1024;
/** `GET /jobs/<id>/file`: a finished job's result. */
const JOB_FILE = /^\/jobs\/([A-Za-z0-9_-]{16,64})\/file$/;
const DOWNLOAD_STATUS: Partial<Record<AppError['code'], number>> = {
  unauthenticated: 401,
  locked: 423,
  not_found: 404,
  conflict: 409,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
}

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  value: Result<unknown>,
  cookies: string[] = [],
): void {
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (cookies.length > 0) headers['Set-Cookie'] = cookies;
  res.writeHead(status, headers);
  res.end(JSON.stringify(value));
}

function badRequest(res: http.ServerResponse, status: number): void {
  sendJson(res, status, {
    ok: false,
    error: { code: 'invalid_input', message: apiMessage(defaultLanguage, 'error.badRequest') },
  });
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): RpcRequest | null {
  try {
    return parseRpcRequest(JSON.parse(text));
  } catch {
    return null;
  }
}

export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { fixedDate } = options;
  if (fixedDate !== undefined) {
    const problem = fixedDateProblem(fixedDate, isProductionBuild(process.env));
    if (problem === 'production') {
      return Promise.reject(new Error(hostMessage(defaultLanguage, 'host.fixedDateRefused')));
    }
    if (problem === 'notADate') {
      return Promise.reject(
        new Error(hostMessage(defaultLanguage, 'host.fixedDateInvalid', { date: fixedDate })),
      );
    }
  }
  const token = options.token ?? randomBytes(32).toString('base64url');
  // Settled once, here: a backend that fails to load is not an unhandled rejection.
  const settled = (backend: Backend | Promise<Backend>): Promise<Backend | null> =>
    Promise.resolve(backend).catch(() => null);
  const given = options.backend;
  let backendReady: Promise<Backend | null> | null = typeof given === 'function' ? null : settled(given);
  const load = typeof given === 'function' ? given : () => given;
  const backendNow = (): Promise<Backend | null> => (backendReady ??= settled(Promise.resolve().then(load)));
  let loadTimer: NodeJS.Timeout | null = null;
  const staticDir = path.resolve(options.staticDir);
  let origin = '';
  let hostHeader = '';

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(staticDir, relative);
    if (file !== staticDir && !file.startsWith(staticDir + path.sep)) return sendText(res, 404, '');
    const target = existsSync(file) && statSync(file).isFile() ? file : path.join(staticDir, 'index.html');
    if (!existsSync(target)) return sendText(res, 503, hostMessage(defaultLanguage, 'host.notBuilt'));
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'private, max-age=3600',
    });
    // The page's first script is out: the backend loads while the browser reads it.
    if (backendReady === null && target.endsWith('.js')) res.once('finish', () => setImmediate(backendNow));
    res.end(req.method === 'HEAD' ? undefined : readFileSync(target));
  };

  /**
   * A finished job's file (batch print): the same host token, and the session that owns the
   * job. Only from the app's own pages (Sec-Fetch-Site), never cached.
   */
  const sendJobFile = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    backend: Backend,
    jobId: string,
    sessionId: string | undefined,
  ) => {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return sendText(res, 403, '');
    let file: DownloadedFile;
    try {
      file = backend.download(jobId, sessionId);
    } catch (error) {
      const status = error instanceof AppError ? (DOWNLOAD_STATUS[error.code] ?? 500) : 500;
      const message =
        error instanceof AppError ? apiMessage(defaultLanguage, error.messageKey, error.params) : '';
      if (!(error instanceof AppError)) console.error('[samsyn] download failed', error);
      return sendText(res, status, message);
    }
    res.writeHead(200, {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes.length),
      // The name is ASCII by construction (slutdokumentation-deltagare|anvisande-<date>.<format>).
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    });
    return res.end(req.method === 'HEAD' ? undefined : file.bytes);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      securityHeaders(res);
      // DNS-rebinding guard: only our own loopback host name is served.
      if (req.headers.host !== hostHeader) return sendText(res, 421, '');
      const url = new URL(req.url ?? '/', origin);
      const cookies = parseCookies(req.headers.cookie);

      if (req.method === 'GET' && url.searchParams.has('token')) {
        if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) {
          return sendText(res, 401, hostMessage(defaultLanguage, 'host.needToken'));
        }
        res.writeHead(303, {
          Location: '/',
          'Set-Cookie': `${HOST_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          'Cache-Control': 'no-store',
        });
        return res.end();
      }
      if (!sameSecret(cookies.get(HOST_COOKIE), token)) {
        return sendText(res, 401, hostMessage(defaultLanguage, 'host.needToken'));
      }

      if (url.pathname === '/rpc') {
        if (req.method !== 'POST') return badRequest(res, 405);
        // Cross-site requests are refused even with the cookie (it is SameSite=Strict anyway).
        if (req.headers.origin !== undefined && req.headers.origin !== origin) return badRequest(res, 403);
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return badRequest(res, 415);
        const body = await readBody(req);
        if (body === null) return badRequest(res, 413);
        const request = parseBody(body);
        if (!request) return badRequest(res, 400);
        const backend = await backendNow();
        if (!backend) return sendText(res, 503, '');
        const outcome = await backend.dispatch(request, cookies.get(SESSION_COOKIE));
        const setCookies: string[] = [];
        if (outcome.sessionId) {
          setCookies.push(`${SESSION_COOKIE}=${outcome.sessionId}; HttpOnly; SameSite=Strict; Path=/`);
        } else if (outcome.sessionId === null) {
          setCookies.push(`${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
        }
        return sendJson(res, 200, outcome.response, setCookies);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '');
      const download = JOB_FILE.exec(url.pathname);
      if (download) {
        const backend = await backendNow();
        if (!backend) return sendText(res, 503, '');
        return sendJobFile(req, res, backend, download[1] ?? '', cookies.get(SESSION_COOKIE));
      }
      return serveStatic(req, res, url.pathname);
    })().catch((error: unknown) => {
      console.error('[samsyn] http host error', error);
      if (!res.headersSent) sendText(res, 500, '');
      else res.end();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      // The host owns the clock while it runs: every call it dispatches sees the fixed date.
      if (fixedDate !== undefined) fixClock(fixedDate);
      if (backendReady === null) loadTimer = setTimeout(backendNow, BACKEND_LOAD_AFTER_MS).unref();
      const { port } = server.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
      hostHeader = `127.0.0.1:${port}`;
      resolve({
        url: origin,
        entryUrl: `${origin}/?token=${token}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            if (loadTimer !== null) clearTimeout(loadTimer);
            server.closeAllConnections();
            server.close(() => {
              if (fixedDate !== undefined) fixClock(null);
              done();
            });
          }),
      });
    });
  });
}
