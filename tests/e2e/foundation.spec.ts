import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkScreen, expect, test } from './fixtures';

const ADMIN = { name: 'Maria Lind', password: 'vår gemensamma samverkan 2026' };
const NEW_USER = {
  name: 'Karim Haddad',
  initial: 'tillfälligt startlösen 4',
  own: 'min egen fras om våren 7',
};

async function runSetup(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Installera Samsyn' })).toBeVisible();
  await checkScreen(page, '01-setup-team');
  await page.getByLabel('Teamets namn').fill('Samverkansteamet Norr');
  await page.getByRole('button', { name: 'Nästa' }).click();

  // The organisations from docs/domain.md are pre-filled and editable.
  await expect(page.getByRole('heading', { name: /Organisationer/ })).toBeVisible();
  const values = await Promise.all((await page.locator('input').all()).map((input) => input.inputValue()));
  expect(values).toEqual(
    expect.arrayContaining(['AF', 'Arbetsförmedlingen', 'FK', 'Försäkringskassan', 'REG', 'SFI']),
  );
  await checkScreen(page, '02-setup-organisations');
  await page.getByRole('button', { name: 'Nästa' }).click();

  await expect(page.getByRole('heading', { name: /Första administratören/ })).toBeVisible();
  await page.getByLabel('Namn').fill(ADMIN.name);
  await page.getByLabel('Organisation').selectOption({ label: 'Kommunen – arbetsmarknad' });
  await page.getByLabel('Yrke').fill('Samordnare');
  // The strength rule is enforced in the form with the backend's own schema.
  await page.getByLabel('Lösenord', { exact: true }).fill('kort');
  await page.getByLabel('Upprepa lösenordet').fill('kort');
  await page.getByRole('button', { name: 'Skapa teamet' }).click();
  await expect(page.getByText('Lösenordet måste ha minst 12 tecken.')).toBeVisible();
  await checkScreen(page, '03-setup-admin-error');
  await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Upprepa lösenordet').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Skapa teamet' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Spara återställningsnyckeln' })).toBeVisible();
  const key = (await page.locator('.recovery-key').first().textContent())?.trim() ?? '';
  expect(key).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await checkScreen(page, '04-recovery-key');
  const proceed = page.getByRole('button', { name: 'Fortsätt till inloggning' });
  await expect(proceed).toBeDisabled();
  await page.getByLabel('Jag har sparat återställningsnyckeln').check();
  await proceed.click();
  return key;
}

async function login(page: Page, name: string, password: string) {
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

test('setup → login → lock → wrong password → admin adds a user → first login forces a new password', async ({
  page,
  app,
}) => {
  await page.goto(app.entryUrl);
  const recoveryKey = await runSetup(page);

  // The recovery key is shown once and never stored in clear.
  const keyring = readFileSync(path.join(app.dataDir, 'keyring.json'), 'utf8');
  expect(keyring).not.toContain(recoveryKey.replace(/-/g, ''));
  expect(readFileSync(path.join(app.dataDir, 'samsyn.db')).includes(Buffer.from(ADMIN.name))).toBe(false);

  await expect(page.getByRole('heading', { level: 1, name: 'Samverkansteamet Norr' })).toBeVisible();
  await checkScreen(page, '05-login');
  await login(page, ADMIN.name, ADMIN.password);

  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Deltagare' })).toBeVisible();
  for (const area of ['Ärendegenomgångar', 'Statistik', 'Administration']) {
    await expect(nav.getByRole('link', { name: area })).toBeVisible();
  }
  await checkScreen(page, '06-shell');

  // Lock, then a wrong password shows the error, then the right one unlocks.
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samsyn är låst' })).toBeVisible();
  await page.getByLabel('Lösenord', { exact: true }).fill('det här är fel lösenord');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByText('Fel lösenord.')).toBeVisible();
  await checkScreen(page, '07-locked-wrong-password');
  await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(nav).toBeVisible();

  // Log out; a wrong password at login shows the error next to the field.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, ADMIN.name, 'inte mitt lösenord alls');
  await expect(page.getByText('Fel lösenord.')).toBeVisible();
  await checkScreen(page, '08-login-wrong-password');
  await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();

  // The admin adds a user.
  await nav.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await checkScreen(page, '09-admin-users');
  await page.getByRole('button', { name: 'Lägg till användare' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Namn').fill(NEW_USER.name);
  await dialog.getByLabel('Organisation').selectOption({ label: 'Försäkringskassan' });
  await dialog.getByLabel('Yrke').fill('Handläggare');
  await dialog.getByLabel('Roll').selectOption({ label: 'Handläggare' });
  await dialog.getByLabel('Tillfälligt lösenord').fill(NEW_USER.initial);
  await checkScreen(page, '10-admin-add-user');
  await dialog.getByRole('button', { name: 'Lägg till användare' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(NEW_USER.name) });
  await expect(row).toContainText('Försäkringskassan');
  await expect(row).toContainText('Måste byta lösenord');

  for (const tab of ['Organisationer', 'Logg']) {
    await page.getByRole('tab', { name: tab }).click();
    await checkScreen(page, `11-admin-${tab.toLowerCase()}`);
  }
  await expect(page.getByRole('table')).toContainText(ADMIN.name);

  // The new user logs in and must choose an own password before anything else.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, NEW_USER.name, NEW_USER.initial);
  await expect(page.getByText(/Du har fått ett tillfälligt lösenord/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await checkScreen(page, '12-forced-password-change');
  await page.getByLabel('Nuvarande lösenord').fill(NEW_USER.initial);
  await page.getByLabel('Nytt lösenord', { exact: true }).fill(NEW_USER.own);
  await page.getByLabel('Upprepa det nya lösenordet').fill(NEW_USER.own);
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(nav.getByRole('link', { name: 'Deltagare' })).toBeVisible();
  // A caseworker has no Administration.
  await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await checkScreen(page, '13-caseworker-shell');
});

test('the admin resets a password and deactivates a user; the user can no longer log in', async ({
  page,
  app,
}) => {
  await page.goto(app.entryUrl);
  await runSetup(page);
  await login(page, ADMIN.name, ADMIN.password);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await page.getByRole('button', { name: 'Lägg till användare' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Namn').fill(NEW_USER.name);
  await dialog.getByLabel('Organisation').selectOption({ label: 'Regionen – hälso- och sjukvård' });
  await dialog.getByLabel('Yrke').fill('Rehabkoordinator');
  await dialog.getByLabel('Roll').selectOption({ label: 'Läsbehörighet' });
  await dialog.getByLabel('Tillfälligt lösenord').fill(NEW_USER.initial);
  await dialog.getByRole('button', { name: 'Lägg till användare' }).click();
  const row = page.getByRole('row', { name: new RegExp(NEW_USER.name) });
  await expect(row).toContainText('Läsbehörighet');

  await row.getByRole('button', { name: 'Återställ lösenord' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nytt lösenord', { exact: true }).fill('ett nytt tillfälligt lösen');
  await dialog.getByLabel('Upprepa det nya lösenordet').fill('ett nytt tillfälligt lösen');
  await checkScreen(page, '15-admin-reset-password');
  await dialog.getByRole('button', { name: 'Återställ lösenord' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Lösenordet för ${NEW_USER.name} är återställt.`)).toBeVisible();

  await row.getByRole('button', { name: 'Avaktivera' }).click();
  dialog = page.getByRole('dialog');
  await checkScreen(page, '16-admin-deactivate');
  await dialog.getByRole('button', { name: 'Avaktivera' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Inaktiv');

  // The deactivated user is gone from the login screen.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('radio', { name: new RegExp(ADMIN.name) })).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(NEW_USER.name) })).toHaveCount(0);
});

test('English can be chosen per user and is remembered', async ({ page, app }) => {
  await page.goto(app.entryUrl);
  await runSetup(page);
  await login(page, ADMIN.name, ADMIN.password);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Participants' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkScreen(page, '14-shell-english');
  await page.getByRole('button', { name: 'Log out' }).click();
  await login(page, ADMIN.name, ADMIN.password);
  await expect(nav.getByRole('link', { name: 'Participants' })).toBeVisible();
});

test('the page refuses to work without the token from the printed address', async ({ page, app }) => {
  const url = new URL(app.entryUrl);
  const response = await page.goto(`${url.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText('Öppna Samsyn via adressen som skrevs ut')).toBeVisible();
});
