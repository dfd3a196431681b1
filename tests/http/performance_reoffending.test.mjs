// The live reoffending tracker and the YJB indicators over HTTP, on the demo county: every
// cohort's figures are `pathway kpi`'s for the same quarter and scope; a cohort's list names
// only the children the viewer may list, counts the others, and is audited with the children
// it showed; bad input is refused with a GOV.UK error summary. On SQLite, or PostgreSQL when
// the suite runs there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createDemoDatabase, startServer, Browserless, binary } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
const signedIn = {};

before(async () => {
  database = createDemoDatabase({ children: 300 });
  server = await startServer(database.db);
  for (const username of ['manager', 'caseworker', 'volunteer', 'partner']) {
    signedIn[username] = new Browserless(server.baseUrl);
    await signedIn[username].signIn(username);
  }
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The first and last days of a quarter written 2025-Q2.
function quarterDays(quarter) {
  const [year, number] = quarter.split('-Q').map(Number);
  const first = new Date(Date.UTC(year, (number - 1) * 3, 1));
  const last = new Date(Date.UTC(year, number * 3, 0));
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

function kpi(quarter, scope = []) {
  const [from, to] = quarterDays(quarter);
  const result = spawnSync(binary, ['kpi', '--db', database.db, '--from', from, '--to', to, ...scope], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

function percent(part, whole) {
  return whole === 0 ? 'no figure' : `${(part / whole * 100).toFixed(1)}%`;
}

function cell(row, label) {
  const match = row.match(new RegExp(`data-label="${label}">([^<]*)<`));
  return match ? match[1].trim() : undefined;
}

// The rows of the tracker's cohort table: quarter label and figures.
function cohortRows(html) {
  const table = html.slice(html.indexOf('id="cohorts"'), html.indexOf('</table>', html.indexOf('id="cohorts"')));
  return table.split('<tr class="govuk-table__row">').slice(2).map((row) => ({
    quarter: row.match(/\?quarter=(\d{4}-Q\d)/)?.[1],
    children: Number(cell(row, 'Children')),
    reoffenders: Number(cell(row, 'Reoffended')),
    reoffences: Number(cell(row, 'Reoffences')),
    binary: cell(row, 'Binary rate'),
  }));
}

// The children a cohort list names (by public id) and how many it says it does not.
function listed(html) {
  const rows = [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].slice(1).map((m) => m[1]);
  const hidden = Number(html.match(/(\d+) more children of this list are outside/)?.[1] ?? 0);
  return {
    names: rows.map((row) => cell(row, 'Name') || row.match(/data-label="Name"><a[^>]*>([^<]*)</)?.[1]),
    ids: rows.map((row) => row.match(/href="\/children\/([^"?]+)"/)?.[1]).filter(Boolean),
    reoffences: rows.map((row) => Number(cell(row, 'Reoffences'))),
    hidden,
  };
}

test('every cohort of the tracker has the figures of pathway kpi, for the service, an area and a team', async () => {
  const page = await signedIn.manager.request('/performance/reoffending?quarter=2025-Q4');
  assert.equal(page.status, 200);
  const rows = cohortRows(page.text);
  assert.equal(rows.length, 8, 'eight quarters up to the one chosen');
  assert.equal(rows.at(-1).quarter, '2025-Q4');
  assert.equal(rows[0].quarter, '2024-Q1');
  for (const row of rows) {
    const published = kpi(row.quarter).reoffending;
    assert.equal(row.children, published.cohort, `${row.quarter}: cohort`);
    assert.equal(row.reoffenders, published.reoffenders, `${row.quarter}: reoffenders`);
    assert.equal(row.reoffences, published.reoffences, `${row.quarter}: reoffences`);
    assert.equal(row.binary, percent(published.reoffenders, published.cohort), `${row.quarter}: binary rate`);
  }
  assert.ok(rows.some((row) => row.reoffences > 0), 'the demo county gives the tracker reoffences to show');

  const east = cohortRows((await signedIn.manager.request('/performance/reoffending?quarter=2025-Q2&area=EAST')).text).at(-1);
  assert.equal(east.children, kpi('2025-Q2', ['--area', 'EAST']).reoffending.cohort);
  const districts = sql(database.db, "SELECT district_code FROM team_districts WHERE team_code = 'NORTH' ORDER BY 1")
    .split('\n').filter(Boolean).flatMap((code) => ['--district', code]);
  const north = cohortRows((await signedIn.manager.request('/performance/reoffending?quarter=2025-Q2&team=NORTH')).text).at(-1);
  assert.equal(north.children, kpi('2025-Q2', districts).reoffending.cohort, "a team is its districts");
});

test('the chosen cohort has its charts, breakdowns that add up to it, and its small group', async () => {
  const page = await signedIn.manager.request('/performance/reoffending?quarter=2025-Q2');
  const published = kpi('2025-Q2').reoffending;
  assert.match(page.text, /<svg[^>]*role="img"/, 'a chart drawn on the server');
  for (const caption of ['Age at the index date', 'Sex', 'Ethnicity', 'Looked-after status', 'Index disposal', 'Index offence']) {
    const start = page.text.indexOf(`<caption class="govuk-table__caption govuk-table__caption--s">${caption}`);
    assert.ok(start > 0, `a breakdown by ${caption}`);
    const table = page.text.slice(start, page.text.indexOf('</table>', start));
    const children = [...table.matchAll(/data-label="Children">(\d+)</g)].reduce((sum, m) => sum + Number(m[1]), 0);
    assert.equal(children, published.cohort, `${caption}: every child in one row`);
  }
  if (published.reoffences > 0) {
    const group = Number(page.text.match(/id="small-group-text">(\d+) children/)[1]);
    const most = await signedIn.manager.request('/performance/reoffending/cohort?quarter=2025-Q2&group=most');
    const shown = listed(most.text);
    assert.equal(shown.names.length + shown.hidden, group, 'the list of the small group has its children');
    const sum = shown.reoffences.reduce((a, b) => a + b, 0);
    if (shown.hidden === 0) assert.ok(sum * 2 >= published.reoffences, 'at least half the reoffences');
  }
});

test("a cohort's list names only the children the viewer may list, counts the others, and is audited", async () => {
  const quarter = '2025-Q2';
  const published = kpi(quarter).reoffending;
  assert.ok(published.cohort > 0, 'the demo county has a cohort in 2025-Q2');
  const address = `/performance/reoffending/cohort?quarter=${quarter}`;
  const tom = listed((await signedIn.manager.request(address)).text);
  assert.equal(tom.names.length + tom.hidden, published.cohort, 'the head of service: named and counted add up');
  const reoffenders = listed((await signedIn.manager.request(`${address}&group=reoffenders`)).text);
  assert.equal(reoffenders.names.length + reoffenders.hidden, published.reoffenders);
  assert.ok(reoffenders.reoffences.every((n) => n > 0));

  const volunteer = await signedIn.volunteer.request(address);
  assert.equal(volunteer.status, 200);
  assert.deepEqual(listed(volunteer.text), { names: [], ids: [], reoffences: [], hidden: published.cohort },
    'a panel volunteer sees the numbers, no names');

  // A child of the cohort restricted to nobody: hidden from the case manager, still counted.
  const amara = listed((await signedIn.caseworker.request(address)).text);
  assert.equal(amara.names.length + amara.hidden, published.cohort);
  const child = tom.ids[0];
  sql(database.db, `UPDATE children SET restricted = 1 WHERE public_id = '${child}'`);
  try {
    const before = Number(sql(database.db, 'SELECT MAX(id) FROM audit_events'));
    const page = await signedIn.caseworker.request(address);
    const restricted = listed(page.text);
    assert.ok(!page.text.includes(child), 'the restricted child is not named');
    assert.equal(restricted.hidden, amara.hidden + 1);
    const [action, detail] = sql(database.db, `SELECT action || '|' || detail FROM audit_events WHERE id > ${before}
      AND actor = 'caseworker' ORDER BY id DESC LIMIT 1`).split('|');
    assert.equal(action, 'reoffending.cohort');
    for (const id of restricted.ids) assert.ok(detail.includes(`child:${id}`), `the audit event names ${id}`);
    assert.ok(!detail.includes(child));
  } finally {
    sql(database.db, `UPDATE children SET restricted = 0 WHERE public_id = '${child}'`);
  }
});

test('bad input is refused with an error summary, and partners see no performance figures', async () => {
  const cases = [
    ['/performance/reoffending?quarter=2026-Q5', /Enter a quarter as a year and a quarter number/],
    ['/performance/reoffending?area=NOWHERE', /There is no area with the code NOWHERE/],
    ['/performance/reoffending?area=EAST&district=THANET', /Choose one of an area, a district or a team/],
    ['/performance/reoffending/cohort?group=everyone-else', /Choose everyone, the reoffenders or the small group/],
    ['/performance/reoffending/cohort?team=NOPE', /There is no team with the code NOPE/],
    ['/performance/yjb?quarter=last', /Enter a quarter/],
  ];
  for (const [address, message] of cases) {
    const answer = await signedIn.manager.request(address);
    // A bad address asked for by GET is a bad request (400), as on the dashboard; 422 is
    // for a posted form whose values are refused.
    assert.equal(answer.status, 400, address);
    assert.match(answer.text, /govuk-error-summary/, address);
    assert.match(answer.text, message, address);
    assert.match(answer.text, /<title>Error: /, address);
  }
  assert.equal((await signedIn.partner.request('/performance/reoffending')).status, 403);
  assert.equal((await signedIn.partner.request('/performance/yjb')).status, 403);
});

test('the YJB indicators: eight counted with the engine\'s figures and definition sets, two waiting for records', async () => {
  const page = await signedIn.manager.request('/performance/yjb?quarter=2025-Q2');
  assert.equal(page.status, 200);
  const published = kpi('2025-Q2');
  const practice = kpi('2025-Q2', ['--definitions', 'pathway-practice-2026-1']);
  assert.equal(practice.definitions, 'pathway-practice-2026-1');
  assert.equal(published.definitions, 'pathway-2025-1');
  assert.equal(published.send, undefined, 'kpi.md\'s object holds only its own measures');
  const computed = page.text.slice(page.text.indexOf('id="yjb-computed"'), page.text.indexOf('id="yjb-waiting"'));
  const rows = [...computed.matchAll(/KPI (\d+):[\s\S]*?data-label="Figure">([^<]*)</g)].map((m) => [Number(m[1]), m[2]]);
  assert.deepEqual(rows.map(([number]) => number), [1, 2, 3, 4, 5, 6, 8, 9]);
  const figure = (number) => rows.find(([n]) => n === number)[1];
  assert.equal(figure(1), percent(published.accommodation.suitable, published.accommodation.ending));
  assert.equal(figure(2), percent(published.ete.suitable, published.ete.ending));
  assert.equal(figure(3), percent(practice.send.with_plan, practice.send.identified));
  assert.equal(figure(4), percent(practice.mental_health.attended, practice.mental_health.identified));
  assert.equal(figure(5), percent(practice.substance_misuse.attended, practice.substance_misuse.identified));
  assert.equal(figure(6), percent(published.out_of_court.completed, published.out_of_court.ending));
  assert.equal(figure(8), percent(practice.wider_services.supported, practice.wider_services.ending));
  assert.equal(figure(9), `${published.serious_violence.rate_per_10k.toFixed(2)} per 10,000 children aged 10 to 17`);
  assert.equal((computed.match(/Definition set pathway-2025-1/g) ?? []).length, 4);
  assert.equal((computed.match(/Definition set pathway-practice-2026-1/g) ?? []).length, 4);
  // The demo county's practice records (made relative to today) put children behind the
  // practice indicators in the last quarter that ended, and each count links to its list.
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  const lastEnded = q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
  const recent = kpi(lastEnded, ['--definitions', 'pathway-practice-2026-1']);
  for (const measure of ['send', 'mental_health', 'substance_misuse']) {
    assert.ok(recent[measure].identified > 0, `${measure}: ${JSON.stringify(recent[measure])}`);
  }
  assert.ok(recent.mental_health.attended > 0 && recent.substance_misuse.planned > 0, JSON.stringify(recent));
  assert.ok(recent.wider_services.supported > 0, JSON.stringify(recent.wider_services));
  const latest = await signedIn.manager.request('/performance/yjb');
  assert.equal(latest.status, 200);
  const link = latest.text.match(/href="(\/performance\/children\?measure=mental_health\.attended&amp;[^"]*)"/);
  assert.ok(link, 'KPI 4\'s count links to its children');
  const list = await signedIn.manager.request(link[1].replaceAll('&amp;', '&'));
  assert.equal(list.status, 200);
  assert.match(list.text, /With a mental health need who attended an intervention/);
  const waiting = page.text.slice(page.text.indexOf('id="yjb-waiting"'));
  assert.deepEqual([...waiting.matchAll(/KPI (\d+):/g)].map((m) => Number(m[1])), [7, 10]);
  assert.match(waiting, /Victims records/);

  // A year with no population figures: the rate is unknown, never 0.
  const unknown = kpi('2019-Q1');
  assert.equal(unknown.population, null);
  const early = await signedIn.manager.request('/performance/yjb?quarter=2019-Q1');
  const row = early.text.slice(early.text.indexOf('KPI 9:'));
  assert.match(row, /data-label="Figure">no figure</);
  assert.match(row, /children aged 10 to 17 living in the area: not known/);
});
