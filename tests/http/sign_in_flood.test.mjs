// A flood of bad sign-ins against a real server: each password check is a 64 MiB argon2id
// hash, so the server bounds how many run at once and answers the rest "try again in a
// moment". Behaviour is asserted, not timings: the answers, what was recorded, and the
// server's peak memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { count } from '../support/sqlite.mjs';

let database;
let server;

before(async () => {
  database = createDemoDatabase({ children: 20 });
  // The flood's connections all come from 127.0.0.1, as many people's would through the
  // proxy in front: lift the per-address connection limit, so what answers is the bound
  // on password checks under test here.
  server = await startServer(database.db, ['--max-connections-per-address', '0']);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// The sign-in form's CSRF check is a double-submit cookie: any value sent both ways passes,
// which is what a script flooding the form does.
const formToken = 'f'.repeat(43);

function badSignIn(username) {
  return fetch(server.baseUrl + '/sign-in', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `pathway_sign_in=${formToken}` },
    body: new URLSearchParams({ csrf_token: formToken, username, password: 'not the password at all' }).toString(),
  }).then(async (response) => ({ status: response.status, headers: response.headers, text: await response.text() }));
}

function peakMemoryBytes(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Number(line.match(/(\d+) kB/)[1]) * 1024;
}

test('a flood of bad sign-ins is refused or told to try again, memory stays bounded and /health answers', async () => {
  // Every username is new, so the throttle never refuses and each attempt needs a hash.
  const attempts = [];
  for (let i = 0; i < 96; i++) attempts.push(badSignIn(`flood-${i}`));
  const health = await fetch(server.baseUrl + '/health');
  assert.equal(health.status, 200);
  const answers = await Promise.all(attempts);

  const refused = answers.filter((a) => a.status === 422);
  const busy = answers.filter((a) => a.status === 503);
  assert.equal(refused.length + busy.length, answers.length, JSON.stringify(answers.map((a) => a.status)));
  assert.ok(busy.length > 0, 'more attempts than password checks at once: some are told to try again');
  for (const answer of busy) {
    assert.match(answer.text, /Too many people are signing in/);
    assert.match(answer.text, /There is a problem/);
    assert.match(answer.headers.get('retry-after'), /^\d+$/);
  }
  for (const answer of refused) assert.match(answer.text, /Enter a correct username and password/);
  // A try-again answer checked no password: it is not a failed sign-in.
  assert.equal(count(database.db, 'sign_in_failures', "username LIKE 'flood-%'"), refused.length);

  // At most one 64 MiB hash per core at once (the server uses half of them), plus the
  // server's own memory: the unbounded server reached a gigabyte here.
  const bound = availableParallelism() * 64 * 1024 * 1024 + 96 * 1024 * 1024;
  assert.ok(peakMemoryBytes(server.process.pid) < bound, `peak ${peakMemoryBytes(server.process.pid)} >= ${bound}`);

  // Once the flood is over, staff sign in as usual from the same address.
  assert.equal((await new Browserless(server.baseUrl).signIn('manager', DEMO_PASSWORD)).status, 303);
});

test('a throttled flood costs no password check', async () => {
  // Five failures lock the account from this address; after that no attempt is checked, so
  // none waits for a hash and none is told to try again.
  for (let i = 0; i < 5; i++) assert.equal((await badSignIn('analyst')).status, 422);
  const failures = count(database.db, 'sign_in_failures', "lower(username) = 'analyst'");
  const answers = await Promise.all(Array.from({ length: 64 }, () => badSignIn('ANALYST')));
  assert.deepEqual([...new Set(answers.map((a) => a.status))], [422]);
  // Refused by the throttle, not checked, so not counted: the lock ends on time.
  assert.equal(count(database.db, 'sign_in_failures', "lower(username) = 'analyst'"), failures);
});
