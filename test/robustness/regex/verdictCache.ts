// recheck's verdicts by recheck version, pattern, flags and parameters, kept between runs in
// node_modules/.cache (ignored by git): a regex that has not changed is not checked again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './regexSites';

const FILE = join(ROOT, 'node_modules', '.cache', 'readout-recheck', 'verdicts.json');

export class VerdictCache {
  private readonly entries: Record<string, string>;
  private readonly salt: string;
  private dirty = false;

  constructor(params: object) {
    const version = (JSON.parse(readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
    this.salt = `${version}\u0000${JSON.stringify(params)}`;
    try {
      this.entries = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>) : {};
    } catch {
      this.entries = {}; // a damaged cache is only a slower run
    }
  }

  private key(pattern: string, flags: string): string {
    return createHash('sha256').update(`${this.salt}\u0000${flags}\u0000${pattern}`).digest('hex');
  }

  get(pattern: string, flags: string): string | undefined {
    return this.entries[this.key(pattern, flags)];
  }

  set(pattern: string, flags: string, verdict: string): void {
    this.entries[this.key(pattern, flags)] = verdict;
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(FILE), { recursive: true });
    writeFileSync(FILE, JSON.stringify(this.entries));
  }
}
