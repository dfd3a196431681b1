// "My work" and the deadline engine's administration in a real browser: a case manager's
// tasks by when they are due, the unit lead's team view and a worker's list, the home page
// panel; the administrator's bank holidays (a mistake first) and a rule's form. axe-core
// checks every page, wide and at 320 pixels; screenshots go to docs/screenshots for the
// guides.
import { test, before, after } from 'node:test';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, checkAccessibilityWideAndNarrow, screenshot, signInThrough }
  from '../support/browser.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('a case manager sees what is due; the unit lead sees each worker\'s counts and list', async () => {
  const { context, page } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await checkAccessibility(page, 'home with my work');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My work', exact: true }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  await checkAccessibilityWideAndNarrow(page, 'my work');
  await screenshot(page, 'my-work');
  await context.close();

  const lead = await newPage(browser);
  await signInThrough(lead.page, server.baseUrl, 'unitlead');
  await lead.page.goto(server.baseUrl + '/my-work/team');
  await lead.page.getByRole('heading', { name: 'Team work', level: 1 }).waitFor();
  await checkAccessibilityWideAndNarrow(lead.page, 'team work');
  await screenshot(lead.page, 'my-work-team');
  await lead.page.locator('a[href="/my-work/team/caseworker"]').first().click();
  await lead.page.getByRole('heading', { name: /’s work$/, level: 1 }).waitFor();
  await checkAccessibility(lead.page, 'a worker\'s work');
  await lead.context.close();
});

test('an administrator keeps the bank holidays and the deadline rules', async () => {
  const { context, page } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'admin');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Bank holidays', exact: true }).click();
  await page.getByRole('heading', { name: 'Bank holidays', level: 1 }).waitFor();
  await checkAccessibilityWideAndNarrow(page, 'bank holidays');
  await screenshot(page, 'admin-bank-holidays');
  await page.getByLabel('Day').fill('25');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('Name').fill('Christmas again');
  await page.getByRole('button', { name: 'Add the bank holiday' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'bank holidays with an error');
  await page.getByLabel('Year').fill('2031');
  await page.getByLabel('Month').fill('6');
  await page.getByLabel('Day').fill('4');
  await page.getByLabel('Name').fill('A day proclaimed');
  await page.getByRole('button', { name: 'Add the bank holiday' }).click();
  await page.getByText('Bank holiday added').waitFor();
  await page.getByRole('button', { name: 'Remove A day proclaimed, 4 June 2031' }).click();
  await page.getByText('Bank holiday removed').waitFor();

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Deadline rules', exact: true }).click();
  await page.getByRole('heading', { name: 'Deadline rules', level: 1 }).waitFor();
  await checkAccessibilityWideAndNarrow(page, 'deadline rules');
  await screenshot(page, 'admin-deadline-rules');
  await page.getByRole('link', { name: 'First referral order panel' }).click();
  await page.getByLabel('How long').fill('');
  await page.getByRole('button', { name: 'Save the rule' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'a deadline rule with an error');
  await page.getByLabel('How long').fill('20');
  await screenshot(page, 'admin-deadline-rule');
  await context.close();
});
