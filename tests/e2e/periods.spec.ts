import path from 'node:path';
import { addDays, todayIso } from '../../main/api/dates';
import { luhnCheckDigit } from '../../main/api/personal-number';
import { SEEDED_ADMIN, checkScreen, expect, screenshotDir, test } from './fixtures';
import { rpc, rpcResult } from './rpc';
import { loginAs, logout } from './session';

const SFI_USER = {
  name: 'Sara Berg',
  org: 'SFI',
  role: 'caseworker' as const,
  password: 'tillfälligt startlösen 4',
};
const SFI_OWN = 'min egen fras om hösten 9';

test.use({ team: { users: [SFI_USER], demoParticipants: 0 } });

/**
 * The day the test began, or the day it is now: a run that passes midnight in Sweden sees the
 * forms default to the new day.
 */
function sameDay(startedOn: string): RegExp {
  return new RegExp(`^(${startedOn}|${todayIso()})$`);
}

/** A valid fictional personnummer with a dash. */
function personalNumber(yyyymmdd: string, serial: string): string {
  return `${yyyymmdd}-${serial}${luhnCheckDigit(`${yyyymmdd.slice(2)}${serial}`)}`;
}

test('refer → enrol → extend on a chosen date → close → "Anvisa igen": two periods, the earlier one read-only', async ({
  page,
  seededApp,
}) => {
  const today = todayIso();
  const referredOn = addDays(today, -120);
  const startOn = addDays(today, -110);
  const extendedOn = addDays(today, -20);
  const closedOn = addDays(today, -5);

  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);

  // The referral, with the income source at the start.
  await page.getByRole('link', { name: 'Ny anvisning' }).click();
  await page.getByLabel('Förnamn', { exact: true }).fill('Amina');
  await page.getByLabel('Efternamn', { exact: true }).fill('Warsame');
  await page
    .getByLabel('Personnummer eller samordningsnummer', { exact: true })
    .fill(personalNumber('19850312', '238'));
  await page.getByLabel('Kön', { exact: true }).selectOption({ label: 'Kvinna' });
  await page.getByLabel('Inkom', { exact: true }).fill(referredOn);
  await page
    .getByLabel('Anvisande organisation', { exact: true })
    .selectOption({ label: 'Arbetsförmedlingen' });
  await page.getByLabel('Anvisande handläggare', { exact: true }).fill('Lena Ek');
  await page
    .getByLabel('Skäl till anvisningen', { exact: true })
    .fill('Långvarig sjukskrivning, behöver samordnat stöd mot arbete.');
  const income = page.getByLabel('Försörjning vid start', { exact: true });
  await expect(income.locator('option')).toHaveCount(12);
  await income.selectOption({ label: 'Ekonomiskt bistånd' });
  const consent = page.getByRole('group', { name: 'Organisationer som samtycket gäller' });
  await consent.getByLabel('Kommunen – arbetsmarknad', { exact: true }).check();
  await consent.getByLabel('Arbetsförmedlingen', { exact: true }).check();
  await page.getByLabel('Undertecknat', { exact: true }).fill(referredOn);
  await income.scrollIntoViewIfNeeded();
  await checkScreen(page, 'per01-referral-income-source');
  await page.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amina Warsame' })).toBeVisible();
  const participantUrl = page.url();
  const participantId = Number(participantUrl.split('/').pop());

  // Enrolment: the income source is kept from the referral unless corrected.
  await page.getByRole('button', { name: 'Anta och skriv in' }).click();
  const enrol = page.getByRole('dialog', { name: 'Anta anvisningen och skriv in' });
  await enrol.getByLabel('Startdatum').fill(startOn);
  const enrolIncome = enrol.getByLabel('Försörjning vid start', { exact: true });
  await expect(enrolIncome).toHaveValue('');
  await expect(enrolIncome.locator('option:checked')).toHaveText('Behåll det anvisningen angav');
  await expect(enrol.getByText('Anvisningen angav: Ekonomiskt bistånd.')).toBeVisible();
  await checkScreen(page, 'per02-enrol-dialog');
  await enrol.getByRole('button', { name: 'Skriv in' }).click();
  await expect(enrol).toBeHidden();
  await expect(page.locator('.case-header').getByText('Inskriven')).toBeVisible();
  await rpc(page, 'mapping.saveField', {
    participantId,
    fieldKey: 'own_goal',
    value: 'Arbeta i lager',
    baseRevision: 0,
  });

  // A goal in the first period's plan.
  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
  await page.getByRole('button', { name: 'Sätt mål' }).click();
  const goal = page.getByRole('dialog', { name: 'Sätt mål' });
  await goal.getByRole('radio', { name: /^Arbete/ }).check();
  await goal.getByLabel('Målet med deltagarens egna ord').fill('Arbete i lager, deltid till att börja med.');
  await goal.getByRole('button', { name: 'Spara målet' }).click();
  await expect(goal).toBeHidden();
  // One period: no chooser.
  await expect(page.getByLabel('Period', { exact: true })).toHaveCount(0);

  // The extension: the decision date is chosen; before the enrolment it is refused at the field.
  await page.getByRole('tab', { name: 'Översikt' }).click();
  await page.getByRole('button', { name: 'Förläng', exact: true }).click();
  const extend = page.getByRole('dialog', { name: 'Förlängning' });
  const decided = extend.getByLabel('Beslutsdatum');
  await expect(decided).toHaveValue(sameDay(today));
  await decided.fill(addDays(startOn, -3));
  await extend.getByLabel('Skäl till förlängningen').fill('Klarade SFI kurs B och har börjat arbetsträna.');
  await extend.getByRole('button', { name: 'Förläng' }).click();
  await expect(extend.getByText(/Datumet kan inte vara före inskrivningen/)).toBeVisible();
  await expect(decided).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'per03-extend-date-refused');
  await decided.fill(extendedOn);
  await extend.getByRole('button', { name: 'Förläng' }).click();
  await expect(extend).toBeHidden();
  const events = page.getByRole('region', { name: 'Händelser' });
  await expect(events.locator('.timeline-extended time')).toHaveText(extendedOn);

  // Closure.
  await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
  const close = page.getByRole('dialog', { name: 'Avsluta deltagandet' });
  await close.getByLabel('Avslutsdatum').fill(closedOn);
  await close.getByLabel('Avslutsorsak').selectOption({ label: 'Arbete' });
  await close.getByRole('button', { name: 'Avsluta' }).click();
  await expect(close).toBeHidden();
  await expect(page.locator('.case-header').getByText('Avslutad')).toBeVisible();
  // One period: its facts are in "Uppgifter", no period history yet.
  const facts = page.getByRole('region', { name: 'Uppgifter' });
  await expect(facts.locator('.fact', { hasText: 'Försörjning vid start' })).toContainText(
    'Ekonomiskt bistånd',
  );
  await expect(facts.locator('.fact', { hasText: 'Avslutsorsak' })).toContainText('Arbete');
  const periods = page.getByRole('region', { name: 'Perioder' });
  await expect(periods).toHaveCount(0);
  await checkScreen(page, 'per04-closed-one-period');

  // "Anvisa igen": the referral fields again, the organisation from last time.
  await page.getByRole('button', { name: 'Anvisa igen' }).click();
  const again = page.getByRole('dialog', { name: 'Anvisa igen – ny period' });
  await expect(again.getByLabel('Anvisande organisation', { exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(screenshotDir, 'per05a-refer-again-dialog-top.png') });
  await expect(again.getByLabel('Anvisande organisation', { exact: true })).toHaveValue(
    String((await rpc(page, 'organisations.list', {})).find((org) => org.code === 'AF')?.id),
  );
  await expect(again.getByLabel('Inkom', { exact: true })).toHaveValue(sameDay(today));
  // The consent from the first period is still valid: a new one is not asked for by default.
  await expect(again.getByLabel('Ett undertecknat samtycke finns')).not.toBeChecked();
  await again.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(again.getByLabel('Anvisande handläggare', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await again.getByLabel('Anvisande handläggare', { exact: true }).fill('Omar Said');
  await again
    .getByLabel('Skäl till anvisningen', { exact: true })
    .fill('Förlorade arbetet, behöver stöd igen.');
  await again.getByLabel('Försörjning vid start', { exact: true }).selectOption({ label: 'Sjukpenning' });
  await checkScreen(page, 'per05-refer-again-dialog');
  await again.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(again).toBeHidden();

  // Two periods: the new one going on, the first one history.
  await expect(page.locator('.case-header').getByText('Anvisad')).toBeVisible();
  await expect(page.locator('.case-header').getByText('Period 2 (pågående)')).toBeVisible();
  await expect(periods.locator('.period-card')).toHaveCount(2);
  const second = periods.locator('.period-card').nth(0);
  const first = periods.locator('.period-card').nth(1);
  await expect(second.getByRole('heading', { name: 'Period 2 (pågående)' })).toBeVisible();
  await expect(second).toContainText('Sjukpenning');
  await expect(first.getByRole('heading', { name: 'Period 1', exact: true })).toBeVisible();
  await expect(first).toContainText('Avslutad');
  await expect(first).toContainText(closedOn);
  await expect(first).toContainText(startOn);
  await expect(first).toContainText('Ekonomiskt bistånd');
  await expect(first.getByRole('definition').filter({ hasText: /^Arbete$/ })).toBeVisible();
  await first.getByText('Visa anvisningen').click();
  await expect(first.getByText('Långvarig sjukskrivning, behöver samordnat stöd mot arbete.')).toBeVisible();
  // The referral panel shows the current period's referral only.
  const referral = page.getByRole('region', { name: 'Anvisning' });
  await expect(referral).toContainText('Omar Said');
  await expect(referral).not.toContainText('Lena Ek');
  // The events, grouped per period.
  await expect(events.getByRole('heading', { name: 'Period 2 (pågående)' })).toBeVisible();
  const firstEvents = events.getByRole('region', { name: 'Period 1', exact: true });
  await expect(firstEvents.locator('.timeline-item')).toHaveCount(4);
  await expect(firstEvents.locator('.timeline-extended time')).toHaveText(extendedOn);
  await expect(page.getByRole('button', { name: 'Anvisa igen' })).toHaveCount(0);
  await periods.scrollIntoViewIfNeeded();
  await checkScreen(page, 'per06-two-periods');

  // The plan: the current period by default, the first one read-only with a notice.
  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
  const chooser = page.getByLabel('Period', { exact: true });
  await expect(chooser.locator('option:checked')).toHaveText('Period 2 (pågående) – Anvisad');
  await expect(page.getByText('Inget mål är satt ännu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sätt mål' })).toBeVisible();
  await expect(page.getByText('Tidigare period – visas som historik')).toHaveCount(0);
  await chooser.selectOption({ label: 'Period 1 – Avslutad' });
  await expect(page.getByText('Tidigare period – visas som historik')).toBeVisible();
  await expect(page.getByText('Arbete i lager, deltid till att börja med.')).toBeVisible();
  for (const name of [
    'Sätt mål',
    'Ändra mål',
    'Lägg till delmål',
    'Lägg till insats',
    'Registrera samplaneringsmöte',
  ]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await checkScreen(page, 'per07-plan-earlier-period');
  expect((await rpc(page, 'plan.get', { participantId })).goal).toBeNull();
  await page.getByRole('button', { name: 'Visa historik' }).click();
  const history = page.getByRole('dialog', { name: 'Planens historik' });
  const entries = history.getByRole('listitem').filter({ has: page.locator('.plan-history-head') });
  await expect(entries).toHaveCount(1);
  await expect(entries.nth(0)).toContainText('satte målet');
  await expect(entries.nth(0).locator('time').first()).toHaveText(sameDay(today));
  await expect(entries.nth(0)).toContainText('registrerat');
  await checkScreen(page, 'per08-plan-history-earlier-period');
  await history.getByRole('button', { name: 'Stäng' }).click();

  // The mapping: the same chooser, the earlier period without anything to edit.
  await page.getByRole('tab', { name: 'Kartläggning' }).click();
  const mappingChooser = page.getByLabel('Period', { exact: true });
  await expect(mappingChooser.locator('option:checked')).toHaveText('Period 2 (pågående) – Anvisad');
  await mappingChooser.selectOption({ label: 'Period 1 – Avslutad' });
  await expect(page.getByText('Tidigare period – visas som historik')).toBeVisible();
  await page.getByRole('button', { name: 'Öppna alla avsnitt' }).click();
  const ownGoal = page.locator('.mapping-field-readonly', { hasText: 'Deltagarens egna mål' });
  await expect(ownGoal).toContainText('Arbeta i lager');
  // The field history is the current period's: not offered for an earlier one.
  await expect(ownGoal.getByRole('button', { name: /^Historik/ })).toHaveCount(0);
  await expect(page.locator('.mapping').getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('.mapping').getByRole('combobox')).toHaveCount(0);
  await checkScreen(page, 'per09-mapping-earlier-period');
  await mappingChooser.selectOption({ label: 'Period 2 (pågående) – Anvisad' });
  await expect(page.getByText('Tidigare period – visas som historik')).toHaveCount(0);
  await expect(page.locator('.mapping').getByRole('textbox').first()).toBeVisible();
  await expect(page.getByText('Arbeta i lager')).toHaveCount(0);

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  const periodsEn = page.getByRole('region', { name: 'Periods' });
  await expect(periodsEn.getByRole('heading', { name: 'Period 2 (ongoing)' })).toBeVisible();
  await expect(periodsEn).toContainText('Income source at start');
  await expect(periodsEn).toContainText('Social assistance');
  await periodsEn.scrollIntoViewIfNeeded();
  await checkScreen(page, 'per10-two-periods-english');
  await page.getByRole('button', { name: 'Svenska' }).click();
});

test('a new referral of a person already in the team: the coordinator declines one and accepts another as a new period', async ({
  page,
  seededApp,
}) => {
  const today = todayIso();
  const number = personalNumber('19790101', '457');
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const organisations = await rpc(page, 'organisations.list', {});
  const orgId = (code: string) => organisations.find((org) => org.code === code)?.id ?? 0;
  const person = {
    firstName: 'Jonas',
    lastName: 'Nyberg',
    personalNumber: number,
    gender: 'man' as const,
    birthYear: null,
    phone: '',
    preferredLanguage: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    protectedIdentity: false,
    responsibleUserId: null,
  };
  const referral = (caseworkerName: string, organisation: string) => ({
    receivedOn: today,
    organisationId: orgId(organisation),
    caseworkerName,
    caseworkerPhone: '',
    caseworkerEmail: '',
    reason: 'Behöver samordnat stöd mot arbete.',
    certificates: [],
  });
  const existing = await rpc(page, 'participants.refer', {
    ...person,
    referral: { ...referral('Lena Ek', 'AF'), receivedOn: addDays(today, -30) },
    consent: {
      organisationIds: [orgId('KOM-AM'), orgId('AF')],
      signedOn: addDays(today, -30),
      validUntil: addDays(today, 300),
      coversSus: false,
    },
  });
  await logout(page);

  // Someone from SFI, who cannot see the person, refers the same personal number twice.
  await loginAs(page, SFI_USER.name, SFI_USER.password, SFI_OWN);
  const firstNew = await rpc(page, 'participants.refer', {
    ...person,
    referral: referral('Eva Holm', 'SFI'),
    consent: null,
  });
  const secondNew = await rpc(page, 'participants.refer', {
    ...person,
    referral: referral('Eva Holm', 'SFI'),
    consent: null,
  });
  expect(firstNew.participantId).not.toBe(existing.participantId);
  // For the one who referred, they look like any new referral; nothing to decide.
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/ko`);
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(firstNew.code) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(secondNew.code) })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Nya anvisningar av personer som redan finns' }),
  ).toHaveCount(0);
  await logout(page);

  // The coordinator (here the admin) sees both above the queue.
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  await page.getByRole('link', { name: /^Kö/ }).click();
  const section = page.getByRole('region', { name: 'Nya anvisningar av personer som redan finns' });
  await expect(section).toBeVisible();
  await expect(section.getByText('Anvisningen blir en ny period för den befintliga personen')).toBeVisible();
  const rows = section.getByRole('row');
  await expect(rows).toHaveCount(3);
  const firstRow = rows.filter({ hasText: firstNew.code });
  await expect(firstRow.getByRole('link', { name: existing.code })).toHaveAttribute(
    'href',
    `#/deltagare/${existing.participantId}`,
  );
  await expect(firstRow).toContainText('SFI / vuxenutbildning');
  await expect(firstRow).toContainText('Sara Berg');
  await expect(firstRow).toContainText(today);

  // Accepting while the person's period is still going on: the server's message at the row.
  await firstRow.getByRole('button', { name: `Godta som ny period – ${firstNew.code}` }).click();
  await expect(firstRow.getByRole('alert')).toContainText(
    `Personen har redan en pågående period (${existing.code})`,
  );
  await checkScreen(page, 'per11-duplicates-conflict');

  // Declining asks for a reason.
  await firstRow.getByRole('button', { name: `Avböj – ${firstNew.code}` }).click();
  const decline = page.getByRole('dialog', { name: `Avböj anvisningen ${firstNew.code}` });
  await decline.getByRole('button', { name: 'Avböj anvisningen' }).click();
  await expect(decline.getByText('Ange skälet till att anvisningen avböjs.')).toBeVisible();
  await decline.getByLabel('Skäl (krävs)').fill('Personen deltar redan i teamet.');
  await checkScreen(page, 'per12-duplicates-decline-dialog');
  await decline.getByRole('button', { name: 'Avböj anvisningen' }).click();
  await expect(decline).toBeHidden();
  await expect(page.getByText(`Anvisningen ${firstNew.code} är avböjd.`)).toBeVisible();
  await expect(rows).toHaveCount(2);

  // The person's own period ends; the other referral is then accepted as a new period.
  await rpc(page, 'participants.decideReferral', {
    participantId: existing.participantId,
    decision: 'withdrawn',
    onDate: today,
    reason: '',
  });
  await page.reload();
  const secondRow = section.getByRole('row').filter({ hasText: secondNew.code });
  await secondRow.getByRole('button', { name: `Godta som ny period – ${secondNew.code}` }).click();
  await expect(
    page.getByText(`Anvisningen ${secondNew.code} är nu en ny period för ${existing.code}.`),
  ).toBeVisible();
  await expect(section).toHaveCount(0);
  await checkScreen(page, 'per13-duplicates-resolved');

  // One person with three periods: the accepted one going on, the declined one history.
  await page.goto(`${new URL(page.url()).origin}/#/deltagare/${existing.participantId}`);
  const periods = page.getByRole('region', { name: 'Perioder' });
  await expect(periods.locator('.period-card')).toHaveCount(3);
  await expect(periods.getByRole('heading', { name: 'Period 3 (pågående)' })).toBeVisible();
  await expect(periods.locator('.period-card').filter({ hasText: 'Avböjd' })).toHaveCount(1);
  await expect(periods.locator('.period-card').filter({ hasText: 'Återtagen' })).toHaveCount(1);
  const gone = await rpcResult(page, 'participants.get', { participantId: firstNew.participantId });
  expect(gone.ok).toBe(false);
  await periods.scrollIntoViewIfNeeded();
  await checkScreen(page, 'per14-merged-periods');
});
