// Reads and changes a test database directly with the sqlite3 command, to check what was
// saved and to move session clocks back in time.
import { execFileSync } from 'node:child_process';

export function sql(db, statement) {
  // stderr is captured, not printed: a refused statement's message is in the thrown error.
  return execFileSync('sqlite3', ['-batch', '-noheader', db, statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function count(db, table, where = '1 = 1') {
  return Number(sql(db, `SELECT COUNT(*) FROM ${table} WHERE ${where}`));
}
