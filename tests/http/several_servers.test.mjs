// Several `pathway serve` processes on one database behave as one service: a session
// started on one is valid on the others, signing out ends it everywhere, and failed
// sign-ins count across them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';

let database;
let first;
let second;

before(async () => {
  database = createDemoDatabase();
  first = await startServer(database.db);
  second = await startServer(database.db);
});

after(async () => {
  await first?.stop();
  await second?.stop();
  database?.remove();
});

// The same person (one cookie jar) talking to a different server.
function onServer(browser, server) {
  const moved = new Browserless(server.baseUrl);
  moved.cookies = browser.cookies;
  return moved;
}

test('a session started on one server is valid on the other', async () => {
  const staff = new Browserless(first.baseUrl);
  assert.equal((await staff.signIn('caseworker')).status, 303);
  const elsewhere = await onServer(staff, second).request('/children');
  assert.equal(elsewhere.status, 200);
});

test('signing out on one server ends the session on every server', async () => {
  const staff = new Browserless(first.baseUrl);
  await staff.signIn('manager');
  const cookies = new Map(staff.cookies);
  const home = await staff.request('/');
  await staff.request('/sign-out', { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text) } });
  const replay = new Browserless(second.baseUrl);
  replay.cookies = cookies;
  assert.equal((await replay.request('/')).status, 303);
});

test('failed sign-ins are counted across servers', async () => {
  for (let i = 0; i < 5; i++) {
    const server = i % 2 ? second : first;
    await new Browserless(server.baseUrl).signIn('analyst', 'wrong password ' + i);
  }
  const locked = await new Browserless(second.baseUrl).signIn('analyst', DEMO_PASSWORD);
  assert.equal(locked.status, 422);
  const lockedToo = await new Browserless(first.baseUrl).signIn('analyst', DEMO_PASSWORD);
  assert.equal(lockedToo.status, 422);
});
