// Child process of hugeParagraph.test.ts: annotates one of HUGE_TEXTS and prints the time and
// any broken invariant as JSON. A separate process, so the test can stop a run that hangs.
import { annotate } from '../../../src/engine';
import { violations } from '../invariants';
import { HUGE_TEXTS } from './hugeTexts';

const entry = HUGE_TEXTS[process.argv[2] ?? ''];
if (!entry) throw new Error(`unknown huge text ${process.argv[2]}`);
const text = entry.build();
const t0 = performance.now();
const a = annotate(text, { languageId: entry.languageId });
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, length: text.length, violations: violations(text, a) }) + '\n');
