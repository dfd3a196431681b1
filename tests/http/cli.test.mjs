// The command line as an administrator uses it: real `pathway` processes on real SQLite
// files, or on new databases in the throwaway PostgreSQL cluster when the suite runs there.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, sql } from '../support/sqlite.mjs';
import { createEmptyDatabase } from '../support/server.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');
const work = mkdtempSync(path.join(tmpdir(), 'pathway-cli-'));
const databases = [];
after(() => {
  for (const database of databases) database.drop();
  rmSync(work, { recursive: true, force: true });
});

// A new, empty database for one test: its --db argument (a file path or a URL).
function newDatabase() {
  const database = createEmptyDatabase(mkdtempSync(path.join(work, 'db-')));
  databases.push(database);
  return database.db;
}

function pathway(args, { input, env } = {}) {
  return spawnSync(binary, args, { input, encoding: 'utf8', env: { ...process.env, ...env } });
}

test('every sub-command has --help', () => {
  for (const command of [[], ['serve'], ['demo'], ['import'], ['export'], ['migrate'], ['copy'], ['user'], ['user', 'add'],
    ['user', 'unlock'], ['user', 'disable'], ['user', 'enable'], ['user', 'reset-password'], ['kpi']]) {
    const result = pathway([...command, '--help']);
    assert.equal(result.status, 0, command.join(' '));
    assert.match(result.stdout, /Usage:/);
  }
});

test('migrate creates the database and is safe to repeat', () => {
  const db = newDatabase();
  const first = pathway(['migrate', '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  // Every migration the program knows, each recorded once (the count grows with the schema).
  const applied = Number(first.stdout.match(/Applied (\d+) migration/)[1]);
  assert.ok(applied >= 3, first.stdout);
  assert.equal(count(db, 'schema_migrations'), applied);
  assert.match(pathway(['migrate', '--db', db]).stdout, /Applied 0 migration/);
});

test('user add reads the password from standard input and refuses weak ones', () => {
  const db = newDatabase();
  const added = pathway(['user', 'add', '--db', db, '--username', 'jsmith', '--role', 'manager', '--name', 'Jo Smith'],
    { input: 'a perfectly long pass phrase\n' });
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /Added jsmith \(Manager\)/);
  assert.match(sql(db, "SELECT password_hash FROM staff WHERE username = 'jsmith'"), /^\$argon2id\$/);

  const weak = pathway(['user', 'add', '--db', db, '--username', 'weak', '--role', 'manager'], { input: 'password1234\n' });
  assert.notEqual(weak.status, 0);
  assert.match(weak.stderr, /Password/);
  const role = pathway(['user', 'add', '--db', db, '--username', 'odd', '--role', 'wizard'], { input: 'x\n' });
  assert.notEqual(role.status, 0);
  assert.match(role.stderr, /unknown role 'wizard'/);
  assert.equal(count(db, 'staff'), 1);
});

// A database with one account, jsmith, for the account commands.
function databaseWithAccount() {
  const db = newDatabase();
  const added = pathway(['user', 'add', '--db', db, '--username', 'jsmith', '--role', 'case_manager'],
    { input: 'a perfectly long pass phrase\n' });
  assert.equal(added.status, 0, added.stderr);
  return db;
}

// A live session for jsmith, as if signed in.
function signInAsJsmith(db) {
  sql(db, "INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at) SELECT 'h1', id, 'c', 1, 1 FROM staff WHERE username = 'jsmith'");
}

function auditDetail(db, action) {
  return sql(db, `SELECT actor || '|' || record_id || '|' || detail FROM audit_events WHERE action = '${action}' ORDER BY id DESC LIMIT 1`);
}

test('user unlock forgets the failed sign-ins of an account, whatever case it is typed in', () => {
  const db = databaseWithAccount();
  sql(db, "INSERT INTO sign_in_failures (username, address, failed_at) VALUES ('jsmith', '10.0.0.1', 100), ('jsmith', '10.0.0.2', 101), ('other', '10.0.0.1', 102)");
  const unlocked = pathway(['user', 'unlock', '--db', db, 'JSmith']);
  assert.equal(unlocked.status, 0, unlocked.stderr);
  assert.match(unlocked.stdout, /Unlocked jsmith/);
  assert.equal(count(db, 'sign_in_failures', "username = 'jsmith'"), 0);
  assert.equal(count(db, 'sign_in_failures'), 1);
  assert.match(auditDetail(db, 'staff.unlock'), /^system\|jsmith\|2 failed sign-ins forgotten, by the command line, as \S+/);
  const unknown = pathway(['user', 'unlock', '--db', db, 'nobody']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /there is no account with the username 'nobody'/);
});

test('user disable stops an account and ends its sessions; user enable lets it back', () => {
  const db = databaseWithAccount();
  signInAsJsmith(db);
  const disabled = pathway(['user', 'disable', '--db', db, 'jsmith']);
  assert.equal(disabled.status, 0, disabled.stderr);
  assert.match(disabled.stdout, /Disabled jsmith/);
  assert.equal(sql(db, "SELECT active FROM staff WHERE username = 'jsmith'"), '0');
  assert.equal(count(db, 'sessions'), 0);
  assert.match(auditDetail(db, 'staff.disable'), /^system\|jsmith\|sessions ended, by the command line/);

  const enabled = pathway(['user', 'enable', '--db', db, 'jsmith']);
  assert.equal(enabled.status, 0, enabled.stderr);
  assert.match(enabled.stdout, /Enabled jsmith/);
  assert.equal(sql(db, "SELECT active FROM staff WHERE username = 'jsmith'"), '1');
  assert.match(auditDetail(db, 'staff.enable'), /^system\|jsmith\|by the command line/);
  for (const command of ['disable', 'enable']) {
    const unknown = pathway(['user', command, '--db', db, 'nobody']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no account with the username 'nobody'/);
  }
  assert.equal(count(db, 'audit_events', "action IN ('staff.disable', 'staff.enable')"), 2);
});

test('user reset-password reads a new password that meets the policy, ends sessions and unlocks', () => {
  const db = databaseWithAccount();
  const before = sql(db, "SELECT password_hash FROM staff WHERE username = 'jsmith'");
  signInAsJsmith(db);
  sql(db, "INSERT INTO sign_in_failures (username, address, failed_at) VALUES ('jsmith', '10.0.0.1', 100)");

  for (const weak of ['short\n', 'password1234\n', 'jsmith has a long password\n']) {
    const refused = pathway(['user', 'reset-password', '--db', db, 'jsmith'], { input: weak });
    assert.equal(refused.status, 1, weak);
    assert.match(refused.stderr, /Password/);
  }
  assert.equal(sql(db, "SELECT password_hash FROM staff WHERE username = 'jsmith'"), before);
  assert.equal(count(db, 'sessions'), 1);
  assert.equal(count(db, 'audit_events', "action = 'staff.reset_password'"), 0);

  const reset = pathway(['user', 'reset-password', '--db', db, 'jsmith'], { input: 'an entirely new pass phrase\n' });
  assert.equal(reset.status, 0, reset.stderr);
  assert.match(reset.stdout, /Replaced the password of jsmith/);
  const after = sql(db, "SELECT password_hash FROM staff WHERE username = 'jsmith'");
  assert.match(after, /^\$argon2id\$/);
  assert.notEqual(after, before);
  assert.equal(count(db, 'sessions'), 0);
  assert.equal(count(db, 'sign_in_failures'), 0);
  assert.match(auditDetail(db, 'staff.reset_password'), /^system\|jsmith\|sessions ended, failed sign-ins forgotten, by the command line/);
  const unknown = pathway(['user', 'reset-password', '--db', db, 'nobody'], { input: 'an entirely new pass phrase\n' });
  assert.equal(unknown.status, 1);
});

test('demo prints a generated password once, or uses PATHWAY_DEMO_PASSWORD', () => {
  const db = newDatabase();
  const generated = pathway(['demo', '--db', db, '--children', '20'], { env: { PATHWAY_DEMO_PASSWORD: '' } });
  assert.equal(generated.status, 0, generated.stderr);
  assert.match(generated.stdout, /Password for every demo account \(shown once.*\): \S{20}/);
  const again = pathway(['demo', '--db', db]);
  assert.notEqual(again.status, 0);
  assert.match(again.stderr, /already holds data/);
});

// A national demo into a new SQLite file loads without a rollback journal (decision 0019):
// a failure must take the half-made file away, and a success must leave an ordinary
// database, back in write-ahead-log mode with every row's references in place.
test('a national demo into a new file removes the file if it fails and leaves a normal database if not', () => {
  const failed = path.join(work, 'failed-national.db');
  const refused = pathway(['demo', '--scale', 'national', '--children', '50', '--db', failed],
    { env: { PATHWAY_DEMO_PASSWORD: 'password1234' } });
  assert.notEqual(refused.status, 0);
  assert.equal(existsSync(failed), false, 'the half-made file was removed');
  assert.equal(existsSync(`${failed}-wal`), false);

  const made = path.join(work, 'national.db');
  const built = pathway(['demo', '--scale', 'national', '--children', '300', '--db', made],
    { env: { PATHWAY_DEMO_PASSWORD: 'a perfectly long pass phrase' } });
  assert.equal(built.status, 0, built.stderr);
  assert.equal(sql(made, 'PRAGMA journal_mode'), 'wal');
  assert.equal(sql(made, 'PRAGMA foreign_key_check'), '');
  assert.equal(sql(made, 'PRAGMA integrity_check'), 'ok');
  assert.equal(count(made, 'children'), 300);
  assert.ok(count(made, 'offences') >= 300);
});

test('a rejected import lists every problem, exits non-zero and changes nothing', () => {
  const db = newDatabase();
  const result = pathway(['import', '--db', db, 'tests/data/exchange/invalid/problems_in_every_file']);
  assert.equal(result.status, 1);
  const problems = result.stderr.trim().split('\n').filter((line) => /\.csv line \d+/.test(line));
  assert.ok(problems.length >= 3, result.stderr);
  assert.match(result.stderr, /nothing was imported/);
  assert.equal(count(db, 'districts'), 0);
  assert.equal(count(db, 'children'), 0);
});

test('import then export gives back the same files', () => {
  const db = newDatabase();
  const imported = pathway(['import', '--db', db, 'tests/data/exchange/valid']);
  assert.equal(imported.status, 0, imported.stderr);
  const out = path.join(work, 'exported');
  assert.match(imported.stdout, /Imported 3 districts, 4 population figures, 5 children, 6 offences, 5 outcomes, 3 remands and 3 custody episodes/);
  const exported = pathway(['export', '--db', db, out]);
  assert.equal(exported.status, 0, exported.stderr);
  for (const file of ['districts.csv', 'population.csv', 'children.csv', 'offences.csv', 'outcomes.csv',
    'remands.csv', 'custody_episodes.csv']) {
    assert.equal(readFileSync(path.join(out, file), 'utf8'),
      readFileSync(path.join('tests/data/exchange/exported', file), 'utf8'), file);
  }
});

test('a database path that cannot be opened is a clear error', () => {
  const result = pathway(['migrate', '--db', '/no/such/folder/pathway.db']);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^pathway: cannot open database file/);
});
