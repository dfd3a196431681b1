// A child's appointments and contacts: scheduling (never in the past), rescheduling and
// cancelling; recording what happened, with a warning on the order for an unacceptable
// absence, counted with the order's other warnings; the "not seen as planned" flag; a
// practitioner's own coming appointments; an administrator's contact expectations. Bad
// input gets a GOV.UK message and saves nothing; each change is audited. Both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearJusticeRecord, daysAgo, iso } from '../support/justice_fixture.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let hannah; // analyst: reads every record, records no practice
let admin;

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
  admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const taken = [];
function child() {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db,
    `SELECT public_id || '|' || id FROM children WHERE restricted = 0 AND holding_team_code = 'NORTH'${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  sql(database.db, `DELETE FROM appointments WHERE child_id = ${rowId}`);
  return { id, rowId };
}

const amaraId = () => sql(database.db, "SELECT id FROM staff WHERE username = 'caseworker'");

function dateFields(prefix, date) {
  const [year, month, day] = iso(date).split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}

async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  return session.request(pathname, { method: 'POST', form: [['csrf_token', token], ...Object.entries(fields)] });
}

function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}

function lastEvent(action) {
  return sql(database.db, `SELECT actor || '|' || COALESCE(record_id, '') || '|' || COALESCE(detail, '') FROM audit_events WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);
}

// An appointment whose time has passed, written straight in: the form refuses the past.
function pastAppointment(who, days) {
  const created = `'${new Date().toISOString().slice(0, 19)}Z'`;
  sql(database.db, `INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place,
    with_whom, status, created_by, created_at) VALUES (${who.rowId}, ${amaraId()}, 'supervision', '${iso(daysAgo(days))}', '10:00',
    60, 'Gravesend office', '', 'scheduled', 'caseworker', ${created})`);
  return sql(database.db, `SELECT MAX(id) FROM appointments WHERE child_id = ${who.rowId}`);
}

const schedule = (date) => ({
  kind: 'home_visit', ...dateFields('date', date), time: '14:30', length: '45', place: 'Home', with_whom: 'Mum',
  practitioner: amaraId(),
});

test('an appointment is scheduled for a time to come, rescheduled and cancelled; one in the past is refused', async () => {
  const sam = child();
  const past = await post(amara, `/children/${sam.id}/contacts/new`, schedule(daysAgo(1)));
  assert.equal(past.status, 422);
  assert.deepEqual(errors(past.text), ['#date-day The appointment must be in the future: an appointment that has happened is recorded with what happened']);
  assert.equal(count(database.db, 'appointments', `child_id = ${sam.rowId}`), 0);

  const blank = await post(amara, `/children/${sam.id}/contacts/new`, {});
  assert.equal(blank.status, 422);
  assert.equal(errors(blank.text)[0], '#kind Select the kind of appointment');

  const saved = await post(amara, `/children/${sam.id}/contacts/new`, schedule(daysAgo(-7)));
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/children/${sam.id}/contacts?saved=scheduled`);
  const id = sql(database.db, `SELECT id FROM appointments WHERE child_id = ${sam.rowId}`);
  assert.match(lastEvent('appointment.schedule'), new RegExp(`^caseworker\\|${sam.id}\\|appointment ${id}, home_visit on ${iso(daysAgo(-7))} at 14:30`));

  const page = await amara.request(`/children/${sam.id}/contacts`);
  assert.equal(page.status, 200);
  assert.match(page.text, /id="coming-appointments"/);
  assert.match(page.text, /Home visit/);
  assert.match(page.text, /aria-current="page">Contacts</);
  assert.match(lastEvent('child.contacts'), new RegExp(`\\|${sam.id}\\|appointments ${id}$`));

  const moved = await post(amara, `/children/${sam.id}/contacts/${id}/reschedule`, { ...schedule(daysAgo(-8)), kind: 'supervision' });
  assert.equal(moved.status, 303);
  assert.equal(sql(database.db, `SELECT starts_on || ' ' || kind FROM appointments WHERE id = ${id}`), `${iso(daysAgo(-8))} supervision`);

  const noReason = await post(amara, `/children/${sam.id}/contacts/${id}/cancel`, { reason: '' });
  assert.equal(noReason.status, 422);
  assert.deepEqual(errors(noReason.text), ['#reason Enter why it is cancelled']);
  const cancelled = await post(amara, `/children/${sam.id}/contacts/${id}/cancel`, { reason: 'Family holiday' });
  assert.equal(cancelled.status, 303);
  assert.equal(sql(database.db, `SELECT status FROM appointments WHERE id = ${id}`), 'cancelled');
  const again = await post(amara, `/children/${sam.id}/contacts/${id}/cancel`, { reason: 'Twice' });
  assert.equal(again.status, 409);

  // An analyst reads the contacts but records none.
  assert.equal((await hannah.request(`/children/${sam.id}/contacts`)).status, 200);
  assert.equal((await post(hannah, `/children/${sam.id}/contacts/new`, schedule(daysAgo(-7)))).status, 403);
});

test('what happened is recorded; an unacceptable absence gives a warning counted on the order', async () => {
  const sam = child();
  const created = `'${new Date().toISOString().slice(0, 19)}Z'`;
  sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, length_months, completion, created_at)
    VALUES ('APPT-U1-${sam.rowId}', ${sam.rowId}, '${iso(daysAgo(60))}', 'referral_order', '${iso(daysAgo(55))}', 12, 'ongoing', ${created})`);
  const order = sql(database.db, `SELECT id FROM outcomes WHERE exchange_id = 'APPT-U1-${sam.rowId}'`);
  const attended = pastAppointment(sam, 3);
  const missed = pastAppointment(sam, 2);

  const form = await amara.request(`/children/${sam.id}/contacts/${missed}/outcome`);
  assert.equal(form.status, 200);
  assert.match(form.text, new RegExp(`<option value="${order}"`));

  const noEngagement = await post(amara, `/children/${sam.id}/contacts/${attended}/outcome`, { status: 'attended' });
  assert.equal(noEngagement.status, 422);
  assert.deepEqual(errors(noEngagement.text), ['#engagement Select how the child engaged']);
  assert.equal(sql(database.db, `SELECT status FROM appointments WHERE id = ${attended}`), 'scheduled');

  const contact = await post(amara, `/children/${sam.id}/contacts/${attended}/outcome`, {
    status: 'attended', engagement: 'good', present: 'Sam and his dad', minutes: '50', intervention: 'one_to_one',
    need_area: 'education_training_employment', note: 'Talked about college.',
  });
  assert.equal(contact.status, 303);
  assert.equal(sql(database.db, `SELECT status || ' ' || engagement || ' ' || minutes_taken FROM appointments WHERE id = ${attended}`), 'attended good 50');

  const acceptableWarning = await post(amara, `/children/${sam.id}/contacts/${missed}/outcome`, {
    status: 'acceptable_absence', reason: 'Ill', warning_order: order,
  });
  assert.equal(acceptableWarning.status, 422);
  assert.deepEqual(errors(acceptableWarning.text), ['#warning_order A warning is given only for an unacceptable absence']);
  assert.equal(count(database.db, 'order_warnings', `outcome_id = ${order}`), 0);

  const warned = await post(amara, `/children/${sam.id}/contacts/${missed}/outcome`, {
    status: 'unacceptable_absence', reason: 'No reason given', warning_order: order,
  });
  assert.equal(warned.status, 303);
  assert.equal(warned.headers.get('location'), `/children/${sam.id}/contacts?saved=warning`);
  const warning = sql(database.db, `SELECT id FROM order_warnings WHERE outcome_id = ${order}`);
  assert.equal(sql(database.db, `SELECT warning_id FROM appointments WHERE id = ${missed}`), warning);
  assert.equal(sql(database.db, `SELECT reason FROM order_warnings WHERE id = ${warning}`), 'Unacceptable absence: No reason given');
  assert.match(lastEvent('appointment.outcome'), new RegExp(`appointment ${missed}, unacceptable_absence; warning ${warning} on outcome ${order}$`));

  // The order's page counts the warning with its others.
  const outcomePage = await amara.request(`/children/${sam.id}/outcomes/${order}`);
  assert.match(outcomePage.text, /Unacceptable absence: No reason given/);

  const page = await amara.request(`/children/${sam.id}/contacts`);
  assert.match(page.text, /Unacceptable absence/);
  assert.match(page.text, /Warning given/);
  assert.match(page.text, /Talked about college\./);
});

test('a breach is proposed by a practitioner and agreed by a manager, never by its proposer', async () => {
  const sam = child();
  const created = `'${new Date().toISOString().slice(0, 19)}Z'`;
  sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, start_date, length_months, completion, created_at)
    VALUES ('APPT-B1-${sam.rowId}', ${sam.rowId}, '${iso(daysAgo(90))}', 'youth_rehabilitation_order', '${iso(daysAgo(90))}', 12, 'ongoing', ${created})`);
  const order = sql(database.db, `SELECT id FROM outcomes WHERE exchange_id = 'APPT-B1-${sam.rowId}'`);
  const blank = await post(amara, `/children/${sam.id}/contacts/breaches/new`, {});
  assert.equal(blank.status, 422);
  assert.deepEqual(errors(blank.text), ['#order Select one of the child’s orders running today', '#reason Enter why breach proceedings should begin']);
  const proposed = await post(amara, `/children/${sam.id}/contacts/breaches/new`, { order, reason: 'Third unacceptable absence in a month' });
  assert.equal(proposed.status, 303);
  const decision = sql(database.db, `SELECT id FROM breach_decisions WHERE outcome_id = ${order}`);
  assert.equal((await amara.request(`/children/${sam.id}/contacts/breaches/${decision}`)).status, 403, 'a case manager does not agree');

  const unitlead = new Browserless(server.baseUrl);
  await unitlead.signIn('unitlead');
  const ownProposal = await post(unitlead, `/children/${sam.id}/contacts/breaches/new`, { order, reason: 'Unit lead proposes too' });
  assert.equal(ownProposal.status, 303);
  const own = sql(database.db, `SELECT MAX(id) FROM breach_decisions WHERE outcome_id = ${order}`);
  const refused = await post(unitlead, `/children/${sam.id}/contacts/breaches/${own}`, { decision: 'agree' });
  assert.equal(refused.status, 422);
  assert.deepEqual(errors(refused.text), ['#decision You proposed this breach: another manager must agree or decline it']);
  assert.equal(count(database.db, 'breach_proceedings', `outcome_id = ${order}`), 0);

  const agreed = await post(unitlead, `/children/${sam.id}/contacts/breaches/${decision}`, { decision: 'agree' });
  assert.equal(agreed.status, 303);
  assert.equal(sql(database.db, `SELECT decision || ' ' || decided_by FROM breach_decisions WHERE id = ${decision}`), 'agreed unitlead');
  const proceedings = sql(database.db, `SELECT id || ' ' || begun_on FROM breach_proceedings WHERE outcome_id = ${order}`);
  assert.equal(proceedings.split(' ')[1], iso(daysAgo(0)));
  assert.match(lastEvent('breach.decide'), new RegExp(`^unitlead\\|${sam.id}\\|breach decision ${decision}, agree; breach proceedings ${proceedings.split(' ')[0]}$`));
  const again = await post(unitlead, `/children/${sam.id}/contacts/breaches/${decision}`, { decision: 'decline' });
  assert.equal(again.status, 422);
});

test('a child seen less often than their intensity asks is flagged, on the record and in My appointments', async () => {
  const sam = child();
  sql(database.db, `DELETE FROM case_workers WHERE child_id = ${sam.rowId}`);
  sql(database.db, `INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by, intensity)
    VALUES (${sam.rowId}, ${amaraId()}, 'case_manager', '${iso(daysAgo(60))}T09:00:00Z', 'unitlead', 'intensive')`);
  const page = await amara.request(`/children/${sam.id}/contacts`);
  assert.match(page.text, /id="not-seen-as-planned"/);
  assert.match(page.text, /Intensive intensity: at least 2 contacts in every 7 days/);
  const coming = await post(amara, `/children/${sam.id}/contacts/new`, schedule(daysAgo(-3)));
  assert.equal(coming.status, 303);

  const mine = await amara.request('/appointments/mine');
  assert.equal(mine.status, 200);
  assert.match(mine.text, new RegExp(`href="/children/${sam.id}/contacts">Child ${sam.id}<`));
  assert.match(mine.text, /id="coming-appointments"/);
  assert.match(lastEvent('caseload.appointments'), new RegExp(`child:${sam.id}`));

  // Seen twice in the week: no longer flagged.
  for (const days of [1, 2]) {
    const id = pastAppointment(sam, days);
    assert.equal((await post(amara, `/children/${sam.id}/contacts/${id}/outcome`, { status: 'attended', engagement: 'some' })).status, 303);
  }
  assert.doesNotMatch((await amara.request(`/children/${sam.id}/contacts`)).text, /id="not-seen-as-planned"/);
});

test('an administrator sets the contact expectations; bad numbers save nothing', async () => {
  const page = await admin.request('/admin/contact-expectations');
  assert.equal(page.status, 200);
  assert.match(page.text, /name="standard-contacts" type="text" inputmode="numeric" value="2"/);
  const bad = await post(admin, '/admin/contact-expectations', {
    'standard-contacts': '0', 'standard-days': '28', 'enhanced-contacts': '1', 'enhanced-days': '7',
    'intensive-contacts': '2', 'intensive-days': 'a week',
  });
  assert.equal(bad.status, 422);
  assert.deepEqual(errors(bad.text), ['#standard-contacts Standard: enter the contacts, a whole number from 1 to 31',
    '#intensive-days Intensive: enter the days, a whole number from 1 to 91']);
  assert.equal(count(database.db, 'contact_expectations'), 0);
  const saved = await post(admin, '/admin/contact-expectations', {
    'standard-contacts': '2', 'standard-days': '28', 'enhanced-contacts': '1', 'enhanced-days': '7',
    'intensive-contacts': '3', 'intensive-days': '7',
  });
  assert.equal(saved.status, 303);
  assert.equal(sql(database.db, "SELECT contacts || ' in ' || period_days FROM contact_expectations WHERE intensity = 'intensive'"), '3 in 7');
  assert.equal(count(database.db, 'contact_expectations'), 1);
  assert.match(lastEvent('contact_expectations.set'), /\|\|intensive: 3 in 7 days$/);
  assert.equal((await amara.request('/admin/contact-expectations')).status, 403);
  // Put the default back for the other tests.
  sql(database.db, 'DELETE FROM contact_expectations');
});
