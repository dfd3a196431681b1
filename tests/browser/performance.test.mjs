// The performance dashboard in a real browser: a manager reads the dashboard for the whole
// service and for a district, with its charts and tables, follows a number to the children
// behind it, and sets a target with a mistake first. axe-core checks every page, wide and at
// 320 pixels; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase({ children: 200 });
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

const quarter = `${new Date().getUTCFullYear() - 1}-Q2`;

test('a manager reads the dashboard, the children behind a number, and sets a target', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Performance' }).click();
  await page.getByRole('heading', { name: 'Performance', level: 1 }).waitFor();
  await page.getByLabel('Quarter').selectOption(quarter);
  await page.getByRole('button', { name: 'Show figures' }).click();
  await page.getByRole('img').first().waitFor();
  await check(page, 'performance dashboard');
  await screenshot(page, 'performance-dashboard');

  await page.getByLabel('District').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await page.getByText('(district)').first().waitFor();
  await check(page, 'performance dashboard for a district');

  await page.goto(`${server.baseUrl}/performance?quarter=${quarter}&district=NOWHERE`);
  await page.getByText('There is a problem').waitFor();
  await check(page, 'performance dashboard with an error');

  await page.goto(`${server.baseUrl}/performance?quarter=${quarter}`);
  await page.getByRole('link', { name: /Court disposals/ }).first().click();
  await page.getByRole('heading', { name: 'Court disposals', level: 1 }).waitFor();
  assert.ok(await page.locator('#children tbody tr').count() > 0, 'the children are listed');
  await check(page, 'children behind a number');
  await screenshot(page, 'performance-children');

  await page.goto(`${server.baseUrl}/performance`);
  await page.getByRole('link', { name: 'Set targets' }).click();
  await page.getByRole('heading', { name: 'Targets', level: 1 }).waitFor();
  await page.getByLabel('District').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Choose' }).click();
  const field = page.locator('#target-custody-percent_of_court_disposals');
  await field.fill('120');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'targets with an error');
  await page.locator('#target-custody-percent_of_court_disposals').fill('3');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await page.getByText('Targets saved').waitFor();
  await check(page, 'targets');
  await screenshot(page, 'performance-targets');

  // The one page asked for with a district that does not exist answers 400, as it should.
  assert.deepEqual(problems.filter((problem) => !problem.includes('status of 400')), []);
  await context.close();
});
