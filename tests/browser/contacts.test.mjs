// A child's contacts in a real browser: scheduling an appointment (with the error summary
// for one in the past), recording what happened at one whose time has come, and the
// contacts list with its expectation. axe-core checks every page, wide and at 320 pixels;
// screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { daysAgo, iso } from '../support/justice_fixture.mjs';

let database;
let server;
let browser;
let child;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  // A child of the case manager "caseworker", with the demo's year of contacts.
  const [id, rowId] = sql(database.db, `SELECT c.public_id || '|' || c.id FROM children c JOIN case_workers w ON w.child_id = c.id
    JOIN staff s ON s.id = w.staff_id WHERE s.username = 'caseworker' AND w.ended_at IS NULL AND c.restricted = 0
    ORDER BY c.id LIMIT 1`).split('|');
  child = { id, rowId };
  sql(database.db, `INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place,
    with_whom, status, created_by, created_at) VALUES (${rowId}, (SELECT id FROM staff WHERE username = 'caseworker'),
    'intervention_session', '${iso(daysAgo(1))}', '11:00', 60, 'Youth justice office', '', 'scheduled', 'caseworker',
    '2026-01-01T00:00:00Z')`);
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('schedule an appointment, record what happened, and the contacts list', async () => {
  const { page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('heading', { name: 'Coming appointments' }).waitFor();
  await check(page, 'the contacts page');

  await page.getByRole('button', { name: 'Schedule an appointment' }).click();
  await page.getByLabel('Kind of appointment').selectOption('home_visit');
  await fillDate(page, 'Date of the appointment', daysAgo(2));
  await page.getByLabel('Time').fill('15:30');
  await page.getByLabel('Place').fill('The child’s home');
  await page.getByRole('button', { name: 'Schedule the appointment' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByText(/The appointment must be in the future/).first().waitFor();
  await check(page, 'the appointment form with errors');
  await fillDate(page, 'Date of the appointment', daysAgo(-6));
  await page.getByLabel('Who else will be there (optional)').fill('His mother');
  await screenshot(page, 'appointment-form');
  await page.getByRole('button', { name: 'Schedule the appointment' }).click();
  await page.getByRole('heading', { name: 'Appointment scheduled' }).waitFor();

  await page.getByRole('link', { name: /Record what happened at the appointment of/ }).first().click();
  await page.getByLabel('Did the child attend?').selectOption('attended');
  await page.getByLabel('How the child engaged').selectOption('good');
  await page.getByLabel('Intervention delivered').selectOption('programme_session');
  await page.getByLabel('The programme’s name').fill('Choices and consequences');
  await page.getByLabel('The need it answered').selectOption('offending_behaviour');
  await page.getByLabel('Note (optional)').fill('Worked through the second session.\nKeen to carry on next week.');
  await check(page, 'the outcome form');
  await screenshot(page, 'appointment-outcome');
  await page.getByRole('button', { name: 'Save what happened' }).click();
  await page.getByRole('heading', { name: 'What happened is recorded' }).waitFor();
  await page.getByText('Programme session: Choices and consequences (Offending behaviour)').first().waitFor();
  await check(page, 'the contacts page with contacts');
  await screenshot(page, 'child-contacts');

  await page.getByRole('link', { name: 'My appointments' }).click();
  await page.getByRole('heading', { name: 'My appointments' }).waitFor();
  await check(page, 'my appointments');
  assert.deepEqual(problems, []);
});
