// Reflow (WCAG 2.2, 1.4.10): every page fits a screen 320 CSS pixels wide without
// scrolling sideways, and passes axe-core there. The child has a long unbroken family name,
// as some children do, so that long words in headings, tables and the history are tried.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility } from '../support/browser.mjs';

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

const narrow = 320;
const longName = 'Wolfeschlegelsteinhausenbergerdorff';
const year = String(new Date().getFullYear() - 14);

// The page fits 320 pixels (nothing wider than the window) and passes axe-core.
async function fits(page, label) {
  await page.waitForLoadState('load');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > narrow) {
    const wide = await page.evaluate((limit) => [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > limit)
      .slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`), narrow);
    assert.fail(`${label} is ${width} CSS pixels wide at ${narrow}: ${wide.join(', ')}`);
  }
  await checkAccessibility(page, `${label} at ${narrow} pixels`);
}

async function fillChild(page, { given, family, day = '9', month = '7', born = year }) {
  await page.getByLabel('Given name').fill(given);
  await page.getByLabel('Family name').fill(family);
  await page.getByLabel('Day').fill(day);
  await page.getByLabel('Month').fill(month);
  await page.getByLabel('Year').fill(born);
  await page.getByLabel('Male', { exact: true }).check();
  await page.getByLabel('Ethnicity').selectOption('MWBC');
  await page.getByLabel('Home district').selectOption('TONBRIDGE_AND_MALLING');
}

test('every page fits a 320 pixel screen without scrolling sideways', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: narrow, height: 640 } });

  await page.goto(server.baseUrl + '/sign-in');
  await fits(page, 'sign in');
  await page.goto(server.baseUrl + '/accessibility');
  await fits(page, 'accessibility statement');
  await page.goto(server.baseUrl + '/privacy');
  await fits(page, 'privacy notice');

  await page.goto(server.baseUrl + '/sign-in');
  await page.getByLabel('Username').fill('caseworker');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
  await fits(page, 'home');

  await page.goto(server.baseUrl + '/children');
  await fits(page, 'children list');
  await page.goto(server.baseUrl + '/children?name=ar');
  await fits(page, 'search results');

  await page.goto(server.baseUrl + '/children/new');
  await fits(page, 'add a child');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await fits(page, 'add a child with errors');

  await fillChild(page, { given: 'Maximilian', family: longName });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Child added').waitFor();
  await fits(page, "the child's details");
  const childUrl = page.url().replace(/\?.*$/, '');

  await page.goto(childUrl + '/edit');
  await fits(page, 'the edit form');
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Reason for this correction (optional)').fill(
    `Confirmed by ${longName} social services, reference ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOP`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Changes saved').waitFor();
  await page.goto(childUrl + '/history');
  await fits(page, 'history');

  // The same child again: the possible duplicate warning; then too young: the age warning.
  await page.goto(server.baseUrl + '/children/new');
  await fillChild(page, { given: 'Maximilian', family: longName });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#possible-duplicates').waitFor();
  await fits(page, 'the possible duplicate warning');
  await page.getByLabel('Year').fill(String(new Date().getFullYear() - 8));
  await page.getByRole('button', { name: /Save/ }).click();
  await page.getByText(/would be 8 today/).waitFor();
  await fits(page, 'the age warning');

  // Someone else saves while this user has the form open: the stale-edit page.
  await page.goto(childUrl + '/edit');
  const other = new Browserless(server.baseUrl);
  await other.signIn('caseworker2');
  const id = childUrl.split('/').pop();
  const theirs = await other.submit(`/children/${id}/edit`, {
    'given-name': 'Maximilian', 'family-name': longName, 'date-of-birth-day': '9', 'date-of-birth-month': '7',
    'date-of-birth-year': year, sex: 'male', ethnicity: 'MWBC', district: 'FOLKESTONE_AND_HYTHE', 'looked-after': 'yes',
    version: '2' });
  assert.equal(theirs.status, 303);
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Someone else changed this record' }).waitFor();
  await fits(page, 'the stale-edit page');

  await page.goto(server.baseUrl + '/children/NOSUCHCHILD');
  await fits(page, 'child not found');
  await page.goto(server.baseUrl + '/no/such/page');
  await fits(page, 'page not found');
  await page.goto(server.baseUrl + '/accessibility');
  await fits(page, 'accessibility statement, signed in');
  await page.goto(server.baseUrl + '/privacy');
  await fits(page, 'privacy notice, signed in');

  await page.goto(server.baseUrl + '/children/new');
  await page.locator('#main-content input[name="csrf_token"]').evaluate((input) => { input.value = 'expired'; });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'This form has expired' }).waitFor();
  await fits(page, 'form expired');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out').waitFor();
  await fits(page, 'signed out');

  assert.deepEqual(problems.filter((p) => !/status of 403/.test(p)), [], 'no console errors');
  await context.close();
});
