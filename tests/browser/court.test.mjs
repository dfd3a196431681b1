// A child's court record in a real browser: adding hearings, asking for a pre-sentence
// report, recording it submitted and quality-assured, then giving it to the court again
// for a later hearing, with the error summary when the worker has not confirmed that
// nothing significant changed. axe-core checks every page, wide and at 320 pixels;
// screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
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

async function addHearing(page, purpose, date) {
  await page.getByRole('button', { name: 'Add a hearing' }).click();
  await page.getByLabel('Court', { exact: true }).fill('Maidstone Youth Court');
  await fillDate(page, 'Date of the hearing', date);
  await page.getByLabel('What the hearing is for').selectOption(purpose);
  await page.getByRole('button', { name: 'Save hearing' }).click();
  await page.getByRole('heading', { name: 'Hearing added' }).waitFor();
}

test('hearings and reports on the court tab, and a recent pre-sentence report given again', async () => {
  const { page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Court', exact: true }).click();
  await page.getByRole('heading', { name: 'Upcoming hearings' }).waitFor();
  await check(page, 'an empty court page');

  await page.getByRole('button', { name: 'Add a hearing' }).click();
  await page.getByRole('button', { name: 'Save hearing' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'the hearing form with errors');
  await page.goto(`${server.baseUrl}/children/${child.id}/court`);
  await addHearing(page, 'sentence', daysAgo(40));
  await addHearing(page, 'sentence', daysAgo(-12));

  await page.getByRole('button', { name: 'Ask for a report' }).click();
  await page.getByLabel('The hearing it is for').selectOption({ index: 1 });
  await page.getByLabel('Kind of report').selectOption('pre_sentence');
  await fillDate(page, 'Date asked for', daysAgo(60));
  await fillDate(page, 'Due date', daysAgo(42));
  await check(page, 'the report form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Report asked for' }).waitFor();
  await page.getByText('Overdue').waitFor();
  await page.getByRole('link', { name: /Record it submitted/ }).click();
  await fillDate(page, 'Date submitted', daysAgo(43));
  await fillDate(page, 'Date of the assessment', daysAgo(50));
  await fillDate(page, 'Date quality-assured (optional)', daysAgo(42));
  await check(page, 'the report progress form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Report updated' }).waitFor();

  await page.getByRole('link', { name: /Ask for a report for the hearing/ }).click();
  await page.getByLabel('Kind of report').selectOption('pre_sentence');
  await fillDate(page, 'Date asked for', daysAgo(1));
  await fillDate(page, 'Due date', daysAgo(-10));
  await page.getByLabel(/Give again the Pre-sentence report/).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByText(/cannot be reused: confirm that nothing significant has changed/).first().waitFor();
  await check(page, 'a reuse refused');
  await page.getByLabel(/I confirm nothing significant has changed/).check();
  await screenshot(page, 'report-reuse');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Pre-sentence report given to the court again' }).waitFor();
  await page.getByText(/given again/).first().waitFor();
  await check(page, 'the court page');
  await screenshot(page, 'court');

  await page.getByRole('link', { name: 'Chronology' }).click();
  await page.getByText('Hearing: Sentence').first().waitFor();
  assert.deepEqual(problems, []);
});
