/**
 * A client of the browser host as a browser tab uses it: the one-time entry URL turns the host
 * token into a cookie, `auth.login` sets the session cookie, and every call is a POST /rpc on
 * one keep-alive connection (node:http Agent). Times are from sending the request to the last
 * byte of the answer.
 */
import http from 'node:http';
import type { HttpHost } from '../../main/hosts/http/server';

export interface RpcAnswer {
  ok: boolean;
  bytes: number;
  text: string;
}

export class HostClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private hostCookie = '';
  private sessionCookie = '';

  constructor(private readonly host: HttpHost) {}

  close(): void {
    this.agent.destroy();
  }

  /** The session id the host set (the cookie's value), for calling the same router directly. */
  sessionId(): string | undefined {
    const value = this.sessionCookie.split('=')[1];
    return value === undefined || value === '' ? undefined : value;
  }

  private request(
    method: 'GET' | 'POST',
    path: string,
    body: string | null,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
    return new Promise((resolve, reject) => {
      const cookie = [this.hostCookie, this.sessionCookie].filter((c) => c !== '').join('; ');
      const headers: http.OutgoingHttpHeaders = {};
      if (cookie !== '') headers.Cookie = cookie;
      if (body !== null) {
        headers['Content-Type'] = 'application/json';
        headers['Content-Length'] = Buffer.byteLength(body);
        headers.Origin = this.host.url;
      }
      const request = http.request(
        { host: '127.0.0.1', port: this.host.port, path, method, headers, agent: this.agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body ?? undefined);
    });
  }

  /** Opens the entry URL: the token becomes the host cookie. */
  async enter(): Promise<void> {
    const url = new URL(this.host.entryUrl);
    const response = await this.request('GET', `${url.pathname}${url.search}`, null);
    const cookie = response.headers['set-cookie']?.[0]?.split(';')[0];
    if (response.status !== 303 || !cookie) throw new Error(`entry URL answered ${response.status}`);
    this.hostCookie = cookie;
  }

  /** One RPC; the session cookie follows what the host sets. */
  async rpc(name: string, input: unknown): Promise<RpcAnswer> {
    const response = await this.request('POST', '/rpc', JSON.stringify({ name, input, lang: 'sv' }));
    const setCookie = response.headers['set-cookie']?.find((c) => c.startsWith('samsyn_session='));
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.sessionCookie = value === 'samsyn_session=' ? '' : value;
    }
    if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
    // The router's answer starts with {"ok":true when the call succeeded.
    return {
      ok: response.text.startsWith('{"ok":true'),
      bytes: Buffer.byteLength(response.text),
      text: response.text,
    };
  }

  /** An RPC whose value is needed: fails on an error answer. */
  async call<T>(name: string, input: unknown): Promise<T> {
    const answer = await this.rpc(name, input);
    const parsed = JSON.parse(answer.text) as { ok: boolean; value?: T; error?: { message: string } };
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error?.message ?? 'failed'}`);
    return parsed.value as T;
  }

  /** An RPC in a timed loop: throws on an error answer, returns the answer's size. */
  async timed(name: string, input: unknown): Promise<number> {
    const answer = await this.rpc(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.text.slice(0, 300)}`);
    return answer.bytes;
  }

  async login(password: string, userName: string): Promise<void> {
    const status = await this.call<{ loginUsers: { id: number; name: string }[] }>('app.status', {});
    const user = status.loginUsers.find((u) => u.name === userName);
    if (!user) throw new Error(`${userName} is not on the login list`);
    await this.call('auth.login', { userId: user.id, password });
    if (this.sessionCookie === '') throw new Error('auth.login set no session cookie');
  }

  async logout(): Promise<void> {
    await this.call('auth.logout', {});
  }
}
