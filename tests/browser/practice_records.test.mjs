// A case manager writes and searches a child's case notes, a manager corrects one, a flag
// is raised and shows in the identity bar on the record (one past its review date marked),
// and the family and network are recorded, in a real browser. axe-core checks every page,
// wide and at 320 pixels; screenshots go to docs/screenshots for the user guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibilityWideAndNarrow as check, screenshot, signInThrough, fillDate } from '../support/browser.mjs';
import { sql } from '../support/sqlite.mjs';
import { childOfCaseworker } from '../support/practice_fixture.mjs';

let database;
let server;
let browser;
let child;
const today = new Date();

before(async () => {
  database = createDemoDatabase({ children: 40 });
  server = await startServer(database.db);
  child = childOfCaseworker(database.db);
  // A flag already past its review date, written straight in (the form refuses one).
  const past = new Date(Date.now() - 5 * 86400000).toISOString().slice(0, 10);
  const start = new Date(Date.now() - 120 * 86400000).toISOString().slice(0, 10);
  sql(database.db, `INSERT INTO child_flags (child_id, flag_type, start_date, review_date, reason, raised_at, raised_by,
    raised_by_name) VALUES (${child.rowId}, 'child_criminal_exploitation', '${start}', '${past}',
    'Found with cash and a second phone', '2026-01-01T00:00:00Z', 'caseworker', 'Amara Nwosu')`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

test('a case manager writes and searches case notes; a manager corrects one', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  await page.getByRole('link', { name: 'Case notes' }).click();
  await page.getByText('No case notes have been written for this child yet.').waitFor();
  await check(page, 'case notes, none yet');

  for (const [summary, body] of [['Home visit', 'Seen at home with mum. Talked about college.'],
    ['Office appointment', 'Arrived on time; we went through the reparation plan.']]) {
    await page.goto(`${server.baseUrl}/children/${child.id}/case-notes`);
    await page.getByRole('button', { name: 'Add a case note' }).click();
    await page.getByRole('heading', { name: 'Add a case note', level: 1 }).waitFor();
    await page.getByLabel('Contact with the child').check();
    await page.getByLabel('Summary').fill(summary);
    await page.getByLabel('Note', { exact: true }).fill(body);
    if (summary === 'Home visit') {
      await page.getByLabel('Summary').fill('');
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.getByText('There is a problem').waitFor();
      await check(page, 'case note form with errors');
      await page.getByLabel('Summary').fill(summary);
    }
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('heading', { name: 'Case note saved' }).waitFor();
  }
  await check(page, 'a case note');
  await page.getByRole('link', { name: 'Back to case notes' }).click();
  await check(page, 'case notes');
  await screenshot(page, 'case-notes');
  await page.getByLabel('Words').fill('college');
  await page.getByRole('button', { name: 'Search notes' }).click();
  await page.getByText('1 note found').waitFor();
  await check(page, 'case notes searched');
  await screenshot(page, 'case-notes-search');
  assert.deepEqual(problems, []);
  await context.close();

  const manager = await newPage(browser);
  await signInThrough(manager.page, server.baseUrl, 'unitlead');
  await manager.page.goto(`${server.baseUrl}/children/${child.id}/case-notes`);
  await manager.page.getByRole('link', { name: 'Home visit' }).click();
  await manager.page.getByRole('link', { name: 'Correct this note' }).click();
  await manager.page.getByRole('heading', { name: 'Correct a case note', level: 1 }).waitFor();
  await check(manager.page, 'case note correction form');
  await manager.page.getByLabel('Note', { exact: true }).fill('Seen at home with his aunt. Talked about college.');
  await manager.page.getByLabel('Why you are correcting the note').fill('It was his aunt, not his mother');
  await manager.page.getByRole('button', { name: 'Save correction' }).click();
  await manager.page.getByRole('heading', { name: 'Correction saved' }).waitFor();
  await check(manager.page, 'a corrected case note');
  await screenshot(manager.page, 'case-note-corrected');
  assert.match(await manager.page.locator('main').innerText(), /Seen at home with mum/);
  assert.deepEqual(manager.problems, []);
  await manager.context.close();
});

test('a flag is raised and shows in the identity bar; the network is recorded', async () => {
  const { context, page, problems } = await newPage(browser);
  await signInThrough(page, server.baseUrl, 'caseworker');
  await page.goto(`${server.baseUrl}/children/${child.id}`);
  const bar = page.getByRole('region', { name: /Flags for/ });
  assert.match(await bar.innerText(), /Child criminal exploitation: review due/);
  await check(page, 'the record with the identity bar');
  await screenshot(page, 'identity-bar');

  await page.getByRole('link', { name: 'Flags', exact: true }).click();
  await page.getByRole('button', { name: 'Raise a flag' }).click();
  await page.getByRole('heading', { name: 'Raise a flag', level: 1 }).waitFor();
  await check(page, 'flag form');
  await page.getByLabel('MAPPA', { exact: true }).check();
  await page.getByLabel('Level 2').check();
  await fillDate(page, /Review date/, new Date(today.getTime() + 90 * 86400000));
  await page.getByLabel('Why the flag is raised').fill('Agreed at the MAPPA meeting');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Flag raised' }).waitFor();
  assert.match(await bar.innerText(), /MAPPA level 2/);
  await check(page, 'flags');
  await screenshot(page, 'flags');

  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await page.getByRole('link', { name: 'Add a family member, carer or other person' }).click();
  await page.getByLabel('Name').fill('Kerry Ward');
  await page.getByLabel('Who they are to the child').selectOption({ label: 'Mother' });
  await page.getByLabel('Email (optional)').fill('kerry at home');
  await page.getByRole('group', { name: /parental responsibility/ }).getByLabel('Yes').check();
  await page.getByRole('group', { name: /May the service contact them/ }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('There is a problem').waitFor();
  await check(page, 'network form with errors');
  await page.getByLabel('Email (optional)').fill('kerry@example.com');
  await page.getByLabel('If not, why not').fill('The child asked that mum is not contacted about appointments');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Added to the network' }).waitFor();
  await page.getByRole('link', { name: 'Add a professional' }).click();
  await page.getByLabel('Name').fill('Jo Patel');
  await page.getByLabel('Role').selectOption({ label: 'Social worker' });
  await page.getByLabel('Agency').fill("Kent children's services");
  await page.getByRole('group', { name: /May the service contact them/ }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Added to the network' }).waitFor();
  await check(page, 'network');
  await screenshot(page, 'network');
  assert.deepEqual(problems, []);
  await context.close();
});
