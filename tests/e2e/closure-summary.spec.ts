import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { addDays, todayIso } from '../../main/api/dates';
import { referralInput } from '../helpers/participants';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { rpc } from './rpc';
import { loginAs } from './session';

test.use({ team: { users: [], demoParticipants: 0 } });

const outDir = path.resolve('test-results', 'closure-summary');

/** The text of a downloaded PDF, and its pages as PNGs beside it (to look at). */
function readPdf(file: string, name: string): string {
  mkdirSync(outDir, { recursive: true });
  spawnSync('pdftoppm', ['-png', '-r', '60', file, path.join(outDir, name)]);
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (text.error) throw new Error('pdftotext is missing: install poppler-utils (npm test does)');
  return text.stdout.replace(/\s+/g, ' ');
}

test('closure summary: both variants previewed, edited with the easy-Swedish check, saved and printed', async ({
  page,
  seededApp,
}) => {
  const today = todayIso();
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  // An empty team's first screen says what to do first, not "no participants match the filter".
  await expect(page.getByRole('heading', { name: 'Här finns inga deltagare ännu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Registrera den första anvisningen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Titta runt med demodata' })).toBeVisible();
  await checkScreen(page, 'summary00-empty-team');
  const orgs = await rpc(page, 'organisations.list', {});
  const own = orgs.find((o) => o.code === 'KOM-AM')!.id;
  const af = orgs.find((o) => o.code === 'AF')!.id;
  const adminId = (await rpc(page, 'team.members', {}))[0]!.id;
  const base = referralInput(af, [own, af], {
    firstName: 'Hodan',
    lastName: 'Farah',
    responsibleUserId: adminId,
  });
  const { participantId } = await rpc(page, 'participants.refer', {
    ...base,
    referral: { ...base.referral, receivedOn: addDays(today, -40) },
    consent: {
      organisationIds: [own, af],
      signedOn: addDays(today, -40),
      validUntil: addDays(today, 200),
      coversSus: false,
    },
  });
  await rpc(page, 'participants.enrol', {
    participantId,
    startOn: addDays(today, -30),
    plannedEndOn: null,
    intakeCriteria: [],
  });
  await rpc(page, 'progress.add', {
    participantId,
    onDate: addDays(today, -10),
    category: 'health',
    text: 'Sover bättre efter samtal på vårdcentralen',
  });
  await rpc(page, 'progress.add', {
    participantId,
    onDate: addDays(today, -5),
    category: 'language',
    text: 'Klarade kurs C i svenska',
  });
  await rpc(page, 'participants.close', {
    participantId,
    onDate: today,
    closureReason: 'studies',
    incomeSourceAtExit: 'student_finance',
    occupationAtExit: 'Studerande',
    nextStep: {
      arranged: true,
      what: 'Svenska på Komvux',
      organisationId: own,
      contact: 'Eva Lund',
      startOn: addDays(today, 10),
    },
    handoverTo: 'Lena Ek',
    recommendations: 'Fortsätt med studierna.',
  });

  await page.goto(`${new URL(seededApp.entryUrl).origin}/#/deltagare/${participantId}`);
  await page.getByRole('tab', { name: 'Slutdokumentation' }).click();
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview.getByRole('heading', { name: 'Sammanfattning av din tid hos oss' })).toBeVisible();
  await expect(preview).toContainText('Klarade kurs C i svenska');
  // Health detail stays out of the participant's variant until the caseworker includes it.
  await expect(preview).not.toContainText('vårdcentralen');
  await expect(page.getByText('Inte sparad än')).toBeVisible();

  // Editing: an abbreviation and a long sentence are pointed out before saving.
  const advice = page.getByRole('group', { name: 'Våra råd till dig' }).getByLabel('Text', { exact: true });
  await expect(advice).toHaveValue('Fortsätt med studierna.');
  await advice.fill(
    'Fortsätt med studierna och kontakta t.ex. Komvux om du behöver stöd med läxor eller annat som gäller kursen.',
  );
  await expect(page.getByText('Skriv ut förkortningen ”t.ex”.')).toBeVisible();
  await expect(page.getByText(/Lång mening/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skriv ut (PDF)' })).toBeDisabled();
  await checkScreen(page, 'summary01-editing-warnings');
  await advice.fill('Fortsätt med studierna. Fråga Komvux om du behöver hjälp.');
  await expect(page.getByText('Lättläst – kontrollera texten')).toBeHidden();
  await expect(preview).toContainText('Fråga Komvux om du behöver hjälp.');
  await page.getByRole('button', { name: 'Spara version' }).click();
  await expect(page.getByText(new RegExp(`Sparad version 1, .* av ${SEEDED_ADMIN.name}\\.`))).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Skriv ut (PDF)' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^slutdokumentation-deltagare-\d{4}-\d{2}-\d{2}\.pdf$/);
  const participantText = readPdf(await pdf.path(), 'participant');
  expect(participantText).toContain('Sammanfattning av din tid hos oss');
  expect(participantText).toContain('Fråga Komvux om du behöver hjälp.');
  expect(participantText).toContain('Hodan Farah');
  expect(participantText).toContain('Sida 1 av');
  expect(participantText).not.toContain('vårdcentralen');
  await expect(page.getByText('Klart: 1 dokument. Filen hämtas.')).toBeVisible();

  // The referring organisation's variant: full facts, health progress included.
  await page.getByRole('button', { name: 'Till anvisande organisation' }).click();
  await expect(preview.getByRole('heading', { name: 'Slutdokumentation' })).toBeVisible();
  await expect(preview).toContainText('Till Arbetsförmedlingen');
  await expect(preview).toContainText('vårdcentralen');
  await checkScreen(page, 'summary02-referrer-preview');
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hämta som Word-fil' }).click();
  expect((await docxDownload).suggestedFilename()).toMatch(/\.docx$/);
  const referrerDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Skriv ut (PDF)' }).click();
  const referrerText = readPdf(await (await referrerDownload).path(), 'referrer');
  expect(referrerText).toContain('Slutdokumentation');
  expect(referrerText).toContain('Försörjning vid avslut');
  expect(referrerText).toContain('Svenska på Komvux');

  // Batch print from the list: the same job, with progress and the result.
  await page.goto(`${new URL(seededApp.entryUrl).origin}/#/deltagare`);
  await page.getByRole('button', { name: 'Skriv ut slutdokumentation …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skriv ut slutdokumentation' });
  await dialog.getByLabel('Avslutade från', { exact: true }).fill(addDays(today, -7));
  const batchDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Skriv ut', exact: true }).click();
  const batchText = readPdf(await (await batchDownload).path(), 'batch');
  expect(batchText).toContain('Hodan Farah');
  await expect(dialog.getByText('Klart: 1 dokument. Filen hämtas.')).toBeVisible();
  await checkScreen(page, 'summary03-batch-dialog');
});
