import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { AF_USER, SFI_USER, rpc, seedReviewCases } from './reviews-fixture';
import { loginAs } from './session';

test.use({ team: { users: [AF_USER, SFI_USER], demoParticipants: 0 } });

test('consent withdrawal says who loses access; authors correct their entries; the admin hands over a protected case; a meeting is cancelled', async ({
  page,
  seededApp,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const seed = await seedReviewCases(page);
  const base = seededApp.entryUrl.replace(/#.*$/, '');

  // Withdrawing Amina's only consent: every organisation and person who loses access, Maria too.
  await page.goto(`${base}#/deltagare/${seed.amina}`);
  await page.getByRole('tab', { name: 'Samtycke' }).click();
  await page.getByRole('button', { name: 'Återkalla' }).first().click();
  const withdraw = page.getByRole('dialog', { name: 'Återkalla samtycket' });
  await expect(
    withdraw.getByText(/Efter återkallandet får dessa organisationer inte längre ta del av ärendet/),
  ).toBeVisible();
  await expect(withdraw.getByText('Omar Said (Arbetsförmedlingen)')).toBeVisible();
  await expect(withdraw.getByText('Du själv förlorar också åtkomst till ärendet.')).toBeVisible();
  await checkScreen(page, 'c01-withdraw-impact');
  await withdraw.getByRole('button', { name: 'Avbryt' }).click();

  // Maria corrects her own contact and removes her own progress step; the history keeps both.
  await page.getByRole('tab', { name: 'Kontakter och stegförflyttningar' }).click();
  await page.getByRole('button', { name: /^Rätta .*Möte/ }).click();
  await page.getByLabel('Kort anteckning').last().fill('Trepartssamtal om praktik på förskola');
  await page.getByRole('button', { name: 'Spara rättelsen' }).click();
  await expect(page.getByText('Trepartssamtal om praktik på förskola')).toBeVisible();
  await expect(page.getByText(/^rättad /)).toBeVisible();
  await page.getByRole('button', { name: /^Ta bort .*Språk/ }).click();
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.locator('section[aria-labelledby="progress-heading"]')).not.toContainText(
    'Klarade SFI kurs B',
  );
  await page.getByText('Ändringshistorik (2 tidigare versioner)').click();
  await expect(page.locator('.activity-history').getByText('Klarade SFI kurs B')).toBeVisible();
  await expect(page.getByText(/^Stegförflyttning borttagen av Maria Lind/)).toBeVisible();
  await checkScreen(page, 'c02-activity-corrections');

  // An intervention with a provider the consent does not cover warns before it is saved.
  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  const intervention = page.getByRole('dialog', { name: 'Lägg till insats' });
  const provider = intervention.getByLabel('Anordnare');
  const uncovered = provider.locator('option', { hasText: 'ingår inte i samtycket' }).first();
  await provider.selectOption({ label: (await uncovered.textContent()) ?? '' });
  await expect(intervention.getByText(/ingår inte i deltagarens samtycke i dag/)).toBeVisible();
  await checkScreen(page, 'c03-intervention-not-covered');
  await page.keyboard.press('Escape');

  // A protected case whose responsible leaves: the admin hands it over, seeing only its code.
  const members = await rpc(page, 'users.list', {});
  const omar = members.find((m) => m.name === AF_USER.name);
  const sara = members.find((m) => m.name === SFI_USER.name);
  if (!omar || !sara) throw new Error('seeded users missing');
  const orgs = await rpc(page, 'organisations.list', {});
  const af = orgs.find((o) => o.code === 'AF')?.id ?? 0;
  const sfi = orgs.find((o) => o.code === 'SFI')?.id ?? 0;
  const { participantId: hidden } = await rpc(page, 'participants.refer', {
    firstName: 'Skyddad',
    lastName: 'Person',
    personalNumber: '',
    gender: 'woman',
    birthYear: 1990,
    phone: null,
    preferredLanguage: null,
    interpreterNeeded: false,
    interpreterLanguage: null,
    protectedIdentity: true,
    responsibleUserId: omar.id,
    referral: {
      receivedOn: addDays(todayIso(), -3),
      organisationId: af,
      caseworkerName: 'Lena Ek',
      caseworkerPhone: null,
      caseworkerEmail: null,
      reason: 'Behöver stöd.',
      certificates: [],
    },
    consent: {
      organisationIds: [af, sfi],
      signedOn: addDays(todayIso(), -3),
      validUntil: addDays(todayIso(), 300),
      coversSus: false,
    },
  });
  await rpc(page, 'users.deactivate', { userId: omar.id });
  await page.goto(`${base}#/administration/skyddade`);
  const row = page.getByRole('row', { name: new RegExp(`K-${String(hidden).padStart(4, '0')}`) });
  await expect(row.getByText('Omar Said (avslutad – ingen ser personuppgifterna)')).toBeVisible();
  await expect(page.getByText(/Skyddad Person/)).toHaveCount(0);
  await row.getByRole('combobox').selectOption({ label: 'Sara Berg (SFI / vuxenutbildning)' });
  await row.getByRole('button', { name: 'Lämna över' }).click();
  await expect(page.getByText(/är överlämnat till Sara Berg/)).toBeVisible();
  await checkScreen(page, 'c04-protected-handover');

  // A planned meeting is cancelled with a reason; it shows as cancelled among the past meetings.
  await page.goto(`${base}#/arendegenomgangar`);
  await page.getByRole('button', { name: 'Planera möte' }).click();
  const plan = page.getByRole('dialog', { name: 'Planera en ärendegenomgång' });
  await plan.getByLabel('Plats').fill('Rum Samverkan');
  await plan.getByRole('button', { name: 'Planera möte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Dagordning/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ställ in mötet' }).click();
  const cancel = page.getByRole('dialog', { name: 'Ställ in mötet?' });
  await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(cancel.getByText('Fältet måste fyllas i.')).toBeVisible();
  await cancel.getByLabel('Varför ställs mötet in?').fill('Krockar med studiedag');
  await checkScreen(page, 'c05-cancel-meeting');
  await cancel.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(page.getByText('Mötet är inställt: Krockar med studiedag.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Starta mötet' })).toHaveCount(0);
  await checkScreen(page, 'c06-meeting-cancelled');
});
