// CSV (RFC 4180: comma, double quotes, CRLF records) of every annotation, one row each, in
// reading order, with a header row. Written by csv-stringify, so quotes, commas and line
// breaks inside the document text are escaped by a tested library, not by hand.
// `start`/`end` are the model's UTF-16 offsets (as in the JSON export); `text` is the model's
// text (for a quote, what lies between its marks). For an official's mention, `speaker` and
// `speaker_roles` name the official mentioned.
// The browser build of csv-stringify: its `lib` build reads Node's global Buffer when it loads,
// which a web worker extension host does not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Annotations } from '../engine/model';
import { commitmentSpeakers, itemsInReadingOrder, officialsById, roleLabels, speakerLabel } from './labels';

export const CSV_COLUMNS = [
  'id', 'kind', 'start', 'end', 'text', 'speaker', 'speaker_roles', 'commitment_kind', 'actor', 'quote_id',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** The rows as strings; a CSV reader gets them back as they are, but for the formula guard of `toCsv`. */
export function csvRows(annotations: Annotations, text: string): CsvRow[] {
  const officials = officialsById(annotations);
  const committers = commitmentSpeakers(annotations);
  return itemsInReadingOrder(annotations).map((item): CsvRow => {
    const row: CsvRow = {
      id: item.key, kind: item.kind, start: String(item.start), end: String(item.end), text: '',
      speaker: '', speaker_roles: '', commitment_kind: '', actor: '', quote_id: '',
    };
    switch (item.kind) {
      case 'official':
        row.text = text.slice(item.start, item.end);
        row.speaker = item.official.name;
        row.speaker_roles = roleLabels(item.official).join('; ');
        break;
      case 'quote':
      case 'paraphrase': {
        const speech = item.kind === 'quote' ? item.quote : item.paraphrase;
        row.text = speech.text;
        row.speaker = speakerLabel(speech, officials) ?? '';
        row.speaker_roles = roleLabels(speech.speaker === null ? undefined : officials.get(speech.speaker)).join('; ');
        break;
      }
      case 'commitment': {
        const c = item.commitment;
        const speaker = committers.get(c.id);
        row.text = c.text;
        row.speaker = speaker?.name ?? '';
        row.speaker_roles = roleLabels(speaker?.official).join('; ');
        row.commitment_kind = c.kind;
        row.actor = c.actor ?? '';
        row.quote_id = c.quote ?? '';
        break;
      }
    }
    return row;
  });
}

export function toCsv(annotations: Annotations, text: string): string {
  return stringify(csvRows(annotations, text), {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // Readouts are scraped from the web and the CSV is opened in spreadsheets: a cell that
    // begins with = + - @ or a tab gets a leading apostrophe, so it is never run as a formula
    // (CSV injection). `start` and `end` still locate the exact text in the document.
    escape_formulas: true,
  });
}
