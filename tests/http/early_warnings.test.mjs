// A child's circumstances (/children/{id}/circumstances) and the early warnings worked out
// from the records: a change of accommodation or of education, training or employment is
// a dated row of the child's history; a change for the worse is on the home page of the
// allocated worker and of their managers at once (not of a colleague who merely may open
// the record, nor of a role that oversees no cases), saying what changed and when and
// linking to the record, until each marks it seen for themselves (audited); a restricted
// record's warning reaches only those named on it. Bad input is refused with a GOV.UK
// message and saves nothing. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { daysAgo, iso, shown } from '../support/justice_fixture.mjs';
import { post, dateFields, errorSummary } from '../support/practice_fixture.mjs';
import { allocate, childRowId, clearCaseload, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let allocated;  // caseworker2, North Kent: the children below are allocated to them
let lead;       // unitlead: caseworker2's line manager and the North Kent team's manager
let head;       // manager: the head of service
let colleague;  // caseworker, North Kent: may open the children (their team holds them), oversees neither
let analyst;    // reads every record, holds and allocates no cases
let sam;        // { id, rowId }
let jo;

const panel = /<h2 class="govuk-heading-m" id="early-warnings">Early warnings<\/h2>/;

before(async () => {
  database = createDemoDatabase();
  // The allocated worker's home page shows only what these tests give them.
  clearCaseload(database.db, 'caseworker2');
  [sam, jo] = untouchedChildren(database.db, 2).map((id) => {
    sql(database.db, `UPDATE children SET holding_team_code = 'NORTH' WHERE public_id = '${id}'`);
    allocate(database.db, id, 'caseworker2');
    return { id, rowId: childRowId(database.db, id) };
  });
  server = await startServer(database.db);
  const signedIn = [];
  for (const username of ['caseworker2', 'unitlead', 'manager', 'caseworker', 'analyst']) {
    const browser = new Browserless(server.baseUrl);
    assert.equal((await browser.signIn(username)).status, 303, username);
    signedIn.push(browser);
  }
  [allocated, lead, head, colleague, analyst] = signedIn;
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const rows = (query) => sql(database.db, query).split('\n').filter(Boolean);
const historyOf = (c) => rows(`SELECT kind || '|' || status || '|' || suitability || '|' || COALESCE(CAST(hours AS TEXT), '')
  || '|' || from_date || '|' || recorded_by FROM child_circumstances WHERE child_id = ${c.rowId} ORDER BY id`);
// The early warnings panel of a home page, or '' when there is none.
const panelOf = (html) => {
  const start = html.search(panel);
  if (start < 0) return '';
  const end = html.indexOf('</table>', start);
  return html.slice(start, end);
};

test('a change of accommodation or of ETE is a dated row of the history; the first is no warning', async () => {
  const base = `/children/${sam.id}/circumstances`;
  const home = await post(allocated, `${base}/accommodation/new`, { status: 'family_home', suitability: 'suitable',
    ...dateFields('from-date', daysAgo(400)), note: 'Lives with mum and two sisters.' });
  assert.equal(home.status, 303);
  assert.equal(home.headers.get('location'), `${base}?saved=accommodation`);
  const school = await post(allocated, `${base}/ete/new`, { status: 'school', suitability: 'suitable', hours: '25',
    ...dateFields('from-date', daysAgo(300)) });
  assert.equal(school.status, 303);
  assert.deepEqual(historyOf(sam), [`accommodation|family_home|suitable||${iso(daysAgo(400))}|caseworker2`,
    `ete|school|suitable|25|${iso(daysAgo(300))}|caseworker2`]);
  const page = await analyst.request(base);
  assert.equal(page.status, 200);
  assert.match(page.text, /Living with parents or family/);
  assert.match(page.text, /Lives with mum and two sisters\./);
  assert.match(page.text, /No change for the worse in the last 365 days/);
  assert.doesNotMatch(page.text, /Record a change of accommodation/, 'the analyst reads but records no practice');
  assert.equal((await analyst.request(`${base}/ete/new`)).status, 403);
  assert.equal(panelOf((await allocated.request('/')).text), '', 'no change for the worse, no panel');
  const event = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'circumstance.record'
    AND actor = 'caseworker2' ORDER BY id DESC LIMIT 1`);
  assert.match(event, new RegExp(`ete school \\(suitable\\) from ${iso(daysAgo(300))}`));
});

test('a home lost is on the home pages of the worker and their managers at once, saying what and when', async () => {
  const base = `/children/${sam.id}/circumstances`;
  assert.equal((await post(allocated, `${base}/accommodation/new`, { status: 'no_fixed_abode',
    ...dateFields('from-date', daysAgo(2)), note: 'Asked to leave after an argument.' })).status, 303);
  assert.deepEqual(historyOf(sam).at(-1).split('|').slice(0, 3), ['accommodation', 'no_fixed_abode', 'unsuitable']);
  for (const [who, viewer, username] of [['allocated worker', allocated, 'caseworker2'], ['line manager and unit lead', lead, 'unitlead'],
    ['head of service', head, 'manager']]) {
    const home = await viewer.request('/');
    const warnings = panelOf(home.text);
    assert.ok(warnings, `${who} sees the panel`);
    assert.match(warnings, /Accommodation lost: was Living with parents or family, now No fixed abode/, who);
    assert.ok(warnings.includes(`href="/children/${sam.id}/circumstances#accommodation-history"`), who);
    assert.ok(warnings.includes(shown(daysAgo(2))), `${who}: when it happened`);
    assert.match(warnings, /recorded \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/, `${who}: when it was recorded`);
    const detail = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'home.view' AND actor = '${username}'
      ORDER BY id DESC LIMIT 1`);
    assert.match(detail, /^early warnings/, who);
    assert.ok(detail.includes(`child:${sam.id}`), `${who}: the audit trail names the child shown`);
  }
  for (const [who, viewer] of [['colleague', colleague], ['analyst', analyst]]) {
    assert.ok(!panelOf((await viewer.request('/')).text).includes(sam.id), `${who} is not told`);
  }
  const record = await lead.request(base);
  assert.match(record.text, /Accommodation lost/);
  assert.match(record.text, /Mark as seen/);
});

test('marking a warning seen takes it off that person\'s home page only, audited; the record says when', async () => {
  const key = sql(database.db, `SELECT 'circumstance:' || MAX(id) FROM child_circumstances WHERE child_id = ${sam.rowId}`);
  const seen = await post(allocated, `/children/${sam.id}/early-warnings/seen`, { warning: key, 'back-to': 'home' });
  assert.equal(seen.status, 303);
  assert.equal(seen.headers.get('location'), '/#early-warnings');
  assert.ok(!panelOf((await allocated.request('/')).text).includes(sam.id), 'gone from the worker\'s page');
  assert.ok(panelOf((await lead.request('/')).text).includes(sam.id), 'still on the unit lead\'s page');
  assert.equal(count(database.db, 'early_warning_acknowledgements', `warning_key = '${key}'`), 1);
  assert.equal(count(database.db, 'audit_events', `action = 'early_warning.acknowledge' AND actor = 'caseworker2'
    AND record_id = '${sam.id}' AND detail = '${key}: Accommodation lost'`), 1);
  // Once is enough: again, nothing more is written.
  assert.equal((await post(allocated, `/children/${sam.id}/early-warnings/seen`, { warning: key })).status, 303);
  assert.equal(count(database.db, 'audit_events', `action = 'early_warning.acknowledge' AND actor = 'caseworker2'`), 1);
  const record = await allocated.request(`/children/${sam.id}/circumstances?saved=seen`);
  assert.match(record.text, /Early warning marked as seen/);
  const row = record.text.match(new RegExp(`<tr class="govuk-table__row" data-warning="${key}">[\\s\\S]*?</tr>`))[0];
  assert.doesNotMatch(row, /Mark as seen/);
  assert.match(row, /\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/);
  // The unit lead marks it from the record.
  const fromRecord = await post(lead, `/children/${sam.id}/early-warnings/seen`, { warning: key, 'back-to': 'record' });
  assert.equal(fromRecord.headers.get('location'), `/children/${sam.id}/circumstances?saved=seen#early-warnings`);
  assert.ok(!panelOf((await lead.request('/')).text).includes(`data-warning="${key}"`));
  // A warning the child does not have is not found, and nothing is written.
  const unknown = await post(allocated, `/children/${sam.id}/early-warnings/seen`, { warning: 'circumstance:999999999' });
  assert.equal(unknown.status, 404);
  const otherChilds = await post(allocated, `/children/${jo.id}/early-warnings/seen`, { warning: key });
  assert.equal(otherChilds.status, 404, 'a warning is marked seen only on its own child');
  assert.equal(count(database.db, 'early_warning_acknowledgements', `warning_key = '${key}'`), 2);
});

test('a new flag is a warning; a restricted record\'s warning reaches only those named on it', async () => {
  const raised = await post(allocated, `/children/${jo.id}/flags/new`, { 'flag-type': 'child_criminal_exploitation',
    ...dateFields('start-date', daysAgo(1)), ...dateFields('review-date', daysAgo(-60)), reason: 'Found with cash and two phones' });
  assert.equal(raised.status, 303);
  for (const viewer of [allocated, lead, head]) {
    const warnings = panelOf((await viewer.request('/')).text);
    assert.match(warnings, new RegExp(`New flag: Child criminal exploitation, from ${shown(daysAgo(1))}, raised by Dan Kowalczyk`));
    assert.ok(warnings.includes(`href="/children/${jo.id}/flags"`));
  }
  sql(database.db, `UPDATE children SET restricted = 1 WHERE id = ${jo.rowId}`);
  sql(database.db, `INSERT INTO restricted_record_staff (child_id, staff_id) SELECT ${jo.rowId}, id FROM staff WHERE username = 'caseworker2'`);
  assert.ok(panelOf((await allocated.request('/')).text).includes(jo.id), 'named on the record: still told');
  const lastEvent = Number(sql(database.db, 'SELECT MAX(id) FROM audit_events'));
  for (const [who, viewer] of [['unit lead', lead], ['head of service', head]]) {
    const home = await viewer.request('/');
    assert.ok(!home.text.includes(jo.id), `${who}: not named, not told`);
    assert.doesNotMatch(home.text, /Found with cash/, who);
  }
  assert.equal(count(database.db, 'audit_events', `action = 'home.view' AND actor IN ('unitlead', 'manager')
    AND detail LIKE '%${jo.id}%' AND id > ${lastEvent}`), 0);
  sql(database.db, `DELETE FROM restricted_record_staff WHERE child_id = ${jo.rowId}`);
  sql(database.db, `UPDATE children SET restricted = 0 WHERE id = ${jo.rowId}`);
});

test('bad input is refused with GOV.UK errors and saves nothing', async () => {
  const base = `/children/${jo.id}/circumstances`;
  const before = historyOf(jo);
  const empty = await post(allocated, `${base}/accommodation/new`, {});
  assert.equal(empty.status, 422);
  assert.deepEqual(errorSummary(empty.text), ['Choose where the child lives', 'Choose whether the accommodation is suitable',
    'Enter the date it applies from']);
  const future = await post(allocated, `${base}/ete/new`, { status: 'college', suitability: 'suitable', hours: 'lots',
    ...dateFields('from-date', daysAgo(-3)) });
  assert.equal(future.status, 422);
  assert.deepEqual(errorSummary(future.text), ['Enter the hours a week as a whole number from 0 to 60',
    'The date it applies from must be today or in the past']);
  assert.match(future.text, /value="lots"/, 'what was typed is kept');
  const neetHours = await post(allocated, `${base}/ete/new`, { status: 'none', hours: '12', ...dateFields('from-date', daysAgo(3)) });
  assert.deepEqual(errorSummary(neetHours.text), ['Leave the hours blank for a child not in education, training or employment']);
  const wrongKind = await post(allocated, `${base}/ete/new`, { status: 'family_home', suitability: 'suitable',
    ...dateFields('from-date', daysAgo(3)) });
  assert.deepEqual(errorSummary(wrongKind.text), ['Choose the education, training or employment']);
  assert.equal((await allocated.request(`${base}/hobbies/new`)).status, 404);
  assert.deepEqual(historyOf(jo), before, 'nothing saved');
  const refused = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.circumstance_form'
    AND actor = 'caseworker2' ORDER BY id DESC LIMIT 1`);
  assert.equal(refused, 'ete: nothing saved, the form had errors');
});
