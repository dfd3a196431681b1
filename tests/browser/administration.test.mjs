// An administrator's work in a real browser: add a team, add an account (with a mistake
// first), read the password shown once, change the account, disable it, review unused
// accounts, rename a district, change a setting; and the new person's first sign-in, which
// asks for a new password. axe-core checks every page; screenshots go to docs/screenshots
// for the administrator guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot, signInThrough } from '../support/browser.mjs';

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

const signIn = (page, username, password = DEMO_PASSWORD) =>
  signInThrough(page, server.baseUrl, username, { password, waitForHome: false });

test('an administrator keeps teams, places, settings and accounts', async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, 'admin');
  await page.getByRole('heading', { name: /Hello/ }).waitFor();

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Teams', exact: true }).click();
  await page.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
  await checkAccessibility(page, 'teams, none yet');
  await page.getByRole('button', { name: 'Add a team' }).click();
  await page.getByRole('button', { name: 'Add team' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'add a team with errors');
  await page.getByLabel('Code').fill('east');
  await page.getByLabel('Name').fill('East Kent Youth Justice Team');
  for (const district of ['Canterbury', 'Dover', 'Thanet']) await page.getByLabel(district).check();
  await checkAccessibility(page, 'add a team');
  await screenshot(page, 'admin-team-form');
  await page.getByRole('button', { name: 'Add team' }).click();
  await page.getByText('Team saved').waitFor();
  await checkAccessibility(page, 'teams');
  await screenshot(page, 'admin-teams');

  await page.getByRole('link', { name: 'Areas and districts', exact: true }).click();
  await checkAccessibility(page, 'areas and districts');
  await screenshot(page, 'admin-districts');
  await page.getByRole('link', { name: 'Rename Dover' }).click();
  await page.getByLabel('Name of the district').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'rename a district with an error');
  await page.getByLabel('Name of the district').fill('Dover');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Name saved').waitFor();

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await checkAccessibility(page, 'settings');
  await page.getByLabel('How long break-glass access lasts').fill('200');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'settings with an error');
  await page.getByLabel('How long break-glass access lasts').fill('12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved').waitFor();
  await screenshot(page, 'admin-settings');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
  await checkAccessibility(page, 'accounts');
  await screenshot(page, 'admin-accounts');
  await page.getByRole('button', { name: 'Add an account' }).click();
  await page.getByLabel('Username').fill('jo.bloggs');
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'add an account with errors');
  await screenshot(page, 'admin-account-errors');
  await page.getByLabel('Username').fill('jo.bloggs');
  await page.getByLabel('Name', { exact: true }).fill('Jo Bloggs');
  await page.getByLabel('Case manager').check();
  await page.getByLabel('Team', { exact: true }).selectOption('east');
  await page.getByLabel('Line manager').selectOption('manager');
  await page.getByLabel('Working hours').fill('80');
  await page.getByLabel('Caseload capacity').fill('12');
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByRole('heading', { name: 'Account created' }).waitFor();
  await checkAccessibility(page, 'account created');
  await screenshot(page, 'admin-account-created');
  const password = (await page.locator('#new-password').textContent()).trim();

  await page.getByRole('link', { name: 'Go to the account' }).click();
  await page.getByRole('heading', { name: 'Jo Bloggs', level: 1 }).waitFor();
  await checkAccessibility(page, 'account');
  await screenshot(page, 'admin-account');
  await page.getByRole('button', { name: /Change details/ }).click();
  await checkAccessibility(page, 'change an account');
  await page.getByLabel('Transition practitioner').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Account details saved').waitFor();

  // Jo's first sign-in, in another browser: a new password before anything else.
  const jo = await newPage(browser);
  await signIn(jo.page, 'jo.bloggs', password);
  await jo.page.getByRole('heading', { name: 'Change your password' }).waitFor();
  await checkAccessibility(jo.page, 'change your password, required');
  await screenshot(jo.page, 'change-password-required');
  await jo.page.getByLabel('Current password', { exact: true }).fill(password);
  await jo.page.getByLabel('New password', { exact: true }).fill('jo chooses a long pass phrase');
  await jo.page.getByLabel('Type the new password again').fill('jo chooses a long pass phrase');
  await jo.page.getByRole('button', { name: 'Change password' }).click();
  await jo.page.getByText('Your password has been changed').waitFor();
  await checkAccessibility(jo.page, 'password changed');
  await jo.page.goto(server.baseUrl + '/');
  await jo.page.getByRole('heading', { name: /Hello, Jo Bloggs/ }).waitFor();

  await page.reload();
  await page.getByRole('button', { name: 'Disable account' }).click();
  await page.getByText('Account disabled').waitFor();
  await checkAccessibility(page, 'account disabled');
  await jo.page.goto(server.baseUrl + '/');
  assert.match(jo.page.url(), /\/sign-in/);

  await page.goto(server.baseUrl + '/admin/accounts/review');
  await checkAccessibility(page, 'accounts to review');
  await screenshot(page, 'admin-accounts-review');

  assert.deepEqual(problems, []);
  assert.deepEqual(jo.problems, []);
  await jo.context.close();
  await context.close();
});
