import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  userId: number;
  locked: boolean;
  createdAt: number;
  lastSeenAt: number;
}

/**
 * In-memory sessions. Every RPC call carries its own session id (an HttpOnly cookie in the
 * browser host, the window's webContents in Electron): there is no global "current user".
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly idleTimeoutMs = 8 * 60 * 60 * 1000) {}

  create(userId: number): Session {
    const now = Date.now();
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      userId,
      locked: false,
      createdAt: now,
      lastSeenAt: now,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (Date.now() - session.lastSeenAt > this.idleTimeoutMs) {
      this.sessions.delete(id);
      return null;
    }
    session.lastSeenAt = Date.now();
    return session;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  destroyForUser(userId: number): void {
    for (const [id, session] of this.sessions) if (session.userId === userId) this.sessions.delete(id);
  }

  /** True while any session can still use the open database without typing a password. */
  hasUnlocked(): boolean {
    for (const session of this.sessions.values()) if (!session.locked) return true;
    return false;
  }

  count(): number {
    return this.sessions.size;
  }
}
