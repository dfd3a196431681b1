// A child's case formulation and plan in a real browser: writing the formulation, adding an
// objective with no owner refused with the error summary, then with one; adding an action;
// recording a review. axe-core checks every page, wide and at 320 pixels; screenshots go to
// docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { clearPlans } from '../support/plan_fixture.mjs';

let database;
let server;
let browser;
let plan;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  const [id, rowId] = sql(database.db, 'SELECT public_id, id FROM children WHERE restricted = 0 ORDER BY id LIMIT 1').split('|');
  // Start from no plan and no formulation, whatever the demo gave the child.
  clearPlans(database.db, rowId);
  plan = `/children/${id}/plan`;
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

const daysFromNow = (days) => new Date(Date.now() + days * 86400000);

test('writing the formulation, agreeing objectives with the child and reviewing the plan', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'manager');
  await page.goto(`${server.baseUrl}${plan}`);
  await page.getByText('No plan has been agreed yet.', { exact: false }).waitFor();
  await check(page, 'a child with no plan');

  await page.getByRole('button', { name: 'Write the formulation' }).click();
  await page.getByLabel('What has happened').fill('Grew up with domestic abuse at home.\nExcluded from school in Year 9.');
  await page.getByLabel('What helps').fill('Short sessions, walking rather than sitting across a desk.');
  await page.getByLabel('What the child says').fill('People only see what I did, not why.');
  await check(page, 'the formulation form');
  await screenshot(page, 'plan-formulation');
  await page.getByRole('button', { name: 'Save the formulation' }).click();
  await page.getByRole('heading', { name: 'Case formulation saved', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Add an objective' }).click();
  await page.getByLabel('The need it answers').selectOption('education_training_employment');
  await page.getByLabel('In the child’s words (optional)').fill('I want to fix motorbikes, so I need college.');
  await page.getByLabel('The objective in your words').fill('Return to full-time education with support for literacy.');
  await fillDate(page, 'Review date', daysFromNow(60));
  await page.locator('#action-1-description').fill('Visit the college open day together');
  await page.locator('#action-1-who').fill('Sam and his case manager');
  await page.getByRole('button', { name: 'Add the objective' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByRole('link', { name: 'Select who owns the objective' }).waitFor();
  await check(page, 'an objective with no owner refused');
  await screenshot(page, 'plan-objective');
  await page.getByLabel('Owner', { exact: true }).selectOption('agency');
  await page.getByLabel('Name of the parent, carer or partner agency').fill('Maidstone College');
  await page.getByRole('button', { name: 'Add the objective' }).click();
  await page.getByRole('heading', { name: 'Objective added', exact: true }).waitFor();

  await page.getByRole('link', { name: 'Add an action to objective 1' }).click();
  await check(page, 'the action form');
  await page.getByLabel('What is to be done').fill('Enrol for the January intake');
  await page.getByRole('button', { name: 'Add the action' }).click();
  await page.getByRole('heading', { name: 'Action added', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Record a review' }).click();
  await fillDate(page, 'Date of the review', daysFromNow(0));
  await page.getByLabel('Who took part').fill('Sam, his mum and his case manager');
  await page.getByLabel('What changed').fill('College open day went well; enrolment next.');
  await fillDate(page, 'Next review date', daysFromNow(90));
  await check(page, 'the review form');
  await screenshot(page, 'plan-review');
  await page.getByRole('button', { name: 'Record the review' }).click();
  await page.getByRole('heading', { name: 'Review recorded', exact: true }).waitFor();
  await page.getByText('I want to fix motorbikes, so I need college.').waitFor();
  await check(page, 'a plan with a formulation, an objective and a review');
  await screenshot(page, 'plan');

  assert.deepEqual(problems, []);
  await context.close();
});
