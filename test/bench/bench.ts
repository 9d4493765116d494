// npm run bench: engine throughput and latency. Placeholder until the engine lands; see issue 5.
import { annotate } from '../../src/engine';
const text = 'placeholder. '.repeat(1000);
const t0 = performance.now();
annotate(text);
console.log(`annotate ${text.length} chars: ${(performance.now() - t0).toFixed(2)} ms`);
