/** `validate --fix`: offsets patched in the text, nothing else touched; ties skipped. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchOffsets } from '../../src/io/fixOffsets';
import { validateJsonText } from '../../src/model/validate';
import { fixture } from './helpers';

/** The fixture with drifted offsets, a big integer, -0 and a repeated key, written by hand. */
function handWritten(): string {
  const d = fixture() as unknown as Record<string, unknown>;
  d.extra = 'PLACEHOLDER';
  return JSON.stringify(d, null, 4)
    .replace('"start": 0,\n', '"start": 3,\n')
    .replace('"end": 38', '"end":    41')
    .replace('"PLACEHOLDER"', '[9007199254740993, -0, {"a": 1, "a": 2}]');
}

describe('patchOffsets', () => {
  it('changes only the digits of the drifted offsets', () => {
    const text = handWritten();
    const { problems } = validateJsonText(text);
    const fixes = problems.filter((p) => p.fix);
    expect(fixes).toHaveLength(1);
    const out = patchOffsets(text, fixes);
    expect(out.fixed).toBe(1);
    expect(out.text).toBe(
      text.replace('"start": 3,\n', '"start": 0,\n').replace('"end":    41', '"end":    38'),
    );
    expect(out.text).toContain('[9007199254740993, -0, {"a": 1, "a": 2}]');
  });

  it('survives nesting 10,000 deep', () => {
    const text = handWritten().replace(
      '"format"',
      `"deep": ${'['.repeat(10_000)}${']'.repeat(10_000)}, "format"`,
    );
    const { problems } = validateJsonText(text);
    expect(() => patchOffsets(text, problems)).not.toThrow();
    expect(patchOffsets(text, problems).fixed).toBe(1);
  });
});

describe('npm run validate -- --fix', () => {
  it('handles each file on its own: fixes one, skips a tie, survives a deep one', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'traceline-fix-'));
    const deep = join(tmp, 'deep.json');
    writeFileSync(
      deep,
      handWritten().replace('"format"', `"deep": ${'['.repeat(6000)}${']'.repeat(6000)}, "format"`),
    );
    const tie = join(tmp, 'tie.json');
    const t = fixture();
    t.events[1]!.evidence[0] = {
      source: 'report',
      quote: { type: 'TextQuoteSelector', exact: 'rebels met' },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
    };
    const tieText = JSON.stringify(t);
    writeFileSync(tie, tieText);
    const plain = join(tmp, 'plain.json');
    writeFileSync(plain, handWritten());

    const out = spawnSync('npx', ['tsx', 'scripts/validate.ts', '--fix', deep, tie, plain], {
      encoding: 'utf8',
    });
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(out.stdout).toContain('deep.json: fixed 1 drifted evidence offset(s)');
    expect(out.stdout).toContain('plain.json: fixed 1 drifted evidence offset(s)');
    expect(out.stdout).toContain(
      'tie.json: skipped 1 drifted offset(s) with equally good occurrences',
    );
    expect(readFileSync(tie, 'utf8')).toBe(tieText);
    expect(readFileSync(plain, 'utf8')).toBe(
      patchOffsets(handWritten(), validateJsonText(handWritten()).problems).text,
    );
    expect(readFileSync(deep, 'utf8')).toContain(`${'['.repeat(6000)}${']'.repeat(6000)}`);
  });
});
