// Behind a TLS proxy (--behind-tls-proxy): Secure cookies, HSTS, and the client's address
// from X-Forwarded-For, for the audit trail and per-client throttling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { count } from '../support/sqlite.mjs';

let database;
let server;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db, ['--behind-tls-proxy']);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// A client behind the proxy: the proxy adds the client's address to every request.
function client(address) {
  const browser = new Browserless(server.baseUrl);
  const request = browser.request.bind(browser);
  browser.request = (path, options = {}) =>
    request(path, { ...options, headers: { ...options.headers, 'x-forwarded-for': address } });
  return browser;
}

test('cookies are Secure and browsers are told to use HTTPS only', async () => {
  const answer = await client('203.0.113.7').signIn('caseworker');
  assert.equal(answer.status, 303);
  assert.match(answer.headers.getSetCookie().find((c) => c.startsWith('pathway_session=')), /; Secure/);
  assert.match(answer.headers.get('strict-transport-security'), /max-age=\d+/);
});

test('the audit trail records the address the proxy forwarded, not a forged one', async () => {
  await client('198.51.100.1, 203.0.113.9').signIn('manager');
  assert.equal(count(database.db, 'audit_events', "action = 'sign_in' AND actor = 'manager' AND address = '203.0.113.9'"), 1);
});

test('failed sign-ins are throttled per client, not for everyone behind the proxy', async () => {
  for (let i = 0; i < 20; i++) await client('192.0.2.66').signIn(`guess${i}`, 'wrong password');
  const attacker = await client('192.0.2.66').signIn('analyst', DEMO_PASSWORD);
  assert.equal(attacker.status, 422, 'the guessing address is locked out');
  const colleague = await client('192.0.2.10').signIn('analyst', DEMO_PASSWORD);
  assert.equal(colleague.status, 303, 'everyone else can still sign in');
});

test('an X-Forwarded-For entry that is not an IP address is not recorded as one', async () => {
  await client('<script>evil</script>').signIn('volunteer');
  await client('203.0.113.5, 198.51.100.1:8443').signIn('transition');
  assert.equal(count(database.db, 'audit_events', "action = 'sign_in' AND actor IN ('volunteer', 'transition') AND address = '127.0.0.1'"), 2);
  assert.equal(count(database.db, 'audit_events', "address LIKE '%script%' OR address LIKE '%8443%'"), 0);
});
