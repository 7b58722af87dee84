import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { apiMessage } from '../../main/api/messages';
import { createBackend } from '../../main/core/backend';
import { type HttpHost, startHttpHost } from '../../main/hosts/http/server';
import { ADMIN_PASSWORD, setupInput } from '../helpers/backend';
import { referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

describe('browser host', () => {
  const tempDir = useTempDirs();
  const hosts: HttpHost[] = [];
  afterEach(async () => {
    for (const host of hosts.splice(0)) await host.close();
    vi.unstubAllEnvs();
  });

  function staticDirIn(dataDir: string): string {
    const staticDir = path.join(dataDir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samsyn</title>');
    return staticDir;
  }

  async function start(fixedDate?: string) {
    const dataDir = tempDir();
    const host = await startHttpHost({
      backend: createBackend(dataDir),
      staticDir: staticDirIn(dataDir),
      ...(fixedDate === undefined ? {} : { fixedDate }),
    });
    hosts.push(host);
    return host;
  }

  async function enter(host: HttpHost): Promise<string> {
    const response = await fetch(host.entryUrl, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^samsyn_host=[^;]+; HttpOnly; SameSite=Strict; Path=\/$/);
    return cookie.split(';')[0]!;
  }

  // Response bodies are Result values of the contract; a loose shape is enough for assertions.
  type Body = { ok: boolean; value?: { loginUsers: { id: number }[] }; error?: { code: string } };
  const json = async (response: Response | Promise<Response>) => (await (await response).json()) as Body;

  const rpc = (host: HttpHost, cookie: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: host.url, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 only, on a random port', async () => {
    const host = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('serves nothing without the token, and the app with strict headers after it', async () => {
    const host = await start();
    expect((await fetch(host.url)).status).toBe(401);
    expect((await fetch(`${host.url}/?token=wrong`)).status).toBe(401);
    expect((await rpc(host, '', { name: 'app.status', input: {} })).status).toBe(401);
    const cookie = await enter(host);
    const page = await fetch(host.url, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const traversal = await fetch(`${host.url}/..%2f..%2fetc%2fpasswd`, { headers: { Cookie: cookie } });
    expect(await traversal.text()).not.toContain('root:');
  });

  it('serves the page while the backend still loads; calls wait for it, or get 503 if it fails', async () => {
    const dataDir = tempDir();
    let ready: (backend: ReturnType<typeof createBackend>) => void = () => undefined;
    const loading = new Promise<ReturnType<typeof createBackend>>((resolve) => {
      ready = resolve;
    });
    const host = await startHttpHost({ backend: loading, staticDir: staticDirIn(dataDir) });
    hosts.push(host);
    const cookie = await enter(host);
    const page = await fetch(host.url, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Samsyn</title>');
    // The call is sent before the backend is there and answered once it is.
    let answered = false;
    const status = rpc(host, cookie, { name: 'app.status', input: {} }).then((response) => {
      answered = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    ready(createBackend(dataDir));
    const body = await json(status);
    expect(body.ok).toBe(true);

    const failed = await startHttpHost({
      backend: Promise.reject(new Error('the backend could not load')),
      staticDir: staticDirIn(tempDir()),
    });
    hosts.push(failed);
    const failedCookie = await enter(failed);
    expect((await fetch(failed.url, { headers: { Cookie: failedCookie } })).status).toBe(200);
    expect((await rpc(failed, failedCookie, { name: 'app.status', input: {} })).status).toBe(503);
    expect(
      (await fetch(`${failed.url}/jobs/${'a'.repeat(24)}/file`, { headers: { Cookie: failedCookie } }))
        .status,
    ).toBe(503);
  });

  it('loads a backend given as a loader once the first script is out, or at the first call', async () => {
    // The page and its script: the loader is not called for the page, but once the script is out.
    const scripted = tempDir();
    const staticDir = staticDirIn(scripted);
    mkdirSync(path.join(staticDir, 'assets'));
    writeFileSync(path.join(staticDir, 'assets', 'index.js'), 'export {};');
    let loads = 0;
    const host = await startHttpHost({
      backend: () => {
        loads += 1;
        return Promise.resolve(createBackend(scripted));
      },
      staticDir,
    });
    hosts.push(host);
    const cookie = await enter(host);
    await (await fetch(host.url, { headers: { Cookie: cookie } })).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).toBe(0);
    const script = await fetch(`${host.url}/assets/index.js`, { headers: { Cookie: cookie } });
    expect(await script.text()).toBe('export {};');
    await vi.waitFor(() => expect(loads).toBe(1));
    expect((await json(rpc(host, cookie, { name: 'app.status', input: {} }))).ok).toBe(true);
    expect(loads).toBe(1);

    // A call before any script loads it at once; a loader that fails answers 503.
    let called = 0;
    const direct = await startHttpHost({
      backend: () => {
        called += 1;
        return Promise.reject(new Error('the backend could not load'));
      },
      staticDir: staticDirIn(tempDir()),
    });
    hosts.push(direct);
    const directCookie = await enter(direct);
    expect((await rpc(direct, directCookie, { name: 'app.status', input: {} })).status).toBe(503);
    expect((await rpc(direct, directCookie, { name: 'app.status', input: {} })).status).toBe(503);
    expect(called).toBe(1);
  });

  it('refuses cross-origin calls, foreign Host headers and non-JSON bodies', async () => {
    const host = await start();
    const cookie = await enter(host);
    expect(
      (await rpc(host, cookie, { name: 'app.status', input: {} }, { Origin: 'http://evil.example' })).status,
    ).toBe(403);
    // fetch() cannot forge a Host header; node:http can (as a DNS-rebinding page would).
    const rebindingStatus = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/rpc',
          method: 'POST',
          headers: { Host: 'evil.example', Cookie: cookie },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(rebindingStatus).toBe(421);
    const text = await rpc(host, cookie, 'x', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    const broken = await fetch(`${host.url}/rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(await json(broken)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Felaktig begäran.' },
    });
  });

  it('keeps the user session in an HttpOnly cookie the page never sees', async () => {
    const host = await start();
    const cookie = await enter(host);
    const setup = await rpc(host, cookie, { name: 'setup.initialize', input: setupInput() });
    expect((await json(setup)).ok).toBe(true);
    const status = await json(rpc(host, cookie, { name: 'app.status', input: {} }));
    const login = await rpc(host, cookie, {
      name: 'auth.login',
      input: { userId: status.value!.loginUsers[0]!.id, password: ADMIN_PASSWORD },
    });
    const body = await json(login.clone());
    expect(body.ok).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/session_?id/i);
    const sessionCookie = login.headers.get('set-cookie') ?? '';
    expect(sessionCookie).toMatch(/^samsyn_session=[^;]+; HttpOnly; SameSite=Strict; Path=\/$/);
    const both = `${cookie}; ${sessionCookie.split(';')[0]}`;
    const users = await json(rpc(host, both, { name: 'users.list', input: {} }));
    expect(users.ok).toBe(true);
    const logout = await rpc(host, both, { name: 'auth.logout', input: {} });
    expect(logout.headers.get('set-cookie')).toMatch(/^samsyn_session=; .*Max-Age=0/);
    const after = await json(rpc(host, both, { name: 'users.list', input: {} }));
    expect(after.error?.code).toBe('unauthenticated');
  });

  it('runs every call on the fixed date of a test host, and forgets it when it stops', async () => {
    const fixed = '2031-03-14';
    const host = await start(fixed);
    const cookie = await enter(host);
    expect((await json(rpc(host, cookie, { name: 'setup.initialize', input: setupInput() }))).ok).toBe(true);
    const status = (await json(rpc(host, cookie, { name: 'app.status', input: {} }))) as Body & {
      value: { today: string };
    };
    expect(status.value.today).toBe(fixed);
    const login = await rpc(host, cookie, {
      name: 'auth.login',
      input: { userId: status.value.loginUsers[0]!.id, password: ADMIN_PASSWORD },
    });
    const both = `${cookie}; ${(login.headers.get('set-cookie') ?? '').split(';')[0]}`;
    const orgs = (await json(rpc(host, both, { name: 'organisations.list', input: {} }))) as unknown as {
      value: { id: number; code: string }[];
    };
    const af = orgs.value.find((org) => org.code === 'AF')!.id;

    // Tomorrow, for the host, is refused as a date in the future …
    const referral = referralInput(af, null);
    const tomorrow = await json(
      rpc(host, both, {
        name: 'participants.refer',
        input: { ...referral, referral: { ...referral.referral, receivedOn: addDays(fixed, 1) } },
      }),
    );
    expect(tomorrow.error).toEqual({
      code: 'invalid_input',
      message: apiMessage('sv', 'validation.dateInFuture'),
      field: 'referral.receivedOn',
    });
    // … and its own today is accepted, with an audit entry on that date.
    const today = await json(
      rpc(host, both, {
        name: 'participants.refer',
        input: { ...referral, referral: { ...referral.referral, receivedOn: fixed } },
      }),
    );
    expect(today.ok, JSON.stringify(today.error)).toBe(true);
    const audit = (await json(rpc(host, both, { name: 'audit.list', input: { limit: 10 } }))) as unknown as {
      value: { action: string; at: string }[];
    };
    const refer = audit.value.find((entry) => entry.action === 'participant.refer');
    expect(refer?.at.slice(0, 10)).toBe(fixed);

    await host.close();
    hosts.splice(hosts.indexOf(host), 1);
    expect(todayIso()).not.toBe(fixed);
  });

  it('a production build refuses to start with a fixed date', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(start('2031-03-14')).rejects.toThrow(
      'Ett fast datum (--fixed-date) är bara till för tester och godtas inte av en produktionsversion av Samsyn.',
    );
    vi.unstubAllEnvs();
    await expect(start('2031-02-30')).rejects.toThrow(/inte ett datum/);
    expect(todayIso()).not.toBe('2031-03-14');
  });
});
