// The registry of export formats: one place that the CLI and the extension both read, so a
// format behaves the same wherever it is chosen.
import type { Annotations } from '../engine/model';
import { toBrat } from './brat';
import { toCsv } from './csv';
import { toJson, toJsonLine } from './json';
import { toMarkdown } from './markdown';
import { toW3c } from './w3c';

export interface ExportFormat {
  id: string;
  label: string;
  /** One line for a picker: what the format is for. */
  description: string;
  /** Appended to the document's base name: `release.txt` → `release` + suffix. */
  suffix: string;
  /** Whether several documents can share one output (streamed one after another). */
  concatenable: boolean;
  render(annotations: Annotations, text: string): string;
}

export const FORMATS: Record<string, ExportFormat> = {
  json: {
    id: 'json', label: 'JSON (readout-annotations)', description: 'the full model, validated by the shipped JSON Schema',
    suffix: '.readout.json', concatenable: false, render: (a) => toJson(a),
  },
  jsonl: {
    id: 'jsonl', label: 'JSON Lines', description: 'one readout-annotations object per line',
    suffix: '.readout.jsonl', concatenable: true, render: (a) => toJsonLine(a),
  },
  w3c: {
    id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', description: 'an AnnotationCollection for annotation tools (code-point offsets)',
    suffix: '.readout.jsonld', concatenable: false, render: toW3c,
  },
  csv: {
    id: 'csv', label: 'CSV', description: 'one row per annotation, for spreadsheets and data frames',
    suffix: '.readout.csv', concatenable: false, render: toCsv,
  },
  // brat finds the annotations of `release.txt` in `release.ann`: the suffix is brat's, not ours
  brat: {
    id: 'brat', label: 'brat standoff (.ann)', description: 'for the brat annotation tool, beside the .txt',
    suffix: '.ann', concatenable: false, render: toBrat,
  },
  md: {
    id: 'md', label: 'Markdown brief', description: 'a readable one-pager: meeting, participants, quotes, commitments',
    suffix: '.readout.md', concatenable: true, render: toMarkdown,
  },
};

export function formatIds(): string[] {
  return Object.keys(FORMATS);
}
