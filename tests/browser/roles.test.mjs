// Each role's home page in a real browser, checked by axe-core: what the role may use and
// nothing else. The children list as a case manager shows other teams' children as
// identity-only rows. Screenshots for the user guide and docs/security.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot, signInThrough } from '../support/browser.mjs';
import { personas } from '../http/access/personas.mjs';

let database;
let server;
let browser;

before(async () => {
  database = createDemoDatabase({ children: 150 });
  server = await startServer(database.db);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  database?.remove();
});

const signIn = (page, username) => signInThrough(page, server.baseUrl, username);

// The home pages the user guide shows; the others are checked but not pictured.
const pictured = new Set(['case_manager', 'unit_lead', 'administrator', 'data_protection_officer', 'panel_volunteer']);

for (const [persona, username] of Object.entries(personas)) {
  test(`the ${persona.replaceAll('_', ' ')}'s home page`, async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, username);
    await checkAccessibility(page, `${persona} home`);
    const links = await page.locator('nav a, main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    const searches = links.includes('/children');
    const mayAdd = links.includes('/children/new');
    const readers = ['administrator', 'panel_volunteer'];
    assert.equal(searches, !readers.includes(persona), `${persona}: a Children link only for roles that may search`);
    assert.equal(mayAdd, ['head_of_service', 'unit_lead', 'case_manager', 'transition_practitioner', 'business_support'].includes(persona),
      `${persona}: Add a child only for roles that may add`);
    if (pictured.has(persona)) await screenshot(page, `home-${persona.replaceAll('_', '-')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("a case manager sees other teams' children as identity-only rows", async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, 'caseworker');
  await page.goto(server.baseUrl + '/children');
  await page.getByRole('heading', { name: 'Children', level: 1 }).waitFor();
  await checkAccessibility(page, 'children list as a case manager');
  const identityOnly = page.getByText('Not your case: ask who holds it');
  assert.ok(await identityOnly.count() > 0, 'some rows are identity-only');
  await screenshot(page, 'children-need-to-know');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a case manager\'s home page lists records on their caseload opened with emergency access', async () => {
  const { context, page, problems } = await newPage(browser);
  await signIn(page, 'caseworker');
  // The demo county has one from three days ago on a child of this account's caseload.
  const table = page.getByRole('table', { name: /opened after giving a reason, in the last 14 days/ });
  await page.getByRole('heading', { name: 'Records opened with emergency access', level: 2 }).waitFor();
  assert.equal(await table.locator('tbody tr').count(), 1);
  assert.match(await table.innerText(), /Oliver Grant[\s\S]*Ended[\s\S]*Out-of-hours duty: Police called overnight/);
  await checkAccessibility(page, 'a case manager\'s home page with records opened with emergency access');
  await page.locator('#emergency-access').scrollIntoViewIfNeeded();
  await screenshot(page, 'home-emergency-access');
  await table.getByRole('link').click();
  await page.getByRole('heading', { name: 'Emergency access', level: 2 }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
