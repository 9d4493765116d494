// The command line on bad input: every unreadable input is named on stderr in one line, the
// others are still annotated, and the exit status says something failed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'samples', 'seed-meeting-procurator-general.txt');

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI: readout annotate on bad input', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `npm run build failed:\n${build.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'readout-cli-errors-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bom.txt'), '\ufeff“We will meet again,” said Foreign Minister Ana Costa.');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names a missing file, a directory and a binary file, and still annotates the others', () => {
    const r = cli(['annotate', join(dir, 'missing.txt'), dir, join(dir, 'binary.txt'), SEED]);
    assert.equal(r.status, 1);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 3, r.stderr);
    assert.match(errors[0], /missing\.txt: no such file$/);
    assert.match(errors[1], /readout-cli-errors-\w+: is a directory$/);
    assert.match(errors[2], /binary\.txt: looks like a binary file .*skipped$/);
    // several inputs: JSON Lines, one export object per annotated document
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const seed = JSON.parse(lines[0]);
    assert.equal(seed.format, 'readout-annotations');
    assert.equal(seed.quotes.length, 6);
  });

  it('annotates an empty file into an empty model, with exit status 0', () => {
    const r = cli(['annotate', join(dir, 'empty.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.deepEqual([a.document.length, a.officials.length, a.quotes.length, a.meeting.date], [0, 0, 0, null]);
  });

  it('drops a byte order mark as VS Code does, so offsets agree with the editor', () => {
    const r = cli(['annotate', join(dir, 'bom.txt')]);
    const a = JSON.parse(r.stdout);
    const text = readFileSync(join(dir, 'bom.txt'), 'utf8').replace(/^\ufeff/, '');
    assert.equal(a.document.length, text.length);
    assert.equal(text.slice(a.quotes[0].start, a.quotes[0].end), '“We will meet again,”');
  });

  it('reads standard input with -', () => {
    const r = cli(['annotate', '-'], readFileSync(SEED, 'utf8'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).document.uri, null);
  });

  it('refuses an unknown format or option with usage and exit status 2', () => {
    const bad = cli(['annotate', '--format', 'xml', SEED]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown format "xml"/);
    const option = cli(['annotate', '--colour', SEED]);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /unknown option --colour/);
    assert.equal(cli([]).status, 0);
  });

  it('reads known officials from a file and uses their roles and aliases', () => {
    const known = join(dir, 'officials.json');
    writeFileSync(known, JSON.stringify([{ name: 'Ana Costa', aliases: ['the Lisbon envoy'], roles: [{ title: 'Foreign Minister', country: 'Portugal' }] }]));
    const doc = join(dir, 'known.txt');
    writeFileSync(doc, 'The Lisbon envoy arrived on Monday. “We are ready to sign,” the Lisbon envoy said.');
    const r = cli(['annotate', '--officials', known, doc]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.officials.length, 1);
    assert.deepEqual(a.officials[0].roles.map((x: { title: string }) => x.title), ['Foreign Minister']);
    assert.equal(a.quotes[0].speakerText, 'Ana Costa');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const bad = cli(['annotate', '--officials', broken, doc]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /broken\.json: /);
  });

  it('writes brat’s annotation.conf beside the .ann files, once', () => {
    const out = join(dir, 'brat');
    const r = cli(['annotate', '--format', 'brat', '--out', out, SEED]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(out, 'seed-meeting-procurator-general.ann')));
    assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /\[entities\]/);
  });
});
