import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Logs in by choosing the name; a first login with a temporary password sets an own one. */
export async function loginAs(
  page: Page,
  name: string,
  password: string,
  newPassword?: string,
): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  if (newPassword) {
    await page.getByLabel('Nuvarande lösenord').fill(password);
    await page.getByLabel('Nytt lösenord', { exact: true }).fill(newPassword);
    await page.getByLabel('Upprepa det nya lösenordet').fill(newPassword);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
  }
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
}
