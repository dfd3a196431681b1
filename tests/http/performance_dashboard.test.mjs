// The performance dashboard (/performance), the children behind each of its numbers
// (/performance/children) and the targets (/performance/targets), on the demo county: every
// count links to a list exactly as long as the count; a list names only the children the
// viewer may find and counts the rest; a team's figures are its districts'; bad input is
// refused with the GOV.UK error summary and a 400; a change to the record shows on the next
// request; only managers set targets, which are checked, saved, audited and cleared. Runs on
// both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let tom;    // head of service
let admin;  // sees the figures, lists no child

before(async () => {
  database = createDemoDatabase({ children: 200 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const decode = (text) => text.replace(/&amp;/g, '&');

// The drill-down links of a dashboard page with the count each shows.
function countLinks(html) {
  return [...html.matchAll(/<a class="govuk-link" href="(\/performance\/children\?[^"]+)">(\d+) /g)]
    .map(([, href, n]) => ({ href: decode(href), count: Number(n) }));
}

function listed(html) {
  return {
    count: Number(html.match(/id="count">(\d+) /)[1]),
    hidden: Number(html.match(/id="hidden">(\d+) more/)?.[1] ?? 0),
    rows: (html.match(/data-label="Name"/g) ?? []).length,
  };
}

// A quarter of the demo's with every kind of record in it: the year before last's second.
const quarter = `${new Date().getUTCFullYear() - 1}-Q2`;

test('the dashboard shows each headline measure against the two quarters before, in words and a chart with its table', async () => {
  const page = await amara.request(`/performance?quarter=${quarter}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1 class="govuk-heading-l">Performance<\/h1>/);
  assert.match(page.text, /for the whole service/);
  const sections = page.text.split('class="app-performance-measure"').length - 1;
  assert.ok(sections >= 5, `a section per headline measure (${sections})`);
  assert.equal((page.text.match(/role="img"/g) ?? []).length, sections, 'a chart in each');
  assert.equal((page.text.match(/<table class="govuk-table app-table--stacked">/g) ?? []).length, sections, 'a table beside each chart');
  assert.match(page.text, /On target|Off target/, 'the standing against the target in words');
  assert.match(page.text, /Custodial sentences/);
  assert.match(page.text, /href="\/performance\?|href="\/performance\/reoffending/);
  assert.match(page.text, /aria-current="page"[^>]*>(<strong[^>]*>)?Performance/, 'the navigation marks Performance');
});

test('every count on the dashboard links to a list of exactly that many records', async () => {
  const page = await tom.request(`/performance?quarter=${quarter}`);
  const links = countLinks(page.text);
  assert.ok(links.length > 10, `the counts link to their children (${links.length})`);
  assert.ok(links.some((link) => link.count > 0), 'some counts are not zero');
  for (const link of links.filter((l, i, all) => all.findIndex((m) => m.href === l.href) === i)) {
    const list = await tom.request(link.href);
    assert.equal(list.status, 200, link.href);
    const { count, hidden, rows } = listed(list.text);
    assert.equal(count, link.count, `${link.href}: the list's count is the dashboard's`);
    // A hundred to a page.
    assert.equal(rows, Math.min(100, count - hidden), `${link.href}: every record counted is listed or counted as not shown`);
  }
});

test("a team's figures are those of the districts it covers", async () => {
  const districts = sql(database.db, "SELECT district_code FROM team_districts WHERE team_code = 'NORTH' ORDER BY district_code")
    .split('\n').filter(Boolean);
  assert.ok(districts.length > 1);
  const sum = async (query) => {
    const list = await tom.request(`/performance/children?measure=custody.court_disposals&quarter=${quarter}&${query}`);
    assert.equal(list.status, 200, query);
    return listed(list.text).count;
  };
  let total = 0;
  for (const district of districts) total += await sum(`district=${district}`);
  assert.equal(await sum('team=NORTH'), total);
  const teamPage = await tom.request(`/performance?quarter=${quarter}&team=NORTH`);
  assert.equal(teamPage.status, 200);
  assert.match(teamPage.text, /North Kent[^<(]*\(team\)/);
});

test('a list names only the children the viewer may find and counts the others', async () => {
  const href = `/performance/children?measure=custody.court_disposals&quarter=${quarter}`;
  const full = listed((await tom.request(href)).text);
  assert.ok(full.count > 0);
  // The administrator reads no child's record: every record is counted, none named.
  const none = await admin.request(href);
  assert.equal(none.status, 200);
  assert.deepEqual(listed(none.text), { count: full.count, hidden: full.count, rows: 0 });
  assert.match(none.text, /more records, of children you may not see/);
  // A restricted child is named only to those named on it: every row of theirs goes.
  const page = (await amara.request(href)).text;
  const before = listed(page);
  const [, child] = page.match(/href="\/children\/([A-Z0-9]+)"/);
  const rows = page.split(`href="/children/${child}"`).length - 1;
  sql(database.db, `UPDATE children SET restricted = 1 WHERE public_id = '${child}'`);
  try {
    const after = listed((await amara.request(href)).text);
    assert.equal(after.count, before.count, 'the number does not change');
    assert.equal(after.hidden, before.hidden + rows, 'the restricted child is not named');
    assert.equal(after.rows, before.rows - rows);
  } finally {
    sql(database.db, `UPDATE children SET restricted = 0 WHERE public_id = '${child}'`);
  }
});

test('a list is audited with the children it shows', async () => {
  const href = `/performance/children?measure=custody.court_disposals&quarter=${quarter}`;
  const last = Number(sql(database.db, 'SELECT COALESCE(MAX(id), 0) FROM audit_events'));
  const page = await amara.request(href);
  const shown = [...page.text.matchAll(/href="\/children\/([A-Z0-9]+)"/g)].map(([, id]) => id);
  assert.ok(shown.length > 0);
  const detail = sql(database.db, `SELECT detail FROM audit_events WHERE id > ${last} AND actor = 'caseworker' AND action = 'performance.children'`);
  assert.match(detail, new RegExp(`^custody\\.court_disposals quarter=${quarter}`));
  for (const id of shown) assert.ok(detail.includes(`child:${id}`), `the event names ${id}`);
});

test('bad input gets the error summary and a 400, and shows no figures', async () => {
  for (const [query, message] of [
    ['district=NOWHERE', 'There is no district with the code NOWHERE'],
    ['area=NOWHERE', 'There is no area with the code NOWHERE'],
    ['team=NOTEAM', 'There is no team with the code NOTEAM'],
    ['district=DOVER&area=WEST', 'Choose one area, district or team, not several'],
    ['quarter=2026-Q5', 'is not a quarter written like 2026-Q3'],
  ]) {
    const page = await amara.request(`/performance?${query}`);
    assert.equal(page.status, 400, query);
    assert.match(page.text, /govuk-error-summary/, query);
    assert.ok(page.text.includes(message), `${query}: ${message}`);
    assert.doesNotMatch(page.text, /app-performance-measure/, `${query}: no figures`);
  }
  const list = await amara.request('/performance/children?measure=custody.percent_of_court_disposals');
  assert.equal(list.status, 400);
  assert.match(list.text, /is not a figure that counts children/);
  const reoffending = await amara.request('/performance/children?measure=reoffending.cohort');
  assert.equal(reoffending.status, 400);
  assert.match(reoffending.text, /reoffending tracker/);
});

test('a change to the record shows on the next request', async () => {
  const thisQuarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
  const href = `/performance/children?measure=remands.episodes&quarter=${thisQuarter}`;
  const before = listed((await tom.request(href)).text).count;
  const child = sql(database.db, 'SELECT id FROM children ORDER BY id LIMIT 1');
  const today = new Date().toISOString().slice(0, 10);
  sql(database.db, `INSERT INTO remands (exchange_id, child_id, start_date, remand_type, created_at)
    VALUES ('DASH-R1', ${child}, '${today}', 'remand_youth_detention', '${today}T00:00:00Z')`);
  assert.equal(listed((await tom.request(href)).text).count, before + 1);
  sql(database.db, "DELETE FROM remands WHERE exchange_id = 'DASH-R1'");
  assert.equal(listed((await tom.request(href)).text).count, before);
});

test('everyone who signs in sees the figures; a panel volunteer is shown no child; only managers set targets', async () => {
  const volunteer = new Browserless(server.baseUrl);
  await volunteer.signIn('volunteer');
  assert.equal((await volunteer.request('/performance')).status, 200);
  assert.match((await volunteer.request('/')).text, /href="\/performance"/, 'the menu has Performance');
  const href = `/performance/children?measure=custody.court_disposals&quarter=${quarter}`;
  const list = listed((await volunteer.request(href)).text);
  assert.ok(list.count > 0);
  assert.deepEqual(list, { count: list.count, hidden: list.count, rows: 0 });
  assert.equal((await amara.request('/performance/targets')).status, 403);
  assert.doesNotMatch((await amara.request('/performance')).text, /Set targets/);
  assert.match((await tom.request('/performance')).text, /Set targets/);
});

test('targets: bad input is refused and changes nothing; a good one is saved, audited, shown and cleared', async () => {
  const field = 'target-custody-percent_of_court_disposals';
  const before = count(database.db, 'measure_targets');
  for (const [typed, message] of [
    ['lots', 'as a number, like 3.5'],
    ['150', 'it must be 100 or less'],
    ['-2', 'must be 0 or more'],
  ]) {
    const answer = await tom.submit('/performance/targets?district=DOVER', { district: 'DOVER', [field]: typed });
    assert.equal(answer.status, 422, typed);
    assert.match(answer.text, /govuk-error-summary/, typed);
    assert.ok(answer.text.includes(message), `${typed}: ${message}`);
    assert.ok(answer.text.includes(`value="${typed}"`), `${typed}: what was typed is kept`);
  }
  assert.equal(count(database.db, 'measure_targets'), before, 'nothing saved');

  const saved = await tom.submit('/performance/targets?district=DOVER', { district: 'DOVER', [field]: '2.5%' });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), '/performance/targets?district=DOVER&done=saved');
  assert.equal(sql(database.db, `SELECT target_value FROM measure_targets WHERE measure_key = 'custody.percent_of_court_disposals'
    AND scope_kind = 'district' AND scope_code = 'DOVER'`), '2.5');
  assert.equal(count(database.db, 'audit_events', `actor = 'manager' AND action = 'measure_target.set'
    AND record_id = 'custody.percent_of_court_disposals district=DOVER'`), 1);
  const dover = await tom.request(`/performance?quarter=${quarter}&district=DOVER`);
  assert.match(dover.text, /target 2\.5%/);
  const shown = await tom.request('/performance/targets?district=DOVER');
  assert.ok(shown.text.includes(`id="${field}" name="${field}" type="text" inputmode="decimal" value="2.5"`));

  const cleared = await tom.submit('/performance/targets?district=DOVER', { district: 'DOVER', [field]: '' });
  assert.equal(cleared.status, 303);
  assert.equal(count(database.db, 'measure_targets', "scope_kind = 'district' AND scope_code = 'DOVER'"), 0);
  assert.equal(count(database.db, 'audit_events', "action = 'measure_target.clear'"), 1);
});
