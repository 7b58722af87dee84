import type { Locator, Page } from '@playwright/test';
import { addDays, todayIso } from '../../main/api/dates';
import { SEEDED_ADMIN, checkScreen, expect, screenshotDir, test } from './fixtures';
import {
  AF_USER,
  AMINA_NUMBER,
  COORDINATOR,
  COORDINATOR_OWN,
  SFI_USER,
  rpc,
  seedReviewCases,
} from './reviews-fixture';
import { loginAs, logout } from './session';

test.use({ team: { users: [COORDINATOR, AF_USER, SFI_USER], demoParticipants: 0 } });

/** Free text about Amina that presentation mode must keep off the projector until revealed. */
const HEALTH_STEP = 'Samtal om sömn och stress på vårdcentralen';
const CONTACT_NOTE = 'Stöttade vid besök på Migrationsverket';
const LANGUAGE_STEP = 'Klarade SFI kurs B';
const REQUEST_NOTE = 'Behöver tolk vid nästa möte';

/**
 * Types a date into a native date field from the keyboard. Its segment order follows the
 * browser's own locale (Chromium here may show mm/dd/yyyy whatever the page's language), so
 * month-day-year is tried first and year-month-day after it.
 */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  if ((await field.inputValue()) === iso) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${year}${month}${day}`);
  await expect(field).toHaveValue(iso);
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    // From the top, as the room sees the screen (scrolling does not move the focus).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a whole meeting by keyboard only: the focus never falls to the page and every change is announced', async ({
  page,
  seededApp,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(seededApp.entryUrl);
  await loginAs(page, SEEDED_ADMIN.name, SEEDED_ADMIN.password);
  const { amina, hassan, leyla } = await seedReviewCases(page);
  await rpc(page, 'progress.add', {
    participantId: amina,
    onDate: addDays(todayIso(), -1),
    category: 'health',
    text: HEALTH_STEP,
  });
  await rpc(page, 'contacts.add', {
    participantId: amina,
    onDate: addDays(todayIso(), -1),
    kind: 'other',
    text: CONTACT_NOTE,
  });
  // A teammate asks for Hassan's case: the note is free text too.
  await rpc(page, 'participants.requestReview', { participantId: hassan, note: REQUEST_NOTE });
  await logout(page);

  // Set up through the API (the agenda has its own tests): three cases, the whole team invited.
  await loginAs(page, COORDINATOR.name, COORDINATOR.password, COORDINATOR_OWN);
  const members = await rpc(page, 'team.members', {});
  const meeting = await rpc(page, 'meetings.create', {
    seriesId: null,
    date: todayIso(),
    startTime: '09:00',
    durationMinutes: 60,
    place: 'Rum Samverkan',
    attendeeUserIds: members.map((m) => m.id),
  });
  for (const participantId of [amina, hassan, leyla]) {
    await rpc(page, 'agenda.addItem', {
      meetingId: meeting.id,
      participantId,
      title: null,
      minutes: 10,
      reasons: [],
    });
  }
  const started = await rpc(page, 'meetings.start', { meetingId: meeting.id });
  const attendees = started.attendees.map((a) => a.name);
  expect(attendees).toHaveLength(4);
  await page.evaluate((id) => {
    window.location.hash = `#/arendegenomgangar/${id}/mote`;
  }, meeting.id);

  const mode = page.locator('.rv-meeting-mode');
  const title = page.locator('#rv-mm-item-heading');
  const live = page.locator('#rv-mm-live');
  /** Presses a key, then checks where the focus is and what the live region says. */
  const press = async (key: string, focused: Locator, said: string) => {
    await page.keyboard.press(key);
    await expect(focused).toBeFocused();
    await expect(live).toHaveText(said);
  };

  // The first item has the focus; nothing has been said yet.
  await expect(title).toHaveText('A. W.');
  await expect(title).toBeFocused();
  await expect(live).toHaveText('');
  // The footer lists the new keys next to the old ones.
  const keys = page.locator('.rv-mm-keys');
  await expect(keys.getByRole('listitem').filter({ hasText: /^A närvaro$/ })).toBeVisible();
  await expect(
    keys.getByRole('listitem').filter({ hasText: /^L lämnar rummet under punkten$/ }),
  ).toBeVisible();

  // A: the next attendee not yet present; Space ticks and the focus stays on the box.
  for (const name of attendees) {
    const box = mode.getByRole('checkbox', { name: `Närvarande ${name}` });
    const before = (await live.textContent()) ?? '';
    await press('a', box, before);
    await press('Space', box, `${name} är närvarande.`);
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole('heading', { name: 'Närvaro (4 av 4)' })).toBeVisible();
  // The reported bug: Tab after a tick moved from the page to the first box and Space unticked it.
  const last = attendees[attendees.length - 1] ?? '';
  const lateBox = mode.getByRole('checkbox', { name: `Kom sent ${last}` });
  await press('Tab', lateBox, `${last} är närvarande.`);
  await expect(mode.getByRole('checkbox', { name: `Närvarande ${last}` })).toBeChecked();

  // L on a case everyone may hear: said, and the focus stays where it was.
  await press('l', lateBox, 'Ingen behöver lämna rummet under den här punkten.');

  // Presentation mode: the initials in the title and on the card, no free text, no number.
  await expect(mode.getByRole('heading', { level: 3, name: 'A. W.' })).toBeVisible();
  for (const text of [HEALTH_STEP, CONTACT_NOTE, LANGUAGE_STEP, 'Trepartssamtal om praktik']) {
    await expect(mode.getByText(text)).toHaveCount(0);
  }
  await expect(mode).not.toContainText('Warsame');
  await expect(mode).not.toContainText(AMINA_NUMBER.slice(0, 8));
  await expect(mode.getByText('Fritext och känsliga uppgifter är dolda i presentationsläget.')).toBeVisible();
  await checkScreen(page, 'mk01-meeting-presentation');
  await shoot(page, 'mk01-meeting-presentation');

  // S reveals the free text for this item only; S again hides it.
  await press('s', lateBox, 'Fritext och känsliga uppgifter visas för den här punkten.');
  await expect(mode.getByText(HEALTH_STEP)).toBeVisible();
  await expect(mode.getByText(CONTACT_NOTE)).toBeVisible();
  await expect(mode.getByText('Självskattad fysisk hälsa (1–5)')).toBeVisible();
  await shoot(page, 'mk02-meeting-revealed');
  await press('s', lateBox, 'Fritext och känsliga uppgifter är dolda igen.');
  await expect(mode.getByText(HEALTH_STEP)).toHaveCount(0);

  // B: a decision; after saving the focus is back in the empty text.
  const text = mode.getByLabel('Anteckning eller beslut');
  await press('b', text, 'Fritext och känsliga uppgifter är dolda igen.');
  await page.keyboard.type('Start av arbetsträning i maj');
  const saveDecision = mode.getByRole('button', { name: 'Spara som beslut' });
  await press('Tab', saveDecision, 'Fritext och känsliga uppgifter är dolda igen.');
  await press('Enter', text, 'Beslutet är sparat.');
  await expect(text).toHaveValue('');
  await expect(mode.locator('.rv-decision')).toContainText('Start av arbetsträning i maj');
  // A note the same way, with the second button.
  await page.keyboard.type('Amina vill börja före sommaren');
  await press('Tab', saveDecision, 'Beslutet är sparat.');
  await press('Tab', mode.getByRole('button', { name: 'Spara som anteckning' }), 'Beslutet är sparat.');
  await press('Enter', text, 'Anteckningen är sparad.');
  await expect(text).toHaveValue('');
  await expect(mode.locator('.rv-note').filter({ hasText: 'Amina vill börja före sommaren' })).toBeVisible();

  // Escape leaves the field; N: a new action, saved from the date field with Enter.
  await press('Escape', title, 'Anteckningen är sparad.');
  const what = mode.getByLabel('Vad ska göras?');
  await press('n', what, 'Anteckningen är sparad.');
  await page.keyboard.type('Boka möte med arbetsgivare');
  await press('Tab', mode.getByLabel('Ansvarig', { exact: true }), 'Anteckningen är sparad.');
  await page.keyboard.type('Omar');
  await expect(mode.getByLabel('Organisation', { exact: true })).toHaveValue(/\d+/);
  await press('Tab', mode.getByLabel('Organisation', { exact: true }), 'Anteckningen är sparad.');
  const due = mode.getByLabel('Klart senast');
  await press('Tab', due, 'Anteckningen är sparad.');
  const dueOn = addDays(todayIso(), 14);
  await typeDate(page, due, dueOn);
  await press('Enter', what, 'Åtgärden ”Boka möte med arbetsgivare” är sparad, ansvarig Omar Said.');
  await expect(what).toHaveValue('');
  await checkScreen(page, 'mk03-meeting-recorded');

  // D: discussed, on to Hassan — refused while Sara (SFI, not covered) is in the room.
  await press('Escape', title, 'Åtgärden ”Boka möte med arbetsgivare” är sparad, ansvarig Omar Said.');
  await press('d', title, 'A. W. är genomgången. Punkt 2 av 3: H. A.');
  await expect(title).toHaveText('H. A.');
  await expect(mode.getByText(/^Punkten kan inte öppnas/)).toBeVisible();
  // D on the blocked item skips it and says why; K goes back to it.
  await press(
    'd',
    title,
    'H. A. hoppades över: samtycket omfattar inte SFI / vuxenutbildning, som är kvar i rummet. Punkten flyttas till nästa möte. Punkt 3 av 3: L. A.',
  );
  await press('k', title, 'Punkt 2 av 3: H. A.');
  // L: to Sara's "leaves the room"; Space ticks it and the case opens with the focus kept.
  const leaves = mode.getByRole('checkbox', {
    name: 'Sara Berg (SFI / vuxenutbildning) lämnar rummet under punkten',
  });
  await press('l', leaves, 'Punkt 2 av 3: H. A.');
  await press('Space', leaves, 'Sara Berg lämnar rummet under punkten.');
  await expect(mode.getByRole('heading', { level: 3, name: 'H. A.' })).toBeVisible();
  await expect(leaves).toBeFocused();
  await expect(leaves).toBeChecked();
  // The teammate's request note is hidden too, until S.
  await expect(mode.getByText('En begäran från teamet, dold i presentationsläget.')).toBeVisible();
  await expect(mode.getByText(REQUEST_NOTE)).toHaveCount(0);
  await checkScreen(page, 'mk04-meeting-left-room');
  await press('s', leaves, 'Fritext och känsliga uppgifter visas för den här punkten.');
  await expect(mode.getByText(REQUEST_NOTE)).toBeVisible();
  await press('s', leaves, 'Fritext och känsliga uppgifter är dolda igen.');

  // J and K move between items; the new item's title takes the focus.
  await press('j', title, 'Punkt 3 av 3: L. A.');
  await expect(title).toHaveText('L. A.');
  await press('j', title, 'Det finns ingen punkt efter den här.');
  await press('k', title, 'Punkt 2 av 3: H. A.');
  await press('d', title, 'H. A. är genomgången. Punkt 3 av 3: L. A.');

  // P: presentation mode off and on again.
  await press('p', title, 'Presentationsläget är av: allt visas.');
  await expect(title).toHaveText('Leyla Ahmed');
  await shoot(page, 'mk05-meeting-not-presenting');
  await press(
    'p',
    title,
    'Presentationsläget är på: namn, personnummer, fritext och känsliga uppgifter är dolda.',
  );
  await expect(title).toHaveText('L. A.');

  // D on the last item: the focus goes to finishing the meeting.
  const finishButton = page.getByRole('button', { name: 'Avsluta mötet' });
  const lastSaid = 'L. A. är genomgången. Det var sista punkten – avsluta mötet när ni är klara.';
  await press('d', finishButton, lastSaid);
  const finish = page.getByRole('dialog', { name: 'Avsluta mötet?' });
  await press('Enter', finish.getByRole('button', { name: 'Avbryt' }), lastSaid);
  await press('Tab', finish.getByRole('button', { name: 'Avsluta mötet' }), lastSaid);
  await page.keyboard.press('Enter');
  const minutesTitle = page.getByRole('heading', { level: 1, name: /^Minnesanteckningar/ });
  await expect(minutesTitle).toBeFocused();
  const minutes = page.locator('.rv-minutes');
  await expect(minutes.getByText('Start av arbetsträning i maj')).toBeVisible();
  await expect(minutes.getByRole('cell', { name: 'Boka möte med arbetsgivare' }).first()).toBeVisible();
});
