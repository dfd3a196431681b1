// Teams, staff and children of its own for the allocation and caseload tests, added to a
// demo database whatever teams and staff the demo itself has: two units (ALLOC_A, ALLOC_B),
// a unit lead over A, three case managers (one part time) and a county-wide transition
// practitioner, and children held by unit A with no case manager yet.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from './sqlite.mjs';
import { Browserless, DEMO_PASSWORD } from './server.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

export const allocationStaff = {
  lead: { username: 'alloc.lead', name: 'Lena Lead', role: 'manager', team: 'ALLOC_A', scope: ['team', 'ALLOC_A'] },
  amara: { username: 'alloc.amara', name: 'Amara Allocated', role: 'case_manager', team: 'ALLOC_A', fte: 100, capacity: 12 },
  dan: { username: 'alloc.dan', name: 'Dan Parttime', role: 'case_manager', team: 'ALLOC_A', fte: 50, capacity: 4 },
  bea: { username: 'alloc.bea', name: 'Bea Otherunit', role: 'case_manager', team: 'ALLOC_B', fte: 100, capacity: 12 },
  tom: { username: 'alloc.tom', name: 'Tom Transition', role: 'transition_practitioner', team: 'ALLOC_B', fte: 100, capacity: 8 },
};

function addAccount(db, { username, name, role }) {
  const added = spawnSync(binary, ['user', 'add', '--db', db, '--username', username, '--role', role, '--name', name],
    { input: DEMO_PASSWORD + '\n', encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`user add ${username}: ${added.stderr}`);
}

// Adds the teams and staff. Call before the children (they need a server).
export function addAllocationStaff(db) {
  sql(db, "INSERT INTO teams (code, name) VALUES ('ALLOC_A', 'Allocation Unit A'), ('ALLOC_B', 'Allocation Unit B')");
  for (const member of Object.values(allocationStaff)) {
    addAccount(db, member);
    const scope = member.scope ? `scope_kind = '${member.scope[0]}', scope_code = '${member.scope[1]}'` : 'scope_kind = NULL, scope_code = NULL';
    sql(db, `UPDATE staff SET team_code = '${member.team}', fte_percent = ${member.fte ?? 100},
      caseload_capacity = ${member.capacity ?? 0}, ${scope} WHERE username = '${member.username}'`);
  }
}

let added = 0;

// Adds a child held by `team` with no allocation, through the add-a-child form; returns its
// public id. Each is born on a different day, so none looks like a duplicate of another.
export async function addHeldChild(server, db, { given, family, team = 'ALLOC_A' }) {
  const staff = new Browserless(server.baseUrl);
  await staff.signIn(allocationStaff.amara.username);
  const year = String(new Date().getFullYear() - 14);
  const saved = await staff.submit('/children/new', {
    'given-name': given, 'family-name': family, 'date-of-birth-day': String(1 + (added++ % 28)), 'date-of-birth-month': '7',
    'date-of-birth-year': year, sex: 'female', ethnicity: 'WBRI', district: 'MAIDSTONE', 'looked-after': 'no',
  });
  if (saved.status !== 303) throw new Error(`adding ${given} ${family} answered ${saved.status}`);
  const id = saved.headers.get('location').match(/^\/children\/([A-Z0-9]+)\?/)[1];
  sql(db, `UPDATE children SET holding_team_code = '${team}' WHERE public_id = '${id}'`);
  return id;
}

export async function signedIn(server, member) {
  const staff = new Browserless(server.baseUrl);
  const answer = await staff.signIn(member.username);
  if (answer.status !== 303) throw new Error(`${member.username} could not sign in: ${answer.status}`);
  return staff;
}
