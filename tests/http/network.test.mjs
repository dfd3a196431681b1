// A child's family and network (/children/{id}/network): parents, carers and others with
// their relationship, contact details, parental responsibility and whether they may be
// contacted (and why not); professionals with their agency. Adding and changing a member;
// bad input (no name, an email that is not one, "may not be contacted" with no reason)
// refused with GOV.UK errors, nothing saved. Runs on both backends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql } from '../support/sqlite.mjs';
import { childOfCaseworker, post, errorSummary } from '../support/practice_fixture.mjs';

let database;
let server;
let siobhan;  // restorative justice worker: records practice
let joy;      // business support: reads, records no practice

before(async () => {
  database = createDemoDatabase({ children: 120 });
  server = await startServer(database.db);
  siobhan = new Browserless(server.baseUrl);
  await siobhan.signIn('rjworker');
  joy = new Browserless(server.baseUrl);
  await joy.signIn('support');
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const membersOf = (c) => sql(database.db, `SELECT member_kind || '|' || name || '|' || relationship || '|' ||
  COALESCE(agency, '') || '|' || COALESCE(email, '') || '|' || COALESCE(CAST(parental_responsibility AS TEXT), '') || '|' ||
  CAST(may_contact AS TEXT) || '|' || COALESCE(no_contact_reason, '') FROM network_members WHERE child_id = ${c.rowId}
  ORDER BY id`).split('\n').filter(Boolean);

test('a parent and a professional are added, shown and changed', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/network`;
  const empty = await siobhan.request(base);
  assert.equal(empty.status, 200);
  assert.match(empty.text, /No one is recorded yet/);

  assert.equal((await post(siobhan, `${base}/new?kind=family`, { name: 'Kerry Ward', relationship: 'mother',
    phone: '01632 960 001', email: 'kerry@example.com', address: '1 High Street\nMaidstone', 'parental-responsibility': 'yes',
    'may-contact': 'yes' })).status, 303);
  assert.equal((await post(siobhan, `${base}/new?kind=family`, { name: 'Mark Ward', relationship: 'father',
    'parental-responsibility': 'yes', 'may-contact': 'no', 'no-contact-reason': 'Non-molestation order' })).status, 303);
  assert.equal((await post(siobhan, `${base}/new?kind=professional`, { name: 'Jo Patel', relationship: 'social_worker',
    agency: "Kent children's services", email: 'jo.patel@kent.example.gov.uk', 'may-contact': 'yes' })).status, 303);
  assert.deepEqual(membersOf(c), [
    'family|Kerry Ward|mother||kerry@example.com|1|1|',
    'family|Mark Ward|father|||1|0|Non-molestation order',
    "professional|Jo Patel|social_worker|Kent children's services|jo.patel@kent.example.gov.uk||1|",
  ]);
  const page = await joy.request(base);
  assert.match(page.text, /Kerry Ward, Mother/);
  assert.match(page.text, /Non-molestation order/);
  assert.match(page.text, /Jo Patel, Social worker/);
  assert.doesNotMatch(page.text, /Add a professional/, 'business support reads the network but changes none');
  assert.equal((await joy.request(`${base}/new?kind=family`)).status, 403);

  const id = sql(database.db, `SELECT id FROM network_members WHERE child_id = ${c.rowId} AND name = 'Jo Patel'`);
  const form = await siobhan.request(`${base}/${id}/edit`);
  assert.match(form.text, /value="Jo Patel"/);
  assert.equal((await post(siobhan, `${base}/${id}/edit`, { name: 'Jo Patel', relationship: 'social_worker',
    agency: "Medway children's services", 'may-contact': 'yes' })).status, 303);
  assert.match(membersOf(c)[2], /Medway children's services\|\|\|1\|$/);
  const audit = sql(database.db, `SELECT detail FROM audit_events WHERE action = 'child.network' AND actor = 'support'
    ORDER BY id DESC LIMIT 1`);
  assert.equal(audit.split(' ').length, 4, `three members named: ${audit}`);
});

test('bad input is refused with GOV.UK errors and nothing is saved', async () => {
  const c = childOfCaseworker(database.db);
  const base = `/children/${c.id}/network`;
  const bad = await post(siobhan, `${base}/new?kind=family`, { name: '  ', relationship: 'mother', email: 'kerry at home',
    'parental-responsibility': 'yes', 'may-contact': 'no', 'no-contact-reason': '' });
  assert.equal(bad.status, 422);
  assert.deepEqual(errorSummary(bad.text), ['Enter the name',
    'Enter an email address in the correct format, like name@example.com', 'Enter the reason they may not be contacted']);
  const professional = await post(siobhan, `${base}/new?kind=professional`, { name: 'PC Hill', relationship: 'mother',
    'may-contact': '' });
  assert.deepEqual(errorSummary(professional.text), ['Choose their role', 'Enter the agency they work for',
    'Select yes if the service may contact them']);
  const noAnswer = await post(siobhan, `${base}/new?kind=family`, { name: 'Nan', relationship: 'grandparent',
    phone: 'call her', 'may-contact': 'yes' });
  assert.deepEqual(errorSummary(noAnswer.text), ['Enter a phone number, like 01632 960 001 or +44 7700 900 982',
    'Select yes if they have parental responsibility for the child']);
  assert.equal((await siobhan.request(`${base}/new?kind=neighbour`)).status, 404);
  assert.deepEqual(membersOf(c), []);
});
