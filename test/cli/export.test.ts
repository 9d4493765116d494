// The command line end to end: `npm run build`, then `node dist/cli.js annotate … --format X`
// for every export format, compared with the library's own rendering (one code path), and
// `--out DIR` never replacing a file unless --force.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { annotate } from '../../src/engine';
import { FORMATS, formatIds } from '../../src/export/formats';
import { ASTRAL_PATH } from '../fixtures/export/astralReadout';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'samples', 'seed-meeting-procurator-general.txt');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expected(format: string, file: string): string {
  const text = readFileSync(file, 'utf8');
  return FORMATS[format].render(annotate(text, { languageId: 'plaintext', uri: pathToFileURL(resolve(file)).href }), text);
}

describe('CLI: readout annotate --format (exports)', function () {
  this.timeout(120_000);
  let out: string;

  before(() => {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `npm run build failed:\n${build.stderr}`);
    out = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  for (const format of ['json', 'jsonl', 'w3c', 'csv', 'brat', 'md']) {
    it(`--format ${format} prints what the export registry renders, for the seed and the astral readout`, () => {
      for (const file of [SEED, ASTRAL_PATH]) {
        const run = cli('annotate', file, '--format', format);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, expected(format, file), `${format} of ${file}`);
      }
    });
  }

  it('prints well-formed output in each format for the seed', () => {
    const json = JSON.parse(cli('annotate', SEED, '--format', 'json').stdout);
    assert.equal(json.format, 'readout-annotations');
    assert.ok(json.quotes.length > 0, 'the seed has quotes');
    const w3c = JSON.parse(cli('annotate', SEED, '--format', 'w3c').stdout);
    assert.equal(w3c.type, 'AnnotationCollection');
    assert.ok(w3c.total > 0);
    const csv = parse(cli('annotate', SEED, '--format', 'csv').stdout) as string[][];
    assert.equal(csv[0][0], 'id');
    assert.ok(csv.length > 1);
    assert.match(cli('annotate', SEED, '--format', 'brat').stdout, /^T1\t\w+ \d+ \d+\t/);
    assert.match(cli('annotate', SEED, '--format', 'md').stdout, /^# Meeting with Procurator-General/);
  });

  it('lists every format when the format is unknown', () => {
    const run = cli('annotate', SEED, '--format', 'xml');
    assert.equal(run.status, 2);
    for (const id of formatIds()) assert.ok(run.stderr.includes(id), `${id} in ${run.stderr}`);
  });

  it('writes one file per document under --out with the format suffix (brat: name.ann)', () => {
    const run = cli('annotate', SEED, ASTRAL_PATH, '--format', 'brat', '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(out, 'seed-meeting-procurator-general.ann'), 'utf8'), expected('brat', SEED));
    assert.equal(readFileSync(join(out, 'astral-readout.ann'), 'utf8'), expected('brat', ASTRAL_PATH));
  });

  it('does not replace an existing file under --out, and does with --force', () => {
    const target = join(out, 'seed-meeting-procurator-general.readout.csv');
    writeFileSync(target, 'keep me\n');
    const refused = cli('annotate', SEED, '--format', 'csv', '--out', out);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /exists; not replaced/);
    assert.equal(readFileSync(target, 'utf8'), 'keep me\n');
    const forced = cli('annotate', SEED, '--format', 'csv', '--out', out, '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(target, 'utf8'), expected('csv', SEED));
    assert.ok(!readFileSync(target, 'utf8').startsWith('keep me'));
  });

  it('needs --out for several documents in a format that holds one, and concatenates Markdown briefs', () => {
    const csv = cli('annotate', SEED, ASTRAL_PATH, '--format', 'csv');
    assert.equal(csv.status, 2);
    assert.match(csv.stderr, /--out DIR/);
    const md = cli('annotate', SEED, ASTRAL_PATH, '--format', 'md');
    assert.equal(md.status, 0, md.stderr);
    assert.equal(md.stdout, expected('md', SEED) + expected('md', ASTRAL_PATH));
  });
});
