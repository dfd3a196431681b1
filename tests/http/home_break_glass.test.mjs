// The home page tells the people overseeing a child (the allocated worker, the managers
// whose scope covers the case) of records opened with emergency access ("break glass") in
// the last 14 days, and the audit trail records that it showed them. Others, and a home
// page with nothing to tell, show no panel and write no event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { addAccount, allocate, childRowId, clearCaseload, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let duty;      // an out-of-hours duty officer in no team: every record is outside their need to know
let allocated; // caseworker2, North Kent: allocated to the children broken into
let colleague; // caseworker, North Kent: may open those children (their team holds them) but oversees neither
let unitLead;  // the North Kent team manager
let head;      // the head of service
let analyst;   // reads the whole service, holds and allocates no cases

const day = 24 * 3600;
const panel = /<h2 class="govuk-heading-m" id="emergency-access">Records opened with emergency access<\/h2>/;

before(async () => {
  database = createDemoDatabase();
  addAccount(database.db, 'duty.officer', 'case_manager', 'Dee Duty');
  // The allocated worker's home page shows only what these tests give them.
  clearCaseload(database.db, 'caseworker2');
  server = await startServer(database.db);
  // One after another: sign-in turns a burst away ("Too many people are signing in").
  const signedIn = [];
  for (const username of ['duty.officer', 'caseworker2', 'caseworker', 'unitlead', 'manager', 'analyst']) {
    const browser = new Browserless(server.baseUrl);
    const answer = await browser.signIn(username);
    assert.equal(answer.status, 303, username);
    signedIn.push(browser);
  }
  [duty, allocated, colleague, unitLead, head, analyst] = signedIn;
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// A child held by North Kent and allocated to caseworker2, opened by the duty officer.
async function brokenInto(skip, reason) {
  const [child] = untouchedChildren(database.db, 1, skip);
  sql(database.db, `UPDATE children SET holding_team_code = 'NORTH' WHERE public_id = '${child}'`);
  allocate(database.db, child, 'caseworker2');
  const opened = await duty.submit(`/children/${child}/break-glass`, { 'reason-choice': 'out_of_hours', 'reason-details': reason });
  assert.equal(opened.status, 303);
  const name = sql(database.db, `SELECT given_name || ' ' || family_name FROM children WHERE public_id = '${child}'`);
  return { child, name };
}

// As the page writes text (mustache escapes it): a name such as O'Brien.
const html = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  .replaceAll('"', '&quot;').replaceAll("'", '&apos;');

const homeEvents = (username) => count(database.db, 'audit_events', `action = 'home.view' AND actor = '${username}'`);

// Moves the child's grants back, as if opened `days` ago (for 24 hours).
function openedDaysAgo(child, days) {
  const opened = Math.floor(Date.now() / 1000) - days * day;
  sql(database.db, `UPDATE break_glass_grants SET opened_at = ${opened}, expires_at = ${opened + day}
    WHERE child_id = ${childRowId(database.db, child)}`);
}

test('a home page with nothing to tell shows no panel and records nothing', async () => {
  for (const [who, viewer] of [['allocated worker', allocated], ['analyst', analyst]]) {
    const home = await viewer.request('/');
    assert.equal(home.status, 200, who);
    assert.doesNotMatch(home.text, panel, who);
  }
  assert.equal(homeEvents('caseworker2') + homeEvents('analyst'), 0);
});

test('the allocated worker and the managers over the case see the opening on their home page, audited', async () => {
  const { child, name } = await brokenInto(0, 'Arrested overnight, appropriate adult needed');

  for (const [who, viewer, username] of [['allocated worker', allocated, 'caseworker2'], ['unit lead', unitLead, 'unitlead'],
    ['head of service', head, 'manager']]) {
    const home = await viewer.request('/');
    assert.equal(home.status, 200, who);
    assert.match(home.text, panel, who);
    assert.match(home.text, new RegExp(`<a class="govuk-link" href="/children/${child}">${html(name)}</a>`), who);
    assert.match(home.text, /Dee Duty/, who);
    assert.match(home.text, /Out-of-hours duty: Arrested overnight, appropriate adult needed/, who);
    assert.match(home.text, /\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/, who);
    assert.match(home.text, /In force/, who);
    // Named the audit trail's way, so "who has seen this record" lists the home page.
    const details = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'home.view' AND actor = '${username}'`);
    assert.match(details, new RegExp(`shown: .*child:${child}`), who);
  }

  // "Who has seen this record" says so, in plain words.
  const viewers = await unitLead.request(`/children/${child}/viewers`);
  assert.equal(viewers.status, 200);
  assert.match(viewers.text, /Saw on their home page \(early warnings, tasks due, court reports to write, records opened with emergency access\)/);
  // The page filed every event not yet filed before it read: each home page is filed under the child.
  for (const username of ['caseworker2', 'unitlead', 'manager']) {
    assert.equal(count(database.db, 'audit_event_records r JOIN audit_events e ON e.id = r.event_id',
      `e.action = 'home.view' AND e.actor = '${username}' AND r.record_type = 'child' AND r.record_id = '${child}'`), 1, username);
  }

  // A colleague who may open the record but does not oversee it, and a role that oversees
  // no cases, are not told.
  for (const [who, viewer] of [['colleague', colleague], ['analyst', analyst]]) {
    const home = await viewer.request('/');
    assert.doesNotMatch(home.text, new RegExp(child), who);
    assert.doesNotMatch(home.text, /Arrested overnight/, who);
  }
  assert.equal(count(database.db, 'audit_events', `action = 'home.view' AND actor IN ('caseworker', 'analyst') AND detail LIKE '%${child}%'`), 0);
  // The one who broke the glass oversees nothing.
  assert.doesNotMatch((await duty.request('/')).text, panel);
});

test('openings of the last 14 days are listed, ended ones marked so; older ones are not', async () => {
  const { child, name } = await brokenInto(1, 'Police called at 2am');
  openedDaysAgo(child, 13);
  const recent = await allocated.request('/');
  assert.match(recent.text, new RegExp(`>${html(name)}</a>`));
  assert.match(recent.text, /Police called at 2am/);
  assert.match(recent.text, /Ended/);

  openedDaysAgo(child, 15);
  const before = homeEvents('caseworker2');
  const later = await allocated.request('/');
  assert.doesNotMatch(later.text, new RegExp(child));
  assert.doesNotMatch(later.text, /Police called at 2am/);
  assert.equal(homeEvents('caseworker2'), before + 1);  // the first test's child is still shown
  assert.doesNotMatch(sql(database.db, `SELECT detail FROM audit_events WHERE action = 'home.view' AND actor = 'caseworker2' ORDER BY id DESC LIMIT 1`), new RegExp(child));
  // The child's own record still lists it.
  assert.match((await allocated.request(`/children/${child}`)).text, /Police called at 2am/);
});

test('a long list shows the newest and says where to find the rest', async () => {
  // Twenty-five openings this week on children in the service, for the head of service.
  const now = Math.floor(Date.now() / 1000);
  sql(database.db, `INSERT INTO break_glass_grants (child_id, staff_id, reason, opened_at, expires_at)
    SELECT c.id, (SELECT id FROM staff WHERE username = 'duty.officer'), 'Court duty: list ' || c.id, ${now - 3 * day} + c.id, ${now - 2 * day} + c.id
    FROM children c WHERE c.restricted = 0 ORDER BY c.id LIMIT 25`);
  const home = await head.request('/');
  // The head of service's home page also lists the demo county's early warnings: count the
  // children of this panel alone, and expect the audit event to name those of both, once each.
  const section = home.text.slice(home.text.search(panel));
  const rows = section.slice(0, section.indexOf('</table>')).match(/href="\/children\/[A-Z0-9]+"/g) ?? [];
  assert.equal(rows.length, 20);
  assert.match(home.text, /The 20 newest are shown/);
  const warningsAt = home.text.search(/id="early-warnings"/);
  const warned = warningsAt < 0 ? [] : home.text.slice(warningsAt, home.text.indexOf('</table>', warningsAt))
    .match(/href="\/children\/[A-Z0-9]+"/g) ?? [];
  const named = new Set([...rows, ...warned]);
  const detail = sql(database.db, "SELECT detail FROM audit_events WHERE action = 'home.view' AND actor = 'manager' ORDER BY id DESC LIMIT 1");
  assert.equal(detail.match(/child:/g).length, named.size);
});
