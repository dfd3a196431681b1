// Signing in and out, sessions, CSRF and throttling, against a real server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const failureMessage = /Enter a correct username and password/;

test('anonymous users are sent to sign in, and back to where they were going', async () => {
  const visitor = new Browserless(server.baseUrl);
  const page = await visitor.request('/children?name=a');
  assert.equal(page.status, 303);
  assert.equal(page.headers.get('location'), '/sign-in?return=%2Fchildren%3Fname%3Da');
  const form = await visitor.request(page.headers.get('location'));
  const token = Browserless.csrfToken(form.text);
  const signedIn = await visitor.request('/sign-in', {
    method: 'POST',
    form: { csrf_token: token, username: 'caseworker', password: DEMO_PASSWORD, return: '/children?name=a' },
  });
  assert.equal(signedIn.status, 303);
  assert.equal(signedIn.headers.get('location'), '/children?name=a');
});

test('sign-in never redirects off the site', async () => {
  // Browsers drop tabs and newlines in addresses and read '\\' as '/': each of these would
  // otherwise lead to evil.example.
  for (const target of ['//evil.example/', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example/']) {
    const visitor = new Browserless(server.baseUrl);
    const form = await visitor.request('/sign-in');
    const answer = await visitor.request('/sign-in', {
      method: 'POST',
      form: { csrf_token: Browserless.csrfToken(form.text), username: 'manager', password: DEMO_PASSWORD, return: target },
    });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), '/', JSON.stringify(target));
  }
});

test('a good sign-in sets a new HttpOnly SameSite session cookie and records the event', async () => {
  const before = count(database.db, 'audit_events', "action = 'sign_in' AND actor = 'analyst'");
  const visitor = new Browserless(server.baseUrl);
  const answer = await visitor.signIn('analyst');
  assert.equal(answer.status, 303);
  const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('pathway_session='));
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.doesNotMatch(cookie, /Secure/);
  assert.equal(visitor.cookies.get('pathway_session').length, 43, '256 random bits, base64url');
  const home = await visitor.request('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Sign out/);
  assert.equal(count(database.db, 'audit_events', "action = 'sign_in' AND actor = 'analyst'"), before + 1);
});

test('every failure gives the same message; unknown accounts and wrong passwords alike', async () => {
  const visitor = new Browserless(server.baseUrl);
  const wrong = await visitor.signIn('manager', 'not the right password');
  const unknown = await visitor.signIn('nobody-at-all', 'not the right password');
  assert.equal(wrong.status, 422);
  assert.equal(unknown.status, 422);
  assert.match(wrong.text, failureMessage);
  assert.match(unknown.text, failureMessage);
  assert.match(wrong.text, /There is a problem/);
  assert.ok(count(database.db, 'audit_events', "action = 'sign_in_failed' AND actor = 'nobody-at-all'") >= 1);
});

test('empty fields are named in the error summary', async () => {
  const visitor = new Browserless(server.baseUrl);
  const answer = await visitor.signIn('', '');
  assert.equal(answer.status, 422);
  assert.match(answer.text, /Enter your username/);
  assert.match(answer.text, /Enter your password/);
});

test('the sign-in form is refused without its CSRF token', async () => {
  const visitor = new Browserless(server.baseUrl);
  await visitor.request('/sign-in');
  const answer = await visitor.request('/sign-in', {
    method: 'POST', form: { csrf_token: 'forged', username: 'manager', password: DEMO_PASSWORD },
  });
  assert.equal(answer.status, 403);
  assert.equal(visitor.cookies.has('pathway_session'), false);
});

test('repeated failures lock the account for a while, with the same message', async () => {
  const visitor = new Browserless(server.baseUrl);
  for (let i = 0; i < 5; i++) await visitor.signIn('rjworker', 'wrong password ' + i);
  const locked = await visitor.signIn('rjworker', DEMO_PASSWORD);
  assert.equal(locked.status, 422);
  assert.match(locked.text, failureMessage);
  assert.ok(count(database.db, 'audit_events', "action = 'sign_in_failed' AND detail = 'throttled'") >= 1);
  // The lock is on the account, however its name is typed.
  const folded = await visitor.signIn('RJWorker', DEMO_PASSWORD);
  assert.equal(folded.status, 422);
  assert.match(folded.text, failureMessage);
  // Another account from the same address is not locked by this one.
  assert.equal((await new Browserless(server.baseUrl).signIn('volunteer')).status, 303);
});

test('a form posted without the session CSRF token is refused and saves nothing', async () => {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
  const children = count(database.db, 'children');
  const answer = await staff.request('/children/new', {
    method: 'POST',
    form: { 'given-name': 'Forged', 'family-name': 'Request', 'date-of-birth-day': '1', 'date-of-birth-month': '2',
      'date-of-birth-year': '2012', sex: 'male', district: 'MAIDSTONE', 'looked-after': 'no' },
  });
  assert.equal(answer.status, 403);
  assert.equal(count(database.db, 'children'), children);
});

test('a session idle for over 30 minutes has ended', async () => {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('transition');
  assert.equal((await staff.request('/children')).status, 200);
  sql(database.db, "UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60 WHERE staff_id = (SELECT id FROM staff WHERE username = 'transition')");
  const answer = await staff.request('/children');
  assert.equal(answer.status, 303);
  assert.match(answer.headers.get('location'), /^\/sign-in/);
});

test('a session older than 12 hours has ended, however busy', async () => {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker2');
  sql(database.db, "UPDATE sessions SET created_at = created_at - 12 * 3600 - 1 WHERE staff_id = (SELECT id FROM staff WHERE username = 'caseworker2')");
  assert.equal((await staff.request('/')).status, 303);
});

test('signing out ends the session on the server', async () => {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('manager');
  const stolen = staff.cookies.get('pathway_session');
  const home = await staff.request('/');
  const out = await staff.request('/sign-out', { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text) } });
  assert.equal(out.status, 303);
  assert.equal(out.headers.get('location'), '/sign-in?signed_out=1');
  const replay = new Browserless(server.baseUrl);
  replay.cookies.set('pathway_session', stolen);
  assert.equal((await replay.request('/')).status, 303);
  assert.ok(count(database.db, 'audit_events', "action = 'sign_out' AND actor = 'manager'") >= 1);
});

test('audit events cannot be changed or deleted', () => {
  assert.throws(() => sql(database.db, "UPDATE audit_events SET actor = 'someone else'"), /append-only/);
  assert.throws(() => sql(database.db, 'DELETE FROM audit_events'), /append-only/);
});
