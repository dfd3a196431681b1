// Correcting a requirement in a real browser: a correction that would leave the progress
// recorded beyond what was ordered is refused with the error summary; one with a reason is
// saved, and the requirements page shows it under Corrections (what changed, from what to
// what, who, when, why). axe-core checks every page, wide and at 320 pixels; screenshots go
// to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';
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
    VALUES ('BCR-O1', ${rowId}, '2023-04-20', 'robbery', 5, '2024-01-01T00:00:00Z') RETURNING id`);
  const outcome = sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date,
    length_months, completion, created_at) VALUES ('BCR-U1', ${rowId}, '2023-06-01', 'youth_rehabilitation_order', '2023-06-01',
    12, 'ongoing', '2024-01-01T00:00:00Z') RETURNING id`);
  sql(database.db, `INSERT INTO outcome_offences (outcome_id, offence_id) VALUES (${outcome}, ${offence})`);
  const requirement = sql(database.db, `INSERT INTO yro_requirements (outcome_id, kind, amount, unit, starts_on, created_at)
    VALUES (${outcome}, 'unpaid_work', 100, 'hours', '2023-06-05', '2024-01-01T00:00:00Z') RETURNING id`);
  const staff = sql(database.db, "SELECT id FROM staff WHERE username = 'manager'");
  sql(database.db, `INSERT INTO yro_requirement_progress (requirement_id, done_on, amount, note, recorded_by, created_at)
    VALUES (${requirement}, '2023-07-01', 42, 'Sessions at the community garden', ${staff}, '2024-01-01T00:00:00Z')`);
  requirements = `/children/${id}/outcomes/${outcome}/requirements`;
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('correcting a requirement: refused beyond the progress recorded, then saved with its reason and shown', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}${requirements}`);
  await page.getByText('No requirement of this order has been corrected.').waitFor();

  await page.getByRole('link', { name: 'Correct the Unpaid work requirement' }).click();
  await page.getByRole('heading', { name: 'Correct the unpaid work requirement' }).waitFor();
  await check(page, 'the correction form');
  await page.getByLabel('Days or hours ordered').fill('40');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByRole('link', { name: /The progress recorded on 1 July 2023 would no longer fit/ }).waitFor();
  await check(page, 'a correction refused');

  await page.getByLabel('Days or hours ordered').fill('120');
  await page.getByLabel('Reason for this correction (optional)').fill('Hours checked against the court order');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await page.getByRole('heading', { name: 'Requirement corrected', exact: true }).waitFor();
  const correction = page.locator('table.app-correction');
  await correction.getByText('Reason: Hours checked against the court order').waitFor();
  const row = correction.getByRole('row', { name: /Amount ordered/ });
  assert.match(await row.innerText(), /100\s+120/);
  await check(page, 'a requirement with its correction');
  await screenshot(page, 'requirement-corrections');

  assert.deepEqual(problems, []);
  await context.close();
});
