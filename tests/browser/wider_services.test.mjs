// A case manager adds the wider services supporting a child on the Circumstances tab (early
// help that has ended, a child in need plan continuing), sees them listed beside the
// record's own looked after status, and ends the plan. In a real browser; axe-core checks
// every page, wide and at 320 pixels; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { childOfCaseworker } from '../support/practice_fixture.mjs';

let database;
let server;
let browser;
let child;
const day = 86400000;

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  child = childOfCaseworker(database.db);
  sql(database.db, `DELETE FROM wider_services WHERE child_id = ${child.rowId}`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('wider services are added, listed with the record\'s looked after status, and ended', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Circumstances', exact: true }).click();
  await page.getByText('No wider service recorded.').waitFor();

  await page.getByRole('button', { name: 'Add a wider service' }).click();
  await page.getByRole('heading', { name: 'Add a wider service', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'wider service form with errors');
  await page.getByLabel('Early help').check();
  await fillDate(page, /From/, new Date(Date.now() - 500 * day));
  await fillDate(page, /To/, new Date(Date.now() - 200 * day));
  await page.getByLabel('Note (optional)').fill('Family support worker from the early help hub; closed when the family moved.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Wider service added' }).waitFor();

  await page.getByRole('button', { name: 'Add a wider service' }).click();
  await page.getByLabel('Child in need plan').check();
  await fillDate(page, /From/, new Date(Date.now() - 120 * day));
  await page.getByLabel('Note (optional)').fill('Social worker in the Dartford children in need team.');
  await check(page, 'wider service form filled in');
  await screenshot(page, 'wider-service-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Wider service added' }).waitFor();

  const table = page.locator('#wider-services-log');
  const text = await table.innerText();
  assert.ok(text.indexOf('Child in need plan') < text.indexOf('Early help'), 'newest first');
  assert.match(text, /Continuing/);
  assert.match(await page.locator('#looked-after-now').innerText(), /Looked after, as the record says now/);
  await check(page, 'circumstances with wider services');
  await screenshot(page, 'wider-services');

  await table.getByRole('link', { name: /End/ }).click();
  await page.getByRole('heading', { name: 'End a wider service', level: 1 }).waitFor();
  await fillDate(page, /End date/, new Date(Date.now() + 3 * day));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'end form with errors');
  await fillDate(page, /End date/, new Date(Date.now() - 1 * day));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Wider service ended' }).waitFor();
  assert.equal(await table.getByRole('link', { name: /End/ }).count(), 0, 'nothing continues');
  assert.deepEqual(problems, []);
  await context.close();
});
