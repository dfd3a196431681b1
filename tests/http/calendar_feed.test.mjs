// A practitioner's calendar feed: made on their account page and shown once, the feed at
// /calendar/<secret>.ics with no session (valid iCalendar: CRLF, folded lines, escaped
// text, UID, DTSTAMP) holding their coming appointments with the child's initials and the
// place, never a name; each fetch audited; a new address stops the old, and stopping it
// ends the feed. Both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { daysAgo, iso } from '../support/justice_fixture.mjs';

let database;
let server;
let amara;

before(async () => {
  database = createDemoDatabase({ children: 60 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

async function post(pathname, fields = {}) {
  const home = await amara.request('/');
  return amara.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

async function newAddress() {
  const page = await post('/account/calendar');
  assert.equal(page.status, 200);
  const match = page.text.match(/<code id="calendar-address">(http[^<]+\/calendar\/([A-Za-z0-9_-]+)\.ics)<\/code>/);
  assert.ok(match, 'the new address is shown once');
  return match[2];
}

const fetchFeed = (secret) => fetch(`${server.baseUrl}/calendar/${secret}.ics`);

test('the feed holds the coming appointments with initials and place, as valid iCalendar', async () => {
  const [id, rowId, given, family] = sql(database.db,
    "SELECT public_id || '|' || id || '|' || given_name || '|' || family_name FROM children WHERE restricted = 0 AND holding_team_code = 'NORTH' ORDER BY id LIMIT 1").split('|');
  const amaraId = sql(database.db, "SELECT id FROM staff WHERE username = 'caseworker'");
  const when = daysAgo(-5);
  const created = '2026-01-01T00:00:00Z';
  sql(database.db, `DELETE FROM appointments WHERE practitioner_id = ${amaraId}`);
  sql(database.db, `INSERT INTO appointments (child_id, practitioner_id, kind, starts_on, start_time, planned_minutes, place, with_whom, status, created_by, created_at)
    VALUES (${rowId}, ${amaraId}, 'home_visit', '${iso(when)}', '16:15', 45, 'Flat 2, 14 Long Road; Gravesend, Kent and a very long description of the way in past the garages', 'Mum', 'scheduled', 'caseworker', '${created}'),
    (${rowId}, ${amaraId}, 'supervision', '${iso(when)}', '09:00', 60, 'Office', '', 'cancelled', 'caseworker', '${created}'),
    (${rowId}, ${amaraId}, 'supervision', '${iso(daysAgo(5))}', '09:00', 60, 'Office', '', 'attended', 'caseworker', '${created}')`);
  const appointment = sql(database.db, `SELECT id FROM appointments WHERE practitioner_id = ${amaraId} AND status = 'scheduled'`);

  const secret = await newAddress();
  assert.equal(sql(database.db, `SELECT token_hash FROM calendar_feeds WHERE staff_id = ${amaraId}`).length, 64);
  assert.equal(sql(database.db, `SELECT COUNT(*) FROM calendar_feeds WHERE token_hash = '${secret}'`), '0');

  const before = Number(sql(database.db, 'SELECT MAX(id) FROM audit_events'));
  const response = await fetchFeed(secret);  // no session
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
  const body = await response.text();
  assert.ok(body.endsWith('\r\n'));
  assert.equal(body.replace(/\r\n/g, '').includes('\n'), false, 'every line ends CRLF');
  const physical = body.split('\r\n').slice(0, -1);
  for (const line of physical) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  const lines = body.replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.includes(`UID:appointment-${appointment}@pathway`));
  assert.ok(lines.some((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line)));
  assert.ok(lines.includes(`DTSTART;TZID=Europe/London:${iso(when).replace(/-/g, '')}T161500`));
  assert.ok(lines.includes('DURATION:PT45M'));
  assert.ok(lines.includes(`SUMMARY:Home visit: ${given[0]}.${family[0]}.`));
  assert.ok(lines.includes('LOCATION:Flat 2\\, 14 Long Road\\; Gravesend\\, Kent and a very long description of the way in past the garages'));
  assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 1, 'only the coming, scheduled appointment');
  assert.equal(body.includes(given) || body.includes(family) || body.includes(id), false, 'no name or reference');

  const events = sql(database.db, `SELECT actor || '|' || action || '|' || detail FROM audit_events WHERE id > ${before}`);
  assert.equal(events, `caseworker|calendar.fetch|appointments ${appointment}; shown: child:${id}`);
});

test('a new address stops the old one, and stopping it ends the feed', async () => {
  const first = await newAddress();
  assert.equal((await fetchFeed(first)).status, 200);
  const second = await newAddress();
  assert.equal((await fetchFeed(first)).status, 404);
  assert.equal((await fetchFeed(second)).status, 200);
  const account = await amara.request('/account/calendar');
  assert.match(account.text, /You have a calendar address, made/);
  assert.doesNotMatch(account.text, /calendar-address/, 'the address is not shown again');
  const stopped = await post('/account/calendar/stop');
  assert.equal(stopped.status, 303);
  assert.equal((await fetchFeed(second)).status, 404);
  assert.equal(sql(database.db, "SELECT COUNT(*) FROM audit_events WHERE action = 'calendar.address_stopped' AND actor = 'caseworker'"), '1');
  assert.equal((await fetchFeed('')).status, 404);
  assert.equal((await fetch(`${server.baseUrl}/calendar/${second}`)).status, 404);
});
