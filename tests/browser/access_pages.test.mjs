// The pages about who may see a record, in a real browser with axe-core: emergency access
// (the form, its errors, the banner, the section the manager sees), restricting a record,
// partner sharing and the restricted records page. Screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot, signInThrough } from '../support/browser.mjs';
import { addAccount, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase();
  addAccount(database.db, 'police1', 'partner', 'PC Jo Rahman');
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

const signIn = (page, username) => signInThrough(page, server.baseUrl, username);

test('emergency access: the form, its error summary, the banner, and the section the manager sees', async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, 'caseworker');
  await page.goto(server.baseUrl + '/children');
  await page.getByRole('link', { name: /get emergency access/ }).first().click();
  await page.getByRole('heading', { name: /Open .*’s record/ }).waitFor();
  const address = new URL(page.url()).pathname;
  await checkAccessibility(page, 'the emergency access form');
  await screenshot(page, 'break-glass-form');

  await page.getByRole('button', { name: 'Open the record' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'the emergency access form with errors');
  await screenshot(page, 'break-glass-form-errors');

  await page.getByLabel('Court duty').check();
  await page.getByLabel('Say what has happened').fill('Remanded overnight, appearing at Maidstone Youth Court this morning');
  await page.getByRole('button', { name: 'Open the record' }).click();
  await page.getByText(/You opened this record with emergency access until/).waitFor();
  await checkAccessibility(page, 'a record opened with emergency access');
  await screenshot(page, 'break-glass-record');
  await context.close();

  const manager = await newPage(browser);
  await signIn(manager.page, 'manager');
  await manager.page.goto(server.baseUrl + address.replace('/break-glass', ''));
  await manager.page.getByRole('heading', { name: 'Emergency access' }).waitFor();
  assert.match(await manager.page.content(), /Court duty: Remanded overnight/);
  await checkAccessibility(manager.page, 'the record with its emergency access section');
  await manager.page.locator('#emergency-access').scrollIntoViewIfNeeded();
  await screenshot(manager.page, 'break-glass-seen-by-manager');
  assert.deepEqual([...problems, ...manager.problems], []);
  await manager.context.close();
});

test('restricting a record, sharing a child and the restricted records page', async () => {
  const [child, shared] = untouchedChildren(database.db, 2, 10);
  const { context, page, problems } = await newPage(browser);
  await signIn(page, 'manager');
  await page.goto(`${server.baseUrl}/children/${child}/restriction`);
  await checkAccessibility(page, 'the restriction form');
  await screenshot(page, 'restriction-form');
  await page.getByRole('button', { name: 'Restrict this record' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'the restriction form with errors');

  await page.getByLabel('Who else may open it (optional)').fill('caseworker2');
  await page.getByLabel('Why is this record being restricted?').fill('Child of a member of staff');
  await page.getByRole('button', { name: 'Restrict this record' }).click();
  await page.getByText('The record is restricted').waitFor();
  await checkAccessibility(page, 'a restricted record, named staff');
  await screenshot(page, 'restriction-named-staff');

  await page.goto(server.baseUrl + '/restricted-records');
  await checkAccessibility(page, 'the restricted records page');

  await page.goto(`${server.baseUrl}/children/${shared}/sharing`);
  await page.getByLabel('Partner account').selectOption('police1');
  await page.getByLabel('Why does the partner need this child’s record?').fill('Joint safeguarding strategy meeting');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByText('The child is shared').waitFor();
  await checkAccessibility(page, 'the sharing page');
  await screenshot(page, 'partner-sharing');
  assert.deepEqual(problems, []);
  await context.close();
});
