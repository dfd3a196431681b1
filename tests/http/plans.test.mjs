// A child's case formulation and intervention plan (/children/{id}/plan): the formulation
// saved as versions, each keeping the one before; objectives with the child's words beside
// the worker's, an owner, actions and a review date, refused with a GOV.UK error summary and
// nothing saved when the owner, the review date or an action's description is wrong; reviews;
// the two PDFs, whose text holds the child's words; who may read and who may write; every
// page and print audited. Runs on both backends (PATHWAY_TEST_BACKEND).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { clearPlans } from '../support/plan_fixture.mjs';

let database;
let server;
let tom;     // head of service: opens every record and records practice
let hannah;  // analyst: reads every record, records no practice
let child;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  server = await startServer(database.db);
  tom = new Browserless(server.baseUrl);
  await tom.signIn('manager');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
  child = sql(database.db, 'SELECT public_id FROM children WHERE restricted = 0 ORDER BY id LIMIT 1');
  const rowId = `(SELECT id FROM children WHERE public_id = '${child}')`;
  // The demo may have given the child a plan: start from none.
  clearPlans(database.db, rowId);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const page = () => `/children/${child}/plan`;

function dateFields(prefix, date) {
  return { [`${prefix}-day`]: String(date.getUTCDate()), [`${prefix}-month`]: String(date.getUTCMonth() + 1),
    [`${prefix}-year`]: String(date.getUTCFullYear()) };
}
const daysFromNow = (days) => new Date(Date.now() + days * 86400000);

async function post(session, pathname, fields) {
  const home = await session.request('/');
  return session.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

function saved() {
  return count(database.db, 'plan_objectives') + count(database.db, 'plan_actions') + count(database.db, 'plan_reviews') +
    count(database.db, 'case_formulations') +
    count(database.db, 'audit_events', "action IN ('plan.objective', 'plan.action', 'plan.review', 'formulation.save')");
}

const goodObjective = () => ({
  'need-area': 'education_training_employment', 'worker-words': 'Sam returns to full-time education.',
  'child-words': 'I want to fix motorbikes, so I need college.', owner: 'agency', 'owner-name': 'Maidstone College',
  ...dateFields('review-on', daysFromNow(60)),
  'action-1-description': 'Visit the college open day', 'action-1-who': 'Sam and his worker',
  ...dateFields('action-1-by', daysFromNow(20)),
});

test('a child with no plan: the Plan tab says so and offers to start one', async () => {
  const answer = await tom.request(page());
  assert.equal(answer.status, 200);
  assert.match(answer.text, /aria-current="page">Plan</);
  assert.match(answer.text, /No case formulation has been written yet/);
  assert.match(answer.text, /No plan has been agreed yet/);
  assert.match(answer.text, /href="\/children\/[^"]+\/plan\/objectives\/new"/);
  const pdf = await tom.request(`${page()}/my-plan.pdf`);
  assert.equal(pdf.status, 404);
});

test('the formulation is saved as versions, each keeping the one before, with who and when', async () => {
  const form = await tom.request(`${page()}/formulation`);
  assert.equal(form.status, 200);
  for (const heading of ['What has happened', 'What it means', 'What keeps the child safe', 'What helps', 'What the child says']) {
    assert.ok(form.text.includes(heading), heading);
  }
  let answer = await post(tom, `${page()}/formulation`, { 'what-happened': 'Lost his grandad.\nMoved school twice.' });
  assert.equal(answer.status, 303);
  answer = await post(tom, `${page()}/formulation`, { 'what-happened': 'Lost his grandad in 2024.', 'what-helps': 'Short sessions, outdoors.' });
  assert.equal(answer.status, 303);
  const shown = await tom.request(page());
  assert.match(shown.text, /Version 2, saved by Tom/);
  assert.match(shown.text, /Short sessions, outdoors\./);
  assert.match(shown.text, /Earlier versions of the formulation/);
  assert.match(shown.text, /Lost his grandad\.\nMoved school twice\./);
  const events = sql(database.db, "SELECT detail FROM audit_events WHERE action = 'formulation.save' ORDER BY id");
  assert.deepEqual(events.split('\n'), ['formulation version 1', 'formulation version 2']);
  // An empty formulation is not a version.
  const before = saved();
  answer = await post(tom, `${page()}/formulation`, {});
  assert.equal(answer.status, 422);
  assert.match(answer.text, /govuk-error-summary/);
  assert.equal(saved(), before);
});

test('an objective with no owner, a past review date or an action with no description is refused, nothing saved', async () => {
  const cases = [
    [{ owner: '' }, 'Select who owns the objective', 'owner'],
    [{ owner: 'agency', 'owner-name': '' }, 'Enter the name of the partner agency that owns the objective', 'owner-name'],
    [dateFields('review-on', daysFromNow(-1)), 'The review date must be today or in the future', 'review-on-day'],
    [{ 'action-1-description': '' }, 'Enter what is to be done in row 1', 'action-1-description'],
  ];
  for (const [change, message, field] of cases) {
    const before = saved();
    const answer = await post(tom, `${page()}/objectives/new`, { ...goodObjective(), ...change });
    assert.equal(answer.status, 422, message);
    assert.match(answer.text, /govuk-error-summary/);
    assert.ok(answer.text.includes(message), message);
    assert.ok(answer.text.includes(`href="#${field}"`), field);
    // What was typed is kept.
    assert.ok(answer.text.includes('I want to fix motorbikes, so I need college.'));
    assert.equal(saved(), before, message);
  }
});

test('an objective is added with the child\'s words beside the worker\'s, its owner, actions and review date', async () => {
  let answer = await post(tom, `${page()}/objectives/new`, goodObjective());
  assert.equal(answer.status, 303);
  assert.match(answer.headers.get('location'), /\?saved=objective$/);
  const shown = await tom.request(page());
  assert.match(shown.text, /Objective 1: Education, training and employment/);
  assert.match(shown.text, /In the child’s words/);
  assert.match(shown.text, /I want to fix motorbikes, so I need college\./);
  assert.match(shown.text, /Partner agency: Maidstone College/);
  assert.match(shown.text, /Visit the college open day/);
  const objective = sql(database.db, 'SELECT MAX(id) FROM plan_objectives');
  const plan = sql(database.db, `SELECT plan_id FROM plan_objectives WHERE id = ${objective}`);
  const viewed = sql(database.db, "SELECT detail FROM audit_events WHERE action = 'child.plan' ORDER BY id DESC LIMIT 1");
  assert.ok(viewed.includes(`plan ${plan} (objectives ${objective}`), viewed);

  // A member of staff working with the child may own one.
  const form = await tom.request(`${page()}/objectives/new`);
  const staffOwner = form.text.match(/<option value="(staff:\d+)"/)[1];
  answer = await post(tom, `${page()}/objectives/new`, { ...goodObjective(), 'need-area': 'emotional_mental_health', owner: staffOwner, 'owner-name': '' });
  assert.equal(answer.status, 303);
  // Another staff id (not working with the child) is refused.
  answer = await post(tom, `${page()}/objectives/new`, { ...goodObjective(), owner: 'staff:999999' });
  assert.equal(answer.status, 422);

  // An action added later needs its description.
  const before = saved();
  answer = await post(tom, `${page()}/objectives/${objective}/actions/new`, { 'action-who': 'Sam' });
  assert.equal(answer.status, 422);
  assert.match(answer.text, /Enter what is to be done/);
  assert.equal(saved(), before);
  answer = await post(tom, `${page()}/objectives/${objective}/actions/new`, { 'action-description': 'Enrol for January' });
  assert.equal(answer.status, 303);
  assert.match((await tom.request(page())).text, /Enrol for January/);
  answer = await tom.request(`${page()}/objectives/999999999/actions/new`);
  assert.equal(answer.status, 404);
});

test('a review is recorded with who took part, what changed and the next review date', async () => {
  const before = saved();
  let answer = await post(tom, `${page()}/reviews/new`, { ...dateFields('reviewed-on', daysFromNow(0)), 'took-part': 'Sam' });
  assert.equal(answer.status, 422);
  assert.equal(saved(), before);
  answer = await post(tom, `${page()}/reviews/new`, {
    ...dateFields('reviewed-on', daysFromNow(0)), 'took-part': 'Sam, his mum and his case manager',
    'what-changed': 'College place confirmed.', ...dateFields('next-review-on', daysFromNow(90)),
  });
  assert.equal(answer.status, 303);
  const shown = await tom.request(page());
  assert.match(shown.text, /College place confirmed\./);
  assert.match(shown.text, /Next review of the plan/);
});

test('both PDFs hold the child\'s words and are audited with the plan shown', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'plans-'));
  try {
    for (const [file, words] of [['my-plan.pdf', 'What I said'], ['full-plan.pdf', 'Intervention plan']]) {
      // The file's bytes as they are (Browserless reads answers as text).
      const cookie = [...tom.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const answer = await fetch(`${server.baseUrl}${page()}/${file}`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(answer.status, 200, file);
      assert.equal(answer.headers.get('content-type'), 'application/pdf');
      const saved = path.join(folder, file);
      writeFileSync(saved, Buffer.from(await answer.arrayBuffer()));
      const text = execFileSync('pdftotext', [saved, '-']).toString();
      assert.ok(text.includes('I want to fix motorbikes, so I need college.'), file);
      assert.ok(text.includes(words), file);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const printed = sql(database.db, "SELECT detail FROM audit_events WHERE action = 'child.plan_pdf' ORDER BY id");
  assert.match(printed, /child-friendly print; plan \d+ \(objectives/);
  assert.match(printed, /full plan; plan \d+/);
});

test('reading needs the record; writing needs practice: the analyst reads, but may not write', async () => {
  assert.equal((await hannah.request(page())).status, 200);
  const shown = await hannah.request(page());
  assert.doesNotMatch(shown.text, /Add an objective/);
  for (const form of ['/formulation', '/objectives/new', '/reviews/new']) {
    assert.equal((await hannah.request(`${page()}${form}`)).status, 403, form);
  }
  const before = saved();
  assert.equal((await post(hannah, `${page()}/objectives/new`, goodObjective())).status, 403);
  assert.equal(saved(), before);
});
