// The HTTP server's contract: health, error statuses, limits, security headers, logging,
// graceful shutdown. Runs against a real `pathway serve` on a loopback port.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { eventually } from '../support/eventually.mjs';

let database;
let server;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db, ['--request-timeout', '2']);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// Sends raw bytes and collects whatever the server answers until it closes the connection.
function rawExchange(baseUrl, bytes, { waitMs = 5000 } = {}) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closed: false });
    }, waitMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, closed: true });
    });
    socket.on('error', reject);
  });
}

test('GET /health answers 200 ok without signing in', async () => {
  const response = await fetch(server.baseUrl + '/health');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), 'ok\n');
});

test('an unknown path is 404, signed out and signed in', async () => {
  const anonymous = await fetch(server.baseUrl + '/no-such-page');
  assert.equal(anonymous.status, 404);
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
  const page = await staff.request('/no-such-page');
  assert.equal(page.status, 404);
  assert.match(page.text, /Page not found/);
});

test('a wrong method is 405 with an Allow header', async () => {
  const response = await fetch(server.baseUrl + '/children', { method: 'DELETE' });
  assert.equal(response.status, 405);
  assert.match(response.headers.get('allow'), /GET/);
});

test('a malformed request is 400 and the server keeps serving', async () => {
  const { answer } = await rawExchange(server.baseUrl, 'THIS IS NOT HTTP\r\n\r\n');
  assert.match(answer, /^HTTP\/1\.1 400/);
  const health = await fetch(server.baseUrl + '/health');
  assert.equal(health.status, 200);
});

test('a body over the limit is 413', async () => {
  const response = await fetch(server.baseUrl + '/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'username=' + 'a'.repeat(2 * 1024 * 1024),
  });
  assert.equal(response.status, 413);
  assert.equal((await fetch(server.baseUrl + '/health')).status, 200);
});

test('headers over the limit are refused with 431', async () => {
  const { answer } = await rawExchange(server.baseUrl,
    `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40000)}\r\n\r\n`);
  assert.match(answer, /^HTTP\/1\.1 431/);
});

test('a slow client is disconnected after the request timeout', async () => {
  const started = Date.now();
  const { closed } = await rawExchange(server.baseUrl, 'GET /health HTTP/1.1\r\nHost: x\r\n', { waitMs: 8000 });
  assert.ok(closed, 'the server should close a connection that never finishes its request');
  assert.ok(Date.now() - started < 7000);
  assert.equal((await fetch(server.baseUrl + '/health')).status, 200);
});

test('a slow header on a kept-alive connection gets the request timeout, not the idle one', async () => {
  const { hostname, port } = new URL(server.baseUrl);
  const socket = net.connect(Number(port), hostname);
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => {});  // a reset ends the connection as well as a close
  const closed = new Promise((resolve) => socket.on('close', resolve));
  await new Promise((resolve) => socket.on('connect', resolve));
  socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
  const started = Date.now();
  // A byte every 200 ms of a header that never ends: over the 2 s request timeout, far
  // under the 60 s idle timeout. The trickle stops by itself after 10 s.
  const trickle = setInterval(() => socket.writable && socket.write('X'), 200);
  const stop = setTimeout(() => socket.destroy(), 10000);
  await closed;
  clearInterval(trickle);
  clearTimeout(stop);
  assert.match(answer, /^HTTP\/1\.1 200/);
  assert.ok(Date.now() - started < 6000, `held for ${Date.now() - started} ms`);
});

test('over the connection limit a newcomer is answered 503 and the server keeps serving', async () => {
  const limited = await startServer(database.db, ['--max-connections', '3']);
  const { hostname, port } = new URL(limited.baseUrl);
  const held = [];
  try {
    for (let i = 0; i < 3; i++) {
      const socket = net.connect(Number(port), hostname);
      socket.on('error', () => {});
      await new Promise((resolve) => socket.on('connect', resolve));
      held.push(socket);
    }
    // The server accepts one connection at a time in arrival order, so the three held ones
    // are counted before the newcomer is.
    const { answer, closed } = await rawExchange(limited.baseUrl, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.ok(closed);
    assert.match(answer, /^HTTP\/1\.1 503/);
    assert.match(answer, /Retry-After: 1/);
    for (const socket of held) socket.destroy();
    await eventually(async () => (await fetch(limited.baseUrl + '/health')).status === 200,
      { what: 'a free place once the held connections closed' });
  } finally {
    for (const socket of held) socket.destroy();
    await limited.stop();
  }
});

test('keep-alive serves several requests on one connection', async () => {
  const request = 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n';
  const { answer } = await rawExchange(server.baseUrl, request + request + request.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'));
  assert.equal(answer.match(/HTTP\/1\.1 200/g).length, 3);
});

test('every answer carries the security headers; pages are not cached', async () => {
  const response = await fetch(server.baseUrl + '/sign-in');
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'same-origin');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(response.headers.get('x-correlation-id'));
});

test('the compiled front end is served under /assets/', async () => {
  const page = await (await fetch(server.baseUrl + '/sign-in')).text();
  const stylesheet = page.match(/href="(\/assets\/[^"]+\.css)"/)[1];
  const css = await fetch(server.baseUrl + stylesheet);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type'), /text\/css/);
  const script = page.match(/src="(\/assets\/[^"]+\.mjs)"/)[1];
  const js = await fetch(server.baseUrl + script);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /javascript/);
  assert.equal((await fetch(server.baseUrl + '/assets/../../etc/passwd')).status, 404);
});

test('one JSON log line per request, without personal data', async () => {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
  const marker = 'Zqxwvname';
  await staff.request('/children?name=' + marker);
  const requestLines = () => {
    const text = server.logs.join('');
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);  // a line still being written waits
    return complete.split('\n').filter(Boolean).map((line) => JSON.parse(line))
      .filter((line) => line.message === 'request');
  };
  const requests = await eventually(() => {
    const lines = requestLines();
    return lines.some((line) => line.path === '/children' && line.status === 200) && lines;
  }, { what: 'the log line of the children list' });
  for (const line of requests) assert.ok(line.correlation_id && line.method && 'duration_ms' in line);
  assert.ok(!server.logs.join('').includes(marker), 'the search term must not reach the log');
});

test('SIGTERM lets the server finish and exit cleanly', async () => {
  const other = await startServer(database.db);
  assert.equal((await fetch(other.baseUrl + '/health')).status, 200);
  const { code } = await other.stop();
  assert.equal(code, 0);
});
