// "Check before you save" and "Someone else changed this record" take focus when they
// open, as the error summary does, so that keyboard and screen reader users meet the
// warning first; with JavaScript and without (the warning uses `autofocus`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, DEMO_PASSWORD } from '../support/server.mjs';
import { launchBrowser, newPage, checkAccessibility, screenshot } from '../support/browser.mjs';

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

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const javaScriptEnabled of [true, false]) {
  test(`the warning before saving takes focus (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const { context, page, problems } = await newPage(browser, { javaScriptEnabled });
    await page.goto(server.baseUrl + '/sign-in');
    await page.getByLabel('Username').fill('caseworker');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();

    await page.goto(server.baseUrl + '/children/new');
    await page.getByLabel('Given name').fill('Tiny');
    await page.getByLabel('Family name').fill(javaScriptEnabled ? 'Focusworthy' : 'Scriptless');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Year').fill(String(new Date().getFullYear() - 8));
    await page.getByLabel('Female').check();
    await page.getByLabel('Home district').selectOption('DOVER');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Check before you save').waitFor();
    await page.waitForLoadState('load');
    assert.equal(await focusedId(page), 'check-before-saving');
    if (javaScriptEnabled) {
      await checkAccessibility(page, 'check before you save, focused');
      await screenshot(page, 'check-before-saving');
    }
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByText('Child added').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}
