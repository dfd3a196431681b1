// A case manager records a child's accommodation and then its loss on the Circumstances
// tab, sees the early warning at once on their home page, with what changed and when, and
// marks it seen; the unit lead still sees it on theirs. In a real browser; axe-core checks
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
let name;
const day = 86400000;

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  child = childOfCaseworker(database.db);
  sql(database.db, `DELETE FROM child_circumstances WHERE child_id = ${child.rowId}`);
  name = sql(database.db, `SELECT given_name || ' ' || family_name FROM children WHERE id = ${child.rowId}`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('a home lost is recorded and is an early warning on the home page at once, until marked seen', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Circumstances', exact: true }).click();
  await page.getByText('No accommodation recorded.').waitFor();
  await check(page, 'circumstances, none yet');

  await page.getByRole('button', { name: 'Record a change of accommodation' }).click();
  await page.getByRole('heading', { name: 'Record a change of accommodation', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'accommodation form with errors');
  await page.getByLabel('Living with parents or family').check();
  await page.getByRole('group', { name: 'Is it suitable?' }).getByLabel('Suitable', { exact: true }).check();
  await fillDate(page, /From/, new Date(Date.now() - 400 * day));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Accommodation recorded' }).waitFor();

  await page.getByRole('button', { name: 'Record a change of education, training or employment' }).click();
  await page.getByLabel('School', { exact: true }).check();
  await page.getByRole('group', { name: 'Is it suitable?' }).getByLabel('Suitable', { exact: true }).check();
  await page.getByLabel('Hours a week').fill('25');
  await fillDate(page, /From/, new Date(Date.now() - 300 * day));
  await check(page, 'education, training or employment form');
  await screenshot(page, 'circumstance-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Education, training or employment recorded' }).waitFor();

  await page.getByRole('button', { name: 'Record a change of accommodation' }).click();
  await page.getByLabel('No fixed abode').check();
  await fillDate(page, /From/, new Date(Date.now() - 2 * day));
  await page.getByLabel('Note (optional)').fill('Asked to leave home after an argument; staying with friends.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Accommodation recorded' }).waitFor();
  const warnings = page.locator('#child-early-warnings');
  assert.match(await warnings.innerText(), /Accommodation lost: was Living with parents or family, now No fixed abode/);
  await check(page, 'circumstances with an early warning');
  await screenshot(page, 'circumstances');

  await page.goto(server.baseUrl + '/');
  const row = page.locator('#early-warning-list tr', { hasText: 'Accommodation lost: was Living with parents or family' })
    .filter({ hasText: name });
  await row.waitFor();
  await check(page, 'home page with early warnings');
  await screenshot(page, 'home-early-warnings');
  await row.getByRole('button', { name: /Mark as seen/ }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  assert.equal(await row.count(), 0, 'marked seen: gone from the case manager\'s home page');
  assert.deepEqual(problems, []);
  await context.close();

  const lead = await newPage(browser);
  await signInThrough(lead.page, server.baseUrl, 'unitlead');
  const leadRow = lead.page.locator('#early-warning-list tr', { hasText: 'Accommodation lost' }).filter({ hasText: name });
  await leadRow.waitFor();
  assert.deepEqual(lead.problems, []);
  await lead.context.close();
});
