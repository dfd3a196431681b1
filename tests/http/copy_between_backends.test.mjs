// `pathway copy` moves a whole service from SQLite to PostgreSQL and back: the exports of
// the copies are byte for byte the export of the original, accounts, history and audit
// trail come along, and a target that already holds data is refused.
// PostgreSQL only: it needs the throwaway cluster of scripts/with-postgres.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backend, createEmptyDatabase, DEMO_PASSWORD } from '../support/server.mjs';
import { count } from '../support/sqlite.mjs';

const skip = backend === 'postgresql' ? false : 'PostgreSQL only (run under scripts/with-postgres)';
const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

let work;
let postgres;

before(() => {
  if (skip) return;
  work = mkdtempSync(path.join(tmpdir(), 'pathway-copy-'));
  postgres = createEmptyDatabase(work);
});

after(() => {
  postgres?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function pathway(...args) {
  const result = spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, PATHWAY_DEMO_PASSWORD: DEMO_PASSWORD } });
  return result;
}

function succeeds(...args) {
  const result = pathway(...args);
  assert.equal(result.status, 0, `pathway ${args.join(' ')}: ${result.stderr}`);
  return result;
}

function exported(db, folder) {
  succeeds('export', '--db', db, path.join(work, folder));
  const files = readdirSync(path.join(work, folder)).sort();
  return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(work, folder, file), 'utf8')]));
}

test('SQLite to PostgreSQL and back gives identical exports and keeps every record', { skip }, () => {
  const original = path.join(work, 'original.db');
  const back = path.join(work, 'back.db');
  succeeds('demo', '--db', original, '--seed', '11', '--children', '400');
  const there = succeeds('copy', '--from', original, '--to', postgres.db);
  assert.match(there.stdout, /children: 400/);
  succeeds('copy', '--from', postgres.db, '--to', back);

  const expected = exported(original, 'export-original');
  assert.ok(expected['children.csv'].split('\n').length > 400);
  assert.deepEqual(exported(postgres.db, 'export-postgresql'), expected);
  assert.deepEqual(exported(back, 'export-back'), expected);

  for (const table of ['staff', 'children', 'child_changes']) {
    assert.equal(count(postgres.db, table), count(original, table), table);
    assert.equal(count(back, table), count(original, table), table);
  }
  // Each copy adds one audit event of its own, saying it happened.
  assert.equal(count(postgres.db, 'audit_events'), count(original, 'audit_events') + 1);
  assert.equal(count(back, 'audit_events'), count(original, 'audit_events') + 2);
  assert.equal(count(back, 'audit_events', "action = 'database.copy'"), 2);
});

test('copying into a database that holds data is refused and changes nothing', { skip }, () => {
  const other = path.join(work, 'other.db');
  succeeds('demo', '--db', other, '--seed', '12', '--children', '20');
  const before = count(postgres.db, 'children');
  const refused = pathway('copy', '--from', other, '--to', postgres.db);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /not empty/);
  assert.equal(count(postgres.db, 'children'), before);
});
