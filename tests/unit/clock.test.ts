import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, fixClock, nowIso, todayIso } from '../../main/api/dates';
import { birthYearSchema, pastDateSchema, personalNumberSchema } from '../../main/api/participant-schemas';
import { type Backend, downloadJobFile } from '../../main/core/backend';
import { registry } from '../../main/core/registry';
import { createRouter } from '../../main/core/router';
import { createState } from '../../main/core/state';
import type { ServiceContext } from '../../main/services/context';
import { ADMIN_PASSWORD, Client, setupInput } from '../helpers/backend';
import { useTempDirs } from '../helpers/temp';

const FIXED = '2031-03-14';

/** The first zod message of a failed parse (a message key of main/api/messages). */
function refusal(result: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? '?');
}

describe('one clock', () => {
  const tempDir = useTempDirs();
  afterEach(() => {
    fixClock(null);
    vi.useRealTimers();
  });

  it('today is the Swedish date, whatever the time zone of the computer', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T23:30:00Z')); // 00:30 on 2 January in Stockholm
    expect(todayIso()).toBe('2026-01-02');
    vi.setSystemTime(new Date('2026-07-01T21:59:00Z')); // 23:59 summer time
    expect(todayIso()).toBe('2026-07-01');
    expect(nowIso()).toBe('2026-07-01T21:59:00.000Z');
  });

  it('a fixed clock: today is that date, now is that date at the real time of day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T08:15:30.250Z'));
    fixClock(FIXED);
    expect(todayIso()).toBe(FIXED);
    expect(nowIso()).toBe(`${FIXED}T08:15:30.250Z`);
    vi.setSystemTime(new Date('2026-05-04T08:15:31.000Z'));
    expect(nowIso() > `${FIXED}T08:15:30.250Z`).toBe(true); // order by time still works
    fixClock(null);
    expect(todayIso()).toBe('2026-05-04');
    expect(() => fixClock('2031-02-30')).toThrow();
    expect(todayIso()).toBe('2026-05-04');
  });

  it("the router's call context and the input schemas read the same fixed clock", async () => {
    fixClock(FIXED);
    const dataDir = tempDir();
    const state = createState(dataDir);
    const seen: ServiceContext[] = [];
    const dispatch = createRouter(state, {
      ...registry,
      'users.list': {
        access: 'user',
        scope: 'system',
        purpose: 'administration',
        handler: (ctx) => {
          seen.push(ctx.service);
          return [];
        },
      },
    });
    const backend: Backend = {
      dataDir,
      state,
      dispatch,
      download: (jobId, sessionId) => downloadJobFile(state, jobId, sessionId),
      close: () => state.vault.close(),
    };
    const admin = new Client(backend);
    await admin.call('setup.initialize', setupInput());
    const status = await admin.call('app.status', {});
    expect(status.today).toBe(FIXED);
    await admin.call('auth.login', { userId: status.loginUsers[0]!.id, password: ADMIN_PASSWORD });
    await admin.call('users.list', {});
    expect(seen).toHaveLength(1);
    expect(seen[0]!.today).toBe(FIXED);
    expect(seen[0]!.now.slice(0, 10)).toBe(FIXED);
    // Setup, login and the list itself: every audit timestamp is on the fixed date.
    const entries = await admin.call('audit.list', { limit: 50 });
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const entry of entries) expect(entry.at.slice(0, 10)).toBe(FIXED);
    backend.close();

    // "Not in the future" means not after the fixed date.
    expect(refusal(pastDateSchema.safeParse(FIXED))).toBeNull();
    expect(refusal(pastDateSchema.safeParse(addDays(FIXED, -1)))).toBeNull();
    expect(refusal(pastDateSchema.safeParse(addDays(FIXED, 1)))).toBe('validation.dateInFuture');
    expect(refusal(birthYearSchema.safeParse(2031))).toBeNull();
    expect(refusal(birthYearSchema.safeParse(2032))).toBe('validation.birthYear');
    expect(refusal(personalNumberSchema.safeParse('20310314-1234'))).toBeNull();
    expect(refusal(personalNumberSchema.safeParse('20310315-1233'))).toBe('validation.personalNumber.future');
  });
});
