// Reads and changes a test database directly, to check what was saved and to move session
// clocks back in time: with the sqlite3 command for a file, with psql for a postgresql://
// URL (see createDemoDatabase in server.mjs and scripts/with-postgres).
import { execFileSync } from 'node:child_process';

export function isPostgresUrl(db) {
  return /^postgres(ql)?:\/\//.test(db);
}

export function sql(db, statement) {
  // stderr is captured, not printed: a refused statement's message is in the thrown error.
  const options = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
  if (isPostgresUrl(db)) {
    return execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', db, '-c', statement], options).trim();
  }
  // The server may hold the write lock (the audit writer files behind the trail in
  // transactions of its own): wait for it, as the server's own connections do.
  return execFileSync('sqlite3', ['-batch', '-noheader', '-cmd', '.timeout 5000', db, statement], options).trim();
}

export function count(db, table, where = '1 = 1') {
  return Number(sql(db, `SELECT COUNT(*) FROM ${table} WHERE ${where}`));
}
