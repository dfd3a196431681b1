// The deadline engine through the server: a court report asked for on the form makes a
// task on its case manager's "My work" (and home page), with a link to where it is recorded;
// submitting the report closes it; another worker never sees it; the unit lead's team view
// counts it and links to the worker's list. The administrator's bank holidays and deadline
// rules: mistakes refused with GOV.UK errors and nothing saved, a change audited and
// moving the open task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { allocate } from '../support/access_fixtures.mjs';
import { clearJusticeRecord, daysAgo, iso } from '../support/justice_fixture.mjs';

let database;
let server;
let holder;  // caseworker2, the child's case manager
let other;   // caseworker, who does not hold the child
let lead;    // unitlead, who manages North Kent
let admin;
let jo;

const daysAhead = (days) => daysAgo(-days);
function dateFields(prefix, date) {
  const [year, month, day] = iso(date).split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}
async function post(session, pathname, fields) {
  const home = await session.request('/');
  return session.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}
function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}
const task = () => sql(database.db, `SELECT status || ' ' || due_on || ' ' || COALESCE(closed_on, '-') FROM deadline_tasks
  WHERE child_id = ${jo.rowId} AND subject = 'court_report:${jo.report}'`);
const lastEvent = (action) => sql(database.db,
  `SELECT actor || '|' || COALESCE(record_id, '') || '|' || COALESCE(detail, '') FROM audit_events WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);

before(async () => {
  database = createDemoDatabase({ children: 120 });
  const [id, rowId] = sql(database.db, `SELECT public_id || '|' || id FROM children c WHERE restricted = 0
    AND holding_team_code = 'NORTH' AND NOT EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id
    AND w.ended_at IS NULL) ORDER BY id LIMIT 1`).split('|');
  jo = { id, rowId };
  clearJusticeRecord(database.db, rowId);
  allocate(database.db, id, 'caseworker2');
  server = await startServer(database.db);
  [holder, other, lead, admin] = [new Browserless(server.baseUrl), new Browserless(server.baseUrl),
    new Browserless(server.baseUrl), new Browserless(server.baseUrl)];
  await holder.signIn('caseworker2');
  await other.signIn('caseworker');
  await lead.signIn('unitlead');
  await admin.signIn('admin');
  // A hearing in three weeks and the report the court asked for.
  const court = `/children/${jo.id}/court`;
  assert.equal((await post(holder, `${court}/hearings/new`, { court: 'Maidstone Youth Court', purpose: 'sentence',
    ...dateFields('hearing-date', daysAhead(21)) })).status, 303);
  const hearing = sql(database.db, `SELECT MAX(id) FROM court_hearings WHERE child_id = ${rowId}`);
  assert.equal((await post(holder, `${court}/reports/new`, { hearing, 'report-type': 'pre_sentence',
    ...dateFields('asked-on', daysAgo(1)), ...dateFields('due-on', daysAhead(18)) })).status, 303);
  jo.report = sql(database.db, `SELECT MAX(id) FROM court_reports WHERE child_id = ${rowId}`);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

test('asking for a report makes a task on its case manager\'s list, linked to where it is recorded', async () => {
  assert.match(task(), /^open \d{4}-\d\d-\d\d -$/);
  const page = await holder.request('/my-work');
  assert.equal(page.status, 200);
  const row = page.text.match(new RegExp(`<tr class="govuk-table__row">\\s*<td[^>]*><a class="govuk-link" href="/children/${jo.id}">[\\s\\S]*?</tr>`));
  assert.ok(row, 'the child is listed');
  assert.match(row[0], /Court report submitted before the hearing/);
  assert.ok(row[0].includes(`href="/children/${jo.id}/court/reports/${jo.report}"`), row[0]);
  assert.match(lastEvent('my_work.view'), new RegExp(`^caseworker2\\|\\|shown: .*child:${jo.id}`));
  const home = await holder.request('/');
  assert.match(home.text, /<h2 class="govuk-heading-m" id="my-work">My work<\/h2>/);
  assert.match(home.text, /\d+ overdue, \d+ due this week/);
  // The demo county gives caseworker2 early warnings too, listed first.
  assert.match(lastEvent('home.view'), /^caseworker2\|\|(early warnings, )?tasks due/);
});

test('another worker does not see the task; the unit lead counts it and lists it', async () => {
  assert.ok(!(await other.request('/my-work')).text.includes(`/children/${jo.id}"`));
  const team = await lead.request('/my-work/team');
  assert.equal(team.status, 200);
  assert.match(team.text, /href="\/my-work\/team\/caseworker2"/);
  const list = await lead.request('/my-work/team/caseworker2');
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(`/children/${jo.id}/court/reports/${jo.report}`));
  assert.match(lastEvent('my_work.worker'), new RegExp(`^unitlead\\|caseworker2\\|shown: .*child:${jo.id}`));
  assert.equal((await lead.request('/my-work/team/nobody')).status, 404);
  assert.equal((await holder.request('/my-work/team')).status, 403);
});

test('a changed rule moves the open task; a rule with mistakes is refused and nothing changes', async () => {
  const rule = '/admin/deadline-rules/court_report_before_hearing/1990-01-01';
  const form = await admin.request(rule);
  assert.equal(form.status, 200);
  assert.match(form.text, /value="2"/);
  const before = task();
  const wrong = await post(admin, rule, { amount: '401', unit: 'fortnights' });
  assert.equal(wrong.status, 422);
  assert.deepEqual(errors(wrong.text), ['#amount Enter a whole number from 0 to 400',
    '#unit Choose working days, calendar days or months', '#direction Choose whether the task is due after or before the event']);
  assert.equal(task(), before, 'nothing changed');
  assert.equal((await post(admin, rule, { amount: '2', unit: 'calendar_days', direction: 'before' })).status, 303);
  assert.equal(task().split(' ')[1], iso(daysAhead(19)));
  assert.equal(lastEvent('deadline_rule.change'),
    'admin|court_report_before_hearing@1990-01-01|2 working days before -> 2 days before');
  assert.match((await admin.request('/admin/deadline-rules')).text, /2 days before/);
});

test('bank holidays: a bad date and a duplicate are refused; adding and removing a day are audited', async () => {
  const page = await admin.request('/admin/bank-holidays');
  assert.equal(page.status, 200);
  assert.match(page.text, /Bank holiday for the coronation of King Charles III/);
  const bad = await post(admin, '/admin/bank-holidays', { 'date-day': '31', 'date-month': '2', 'date-year': '2027', name: '' });
  assert.equal(bad.status, 422);
  assert.equal(errors(bad.text).length, 2, errors(bad.text).join('; '));
  assert.match(errors(bad.text)[1], /^#name Enter the name of the bank holiday/);
  const twice = await post(admin, '/admin/bank-holidays', { 'date-day': '25', 'date-month': '12', 'date-year': '2026', name: 'Christmas again' });
  assert.equal(twice.status, 422);
  assert.deepEqual(errors(twice.text), ['#date-day There is already a bank holiday on 25 December 2026: Christmas Day']);
  const holidays = sql(database.db, 'SELECT COUNT(*) FROM bank_holidays');
  const added = await post(admin, '/admin/bank-holidays', { 'date-day': '4', 'date-month': '6', 'date-year': '2031', name: 'A day proclaimed' });
  assert.equal(added.status, 303);
  assert.equal(sql(database.db, 'SELECT COUNT(*) FROM bank_holidays'), String(Number(holidays) + 1));
  assert.equal(lastEvent('bank_holiday.add'), "admin|2031-06-04|'A day proclaimed'");
  assert.equal((await post(admin, '/admin/bank-holidays/2031-06-04/remove', {})).status, 303);
  assert.equal(lastEvent('bank_holiday.remove'), "admin|2031-06-04|'A day proclaimed'");
  assert.equal(sql(database.db, 'SELECT COUNT(*) FROM bank_holidays'), holidays);
  assert.equal((await post(admin, '/admin/bank-holidays/2031-06-04/remove', {})).status, 404);
});

test('submitting the report closes the task and it leaves the list', async () => {
  assert.equal((await post(holder, `/children/${jo.id}/court/reports/${jo.report}`, {
    ...dateFields('submitted-on', daysAgo(0)), ...dateFields('assessment-on', daysAgo(1)),
  })).status, 303);
  assert.match(task(), new RegExp(`^done \\S+ ${iso(daysAgo(0))}$`));
  assert.ok(!(await holder.request('/my-work')).text.includes(`/court/reports/${jo.report}"`));
});
