// A case manager records a child's remand, custody for a sentence and a transfer, in a real
// browser; an administrator opens the secure establishments. axe-core checks every page,
// wide and at 320 pixels; screenshots go to docs/screenshots for the user and
// administrator guides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let browser;
let child;
const year = new Date().getFullYear() - 1;

before(async () => {
  database = createDemoDatabase({ children: 40 });
  server = await startServer(database.db);
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
  const saved = await staff.submit('/children/new', {
    'given-name': 'Declan', 'family-name': 'Moss-Ferreira', 'date-of-birth-day': '5', 'date-of-birth-month': '1',
    'date-of-birth-year': String(new Date().getFullYear() - 17), sex: 'male', ethnicity: 'WBRI', district: 'MAIDSTONE',
    'looked-after': 'no',
  });
  assert.equal(saved.status, 303);
  child = saved.headers.get('location').match(/^\/children\/([A-Z0-9]+)\?/)[1];
  // The sentence the custody serves, written straight in (the outcome form has its own test).
  const rowId = sql(database.db, `SELECT id FROM children WHERE public_id = '${child}'`);
  sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('BRW-F1', ${rowId}, '${year}-01-20', 'robbery', 6, '2026-01-01T00:00:00Z')`);
  sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, length_months, created_at)
    VALUES ('BRW-X1', ${rowId}, '${year}-03-02', 'detention_and_training_order', 12, '2026-01-01T00:00:00Z')`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) SELECT u.id, f.id FROM outcomes u, offences f
    WHERE u.exchange_id = 'BRW-X1' AND f.exchange_id = 'BRW-F1'`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

async function check(page, label) {
  await checkAccessibility(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${label} is ${width} CSS pixels wide at 320`);
  await checkAccessibility(page, `${label} at 320 pixels`);
  await page.setViewportSize(size);
}

test('a case manager records a remand, custody for a sentence and a transfer', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child}`);
  await page.getByRole('link', { name: 'Remands and custody' }).click();
  await page.getByText('No bail or remand is recorded.').waitFor();
  await check(page, 'remands and custody, none yet');

  await page.getByRole('button', { name: 'Record bail or a remand' }).click();
  await page.getByRole('heading', { name: 'Record bail or a remand', level: 1 }).waitFor();
  await check(page, 'remand form');
  await page.getByLabel('Remanded to youth detention accommodation').check();
  await fillDate(page, /Start date/, ['1', '2', String(year)]);
  await fillDate(page, /End date/, ['20', '1', String(year)]);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'remand form with errors');
  await screenshot(page, 'remand-form-errors');
  await fillDate(page, /End date/, ['2', '3', String(year)]);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Remand recorded' }).waitFor();

  await page.getByRole('button', { name: 'Record custody' }).click();
  await page.getByRole('heading', { name: 'Record custody', level: 1 }).waitFor();
  await check(page, 'custody form');
  await page.getByLabel('Establishment').selectOption({ label: 'Wetherby YOI (Young offender institution)' });
  await page.getByLabel(/Detention and training order of 2 March/).check();
  await fillDate(page, /Start date/, ['2', '3', String(year)]);
  await screenshot(page, 'custody-form');
  await page.getByRole('button', { name: 'Save custody' }).click();
  await page.getByRole('heading', { name: 'Custody recorded' }).waitFor();

  await page.getByRole('link', { name: /Record a transfer/ }).click();
  await page.getByRole('heading', { name: 'Record a transfer', level: 1 }).waitFor();
  await check(page, 'transfer form');
  await page.getByLabel('Establishment moved to').selectOption({ label: 'Oakhill STC (Secure training centre)' });
  await fillDate(page, /Date of the move/, ['1', '6', String(year)]);
  await page.getByRole('button', { name: 'Save transfer' }).click();
  await page.getByRole('heading', { name: 'Transfer recorded' }).waitFor();
  await check(page, 'remands and custody');
  await screenshot(page, 'custody');
  const text = await page.locator('main').innerText();
  assert.match(text, /Oakhill STC/);
  assert.match(text, /Wetherby YOI/);
  assert.match(text, /Remanded to youth detention accommodation/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an administrator opens the secure establishments and one of them', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'admin');
  await page.getByRole('link', { name: 'Establishments', exact: true }).click();
  await page.getByRole('heading', { name: 'Secure establishments', level: 1 }).waitFor();
  await check(page, 'secure establishments');
  await screenshot(page, 'admin-establishments');
  await page.getByRole('link', { name: 'Cookham Wood YOI' }).click();
  await page.getByRole('heading', { name: 'Change Cookham Wood YOI', level: 1 }).waitFor();
  await check(page, 'establishment form');
  assert.deepEqual(problems, []);
  await context.close();
});
