// A child's remands and custody (/children/{id}/custody) and the secure estate's
// establishments (/admin/establishments): recording and ending a remand, recording custody
// at an establishment that takes the child's age, a transfer (including to the adult estate
// at 18) and a release. Each bad input is refused with a GOV.UK message that says what to
// fix, and saves nothing. Runs on both backends (PATHWAY_TEST_BACKEND).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { clearJusticeRecord, today, daysAgo, iso } from '../support/justice_fixture.mjs';

let database;
let server;
let amara;   // case manager, North Kent unit
let hannah;  // analyst: reads every record, corrects none
let priya;   // administrator

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  amara = new Browserless(server.baseUrl);
  await amara.signIn('caseworker');
  hannah = new Browserless(server.baseUrl);
  await hannah.signIn('analyst');
  priya = new Browserless(server.baseUrl);
  await priya.signIn('admin');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

// A child on Amara's caseload, with no history, born `yearsAgo` years (and a few days) ago.
const taken = [];
function child(yearsAgo) {
  const exclude = taken.length ? ` AND c.public_id NOT IN (${taken.map((id) => `'${id}'`).join(', ')})` : '';
  const [id, rowId] = sql(database.db, `SELECT c.public_id || '|' || c.id FROM children c JOIN case_workers w ON w.child_id = c.id
    JOIN staff s ON s.id = w.staff_id WHERE s.username = 'caseworker' AND w.ended_at IS NULL AND c.restricted = 0${exclude}
    ORDER BY c.id LIMIT 1`).split('|');
  taken.push(id);
  clearJusticeRecord(database.db, rowId);
  const born = new Date(Date.UTC(today.getUTCFullYear() - yearsAgo, today.getUTCMonth(), today.getUTCDate()) - 10 * 86400000);
  sql(database.db, `UPDATE children SET date_of_birth = '${iso(born)}' WHERE id = ${rowId}`);
  return { id, rowId, born };
}

function dateFields(prefix, date) {
  return { [`${prefix}-day`]: String(date.getUTCDate()), [`${prefix}-month`]: String(date.getUTCMonth() + 1),
    [`${prefix}-year`]: String(date.getUTCFullYear()) };
}

async function post(session, pathname, fields) {
  const home = await session.request('/');
  return session.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

const rows = (query) => sql(database.db, query).split('\n').filter(Boolean);
const remandsOf = (c) => rows(`SELECT remand_type || '|' || start_date || '|' || COALESCE(end_date, '') FROM remands WHERE child_id = ${c.rowId} ORDER BY id`);
const episodesOf = (c) => rows(`SELECT establishment || '|' || start_date || '|' || COALESCE(release_date, '') || '|' || COALESCE(CAST(outcome_id AS TEXT), '')
  FROM custody_episodes WHERE child_id = ${c.rowId} ORDER BY id`);
const establishmentId = (name) => sql(database.db, `SELECT id FROM establishments WHERE name = '${name}'`);

function errorSummary(html) {
  return [...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((match) => match[2]);
}

// A custodial sentence written straight in (the outcome form has its own tests).
function detentionOrder(c, days) {
  sql(database.db, `INSERT INTO offences (exchange_id, child_id, offence_date, category, gravity, created_at)
    VALUES ('CUS-F${c.rowId}', ${c.rowId}, '${iso(daysAgo(days + 30))}', 'robbery', 6, '2026-01-01T00:00:00Z')`);
  sql(database.db, `INSERT INTO outcomes (exchange_id, child_id, outcome_date, outcome_type, length_months, created_at)
    VALUES ('CUS-X${c.rowId}', ${c.rowId}, '${iso(daysAgo(days))}', 'detention_and_training_order', 12, '2026-01-01T00:00:00Z')`);
  return sql(database.db, `SELECT id FROM outcomes WHERE exchange_id = 'CUS-X${c.rowId}'`);
}

test('a remand to youth detention is recorded, shows the child as looked after, and is ended', async () => {
  const c = child(14);
  const page = `/children/${c.id}/custody`;
  const before = await amara.request(page);
  assert.equal(before.status, 200);
  assert.match(before.text, /aria-current="page">Remands and custody/);
  assert.match(before.text, /id="no-remands"/);
  const saved = await post(amara, `/children/${c.id}/remands/new`, { 'remand-type': 'remand_youth_detention', ...dateFields('start-date', daysAgo(20)) });
  assert.equal(saved.status, 303);
  assert.deepEqual(remandsOf(c), [`remand_youth_detention|${iso(daysAgo(20))}|`]);
  const after = await amara.request(page);
  assert.match(after.text, /id="looked-after-by-remand">Yes \(remanded to youth detention accommodation\)/);
  assert.match(after.text, /id="current-looked-after">Yes/);
  const audited = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'remand.create' AND record_id = '${c.id}'`);
  assert.match(audited, /remand_youth_detention from/);

  const remandId = sql(database.db, `SELECT id FROM remands WHERE child_id = ${c.rowId}`);
  const end = `/children/${c.id}/remands/${remandId}/end`;
  const early = await post(amara, end, dateFields('end-date', daysAgo(30)));
  assert.equal(early.status, 422);
  assert.ok(errorSummary(early.text).some((text) => text.startsWith('The end date is before the start date')), early.text);
  const future = await post(amara, end, dateFields('end-date', new Date(today.getTime() + 5 * 86400000)));
  assert.equal(future.status, 422);
  assert.deepEqual(remandsOf(c), [`remand_youth_detention|${iso(daysAgo(20))}|`], 'nothing saved');
  assert.equal((await post(amara, end, dateFields('end-date', daysAgo(2)))).status, 303);
  assert.deepEqual(remandsOf(c), [`remand_youth_detention|${iso(daysAgo(20))}|${iso(daysAgo(2))}`]);
  assert.equal((await amara.request(end)).status, 404, 'an ended remand is not ended again');
  assert.match((await amara.request(page)).text, /id="looked-after-by-remand">No/);
});

test('each bad remand is refused with what to fix, and saves nothing', async () => {
  const c = child(11);
  const form = `/children/${c.id}/remands/new`;
  const cases = [
    [{ 'remand-type': 'remand_youth_detention', ...dateFields('start-date', daysAgo(5)) }, /local authority accommodation, not youth detention/],
    [{ ...dateFields('start-date', daysAgo(5)) }, /Select the bail or remand the court decided/],
    [{ 'remand-type': 'conditional_bail', ...dateFields('start-date', daysAgo(5)), ...dateFields('end-date', daysAgo(9)) }, /The end date is before the start date/],
    [{ 'remand-type': 'conditional_bail', 'start-date-day': '31', 'start-date-month': '2', 'start-date-year': '2025' }, /Start date must be a real date/],
    [{ 'remand-type': 'conditional_bail', ...dateFields('start-date', new Date(today.getTime() + 86400000)) }, /Start date must be today or in the past/],
    [{ 'remand-type': 'castle', ...dateFields('start-date', daysAgo(5)) }, /Select the bail or remand/],
  ];
  for (const [fields, message] of cases) {
    const answer = await post(amara, form, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, /govuk-error-summary/);
    assert.match(answer.text, message);
  }
  assert.deepEqual(remandsOf(c), []);
  // A child of 11 refused bail goes to local authority accommodation.
  assert.equal((await post(amara, form, { 'remand-type': 'remand_local_authority', ...dateFields('start-date', daysAgo(5)) })).status, 303);
  assert.match((await amara.request(`/children/${c.id}/custody`)).text, /Yes \(remanded to local authority accommodation\)/);
});

test('custody for a sentence at an establishment that takes the child, a transfer and a release', async () => {
  const c = child(16);
  const sentence = detentionOrder(c, 100);
  const form = `/children/${c.id}/custody/new`;
  const good = { establishment: establishmentId('Oakhill STC'), sentence, ...dateFields('start-date', daysAgo(100)) };
  const bad = [
    [{ ...good, establishment: establishmentId('Swinfen Hall YOI') }, /is an adult prison and the child was 15/],
    [{ ...good, sentence: 'remand' }, /not remanded to youth detention accommodation on the start date/],
    [{ ...good, ...dateFields('start-date', daysAgo(101)) }, /before the sentence was passed/],
    [{ ...good, establishment: '' }, /Select the establishment from the list/],
    [{ ...good, sentence: '' }, /Select the sentence the child is serving/],
  ];
  for (const [fields, message] of bad) {
    const answer = await post(amara, form, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, message);
  }
  assert.deepEqual(episodesOf(c), []);
  assert.equal((await post(amara, form, good)).status, 303);
  assert.deepEqual(episodesOf(c), [`Oakhill STC|${iso(daysAgo(100))}||${sentence}`]);

  const episode = sql(database.db, `SELECT id FROM custody_episodes WHERE child_id = ${c.rowId}`);
  const page = await amara.request(`/children/${c.id}/custody`);
  assert.match(page.text, /Detention and training order of/);
  assert.doesNotMatch(page.text, /Move to the adult estate/, 'offered only from 18');
  const transfer = `/children/${c.id}/custody/${episode}/transfer`;
  for (const [fields, message] of [
    [{ establishment: establishmentId('Oakhill STC'), ...dateFields('transfer-date', daysAgo(50)) }, /already at Oakhill STC/],
    [{ establishment: establishmentId('Wetherby YOI'), ...dateFields('transfer-date', daysAgo(150)) }, /The date of the move is before the start date/],
    [{ establishment: establishmentId('Feltham B YOI'), ...dateFields('transfer-date', daysAgo(50)) }, /adult prison/],
  ]) {
    const answer = await post(amara, transfer, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, message);
  }
  assert.equal(episodesOf(c).length, 1, 'nothing saved');
  assert.equal((await post(amara, transfer, { establishment: establishmentId('Wetherby YOI'), ...dateFields('transfer-date', daysAgo(50)) })).status, 303);
  assert.deepEqual(episodesOf(c), [`Oakhill STC|${iso(daysAgo(100))}|${iso(daysAgo(50))}|${sentence}`,
    `Wetherby YOI|${iso(daysAgo(50))}||${sentence}`]);
  assert.match(sql(database.db, `SELECT detail FROM audit_events WHERE action = 'custody.transfer' AND record_id = '${c.id}'`),
    /'Oakhill STC' \(stc\) ended .*'Wetherby YOI' \(yoi\)/);

  const next = sql(database.db, `SELECT MAX(id) FROM custody_episodes WHERE child_id = ${c.rowId}`);
  const release = `/children/${c.id}/custody/${next}/release`;
  const early = await post(amara, release, dateFields('release-date', daysAgo(60)));
  assert.equal(early.status, 422);
  assert.match(early.text, /The release date is before the start date/);
  assert.equal(episodesOf(c)[1], `Wetherby YOI|${iso(daysAgo(50))}||${sentence}`, 'nothing saved');
  assert.equal((await post(amara, release, dateFields('release-date', daysAgo(1)))).status, 303);
  assert.equal(episodesOf(c)[1], `Wetherby YOI|${iso(daysAgo(50))}|${iso(daysAgo(1))}|${sentence}`);
  assert.match((await amara.request(`/children/${c.id}/custody`)).text, /id="current-custody">Not in custody/);
});

test('a young person of 18 is offered the move to the adult estate, and only adult prisons there', async () => {
  const c = child(18);
  const sentence = detentionOrder(c, 300);
  sql(database.db, `INSERT INTO custody_episodes (exchange_id, child_id, outcome_id, establishment, establishment_type, start_date, created_at)
    VALUES ('CUS-E${c.rowId}', ${c.rowId}, ${sentence}, 'Wetherby YOI', 'yoi', '${iso(daysAgo(300))}', '2026-01-01T00:00:00Z')`);
  const page = await amara.request(`/children/${c.id}/custody`);
  const link = page.text.match(/href="([^"]+\/transfer\?estate=adult)"/);
  assert.ok(link, 'the move to the adult estate is offered');
  const form = await amara.request(link[1]);
  assert.match(form.text, /Move to the adult estate/);
  assert.match(form.text, /Swinfen Hall YOI/);
  assert.doesNotMatch(form.text, /Oakhill STC/);
  const transfer = link[1].replace('?estate=adult', '');
  // Before the 18th birthday the adult estate is refused; a youth establishment is not offered.
  const tooSoon = await post(amara, transfer, { estate: 'adult', establishment: establishmentId('Swinfen Hall YOI'), ...dateFields('transfer-date', daysAgo(20)) });
  assert.equal(tooSoon.status, 422);
  assert.match(tooSoon.text, /only from their 18th birthday/);
  const youth = await post(amara, transfer, { estate: 'adult', establishment: establishmentId('Oakhill STC'), ...dateFields('transfer-date', daysAgo(2)) });
  assert.equal(youth.status, 422);
  assert.equal(episodesOf(c).length, 1);
  assert.equal((await post(amara, transfer, { estate: 'adult', establishment: establishmentId('Swinfen Hall YOI'), ...dateFields('transfer-date', daysAgo(2)) })).status, 303);
  assert.deepEqual(episodesOf(c).map((row) => row.split('|')[0]), ['Wetherby YOI', 'Swinfen Hall YOI']);
});

test('the analyst reads the page but is offered no change, and may not post one', async () => {
  const c = child(15);
  const page = await hannah.request(`/children/${c.id}/custody`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /Record bail or a remand/);
  assert.equal((await post(hannah, `/children/${c.id}/remands/new`, { 'remand-type': 'conditional_bail', ...dateFields('start-date', daysAgo(3)) })).status, 403);
  assert.deepEqual(remandsOf(c), []);
});

test('an administrator adds, changes and retires an establishment; a retired one is not offered', async () => {
  const list = await priya.request('/admin/establishments');
  assert.equal(list.status, 200);
  for (const name of ['Wetherby YOI', 'Oakhill STC', 'Oasis Restore', 'Cookham Wood YOI', 'Aldine House']) assert.match(list.text, new RegExp(name));
  assert.match(list.text, /No longer holds children/);
  assert.equal((await amara.request('/admin/establishments')).status, 403);
  const count = () => Number(sql(database.db, 'SELECT COUNT(*) FROM establishments'));
  const before = count();
  for (const [fields, message] of [
    [{ name: 'Hewell', type: 'adult_prison', 'youngest-age': '16', 'holds-children': 'yes' }, /An adult prison takes young people from 18/],
    [{ name: 'Wetherby YOI', type: 'yoi', 'youngest-age': '15', 'oldest-age': '17', 'holds-children': 'yes' }, /Another establishment is already called/],
    [{ name: 'Medway', type: 'stc', 'youngest-age': '12', 'oldest-age': '11', 'holds-children': 'yes' }, /not below the youngest/],
    [{ name: '', type: '', 'youngest-age': '', 'holds-children': '' }, /Enter the establishment/],
  ]) {
    const answer = await post(priya, '/admin/establishments/new', fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, message);
  }
  assert.equal(count(), before, 'nothing saved');
  assert.equal((await post(priya, '/admin/establishments/new', { name: 'Medway STC', type: 'stc', 'youngest-age': '12', 'oldest-age': '17', 'holds-children': 'yes' })).status, 303);
  const id = establishmentId('Medway STC');
  assert.equal((await post(priya, `/admin/establishments/${id}`, { name: 'Medway STC', type: 'stc', 'youngest-age': '12', 'oldest-age': '17', 'holds-children': 'no' })).status, 303);
  assert.equal(sql(database.db, `SELECT holds_children FROM establishments WHERE id = ${id}`), '0');
  const c = child(13);
  assert.match((await amara.request(`/children/${c.id}/custody/new`)).text, /Medway STC/);
  assert.equal((await post(priya, `/admin/establishments/${id}/retire`, {})).status, 303);
  assert.doesNotMatch((await amara.request(`/children/${c.id}/custody/new`)).text, /Medway STC/);
  const sentence = detentionOrder(c, 10);
  const refused = await post(amara, `/children/${c.id}/custody/new`, { establishment: id, sentence, ...dateFields('start-date', daysAgo(10)) });
  assert.equal(refused.status, 422, 'a retired establishment is refused');
  assert.equal((await post(priya, `/admin/establishments/${id}/reinstate`, {})).status, 303);
  assert.deepEqual(rows(`SELECT action FROM audit_events WHERE record_type = 'establishment' AND record_id = '${id}' ORDER BY id`),
    ['establishment.create', 'establishment.update', 'establishment.retire', 'establishment.reinstate']);
});
