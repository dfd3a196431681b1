// The wider services supporting a child (issue 11 point 9), on the child's Circumstances
// page: adding one (continuing, or already ended) and ending a continuing one, each audited;
// the record's looked after status shown beside the history and left alone by it. Bad input
// is refused with a GOV.UK message and saves nothing; a row that has ended, or is another
// child's, is not found; a child outside the user's need to know answers 404 as elsewhere.
// Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { daysAgo, iso, shown } from '../support/justice_fixture.mjs';
import { post, dateFields, errorSummary } from '../support/practice_fixture.mjs';
import { allocate, childRowId, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let worker;   // caseworker2, North Kent: sam and jo are allocated to them
let analyst;  // reads every record, records no practice
let sam;      // { id, rowId }
let jo;
let outsider; // held by another unit, allocated to nobody: outside caseworker2's need to know

before(async () => {
  database = createDemoDatabase();
  const [samId, joId, outsiderId] = untouchedChildren(database.db, 3);
  [sam, jo] = [samId, joId].map((id) => {
    sql(database.db, `UPDATE children SET holding_team_code = 'NORTH', looked_after = 'no' WHERE public_id = '${id}'`);
    allocate(database.db, id, 'caseworker2');
    return { id, rowId: childRowId(database.db, id) };
  });
  outsider = { id: outsiderId, rowId: childRowId(database.db, outsiderId) };
  // The demo county gives many children wider services: these start with none.
  sql(database.db, `DELETE FROM wider_services WHERE child_id IN (${sam.rowId}, ${jo.rowId}, ${outsider.rowId})`);
  server = await startServer(database.db);
  worker = new Browserless(server.baseUrl);
  assert.equal((await worker.signIn('caseworker2')).status, 303);
  analyst = new Browserless(server.baseUrl);
  assert.equal((await analyst.signIn('analyst')).status, 303);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const rows = (query) => sql(database.db, query).split('\n').filter(Boolean);
const servicesOf = (c) => rows(`SELECT service || '|' || from_date || '|' || COALESCE(to_date, '') || '|' || COALESCE(note, '')
  || '|' || recorded_by || '|' || COALESCE(ended_by, '') FROM wider_services WHERE child_id = ${c.rowId} ORDER BY id`);
const lastDetail = (action) => sql(database.db, `SELECT detail FROM audit_events WHERE action = '${action}'
  AND actor = 'caseworker2' ORDER BY id DESC LIMIT 1`);
const sectionOf = (html) => html.slice(html.indexOf('id="wider-services"'));

test('a wider service is added continuing or already ended, listed on the Circumstances page, audited', async () => {
  const base = `/children/${sam.id}/wider-services`;
  const form = await worker.request(`${base}/new`);
  assert.equal(form.status, 200);
  assert.match(form.text, /Add a wider service/);
  for (const words of ['Early help', 'Child in need plan', 'Child protection plan', 'Looked after']) {
    assert.ok(form.text.includes(`>${words}</label>`), words);
  }
  const help = await post(worker, `${base}/new`, { service: 'early_help', ...dateFields('from-date', daysAgo(300)),
    note: 'Family support worker from the early help hub.' });
  assert.equal(help.status, 303);
  assert.equal(help.headers.get('location'), `/children/${sam.id}/circumstances?saved=wider_service#wider-services`);
  const plan = await post(worker, `${base}/new`, { service: 'child_in_need', ...dateFields('from-date', daysAgo(700)),
    ...dateFields('to-date', daysAgo(400)) });
  assert.equal(plan.status, 303);
  assert.deepEqual(servicesOf(sam), [
    `early_help|${iso(daysAgo(300))}||Family support worker from the early help hub.|caseworker2|`,
    `child_in_need|${iso(daysAgo(700))}|${iso(daysAgo(400))}||caseworker2|`]);
  const helpId = sql(database.db, `SELECT id FROM wider_services WHERE child_id = ${sam.rowId} AND service = 'early_help'`);
  assert.equal(lastDetail('wider_service.add'), `wider service ${Number(helpId) + 1}, child_in_need from ${iso(daysAgo(700))} to ${iso(daysAgo(400))}`);
  assert.equal(count(database.db, 'audit_events', `action = 'wider_service.add' AND record_id = '${sam.id}'`), 2);

  const page = await worker.request(`/children/${sam.id}/circumstances?saved=wider_service`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Wider service added/);
  const section = sectionOf(page.text);
  assert.match(section, /Looked after, as the record says now<\/dt><dd class="govuk-summary-list__value">No</);
  assert.ok(section.indexOf('Early help') < section.indexOf('Child in need plan'), 'newest first');
  assert.match(section, new RegExp(`${shown(daysAgo(300))}</td>\\s*<td[^>]*data-label="To"><strong class="govuk-tag govuk-tag--blue">Continuing`));
  assert.ok(section.includes(shown(daysAgo(400))));
  assert.ok(section.includes(`href="${base}/${helpId}/end"`), 'a continuing service can be ended');
  assert.ok(!section.includes(`href="${base}/${Number(helpId) + 1}/end"`), 'an ended one cannot');
  assert.ok(section.includes(`href="${base}/new"`));
  assert.match(sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.circumstances' AND actor = 'caseworker2'
    ORDER BY id DESC LIMIT 1`), /2 wider services$/);

  const read = await analyst.request(`/children/${sam.id}/circumstances`);
  assert.equal(read.status, 200);
  assert.match(sectionOf(read.text), /Family support worker from the early help hub\./);
  assert.doesNotMatch(read.text, /Add a wider service/, 'the analyst reads but records no practice');
  assert.ok(!read.text.includes(`${base}/${helpId}/end`));
  assert.equal((await analyst.request(`${base}/new`)).status, 403);
  assert.equal((await analyst.request(`${base}/${helpId}/end`)).status, 403);
});

test('ending a continuing service gives it its end date and says who ended it; once only, and only its own child\'s', async () => {
  const base = `/children/${sam.id}/wider-services`;
  const helpId = sql(database.db, `SELECT id FROM wider_services WHERE child_id = ${sam.rowId} AND service = 'early_help'`);
  const form = await worker.request(`${base}/${helpId}/end`);
  assert.equal(form.status, 200);
  assert.match(form.text, new RegExp(`Early help since ${shown(daysAgo(300))}`));
  assert.equal((await worker.request(`/children/${jo.id}/wider-services/${helpId}/end`)).status, 404, 'another child\'s row');
  assert.equal((await post(worker, `/children/${jo.id}/wider-services/${helpId}/end`, dateFields('to-date', daysAgo(1)))).status, 404);
  const ended = await post(worker, `${base}/${helpId}/end`, dateFields('to-date', daysAgo(10)));
  assert.equal(ended.status, 303);
  assert.equal(ended.headers.get('location'), `/children/${sam.id}/circumstances?saved=wider_service_ended#wider-services`);
  assert.equal(servicesOf(sam)[0], `early_help|${iso(daysAgo(300))}|${iso(daysAgo(10))}|Family support worker from the early help hub.|caseworker2|caseworker2`);
  assert.equal(lastDetail('wider_service.end'), `wider service ${helpId}, early_help ended ${iso(daysAgo(10))}`);
  assert.equal(Number(sql(database.db, `SELECT COUNT(*) FROM wider_services WHERE id = ${helpId} AND ended_at IS NOT NULL`)), 1);
  const page = await worker.request(`/children/${sam.id}/circumstances?saved=wider_service_ended`);
  assert.match(page.text, /Wider service ended/);
  assert.ok(!page.text.includes(`${base}/${helpId}/end`));
  // Already ended: not found, and nothing changes.
  assert.equal((await worker.request(`${base}/${helpId}/end`)).status, 404);
  assert.equal((await post(worker, `${base}/${helpId}/end`, dateFields('to-date', daysAgo(2)))).status, 404);
  assert.equal((await worker.request(`${base}/999999999/end`)).status, 404);
  assert.equal((await worker.request(`${base}/early_help/end`)).status, 404);
  assert.equal(servicesOf(sam)[0].split('|')[2], iso(daysAgo(10)));
  assert.equal(count(database.db, 'audit_events', `action = 'wider_service.end' AND record_id = '${sam.id}'`), 1);
  assert.equal(lastDetail('child.wider_service_form'), 'end: no such continuing wider service');
});

test('looked after is a service with a history; the record\'s own status is left as it is', async () => {
  const base = `/children/${jo.id}/wider-services`;
  assert.equal((await post(worker, `${base}/new`, { service: 'looked_after', ...dateFields('from-date', daysAgo(90)),
    note: 'Section 20.' })).status, 303);
  assert.equal(sql(database.db, `SELECT looked_after FROM children WHERE id = ${jo.rowId}`), 'no');
  const page = await worker.request(`/children/${jo.id}/circumstances`);
  const section = sectionOf(page.text);
  assert.match(section, /Looked after, as the record says now<\/dt><dd class="govuk-summary-list__value">No</);
  assert.match(section, /data-label="Service">Looked after</);
  const id = sql(database.db, `SELECT id FROM wider_services WHERE child_id = ${jo.rowId} AND service = 'looked_after'`);
  assert.equal((await post(worker, `${base}/${id}/end`, dateFields('to-date', daysAgo(5)))).status, 303);
  assert.equal(sql(database.db, `SELECT looked_after FROM children WHERE id = ${jo.rowId}`), 'no');
});

test('bad input is refused with GOV.UK errors and saves nothing', async () => {
  const base = `/children/${jo.id}/wider-services`;
  assert.equal((await post(worker, `${base}/new`, { service: 'child_protection', ...dateFields('from-date', daysAgo(30)) })).status, 303);
  const before = servicesOf(jo);
  const dob = new Date(`${sql(database.db, `SELECT date_of_birth FROM children WHERE id = ${jo.rowId}`)}T00:00:00Z`);
  const refusals = [
    [{}, ['Choose the wider service', 'Enter the date it began']],
    [{ service: 'youth_club', ...dateFields('from-date', daysAgo(3)) }, ['Choose the wider service']],
    [{ service: 'early_help', 'from-date-day': '31', 'from-date-month': '2', 'from-date-year': '2025' }, null],
    [{ service: 'early_help', 'from-date-day': '', 'from-date-month': '', 'from-date-year': '' }, ['Enter the date it began']],
    [{ service: 'early_help', ...dateFields('from-date', daysAgo(-3)) }, ['The date it began must be today or in the past']],
    [{ service: 'early_help', ...dateFields('from-date', new Date(dob.getTime() - 86400000)) },
      ['The date it began must be after the child was born']],
    [{ service: 'early_help', ...dateFields('from-date', daysAgo(30)), ...dateFields('to-date', daysAgo(40)) },
      ['The date it ended must be on or after the date it began']],
    [{ service: 'early_help', ...dateFields('from-date', daysAgo(30)), ...dateFields('to-date', daysAgo(-1)) },
      ['The date it ended must be today or in the past']],
    [{ service: 'child_protection', ...dateFields('from-date', daysAgo(3)) },
      ['Child protection plan is already continuing for this child: end it before adding another']],
  ];
  for (const [fields, messages] of refusals) {
    const answer = await post(worker, `${base}/new`, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    const summary = errorSummary(answer.text);
    if (messages) assert.deepEqual(summary, messages, JSON.stringify(fields));
    else assert.match(summary.join(), /date it began/, 'an impossible date');
    assert.match(answer.text, /There is a problem/);
  }
  const typed = await post(worker, `${base}/new`, { service: 'early_help', ...dateFields('from-date', daysAgo(-3)), note: 'Kept as typed' });
  assert.match(typed.text, /Kept as typed/);
  assert.match(typed.text, /value="early_help" checked/);
  const plan = sql(database.db, `SELECT id FROM wider_services WHERE child_id = ${jo.rowId} AND service = 'child_protection'`);
  for (const [fields, message] of [[{}, 'Enter the date it ended'], [dateFields('to-date', daysAgo(31)), 'The date it ended must be on or after the date it began'],
    [dateFields('to-date', daysAgo(-2)), 'The date it ended must be today or in the past']]) {
    const answer = await post(worker, `${base}/${plan}/end`, fields);
    assert.equal(answer.status, 422);
    assert.deepEqual(errorSummary(answer.text), [message]);
  }
  assert.deepEqual(servicesOf(jo), before, 'nothing saved');
  assert.equal(lastDetail('child.wider_service_form'), `end wider service ${plan}, child_protection: nothing saved, the form had errors`);
});

test('a child outside the user\'s need to know answers 404, audited as refused, and nothing is saved', async () => {
  const base = `/children/${outsider.id}/wider-services`;
  const before = count(database.db, 'audit_events', `action = 'child.refused' AND record_id = '${outsider.id}' AND actor = 'caseworker2'`);
  sql(database.db, `INSERT INTO wider_services (child_id, service, from_date, recorded_at, recorded_by, recorded_by_name)
    VALUES (${outsider.rowId}, 'child_in_need', '2025-01-01', '2025-01-01T10:00:00Z', 'support', 'Joy Mensah')`);
  const id = sql(database.db, `SELECT id FROM wider_services WHERE child_id = ${outsider.rowId}`);
  assert.equal((await worker.request(`/children/${outsider.id}/circumstances`)).status, 404);
  assert.equal((await worker.request(`${base}/new`)).status, 404);
  assert.equal((await post(worker, `${base}/new`, { service: 'early_help', ...dateFields('from-date', daysAgo(3)) })).status, 404);
  assert.equal((await worker.request(`${base}/${id}/end`)).status, 404);
  assert.equal((await post(worker, `${base}/${id}/end`, dateFields('to-date', daysAgo(1)))).status, 404);
  assert.deepEqual(servicesOf(outsider), ['child_in_need|2025-01-01|||support|']);
  assert.equal(count(database.db, 'audit_events', `action = 'child.refused' AND record_id = '${outsider.id}' AND actor = 'caseworker2'`), before + 5);
});
