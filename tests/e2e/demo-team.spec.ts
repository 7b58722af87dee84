import path from 'node:path';
import { SEEDED_ADMIN, checkScreen, expect, screenshotDir, test } from './fixtures';
import { loginAs } from './session';

/*
 * The first hour with a demo team: the setup wizard's demo choice shows the demo colleagues'
 * one password under the recovery key, a demo colleague logs in with it, and the shell marks
 * the team as a demo team on every page.
 */
const ADMIN = { name: 'Maria Lind', password: 'vår gemensamma samverkan 2026' };

test('setup with demo data shows the demo password; a demo colleague logs in to a marked demo team', async ({
  page,
  app,
}) => {
  await page.goto(app.entryUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Installera Samsyn' })).toBeVisible();
  await page.getByLabel('Teamets namn').fill('Samverkansteamet Demo');
  await page.getByLabel('Starta med demodata').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('heading', { name: /Organisationer/ })).toBeVisible();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByRole('heading', { name: /Första administratören/ })).toBeVisible();
  await page.getByLabel('Namn').fill(ADMIN.name);
  await page.getByLabel('Organisation').selectOption({ label: 'Kommunen – arbetsmarknad' });
  await page.getByLabel('Yrke').fill('Samordnare');
  await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Upprepa lösenordet').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Skapa teamet' }).click();

  // The recovery key, then the demo team's password: shown once.
  await expect(page.getByRole('heading', { level: 1, name: 'Spara återställningsnyckeln' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Demoteamets kollegor' })).toBeVisible();
  const password = (await page.locator('.demo-password-value').textContent())?.trim() ?? '';
  expect(password).toMatch(/^demo(-[a-z2-9]{4}){4}$/);
  await page.locator('.demo-password').scrollIntoViewIfNeeded();
  await checkScreen(page, 'demo-01-setup-demo-password');
  await page.getByLabel('Jag har sparat återställningsnyckeln').check();
  await page.getByRole('button', { name: 'Fortsätt till inloggning' }).click();

  // The demo colleagues are on the login page; one of them logs in with the demo password.
  await expect(page.getByRole('radio', { name: /Jonas Wikström/ })).toBeVisible();
  await page.getByRole('radio', { name: /Jonas Wikström/ }).check();
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();

  const header = page.getByRole('banner');
  await expect(header.getByText('Demoteam', { exact: false })).toBeVisible();
  await expect(header.getByText('Jonas Wikström')).toBeVisible();
  await expect(page.locator('.participant-table tbody tr').first()).toBeVisible();
  await checkScreen(page, 'demo-02-shell-demo-team');
  // The mark at the two screen sizes teams use (a laptop, a meeting-room screen).
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(header.getByText('Demoteam', { exact: false })).toBeInViewport();
    await page.screenshot({ path: path.join(screenshotDir, `demo-02-shell-demo-team-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 860 });

  // The team's past reviews are there to look at.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ärendegenomgångar' })).toBeVisible();
  await expect(header.getByText('Demoteam', { exact: false })).toBeVisible();
  await checkScreen(page, 'demo-03-reviews-demo-team');

  // Past meetings with minutes: the latest one's notes, decisions and actions.
  await page.getByLabel('Visa även avslutade möten').check();
  const minutesLinks = page.getByRole('link', { name: 'Minnesanteckningar' });
  await expect(minutesLinks.first()).toBeVisible();
  expect(await minutesLinks.count()).toBeGreaterThanOrEqual(10);
  await minutesLinks.last().click();
  await expect(page.getByRole('heading', { name: /Minnesanteckningar/ }).first()).toBeVisible();
  await checkScreen(page, 'demo-04-minutes-demo-team');
  await page.screenshot({ path: path.join(screenshotDir, 'demo-04b-minutes-first-screen.png') });

  // Actions: the caseworker's own, some of them overdue.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Ärendegenomgångar' })
    .click();
  await page.getByRole('link', { name: 'Åtgärder' }).click();
  await page
    .getByRole('link', { name: 'Förfallna' })
    .or(page.getByRole('tab', { name: 'Förfallna' }))
    .or(page.getByRole('button', { name: 'Förfallna' }))
    .first()
    .click();
  await checkScreen(page, 'demo-05-overdue-actions');
});

test.describe('an empty team', () => {
  test.use({ team: { users: [], demoParticipants: 0 } });

  test('the admin turns it into a demo team and is shown the demo password once', async ({
    page,
    seededApp,
  }) => {
    await page.goto(seededApp.entryUrl);
    await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
    await page.getByRole('button', { name: 'Titta runt med demodata' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Demoteamet är klart' })).toBeVisible({
      timeout: 60_000,
    });
    const password = (await page.locator('.recovery-key').textContent())?.trim() ?? '';
    expect(password).toMatch(/^demo(-[a-z2-9]{4}){4}$/);
    await checkScreen(page, 'demo-06-empty-team-demo-password');
    await page.getByRole('button', { name: 'Visa demoteamet' }).click();
    await expect(page.locator('.participant-table tbody tr').first()).toBeVisible();
    await expect(page.getByRole('banner').getByText('Demoteam', { exact: false })).toBeVisible();
  });
});
