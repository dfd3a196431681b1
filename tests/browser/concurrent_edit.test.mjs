// Two case managers, on two servers sharing one database, correct the same child at the
// same time. The second save is refused with the first person's change shown, and the
// form offers the latest details with the second person's change on top: nothing is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot } from '../support/browser.mjs';

let database;
let first;
let second;
let browser;

before(async () => {
  database = createDemoDatabase();
  first = await startServer(database.db);
  second = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await first?.stop();
  await second?.stop();
  database?.remove();
});

async function signedIn(server, username) {
  const session = await newPage(browser);
  await session.page.goto(server.baseUrl + '/sign-in');
  await session.page.getByLabel('Username').fill(username);
  await session.page.getByLabel('Password').fill(DEMO_PASSWORD);
  await session.page.getByRole('button', { name: 'Sign in' }).click();
  await session.page.getByRole('heading', { name: /Hello/ }).waitFor();
  return session;
}

test('a stale edit is refused, shows the other change and can be re-applied', async () => {
  const amara = await signedIn(first, 'caseworker');
  const dan = await signedIn(second, 'caseworker2');

  // Both open the same child's details for editing.
  await amara.page.goto(first.baseUrl + '/children');
  // The first record link (identity-only rows link only to emergency access).
  const childLink = amara.page.locator('#children-table a[href*="?back="]').first();
  // The link carries the list to come back to (?back=...); the record's own path is before it.
  const childPath = new URL(await childLink.getAttribute('href'), first.baseUrl).pathname;
  await amara.page.goto(first.baseUrl + childPath + '/edit');
  await dan.page.goto(second.baseUrl + childPath + '/edit');

  // Amara changes the district and saves first.
  await amara.page.getByLabel('Home district').selectOption('DOVER');
  await amara.page.getByRole('button', { name: 'Save' }).click();
  await amara.page.getByText('Changes saved').waitFor();

  // Dan, still on the old version, records that the child is looked after.
  await dan.page.getByLabel('Yes', { exact: true }).check();
  await dan.page.getByRole('button', { name: 'Save' }).click();
  await dan.page.getByRole('heading', { name: 'Someone else changed this record' }).waitFor();
  const refused = await dan.page.content();
  assert.match(refused, /Your changes have not been saved/);
  assert.match(refused, /Version \d+ by Amara Nwosu on/);
  assert.match(refused, /Dover/);
  assert.ok(await dan.page.getByLabel('Yes', { exact: true }).isChecked(), 'his entry is kept');
  assert.equal(await dan.page.evaluate(() => document.activeElement?.id), 'stale-edit', 'the warning takes focus');
  await checkAccessibility(dan.page, 'stale edit');
  await screenshot(dan.page, 'stale-edit');

  // The form holds Amara's district with Dan's change on top: he only has to save again.
  assert.equal(await dan.page.getByLabel('Home district').inputValue(), 'DOVER');
  await dan.page.getByRole('button', { name: 'Save my changes again' }).click();
  await dan.page.getByText('Changes saved').waitFor();
  const record = await dan.page.content();
  assert.match(record, /Dover/);
  assert.match(record, /<dt class="govuk-summary-list__key">Looked after<\/dt>\s*<dd class="govuk-summary-list__value">Yes<\/dd>/);

  assert.deepEqual(amara.problems, []);
  assert.deepEqual(dan.problems, []);
  await amara.context.close();
  await dan.context.close();
});
