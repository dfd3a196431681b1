// Two-factor sign-in in a real browser: enrolling by the key shown on the page, the code
// step at the next sign-in, one's own status page and the administrator's page. axe-core
// checks every page; screenshots go to docs/screenshots for the guides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createDemoDatabase, startServer, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot } from '../support/browser.mjs';
import { keyOnPage, newTwoFactorKey, stepAt, totpForStep } from '../support/totp.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase({ children: 20 });
  execFileSync(binary, ['user', 'add', '--db', database.db, '--username', 'priya.shah', '--role', 'manager',
    '--name', 'Priya Shah'], { input: DEMO_PASSWORD + '\n', stdio: ['pipe', 'ignore', 'inherit'] });
  process.env.PATHWAY_TWO_FACTOR_KEY = newTwoFactorKey();
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

async function signIn(page, username) {
  await page.goto(server.baseUrl + '/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a manager sets up two-factor sign-in, then signs in with a code', async () => {
  const { page: adminPage } = await newPage(browser);
  await signIn(adminPage, 'admin');
  await adminPage.goto(server.baseUrl + '/admin/two-factor');
  await adminPage.getByLabel('Manager', { exact: true }).check();
  await adminPage.getByRole('button', { name: 'Save' }).click();
  await adminPage.getByText('The roles that must use two-factor sign-in are saved').waitFor();
  await checkAccessibility(adminPage, 'two-factor roles');
  await screenshot(adminPage, 'two-factor-roles');

  const { page, problems } = await newPage(browser);
  await signIn(page, 'priya.shah');
  await page.getByRole('heading', { name: 'Set up two-factor sign-in' }).waitFor();
  await checkAccessibility(page, 'two-factor enrolment');
  await screenshot(page, 'two-factor-set-up');
  const key = keyOnPage(await page.content());

  await page.getByLabel('Code').fill('123');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByText('There is a problem').waitFor();
  await checkAccessibility(page, 'two-factor enrolment with an error');

  const step = stepAt();
  await page.getByLabel('Code').fill(totpForStep(key, step));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
  await checkAccessibility(page, 'recovery codes');
  await screenshot(page, 'two-factor-recovery-codes');
  await page.getByRole('link', { name: 'I have saved my recovery codes' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'priya.shah');
  await page.getByRole('heading', { name: 'Enter your two-factor code' }).waitFor();
  await checkAccessibility(page, 'two-factor code');
  await screenshot(page, 'two-factor-code');
  await page.getByLabel('Code').fill(totpForStep(key, step + 1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();

  await page.goto(server.baseUrl + '/account/two-factor');
  await page.getByRole('heading', { name: 'Two-factor sign-in', level: 1 }).waitFor();
  await checkAccessibility(page, 'own two-factor status');
  assert.deepEqual(problems, []);

  // The administrator's page lists her, with a button to reset her second factor.
  await adminPage.goto(server.baseUrl + '/admin/two-factor');
  await adminPage.getByRole('button', { name: 'Reset two-factor sign-in for priya.shah' }).waitFor();
  await checkAccessibility(adminPage, 'two-factor roles with an enrolled account');

  // Leave the demo as it was: no role needs two-factor sign-in.
  await adminPage.getByLabel('Manager', { exact: true }).uncheck();
  await adminPage.getByRole('button', { name: 'Save' }).click();
  await adminPage.getByText('The roles that must use two-factor sign-in are saved').waitFor();
});
