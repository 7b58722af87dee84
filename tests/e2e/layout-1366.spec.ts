import { SEEDED_ADMIN, checkScreen, expect, test } from './fixtures';
import { loginAs } from './session';

test.use({ team: { users: [], demoParticipants: 400 } });

/** Names, responsible and organisation may end in an ellipsis; nothing else may be cut off. */
const ellipsisAllowed = new Set(['col-name', 'col-responsible', 'col-organisation']);

test('at 1366 px no column header, value or badge of the participant list is clipped', async ({
  page,
  seededApp,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const table = page.locator('.participant-table');
  await expect(table.locator('tbody tr').nth(5)).toBeVisible();
  // Show every status, so badges of all kinds are on screen.
  for (const status of ['Anvisad', 'Inskriven', 'Avslutad']) {
    const box = page.getByRole('checkbox', { name: status, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
  await expect(table.locator('tbody tr').nth(5)).toBeVisible();
  const clipped = await table.evaluate(
    (element, allowed) => {
      const found: string[] = [];
      for (const cell of Array.from(element.querySelectorAll('th, td')) as HTMLElement[]) {
        const column = Array.from(cell.classList).find((c) => c.startsWith('col-')) ?? '';
        if (cell.closest('.virtual-spacer')) continue;
        const rect = cell.getBoundingClientRect();
        if (rect.width === 0) continue;
        for (const badge of Array.from(cell.querySelectorAll('.badge')) as HTMLElement[]) {
          if (badge.getBoundingClientRect().right > rect.right + 0.5) {
            found.push(`${column}: badge "${badge.textContent ?? ''}"`);
          }
        }
        if (!allowed.includes(column) && cell.scrollWidth > cell.clientWidth + 1) {
          found.push(`${column}: "${(cell.textContent ?? '').trim()}"`);
        }
      }
      return found;
    },
    [...ellipsisAllowed],
  );
  expect(clipped).toEqual([]);
  await checkScreen(page, 'l01-list-1366');
});
