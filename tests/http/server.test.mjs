// The HTTP server's contract: health, error statuses, limits, security headers, logging,
// graceful shutdown. Runs against a real `pathway serve` on a loopback port.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
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
// `localAddress` picks the client's address: all of 127.0.0.0/8 reaches the loopback server.
function rawExchange(baseUrl, bytes, { waitMs = 5000, localAddress } = {}) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port: Number(port), host: hostname, localAddress });
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

// The responses in what a raw exchange received: status and headers (names in lower case).
function responsesIn(answer) {
  return answer.split(/(?=HTTP\/1\.[01] \d{3} )/).filter((part) => part.startsWith('HTTP/')).map((part) => {
    const [head] = part.split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    const headers = new Map(lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }));
    return { status: Number(statusLine.split(' ')[1]), headers };
  });
}

// The security headers pages carry; `headers` is a Map or a fetch Headers.
function assertSecurityHeaders(headers, what) {
  assert.match(headers.get('content-security-policy') ?? '', /default-src 'self'.*frame-ancestors 'none'/, what);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(headers.get('x-frame-options'), 'DENY', what);
  assert.equal(headers.get('referrer-policy'), 'same-origin', what);
  assert.ok(headers.get('permissions-policy'), what);
  assert.ok(headers.get('cache-control'), what);
}

// Opens `count` idle connections from one address and resolves once each is connected.
async function holdConnections(baseUrl, count, localAddress) {
  const { hostname, port } = new URL(baseUrl);
  const held = [];
  for (let i = 0; i < count; i++) {
    const socket = net.connect({ port: Number(port), host: hostname, localAddress });
    socket.on('error', () => {});
    await new Promise((resolve) => socket.on('connect', resolve));
    held.push(socket);
  }
  return held;
}

const healthRequest = 'GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
const signInPageRequest = 'GET /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';

// The request log lines written so far, parsed (a line still being written waits).
function requestLogLines(logs) {
  const text = logs.join('');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((line) => line.message === 'request');
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
  let held = [];
  try {
    held = await holdConnections(limited.baseUrl, 3);
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
  const requests = await eventually(() => {
    const lines = requestLogLines(server.logs);
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

test('one address over its connection limit (32 by default) is turned away; other addresses are served', async () => {
  const limited = await startServer(database.db);
  let held = [];
  try {
    held = await holdConnections(limited.baseUrl, 32, '127.0.0.1');
    // The server accepts one connection at a time in arrival order: the held ones count first.
    const greedy = await rawExchange(limited.baseUrl, healthRequest, { localAddress: '127.0.0.1' });
    assert.ok(greedy.closed);
    const [busy] = responsesIn(greedy.answer);
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '1');
    assertSecurityHeaders(busy.headers, 'the 503 turn-away');
    for (const request of [healthRequest, signInPageRequest]) {
      const other = await rawExchange(limited.baseUrl, request, { localAddress: '127.0.0.2' });
      assert.equal(responsesIn(other.answer)[0]?.status, 200, `another address is served: ${request}`);
    }
    for (const socket of held) socket.destroy();
    await eventually(async () => responsesIn((await rawExchange(limited.baseUrl, healthRequest,
      { localAddress: '127.0.0.1' })).answer)[0]?.status === 200, { what: 'the address served again once it let go' });
  } finally {
    for (const socket of held) socket.destroy();
    await limited.stop();
  }
});

test('--max-connections-per-address sets the limit per address; 0 removes it', async () => {
  const three = await startServer(database.db, ['--max-connections-per-address', '3']);
  const none = await startServer(database.db, ['--max-connections-per-address', '0', '--max-connections', '40']);
  const held = [];
  try {
    held.push(...await holdConnections(three.baseUrl, 3, '127.0.0.1'));
    const fourth = await rawExchange(three.baseUrl, healthRequest, { localAddress: '127.0.0.1' });
    assert.equal(responsesIn(fourth.answer)[0]?.status, 503);
    held.push(...await holdConnections(none.baseUrl, 35, '127.0.0.1'));
    const more = await rawExchange(none.baseUrl, healthRequest, { localAddress: '127.0.0.1' });
    assert.equal(responsesIn(more.answer)[0]?.status, 200);
  } finally {
    for (const socket of held) socket.destroy();
    await three.stop();
    await none.stop();
  }
});

// A request whose framing is ambiguous, with a second request as its body: answered 400 and
// closed, and the second request never runs (RFC 9112, 6.1 and 6.3).
const smuggledRequest = 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n';
const ambiguousFraming = [
  ['identity', 'Transfer-Encoding: identity\r\n', smuggledRequest],
  ['gzip', 'Transfer-Encoding: gzip\r\n', smuggledRequest],
  ['chunked, identity', 'Transfer-Encoding: chunked, identity\r\n', smuggledRequest],
  ['gzip, chunked', 'Transfer-Encoding: gzip, chunked\r\n', '0\r\n\r\n' + smuggledRequest],
  ['chunked twice', 'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n' + smuggledRequest],
  ['identity then chunked', 'Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n' + smuggledRequest],
  ['with Content-Length after', `Transfer-Encoding: identity\r\nContent-Length: ${smuggledRequest.length}\r\n`, smuggledRequest],
  ['with Content-Length before', 'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n' + smuggledRequest],
  ['a chunked HTTP/1.0 request', 'Transfer-Encoding: chunked\r\n', '0\r\n\r\n' + smuggledRequest, 'HTTP/1.0'],
];
for (const [name, headers, body, version = 'HTTP/1.1'] of ambiguousFraming) {
  test(`Transfer-Encoding ${name}: 400 and closed, nothing smuggled`, async () => {
    const { answer, closed } = await rawExchange(server.baseUrl,
      `POST /sign-in ${version}\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n${headers}\r\n${body}`);
    const responses = responsesIn(answer);
    assert.deepEqual(responses.map((r) => r.status), [400], answer);
    assert.ok(closed);
    assertSecurityHeaders(responses[0].headers, 'the server\'s own 400');
  });
}

test('a chunked body (chunked alone, in any case) is read as one request', async () => {
  const body = 'username=x&password=y';
  const chunked = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
  const { answer } = await rawExchange(server.baseUrl, 'POST /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\n' +
    `Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: Chunked\r\n\r\n${chunked}`);
  const responses = responsesIn(answer);
  assert.equal(responses.length, 1, answer);
  assert.notEqual(responses[0].status, 400);
});

test('a missing Host in HTTP/1.1, or a repeated Host, Content-Length, Content-Type or Cookie, is 400', async () => {
  const cases = [
    'GET /health HTTP/1.1\r\n\r\n',
    'GET /health HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n',
    'POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
      'Content-Length: 3\r\nContent-Length: 3\r\n\r\na=1',
    'POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n' +
      'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1',
    'GET /sign-in HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\nCookie: pathway_session=x\r\n\r\n',
  ];
  for (const request of cases) {
    const { answer } = await rawExchange(server.baseUrl, request);
    assert.deepEqual(responsesIn(answer).map((r) => r.status), [400], request);
  }
  const old = await rawExchange(server.baseUrl, 'GET /health HTTP/1.0\r\n\r\n');
  assert.equal(responsesIn(old.answer)[0]?.status, 200, 'HTTP/1.0 needs no Host');
});

test('forms are taken only with exactly the form media type', async () => {
  const browser = new Browserless(server.baseUrl);
  const token = Browserless.csrfToken((await browser.request('/sign-in')).text);
  const body = new URLSearchParams({ csrf_token: token, username: 'caseworker', password: DEMO_PASSWORD }).toString();
  for (const type of ['application/x-www-form-urlencodedx', 'application/x-www-form-urlencoded-evil',
    'application/x-www-form-urlencoded/x', 'application/x-www-form-urlencoded; charset=iso-8859-1',
    'text/plain; x=application/x-www-form-urlencoded']) {
    const refused = await browser.request('/sign-in', { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal(refused.status, 415, type);
    assertSecurityHeaders(refused.headers, type);
  }
  const accepted = await browser.request('/sign-in', { method: 'POST',
    headers: { 'content-type': 'Application/X-WWW-Form-Urlencoded; charset=UTF-8' }, body });
  assert.equal(accepted.status, 303);
});

test('/health and the front end\'s files answer only GET and HEAD', async () => {
  assert.equal((await fetch(server.baseUrl + '/health', { method: 'HEAD' })).status, 200);
  const page = await (await fetch(server.baseUrl + '/sign-in')).text();
  const stylesheet = page.match(/href="(\/assets\/[^"]+\.css)"/)[1];
  for (const path of ['/health', stylesheet, '/assets/no-such-file.css']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(server.baseUrl + path, { method });
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.equal(response.headers.get('allow'), 'GET, HEAD', `${method} ${path}`);
      assertSecurityHeaders(response.headers, `${method} ${path}`);
    }
  }
});

test('Allow names each method once', async () => {
  for (const path of ['/children/new', '/children', '/sign-in', '/children/ABC/edit']) {
    const response = await fetch(server.baseUrl + path, { method: 'DELETE' });
    assert.equal(response.status, 405, path);
    const methods = response.headers.get('allow').split(',').map((m) => m.trim());
    assert.deepEqual(methods, [...new Set(methods)], `${path}: ${response.headers.get('allow')}`);
    assert.ok(methods.includes('GET') && methods.includes('HEAD'), path);
  }
});

test('the server\'s own refusals and an unknown asset carry the security headers', async () => {
  const malformed = await rawExchange(server.baseUrl, 'THIS IS NOT HTTP\r\n\r\n');
  assertSecurityHeaders(responsesIn(malformed.answer)[0].headers, '400');
  const tooLargeHeader = await rawExchange(server.baseUrl,
    `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40000)}\r\n\r\n`);
  assert.equal(responsesIn(tooLargeHeader.answer)[0].status, 431);
  assertSecurityHeaders(responsesIn(tooLargeHeader.answer)[0].headers, '431');
  const tooLargeBody = await rawExchange(server.baseUrl, 'POST /sign-in HTTP/1.1\r\nHost: x\r\n' +
    'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000000\r\n\r\n');
  assert.equal(responsesIn(tooLargeBody.answer)[0].status, 413);
  assertSecurityHeaders(responsesIn(tooLargeBody.answer)[0].headers, '413');
  const missing = await fetch(server.baseUrl + '/assets/no-such-file.css');
  assert.equal(missing.status, 404);
  assertSecurityHeaders(missing.headers, 'the 404 for an asset');
  const asset = await fetch(server.baseUrl + (await (await fetch(server.baseUrl + '/sign-in')).text()).match(/href="(\/assets\/[^"]+\.css)"/)[1]);
  assertSecurityHeaders(asset.headers, 'an asset');
});

test('the request log stays valid UTF-8 whatever bytes a request line holds', async () => {
  const request = Buffer.concat([Buffer.from('GET /children/'), Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]);
  const { answer } = await rawExchange(server.baseUrl, request);
  const correlation = responsesIn(answer)[0].headers.get('x-correlation-id');
  const line = await eventually(() => requestLogLines(server.logs).find((l) => l.correlation_id === correlation),
    { what: 'the log line of the request' });
  assert.equal(line.path, '/children/\uFFFD\uFFFD\uFFFD');
  const bytes = Buffer.concat(server.rawLogs);
  assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.lastIndexOf(10) + 1)),
    'every log byte is valid UTF-8');
});

test('a malformed request is logged with its method and path where known, and a real duration', async () => {
  const { hostname, port } = new URL(server.baseUrl);
  // First a good request on the connection, so a stale start time would show.
  const socket = net.connect(Number(port), hostname);
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => {});
  const closed = new Promise((resolve) => socket.on('close', resolve));
  await new Promise((resolve) => socket.on('connect', resolve));
  socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
  await eventually(() => /ok\n$/.test(answer), { what: 'the first answer' });
  await new Promise((resolve) => setTimeout(resolve, 600));  // an idle pause, not part of the next request
  const started = Date.now();
  socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
  await new Promise((resolve) => setTimeout(resolve, 300));
  socket.write('Not a header line\r\n\r\n');
  await closed;
  const elapsed = Date.now() - started;
  const responses = responsesIn(answer);
  assert.deepEqual(responses.map((r) => r.status), [200, 400]);
  const correlation = responses[1].headers.get('x-correlation-id');
  const line = await eventually(() => requestLogLines(server.logs).find((l) => l.correlation_id === correlation),
    { what: 'the log line of the malformed request' });
  assert.equal(line.status, 400);
  assert.ok(line.duration_ms >= 250 && line.duration_ms <= elapsed + 50, `duration ${line.duration_ms} ms of ${elapsed} ms`);

  const framing = await rawExchange(server.baseUrl, 'POST /sign-in HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n');
  const framingId = responsesIn(framing.answer)[0].headers.get('x-correlation-id');
  const framingLine = await eventually(() => requestLogLines(server.logs).find((l) => l.correlation_id === framingId),
    { what: 'the log line of the refused request' });
  assert.deepEqual([framingLine.method, framingLine.path, framingLine.status], ['POST', '/sign-in', 400]);
  assert.ok(framingLine.duration_ms >= 0 && framingLine.duration_ms < 5000);
});
