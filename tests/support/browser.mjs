// Headless Chromium (Debian's, driven by playwright-core) with axe-core checks and
// screenshots for the user guide.
import { createRequire } from 'node:module';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from './server.mjs';

const require = createRequire(path.resolve('web/package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const screenshotDir = path.resolve('docs/screenshots');

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

// A page that fails the test on any console error (a CSP violation shows up there) and
// records every page it passes through.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    // A form answered with 422 (validation errors) or a deliberate 404 is logged by
    // Chromium as a failed resource, and so is a refused stale edit (409): that is the page
    // working, not a problem.
    const expected = /^Failed to load resource: the server responded with a status of (404|409|422)/;
    if (message.type() === 'error' && !expected.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

// Runs axe-core on the page (WCAG 2.2 A and AA rules) and fails on any violation.
// page.evaluate runs outside the page's CSP, so axe needs no inline script. `except` names
// rules a page breaks knowingly, each with its reason at the call.
export async function checkAccessibility(page, label, { except = [] } = {}) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  const summary = result.violations.filter((v) => !except.includes(v.id)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(summary, [], `axe-core violations on ${label}`);
}

// axe-core on the page as it is, then at 320 pixels wide, where nothing may scroll
// sideways; the page is left at its own size.
export async function checkAccessibilityWideAndNarrow(page, label) {
  await checkAccessibility(page, label);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `${label} is ${width} CSS pixels wide at 320`);
  await checkAccessibility(page, `${label} at 320 pixels`);
  await page.setViewportSize(size);
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

// Signs in through the sign-in form, as a person would, and by default waits for the home
// page (not when a second step or a forced password change comes first).
export async function signInThrough(page, baseUrl, username, { password = DEMO_PASSWORD, waitForHome = true } = {}) {
  await page.goto(baseUrl + '/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (waitForHome) await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

// Types a date into the GOV.UK date input whose fieldset is named `legend`: a Date (its UTC
// day), an ISO date 'YYYY-MM-DD', or the three boxes as typed, [day, month, year] (for a
// date typed wrong on purpose).
export async function fillDate(page, legend, date) {
  let typed;
  if (Array.isArray(date)) {
    typed = date;
  } else if (typeof date === 'string') {
    const [year, month, day] = date.split('-');
    typed = [String(Number(day)), String(Number(month)), year];
  } else {
    typed = [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
  }
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(typed[0]);
  await group.getByLabel('Month').fill(typed[1]);
  await group.getByLabel('Year').fill(typed[2]);
}
