// pathway kpi as an analyst runs it: a small data set imported through the exchange format
// (so its population figures come the way a service's do), the measure set as kpi.md's JSON,
// CSV and a table, and bad input refused with the reason, exiting non-zero. On SQLite, or
// PostgreSQL when the suite runs there.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmptyDatabase } from '../support/server.mjs';

const binary = process.env.PATHWAY_BIN ?? path.resolve('build/pathway');
const work = mkdtempSync(path.join(tmpdir(), 'pathway-kpi-'));
let database;
let db;

function pathway(args) {
  return spawnSync(binary, args, { encoding: 'utf8' });
}

// Two districts; a 14-year-old cautioned for a robbery of gravity 5 in Maidstone, and a child
// born on 29 February, 17 from 1 March 2025, sentenced to a detention and training order that
// day in Thanet.
const dataSet = {
  'districts.csv': 'district_code,district_name,area_code,area_name\nMAIDSTONE,Maidstone,WEST,West Kent\nTHANET,Thanet,EAST,East Kent\n',
  'population.csv': 'district_code,year,population_10_17\nMAIDSTONE,2025,18000\nTHANET,2025,12000\nMAIDSTONE,2024,17000\n',
  'children.csv': 'child_id,given_name,family_name,date_of_birth,sex,district_code\nC-1,Sam,Lee,2010-05-01,male,MAIDSTONE\nC-2,Ali,Khan,2008-02-29,female,THANET\n',
  'offences.csv': 'offence_id,child_id,offence_date,category,gravity\nF-1,C-1,2025-01-10,robbery,5\nF-2,C-2,2025-02-01,theft_and_handling,2\n',
  'outcomes.csv': 'outcome_id,child_id,outcome_date,outcome_type,offence_ids,length_months\nX-1,C-1,2025-02-01,youth_caution,F-1,\nX-2,C-2,2025-03-01,detention_and_training_order,F-2,4\n',
};

before(() => {
  database = createEmptyDatabase(mkdtempSync(path.join(work, 'db-')));
  db = database.db;
  const directory = path.join(work, 'data');
  mkdirSync(directory);
  for (const [name, text] of Object.entries(dataSet)) writeFileSync(path.join(directory, name), text);
  const imported = pathway(['import', '--db', db, directory]);
  assert.equal(imported.status, 0, imported.stderr);
});
after(() => {
  database?.drop();
  rmSync(work, { recursive: true, force: true });
});

const quarter = ['--from', '2025-01-01', '--to', '2025-03-31', '--today', '2026-01-01'];

test('kpi prints the measure set as the JSON of kpi.md', () => {
  const result = pathway(['kpi', '--db', db, ...quarter, '--format', 'json']);
  assert.equal(result.status, 0, result.stderr);
  const figures = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(figures), ['definitions', 'period', 'scope', 'population', 'first_time_entrants',
    'custody', 'remands', 'reoffending', 'accommodation', 'ete', 'out_of_court', 'serious_violence']);
  assert.equal(figures.definitions, 'pathway-2025-1');
  assert.deepEqual(figures.period, { from: '2025-01-01', to: '2025-03-31' });
  assert.deepEqual(figures.scope, { districts: ['MAIDSTONE', 'THANET'] });
  assert.equal(figures.population, 30000);
  assert.deepEqual(figures.first_time_entrants, { count: 2, rate_per_100k: 2 / 30000 * 100000 });
  assert.deepEqual(figures.custody, { count: 1, rate_per_1000: 1 / 30000 * 1000, court_disposals: 1, percent_of_court_disposals: 100 });
  assert.deepEqual(figures.remands, { episodes: 0, youth_detention: 0, percent_youth_detention: null });
  // The caution is an index event; the custodial sentence is not (its release would be).
  assert.deepEqual(figures.reoffending, { cohort: 1, reoffenders: 0, reoffences: 0, binary_rate: 0,
    frequency_per_reoffender: null, frequency_per_offender: 0, follow_up_complete: false });
  assert.deepEqual(figures.serious_violence, { children: 1, rate_per_10k: 1 / 30000 * 10000 });
  assert.equal(figures.ete.ending, 0);
  assert.match(result.stdout, /"rate_per_1000": 0\.0333/, 'unrounded');
});

test('kpi scopes by district and by area, and a year without a population gives null rates', () => {
  const thanet = JSON.parse(pathway(['kpi', '--db', db, ...quarter, '--area', 'EAST']).stdout);
  assert.deepEqual(thanet.scope.districts, ['THANET']);
  assert.equal(thanet.first_time_entrants.count, 1);
  assert.equal(thanet.population, 12000);
  const both = JSON.parse(pathway(['kpi', '--db', db, ...quarter, '--district', 'THANET', '--district', 'MAIDSTONE']).stdout);
  assert.equal(both.first_time_entrants.count, 2);
  const year2024 = JSON.parse(pathway(['kpi', '--db', db, '--from', '2024-01-01', '--to', '2024-12-31']).stdout);
  assert.equal(year2024.population, null, 'Thanet has no figure for 2024');
  assert.equal(year2024.first_time_entrants.rate_per_100k, null);
});

test('kpi writes CSV and a table for people', () => {
  const csv = pathway(['kpi', '--db', db, ...quarter, '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.trim().split('\n');
  assert.equal(lines[0], 'measure,figure,value');
  assert.ok(lines.includes('first_time_entrants,count,2'));
  assert.ok(lines.includes('remands,percent_youth_detention,'), 'an unknown value is an empty cell');
  assert.ok(lines.includes('population,population_10_17,30000'));
  const table = pathway(['kpi', '--db', db, ...quarter, '--format', 'table']);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /1 January 2025 to 31 March 2025/);
  assert.match(table.stdout, /rate_per_100k\s+6\.7/);
});

test('kpi refuses a reversed period, a malformed date and unknown places, saying which', () => {
  const cases = [
    [['--from', '2025-03-31', '--to', '2025-01-01'], /reversed: --to 2025-01-01 is before --from 2025-03-31/],
    [['--from', '2025-02-30', '--to', '2025-03-31'], /--from is not a real date written YYYY-MM-DD: '2025-02-30'/],
    [['--from', '2025-01-01', '--to', '31/03/2025'], /--to is not a real date/],
    [['--from', '2025-01-01', '--to', '2025-03-31', '--district', 'NOWHERE'], /no district has the code NOWHERE/],
    [['--from', '2025-01-01', '--to', '2025-03-31', '--area', 'WEST', '--area', 'MIDDLE'], /no area has the code MIDDLE/],
    [['--from', '2025-01-01', '--to', '2025-03-31', '--format', 'xml'], /xml/],
  ];
  for (const [args, reason] of cases) {
    const result = pathway(['kpi', '--db', db, ...args]);
    assert.notEqual(result.status, 0, args.join(' '));
    assert.match(result.stderr, reason, args.join(' '));
    assert.equal(result.stdout, '', 'no figures for bad input');
  }
});
