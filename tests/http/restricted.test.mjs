// Restricted records and partner sharing: a restricted record opens only to the staff named
// on it and never appears to anyone else (search, list, count); adding its duplicate is
// refused without revealing it; a partner reads only the children shared with them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { addAccount, childRowId, untouchedChildren } from '../support/access_fixtures.mjs';

let database;
let server;
let manager;    // restricts and shares (whole service)
let named;      // caseworker2: named on the restricted record
let other;      // caseworker: not named
let analyst;    // sees the whole service, but not restricted records
let dpo;        // data protection officer
let police;     // a partner account

async function signedIn(username) {
  const browser = new Browserless(server.baseUrl);
  await browser.signIn(username);
  return browser;
}

before(async () => {
  database = createDemoDatabase();
  addAccount(database.db, 'police1', 'partner', 'PC Jo Rahman');
  addAccount(database.db, 'dpo1', 'data_protection_officer', 'Ruth Okafor');
  server = await startServer(database.db);
  manager = await signedIn('manager');
  named = await signedIn('caseworker2');
  other = await signedIn('caseworker');
  analyst = await signedIn('analyst');
  dpo = await signedIn('dpo1');
  police = await signedIn('police1');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const childOf = (publicId) => sql(database.db, `SELECT given_name || '|' || family_name || '|' || date_of_birth || '|' || sex || '|' || district_code FROM children WHERE public_id = '${publicId}'`).split('|');
const listTotal = (page) => Number(page.text.match(/Showing \d+ to \d+ of (\d+)/)?.[1] ?? 0);

function restrict(publicId, fields) {
  return manager.submit(`/children/${publicId}/restriction`, { action: 'restrict', ...fields });
}

test('restricting a record hides it from everyone not named: search, list, count, record and break glass', async () => {
  const [child] = untouchedChildren(database.db, 1, 0);
  const [given, family] = childOf(child);
  // How many children each viewer's list counts before the restriction.
  const before = new Map();
  for (const viewer of [other, analyst, dpo, named, manager]) before.set(viewer, listTotal(await viewer.request('/children')));
  const form = await manager.request(`/children/${child}/restriction`);
  assert.equal(form.status, 200);
  assert.match(form.text, /You will be named on it/);

  const restricted = await restrict(child, { 'also-named': 'caseworker2', 'restrict-reason': 'Child of a member of staff' });
  assert.equal(restricted.status, 303);
  assert.equal(restricted.headers.get('location'), `/children/${child}/restriction?saved=restricted`);
  assert.equal(sql(database.db, `SELECT restricted FROM children WHERE public_id = '${child}'`), '1');
  const event = sql(database.db, `SELECT actor || ' ' || detail FROM audit_events WHERE action = 'child.restrict' AND record_id = '${child}'`);
  assert.equal(event, 'manager named: caseworker2, manager; reason: Child of a member of staff');

  for (const [who, viewer] of [['caseworker', other], ['analyst', analyst], ['dpo', dpo]]) {
    const missing = await viewer.request('/children/ZZZZZZZZZZ');
    const search = await viewer.request(`/children?name=${encodeURIComponent(family)}`);
    assert.doesNotMatch(search.text, new RegExp(child), who);
    assert.equal(listTotal(await viewer.request('/children')), before.get(viewer) - 1, who);
    const record = await viewer.request(`/children/${child}`);
    assert.equal(record.status, 404, who);
    assert.equal(record.text, missing.text, who);
  }
  assert.equal((await other.request(`/children/${child}/break-glass`)).status, 404);

  for (const [who, viewer] of [['named', named], ['restricter', manager]]) {
    const record = await viewer.request(`/children/${child}`);
    assert.equal(record.status, 200, who);
    assert.match(record.text, /This record is restricted/, who);
    const search = await viewer.request(`/children?name=${encodeURIComponent(given + ' ' + family)}`);
    assert.match(search.text, new RegExp(`/children/${child}`), who);
    assert.equal(listTotal(await viewer.request('/children')), before.get(viewer), who);
  }
  const mine = await manager.request('/restricted-records');
  assert.match(mine.text, new RegExp(`href="/children/${child}"`));
  assert.match(mine.text, new RegExp(`${given} ${family}`));
});

test('a restriction needs a reason and real accounts, and always names someone', async () => {
  const [child] = untouchedChildren(database.db, 1, 1);
  const noReason = await restrict(child, { 'restrict-reason': ' ' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /<a href="#restrict-reason">Enter why this record is being restricted<\/a>/);
  const unknown = await restrict(child, { 'also-named': 'nobody-here', 'restrict-reason': 'High-profile case' });
  assert.equal(unknown.status, 422);
  assert.match(unknown.text, /There is no active account with the username &apos;nobody-here&apos;/);
  const administrator = await restrict(child, { 'also-named': 'admin', 'restrict-reason': 'High-profile case' });
  assert.equal(administrator.status, 422);
  assert.match(administrator.text, /cannot read children’s records/);
  assert.equal(sql(database.db, `SELECT restricted FROM children WHERE public_id = '${child}'`), '0');

  assert.equal((await restrict(child, { 'restrict-reason': 'High-profile case' })).status, 303);
  const page = await manager.request(`/children/${child}/restriction`);
  assert.match(page.text, /must always name at least one person/);
  const onlyOne = await manager.submit(`/children/${child}/restriction`, { action: 'unname', 'unname-username': 'manager', 'unname-reason': 'Leaving' });
  assert.equal(onlyOne.status, 422);
  assert.match(onlyOne.text, /must name at least one person/);
  assert.equal(count(database.db, 'restricted_record_staff', `child_id = ${childRowId(database.db, child)}`), 1);

  const added = await manager.submit(`/children/${child}/restriction`, { action: 'name', 'name-username': 'caseworker2', 'name-reason': 'Allocated the case' });
  assert.equal(added.status, 303);
  assert.equal((await named.request(`/children/${child}`)).status, 200);
  const removed = await manager.submit(`/children/${child}/restriction`, { action: 'unname', 'unname-username': 'caseworker2', 'unname-reason': 'Case closed' });
  assert.equal(removed.status, 303);
  assert.equal((await named.request(`/children/${child}`)).status, 404);

  const liftNoReason = await manager.submit(`/children/${child}/restriction`, { action: 'lift' });
  assert.equal(liftNoReason.status, 422);
  const lifted = await manager.submit(`/children/${child}/restriction`, { action: 'lift', 'lift-reason': 'No longer in the news' });
  assert.equal(lifted.status, 303);
  assert.equal((await analyst.request(`/children/${child}`)).status, 200);
  assert.equal(count(database.db, 'restricted_record_staff', `child_id = ${childRowId(database.db, child)}`), 0);
  const actions = sql(database.db, `SELECT action FROM audit_events WHERE record_id = '${child}' AND action IN ('child.restrict', 'child.restriction_named', 'child.restriction_unnamed', 'child.unrestrict') ORDER BY id`).split('\n');
  assert.deepEqual(actions, ['child.restrict', 'child.restriction_named', 'child.restriction_unnamed', 'child.unrestrict']);
});

test('adding a duplicate of a restricted record is refused without revealing it, and the DPO can act on it', async () => {
  const [child] = untouchedChildren(database.db, 1, 2);
  const [given, family, dob, sex, district] = childOf(child);
  await restrict(child, { 'restrict-reason': 'Child of a member of staff' });
  const [year, month, day] = dob.split('-');
  const added = await other.submit('/children/new', {
    'given-name': given, 'family-name': family, 'date-of-birth-day': String(Number(day)),
    'date-of-birth-month': String(Number(month)), 'date-of-birth-year': year, sex, ethnicity: '', district,
    'looked-after': 'no', confirmed: 'anything',
  });
  assert.equal(added.status, 422);
  assert.match(added.text, /only named staff can see/);
  assert.doesNotMatch(added.text, new RegExp(child));
  assert.equal(count(database.db, 'children', `given_name = '${given.replace(/'/g, "''")}' AND family_name = '${family.replace(/'/g, "''")}' AND date_of_birth = '${dob}'`), 1);
  assert.match(sql(database.db, "SELECT detail FROM audit_events WHERE action = 'child.restricted_match' AND actor = 'caseworker'"), new RegExp(child));

  const review = await dpo.request('/restricted-records');
  assert.equal(review.status, 200);
  const total = count(database.db, 'children', 'restricted = 1');
  assert.match(review.text, new RegExp(`Restricted records in the service: <strong>${total}</strong>`));
  assert.match(review.text, new RegExp(`<td class="govuk-table__cell">${child}</td>`));
  assert.match(review.text, /Tom Whitfield \(manager\)/);
  assert.doesNotMatch(review.text, new RegExp(`${given} ${family}`));
  assert.match(sql(database.db, "SELECT detail FROM audit_events WHERE action = 'restricted_records.list' AND actor = 'dpo1'"), new RegExp(child));
  // A manager sees the records they are named on, not every reference.
  const managerView = await manager.request('/restricted-records');
  assert.doesNotMatch(managerView.text, /Every restricted record/);
  // Practitioners without the permission are refused the page.
  assert.equal((await other.request('/restricted-records')).status, 403);
});

test('a partner sees only the children shared with them, while the share lasts', async () => {
  const [shared, notShared] = untouchedChildren(database.db, 2, 3);
  const empty = await police.request('/children');
  assert.match(empty.text, /No children found/);
  assert.equal((await police.request(`/children/${shared}`)).status, 404);

  const sharingPage = await manager.request(`/children/${shared}/sharing`);
  assert.match(sharingPage.text, /PC Jo Rahman \(police1\)/);
  const noReason = await manager.submit(`/children/${shared}/sharing`, { action: 'share', partner: 'police1', reason: '' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /<a href="#reason">Enter why the partner needs this child’s record<\/a>/);
  const notAPartner = await manager.submit(`/children/${shared}/sharing`, { action: 'share', partner: 'caseworker', reason: 'Test' });
  assert.equal(notAPartner.status, 422);
  assert.match(notAPartner.text, /Choose an active partner account/);

  const ok = await manager.submit(`/children/${shared}/sharing`, { action: 'share', partner: 'police1', reason: 'Joint safeguarding strategy meeting' });
  assert.equal(ok.status, 303);
  assert.equal(sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.shared' AND record_id = '${shared}'`), 'partner police1; reason: Joint safeguarding strategy meeting');
  const list = await police.request('/children');
  assert.equal(listTotal(list), 1);
  assert.match(list.text, new RegExp(`/children/${shared}`));
  assert.doesNotMatch(list.text, /get emergency access/);
  assert.equal((await police.request(`/children/${shared}`)).status, 200);
  assert.equal((await police.request(`/children/${notShared}`)).status, 404);
  // Partners read; they do not restrict, share or break the glass.
  assert.equal((await police.request(`/children/${shared}/sharing`)).status, 403);
  assert.equal((await police.request(`/children/${notShared}/break-glass`)).status, 403);

  const stopped = await manager.submit(`/children/${shared}/sharing`, { action: 'stop', partner: 'police1' });
  assert.equal(stopped.status, 303);
  assert.equal((await police.request(`/children/${shared}`)).status, 404);
  assert.equal(count(database.db, 'audit_events', `action = 'child.share_stopped' AND record_id = '${shared}'`), 1);
});

test('a restricted record cannot be shared with a partner', async () => {
  const [child] = untouchedChildren(database.db, 1, 5);
  await restrict(child, { 'restrict-reason': 'High-profile case' });
  const refused = await manager.submit(`/children/${child}/sharing`, { action: 'share', partner: 'police1', reason: 'Request' });
  assert.equal(refused.status, 422);
  assert.match(refused.text, /A restricted record cannot be shared/);
  assert.equal(count(database.db, 'child_shares', `child_id = ${childRowId(database.db, child)}`), 0);
});
