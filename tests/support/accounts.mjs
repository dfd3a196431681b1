// Adds a staff account with `pathway user add` (the password read from standard input),
// for tests that need a role the demo county has no account for.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from './server.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

export function addAccount(db, { username, role, name }) {
  execFileSync(binary, ['user', 'add', '--db', db, '--username', username, '--role', role, '--name', name], {
    input: DEMO_PASSWORD + '\n',
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}
