// A case manager's day in a real browser: sign in, find a child, add a child (with a
// mistake first), correct their details, read the history, sign out. axe-core checks every
// page; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';

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

const year = String(new Date().getFullYear() - 13);

async function signIn(page, username = 'caseworker') {
  await page.goto(server.baseUrl + '/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a case manager adds, finds, corrects and reviews a child', async () => {
  const { context, page, problems } = await newPage(browser);

  await page.goto(server.baseUrl + '/');
  assert.match(page.url(), /\/sign-in\?return=/);
  await checkAccessibility(page, 'sign in');
  await screenshot(page, 'sign-in');

  await page.getByLabel('Username').fill('caseworker');
  await page.getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await assert.doesNotReject(page.getByText('There is a problem').waitFor());
  await checkAccessibility(page, 'sign in with an error');

  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  await checkAccessibility(page, 'home');
  await screenshot(page, 'home');

  await page.getByRole('link', { name: 'Children', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
  await checkAccessibility(page, 'children list');
  await screenshot(page, 'children-list');

  await page.getByRole('button', { name: 'Add a child' }).click();
  await checkAccessibility(page, 'add a child');
  await page.getByLabel('Given name').fill('Maisie');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'add a child with errors');
  await screenshot(page, 'add-child-errors');

  await page.getByLabel('Family name').fill('Brennan-Okafor');
  await page.getByLabel('Day').fill('9');
  await page.getByLabel('Month').fill('7');
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Female').check();
  await page.getByLabel('Ethnicity').selectOption('MWBA');
  await page.getByLabel('Home district').selectOption('CANTERBURY');
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Child added').waitFor();
  await checkAccessibility(page, 'child record');
  await screenshot(page, 'child-record');
  const childUrl = page.url().replace(/\?.*$/, '');

  await page.goto(server.baseUrl + '/children');
  await page.getByLabel('Name', { exact: true }).fill('brennan okafor');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Brennan-Okafor, Maisie' }).click();
  assert.equal(page.url().replace(/\?.*$/, ''), childUrl);
  // The record's Back link returns to the search it was opened from.
  assert.equal(await page.locator('.govuk-back-link').getAttribute('href'), '/children?name=brennan%20okafor&page=1');

  await page.getByRole('button', { name: 'Change details' }).click();
  await checkAccessibility(page, 'change details');
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Reason for this correction (optional)').fill("Confirmed with the child's social worker");
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Changes saved').waitFor();

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('heading', { name: 'History of changes' }).waitFor();
  await checkAccessibility(page, 'history');
  await screenshot(page, 'child-history');
  assert.match(await page.content(), /Version 2 by Amara Nwosu/);
  assert.match(await page.content(), /Reason: Confirmed with the child's social worker/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out').waitFor();
  await checkAccessibility(page, 'signed out');
  await page.goto(childUrl);
  assert.match(page.url(), /\/sign-in/);

  assert.deepEqual(problems, [], 'no console errors (CSP violations, script errors)');
  await context.close();
});

test('everything works without JavaScript', async () => {
  const { context, page } = await newPage(browser, { javaScriptEnabled: false });
  await signIn(page, 'caseworker2');
  await page.goto(server.baseUrl + '/children/new');
  await page.getByLabel('Given name').fill('Tomasz');
  await page.getByLabel('Family name').fill('Wiśniewski');
  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill(year);
  await page.getByLabel('Male', { exact: true }).check();
  await page.getByLabel('Home district').selectOption('THANET');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Child added').waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out').waitFor();
  await context.close();
});

test('the pages beside the journey pass axe-core too', async () => {
  const { context, page, problems } = await newPage(browser);
  for (const [path, label] of [['/accessibility', 'accessibility statement'], ['/privacy', 'privacy notice']]) {
    await page.goto(server.baseUrl + path);
    await checkAccessibility(page, `${label}, signed out`);
  }
  await signIn(page, 'manager');
  await page.getByRole('heading', { name: /Hello/ }).waitFor();

  await page.goto(server.baseUrl + '/children?name=ar');
  await page.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
  await checkAccessibility(page, 'search results');
  await page.goto(server.baseUrl + '/children?name=zzzzqqq');
  await checkAccessibility(page, 'a search that finds nobody');
  await page.goto(server.baseUrl + '/children?dob-day=31&dob-month=2&dob-year=2012');
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'search with a wrong date of birth');

  // A child born on the same day as one already known, with the same name; then one too
  // young for the service: the warnings, and the choice to save anyway.
  const [given, family, born] = sql(database.db,
    "SELECT given_name || '|' || family_name || '|' || date_of_birth FROM children ORDER BY id LIMIT 1").split('|');
  const [bornYear, bornMonth, bornDay] = born.split('-').map(Number);
  await page.goto(server.baseUrl + '/children/new');
  await page.getByLabel('Given name').fill(given);
  await page.getByLabel('Family name').fill(family);
  await page.getByLabel('Day').fill(String(bornDay));
  await page.getByLabel('Month').fill(String(bornMonth));
  await page.getByLabel('Year').fill(String(bornYear));
  await page.getByLabel('Female').check();
  await page.getByLabel('Home district').selectOption('CANTERBURY');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#check-before-saving').waitFor();
  assert.ok(await page.locator('#possible-duplicates li').count() > 0, 'the child already known is offered');
  await checkAccessibility(page, 'possible duplicate warning');
  await page.getByLabel('Year').fill(String(new Date().getFullYear() - 8));
  await page.getByRole('button', { name: /Save/ }).click();
  await page.locator('#check-before-saving').waitFor();
  await checkAccessibility(page, 'age warning');

  await page.goto(server.baseUrl + '/children/NOSUCHCHILD');
  await page.getByRole('heading', { name: 'Child not found' }).waitFor();
  await checkAccessibility(page, 'child not found');
  await page.goto(server.baseUrl + '/no/such/page');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await checkAccessibility(page, 'page not found');

  // A form whose CSRF token no longer matches (as after signing in again elsewhere).
  await page.goto(server.baseUrl + '/children/new');
  await page.locator('#main-content input[name="csrf_token"]').evaluate((input) => { input.value = 'expired'; });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'This form has expired' }).waitFor();
  await checkAccessibility(page, 'form expired');

  assert.deepEqual(problems.filter((p) => !/status of 403/.test(p)), [], 'no console errors');
  await context.close();
});
