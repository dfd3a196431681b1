// A case manager records a child's offence, naming a co-defendant found by name, and then
// its outcome, in a real browser: the offences and outcomes page, both forms with their
// errors, and the page after saving. axe-core checks every page, wide and at 320 pixels;
// screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let browser;
let child;        // held by the case manager's team
let codefendant;  // another child of the same team

before(async () => {
  database = createDemoDatabase({ children: 40 });
  server = await startServer(database.db);
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
  const add = async (given, family, day) => {
    const saved = await staff.submit('/children/new', {
      'given-name': given, 'family-name': family, 'date-of-birth-day': String(day), 'date-of-birth-month': '4',
      'date-of-birth-year': String(new Date().getFullYear() - 16), sex: 'male', ethnicity: 'WBRI', district: 'MAIDSTONE',
      'looked-after': 'no',
    });
    assert.equal(saved.status, 303);
    return { id: saved.headers.get('location').match(/^\/children\/([A-Z0-9]+)\?/)[1], given, family };
  };
  child = await add('Kieran', 'Ashworth-Bell', 3);
  codefendant = await add('Tyrese', 'Okafor-Lyle', 9);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

async function check(page, label) {
  await checkAccessibility(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${label} is ${width} CSS pixels wide at 320`);
  await checkAccessibility(page, `${label} at 320 pixels`);
  await page.setViewportSize(size);
}

test('a case manager records an offence with a co-defendant, then its outcome', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Offences and outcomes' }).click();
  await page.getByText('No offences are recorded for this child.').waitFor();
  await check(page, 'offences, none yet');

  await page.getByRole('button', { name: 'Record an offence' }).click();
  await page.getByRole('heading', { name: 'Record an offence', level: 1 }).waitFor();
  await check(page, 'offence form');
  const year = String(new Date().getFullYear() - 1);
  await fillDate(page, /Date of the offence/, ['31', '2', year]);
  await page.getByRole('button', { name: 'Save offence' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'offence form with errors');
  await screenshot(page, 'offence-form-errors');

  await fillDate(page, /Date of the offence/, ['14', '2', year]);
  await page.getByLabel('Category').selectOption('robbery');
  await page.getByLabel('YJB seriousness score').fill('5');
  await page.getByLabel('Description (optional)').fill('Took a mobile phone from another pupil outside school');
  await page.getByLabel('Find a child by name').fill('Okafor-Lyle');
  await page.getByRole('button', { name: 'Find child' }).click();
  await page.getByLabel(/Tyrese Okafor-Lyle, born/).check();
  await check(page, 'offence form with a co-defendant found');
  await screenshot(page, 'offence-form');
  await page.getByRole('button', { name: 'Save offence' }).click();
  await page.getByRole('heading', { name: 'Offence recorded' }).waitFor();

  await page.getByRole('button', { name: 'Record an outcome' }).click();
  await page.getByRole('heading', { name: 'Record an outcome', level: 1 }).waitFor();
  await check(page, 'outcome form');
  await page.getByLabel('Type of outcome').selectOption('referral_order');
  await fillDate(page, /Date of the outcome/, ['10', '4', year]);
  const offence = page.getByLabel(/14 February .*: Robbery/);
  await offence.check();
  await page.getByLabel('Court (court outcomes)').fill('Maidstone Youth Court');
  await fillDate(page, /Date of conviction/, ['10', '4', year]);
  await fillDate(page, /Start date/, ['2', '5', year]);
  await fillDate(page, /End date/, ['1', '11', year]);
  await page.getByLabel('Length in months (optional)').fill('6');
  await page.getByLabel('Completion').selectOption('completed');
  await page.getByLabel('Education, training or employment at the end').selectOption('suitable');
  await page.getByLabel('Accommodation at the end').selectOption('suitable');
  await screenshot(page, 'outcome-form');
  await offence.uncheck();
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'outcome form with errors');
  await page.getByLabel(/14 February .*: Robbery/).check();
  await page.getByRole('button', { name: 'Save outcome' }).click();
  await page.getByRole('heading', { name: 'Outcome recorded' }).waitFor();
  await check(page, 'offences and outcomes');
  await screenshot(page, 'offences-and-outcomes');
  const text = await page.locator('main').innerText();
  assert.match(text, /Referral order/);
  assert.match(text, /Tyrese Okafor-Lyle/);

  // The co-defendant's own record names the child.
  await page.getByRole('link', { name: 'Tyrese Okafor-Lyle' }).click();
  await page.getByRole('heading', { name: 'Named as a co-defendant' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Kieran Ashworth-Bell/);
  await check(page, 'named as a co-defendant');
  assert.equal(sql(database.db, `SELECT COUNT(*) FROM outcomes o JOIN children c ON c.id = o.child_id WHERE c.public_id = '${child.id}'`), '1');
  assert.deepEqual(problems, []);
  await context.close();
});
