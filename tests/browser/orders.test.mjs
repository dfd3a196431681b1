// An order in progress in a real browser: from the current status to the order's own page,
// recording a warning (first with the error summary, then saved) and the order's progress.
// axe-core checks every page, wide and at 320 pixels; screenshots go to docs/screenshots for
// the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';
import { childWithHistory, daysAgo } from '../support/justice_fixture.mjs';

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

test('an order from the current status: its page, a warning refused then recorded', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  const status = page.getByRole('region', { name: 'Current status' });
  await status.getByRole('link', { name: /Youth rehabilitation order/ }).click();
  await page.getByRole('heading', { name: /^Youth rehabilitation order, / }).waitFor();
  await page.getByRole('link', { name: 'Requirements' }).waitFor();
  await check(page, 'an order’s page');

  await page.getByRole('link', { name: 'Record a warning' }).click();
  await page.getByRole('heading', { name: 'Record a warning' }).waitFor();
  await page.getByLabel('Reason').fill('');
  await page.getByRole('button', { name: 'Save warning' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'the warning form with errors');
  await page.getByRole('link', { name: 'Enter the date of the warning' }).waitFor();

  const when = daysAgo(3);
  const date = page.getByRole('group', { name: 'Date of the warning' });
  await date.getByLabel('Day').fill(String(when.getUTCDate()));
  await date.getByLabel('Month').fill(String(when.getUTCMonth() + 1));
  await date.getByLabel('Year').fill(String(when.getUTCFullYear()));
  await page.getByLabel('Reason').fill('Missed a supervision appointment');
  await page.getByRole('button', { name: 'Save warning' }).click();
  await page.getByText('Warning recorded').waitFor();
  assert.match(await page.locator('#warnings-in-year').innerText(), /^1 in the last 12 months/);
  await check(page, 'an order’s page with a warning');
  await screenshot(page, 'order-in-progress');

  assert.deepEqual(problems, []);
  await context.close();
});
