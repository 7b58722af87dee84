import { writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../main/api/dates';
import { type HttpHost, startHttpHost } from '../../main/hosts/http/server';
import { type Client, initializedBackend, loggedInUser, orgId } from '../helpers/backend';
import { pageCount, poppler, squash, unzip, wordText } from '../helpers/documents';
import { listInput, referralInput } from '../helpers/participants';
import { useTempDirs } from '../helpers/temp';

/** A participant referred by `referrer`, consent for `consentOrgs`, enrolled and closed today. */
async function closedParticipant(admin: Client, firstName: string, referrer: string, consentOrgs: string[]) {
  const today = todayIso();
  const referring = await orgId(admin, referrer);
  const consent = await Promise.all(consentOrgs.map((code) => orgId(admin, code)));
  const { participantId } = await admin.call(
    'participants.refer',
    referralInput(referring, consent, { firstName, lastName: 'Öberg' }),
  );
  await admin.call('participants.enrol', {
    participantId,
    startOn: addDays(today, -9),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  await admin.call('participants.close', {
    participantId,
    onDate: today,
    closureReason: 'studies',
    recommendations: `Rekommendation för ${firstName}: fortsätt på SFI-kursen.`,
  });
  return participantId;
}

async function settled(admin: Client, jobId: string) {
  for (;;) {
    const job = await admin.call('jobs.get', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('jobs: batch print of closure summaries in a worker thread', () => {
  const tempDir = useTempDirs();
  const hosts: HttpHost[] = [];
  afterEach(async () => {
    for (const host of hosts.splice(0)) await host.close();
  });

  it('prints every readable period of a range into one PDF, skips and lists the others, audits each', async () => {
    const { backend, admin } = await initializedBackend(tempDir());
    const printed = [
      await closedParticipant(admin, 'Åsa', 'KOM-AM', ['KOM-AM', 'AF']),
      await closedParticipant(admin, 'Ärla', 'AF', ['KOM-AM', 'AF']),
    ];
    // Referred by the admin's organisation; the consent was withdrawn on the closure day, so it
    // was not valid then: the case is known to the admin, not readable.
    const known = await closedParticipant(admin, 'Gömd', 'KOM-AM', ['KOM-AM']);
    const consent = (await admin.call('participants.get', { participantId: known })).consents[0]!;
    await admin.call('consents.withdraw', { consentId: consent.id, withdrawnOn: todayIso() });
    const { client: af } = await loggedInUser(admin, 'Alva Af', 'caseworker', 'AF');
    const job = await af.call('closureSummaries.print', {
      closedFrom: addDays(todayIso(), -1),
      closedTo: todayIso(),
      variant: 'participant',
    });
    expect(job).toMatchObject({ state: 'running', total: 2, hiddenSkipped: 0 });
    // The AF caseworker's organisation did not refer "Gömd", and was never covered: not even
    // its pseudonym reaches them.
    expect(job.skipped).toEqual([]);
    expect(JSON.stringify(job)).not.toContain(`K-${String(known).padStart(4, '0')}`);
    const done = await settled(af, job.id);
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2, error: null });
    expect(done.fileName).toMatch(/^slutdokumentation-deltagare-\d{4}-\d{2}-\d{2}\.pdf$/);

    const file = backend.download(job.id, af.sessionId);
    expect(file.mime).toBe('application/pdf');
    const pdf = path.join(tempDir(), 'batch.pdf');
    writeFileSync(pdf, file.bytes);
    const text = squash(poppler('pdftotext', [pdf, '-']));
    expect(text).toContain('Åsa Öberg');
    expect(text).toContain('Ärla Öberg');
    expect(text).not.toContain('Gömd');
    expect(text).toContain('Sida 1 av');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    // Someone else's session cannot fetch it; nor can the owner's job be seen by them.
    expect(() => backend.download(job.id, admin.sessionId)).toThrow(/jobNotFound|not_found|finns inte/);
    expect((await admin.fail('jobs.get', { jobId: job.id })).code).toBe('not_found');

    // The admin (KOM-AM) referred "Gömd": the pseudonym is listed as skipped, never printed.
    const adminJob = await admin.call('closureSummaries.print', {
      participantIds: [...printed, known, 999_999],
      variant: 'referrer',
      format: 'docx',
    });
    const adminDone = await settled(admin, adminJob.id);
    expect(adminDone.state).toBe('done');
    expect(adminDone.total).toBe(2);
    expect(adminDone.skipped).toEqual([{ code: `K-${String(known).padStart(4, '0')}`, reason: 'noAccess' }]);
    expect(adminDone.hiddenSkipped).toBe(1);
    const docx = unzip(backend.download(adminJob.id, admin.sessionId).bytes);
    const body = wordText(docx.get('word/document.xml') ?? '');
    expect(body).toContain('Rekommendation för Åsa');
    expect(body).toContain('Rekommendation för Ärla');
    expect(body).not.toContain('Gömd');

    const audit = await admin.call('audit.list', { limit: 200 });
    const rows = JSON.stringify(audit);
    expect(rows).toContain('closure_summary.print');
    expect(rows).toContain('closure_summary.download');
  });

  it('a list call completes while a batch runs; a job can be cancelled; bad input is refused', async () => {
    const { admin } = await initializedBackend(tempDir());
    const ids: number[] = [];
    for (let index = 0; index < 30; index++) {
      ids.push(await closedParticipant(admin, `Deltagare${index}`, 'KOM-AM', ['KOM-AM']));
    }
    const job = await admin.call('closureSummaries.print', {
      participantIds: [...ids, ...ids],
      variant: 'referrer',
    });
    expect(job.total).toBe(30);
    const page = await admin.call('participants.list', listInput());
    expect(page.rows.length).toBeGreaterThan(0);
    const meanwhile = await admin.call('jobs.get', { jobId: job.id });
    // The list answered while the worker was still building or rendering the batch.
    expect(meanwhile.state).toBe('running');
    expect((await settled(admin, job.id)).state).toBe('done');

    const second = await admin.call('closureSummaries.print', {
      participantIds: ids,
      variant: 'participant',
    });
    const cancelled = await admin.call('jobs.cancel', { jobId: second.id });
    expect(cancelled.state).toBe('cancelled');
    expect(() => admin.backend.download(second.id, admin.sessionId)).toThrow();

    const nothing = await admin.fail('closureSummaries.print', { variant: 'participant' });
    expect(nothing.code).toBe('invalid_input');
    expect(nothing.message).toBe('Välj deltagare eller ange ett datumintervall för avslut.');
    const backwards = await admin.fail('closureSummaries.print', {
      closedFrom: todayIso(),
      closedTo: addDays(todayIso(), -5),
    });
    expect(backwards.field).toBe('closedTo');
    const empty = await admin.fail('closureSummaries.print', {
      closedFrom: addDays(todayIso(), -50),
      closedTo: addDays(todayIso(), -40),
    });
    expect(empty.code).toBe('conflict');
    expect((await admin.fail('jobs.get', { jobId: '../../etc/passwd' })).code).toBe('invalid_input');
  });

  it('the browser host serves the file only to the session that owns the job', async () => {
    const dataDir = tempDir();
    const { backend, admin } = await initializedBackend(dataDir);
    const participantId = await closedParticipant(admin, 'Åke', 'KOM-AM', ['KOM-AM']);
    const staticDir = path.join(dataDir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samsyn</title>');
    const host = await startHttpHost({ backend, staticDir });
    hosts.push(host);
    const entry = await fetch(host.entryUrl, { redirect: 'manual' });
    const hostCookie = (entry.headers.get('set-cookie') ?? '').split(';')[0]!;
    const job = await admin.call('closureSummaries.print', {
      participantIds: [participantId],
      variant: 'participant',
    });
    await settled(admin, job.id);
    const url = `${host.url}/jobs/${job.id}/file`;

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Cookie: hostCookie } })).status).toBe(401);
    const crossSite = await fetch(url, {
      headers: { Cookie: `${hostCookie}; samsyn_session=${admin.sessionId}`, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const ok = await fetch(url, { headers: { Cookie: `${hostCookie}; samsyn_session=${admin.sessionId}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="slutdokumentation-/);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const unknown = await fetch(`${host.url}/jobs/AAAAAAAAAAAAAAAAAAAAAAAA/file`, {
      headers: { Cookie: `${hostCookie}; samsyn_session=${admin.sessionId}` },
    });
    expect(unknown.status).toBe(404);

    // After logout the database closes: the job and its file are gone.
    await admin.call('auth.logout', {});
    const after = await fetch(url, {
      headers: { Cookie: `${hostCookie}; samsyn_session=${admin.sessionId}` },
    });
    expect(after.status).toBe(401);
  });
});
