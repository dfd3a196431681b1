// The data protection officer reviews the audit trail in a real browser: who has seen a
// child's record, then the audit search with a mistake in a date and then without. axe-core
// checks every page; screenshots go to docs/screenshots for docs/audit-review.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { addAccount } from '../support/accounts.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase();
  addAccount(database.db, { username: 'dpo1', role: 'data_protection_officer', name: 'Dana Price' });
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('the data protection officer sees who has seen a record and searches the audit trail', async () => {
  const childId = sql(database.db, 'SELECT public_id FROM children ORDER BY id LIMIT 1');
  const familyName = sql(database.db, `SELECT family_name FROM children WHERE public_id = '${childId}'`);
  // Others have searched for the child and opened the record.
  const manager = new Browserless(server.baseUrl);
  await manager.signIn('manager');
  await manager.request('/children?name=' + encodeURIComponent(familyName));
  await manager.request(`/children/${childId}`);
  const analyst = new Browserless(server.baseUrl);
  await analyst.signIn('analyst');
  await analyst.request(`/children/${childId}/history`);

  const { context, page, problems } = await newPage(browser);
  await page.goto(server.baseUrl + '/sign-in');
  await page.getByLabel('Username').fill('dpo1');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();

  await page.goto(server.baseUrl + `/children/${childId}`);
  await page.getByRole('link', { name: 'Who has seen this record' }).click();
  await page.getByRole('heading', { name: 'Who has seen this record', level: 1 }).waitFor();
  await assert.doesNotReject(page.getByRole('cell', { name: 'Opened the record' }).first().waitFor());
  await checkAccessibility(page, 'who has seen this record');
  await screenshot(page, 'audit-record-viewers');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).click();
  await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
  await checkAccessibility(page, 'audit search');

  await page.getByLabel('Person').fill('manager');
  const from = page.getByRole('group', { name: 'From' });
  await from.getByLabel('Day').fill('31');
  await from.getByLabel('Month').fill('2');
  await from.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'audit search with errors');
  await screenshot(page, 'audit-search-errors');

  await from.getByLabel('Day').fill('1');
  await from.getByLabel('Month').fill('1');
  await from.getByLabel('Year').fill(String(new Date().getFullYear() - 1));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('table').waitFor();
  assert.match(await page.getByRole('table').innerText(), /Tom Whitfield/);
  await checkAccessibility(page, 'audit search results');
  await screenshot(page, 'audit-search');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download these events/ }).click();
  assert.match((await download).suggestedFilename(), /^audit-trail-\d{4}-\d\d-\d\d\.csv$/);

  assert.deepEqual(problems, []);
  await context.close();
});
