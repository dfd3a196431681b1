// Starts a real `pathway serve` on a free loopback port against a fresh demo database, and
// signs staff in over HTTP. Used by the HTTP and browser tests.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from './sqlite.mjs';

export const DEMO_PASSWORD = 'correct horse battery staple';
export const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');

// With PATHWAY_TEST_BACKEND=postgresql, tests run against a fresh database in the cluster
// named by PATHWAY_TEST_POSTGRES_URL (scripts/with-postgres starts one); otherwise SQLite files.
export const backend = process.env.PATHWAY_TEST_BACKEND ?? 'sqlite';

// `url` with its database name replaced: postgresql://user@host/OLD?opts -> .../NAME?opts.
function withDatabaseName(url, name) {
  const match = url.match(/^(postgres(?:ql)?:\/\/[^/?]*)(?:\/[^?]*)?(\?.*)?$/);
  if (!match) throw new Error(`not a PostgreSQL URL: ${url}`);
  return `${match[1]}/${name}${match[2] ?? ''}`;
}

function postgresMaintenanceUrl() {
  const maintenance = process.env.PATHWAY_TEST_POSTGRES_URL;
  if (!maintenance) throw new Error('PATHWAY_TEST_BACKEND=postgresql needs PATHWAY_TEST_POSTGRES_URL (run under scripts/with-postgres)');
  return maintenance;
}

// A new empty database (on PostgreSQL, a copy of `template` if given): its --db argument and
// how to remove it.
export function createEmptyDatabase(directory, template) {
  if (backend !== 'postgresql') {
    return { db: path.join(directory, 'pathway.db'), drop: () => {} };
  }
  const maintenance = postgresMaintenanceUrl();
  const name = `pathway_h_${randomBytes(6).toString('hex')}`;
  sql(maintenance, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { db: withDatabaseName(maintenance, name), drop: () => sql(maintenance, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function buildDemo(db, { children, seed }) {
  execFileSync(binary, ['demo', '--db', db, '--seed', String(seed), '--children', String(children)], {
    env: { ...process.env, PATHWAY_DEMO_PASSWORD: DEMO_PASSWORD },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// On PostgreSQL a demo county takes seconds to write (13 s for 300 children, one statement
// at a time) and a copy of one takes a fifth of a second, so each size is built once per
// cluster, as a template database, and every test file gets a copy. The cluster lasts one
// run of scripts/with-postgres, so a template never outlives the program that built it.
// Test files run in parallel processes: each builds under a name of its own and renames it
// into place; a file that loses the race drops its own and copies the winner's.
function postgresDemoTemplate(maintenance, options) {
  const name = `pathway_demo_s${options.seed}_c${options.children}`;
  const exists = () => sql(maintenance, `SELECT COUNT(*) FROM pg_database WHERE datname = '${name}'`) === '1';
  if (exists()) return name;
  const building = `${name}_${randomBytes(4).toString('hex')}`;
  sql(maintenance, `CREATE DATABASE ${building}`);
  buildDemo(withDatabaseName(maintenance, building), options);
  try {
    sql(maintenance, `ALTER DATABASE ${building} RENAME TO ${name}`);
  } catch (error) {
    sql(maintenance, `DROP DATABASE ${building} WITH (FORCE)`);
    if (!exists()) throw error;
  }
  return name;
}

// Creates a demo database (small, so tests start fast) and returns its --db argument (a
// file path or a postgresql:// URL).
export function createDemoDatabase({ children = 300, seed = 7 } = {}) {
  const directory = mkdtempSync(path.join(tmpdir(), 'pathway-test-'));
  let db, drop;
  if (backend === 'postgresql') {
    ({ db, drop } = createEmptyDatabase(directory, postgresDemoTemplate(postgresMaintenanceUrl(), { children, seed })));
  } else {
    ({ db, drop } = createEmptyDatabase(directory));
    buildDemo(db, { children, seed });
  }
  return {
    db,
    directory,
    remove: () => {
      drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

// Starts `pathway serve --port 0` and resolves once it prints the address it serves.
export async function startServer(db, extraArgs = []) {
  const child = spawn(binary, ['serve', '--db', db, '--bind', '127.0.0.1', '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  const rawLogs = [];  // the bytes as written, to check they are valid UTF-8
  child.stderr.on('data', (chunk) => {
    rawLogs.push(chunk);
    logs.push(chunk.toString());
  });
  const baseUrl = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('pathway serve did not start:\n' + logs.join(''))), 15000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const match = seen.match(/serving (http:\/\/[0-9.]+:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`pathway serve exited with ${code}:\n${logs.join('')}`)));
  });
  let stopping = false;
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    // A server that dies under a test leaves only "fetch failed" in the test's report: say
    // how it ended and what it last logged, so CI's output shows why.
    if (!stopping) {
      process.stderr.write(`pathway serve (${db}) exited during the tests: code ${code}, signal ${signal}; ` +
        `its last log lines:\n${logs.join('').split('\n').slice(-20).join('\n')}\n`);
    }
    resolve({ code, signal });
  }));
  return {
    baseUrl,
    logs,
    rawLogs,
    process: child,
    exited,
    async stop() {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

// A cookie jar over fetch, with helpers for the GOV.UK forms Pathway serves.
export class Browserless {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
  }

  async request(pathname, { method = 'GET', form, headers = {}, body } = {}) {
    const requestHeaders = { ...headers };
    if (this.cookies.size) {
      requestHeaders.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (form) {
      requestHeaders['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const started = Date.now();
    const response = await fetch(this.baseUrl + pathname, { method, headers: requestHeaders, body, redirect: 'manual' })
      .catch((error) => {
        // undici says only "fetch failed"; its cause says whether the server refused, reset or never answered.
        const cause = error.cause ? `${error.cause.code ?? ''} ${error.cause.message ?? error.cause}` : 'no cause given';
        throw new Error(`${method} ${pathname} failed after ${Date.now() - started} ms: ${cause}`, { cause: error });
      });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair.split('=');
      const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  }

  // The CSRF token of the first form on a page.
  static csrfToken(html) {
    const match = html.match(/name="csrf_token" value="([^"]+)"/);
    if (!match) throw new Error('no csrf_token on the page');
    return match[1];
  }

  async signIn(username, password = DEMO_PASSWORD) {
    const page = await this.request('/sign-in');
    const token = Browserless.csrfToken(page.text);
    return this.request('/sign-in', { method: 'POST', form: { csrf_token: token, username, password } });
  }

  // GETs a page with a form and posts the given fields with that form's CSRF token.
  async submit(formPath, fields, postPath = formPath) {
    const page = await this.request(formPath);
    const token = Browserless.csrfToken(page.text);
    return this.request(postPath, { method: 'POST', form: { csrf_token: token, ...fields } });
  }
}
