// A unit lead's allocation work in a real browser: the unallocated queue, allocating a case
// manager with an intensity, adding a practitioner, the team's caseloads and one worker's;
// then the case manager's own caseload. axe-core checks every page, wide and at 320 pixels;
// screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { allocationStaff as people, addAllocationStaff, addHeldChild } from '../support/allocation_fixture.mjs';

let database;
let server;
let browser;
const children = [];

before(async () => {
  database = createDemoDatabase({ children: 30 });
  addAllocationStaff(database.db);
  server = await startServer(database.db);
  for (const [given, family] of [['Maisie', 'Okonkwo-Hart'], ['Jayden', 'Kowalski'], ['Leah', 'Brennan']]) {
    children.push(await addHeldChild(server, database.db, { given, family }));
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

const signIn = (page, username) => signInThrough(page, server.baseUrl, username);

test('a unit lead allocates from the queue and reads the caseloads; a case manager reads theirs', async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, people.lead.username);

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Team caseloads' }).click();
  await page.getByRole('heading', { name: 'Team caseloads', level: 1 }).waitFor();
  await page.getByRole('link', { name: /Unallocated cases/ }).click();
  await page.getByRole('heading', { name: 'Unallocated cases', level: 1 }).waitFor();
  await check(page, 'unallocated cases');
  await screenshot(page, 'unallocated-cases');

  await page.getByRole('link', { name: 'Allocate Jayden Kowalski' }).click();
  await page.getByRole('heading', { name: 'Allocate a case manager' }).waitFor();
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'allocation with an error');
  await page.getByLabel('Case manager', { exact: true }).selectOption(people.dan.username);
  await page.getByLabel('Intensity', { exact: true }).selectOption('intensive');
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  await page.getByText('Case manager allocated').waitFor();
  await page.getByLabel('Practitioner and their role on the case').selectOption(`transition_practitioner:${people.tom.username}`);
  await page.getByRole('button', { name: 'Add practitioner' }).click();
  await page.getByText('Practitioner added').waitFor();
  await page.getByLabel('Case manager', { exact: true }).selectOption(people.amara.username);
  await page.getByLabel('Reason', { exact: true }).fill('Dan’s hours are reduced');
  await page.getByRole('button', { name: 'Reallocate', exact: true }).click();
  await page.getByText('Case manager allocated').waitFor();
  await check(page, 'allocation');
  await screenshot(page, 'child-allocation');

  for (const id of [children[0], children[2]]) {
    await page.goto(`${server.baseUrl}/children/${id}/allocation`);
    await page.getByLabel('Case manager', { exact: true }).selectOption(people.dan.username);
    await page.getByLabel('Intensity', { exact: true }).selectOption('intensive');
    await page.getByRole('button', { name: 'Allocate', exact: true }).click();
    await page.getByText('Case manager allocated').waitFor();
  }
  await page.goto(server.baseUrl + '/caseloads/team');
  await page.getByText('Over capacity').first().waitFor();
  await check(page, 'team caseloads');
  await screenshot(page, 'team-caseloads');
  await page.getByRole('link', { name: 'Dan Parttime' }).click();
  await page.getByRole('heading', { name: 'Dan Parttime’s caseload' }).waitFor();
  await check(page, 'worker caseload');
  await screenshot(page, 'worker-caseload');

  const amara = await newPage(browser);
  await signIn(amara.page, people.amara.username);
  await amara.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My caseload' }).click();
  await amara.page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
  assert.equal(await amara.page.getByRole('link', { name: 'Kowalski, Jayden' }).count(), 1);
  await check(amara.page, 'my caseload');
  await screenshot(amara.page, 'my-caseload');

  assert.deepEqual([...problems, ...amara.problems], []);
  // Only Dan's allocation of Jayden ended, by the reallocation.
  assert.equal(sql(database.db, `SELECT COUNT(*) FROM case_workers w JOIN staff s ON s.id = w.staff_id
    WHERE s.team_code = 'ALLOC_A' AND w.ended_at IS NOT NULL`), '1');
  await amara.context.close();
  await context.close();
});
