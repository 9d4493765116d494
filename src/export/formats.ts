// The registry of export formats: one place that the CLI and the extension both read, so a
// format behaves the same wherever it is chosen.
import type { Annotations } from '../engine/model';
import { toJson, toJsonLine } from './json';

export interface ExportFormat {
  id: string;
  label: string;
  /** Appended to the document's base name: `release.txt` → `release` + suffix. */
  suffix: string;
  /** Whether several documents can share one output (streamed one after another). */
  concatenable: boolean;
  render(annotations: Annotations, text: string): string;
}

export const FORMATS: Record<string, ExportFormat> = {
  json: { id: 'json', label: 'JSON (readout-annotations)', suffix: '.readout.json', concatenable: false, render: (a) => toJson(a) },
  jsonl: { id: 'jsonl', label: 'JSON Lines', suffix: '.readout.jsonl', concatenable: true, render: (a) => toJsonLine(a) },
};

export function formatIds(): string[] {
  return Object.keys(FORMATS);
}
