// A youth rehabilitation order's requirements in a real browser: adding a curfew over the
// limit for its conviction date is refused with the error summary, adding what the law
// allows shows it on the page, and recording progress counts down what remains. axe-core
// checks every page, wide and at 320 pixels; screenshots go to docs/screenshots for the
// user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { clearJusticeRecord } from '../support/justice_fixture.mjs';

let database;
let server;
let browser;
let requirements;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  const [id, rowId] = sql(database.db, 'SELECT public_id, id FROM children WHERE restricted = 0 ORDER BY id LIMIT 1').split('|');
  clearJusticeRecord(database.db, rowId);
  sql(database.db, `UPDATE children SET date_of_birth = '2006-05-15' WHERE id = ${rowId}`);
  const offence = sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('BRQ-O1', ${rowId}, '2023-04-20', 'robbery', 5, '2024-01-01T00:00:00Z') RETURNING id`);
  const outcome = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,
    length_months, completion, created_at) VALUES ('BRQ-U1', ${rowId}, '2023-06-01', 'youth_rehabilitation_order', '2023-06-01',
    12, 'ongoing', '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${outcome}, ${offence})`);
  requirements = `/children/${id}/outcomes/${outcome}/requirements`;
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('adding requirements within the limits and recording progress on them', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}${requirements}`);
  await page.getByText('No requirements are recorded for this order.').waitFor();
  await check(page, 'an order with no requirements');

  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await page.getByLabel('Requirement').selectOption('curfew');
  await fillDate(page, 'Start date', '2023-06-01');
  await fillDate(page, 'End date (a curfew, exclusion or local authority residence)', '2023-08-31');
  await page.getByLabel('Day 1').fill('21');
  await page.getByRole('button', { name: 'Add the requirement' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByRole('link', { name: /a day of curfew is 2 to 20 hours for this conviction date; 21 is not/ }).waitFor();
  await check(page, 'a curfew over the limit refused');
  await screenshot(page, 'requirement-refused');

  for (const [day, hours] of [[1, '8'], [2, '8'], [3, '8'], [4, '8'], [5, '10'], [6, '10'], [7, '0']]) {
    await page.getByLabel(`Day ${day}`, { exact: true }).fill(hours);
  }
  await page.getByRole('button', { name: 'Add the requirement' }).click();
  await page.getByRole('heading', { name: 'Requirement added', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await page.getByLabel('Requirement').selectOption('unpaid_work');
  await page.getByLabel('Days or hours ordered').fill('120');
  await fillDate(page, 'Start date', '2023-06-05');
  await page.getByRole('button', { name: 'Add the requirement' }).click();
  await page.getByRole('heading', { name: 'Requirement added', exact: true }).waitFor();

  await page.getByRole('link', { name: 'Record progress on the Unpaid work requirement' }).click();
  await check(page, 'the progress form');
  await fillDate(page, 'Date', '2023-07-01');
  await page.getByLabel('Hours done').fill('42');
  await page.getByLabel('Note (optional)').fill('Sessions at the community garden');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await page.getByRole('heading', { name: 'Progress recorded', exact: true }).waitFor();
  const card = page.locator('.govuk-summary-card', { hasText: 'Unpaid work' });
  await card.getByText('78 hours').waitFor();
  await check(page, 'an order with requirements and progress');
  await screenshot(page, 'order-requirements');

  assert.deepEqual(problems, []);
  await context.close();
});
