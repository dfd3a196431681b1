// A child's chronology and current status in a real browser: the record page with the
// current status above it, the chronology tab with its timeline, filtering it by kind, and
// a bad date range answered with the error summary. axe-core checks every page, wide and at
// 320 pixels; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';
import { childWithHistory } from '../support/justice_fixture.mjs';

let database;
let server;
let browser;
let child;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  child = childWithHistory(database.db);
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('the record shows the current status; the chronology shows the timeline and filters it', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  const status = page.getByRole('region', { name: 'Current status' });
  await status.waitFor();
  await status.getByText('Youth rehabilitation order').waitFor();
  await status.getByText('Yes (remanded to youth detention accommodation)').waitFor();
  await check(page, 'a record with its current status');
  await screenshot(page, 'child-current-status');

  await page.getByRole('link', { name: 'Chronology' }).click();
  await page.getByRole('heading', { name: 'Chronology', level: 2 }).waitFor();
  // Every offence, outcome, remand and custody episode, and the end of the completed referral order.
  assert.equal(await page.locator('.moj-timeline__item').count(), 9);
  await check(page, 'the chronology');
  await screenshot(page, 'chronology');

  await page.getByLabel('Remands').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/kind=remand/);
  assert.equal(await page.locator('.moj-timeline__item').count(), 2);
  assert.ok(await page.getByLabel('Remands').isChecked());

  const from = page.getByRole('group', { name: 'From' });
  await from.getByLabel('Day').fill('1');
  await from.getByLabel('Month').fill('6');
  await from.getByLabel('Year').fill('2025');
  const to = page.getByRole('group', { name: 'To' });
  await to.getByLabel('Day').fill('1');
  await to.getByLabel('Month').fill('1');
  await to.getByLabel('Year').fill('2025');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByText('There is a problem').waitFor();
  assert.equal(await page.locator('.moj-timeline__item').count(), 0);
  await check(page, 'the chronology with a bad date range');
  await page.getByRole('link', { name: 'The to date must be the same as or after the from date' }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
