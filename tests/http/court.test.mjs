// A child's court record and the joint decision panel of an out-of-court decision: a court
// outcome names its court and the hearing that convicted the child; hearings with their
// results; reports asked for, submitted, quality-assured, overdue, and a recent pre-sentence
// report given again only when the rule allows it; the panel's record; hearings on the
// chronology. Bad input gets a GOV.UK message and saves nothing. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearJusticeRecord, daysAgo, iso, shown } from '../support/justice_fixture.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let hannah; // analyst: reads every record, corrects none

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
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
  sql(database.db, `UPDATE children SET date_of_birth = '2009-06-20' WHERE public_id = '${id}'`);
  return { id, rowId };
}

function dateFields(prefix, date) {
  const [year, month, day] = iso(date).split('-');
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year };
}
const daysAhead = (days) => daysAgo(-days);

async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return session.request(pathname, { method: 'POST', form: [['csrf_token', token], ...pairs] });
}

function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}

function lastEvent(action) {
  return sql(database.db, `SELECT actor || '|' || record_id || '|' || COALESCE(detail, '') FROM audit_events WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);
}

async function offence(who, date) {
  const saved = await post(amara, `/children/${who.id}/offences/new`, {
    ...dateFields('offence-date', date), category: 'robbery', gravity: '5', description: 'Took a phone',
  });
  assert.equal(saved.status, 303);
  return sql(database.db, `SELECT MAX(id) FROM offences WHERE child_id = ${who.rowId}`);
}

function hearingCount(who) { return count(database.db, 'court_hearings', `child_id = ${who.rowId}`); }
function reportCount(who) { return count(database.db, 'court_reports', `child_id = ${who.rowId}`); }

test('a court outcome names its court and conviction; a caution names neither; bad input saves nothing', async () => {
  const sam = child();
  const first = await offence(sam, daysAgo(100));
  const second = await offence(sam, daysAgo(90));
  const referral = {
    'outcome-type': 'referral_order', ...dateFields('outcome-date', daysAgo(40)), offence: first, 'length-months': '6',
  };
  const missing = await post(amara, `/children/${sam.id}/outcomes/new`, referral);
  assert.equal(missing.status, 422);
  assert.deepEqual(errors(missing.text), ['#court Enter the court that gave this outcome',
    '#hearing-date-day Enter the date of the hearing at which the child was convicted']);
  const late = await post(amara, `/children/${sam.id}/outcomes/new`, {
    ...referral, court: 'Maidstone Youth Court', ...dateFields('hearing-date', daysAgo(39)),
  });
  assert.equal(late.status, 422);
  assert.match(errors(late.text)[0], /^#hearing-date-day The date of conviction is after the outcome of /);
  const bad = await post(amara, `/children/${sam.id}/outcomes/new`, {
    ...referral, court: 'Maidstone\u0007Court', ...dateFields('hearing-date', daysAgo(60)),
  });
  assert.equal(bad.status, 422);
  assert.match(errors(bad.text)[0], /^#court The court’s name must not contain/);
  assert.equal(count(database.db, 'outcomes', `child_id = ${sam.rowId}`), 0, 'nothing saved');

  const saved = await post(amara, `/children/${sam.id}/outcomes/new`, {
    ...referral, court: '  Maidstone Youth Court ', ...dateFields('hearing-date', daysAgo(60)),
  });
  assert.equal(saved.status, 303, errors(saved.text).join('; '));
  assert.equal(sql(database.db, `SELECT court || '|' || hearing_date FROM outcome_courts oc JOIN outcomes o ON o.id = oc.outcome_id WHERE o.child_id = ${sam.rowId}`),
    `Maidstone Youth Court|${iso(daysAgo(60))}`);
  const page = await amara.request(`/children/${sam.id}/offences`);
  assert.match(page.text, new RegExp(`Maidstone Youth Court<br>Convicted ${shown(daysAgo(60))}`), page.text.match(/<table[^>]*id="outcomes"[\s\S]*?<\/table>/)?.[0]);

  const caution = { 'outcome-type': 'youth_caution', ...dateFields('outcome-date', daysAgo(30)), offence: second };
  const withCourt = await post(amara, `/children/${sam.id}/outcomes/new`, { ...caution, court: 'Maidstone Youth Court' });
  assert.equal(withCourt.status, 422);
  assert.deepEqual(errors(withCourt.text), ['#court Leave the court blank: this outcome is not a court’s']);
  assert.equal((await post(amara, `/children/${sam.id}/outcomes/new`, caution)).status, 303);
  assert.equal(count(database.db, 'outcome_courts', `outcome_id IN (SELECT id FROM outcomes WHERE child_id = ${sam.rowId})`), 1);
  // The form suggests the courts recorded in the service.
  assert.match((await amara.request(`/children/${sam.id}/court/hearings/new`)).text, /<option value="Maidstone Youth Court"><\/option>/);
});

test('hearings: added, listed upcoming then held, a result only once held; bad input saves nothing', async () => {
  const ali = child();
  const court = `/children/${ali.id}/court`;
  const empty = await post(amara, `${court}/hearings/new`, { court: ' ', purpose: 'party', 'hearing-date-day': '31', 'hearing-date-month': '2', 'hearing-date-year': '2026' });
  assert.equal(empty.status, 422);
  assert.deepEqual(errors(empty.text).map((e) => e.split(' ')[0]), ['#court', '#hearing-date-day', '#purpose']);
  assert.equal(hearingCount(ali), 0);
  const coming = { court: 'Maidstone Youth Court', purpose: 'sentence', ...dateFields('hearing-date', daysAhead(14)) };
  const saved = await post(amara, `${court}/hearings/new`, coming);
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `${court}?saved=hearing`);
  assert.match(lastEvent('hearing.create'), new RegExp(`^caseworker\\|${ali.id}\\|hearing \\d+, sentence on ${iso(daysAhead(14))}$`));
  assert.equal((await post(amara, `${court}/hearings/new`, { ...coming, purpose: 'plea', ...dateFields('hearing-date', daysAgo(7)) })).status, 303);
  const page = await amara.request(saved.headers.get('location'));
  assert.equal(page.status, 200);
  assert.match(page.text, /Hearing added/);
  const upcoming = page.text.match(/<table[^>]*id="upcoming-hearings"[\s\S]*?<\/table>/)[0];
  assert.match(upcoming, new RegExp(`${shown(daysAhead(14))}[\\s\\S]*Sentence`), upcoming);
  const past = page.text.match(/<table[^>]*id="past-hearings"[\s\S]*?<\/table>/)[0];
  assert.match(past, /Plea[\s\S]*No result recorded/);
  assert.match(lastEvent('child.court'), new RegExp(`^caseworker\\|${ali.id}\\|`));

  const [plea, sentence] = sql(database.db, `SELECT id FROM court_hearings WHERE child_id = ${ali.rowId} ORDER BY hearing_date`).split('\n');
  const early = await post(amara, `${court}/hearings/${sentence}/result`, { result: 'sentenced' });
  assert.equal(early.status, 422);
  assert.match(errors(early.text)[0], /^#result The hearing is on .*: record its result on that day or after$/);
  const wrongDate = await post(amara, `${court}/hearings/${plea}/result`, { result: 'convicted', ...dateFields('adjourned-to', daysAgo(8)) });
  assert.equal(wrongDate.status, 422);
  assert.match(errors(wrongDate.text)[0], /^#adjourned-to-day The date adjourned to must be after the hearing of /);
  assert.equal(count(database.db, 'court_hearings', `child_id = ${ali.rowId} AND result IS NOT NULL`), 0, 'nothing saved');
  const recorded = await post(amara, `${court}/hearings/${plea}/result`, {
    result: 'convicted', ...dateFields('adjourned-to', daysAhead(14)), notes: 'Adjourned for a pre-sentence report',
  });
  assert.equal(recorded.status, 303);
  const after = (await amara.request(court)).text.match(/<table[^>]*id="past-hearings"[\s\S]*?<\/table>/)[0];
  assert.match(after, new RegExp(`Convicted \\(guilty plea or found guilty\\), sentence adjourned<br>Adjourned to ${shown(daysAhead(14))}`));

  // Another child's hearing is not found on this child's record.
  const other = child();
  assert.equal((await amara.request(`/children/${other.id}/court/hearings/${plea}/result`)).status, 404);
  // The chronology shows the hearings, and filters to them.
  const timeline = await amara.request(`/children/${ali.id}/chronology?kind=hearing`);
  assert.match(timeline.text, /Hearing: Plea/);
  assert.match(timeline.text, /Hearing: Sentence/);
  // Read, not changed, by those who may not correct the record.
  const read = await hannah.request(court);
  assert.equal(read.status, 200);
  assert.doesNotMatch(read.text, /Add a hearing/);
  assert.equal((await post(hannah, `${court}/hearings/new`, coming)).status, 403);
});

test('reports: asked for, due by the hearing, overdue, submitted and quality-assured; a recent report given again only when the rule allows', async () => {
  const jo = child();
  const court = `/children/${jo.id}/court`;
  assert.match((await amara.request(`${court}/reports/new`)).text, /A report is for a hearing: add the hearing first/);
  await post(amara, `${court}/hearings/new`, { court: 'Maidstone Youth Court', purpose: 'sentence', ...dateFields('hearing-date', daysAgo(70)) });
  await post(amara, `${court}/hearings/new`, { court: 'Maidstone Youth Court', purpose: 'sentence', ...dateFields('hearing-date', daysAhead(10)) });
  const [old, coming] = sql(database.db, `SELECT id FROM court_hearings WHERE child_id = ${jo.rowId} ORDER BY hearing_date`).split('\n');
  const ask = (hearing, asked, due, more = {}) => post(amara, `${court}/reports/new`, {
    hearing, 'report-type': 'pre_sentence', ...dateFields('asked-on', asked), ...dateFields('due-on', due), ...more,
  });
  const afterHearing = await ask(old, daysAgo(90), daysAgo(69));
  assert.equal(afterHearing.status, 422);
  assert.match(errors(afterHearing.text)[0], /^#due-on-day The due date is after the hearing the report is for/);
  assert.equal(reportCount(jo), 0, 'nothing saved');
  assert.equal((await ask(old, daysAgo(90), daysAgo(72))).status, 303);
  assert.match(lastEvent('report.ask'), new RegExp(`^caseworker\\|${jo.id}\\|report \\d+, pre_sentence for hearing ${old}$`));
  const first = sql(database.db, `SELECT id FROM court_reports WHERE child_id = ${jo.rowId}`);
  // Still asked for after its due date: overdue, listed first.
  let page = (await amara.request(court)).text;
  assert.match(page.match(/<table[^>]*id="reports-due"[\s\S]*?<\/table>/)[0], /Overdue/);

  const progress = `${court}/reports/${first}`;
  const early = await post(amara, progress, { ...dateFields('submitted-on', daysAgo(95)), ...dateFields('assessment-on', daysAgo(96)) });
  assert.equal(early.status, 422);
  assert.match(errors(early.text)[0], /^#submitted-on-day The date submitted is before the report was asked for/);
  assert.equal(sql(database.db, `SELECT status FROM court_reports WHERE id = ${first}`), 'asked');
  assert.equal((await post(amara, progress, {
    ...dateFields('submitted-on', daysAgo(73)), ...dateFields('assessment-on', daysAgo(80)), ...dateFields('quality-assured-on', daysAgo(72)),
  })).status, 303);
  assert.equal(sql(database.db, `SELECT status FROM court_reports WHERE id = ${first}`), 'quality_assured');
  page = (await amara.request(court)).text;
  assert.doesNotMatch(page, /Overdue/);

  // 73 days old on the coming hearing's day: offered; the worker must confirm nothing changed.
  const form = await amara.request(`${court}/reports/new?hearing=${coming}`);
  assert.match(form.text, new RegExp(`Give again the Pre-sentence report of ${shown(daysAgo(73))}`));
  const unconfirmed = await ask(coming, daysAgo(1), daysAhead(8), { reuse: first });
  assert.equal(unconfirmed.status, 422);
  assert.deepEqual(errors(unconfirmed.text), [`#reuse-${first} The report of ${shown(daysAgo(73))} cannot be reused: confirm that nothing significant has changed since the assessment, or write a new report`]);
  assert.equal(reportCount(jo), 1, 'nothing saved');
  // A report too old on the hearing's day is refused, whatever the form says.
  await post(amara, `${court}/hearings/new`, { court: 'Maidstone Youth Court', purpose: 'review', ...dateFields('hearing-date', daysAhead(30)) });
  const later = sql(database.db, `SELECT MAX(id) FROM court_hearings WHERE child_id = ${jo.rowId}`);
  const tooOld = await ask(later, daysAgo(1), daysAhead(28), { reuse: first, 'nothing-changed': 'yes' });
  assert.equal(tooOld.status, 422);
  assert.match(errors(tooOld.text)[0], /cannot be reused: it is 3 months old or more on/);
  assert.equal(reportCount(jo), 1, 'nothing saved');
  const reused = await ask(coming, daysAgo(1), daysAhead(8), { reuse: first, 'nothing-changed': 'yes' });
  assert.equal(reused.status, 303, errors(reused.text).join('; '));
  assert.equal(reused.headers.get('location'), `${court}?saved=reused`);
  assert.equal(sql(database.db, `SELECT status || '|' || reused_report_id FROM court_reports WHERE child_id = ${jo.rowId} AND hearing_id = ${coming}`),
    `quality_assured|${first}`);
  assert.match(lastEvent('report.reuse'), new RegExp(`reuses report ${first} \\(nothing significant changed`));
  page = (await amara.request(court)).text;
  assert.match(page, new RegExp(`The report of ${shown(daysAgo(73))}, given again`));
});

test('the joint decision panel: recorded for a decision out of court, refused for a court outcome and another child\'s', async () => {
  const kim = child();
  const first = await offence(kim, daysAgo(50));
  const second = await offence(kim, daysAgo(45));
  await post(amara, `/children/${kim.id}/outcomes/new`, { 'outcome-type': 'youth_conditional_caution', ...dateFields('outcome-date', daysAgo(20)), offence: first });
  await post(amara, `/children/${kim.id}/outcomes/new`, {
    'outcome-type': 'fine', ...dateFields('outcome-date', daysAgo(10)), offence: second, court: 'Maidstone Youth Court', ...dateFields('hearing-date', daysAgo(10)),
  });
  const [caution, fine] = sql(database.db, `SELECT id FROM outcomes WHERE child_id = ${kim.rowId} ORDER BY outcome_date`).split('\n');
  const panel = `/children/${kim.id}/outcomes/${caution}/decision-panel`;
  const blank = await amara.request(panel);
  assert.equal(blank.status, 200);
  assert.match(blank.text, /No joint decision panel is recorded/);
  assert.match(blank.text, new RegExp(`href="/children/${kim.id}/outcomes/${caution}" class="govuk-back-link"`));
  assert.match(lastEvent('child.decision_panel'), new RegExp(`^caseworker\\|${kim.id}\\|outcome ${caution}$`));

  const fields = {
    ...dateFields('panel-date', daysAgo(25)), 'attendee-1-agency': 'police', 'attendee-1-name': 'PC Dev Okafor',
    'attendee-2-agency': 'education', 'attendee-2-name': 'Ann Lee', recommendation: 'youth_caution',
  };
  const refused = await post(amara, panel, fields);
  assert.equal(refused.status, 422);
  assert.deepEqual(errors(refused.text), [
    '#attendee-1-agency A joint decision panel has the police and the youth justice service: name at least one person from each',
    '#police-reason The police did not follow the panel’s recommendation: say why',
  ]);
  const halfRow = await post(amara, panel, { ...fields, 'attendee-3-agency': 'youth_justice_service', 'attendee-4-name': 'Nobody', 'police-reason': 'Conditions needed' });
  assert.equal(halfRow.status, 422);
  assert.deepEqual(errors(halfRow.text).map((e) => e.split(' ')[0]), ['#attendee-3-name', '#attendee-4-agency']);
  assert.equal(count(database.db, 'decision_panels', `outcome_id = ${caution}`), 0, 'nothing saved');

  const saved = await post(amara, panel, { ...fields, 'attendee-3-agency': 'youth_justice_service', 'attendee-3-name': 'Priya Shah', 'police-reason': 'Conditions give the programme needed' });
  assert.equal(saved.status, 303, errors(saved.text).join('; '));
  assert.match(lastEvent('outcome.decision_panel'), new RegExp(`outcome ${caution}, recommended youth_caution, not followed$`));
  const shownPanel = (await hannah.request(panel)).text;
  assert.match(shownPanel, /PC Dev Okafor \(Police\)/);
  assert.match(shownPanel, /Priya Shah \(Youth justice service\)/);
  assert.match(shownPanel, /Followed the recommendation<\/dt><dd class="govuk-summary-list__value">No/);
  assert.doesNotMatch(shownPanel, /Save the panel’s record/);
  assert.equal((await post(hannah, panel, fields)).status, 403);

  const court = await amara.request(`/children/${kim.id}/outcomes/${fine}/decision-panel`);
  assert.equal(court.status, 200);
  assert.match(court.text, /This outcome was given by a court, so it has no panel/);
  assert.equal((await post(amara, `/children/${kim.id}/outcomes/${fine}/decision-panel`, fields)).status, 422);
  assert.equal(count(database.db, 'decision_panels', `outcome_id = ${fine}`), 0);
  const other = child();
  assert.equal((await amara.request(`/children/${other.id}/outcomes/${caution}/decision-panel`)).status, 404);
});
