// The export commands in a real VS Code, run as a user runs them: from the command, with the
// quick pick and the save dialog answered (stubbed in the extension host for the test and
// restored after), then the written file read back and compared with the export registry's
// rendering of the engine's model. Also: replacing asks first, writes go through
// workspace.fs (a test file system provider proves it) and a failed write leaves the old file,
// Copy as Markdown, and Export Folder with a binary file among the readouts.
import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import { annotate } from '../../src/engine';
import { FORMATS } from '../../src/export/formats';
import { toMarkdown } from '../../src/export/markdown';
import { SEED, fixtureUri, readoutApi, showFixture } from './readoutKit';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Replaces a method of a vscode namespace for one test; returns the restorer. */
function stub<T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): () => void {
  const original = target[key];
  (target as Record<K, T[K]>)[key] = replacement;
  assert.equal(target[key], replacement, `could not stub ${String(key)}`);
  return () => {
    (target as Record<K, T[K]>)[key] = original;
  };
}

/** The messages the command showed, by kind, with the buttons it offered; every message is dismissed. */
function recordMessages(answers: { warning?: string } = {}) {
  const shown: { kind: string; message: string; items: unknown[] }[] = [];
  const record = (kind: string, answer?: string) => (message: string, ...items: unknown[]) => {
    shown.push({ kind, message, items });
    return Promise.resolve(answer);
  };
  const restore = [
    stub(vscode.window, 'showInformationMessage', record('info') as typeof vscode.window.showInformationMessage),
    stub(vscode.window, 'showErrorMessage', record('error') as typeof vscode.window.showErrorMessage),
    stub(vscode.window, 'showWarningMessage', record('warning', answers.warning) as typeof vscode.window.showWarningMessage),
  ];
  return { shown, restore: () => restore.forEach((r) => r()) };
}

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function expected(format: string, document: vscode.TextDocument): string {
  const text = document.getText();
  return FORMATS[format].render(annotate(text, { languageId: document.languageId, uri: document.uri.toString() }), text);
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true });
  } catch {
    // not there
  }
}

/** An in-memory file system whose writes can be made to fail: proves the export writes through workspace.fs. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  failWrites = false;
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    const isFolder = [...this.files.keys()].some((p) => p.startsWith(`${uri.path.replace(/\/$/, '')}/`)) || uri.path === '/';
    if (!file && !isFolder) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: file ? vscode.FileType.File : vscode.FileType.Directory, ctime: 0, mtime: Date.now(), size: file?.length ?? 0 };
  }
  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = `${uri.path.replace(/\/$/, '')}/`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => [p.slice(prefix.length), vscode.FileType.File]);
  }
  createDirectory(): void {}
  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    if (this.failWrites) throw vscode.FileSystemError.NoPermissions('the test file system refuses writes');
    this.files.set(uri.path, content);
  }
  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
  }
  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const file = this.files.get(from.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(from);
    if (this.files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.files.delete(from.path);
    this.files.set(to.path, file);
  }
}

describe('exports: Readout: Export Annotations…, Copy as Markdown, Export Folder…', () => {
  before(async () => {
    await readoutApi();
  });

  it('asks the format and the file (beside the document), writes it, and offers to open it', async () => {
    const editor = await showFixture(SEED);
    const target = fixtureUri('seed-meeting-procurator-general.readout.csv');
    await remove(target);
    let pickedFrom: string[] = [];
    let dialog: vscode.SaveDialogOptions | undefined;
    const messages = recordMessages();
    const restore = [
      stub(vscode.window, 'showQuickPick', (async (items: readonly (vscode.QuickPickItem & { id: string })[] | Thenable<readonly (vscode.QuickPickItem & { id: string })[]>) => {
        const list = await items;
        pickedFrom = list.map((i) => i.id);
        return list.find((i) => i.id === 'csv');
      }) as unknown as typeof vscode.window.showQuickPick),
      stub(vscode.window, 'showSaveDialog', (async (options?: vscode.SaveDialogOptions) => {
        dialog = options;
        return options?.defaultUri;
      }) as typeof vscode.window.showSaveDialog),
    ];
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('readout.exportAnnotations');
      assert.equal(written?.toString(), target.toString());
    } finally {
      restore.forEach((r) => r());
      messages.restore();
    }
    assert.deepEqual([...pickedFrom].sort(), ['brat', 'csv', 'json', 'jsonl', 'md', 'w3c']);
    assert.equal(dialog?.defaultUri?.toString(), target.toString(), 'the default name is release.readout.csv beside the document');
    const csv = await readText(target);
    assert.equal(csv, expected('csv', editor.document));
    const rows = parse(csv) as string[][];
    assert.ok(rows.filter((r) => r[1] === 'quote').length >= 6, 'the seed has six quotes');
    const done = messages.shown.find((m) => m.kind === 'info');
    assert.match(done?.message ?? '', /seed-meeting-procurator-general\.readout\.csv/);
    assert.deepEqual(done?.items, ['Open']);
  });

  it('asks before replacing an existing file: cancel leaves it, Replace replaces it', async () => {
    const editor = await showFixture(SEED);
    const target = fixtureUri('replace-me.readout.json');
    await vscode.workspace.fs.writeFile(target, encoder.encode('keep me\n'));
    const declined = recordMessages({ warning: undefined });
    try {
      assert.equal(await vscode.commands.executeCommand('readout.exportAnnotations', { format: 'json', target }), undefined);
    } finally {
      declined.restore();
    }
    assert.ok(declined.shown.some((m) => m.kind === 'warning' && /replace-me\.readout\.json already exists/.test(m.message)));
    assert.equal(await readText(target), 'keep me\n');
    const accepted = recordMessages({ warning: 'Replace' });
    try {
      await vscode.commands.executeCommand('readout.exportAnnotations', { format: 'json', target });
    } finally {
      accepted.restore();
    }
    assert.equal(await readText(target), expected('json', editor.document));
    await remove(target);
  });

  it('writes through workspace.fs; a failed write leaves the existing file untouched and says what failed', async () => {
    const memory = new MemoryFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('readout-memfs', memory);
    const editor = await showFixture(SEED);
    const target = vscode.Uri.parse('readout-memfs:/out/seed.readout.md');
    memory.files.set('/out/seed.readout.md', encoder.encode('old brief\n'));
    const messages = recordMessages();
    try {
      memory.failWrites = true;
      assert.equal(await vscode.commands.executeCommand('readout.exportAnnotations', { format: 'md', target, replace: true }), undefined);
      const error = messages.shown.find((m) => m.kind === 'error');
      assert.match(error?.message ?? '', /could not write seed\.readout\.md .*refuses writes.*unchanged/s);
      assert.equal(decoder.decode(memory.files.get('/out/seed.readout.md')), 'old brief\n');
      assert.deepEqual([...memory.files.keys()], ['/out/seed.readout.md'], 'no temporary file left behind');
      memory.failWrites = false;
      await vscode.commands.executeCommand('readout.exportAnnotations', { format: 'md', target, replace: true });
      assert.equal(decoder.decode(memory.files.get('/out/seed.readout.md')), expected('md', editor.document));
      assert.deepEqual([...memory.files.keys()], ['/out/seed.readout.md']);
    } finally {
      messages.restore();
      registration.dispose();
    }
  });

  it('copies the Markdown brief to the clipboard', async () => {
    const editor = await showFixture(SEED);
    await vscode.env.clipboard.writeText('');
    const brief = await vscode.commands.executeCommand<string>('readout.copyAnnotationsAsMarkdown');
    const text = editor.document.getText();
    const wanted = toMarkdown(annotate(text, { languageId: 'plaintext', uri: editor.document.uri.toString() }), text);
    assert.equal(brief, wanted);
    assert.equal(await vscode.env.clipboard.readText(), wanted);
  });

  it('exports a folder to JSON Lines and a CSV summary, listing a binary file instead of failing', async () => {
    const folder = fixtureUri('export-folder');
    await remove(folder);
    const seedText = encoder.encode((await vscode.workspace.openTextDocument(fixtureUri(SEED))).getText());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a-seed.txt'), seedText);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'deep', 'er', 'b-seed.md'), seedText);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'c-photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'notes.json'), encoder.encode('{}'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.hidden', 'd.txt'), seedText);
    const jsonl = vscode.Uri.joinPath(folder, 'export-folder.readout.jsonl');
    const messages = recordMessages();
    const restore = [
      stub(vscode.window, 'showOpenDialog', (async () => [folder]) as typeof vscode.window.showOpenDialog),
      stub(vscode.window, 'showSaveDialog', (async (options?: vscode.SaveDialogOptions) => options?.defaultUri) as typeof vscode.window.showSaveDialog),
    ];
    try {
      await vscode.commands.executeCommand('readout.exportFolder');
    } finally {
      restore.forEach((r) => r());
      messages.restore();
    }
    const lines = (await readText(jsonl)).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.equal(line.format, 'readout-annotations');
      assert.ok(line.quotes.length >= 6);
    }
    assert.deepEqual(lines.map((l) => l.document.languageId), ['plaintext', 'markdown']);
    const summary = parse(await readText(vscode.Uri.joinPath(folder, 'export-folder.readout.summary.csv')), { columns: true }) as Record<string, string>[];
    assert.deepEqual(summary.map((r) => r.file), ['a-seed.txt', 'c-photo.txt', 'deep/er/b-seed.md']);
    assert.match(summary[1].error, /binary/);
    assert.equal(summary[0].error, '');
    assert.ok(Number(summary[0].quotes) >= 6);
    assert.match(messages.shown.find((m) => m.kind === 'info')?.message ?? '', /2 of 3 files exported .* 1 could not be read \(c-photo\.txt/);
    await remove(folder);
  });

  it('stops a folder export when its progress notification is cancelled, writing nothing', async () => {
    const folder = fixtureUri('export-folder-cancelled');
    await remove(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a.txt'), encoder.encode('Talks in Minsk.'));
    const target = vscode.Uri.joinPath(folder, 'out.readout.jsonl');
    let cancellable: boolean | undefined;
    const messages = recordMessages();
    const restore = stub(vscode.window, 'withProgress', (async (
      options: vscode.ProgressOptions,
      task: (progress: vscode.Progress<{ message?: string }>, token: vscode.CancellationToken) => Thenable<unknown>,
    ) => {
      cancellable = options.cancellable;
      const source = new vscode.CancellationTokenSource();
      // the user presses Cancel as soon as the notification says anything
      return task({ report: () => source.cancel() }, source.token);
    }) as typeof vscode.window.withProgress);
    let result: { cancelled: boolean } | undefined;
    try {
      result = await vscode.commands.executeCommand('readout.exportFolder', { folder, target });
    } finally {
      restore();
      messages.restore();
    }
    assert.equal(cancellable, true);
    assert.equal(result?.cancelled, true);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name), ['a.txt']);
    assert.match(messages.shown.find((m) => m.kind === 'info')?.message ?? '', /cancelled; nothing was written/);
    await remove(folder);
  });
});
