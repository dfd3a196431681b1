// PostgreSQL restarts while staff are working: requests caught by it fail cleanly (an error
// page, nothing half-saved), /health says "not ready" while the database is away, and the
// server carries on by itself once it is back, with no restart of its own.
// PostgreSQL only: it stops and starts the throwaway cluster of scripts/with-postgres, so it
// must have that cluster to itself (scripts/run-tests runs it alone, after the other files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { backend, createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { eventually } from '../support/eventually.mjs';

const skip = backend === 'postgresql' ? false : 'PostgreSQL only (run under scripts/with-postgres)';
const cluster = (action) => execFileSync(process.env.PATHWAY_TEST_POSTGRES_CTL, [action], { stdio: 'ignore' });

let database;
let server;

before(async () => {
  if (skip) return;
  database = createDemoDatabase({ children: 100 });
  server = await startServer(database.db);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const newChild = (familyName) => ({
  'given-name': 'Robin', 'family-name': familyName, 'date-of-birth-day': '2', 'date-of-birth-month': '7',
  'date-of-birth-year': String(new Date().getFullYear() - 15), sex: 'male', ethnicity: 'WBRI',
  district: 'MAIDSTONE', 'looked-after': 'no',
});

// Several case managers listing and adding children until told to stop (or 400 requests
// each): every answer is kept with the phase of the outage its request started in and the
// phase it was answered in. A request started just before the stop may still be waiting on
// the database when it goes away; it is in flight during the outage and may fail (cleanly).
function startLoad(staff, token, phase) {
  const answers = [];
  const saved = [];
  let running = true;
  const worker = async (n) => {
    for (let i = 0; running && i < 400; i++) {
      const started = phase.now;
      const familyName = `Restartson${n}x${i}`;
      try {
        const answer = i % 2
          ? await staff.request('/children')
          : await staff.request('/children/new', { method: 'POST', form: { csrf_token: token, ...newChild(familyName) } });
        answers.push({ phase: started, answeredIn: phase.now, status: answer.status, text: answer.text });
        if (answer.status === 303) saved.push(familyName);
      } catch (error) {
        answers.push({ phase: started, answeredIn: phase.now, status: 'no answer', text: String(error) });
      }
    }
  };
  const workers = Promise.all([0, 1, 2, 3, 4, 5].map(worker));
  return { answers, saved, stop: async () => { running = false; await workers; } };
}

test('a database restart under load fails requests cleanly and the service resumes by itself', { skip }, async () => {
  const staff = new Browserless(server.baseUrl);
  assert.equal((await staff.signIn('caseworker')).status, 303);
  const token = Browserless.csrfToken((await staff.request('/children/new')).text);
  const phase = { now: 'before' };
  const load = startLoad(staff, token, phase);

  await sleep(400);
  phase.now = 'down';
  cluster('stop');
  const health = await fetch(server.baseUrl + '/health');
  assert.equal(health.status, 503);
  assert.match(await health.text(), /not ready/);
  const page = await staff.request('/children');
  assert.equal(page.status, 500);
  assert.match(page.text, /Sorry, there is a problem with the service/);
  assert.match(page.text, /quote reference [A-Za-z0-9_-]{12}\./);
  await sleep(300);

  phase.now = 'coming back';
  cluster('start');
  await eventually(async () => (await fetch(server.baseUrl + '/health')).status === 200,
    { seconds: 30, what: '/health answering 200' });
  phase.now = 'back';
  await sleep(700);
  await load.stop();

  const { answers, saved } = load;
  const unanswered = answers.filter((a) => a.status === 'no answer');
  assert.deepEqual(unanswered, [], 'every request got an answer');
  for (const answer of answers) {
    assert.ok([200, 303, 500].includes(answer.status), `unexpected ${answer.status} while ${answer.phase}`);
    if (answer.status === 500) assert.match(answer.text, /Sorry, there is a problem with the service/);
  }
  const failed = (name) => answers.filter((a) => a.phase === name && a.status === 500).length;
  assert.ok(failed('down') > 0, 'requests while the database was down failed');
  // cluster('stop') blocks the event loop, so an answer handled while the phase still said
  // 'before' was complete before the database began to shut down.
  const failedBeforeTheStop = answers.filter((a) => a.answeredIn === 'before' && a.status === 500).length;
  assert.equal(failedBeforeTheStop, 0, 'nothing failed before the restart');
  assert.equal(failed('back'), 0, 'nothing failed once /health said ready again');
  assert.ok(answers.filter((a) => a.phase === 'back').length > 0, 'requests ran after the database came back');
  assert.equal(server.process.exitCode, null, 'the server kept running');

  // Every child the server said it saved is there, and no child is there without its
  // history and its audit event: each add was all or nothing.
  const stored = new Set(sql(database.db, "SELECT family_name FROM children WHERE family_name LIKE 'Restartson%'").split('\n').filter(Boolean));
  for (const name of saved) assert.ok(stored.has(name), `${name} was reported saved but is missing`);
  assert.equal(sql(database.db, `SELECT COUNT(*) FROM children c WHERE c.family_name LIKE 'Restartson%' AND (
    NOT EXISTS (SELECT 1 FROM child_changes h WHERE h.child_id = c.id) OR
    NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.action = 'child.create' AND a.record_id = c.public_id))`), '0');
  assert.ok(stored.size >= saved.length);
  assert.equal((await staff.request('/children')).status, 200);
});
