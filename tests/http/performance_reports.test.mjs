// The board reports end to end: the page offering quarters and places, a form with mistakes,
// a report made in the background with its progress page, the downloads with their content
// types and audit events, and a report that is not there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let manager;
let volunteer;

before(async () => {
  database = createDemoDatabase({ children: 150 });
  server = await startServer(database.db);
  manager = new Browserless(server.baseUrl);
  volunteer = new Browserless(server.baseUrl);
  await manager.signIn('manager');
  await volunteer.signIn('volunteer');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const optionValues = (html, select) => {
  const list = html.match(new RegExp(`<select[^>]*name="${select}"[^>]*>([\\s\\S]*?)</select>`))[1];
  return [...list.matchAll(/<option value="([^"]*)"( selected)?>/g)].map((match) => ({ value: match[1], selected: !!match[2] }));
};

// Follows a job's page until the report is ready (a report of a small county takes a
// moment; the page never makes the browser wait).
async function whenReady(as, location) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const page = await as.request(location);
    assert.equal(page.status, 200);
    if (page.text.includes('Download the report')) return page;
    assert.match(page.text, /The report is being made/);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${location} was not ready in a minute`);
}

function lastAuditId() {
  return Number(sql(database.db, 'SELECT COALESCE(MAX(id), 0) FROM audit_events'));
}

test('the page offers the quarters that have ended, newest chosen, and every place', async () => {
  const page = await volunteer.request('/performance/reports');
  assert.equal(page.status, 200);
  const quarters = optionValues(page.text, 'quarter');
  assert.equal(quarters.length, 8);
  assert.ok(quarters[0].selected, 'the last quarter that ended is chosen');
  const today = new Date();
  const current = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
  assert.ok(!quarters.some((quarter) => quarter.value === current), 'the quarter not yet ended is not offered');
  const places = optionValues(page.text, 'place').map((option) => option.value);
  assert.equal(places[0], 'service');
  assert.ok(places.includes('district:MAIDSTONE'), places.join(' '));
  assert.ok(places.some((place) => place.startsWith('area:')));
  // A link from another performance page chooses the place and quarter.
  const linked = await volunteer.request(`/performance/reports?district=MAIDSTONE&quarter=${quarters[2].value}`);
  assert.ok(optionValues(linked.text, 'place').find((option) => option.value === 'district:MAIDSTONE').selected);
  assert.ok(optionValues(linked.text, 'quarter')[2].selected);
});

test('a quarter not yet ended or a place that is not one is refused with the reason, and nothing starts', async () => {
  const jobs = Number(sql(database.db, 'SELECT COUNT(*) FROM board_report_jobs'));
  const future = await manager.submit('/performance/reports', { quarter: '2999-Q4', place: 'service' });
  assert.equal(future.status, 422);
  assert.match(future.text, /There is a problem/);
  assert.match(future.text, /Choose a quarter that has ended/);
  const nowhere = await manager.submit('/performance/reports', { quarter: '2025-Q1', place: 'district:NOWHERE' });
  assert.equal(nowhere.status, 422);
  assert.match(nowhere.text, /href="#place">Choose the whole service, an area or a district/);
  assert.equal(Number(sql(database.db, 'SELECT COUNT(*) FROM board_report_jobs')), jobs);
});

test('a report is made in the background, then offers its PDF, workbook and CSV files, each download audited', async () => {
  const before = lastAuditId();
  const started = await manager.submit('/performance/reports', { quarter: '2025-Q3', place: 'service' });
  assert.equal(started.status, 303);
  const location = started.headers.get('location');
  assert.match(location, /^\/performance\/reports\/[A-Z2-9]+$/);
  const id = location.split('/').pop();
  assert.equal(sql(database.db, `SELECT actor || ' ' || action || ' ' || record_id FROM audit_events WHERE id > ${before} AND action = 'board_report.start'`),
    `manager board_report.start ${id}`);

  const ready = await whenReady(manager, location);
  assert.match(ready.text, /Board report: July to September 2025/);
  assert.doesNotMatch(ready.text, /http-equiv="refresh"/, 'a ready report does not refresh');
  const links = [...ready.text.matchAll(/href="(\/performance\/reports\/[^"]+\/files\/([^"]+))"/g)].map((m) => ({ href: m[1], name: m[2] }));
  const names = links.map((link) => link.name);
  assert.deepEqual(names.slice(0, 3), ['board-report.pdf', 'board-report.xlsx', 'service.csv']);
  assert.ok(names.includes('district-maidstone.csv') && names.at(-1) === 'definitions.csv', names.join(' '));

  const types = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
  for (const link of links.filter((l) => ['board-report.pdf', 'board-report.xlsx', 'district-maidstone.csv'].includes(l.name))) {
    const mark = lastAuditId();
    // Anyone may download the report: it holds no child's record.
    const file = await volunteer.request(link.href);
    assert.equal(file.status, 200, link.name);
    assert.equal(file.headers.get('content-type'), types[link.name.split('.').pop()]);
    assert.equal(file.headers.get('content-disposition'), `attachment; filename="${link.name}"`);
    const events = sql(database.db, `SELECT actor || ' ' || action || ' ' || record_id || ' ' || detail FROM audit_events WHERE id > ${mark}`);
    assert.equal(events, `volunteer board_report.download ${id} file ${link.name}`);
    if (link.name.endsWith('.pdf')) assert.ok(file.text.startsWith('%PDF-'));
    if (link.name.endsWith('.xlsx')) assert.ok(file.text.startsWith('PK'));
    if (link.name.endsWith('.csv')) assert.match(file.text, /^\uFEFF?Measure,Unit,July to September 2025,April to June 2025,July to September 2024,Target,Target met,Note\r?\n/);
  }
  // The report is listed for everyone to find again.
  const list = await volunteer.request('/performance/reports');
  assert.ok(list.text.includes(`href="${location}"`));
});

test('a report still being made shows its progress, refreshing itself unless asked not to', async () => {
  const now = Math.floor(Date.now() / 1000);
  sql(database.db, `INSERT INTO board_report_jobs (public_id, requested_by, quarter, scope_kind, scope_code, status, steps_done, steps_total, started_at)
    VALUES ('MAKING2025', (SELECT id FROM staff WHERE username = 'manager'), '2025-Q2', 'service', '', 'running', 5, 19, ${now})`);
  const page = await volunteer.request('/performance/reports/MAKING2025');
  assert.equal(page.status, 200);
  assert.match(page.text, /<meta http-equiv="refresh" content="5">/);
  assert.match(page.text, /5 of 19 steps done/);
  assert.match(page.text, /href="\/performance\/reports\/MAKING2025">Refresh this page</);
  const stopped = await volunteer.request('/performance/reports/MAKING2025?refresh=off');
  assert.doesNotMatch(stopped.text, /http-equiv="refresh"/);
  assert.match(stopped.text, /Refresh this page/);
  // One whose server stopped long ago is failed, to be made again.
  sql(database.db, `INSERT INTO board_report_jobs (public_id, requested_by, quarter, scope_kind, scope_code, status, steps_done, steps_total, started_at)
    VALUES ('LOSTREPORT', (SELECT id FROM staff WHERE username = 'manager'), '2025-Q2', 'service', '', 'running', 5, 19, ${now - 3600})`);
  const lost = await volunteer.request('/performance/reports/LOSTREPORT');
  assert.match(lost.text, /The report could not be made/);
  assert.doesNotMatch(lost.text, /http-equiv="refresh"/);
  // No file of a report that is not ready.
  assert.equal((await volunteer.request('/performance/reports/MAKING2025/files/board-report.pdf')).status, 404);
});

test('a report or file that is not there is not found', async () => {
  assert.equal((await manager.request('/performance/reports/NOSUCHREPORT')).status, 404);
  assert.equal((await manager.request('/performance/reports/NOSUCHREPORT/files/board-report.pdf')).status, 404);
});
