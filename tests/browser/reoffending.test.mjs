// The live reoffending tracker, a cohort's list and the YJB indicators in a real browser:
// choosing a quarter and an area with the form (no JavaScript needed), the charts beside
// their tables, the small group's list, and a wrong choice answered with the error summary.
// axe-core checks every page, wide and at 320 pixels; screenshots go to docs/screenshots
// for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase({ children: 300 });
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('the tracker: cohorts, charts with their tables, breakdowns, the small group and its children', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}/performance/reoffending`);
  await page.getByRole('heading', { name: 'Reoffending: live tracker' }).waitFor();
  await page.getByLabel('Quarter').selectOption('2025-Q2');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/quarter=2025-Q2/);
  await page.getByRole('heading', { name: 'The cohort of April to June 2025' }).waitFor();
  assert.ok(await page.getByRole('img').count() >= 2, 'the charts are images with a name');
  await check(page, 'the live reoffending tracker');
  await screenshot(page, 'reoffending-tracker');

  await page.getByLabel('Area').selectOption('EAST');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/area=EAST/);
  await page.getByRole('heading', { name: /Cohorts of East Kent/ }).waitFor();

  await page.getByRole('link', { name: 'Children of the cohort of April to June 2025' }).click();
  await page.getByRole('heading', { name: 'The children of the cohort' }).waitFor();
  await check(page, "a cohort's children");
  await screenshot(page, 'reoffending-cohort');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong choice is answered with the error summary; the YJB indicators', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'analyst');
  await page.goto(`${server.baseUrl}/performance/reoffending?area=EAST&district=THANET`);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await page.getByRole('link', { name: 'Choose one area, district or team, not several' }).click();
  await check(page, 'the tracker with a wrong choice');

  await page.goto(`${server.baseUrl}/performance/yjb?quarter=2025-Q2`);
  await page.getByRole('heading', { name: 'YJB key performance indicators' }).waitFor();
  await page.getByRole('heading', { name: 'Waiting for records' }).waitFor();
  await check(page, 'the YJB indicators');
  await screenshot(page, 'yjb-indicators');
  // The one page asked for with a wrong choice answers 400, as it should.
  assert.deepEqual(problems.filter((problem) => !problem.includes('status of 400')), []);
  await context.close();
});
