// docs/security.md holds the table of roles and what each may do exactly as `pathway
// roles` prints it from the permission table, so the documentation cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { binary } from '../support/server.mjs';

test('docs/security.md has the permission table the program prints', () => {
  const printed = execFileSync(binary, ['roles'], { encoding: 'utf8' });
  const doc = readFileSync('docs/security.md', 'utf8');
  const table = doc.match(/<!-- pathway roles: begin -->\n([\s\S]*)<!-- pathway roles: end -->/);
  assert.ok(table, 'docs/security.md marks the table');
  assert.equal(table[1], printed, 'run `build/pathway roles` and paste its output between the markers');
});
