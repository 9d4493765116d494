// The size limit a document is held to (setting readout.sizeLimit): what the user chose, else a
// default that depends on where the engine runs. In a worker the extension host's thread only
// receives the model and paints it (about 0.1 s per million characters), so five million
// characters keep its pauses under about half a second; on the host's own thread (no worker
// could start) the engine itself runs there, and one million characters keep that promise.
import { DEFAULT_SIZE_LIMIT } from '../engine';
import type { Backend } from './annotateService/service';

/** The default when the engine runs in a worker; package.json declares it as the setting's default. */
export const WORKER_SIZE_LIMIT = 5_000_000;
/** The default when the engine runs on the extension host's thread. */
export const IN_PROCESS_SIZE_LIMIT = DEFAULT_SIZE_LIMIT;

/** `chosen`: the user's (or workspace's) value, undefined when they set none. */
export function effectiveSizeLimit(chosen: number | undefined, backend: Backend): number {
  if (chosen !== undefined) return chosen;
  return backend === 'worker' ? WORKER_SIZE_LIMIT : IN_PROCESS_SIZE_LIMIT;
}
