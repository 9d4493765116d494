// The `readout-annotations` JSON export: the model itself, in the key order of the spec.
import type { Annotations } from '../engine/model';

export function toJson(annotations: Annotations): string {
  return JSON.stringify(annotations, null, 2) + '\n';
}

/** One export object per line (JSON Lines), for several documents. */
export function toJsonLine(annotations: Annotations): string {
  return JSON.stringify(annotations) + '\n';
}
