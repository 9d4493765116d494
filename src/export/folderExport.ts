// Exporting a folder of readouts: one JSON Lines file (one readout-annotations object per
// document) and a CSV summary with one row per file, failures included, so a file that could
// not be read is listed rather than stopping the export. No I/O here: the extension (and any
// other caller) reads the files and hands over what it found.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { COMMITMENT_KINDS, type Annotations } from '../engine/model';
import { toJsonLine } from './json';

/** One file of the folder: its annotations, or why there are none. */
export type FolderEntry =
  | { file: string; annotations: Annotations; error?: undefined }
  | { file: string; annotations?: undefined; error: string };

export const SUMMARY_COLUMNS = [
  'file', 'officials', 'quotes', 'paraphrases', 'agreements', 'pledges', 'intentions', 'obligations', 'date', 'error',
] as const;

export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], string>;

const PLURAL = { agreement: 'agreements', pledge: 'pledges', intention: 'intentions', obligation: 'obligations' } as const;

export function summaryRows(entries: readonly FolderEntry[]): SummaryRow[] {
  return entries.map((entry): SummaryRow => {
    const row: SummaryRow = {
      file: entry.file, officials: '', quotes: '', paraphrases: '',
      agreements: '', pledges: '', intentions: '', obligations: '', date: '', error: entry.error ?? '',
    };
    const a = entry.annotations;
    if (a) {
      row.officials = String(a.officials.length);
      row.quotes = String(a.quotes.length);
      row.paraphrases = String(a.paraphrases.length);
      for (const kind of COMMITMENT_KINDS) row[PLURAL[kind]] = String(a.commitments.filter((c) => c.kind === kind).length);
      row.date = a.meeting.date?.iso ?? '';
    }
    return row;
  });
}

export function toFolderSummaryCsv(entries: readonly FolderEntry[]): string {
  return stringify(summaryRows(entries), { header: true, columns: [...SUMMARY_COLUMNS], record_delimiter: 'windows' });
}

/** The JSON Lines of every document that was annotated, in the order given. */
export function toFolderJsonLines(entries: readonly FolderEntry[]): string {
  return entries.map((e) => (e.annotations ? toJsonLine(e.annotations) : '')).join('');
}

/** The language a file is read as, from its name (as the CLI does). */
export function languageForFileName(name: string): 'markdown' | 'plaintext' {
  return /\.(?:md|markdown|mdown)$/i.test(name) ? 'markdown' : 'plaintext';
}
