import { addDays } from '../../main/api/dates';
import { SEEDED_ADMIN, expect, test } from './fixtures';
import { loginAs } from './session';

// A date that is not today: the host (`serve --fixed-date`) and the seeding CLI run on it,
// and the renderer takes it over from app.status.
const FIXED = '2025-06-16';

test.use({ fixedDate: FIXED });

test('on a test host with a fixed date, the forms default to that date and refuse the day after', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  await page.getByRole('link', { name: 'Ny anvisning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny anvisning' })).toBeVisible();
  const receivedOn = page.getByLabel('Inkom', { exact: true });
  await expect(receivedOn).toHaveValue(FIXED);

  await page.getByLabel('Förnamn', { exact: true }).fill('Noor');
  await page.getByLabel('Efternamn', { exact: true }).fill('Haddad');
  await page.getByLabel('Födelseår', { exact: true }).fill('1991');
  await page.getByLabel('Kön', { exact: true }).selectOption({ label: 'Kvinna' });
  await page
    .getByLabel('Anvisande organisation', { exact: true })
    .selectOption({ label: 'Arbetsförmedlingen' });
  await page.getByLabel('Anvisande handläggare', { exact: true }).fill('Lena Ek');
  await page.getByLabel('Skäl till anvisningen', { exact: true }).fill('Behöver samordnat stöd mot arbete.');
  // The consent's default dates (signed today) come from the same clock.
  const consent = page.getByRole('group', { name: 'Organisationer som samtycket gäller' });
  await consent.getByLabel('Kommunen – arbetsmarknad', { exact: true }).check();

  // The day after the host's today is in the future, for the form as for the router.
  await receivedOn.fill(addDays(FIXED, 1));
  await page.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(page.getByText('Datumet kan inte ligga i framtiden.')).toBeVisible();

  await receivedOn.fill(FIXED);
  await page.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noor Haddad' })).toBeVisible();
});
