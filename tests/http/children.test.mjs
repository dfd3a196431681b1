// The children pages end to end: search, add with validation and warnings, view, edit,
// history and the audit trail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let server;
let staff;

before(async () => {
  database = createDemoDatabase();
  server = await startServer(database.db);
  staff = new Browserless(server.baseUrl);
  await staff.signIn('caseworker');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const validChild = {
  'given-name': 'Zoë', 'family-name': "O'Brien-Núñez", 'date-of-birth-day': '14', 'date-of-birth-month': '3',
  'date-of-birth-year': String(new Date().getFullYear() - 14), sex: 'female', ethnicity: 'WIRI',
  district: 'MAIDSTONE', 'looked-after': 'no',
};

function childIdFrom(location) {
  return location.match(/^\/children\/([A-Z0-9]+)\?saved=/)[1];
}

test('the list is sorted by family name, 25 to a page, with pagination', async () => {
  const page = await staff.request('/children');
  assert.equal(page.status, 200);
  // Every child is listed: linked when the record opens to this case manager, an
  // identity-only row (name, no link) when it does not.
  const rows = [...page.text.matchAll(/data-label="Name">(?:<a class="govuk-link" href="\/children\/[A-Z0-9]+\?back=[^"]+">)?([^<]+)/g)].map((m) => m[1]);
  assert.equal(rows.length, 25);
  const families = rows.map((r) => r.split(',')[0].toLowerCase());
  assert.deepEqual(families, [...families].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  assert.match(page.text, /Showing 1 to 25 of 300/);
  const second = await staff.request('/children?page=2');
  assert.match(second.text, /Showing 26 to 50 of 300/);
  const beyond = await staff.request('/children?page=9999');
  assert.equal(beyond.status, 200);
  assert.match(beyond.text, /There is no page 9999/);
  assert.match(beyond.text, /The last page is page 12/);
  assert.match(beyond.text, /href="\/children\?page=1"/);
});

// The numbered links of the GOV.UK pagination component on page `page` of the list.
function pageLinks(text) {
  return [...text.matchAll(/<li class="govuk-pagination__item[^"]*">(?:<a [^>]*>(\d+)<\/a>|(&ctdot;))<\/li>/g)]
    .map((m) => m[1] ?? '…');
}

test('pages have numbered links, with ellipses when there are many, and keep the search', async () => {
  const first = await staff.request('/children');
  assert.deepEqual(pageLinks(first.text), ['1', '2', '…', '12']);
  assert.match(first.text, /<a class="govuk-link govuk-pagination__link" href="\/children\?page=1" aria-label="Page 1" aria-current="page">1<\/a>/);
  const sixth = await staff.request('/children?page=6');
  assert.deepEqual(pageLinks(sixth.text), ['1', '…', '5', '6', '7', '…', '12']);
  assert.match(sixth.text, /href="\/children\?page=5" rel="prev"/);
  assert.match(sixth.text, /href="\/children\?page=7" rel="next"/);
  const searched = await staff.request('/children?name=a');
  assert.match(searched.text, /href="\/children\?name=a&amp;page=2" aria-label="Page 2"/);
  const few = await staff.request('/children?name=' + encodeURIComponent('zzzz no such child'));
  assert.doesNotMatch(few.text, /govuk-pagination/);
});

test("a record's Back link returns to the search and page it was opened from, across its tabs", async () => {
  const results = await staff.request('/children?name=a&page=2');
  const href = results.text.match(/<a class="govuk-link" href="(\/children\/[A-Z0-9]+\?back=[^"]+)">/)[1].replaceAll('&amp;', '&');
  assert.equal(new URL(href, server.baseUrl).searchParams.get('back'), '/children?name=a&page=2');
  const record = await staff.request(href);
  assert.equal(record.status, 200);
  assert.match(record.text, /<a href="\/children\?name=a&amp;page=2" class="govuk-back-link">Back<\/a>/);
  const historyHref = record.text.match(/href="(\/children\/[A-Z0-9]+\/history\?back=[^"]+)"/)[1].replaceAll('&amp;', '&');
  const history = await staff.request(historyHref);
  assert.match(history.text, /<a href="\/children\?name=a&amp;page=2" class="govuk-back-link">Back<\/a>/);
  const id = href.match(/\/children\/([A-Z0-9]+)/)[1];
  // Anything but a children list on this site goes back to the whole list.
  for (const back of ['https://evil.example/children?x', '//evil.example/children?', '/\\evil.example', '/children/../admin',
    '/children', '/childrenx?y', 'javascript:alert(1)', '/children?\tx']) {
    const page = await staff.request(`/children/${id}?back=${encodeURIComponent(back)}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<a href="\/children" class="govuk-back-link">All children<\/a>/, back);
    assert.doesNotMatch(page.text, /evil/, back);
  }
});

test("a correction keeps the search the record was opened from: after saving, Back still returns there", async () => {
  const results = await staff.request('/children?name=e&page=2');
  const href = results.text.match(/<a class="govuk-link" href="(\/children\/[A-Z0-9]+\?back=[^"]+)">/)[1].replaceAll('&amp;', '&');
  const id = href.match(/\/children\/([A-Z0-9]+)/)[1];
  const record = await staff.request(href);
  const editHref = record.text.match(/href="(\/children\/[A-Z0-9]+\/edit\?back=[^"]+)"/)[1].replaceAll('&amp;', '&');
  const form = await staff.request(editHref);
  assert.match(form.text, /<a href="\/children\/[A-Z0-9]+\?back=%2Fchildren%3Fname%3De%26page%3D2" class="govuk-back-link">/);
  const [given, family, born, sex, district, version] = sql(database.db,
    `SELECT given_name || '|' || family_name || '|' || date_of_birth || '|' || sex || '|' || district_code || '|' || version FROM children WHERE public_id = '${id}'`).split('|');
  const [year, month, day] = born.split('-');
  const saved = await staff.submit(editHref, { 'given-name': given, 'family-name': family, 'date-of-birth-day': day,
    'date-of-birth-month': month, 'date-of-birth-year': year, sex, district, 'looked-after': 'yes', version, confirmed: '' });
  assert.equal(saved.status, 303);
  const after = await staff.request(saved.headers.get('location'));
  assert.match(after.text, /<a href="\/children\?name=e&amp;page=2" class="govuk-back-link">Back<\/a>/);
});

test('a date typed into the home page search finds children born that day', async () => {
  const home = await staff.request('/');
  assert.match(home.text, /or a date of birth/);
  const born = sql(database.db, 'SELECT date_of_birth FROM children ORDER BY id LIMIT 1');
  const [year, month, day] = born.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  const expected = count(database.db, 'children', `date_of_birth = '${born}'`);
  for (const typed of [`${day}/${month}/${year}`, `${day} ${months[month - 1]} ${year}`, born,
    `${day} ${months[month - 1].slice(0, 3).toLowerCase()} ${year}`]) {
    const page = await staff.request('/children?name=' + encodeURIComponent(typed));
    assert.equal(page.status, 200, typed);
    assert.match(page.text, new RegExp(`of ${expected} matching children`), typed);
    assert.match(page.text, new RegExp(`id="dob-day" name="dob-day" type="text" inputmode="numeric" value="${day}"`), typed);
  }
  // Month names in the date boxes, everywhere dates are entered.
  const byMonthName = await staff.request(`/children?dob-day=${day}&dob-month=${months[month - 1].slice(0, 3)}&dob-year=${year}`);
  assert.match(byMonthName.text, new RegExp(`of ${expected} matching children`));
  const added = await staff.submit('/children/new', { ...validChild, 'given-name': 'Marcus', 'family-name': 'Monthname',
    'date-of-birth-month': 'March' });
  assert.equal(added.status, 303);
  assert.equal(sql(database.db, "SELECT substr(date_of_birth, 6) FROM children WHERE family_name = 'Monthname'"), '03-14');
});

test('search ignores apostrophes, hyphens and spaces', async () => {
  const created = await staff.submit('/children/new', { ...validChild, 'given-name': 'Éabha', 'family-name': 'O’Neill',
    'date-of-birth-day': '2' });
  const id = childIdFrom(created.headers.get('location'));
  for (const typed of ['oneill', 'eabha oneill', "o'neill", 'o neill', 'Éabha O’Neill']) {
    const page = await staff.request('/children?name=' + encodeURIComponent(typed));
    assert.match(page.text, new RegExp(`/children/${id}\\?back=`), typed);
  }
});

test('adding a child with mistakes shows every error and saves nothing', async () => {
  const before = count(database.db, 'children');
  const answer = await staff.submit('/children/new', {
    'given-name': '', 'family-name': 'Smith', 'date-of-birth-day': '31', 'date-of-birth-month': '2',
    'date-of-birth-year': '2012', district: '',
  }, '/children/new');
  assert.equal(answer.status, 422);
  assert.match(answer.text, /There is a problem/);
  assert.match(answer.text, /Enter the child&apos;s given name|Enter the child's given name/);
  assert.match(answer.text, /Date of birth must be a real date/);
  assert.match(answer.text, /Select the child&apos;s sex|Select the child's sex/);
  assert.match(answer.text, /Select the child&apos;s home district|Select the child's home district/);
  assert.match(answer.text, /value="Smith"/, 'what was typed is kept');
  assert.equal(count(database.db, 'children'), before);
});

test('a date of birth in the future is refused', async () => {
  const answer = await staff.submit('/children/new', { ...validChild, 'date-of-birth-year': String(new Date().getFullYear() + 1) });
  assert.equal(answer.status, 422);
  assert.match(answer.text, /Date of birth must be today or in the past/);
});

test('a year of birth before 1900 and a blank or deceptive name are refused, saving nothing', async () => {
  const before = count(database.db, 'children');
  const answer = await staff.submit('/children/new', {
    ...validChild, 'given-name': '\u00a0\u200b', 'family-name': 'Kh\u202ean', 'date-of-birth-year': '0000',
  });
  assert.equal(answer.status, 422);
  assert.match(answer.text, /Date of birth must be on or after 1 January 1900/);
  assert.match(answer.text, /given name must contain letters or other visible characters/);
  assert.match(answer.text, /family name must not contain characters that change the direction of text/);
  assert.equal(count(database.db, 'children'), before);
});

test('a child outside 10 to 17 is a warning to confirm, not a block', async () => {
  const young = { ...validChild, 'given-name': 'Tiny', 'family-name': 'Youngling', 'date-of-birth-year': String(new Date().getFullYear() - 8) };
  const warned = await staff.submit('/children/new', young);
  assert.equal(warned.status, 200);
  assert.match(warned.text, /Check before you save/);
  assert.match(warned.text, /would be 8 today/);
  const key = warned.text.match(/name="confirmed" value="([0-9a-f]+)"/)[1];
  const token = Browserless.csrfToken(warned.text);
  const saved = await staff.request('/children/new', { method: 'POST', form: { ...young, csrf_token: token, confirmed: key } });
  assert.equal(saved.status, 303);
});

test('adding, finding, viewing, correcting and the history of a child', async () => {
  const created = await staff.submit('/children/new', validChild);
  assert.equal(created.status, 303);
  const id = childIdFrom(created.headers.get('location'));

  // Search is partial, case- and accent-insensitive, and by date of birth.
  const byName = await staff.request('/children?name=' + encodeURIComponent('zoe o\'brien-nun'));
  assert.match(byName.text, new RegExp(`/children/${id}`));
  const byDate = await staff.request(`/children?dob-day=14&dob-month=3&dob-year=${validChild['date-of-birth-year']}`);
  assert.match(byDate.text, new RegExp(`/children/${id}`));

  const view = await staff.request(`/children/${id}`);
  assert.equal(view.status, 200);
  assert.match(view.text, /Zoë/);
  assert.match(view.text, /govuk-summary-list/);
  assert.match(view.text, /White - Irish/);

  const edited = await staff.submit(`/children/${id}/edit`, { ...validChild, 'family-name': 'Obrien', 'looked-after': 'yes',
    version: '1' });
  assert.equal(edited.status, 303);
  const history = await staff.request(`/children/${id}/history`);
  assert.match(history.text, /Version 2 by Amara Nwosu/);
  assert.match(history.text, /O&apos;Brien-Núñez|O'Brien-Núñez/);
  assert.match(history.text, /Obrien/);
  assert.match(history.text, /Record created by Amara Nwosu/);

  const actions = sql(database.db, `SELECT action FROM audit_events WHERE record_id = '${id}' ORDER BY id`).split('\n');
  assert.deepEqual(actions, ['child.create', 'child.view', 'child.edit', 'child.update', 'child.history']);
  assert.ok(count(database.db, 'audit_events', `action = 'child.list' AND detail LIKE '%${id}%'`) >= 1);
});

test('possible duplicates are shown before saving, and can be opened', async () => {
  const first = await staff.submit('/children/new', { ...validChild, 'given-name': 'Callum', 'family-name': 'Doubleday' });
  assert.equal(first.status, 303);
  const id = childIdFrom(first.headers.get('location'));
  const before = count(database.db, 'children');
  const again = await staff.submit('/children/new', { ...validChild, 'given-name': 'Calum', 'family-name': 'Doubleday' });
  assert.equal(again.status, 200);
  assert.match(again.text, /may already be known/);
  assert.match(again.text, new RegExp(`href="/children/${id}" target="_blank" rel="noopener noreferrer">Callum Doubleday \\(opens in new tab\\)`));
  assert.equal(count(database.db, 'children'), before, 'nothing saved until confirmed');
  assert.equal(count(database.db, 'audit_events', `action = 'child.possible_duplicates' AND detail = 'shown: ${id}'`), 1,
    'who was shown the other child is in the audit trail');
});

test('correcting a twin asks about duplicates only when the name or date of birth changes', async () => {
  const twin = { ...validChild, 'given-name': 'Ellis', 'family-name': 'Twinning' };
  assert.equal((await staff.submit('/children/new', twin)).status, 303);
  const warned = await staff.submit('/children/new', { ...twin, 'given-name': 'Elis' });
  const key = warned.text.match(/name="confirmed" value="([0-9a-f]+)"/)[1];
  const second = await staff.request('/children/new', { method: 'POST',
    form: { ...twin, 'given-name': 'Elis', csrf_token: Browserless.csrfToken(warned.text), confirmed: key } });
  assert.equal(second.status, 303);
  const id = childIdFrom(second.headers.get('location'));

  const corrected = await staff.submit(`/children/${id}/edit`, { ...twin, 'given-name': 'Elis', 'looked-after': 'yes', version: '1' });
  assert.equal(corrected.status, 303, 'a change of looked-after status raises no duplicate question');
  const renamed = await staff.submit(`/children/${id}/edit`, { ...twin, 'given-name': 'Ellis', version: '2' });
  assert.equal(renamed.status, 200);
  assert.match(renamed.text, /may already be known/);
});

test('an edit made from a stale version is refused, shows the other change and can be re-applied', async () => {
  const created = await staff.submit('/children/new', { ...validChild, 'given-name': 'Stale', 'family-name': 'Versionson' });
  const id = childIdFrom(created.headers.get('location'));
  const first = await staff.submit(`/children/${id}/edit`, { ...validChild, 'given-name': 'Stale', 'family-name': 'First', version: '1' });
  assert.equal(first.status, 303);
  const second = await staff.submit(`/children/${id}/edit`,
    { ...validChild, 'given-name': 'Stale', 'family-name': 'Versionson', 'looked-after': 'yes', version: '1' });
  assert.equal(second.status, 409);
  assert.match(second.text, /Someone else changed this record/);
  assert.match(second.text, /Version 2 by Amara Nwosu/);
  assert.match(second.text, /<td class="govuk-table__cell"[^>]*>First<\/td>/, "the other person's change is shown");
  assert.match(second.text, /id="looked-after-yes" name="looked-after" type="radio" value="yes" checked/, 'my change is kept');
  assert.match(second.text, /id="family-name" name="family-name" type="text" value="First"/, 'their change is kept too');
  assert.doesNotMatch(second.text, /You both changed/);
  assert.match(second.text, /name="version" value="2"/);
  assert.equal(sql(database.db, `SELECT family_name || ' ' || COALESCE(looked_after, '') FROM children WHERE public_id = '${id}'`), 'First no');

  const token = Browserless.csrfToken(second.text);
  const again = await staff.request(`/children/${id}/edit`, { method: 'POST',
    form: { ...validChild, 'given-name': 'Stale', 'family-name': 'First', 'looked-after': 'yes', version: '2', csrf_token: token } });
  assert.equal(again.status, 303);
  assert.equal(sql(database.db, `SELECT family_name || ' ' || looked_after || ' ' || version FROM children WHERE public_id = '${id}'`), 'First yes 3');
});

test('an unknown child is a 404 page', async () => {
  const answer = await staff.request('/children/NOSUCHCHILD');
  assert.equal(answer.status, 404);
  assert.match(answer.text, /Child not found/);
});
