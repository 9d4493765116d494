import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { languageForFileName, SUMMARY_COLUMNS, summaryRows, toFolderJsonLines, toFolderSummaryCsv, type FolderEntry } from '../../src/export/folderExport';
import { astralAnnotations } from '../fixtures/export/astralReadout';

describe('export: folder summary', () => {
  const entries: FolderEntry[] = [
    { file: 'astral-readout.txt', annotations: astralAnnotations() },
    { file: 'photo.txt', error: 'looks like a binary file' },
    { file: 'notes/empty, "odd" name.md', annotations: { ...astralAnnotations(), officials: [], quotes: [], paraphrases: [], commitments: [] } },
  ];

  it('has one row per file, failures included, with counts by kind and the date', () => {
    const rows = parse(toFolderSummaryCsv(entries)) as string[][];
    assert.deepEqual(rows[0], [...SUMMARY_COLUMNS]);
    assert.deepEqual(rows.slice(1), [
      ['astral-readout.txt', '2', '4', '1', '1', '2', '1', '2', '2023-05-12', ''],
      ['photo.txt', '', '', '', '', '', '', '', '', 'looks like a binary file'],
      ['notes/empty, "odd" name.md', '0', '0', '0', '0', '0', '0', '0', '2023-05-12', ''],
    ]);
    assert.equal(summaryRows(entries).length, 3);
  });

  it('writes one JSON line per annotated file, in order', () => {
    const lines = toFolderJsonLines(entries).split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    assert.equal(JSON.parse(lines[0]).quotes.length, 4);
    assert.equal(JSON.parse(lines[1]).quotes.length, 0);
  });

  it('reads .md, .markdown and .mdown as Markdown, the rest as plain text', () => {
    assert.equal(languageForFileName('a/B.MD'), 'markdown');
    assert.equal(languageForFileName('x.markdown'), 'markdown');
    assert.equal(languageForFileName('x.txt'), 'plaintext');
    assert.equal(languageForFileName('md'), 'plaintext');
  });
});
