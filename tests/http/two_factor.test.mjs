// Two-factor sign-in against a real server: enrolment by a code computed here, replay,
// recovery codes, throttling of wrong codes, the administrator's roles and reset, and a
// session that opens nothing but its second step until it is done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createDemoDatabase, startServer, Browserless, DEMO_PASSWORD } from '../support/server.mjs';
import { count, sql } from '../support/sqlite.mjs';
import { keyOnPage, newTwoFactorKey, recoveryCodesOnPage, stepAt, totpForStep } from '../support/totp.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

let database;
let server;

function pathway(args, input = '') {
  return execFileSync(binary, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

function addAccount(username, role) {
  pathway(['user', 'add', '--db', database.db, '--username', username, '--role', role, '--name', `Tess ${username}`],
    DEMO_PASSWORD + '\n');
}

before(async () => {
  database = createDemoDatabase({ children: 20 });
  process.env.PATHWAY_TWO_FACTOR_KEY = newTwoFactorKey();
  server = await startServer(database.db);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

async function signedIn(username) {
  const person = new Browserless(server.baseUrl);
  const answer = await person.signIn(username);
  assert.equal(answer.status, 303);
  return { person, location: answer.headers.get('location') };
}

// Posts the administrator's roles form with these pairs (a checkbox may repeat a name).
async function postRoles(admin, pairs) {
  const page = await admin.request('/admin/two-factor');
  return admin.request('/admin/two-factor', {
    method: 'POST', form: [['csrf_token', Browserless.csrfToken(page.text)], ...pairs],
  });
}

async function chooseRoles(roles) {
  const { person: admin } = await signedIn('admin');
  const saved = await postRoles(admin, roles.map((role) => ['roles', role]));
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), '/admin/two-factor?saved=1');
  return admin;
}

// Enrols from the enrolment page: the key it shows, the step of the code used, the codes.
async function enrol(person, returnTo = '') {
  const page = await person.request('/account/two-factor' + returnTo);
  assert.equal(page.status, 200);
  assert.match(page.text, /<img class="app-qr-code" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="QR code/);
  const key = keyOnPage(page.text);
  assert.match(key, /^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/, 'the key in groups of four');
  const step = stepAt();
  const done = await person.request('/account/two-factor', {
    method: 'POST', form: { csrf_token: Browserless.csrfToken(page.text), code: totpForStep(key, step), return: '' },
  });
  assert.equal(done.status, 200, done.text);
  const codes = recoveryCodesOnPage(done.text);
  assert.equal(codes.length, 10);
  return { key, step, codes };
}

async function secondStep(person, code) {
  return person.submit('/sign-in/two-factor', { code });
}

test('the test\'s own TOTP gives the RFC 6238 codes', () => {
  assert.equal(totpForStep('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', stepAt(59)), '287082');
  assert.equal(totpForStep('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', stepAt(1111111109)), '081804');
});

test('a role that must use two-factor sign-in enrols right after its password; nothing else opens first', async () => {
  addAccount('tf.manager', 'manager');
  await chooseRoles(['manager']);
  const { person, location } = await signedIn('tf.manager');
  assert.equal(location, '/account/two-factor?return=%2F');
  for (const pathname of ['/', '/children', '/admin/two-factor']) {
    const refused = await person.request(pathname);
    assert.equal(refused.status, 303, pathname);
    assert.match(refused.headers.get('location'), /^\/sign-in\/two-factor\?return=/, pathname);
  }
  const codeStep = await person.request('/sign-in/two-factor');
  assert.equal(codeStep.status, 303);
  assert.equal(codeStep.headers.get('location'), '/account/two-factor?return=');

  const page = await person.request('/account/two-factor?return=%2Fchildren');
  assert.match(page.text, /Your role must use two-factor sign-in/);
  assert.doesNotMatch(page.text, /href="\/children"/, 'no navigation before the second step');
  const wrong = await person.request('/account/two-factor', {
    method: 'POST', form: { csrf_token: Browserless.csrfToken(page.text), code: '12345' },
  });
  assert.equal(wrong.status, 422);
  assert.match(wrong.text, /Enter the 6-digit code your authenticator app shows now/);
  assert.equal((await person.request('/')).status, 303, 'a wrong code opens nothing');

  const { codes } = await enrol(person, '?return=%2Fchildren');
  assert.equal(count(database.db, 'audit_events', "actor = 'tf.manager' AND action = 'two_factor.enrol'"), 1);
  assert.equal((await person.request('/')).status, 200, 'the session is a full one');
  assert.equal(count(database.db, 'two_factor_recovery_codes', `code_hash = '${codes[0]}'`), 0, 'stored hashed');
});

test('after enrolling, sign-in asks for the code; a used code is refused; a recovery code works once', async () => {
  addAccount('tf.worker', 'case_manager');
  const first = await signedIn('tf.worker');
  assert.equal(first.location, '/', 'a case manager need not use two-factor sign-in');
  const { key, step, codes } = await enrol(first.person);

  const { person, location } = await signedIn('tf.worker');
  assert.equal(location, '/sign-in/two-factor?return=%2F');
  const form = await person.request(location);
  assert.equal(form.status, 200);
  assert.match(form.text, /Enter your two-factor code/);
  const replayed = await secondStep(person, totpForStep(key, step));
  assert.equal(replayed.status, 422);
  assert.match(replayed.text, /That code has been used already/);
  assert.equal((await person.request('/children')).status, 303);

  const next = await secondStep(person, totpForStep(key, step + 1));
  assert.equal(next.status, 303);
  assert.equal(next.headers.get('location'), '/');
  assert.equal((await person.request('/children')).status, 200);

  const again = (await signedIn('tf.worker')).person;
  assert.equal((await secondStep(again, codes[2].toUpperCase())).status, 303, 'a recovery code, in capitals');
  const once = (await signedIn('tf.worker')).person;
  const refused = await secondStep(once, codes[2]);
  assert.equal(refused.status, 422);
  assert.match(refused.text, /or one of your unused recovery codes/);
  assert.equal(count(database.db, 'audit_events', "actor = 'tf.worker' AND action = 'two_factor.sign_in'"), 2);
});

test('new recovery codes need a current code and replace the old ones', async () => {
  addAccount('tf.renew', 'case_manager');
  const { person } = await signedIn('tf.renew');
  const { key, step, codes } = await enrol(person);
  const status = await person.request('/account/two-factor');
  assert.match(status.text, /Unused recovery codes/);
  const refused = await person.submit('/account/two-factor', { code: codes[0] }, '/account/two-factor/recovery-codes');
  assert.equal(refused.status, 422);
  const renewed = await person.submit('/account/two-factor', { code: totpForStep(key, step + 1) },
    '/account/two-factor/recovery-codes');
  assert.equal(renewed.status, 200);
  const fresh = recoveryCodesOnPage(renewed.text);
  assert.equal(fresh.length, 10);
  const later = (await signedIn('tf.renew')).person;
  assert.equal((await secondStep(later, codes[1])).status, 422, 'an old code');
  assert.equal((await secondStep(later, fresh[1])).status, 303);
});

test('wrong codes lock the second step for a while, and every one is audited', async () => {
  addAccount('tf.guessed', 'case_manager');
  const { key, step } = await enrol((await signedIn('tf.guessed')).person);
  const { person } = await signedIn('tf.guessed');
  for (let i = 0; i < 5; i += 1) {
    assert.equal((await secondStep(person, '000000')).status, 422);
  }
  const locked = await secondStep(person, totpForStep(key, step + 1));
  assert.equal(locked.status, 429);
  assert.match(locked.text, /too many wrong codes/);
  assert.equal((await person.request('/')).status, 303);
  assert.equal(count(database.db, 'audit_events', "actor = 'tf.guessed' AND action = 'two_factor.refused'"), 6);
});

test('an administrator resets a second factor: sessions end, the person enrols again, and it is audited', async () => {
  addAccount('tf.lost', 'case_manager');
  const { person } = await signedIn('tf.lost');
  await enrol(person);
  const admin = (await signedIn('admin')).person;
  const adminPage = await admin.request('/admin/two-factor');
  assert.match(adminPage.text, /action="\/admin\/accounts\/tf.lost\/reset-two-factor"/);
  const reset = await admin.submit('/admin/two-factor', {}, '/admin/accounts/tf.lost/reset-two-factor');
  assert.equal(reset.status, 200);
  assert.match(reset.text, /Two-factor sign-in reset for Tess tf.lost/);
  assert.equal((await person.request('/')).status, 303, 'the session ended');
  assert.equal(count(database.db, 'audit_events', "actor = 'admin' AND action = 'staff.reset_two_factor' AND record_id = 'tf.lost'"), 1);
  assert.equal((await signedIn('tf.lost')).location, '/', 'no second step until it enrols again');

  const unknown = await admin.submit('/admin/two-factor', {}, '/admin/accounts/nobody.here/reset-two-factor');
  assert.equal(unknown.status, 404);
  const worker = (await signedIn('caseworker')).person;
  const refused = await worker.submit('/', {}, '/admin/accounts/tf.lost/reset-two-factor');
  assert.equal(refused.status, 403);
});

test('pathway user reset-two-factor resets from the command line, audited', async () => {
  addAccount('tf.cli', 'case_manager');
  await enrol((await signedIn('tf.cli')).person);
  assert.equal((await signedIn('tf.cli')).location, '/sign-in/two-factor?return=%2F');
  const output = pathway(['user', 'reset-two-factor', '--db', database.db, 'tf.cli']);
  assert.match(output, /Reset two-factor sign-in of tf.cli/);
  assert.equal((await signedIn('tf.cli')).location, '/');
  assert.equal(count(database.db, 'audit_events', "actor = 'system' AND action = 'staff.reset_two_factor' AND record_id = 'tf.cli'"), 1);
  assert.throws(() => pathway(['user', 'reset-two-factor', '--db', database.db, 'nobody.here']), /no account/);
});

test('only an administrator chooses the roles, from the roles there are', async () => {
  const admin = await chooseRoles(['analyst']);
  assert.equal(sql(database.db, "SELECT value FROM service_settings WHERE name = 'two_factor_roles'"), 'analyst');
  const page = await admin.request('/admin/two-factor');
  assert.match(page.text, /<input class="govuk-checkboxes__input" id="role-analyst" name="roles" type="checkbox" value="analyst" checked>/);
  const bad = await postRoles(admin, [['roles', 'wizard']]);
  assert.equal(bad.status, 422);
  assert.equal(sql(database.db, "SELECT value FROM service_settings WHERE name = 'two_factor_roles'"), 'analyst');
  const worker = (await signedIn('caseworker')).person;
  assert.equal((await worker.request('/admin/two-factor')).status, 403);
  assert.equal(count(database.db, 'audit_events', "action = 'service_settings.change' AND record_id = 'two_factor_roles'"), 2);
  await chooseRoles([]);
  assert.equal((await signedIn('analyst')).location, '/');
});

test('a server without a two-factor key says two-factor sign-in is unavailable, and does not let it be skipped', async () => {
  const saved = process.env.PATHWAY_TWO_FACTOR_KEY;
  delete process.env.PATHWAY_TWO_FACTOR_KEY;
  const keyless = await startServer(database.db);
  process.env.PATHWAY_TWO_FACTOR_KEY = saved;
  try {
    await chooseRoles(['case_manager']);
    const person = new Browserless(keyless.baseUrl);
    assert.equal((await person.signIn('caseworker2')).headers.get('location'), '/account/two-factor?return=%2F');
    const page = await person.request('/account/two-factor');
    assert.equal(page.status, 503);
    assert.match(page.text, /Two-factor sign-in is not working on this server/);
    assert.equal((await person.request('/children')).status, 303);
    assert.ok(keyless.logs.join('').includes('no two-factor key'), 'the server warned');
  } finally {
    await keyless.stop();
    await chooseRoles([]);
  }
});
