// Assessments of a child, through the pages: starting one on a template, a draft saved with
// a wrong answer refused, completion refused until every required answer is given, a
// countersignature refused to the author and given by another manager, a reassessment that
// starts from the previous answers, two assessments side by side with changes in words,
// and the administrator's read-only templates. Bad input gets a GOV.UK message and saves
// nothing. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';

let database;
let server;
let amara;  // case manager, North Kent unit
let grace;  // manager: unit lead, North Kent
let tom;    // manager: head of service
let hannah; // analyst: reads records, records no practice

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  grace = new Browserless(server.baseUrl);
  await grace.signIn('unitlead');
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const taken = [];
// A North Kent child no test here has used, with no assessments.
function child() {
  const exclude = taken.length ? ` AND public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db,
    `SELECT public_id || '|' || id FROM children WHERE restricted = 0 AND holding_team_code = 'NORTH'${exclude} ORDER BY id LIMIT 1`).split('|');
  taken.push(id);
  sql(database.db, `DELETE FROM assessment_answers WHERE assessment_id IN (SELECT id FROM assessments WHERE child_id = ${rowId})`);
  sql(database.db, `UPDATE assessments SET reassessment_of = NULL WHERE child_id = ${rowId}`);
  sql(database.db, `DELETE FROM assessments WHERE child_id = ${rowId}`);
  return { id, rowId };
}

async function post(session, pathname, fields) {
  const home = await session.request('/');
  const token = Browserless.csrfToken(home.text);
  return session.request(pathname, { method: 'POST', form: { csrf_token: token, ...fields } });
}

function errors(html) {
  const summary = html.match(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/);
  if (!summary) return [];
  return [...summary[0].matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><\/li>/g)].map((match) => `${match[1]} ${match[2]}`);
}

const latest = (kind) => sql(database.db, `SELECT MAX(id) FROM assessment_templates WHERE kind = '${kind}'`);

// The form fields of the template's questions by code: { code: 'q-ID' }.
function fields(templateId) {
  const rows = sql(database.db, `SELECT q.code || '|' || q.id FROM assessment_questions q JOIN assessment_sections s
    ON s.id = q.section_id WHERE s.template_id = ${templateId}`).split('\n').filter(Boolean);
  return Object.fromEntries(rows.map((row) => { const [code, id] = row.split('|'); return [code, `q-${id}`]; }));
}

function answersOf(code, values) {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [code[name], value]));
}

const state = (id) => sql(database.db, `SELECT state FROM assessments WHERE id = ${id}`);
const answerCount = (id) => Number(sql(database.db, `SELECT COUNT(*) FROM assessment_answers WHERE assessment_id = ${id}`));

// Starts an assessment of the kind as `session`; returns its address and id.
async function start(session, child, kind) {
  const started = await post(session, `/children/${child.id}/assessments/new`, { template: latest(kind) });
  assert.equal(started.status, 303, started.text);
  const href = started.headers.get('location').replace(/\/edit$/, '');
  return { href, id: href.split('/').pop() };
}

const signsOfSafety = { worries: 'Goes missing at weekends', working_well: 'Back at school', needs_to_happen: 'Safe at home', scaling: '6' };

test('a draft is started, saved, refused completion until complete, then completed', async () => {
  const sam = child();
  const list = await amara.request(`/children/${sam.id}/assessments`);
  assert.equal(list.status, 200);
  assert.match(list.text, /No assessments have been started/);
  assert.match(list.text, /aria-current="page">Assessments</);
  const choose = await amara.request(`/children/${sam.id}/assessments/new`);
  assert.match(choose.text, /Signs of Safety mapping/);
  assert.match(choose.text, /Special educational needs and disability screening/);
  const refused = await post(amara, `/children/${sam.id}/assessments/new`, {});
  assert.equal(refused.status, 422);
  assert.deepEqual(errors(refused.text), ['#template Select the assessment to start']);

  const { href, id } = await start(amara, sam, 'signs_of_safety');
  const code = fields(latest('signs_of_safety'));
  const form = await amara.request(`${href}/edit`);
  assert.equal(form.status, 200);
  assert.match(form.text, /What are we worried about\?/);

  // A wrong answer: nothing saved, the answers typed shown again.
  const wrong = await post(amara, `${href}/edit`, { action: 'save', ...answersOf(code, { worries: 'Missing', scaling: '11' }) });
  assert.equal(wrong.status, 422);
  assert.deepEqual(errors(wrong.text), [`#${code.scaling} Enter a whole number from 0 to 10`]);
  assert.match(wrong.text, /Missing<\/textarea>/);
  assert.equal(answerCount(id), 0);

  const saved = await post(amara, `${href}/edit`, { action: 'save', ...answersOf(code, { worries: 'Missing' }) });
  assert.equal(saved.status, 303);
  assert.equal(answerCount(id), 1);
  assert.equal(state(id), 'draft');

  // Completing needs every required answer: nothing saved otherwise.
  const incomplete = await post(amara, `${href}/edit`, { action: 'complete', ...answersOf(code, { worries: 'Missing', working_well: 'School' }) });
  assert.equal(incomplete.status, 422);
  assert.deepEqual(errors(incomplete.text), [
    `#${code.needs_to_happen} Enter an answer to “What needs to happen?”`,
    `#${code.scaling} Enter an answer to “On a scale of 0 to 10, where are things now?”`,
  ]);
  assert.equal(answerCount(id), 1);
  assert.equal(state(id), 'draft');

  const completed = await post(amara, `${href}/edit`, { action: 'complete', ...answersOf(code, signsOfSafety) });
  assert.equal(completed.status, 303);
  assert.equal(state(id), 'completed');
  const page = await amara.request(completed.headers.get('location'));
  assert.match(page.text, /Assessment completed/);
  assert.match(page.text, /6 out of 10/);
  assert.match(page.text, /Signs of Safety mapping, version 1/);
  assert.doesNotMatch(page.text, />Countersign</, 'a case manager does not countersign');
  const again = await amara.request(`${href}/edit`);
  assert.equal(again.status, 409, 'a completed assessment is not changed');
  const events = sql(database.db, `SELECT action FROM audit_events WHERE detail LIKE 'assessment ${id},%' ORDER BY id`).split('\n');
  assert.deepEqual(events, ['assessment.create', 'assessment.save', 'assessment.complete']);
  const viewed = sql(database.db, `SELECT COUNT(*) FROM audit_events WHERE action = 'child.assessment' AND detail = 'shown: assessment:${id}'`);
  assert.equal(viewed, '1');
});

test('the author may not countersign; another manager does', async () => {
  const kit = child();
  const { href, id } = await start(grace, kit, 'signs_of_safety');
  const code = fields(latest('signs_of_safety'));
  assert.equal((await post(grace, `${href}/edit`, { action: 'complete', ...answersOf(code, signsOfSafety) })).status, 303);
  const own = await post(grace, `${href}/countersign`, {});
  assert.equal(own.status, 422);
  assert.deepEqual(errors(own.text), ['#countersign You wrote this assessment: another manager must countersign it']);
  assert.equal(state(id), 'completed');
  const signed = await post(tom, `${href}/countersign`, {});
  assert.equal(signed.status, 303);
  assert.equal(state(id), 'countersigned');
  const list = await grace.request(`/children/${kit.id}/assessments`);
  assert.match(list.text, /Countersigned/);
  assert.match(list.text, /by Tom Whitfield/);
  const twice = await post(tom, `${href}/countersign`, {});
  assert.equal(twice.status, 422);
  assert.deepEqual(errors(twice.text), ['#countersign This assessment has already been countersigned']);
  const caseManager = await post(amara, `${href}/countersign`, {});
  assert.equal(caseManager.status, 403);
});

test('a reassessment starts from the previous answers, and the two show side by side with changes in words', async () => {
  const lee = child();
  const { href, id } = await start(amara, lee, 'signs_of_safety');
  const code = fields(latest('signs_of_safety'));
  await post(amara, `${href}/edit`, { action: 'complete', ...answersOf(code, signsOfSafety) });
  const draftReassess = await start(amara, lee, 'ete');
  const refused = await post(amara, `${draftReassess.href}/reassess`, {});
  assert.equal(refused.status, 422);
  assert.deepEqual(errors(refused.text), ['#reassess A draft cannot be reassessed: complete it first']);

  const reassessed = await post(amara, `${href}/reassess`, {});
  assert.equal(reassessed.status, 303);
  const second = reassessed.headers.get('location').replace(/\/edit$/, '').split('/').pop();
  assert.equal(sql(database.db, `SELECT reassessment_of FROM assessments WHERE id = ${second}`), id);
  assert.equal(answerCount(second), 4);
  const form = await amara.request(`${href.replace(/\d+$/, second)}/edit`);
  assert.match(form.text, /Goes missing at weekends<\/textarea>/);
  await post(amara, `${href.replace(/\d+$/, second)}/edit`,
    { action: 'complete', ...answersOf(code, { ...signsOfSafety, scaling: '8' }) });

  const compare = await amara.request(`/children/${lee.id}/assessments/compare?first=${second}&second=${id}`);
  assert.equal(compare.status, 200);
  assert.match(compare.text, /1 answer differs/);
  const scalingRow = compare.text.match(/On a scale of 0 to 10[\s\S]*?<\/tr>/)[0];
  assert.match(scalingRow, /6 out of 10[\s\S]*8 out of 10[\s\S]*Changed/, 'the earlier on the left, the change in words');
  const worriesRow = compare.text.match(/What are we worried about\?[\s\S]*?<\/tr>/)[0];
  assert.match(worriesRow, />Same</);
  const shownBoth = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.assessment_compare' ORDER BY id DESC LIMIT 1`);
  assert.equal(shownBoth, `shown: assessment:${id} assessment:${second}`);

  const otherKind = await amara.request(`/children/${lee.id}/assessments/compare?first=${id}&second=${draftReassess.id}`);
  assert.equal(otherKind.status, 422);
  assert.deepEqual(errors(otherKind.text),
    ['#second Select two assessments of the same kind: Signs of Safety mapping and Education, training and employment screening ask different questions']);
  const same = await amara.request(`/children/${lee.id}/assessments/compare?first=${id}&second=${id}`);
  assert.deepEqual(errors(same.text), ['#second Select two different assessments']);
});

test('an analyst reads assessments but records none; an administrator sees the templates', async () => {
  const ray = child();
  const { href } = await start(amara, ray, 'youth_justice');
  assert.equal((await hannah.request(href)).status, 200);
  assert.equal((await hannah.request(`/children/${ray.id}/assessments/new`)).status, 403);
  const list = await hannah.request(`/children/${ray.id}/assessments`);
  assert.doesNotMatch(list.text, /Start an assessment/);
  const admin = new Browserless(server.baseUrl);
  await admin.signIn('admin');
  const templates = await admin.request('/admin/assessment-templates');
  assert.equal(templates.status, 200);
  assert.match(templates.text, /Youth justice assessment/);
  const youthJustice = await admin.request(`/admin/assessment-templates/${latest('youth_justice')}`);
  assert.match(youthJustice.text, /Risk of serious harm/);
  assert.match(youthJustice.text, /Rating: Low, Medium, High, Very high/);
  assert.equal((await admin.request(href)).status, 403, 'the administrator opens no child\'s record');
});
