import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvRows, toCsv } from '../../src/export/csv';
import { astralAnnotations, ASTRAL_TEXT } from '../fixtures/export/astralReadout';
import { assertHasContent, CASES, itemCount } from './cases';

/** What the formula guard makes of a cell. */
function guarded(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

describe('export: CSV', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('parses back (csv-parse) to the same header and rows', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        const csv = toCsv(a, c.text);
        const records = parse(csv) as string[][];
        assert.deepEqual(records[0], [...CSV_COLUMNS]);
        const rows = csvRows(a, c.text);
        assert.equal(rows.length, itemCount(a));
        assert.deepEqual(records.slice(1), rows.map((r) => CSV_COLUMNS.map((k) => guarded(r[k]))));
      });

      it('ends every record with CRLF (RFC 4180)', () => {
        const csv = toCsv(c.annotations(), c.text);
        assert.ok(csv.endsWith('\r\n'));
        assert.ok(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
      });

      it('gives each row its UTF-16 span: the text of a mention, paraphrase or commitment, a quote without its marks', () => {
        const a = c.annotations();
        if (c.fromEngine) assertHasContent(c, a);
        for (const row of csvRows(a, c.text)) {
          const span = c.text.slice(Number(row.start), Number(row.end));
          if (row.kind === 'quote') assert.equal(span.slice(1, -1), row.text, row.id);
          else assert.equal(span, row.text, row.id);
        }
      });
    });
  }

  describe('on the hand-built model of the astral readout', () => {
    const a = astralAnnotations();
    const rows = csvRows(a, ASTRAL_TEXT);
    const row = (id: string) => rows.find((r) => r.id === id)!;

    it('has the speaker, roles, commitment kind, actor and quote id of a commitment in a quote', () => {
      assert.deepEqual(
        { ...row('c3'), start: undefined, end: undefined },
        {
          id: 'c3', kind: 'commitment', start: undefined, end: undefined, text: 'we will open\r\na trade house in Ulaanbaatar next year',
          speaker: 'Aleksandr Lukashenko', speaker_roles: 'President (Belarus)', commitment_kind: 'pledge', actor: 'Belarus', quote_id: 'q2',
        },
      );
      assert.equal(row('c6').speaker, '', 'an agreement of both sides has no speaker');
      assert.equal(row('o1.m3').text, 'the President');
      assert.equal(row('o1.m3').speaker, 'Aleksandr Lukashenko');
    });

    it('quotes fields with commas, double quotes and line breaks, and keeps them through a parse', () => {
      const tricky = { ...a, paraphrases: [{ ...a.paraphrases[0], text: 'He said, "no"\r\nthen left' }] };
      const csv = toCsv(tricky, ASTRAL_TEXT);
      assert.ok(csv.includes('"He said, ""no""\r\nthen left"'));
      const records = parse(csv, { columns: true }) as Record<string, string>[];
      assert.equal(records.find((r) => r.id === 'p1')?.text, 'He said, "no"\r\nthen left');
    });

    it('never lets a cell start a spreadsheet formula (CSV injection)', () => {
      const hostile = '=HYPERLINK("http://example.com","click")';
      const tricky = { ...a, paraphrases: [{ ...a.paraphrases[0], text: hostile }, { ...a.paraphrases[0], id: 'p9', text: '-2+3' }] };
      const records = parse(toCsv(tricky, ASTRAL_TEXT), { columns: true }) as Record<string, string>[];
      assert.equal(records.find((r) => r.id === 'p1')?.text, `'${hostile}`);
      assert.equal(records.find((r) => r.id === 'p9')?.text, "'-2+3");
      for (const record of records) {
        for (const value of Object.values(record)) assert.ok(!/^[=+\-@\t\r]/.test(value), `${record.id}: ${value}`);
      }
    });

    it('writes the header alone for an empty model', () => {
      assert.equal(toCsv({ ...a, officials: [], quotes: [], paraphrases: [], commitments: [] }, ASTRAL_TEXT), `${CSV_COLUMNS.join(',')}\r\n`);
    });
  });
});
