// Assessments in a real browser: starting a youth justice assessment, the error summary
// when it is completed with answers missing, completing it, a manager's countersignature,
// a reassessment that starts from its answers, and the two side by side. axe-core checks
// every page, wide and at 320 pixels; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let browser;
let child;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  child = sql(database.db,
    "SELECT public_id FROM children WHERE restricted = 0 AND holding_team_code = 'NORTH' ORDER BY id LIMIT 1");
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

// Answers every question on the form: each text box, and each set of radios with its first
// option (or `choices[legend]` where given).
async function answerEverything(page, choices = {}) {
  for (const box of await page.locator('textarea').all()) {
    if (!(await box.inputValue())) await box.fill('Discussed with the child and their mother at home.');
  }
  for (const group of await page.locator('fieldset').all()) {
    const legend = (await group.locator('legend').innerText()).replace(' (optional)', '');
    const radios = group.locator('input[type=radio]');
    if (await radios.count() === 0) continue;
    if (choices[legend]) await group.getByLabel(choices[legend], { exact: true }).check();
    else if (!(await group.locator('input[type=radio]:checked').count())) await radios.first().check();
  }
}

test('a youth justice assessment completed, countersigned, reassessed and compared', async () => {
  const { page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'unitlead');
  await page.goto(`${server.baseUrl}/children/${child}`);
  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await check(page, 'choosing a template');
  await page.getByLabel('Youth justice assessment').check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Youth justice assessment' }).waitFor();
  await page.getByRole('button', { name: 'Complete the assessment' }).click();
  await page.getByText('There is a problem').waitFor();
  await page.getByText('Enter an answer to “Where and with whom does the child live?”').first().waitFor();
  await check(page, 'the assessment form with errors');
  await screenshot(page, 'assessment-form-errors');

  await answerEverything(page, { 'Likelihood of reoffending': 'Medium', 'Risk of serious harm': 'Medium' });
  await page.getByRole('button', { name: 'Complete the assessment' }).click();
  await page.getByRole('heading', { name: 'Assessment completed' }).waitFor();
  await page.getByText('Offending behaviour').first().waitFor();
  await check(page, 'a completed assessment');
  const completedAt = page.url().replace(/\?.*$/, '');

  const manager = await newPage(browser);
  await signInThrough(manager.page, server.baseUrl, 'manager');
  await manager.page.goto(completedAt);
  await manager.page.getByRole('button', { name: 'Countersign' }).click();
  await manager.page.getByRole('heading', { name: 'Assessment countersigned' }).waitFor();
  assert.deepEqual(manager.problems, []);

  await page.goto(completedAt);
  await page.getByRole('button', { name: 'Reassess, starting from these answers' }).click();
  await page.getByRole('heading', { name: 'Youth justice assessment' }).waitFor();
  await check(page, 'a reassessment, its answers carried forward');
  await screenshot(page, 'assessment-form');
  await page.getByRole('group', { name: 'Likelihood of reoffending' }).getByLabel('High', { exact: true }).check();
  await page.getByRole('button', { name: 'Complete the assessment' }).click();
  await page.getByRole('heading', { name: 'Assessment completed' }).waitFor();
  await screenshot(page, 'assessment');
  await page.getByRole('link', { name: 'compare side by side' }).click();
  await page.getByText('1 answer differs').waitFor();
  await check(page, 'two assessments side by side');
  await screenshot(page, 'assessments-side-by-side');

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByText('Countersigned', { exact: true }).first().waitFor();
  await check(page, 'the list of assessments');
  await screenshot(page, 'assessments');
  assert.deepEqual(problems, []);
});

test('the administrator\'s assessment templates', async () => {
  const { page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'admin');
  await page.getByRole('link', { name: 'Assessment templates' }).click();
  await check(page, 'the assessment templates');
  await page.getByRole('link', { name: 'Signs of Safety mapping' }).click();
  await page.getByText('Scale from 0 to 10').waitFor();
  await check(page, 'a template version');
  await screenshot(page, 'assessment-template');
  assert.deepEqual(problems, []);
});
