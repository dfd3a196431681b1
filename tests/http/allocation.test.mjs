// Allocation and caseloads end to end: a unit lead allocates, reallocates with a reason,
// adds and ends practitioners' involvement and changes intensity; case managers see their
// caseload; the unallocated queue, team caseloads against capacity and one worker's
// children; bad input answers with the form's errors and changes nothing; the pages are
// refused to roles and scopes they are not for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoDatabase, startServer, Browserless } from '../support/server.mjs';
import { sql, count } from '../support/sqlite.mjs';
import { allocationStaff as people, addAllocationStaff, addHeldChild, signedIn } from '../support/allocation_fixture.mjs';

let database;
let server;
let lead;
const child = {};

before(async () => {
  database = createDemoDatabase({ children: 30 });
  addAllocationStaff(database.db);
  server = await startServer(database.db);
  child.first = await addHeldChild(server, database.db, { given: 'Orla', family: 'Allocfirst' });
  child.second = await addHeldChild(server, database.db, { given: 'Pip', family: 'Allocsecond' });
  child.third = await addHeldChild(server, database.db, { given: 'Quin', family: 'Allocthird' });
  child.elsewhere = await addHeldChild(server, database.db, { given: 'Rue', family: 'Allocelsewhere', team: 'ALLOC_B' });
  lead = await signedIn(server, people.lead);
});

after(async () => {
  await server?.stop();
  database?.remove();
});

const childId = (publicId) => `(SELECT id FROM children WHERE public_id = '${publicId}')`;
const current = (publicId) => sql(database.db, `SELECT s.username || ':' || w.case_role || ':' || w.intensity FROM case_workers w
  JOIN staff s ON s.id = w.staff_id WHERE w.child_id = ${childId(publicId)} AND w.ended_at IS NULL ORDER BY w.id`)
  .split('\n').filter(Boolean);
const allocations = () => count(database.db, 'case_workers');

async function post(who, pathname, fields) {
  const home = await who.request('/');
  return who.request(pathname, { method: 'POST', form: { csrf_token: Browserless.csrfToken(home.text), ...fields } });
}

test('a unit lead allocates a case manager: the case moves to their team and onto their caseload', async () => {
  const page = await lead.request(`/children/${child.first}/allocation`);
  assert.equal(page.status, 200);
  assert.match(page.text, /No case manager/);
  assert.match(page.text, /<h2 class="govuk-heading-m">Allocate a case manager<\/h2>/);
  // Only the case managers of the lead's unit are offered; the county-wide transition
  // practitioner is offered as a practitioner.
  assert.match(page.text, /<option value="alloc.amara">Amara Allocated \(Allocation Unit A\)<\/option>/);
  assert.doesNotMatch(page.text, /<option value="alloc.bea">/);
  assert.match(page.text, /<option value="transition_practitioner:alloc.tom">Tom Transition \(Allocation Unit B\)<\/option>/);

  const saved = await post(lead, `/children/${child.first}/allocation`, { worker: people.amara.username, intensity: 'intensive', reason: '' });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/children/${child.first}/allocation?done=allocated`);
  assert.deepEqual(current(child.first), ['alloc.amara:case_manager:intensive']);
  assert.equal(sql(database.db, `SELECT holding_team_code FROM children WHERE public_id = '${child.first}'`), 'ALLOC_A');
  const after = await lead.request(saved.headers.get('location'));
  assert.match(after.text, /Case manager allocated/);
  assert.match(after.text, /<h2 class="govuk-heading-m">Reallocate the case<\/h2>/);
  assert.match(after.text, /govuk-tag--red">Intensive</);
  assert.equal(count(database.db, 'audit_events', `action = 'child.allocate' AND actor = 'alloc.lead' AND record_id = '${child.first}'`), 1);

  const amara = await signedIn(server, people.amara);
  const mine = await amara.request('/caseloads/mine');
  assert.equal(mine.status, 200);
  assert.match(mine.text, /The 1 children you are allocated/);
  assert.match(mine.text, new RegExp(`href="/children/${child.first}">Allocfirst, Orla</a>`));
  assert.match(mine.text, /data-label="Role on the case">Case manager</);
  assert.equal(count(database.db, 'audit_events', `action = 'caseload.mine' AND actor = 'alloc.amara' AND detail LIKE '%${child.first}%'`), 1);
  // The case manager sees who works with the child, and no forms.
  const view = await amara.request(`/children/${child.first}/allocation`);
  assert.equal(view.status, 200);
  assert.match(view.text, /Amara Allocated/);
  assert.doesNotMatch(view.text, /<form method="post" action="\/children\/[A-Z0-9]+\/allocation/);
});

test('allocation refuses bad input with the form’s errors and changes nothing', async () => {
  const before = allocations();
  const cases = [
    [{ worker: '', intensity: 'standard' }, /Choose a case manager/, '#worker'],
    [{ worker: people.bea.username, intensity: 'standard' }, /Choose a Case manager from the list/, '#worker'],
    [{ worker: people.tom.username, intensity: 'standard' }, /Choose a Case manager from the list/, '#worker'],
    [{ worker: 'nobody.at.all', intensity: 'standard' }, /Choose a Case manager from the list/, '#worker'],
    [{ worker: people.dan.username, intensity: 'extreme' }, /Choose how intensive the work with the child is/, '#intensity'],
    [{ worker: people.dan.username, intensity: 'standard', reason: 'bad\u0007reason' }, /The reason must not contain/, '#reason'],
    [{ worker: people.dan.username, intensity: 'standard', reason: 'x'.repeat(501) }, /The reason must be 500 characters or fewer/, '#reason'],
  ];
  for (const [fields, message, href] of cases) {
    const answer = await post(lead, `/children/${child.second}/allocation`, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, /There is a problem/);
    assert.match(answer.text, message);
    assert.match(answer.text, new RegExp(`<a href="${href}">`));
  }
  // Reallocating needs a reason; the same case manager again is refused.
  const noReason = await post(lead, `/children/${child.first}/allocation`, { worker: people.dan.username, intensity: 'standard' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /Enter the reason for reallocating the case/);
  assert.match(noReason.text, /<option value="alloc.dan" selected>/);  // what was chosen is kept
  const same = await post(lead, `/children/${child.first}/allocation`, { worker: people.amara.username, intensity: 'standard', reason: 'again' });
  assert.equal(same.status, 422);
  assert.match(same.text, /Amara Allocated is already this child(&#39;|&apos;)s case manager/);
  // Practitioners, intensity and ending.
  for (const fields of [{ practitioner: '', 'practitioner-intensity': 'standard' }, { practitioner: 'wizard:alloc.tom', 'practitioner-intensity': 'standard' },
    { practitioner: 'co_worker:alloc.bea', 'practitioner-intensity': 'standard' }, { practitioner: 'case_manager:alloc.dan', 'practitioner-intensity': 'standard' },
    { practitioner: 'transition_practitioner:alloc.tom', 'practitioner-intensity': '' }]) {
    const answer = await post(lead, `/children/${child.first}/allocation/practitioners`, fields);
    assert.equal(answer.status, 422, JSON.stringify(fields));
    assert.match(answer.text, /There is a problem/);
  }
  const allocation = sql(database.db, `SELECT id FROM case_workers WHERE child_id = ${childId(child.first)} AND ended_at IS NULL`);
  for (const [pathname, fields, message] of [
    [`/children/${child.first}/allocation/${allocation}/end`, { reason: '  ' }, /Enter the reason for ending this involvement/],
    [`/children/${child.first}/allocation/abc/end`, { reason: 'x' }, /no longer working with this child/],
    [`/children/${child.first}/allocation/99999999/end`, { reason: 'x' }, /no longer working with this child/],
    [`/children/${child.second}/allocation/${allocation}/end`, { reason: 'x' }, /no longer working with this child/],
    [`/children/${child.first}/allocation/${allocation}/intensity`, { intensity: 'extreme' }, /Choose how intensive/],
    [`/children/${child.first}/allocation/-1/intensity`, { intensity: 'standard' }, /no longer working with this child/],
  ]) {
    const answer = await post(lead, pathname, fields);
    assert.equal(answer.status, 422, pathname);
    assert.match(answer.text, message, pathname);
  }
  assert.equal(allocations(), before);
  assert.deepEqual(current(child.first), ['alloc.amara:case_manager:intensive']);
  assert.deepEqual(current(child.second), []);
});

test('reallocation keeps the history; practitioners join, change intensity and leave', async () => {
  const moved = await post(lead, `/children/${child.first}/allocation`, { worker: people.dan.username, intensity: 'enhanced', reason: 'Amara joins the court team' });
  assert.equal(moved.status, 303);
  assert.deepEqual(current(child.first), ['alloc.dan:case_manager:enhanced']);
  const page = await lead.request(`/children/${child.first}/allocation`);
  assert.match(page.text, /Allocation history/);
  assert.match(page.text, /ended by Lena Lead: Reallocated: Amara joins the court team/);
  // Amara's allocation was given no reason: nothing follows who allocated her.
  assert.match(page.text, /allocated by Lena Lead<\/span><\/td>\s*<td class="govuk-table__cell" data-label="To">[^<]*<br><span class="govuk-hint govuk-!-font-size-16">ended by Lena Lead: Reallocated/);

  const added = await post(lead, `/children/${child.first}/allocation/practitioners`, { practitioner: 'transition_practitioner:alloc.tom', 'practitioner-intensity': 'standard' });
  assert.equal(added.status, 303);
  const twice = await post(lead, `/children/${child.first}/allocation/practitioners`, { practitioner: 'transition_practitioner:alloc.tom', 'practitioner-intensity': 'standard' });
  assert.equal(twice.status, 422);
  assert.match(twice.text, /already working with this child/);
  const tom = sql(database.db, `SELECT w.id FROM case_workers w JOIN staff s ON s.id = w.staff_id WHERE s.username = 'alloc.tom' AND w.ended_at IS NULL`);
  const changed = await post(lead, `/children/${child.first}/allocation/${tom}/intensity`, { intensity: 'intensive' });
  assert.equal(changed.status, 303);
  assert.deepEqual(current(child.first), ['alloc.dan:case_manager:enhanced', 'alloc.tom:transition_practitioner:intensive']);
  const ended = await post(lead, `/children/${child.first}/allocation/${tom}/end`, { reason: 'Settled after release' });
  assert.equal(ended.status, 303);
  assert.deepEqual(current(child.first), ['alloc.dan:case_manager:enhanced']);
  const history = await lead.request(`/children/${child.first}/allocation`);
  assert.match(history.text, /Tom Transition<\/td>/);
  assert.match(history.text, /Settled after release/);
  assert.equal(count(database.db, 'case_workers', `child_id = ${childId(child.first)}`), 3);  // nothing overwritten
});

test('the unallocated queue lists the unit’s waiting cases, longest waiting first, and a closed case leaves it', async () => {
  sql(database.db, `UPDATE children SET created_at = '2020-01-01T00:00:00Z' WHERE public_id = '${child.third}'`);
  const queue = await lead.request('/caseloads/unallocated');
  assert.equal(queue.status, 200);
  const listed = [...queue.text.matchAll(/href="\/children\/([A-Z0-9]+)">/g)].map((m) => m[1]);
  assert.deepEqual(listed.filter((id) => Object.values(child).includes(id)), [child.third, child.second]);
  assert.match(queue.text, new RegExp(`href="/children/${child.second}/allocation">Allocate<span class="govuk-visually-hidden"> Pip Allocsecond</span>`));
  assert.equal(count(database.db, 'audit_events', `action = 'caseload.unallocated' AND actor = 'alloc.lead' AND detail LIKE '%${child.second}%'`), 1);

  assert.equal((await post(lead, `/children/${child.third}/allocation`, { worker: people.amara.username, intensity: 'standard' })).status, 303);
  const manager = sql(database.db, `SELECT id FROM case_workers WHERE child_id = ${childId(child.third)} AND ended_at IS NULL`);
  const closed = await post(lead, `/children/${child.third}/allocation/${manager}/end`, { reason: 'Order completed', 'closes-case': 'yes' });
  assert.equal(closed.status, 303);
  const after = await lead.request('/caseloads/unallocated');
  assert.doesNotMatch(after.text, new RegExp(child.third));
  assert.match(after.text, new RegExp(child.second));
});

test('team caseloads weigh each case by intensity against capacity scaled by working hours', async () => {
  // Dan, half time with a capacity of 4, holds an enhanced case; two intensive ones put him over.
  for (const family of ['Allocextra', 'Allocmore']) {
    const id = await addHeldChild(server, database.db, { given: 'Sky', family });
    assert.equal((await post(lead, `/children/${id}/allocation`, { worker: people.dan.username, intensity: 'intensive' })).status, 303);
  }
  const team = await lead.request('/caseloads/team');
  assert.equal(team.status, 200);
  const row = team.text.match(/<tr class="govuk-table__row" id="worker-alloc.dan">([\s\S]*?)<\/tr>/)[1];
  assert.match(row, /data-label="Case manager for">3</);
  assert.match(row, /data-label="Intensive">2</);
  assert.match(row, /data-label="Weighted caseload">5.5 <strong class="govuk-tag govuk-tag--red">Over capacity<\/strong>/);
  assert.match(row, /data-label="Capacity">2 <span class="govuk-hint govuk-!-font-size-16">\(50%\)/);
  const amara = team.text.match(/<tr class="govuk-table__row" id="worker-alloc.amara">([\s\S]*?)<\/tr>/)[1];
  assert.doesNotMatch(amara, /Over capacity/);
  assert.doesNotMatch(team.text, /alloc.bea|alloc.tom/);  // other units' workers

  const dan = await lead.request('/caseloads/workers/alloc.dan');
  assert.equal(dan.status, 200);
  assert.match(dan.text, /Dan Parttime’s caseload/);
  assert.match(dan.text, /Allocextra, Sky/);
  assert.equal(count(database.db, 'audit_events', `action = 'caseload.worker' AND actor = 'alloc.lead' AND record_id = 'alloc.dan'`), 1);
  for (const username of ['alloc.bea', 'alloc.tom', 'nobody', 'alloc.lead']) {
    const refused = await lead.request(`/caseloads/workers/${username}`);
    assert.equal(refused.status, 404, username);
    assert.match(refused.text, /Worker not found/);
  }
});

test('pages are refused to roles without the permission and children outside the manager’s scope', async () => {
  const amara = await signedIn(server, people.amara);
  for (const pathname of ['/caseloads/team', '/caseloads/unallocated', '/caseloads/workers/alloc.dan']) {
    assert.equal((await amara.request(pathname)).status, 403, pathname);
  }
  const before = allocations();
  const refused = await post(amara, `/children/${child.second}/allocation`, { worker: people.amara.username, intensity: 'standard' });
  assert.equal(refused.status, 403);
  // The unit B child is outside the lead's scope: it answers as a child that does not exist.
  const outside = await lead.request(`/children/${child.elsewhere}/allocation`);
  assert.equal(outside.status, 404);
  assert.match(outside.text, /Child not found/);
  const outsidePost = await post(lead, `/children/${child.elsewhere}/allocation`, { worker: people.amara.username, intensity: 'standard' });
  assert.equal(outsidePost.status, 404);
  assert.equal((await lead.request('/children/NOSUCHCHILD/allocation')).status, 404);
  assert.equal(allocations(), before);
  const stale = await lead.request(`/children/${child.second}/allocation`, { method: 'POST', form: { csrf_token: 'stale', worker: people.amara.username, intensity: 'standard' } });
  assert.equal(stale.status, 403);
  assert.equal(allocations(), before);
});
