import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'traceline-cli-'));
const run = (script: string, ...args: string[]) =>
  spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });

describe('npm run validate', () => {
  it('passes the seed dataset and every dataset under data/ by default', () => {
    const out = run('validate');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/dataset\.json: 0 error\(s\), 0 warning\(s\); 19 events/);
  });

  it('imports a file in an outside format first, printing each bad row', () => {
    const out = run('validate', 'tests/fixtures/import/acled.csv');
    expect(out.status).toBe(1);
    expect(out.stdout).toContain("error: row 5, event_date: '31/02/2022' is not a date");
    expect(out.stdout).toMatch(/imported as acled: 6 row\(s\) read, 4 good, 2 bad; 4 events/);
  });

  it('prints each problem with its path and exits 1 on errors', () => {
    const bad = fixture();
    bad.events[0]!.participants[0]!.actor = 'ghosts';
    bad.events[1]!.when.edtf = '2022-05/2021';
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const out = run('validate', file);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(
      'error: $.events[0].participants[0].actor: unknown actor "ghosts"',
    );
    expect(out.stdout).toContain(
      'error: $.events[1].when.edtf: "2022-05/2021" is a reversed interval',
    );
    expect(out.stdout).toMatch(/2 error\(s\), 0 warning\(s\); not loaded/);
  });

  it('says so when a file is missing or not JSON', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{ not json');
    const out = run('validate', file, join(tmp, 'missing.json'));
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('error: the file is not valid JSON');
    expect(out.stdout).toMatch(/missing\.json: error: cannot read the file/);
  });

  it('fixes drifted offsets with --fix', () => {
    const drifted = fixture();
    drifted.events[0]!.evidence[0]!.position = { type: 'TextPositionSelector', start: 3, end: 41 };
    const file = join(tmp, 'drifted.json');
    writeFileSync(file, JSON.stringify(drifted));
    const out = run('validate', '--fix', file);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('warning: $.events[0].evidence[0].position: position 3–41');
    const fixed = JSON.parse(readFileSync(file, 'utf8')) as typeof drifted;
    expect(fixed.events[0]!.evidence[0]!.position).toMatchObject({ start: 0, end: 38 });
    expect(run('validate', file).stdout).toContain('0 error(s), 0 warning(s)');
  });
});

describe('npm run generate', () => {
  it('writes the same valid dataset for the same seed', () => {
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    const args = ['--events', '300', '--actors', '20', '--seed', '7'];
    expect(run('generate', ...args, '--out', a).status).toBe(0);
    expect(run('generate', ...args, '--out', b).status).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const out = run('validate', a);
    expect(out.stdout).toContain('0 error(s), 0 warning(s); 300 events, 0 relations, 20 actors');
    // Three tsx processes in a row: on a loaded two-core machine this takes longer than one.
  }, 60000);

  it('rejects a bad count with a message', () => {
    const out = run('generate', '--events', 'many');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--events must be a whole number of at least 0, not "many"');
  });
});
