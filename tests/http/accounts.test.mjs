// The administrator's pages for accounts and the organisation's reference data, against
// two real servers on one database: every action works and is audited, bad input answers
// 422 with the error summary and changes nothing, a disabled account's sessions end on
// every server at once, and a required password change comes before anything else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';

let database;
let first;
let second;
let admin;

before(async () => {
  database = createDemoDatabase();
  first = await startServer(database.db);
  second = await startServer(database.db);
  admin = new Browserless(first.baseUrl);
  assert.equal((await admin.signIn('admin')).status, 303);
});

after(async () => {
  await first?.stop();
  await second?.stop();
  database?.remove();
});

const NEW_PASSWORD = 'a fresh and private pass phrase';

// Posts a form given as [name, value] pairs (a name may repeat, as ticked checkboxes do)
// with the CSRF token of the page at `formPath`.
async function post(client, formPath, pairs, postPath = formPath) {
  const page = await client.request(formPath);
  return client.request(postPath, { method: 'POST', form: [['csrf_token', Browserless.csrfToken(page.text)], ...pairs] });
}

function audited(action, recordId) {
  return count(database.db, 'audit_events', `action = '${action}' AND record_id = '${recordId}' AND actor = 'admin'`);
}

function accountFields({ username, name = 'Jo Example', roles = ['case_manager'], team = '', lineManager = '',
  fte = '100', capacity = '10', scope = '', password = '' } = {}) {
  const pairs = [];
  if (username !== undefined) pairs.push(['username', username], ['password', password]);
  pairs.push(['display-name', name]);
  for (const role of roles) pairs.push(['roles', role]);
  pairs.push(['team', team], ['line-manager', lineManager], ['fte', fte], ['capacity', capacity], ['scope', scope]);
  return pairs;
}

// Adds an account with a password the test chooses; it must be changed at first sign-in.
async function addAccount(username, options = {}) {
  const created = await post(admin, '/admin/accounts/new',
    accountFields({ username, password: DEMO_PASSWORD, ...options }));
  assert.equal(created.status, 303, created.text);
  assert.equal(created.headers.get('location'), `/admin/accounts/${username}?done=created`);
}

// Signs in and chooses a new password, as the first sign-in requires.
async function signInFirstTime(username, password = DEMO_PASSWORD, server = first) {
  const person = new Browserless(server.baseUrl);
  assert.equal((await person.signIn(username, password)).status, 303);
  const changed = await post(person, '/account/password',
    [['current-password', password], ['new-password', NEW_PASSWORD], ['confirm-password', NEW_PASSWORD]]);
  assert.equal(changed.status, 303, changed.text);
  return person;
}

let teamCount = 0;
async function addTeam(districts = ['ASHFORD']) {
  const code = `team${++teamCount}`;
  const added = await post(admin, '/admin/teams/new',
    [['code', code], ['name', `Team number ${teamCount}`], ...districts.map((d) => ['districts', d])]);
  assert.equal(added.status, 303, added.text);
  return code;
}

function errorSummary(text) {
  assert.match(text, /<div class="govuk-error-summary"/);
  return [...text.matchAll(/<li><a href="(#[^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
}

test('other roles may not use the administrator pages', async () => {
  const worker = new Browserless(first.baseUrl);
  await worker.signIn('caseworker');
  for (const path of ['/admin/accounts', '/admin/accounts/new', '/admin/accounts/admin', '/admin/accounts/review',
    '/admin/teams', '/admin/teams/new', '/admin/districts', '/admin/settings']) {
    assert.equal((await worker.request(path)).status, 403, path);
  }
  const home = await worker.request('/');
  assert.doesNotMatch(home.text, /href="\/admin\/accounts"/);
  assert.match((await admin.request('/')).text, /href="\/admin\/accounts"/);
});

test('a team is added, renamed, given other districts, deactivated and reactivated, each audited', async () => {
  const code = await addTeam(['ASHFORD', 'DOVER']);
  assert.equal(audited('team.create', code), 1);
  let list = await admin.request('/admin/teams');
  assert.match(list.text, new RegExp(`href="/admin/teams/${code}">Team number \\d+</a>`));
  assert.match(list.text, /Ashford, Dover/);

  const changed = await post(admin, `/admin/teams/${code}`, [['name', 'Ashford team'], ['districts', 'THANET']]);
  assert.equal(changed.status, 303);
  assert.equal(sql(database.db, `SELECT name FROM teams WHERE code = '${code}'`), 'Ashford team');
  assert.equal(sql(database.db, `SELECT district_code FROM team_districts WHERE team_code = '${code}'`), 'THANET');
  assert.equal(audited('team.update', code), 1);
  // Saving it unchanged writes nothing.
  assert.equal((await post(admin, `/admin/teams/${code}`, [['name', 'Ashford team'], ['districts', 'THANET']])).status, 303);
  assert.equal(audited('team.update', code), 1);

  assert.equal((await post(admin, `/admin/teams/${code}`, [], `/admin/teams/${code}/deactivate`)).status, 303);
  assert.equal(sql(database.db, `SELECT active FROM teams WHERE code = '${code}'`), '0');
  assert.equal(audited('team.deactivate', code), 1);
  // A deactivated team is not offered for new accounts.
  assert.doesNotMatch((await admin.request('/admin/accounts/new')).text, new RegExp(`value="${code}"`));
  assert.equal((await post(admin, `/admin/teams/${code}`, [], `/admin/teams/${code}/reactivate`)).status, 303);
  assert.equal(sql(database.db, `SELECT active FROM teams WHERE code = '${code}'`), '1');
  list = await admin.request('/admin/teams?done=reactivated');
  assert.match(list.text, /Team reactivated/);
});

test('a team form with mistakes answers 422 with the error summary and saves nothing', async () => {
  const existing = await addTeam();
  const teams = count(database.db, 'teams');
  const events = count(database.db, 'audit_events');
  const bad = await post(admin, '/admin/teams/new', [['code', existing], ['name', ' '], ['districts', 'NOWHERE']]);
  assert.equal(bad.status, 422);
  assert.deepEqual(errorSummary(bad.text).map(([href]) => href), ['#code', '#name', '#district-ASHFORD']);
  assert.match(bad.text, /A team with the code (&apos;|')team\d+(&apos;|') already exists/);
  const badCode = await post(admin, '/admin/teams/new', [['code', 'No Spaces!'], ['name', 'Fine'], ['districts', 'DOVER']]);
  assert.equal(badCode.status, 422);
  const badEdit = await post(admin, `/admin/teams/${existing}`, [['name', 'Tab\there'], ['districts', 'DOVER']]);
  assert.equal(badEdit.status, 422);
  assert.match(badEdit.text, /The team name must not contain/);
  assert.equal(count(database.db, 'teams'), teams);
  assert.equal(count(database.db, 'audit_events'), events);
  assert.equal((await admin.request('/admin/teams/nosuchteam')).status, 404);
});

test('districts and areas are renamed; a bad name changes nothing', async () => {
  const places = await admin.request('/admin/districts');
  assert.equal(places.status, 200);
  assert.match(places.text, /href="\/admin\/districts\/DOVER"/);
  const renamed = await post(admin, '/admin/districts/DOVER', [['name', 'Dover and Deal']]);
  assert.equal(renamed.status, 303);
  assert.equal(sql(database.db, "SELECT name FROM districts WHERE code = 'DOVER'"), 'Dover and Deal');
  assert.equal(audited('district.rename', 'DOVER'), 1);
  const bad = await post(admin, '/admin/districts/DOVER', [['name', '']]);
  assert.equal(bad.status, 422);
  assert.deepEqual(errorSummary(bad.text), [['#name', 'Enter the district name']]);
  assert.equal(sql(database.db, "SELECT name FROM districts WHERE code = 'DOVER'"), 'Dover and Deal');
  const area = sql(database.db, 'SELECT code FROM areas ORDER BY code LIMIT 1');
  assert.equal((await post(admin, `/admin/areas/${area}`, [['name', 'Renamed area']])).status, 303);
  assert.equal(sql(database.db, `SELECT name FROM areas WHERE code = '${area}'`), 'Renamed area');
  assert.equal((await admin.request('/admin/districts/NOWHERE')).status, 404);
});

test('break-glass hours are a setting from 1 to 168, 24 until changed', async () => {
  let page = await admin.request('/admin/settings');
  assert.match(page.text, /name="break_glass_hours" type="text" inputmode="numeric" value="24"/);
  for (const typed of ['0', '169', 'two', '']) {
    const bad = await post(admin, '/admin/settings', [['break_glass_hours', typed]]);
    assert.equal(bad.status, 422, typed);
    assert.deepEqual(errorSummary(bad.text), [['#break_glass_hours', 'Enter a whole number of hours from 1 to 168']]);
  }
  assert.equal(count(database.db, 'service_settings'), 0);
  assert.equal((await post(admin, '/admin/settings', [['break_glass_hours', ' 48 ']])).status, 303);
  assert.equal(sql(database.db, "SELECT value FROM service_settings WHERE name = 'break_glass_hours'"), '48');
  assert.equal(audited('setting.change', 'break_glass_hours'), 1);
  page = await admin.request('/admin/settings');
  assert.match(page.text, /value="48"/);
});

test('an account is created with every setting; a generated password is shown once and must be changed', async () => {
  const team = await addTeam();
  const created = await post(admin, '/admin/accounts/new', accountFields({
    username: 'Priya.New', name: 'Priya New', roles: ['manager', 'administrator'], team, lineManager: 'manager',
    fte: '60', capacity: '8', scope: `team:${team}`,
  }));
  assert.equal(created.status, 201);
  const password = created.text.match(/id="new-password">([^<]+)</)[1];
  assert.match(password, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  assert.equal(sql(database.db, "SELECT roles || ' ' || team_code || ' ' || fte_percent || ' ' || caseload_capacity || ' ' || scope_kind || ':' || scope_code || ' ' || must_change_password FROM staff WHERE username = 'priya.new'"),
    `manager,administrator ${team} 60 8 team:${team} 1`);
  assert.equal(sql(database.db, "SELECT m.username FROM staff s JOIN staff m ON m.id = s.line_manager_id WHERE s.username = 'priya.new'"), 'manager');
  assert.equal(audited('staff.create', 'priya.new'), 1);
  assert.doesNotMatch(sql(database.db, "SELECT detail FROM audit_events WHERE action = 'staff.create' AND record_id = 'priya.new'"), new RegExp(password));
  // Shown once: the account page does not show it again.
  assert.doesNotMatch((await admin.request('/admin/accounts/priya.new')).text, new RegExp(password));

  const priya = new Browserless(first.baseUrl);
  assert.equal((await priya.signIn('priya.new', password)).status, 303);
  for (const path of ['/', '/admin/accounts', '/children']) {
    const page = await priya.request(path);
    assert.equal(page.status, 303, path);
    assert.equal(page.headers.get('location'), '/account/password');
  }
  const form = await priya.request('/account/password');
  assert.match(form.text, /Your administrator has asked you to choose a new password/);
  const changed = await post(priya, '/account/password',
    [['current-password', password], ['new-password', NEW_PASSWORD], ['confirm-password', NEW_PASSWORD]]);
  assert.equal(changed.status, 303);
  assert.equal((await priya.request('/admin/accounts')).status, 200);
  assert.equal(sql(database.db, "SELECT must_change_password FROM staff WHERE username = 'priya.new'"), '0');
  assert.equal(count(database.db, 'audit_events', "action = 'staff.change_password' AND actor = 'priya.new'"), 1);
});

test('an account form with mistakes answers 422 with the error summary and saves nothing', async () => {
  const staff = count(database.db, 'staff');
  const events = count(database.db, 'audit_events');
  const bad = await post(admin, '/admin/accounts/new', accountFields({
    username: 'caseworker', name: '', roles: [], fte: '0', capacity: 'lots', password: 'short',
  }));
  assert.equal(bad.status, 422);
  assert.deepEqual(errorSummary(bad.text).map(([href]) => href),
    ['#username', '#display-name', '#roles-manager', '#fte', '#capacity', '#password']);
  assert.doesNotMatch(bad.text, /value="short"/, 'a typed password is never sent back');
  const manager = await post(admin, '/admin/accounts/new', accountFields({
    username: 'nosope', roles: ['manager'], scope: '', team: 'nosuchteam', lineManager: 'nobody-at-all',
  }));
  assert.equal(manager.status, 422);
  assert.deepEqual(errorSummary(manager.text).map(([href]) => href), ['#scope', '#team', '#line-manager']);
  const reserved = await post(admin, '/admin/accounts/new', accountFields({ username: 'review' }));
  assert.equal(reserved.status, 422);
  const edit = await post(admin, '/admin/accounts/caseworker/edit', accountFields({ roles: ['no_such_role'], lineManager: 'caseworker' }));
  assert.equal(edit.status, 422);
  assert.deepEqual(errorSummary(edit.text).map(([href]) => href), ['#roles-manager', '#line-manager']);
  assert.equal(count(database.db, 'staff'), staff);
  assert.equal(count(database.db, 'audit_events'), events);
  assert.equal(sql(database.db, "SELECT roles FROM staff WHERE username = 'caseworker'"), 'case_manager');
});

test('changing an account saves every field and audits what changed', async () => {
  await addAccount('changeme');
  const team = await addTeam();
  const saved = await post(admin, '/admin/accounts/changeme/edit', accountFields({
    name: 'Changed Name', roles: ['transition_practitioner', 'case_manager'], team, lineManager: 'manager', fte: '50', capacity: '6',
  }));
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), '/admin/accounts/changeme?done=changed');
  const page = await admin.request('/admin/accounts/changeme?done=changed');
  assert.match(page.text, /Account details saved/);
  assert.match(page.text, /Case manager, Transition practitioner/);
  assert.match(page.text, /50% of full time/);
  assert.match(page.text, /Tom Whitfield/);
  assert.equal(sql(database.db, "SELECT detail FROM audit_events WHERE action = 'staff.update' AND record_id = 'changeme'"),
    `name Jo Example -> Changed Name; roles case_manager -> case_manager,transition_practitioner; team (none) -> ${team}; line manager (none) -> manager; FTE % 100 -> 50; caseload capacity 10 -> 6`);
  const again = await post(admin, '/admin/accounts/changeme/edit', accountFields({
    name: 'Changed Name', roles: ['transition_practitioner', 'case_manager'], team, lineManager: 'manager', fte: '50', capacity: '6',
  }));
  assert.equal(again.headers.get('location'), '/admin/accounts/changeme?done=unchanged');
  assert.equal(audited('staff.update', 'changeme'), 1);
  assert.equal((await admin.request('/admin/accounts/nosuchperson')).status, 404);
});

test('disabling an account ends its sessions on both servers at their next request; re-enabling lets it sign in', async () => {
  await addAccount('leaver');
  const onFirst = await signInFirstTime('leaver', DEMO_PASSWORD, first);
  const onSecond = new Browserless(second.baseUrl);
  assert.equal((await onSecond.signIn('leaver', NEW_PASSWORD)).status, 303);
  assert.equal((await onFirst.request('/')).status, 200);
  assert.equal((await onSecond.request('/')).status, 200);
  // The same session, carried to the other server, works there too until disabled.
  const carried = new Browserless(second.baseUrl);
  carried.cookies = onFirst.cookies;
  assert.equal((await carried.request('/')).status, 200);

  const disabled = await post(admin, '/admin/accounts/leaver', [], '/admin/accounts/leaver/disable');
  assert.equal(disabled.status, 303);
  assert.equal(count(database.db, 'sessions', "staff_id = (SELECT id FROM staff WHERE username = 'leaver')"), 0);
  for (const [client, label] of [[onFirst, 'first'], [onSecond, 'second'], [carried, 'carried']]) {
    const refused = await client.request('/');
    assert.equal(refused.status, 303, label);
    assert.match(refused.headers.get('location'), /^\/sign-in/, label);
  }
  assert.equal((await new Browserless(second.baseUrl).signIn('leaver', NEW_PASSWORD)).status, 422);
  assert.equal(audited('staff.disable', 'leaver'), 1);
  assert.match((await admin.request('/admin/accounts/leaver?done=disabled')).text, /Every session of this account has ended/);

  assert.equal((await post(admin, '/admin/accounts/leaver', [], '/admin/accounts/leaver/enable')).status, 303);
  assert.equal(audited('staff.enable', 'leaver'), 1);
  assert.equal((await new Browserless(second.baseUrl).signIn('leaver', NEW_PASSWORD)).status, 303);
});

test('an administrator cannot disable their own account', async () => {
  const refused = await post(admin, '/admin/accounts/admin', [], '/admin/accounts/admin/disable');
  assert.equal(refused.status, 409);
  assert.equal(sql(database.db, "SELECT active FROM staff WHERE username = 'admin'"), '1');
});

test('requiring a password change sends a signed-in person to change it before anything else', async () => {
  await addAccount('forced');
  const person = await signInFirstTime('forced');
  assert.equal((await person.request('/')).status, 200);
  assert.equal((await post(admin, '/admin/accounts/forced', [], '/admin/accounts/forced/require-password-change')).status, 303);
  assert.equal(audited('staff.require_password_change', 'forced'), 1);
  const sent = await person.request('/');
  assert.equal(sent.status, 303);
  assert.equal(sent.headers.get('location'), '/account/password');
  // Signing out still works; the form refuses a wrong current password and a mismatch.
  const wrong = await post(person, '/account/password',
    [['current-password', 'not the password'], ['new-password', 'another good pass phrase'], ['confirm-password', 'another good pass phrase']]);
  assert.equal(wrong.status, 422);
  assert.deepEqual(errorSummary(wrong.text), [['#current-password', 'Your current password is not correct']]);
  const mismatch = await post(person, '/account/password',
    [['current-password', NEW_PASSWORD], ['new-password', 'another good pass phrase'], ['confirm-password', 'another good pass phrase!']]);
  assert.equal(mismatch.status, 422);
  assert.equal((await person.request('/')).status, 303);
  const done = await post(person, '/account/password',
    [['current-password', NEW_PASSWORD], ['new-password', 'another good pass phrase'], ['confirm-password', 'another good pass phrase']]);
  assert.equal(done.status, 303);
  assert.equal((await person.request('/')).status, 200);
});

test('anyone may change their own password; their other sessions end', async () => {
  await addAccount('selfservice');
  const here = await signInFirstTime('selfservice');
  const elsewhere = new Browserless(second.baseUrl);
  assert.equal((await elsewhere.signIn('selfservice', NEW_PASSWORD)).status, 303);
  const changed = await post(here, '/account/password',
    [['current-password', NEW_PASSWORD], ['new-password', 'yet another pass phrase'], ['confirm-password', 'yet another pass phrase']]);
  assert.equal(changed.status, 303);
  assert.match((await here.request('/account/password?changed=1')).text, /Your password has been changed/);
  assert.equal((await here.request('/')).status, 200);
  assert.equal((await elsewhere.request('/')).status, 303);
});

test('resetting a password shows a new one once, ends sessions and requires a change', async () => {
  await addAccount('forgetful');
  const person = await signInFirstTime('forgetful');
  const reset = await post(admin, '/admin/accounts/forgetful', [], '/admin/accounts/forgetful/reset-password');
  assert.equal(reset.status, 200);
  const password = reset.text.match(/id="new-password">([^<]+)</)[1];
  assert.equal(audited('staff.reset_password', 'forgetful'), 1);
  assert.equal((await person.request('/')).status, 303);
  assert.equal((await new Browserless(first.baseUrl).signIn('forgetful', NEW_PASSWORD)).status, 422);
  await signInFirstTime('forgetful', password);
});

test('unlocking forgets failed sign-ins so the person can sign in at once', async () => {
  await addAccount('locked');
  for (let i = 0; i < 5; i++) await new Browserless(first.baseUrl).signIn('locked', `wrong password ${i}`);
  assert.equal((await new Browserless(first.baseUrl).signIn('locked', DEMO_PASSWORD)).status, 422);
  const unlocked = await post(admin, '/admin/accounts/locked', [], '/admin/accounts/locked/unlock');
  assert.equal(unlocked.status, 303);
  assert.equal(sql(database.db, "SELECT detail FROM audit_events WHERE action = 'staff.unlock' AND record_id = 'locked'"),
    '5 failed sign-ins forgotten');
  assert.equal((await new Browserless(first.baseUrl).signIn('locked', DEMO_PASSWORD)).status, 303);
});

test('the list filters by role, team and status and shows the last sign-in', async () => {
  const team = await addTeam();
  await addAccount('filtered', { team, roles: ['analyst'] });
  await signInFirstTime('filtered');
  const all = await admin.request('/admin/accounts');
  assert.match(all.text, /href="\/admin\/accounts\/caseworker"/);
  const byTeam = await admin.request(`/admin/accounts?team=${team}`);
  assert.match(byTeam.text, /href="\/admin\/accounts\/filtered"/);
  assert.doesNotMatch(byTeam.text, /href="\/admin\/accounts\/caseworker"/);
  assert.doesNotMatch(byTeam.text, /data-label="Last signed in">Never</);
  const byRole = await admin.request('/admin/accounts?role=manager');
  assert.match(byRole.text, /href="\/admin\/accounts\/manager"/);
  assert.doesNotMatch(byRole.text, /href="\/admin\/accounts\/caseworker"/, 'manager is not case_manager');
  const disabled = await admin.request('/admin/accounts?status=disabled');
  assert.doesNotMatch(disabled.text, /href="\/admin\/accounts\/caseworker"/);
  assert.notEqual(sql(database.db, "SELECT last_sign_in_at FROM staff WHERE username = 'filtered'"), '');
  assert.doesNotMatch((await admin.request('/admin/accounts/filtered')).text, /id="last-sign-in">Never</);
});

test('accounts unused for 90 days are listed for review', async () => {
  await addAccount('dormant');
  await addAccount('fresh');
  sql(database.db, "UPDATE staff SET created_at = '2020-01-01T00:00:00Z', last_sign_in_at = '2020-02-01T09:00:00Z' WHERE username = 'dormant'");
  const review = await admin.request('/admin/accounts/review');
  assert.equal(review.status, 200);
  assert.match(review.text, /href="\/admin\/accounts\/dormant"/);
  assert.doesNotMatch(review.text, /href="\/admin\/accounts\/fresh"/);
});
