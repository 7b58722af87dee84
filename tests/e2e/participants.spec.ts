import { luhnCheckDigit } from '../../main/api/personal-number';
import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { loginAs, logout } from './session';

const SFI_USER = {
  name: 'Sara Berg',
  org: 'SFI',
  role: 'caseworker' as const,
  password: 'tillfälligt startlösen 4',
};
const SFI_OWN = 'min egen fras om hösten 9';

test.use({ team: { users: [SFI_USER], demoParticipants: 0 } });

/** A valid fictional personnummer with a dash. */
function personalNumber(yyyymmdd: string, serial: string): string {
  return `${yyyymmdd}-${serial}${luhnCheckDigit(`${yyyymmdd.slice(2)}${serial}`)}`;
}

test('referral → enrolment → consent → contacts and progress → search; another organisation cannot open it', async ({
  page,
  seededApp,
}) => {
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Deltagare' })).toBeVisible();
  // An empty team's first screen says what to do first.
  await expect(page.getByText('0 deltagare')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Här finns inga deltagare ännu' })).toBeVisible();
  await checkScreen(page, 'p01-empty-list');

  await page.getByRole('link', { name: 'Ny anvisning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny anvisning' })).toBeVisible();
  const number = personalNumber('19850312', '238');
  await page.getByLabel('Förnamn', { exact: true }).fill('Amina');
  await page.getByLabel('Efternamn', { exact: true }).fill('Warsame');
  // A wrong check digit is caught next to the field, and nothing is saved.
  const wrong = number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10);
  await page.getByLabel('Personnummer eller samordningsnummer', { exact: true }).fill(wrong);
  await page.getByLabel('Kön', { exact: true }).selectOption({ label: 'Kvinna' });
  await page
    .getByLabel('Anvisande organisation', { exact: true })
    .selectOption({ label: 'Arbetsförmedlingen' });
  await page.getByLabel('Anvisande handläggare', { exact: true }).fill('Lena Ek');
  await page
    .getByLabel('Skäl till anvisningen', { exact: true })
    .fill('Långvarig sjukskrivning, behöver samordnat stöd mot arbete.');
  const consent = page.getByRole('group', { name: 'Organisationer som samtycket gäller' });
  await consent.getByLabel('Kommunen – arbetsmarknad', { exact: true }).check();
  await consent.getByLabel('Arbetsförmedlingen', { exact: true }).check();
  await page.getByRole('button', { name: 'Registrera anvisningen' }).click();
  await expect(page.getByText('Kontrollsiffran stämmer inte. Kontrollera personnumret.')).toBeVisible();
  await checkScreen(page, 'p02-referral-bad-number');
  await page.getByLabel('Personnummer eller samordningsnummer', { exact: true }).fill(number);
  await expect(page.getByText('1985 (från personnumret)')).toBeVisible();
  await page.getByRole('button', { name: 'Registrera anvisningen' }).click();

  // The participant page: referred, the number masked until "Visa".
  await expect(page.getByRole('heading', { level: 1, name: 'Amina Warsame' })).toBeVisible();
  await expect(page.getByText('19850312-****')).toBeVisible();
  const participantUrl = page.url();
  await checkScreen(page, 'p03-participant-referred');
  await page.getByRole('button', { name: 'Anta och skriv in' }).click();
  const enrol = page.getByRole('dialog', { name: 'Anta anvisningen och skriv in' });
  await enrol.getByLabel('Inget pågående missbruk', { exact: true }).check();
  await checkScreen(page, 'p04-enrol-dialog');
  await enrol.getByRole('button', { name: 'Skriv in' }).click();
  await expect(page.locator('.case-header').getByText('Inskriven')).toBeVisible();

  await page.getByRole('tab', { name: 'Samtycke' }).click();
  await page.getByRole('button', { name: 'Registrera samtycke' }).click();
  const addConsent = page.getByRole('dialog', { name: 'Registrera samtycke' });
  // A consent without organisations is refused next to the field.
  await addConsent.getByRole('button', { name: 'Spara samtycket' }).click();
  await expect(addConsent.getByText('Välj minst en organisation som samtycket gäller.')).toBeVisible();
  await addConsent.getByLabel('Regionen – hälso- och sjukvård', { exact: true }).check();
  await addConsent.getByRole('button', { name: 'Spara samtycket' }).click();
  await expect(page.locator('.consent-card')).toHaveCount(2);
  await checkScreen(page, 'p05-consents');

  await page.getByRole('tab', { name: 'Kontakter och stegförflyttningar' }).click();
  const contact = page.locator('form', { has: page.getByRole('heading', { name: 'Ny kontakt' }) });
  await contact.getByLabel('Typ av kontakt', { exact: true }).selectOption({ label: 'Möte' });
  await contact.getByLabel('Kort anteckning', { exact: true }).fill('Trepartssamtal om praktikplats i lager');
  await contact.getByRole('button', { name: 'Spara kontakten' }).click();
  await expect(page.getByText('Trepartssamtal om praktikplats i lager')).toBeVisible();
  const progress = page.locator('form', { has: page.getByRole('heading', { name: 'Ny stegförflyttning' }) });
  await progress.getByLabel('Område', { exact: true }).selectOption({ label: 'Språk' });
  await progress.getByLabel('Vad har hänt?', { exact: true }).fill('Klarade SFI kurs B');
  await progress.getByRole('button', { name: 'Spara stegförflyttningen' }).click();
  await expect(page.getByRole('heading', { name: 'Stegförflyttningar (1)' })).toBeVisible();
  await checkScreen(page, 'p06-activity');

  // Found again by name and by a word from the notes, through the server's search.
  await page.getByRole('link', { name: '← Tillbaka till deltagarlistan' }).click();
  const search = page.getByRole('searchbox', { name: 'Sök' });
  await search.fill('warsame');
  await expect(page.getByText('1 deltagare')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Amina Warsame' })).toBeVisible();
  await search.fill('praktikplats');
  await expect(page.getByRole('link', { name: 'Amina Warsame' })).toBeVisible();
  await checkScreen(page, 'p07-search');

  // Someone from SFI (not covered by any consent) neither finds nor opens the participant.
  await logout(page);
  await loginAs(page, SFI_USER.name, SFI_USER.password, SFI_OWN);
  await page.getByRole('searchbox', { name: 'Sök' }).fill('warsame');
  await expect(page.getByText('0 deltagare')).toBeVisible();
  await page.goto(participantUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Du kan inte se den här deltagaren' }),
  ).toBeVisible();
  await expect(page.getByText('Amina')).toHaveCount(0);
  await checkScreen(page, 'p08-forbidden');
});

test.describe('with demo data', () => {
  test.use({ team: { users: [], demoParticipants: 400 } });

  test('the list pages, sorts and filters in SQL; the queue shows waiting time', async ({
    page,
    seededApp,
  }) => {
    await page.goto(seededApp.entryUrl);
    await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
    const table = page.locator('.participant-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByText(/^\d+ deltagare/)).toBeVisible();
    await page.getByRole('button', { name: /Namn/ }).click();
    await expect(page.getByRole('columnheader', { name: /Namn/ })).toHaveAttribute('aria-sort', 'ascending');
    await checkScreen(page, 'p09-demo-list');
    await page.getByRole('link', { name: /^Kö/ }).click();
    await expect(page.getByRole('columnheader', { name: 'Dagar i kö' })).toBeVisible();
    await checkScreen(page, 'p10-queue');
    await page.getByRole('link', { name: 'Samtycken som löper ut' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deltagare' })).toBeVisible();
    await checkScreen(page, 'p11-expiring-consents');
  });
});
