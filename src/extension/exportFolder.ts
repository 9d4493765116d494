// `Readout: Export Folder…`: every readout under a folder (files matching the
// `readout.export.folderGlob` setting) into one JSON Lines file plus a CSV summary, with a
// cancellable progress notification. A file that cannot be read, is binary or too large is a
// row of the summary with its reason, never the end of the export.
import * as vscode from 'vscode';
import { checkInput } from '../engine';
import { languageForFileName, toFolderJsonLines, toFolderSummaryCsv, type FolderEntry } from '../export/folderExport';
import { compileGlob } from '../export/globMatch';
import { confirmReplace, describeError, fileName, sibling, writeTextReplacing } from './exportFiles';
import { readSettings } from './settings';
import { effectiveSizeLimit } from './sizeLimit';
import type { AnnotateService } from './annotateService/service';

export const FOLDER_GLOB_SETTING = 'export.folderGlob';
export const DEFAULT_FOLDER_GLOB = '**/*.{txt,md,markdown}';
/** Folders never walked: version control, dependencies, and hidden folders. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface ExportFolderArgs {
  folder?: vscode.Uri;
  /** The JSON Lines file; the summary is written beside it as NAME.summary.csv. */
  target?: vscode.Uri;
  /** Overrides the setting. */
  glob?: string;
  replace?: boolean;
}

export interface ExportFolderResult {
  jsonl: vscode.Uri;
  summary: vscode.Uri;
  entries: FolderEntry[];
  cancelled: boolean;
}

/** `corpus.readout.jsonl` → `corpus.readout.summary.csv`. */
export function summaryBeside(jsonl: vscode.Uri): vscode.Uri {
  const name = fileName(jsonl);
  const base = name.toLowerCase().endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : name;
  return sibling(jsonl, `${base}.summary.csv`);
}

export async function exportFolder(args: ExportFolderArgs, service: AnnotateService): Promise<ExportFolderResult | undefined> {
  const folder = args.folder ?? (await vscode.window.showOpenDialog({
    title: 'Readout: Export Folder',
    openLabel: 'Export Folder',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  }))?.[0];
  if (!folder) return undefined;
  const glob = args.glob ?? vscode.workspace.getConfiguration('readout', folder).get<string>(FOLDER_GLOB_SETTING, DEFAULT_FOLDER_GLOB);
  const jsonl = args.target ?? (await vscode.window.showSaveDialog({
    title: 'Readout: Export Folder to JSON Lines (a CSV summary goes beside it)',
    saveLabel: 'Export',
    defaultUri: vscode.Uri.joinPath(folder, `${fileName(folder) || 'readouts'}.readout.jsonl`),
    filters: { 'JSON Lines': ['jsonl'] },
  }));
  if (!jsonl) return undefined;
  const summary = summaryBeside(jsonl);
  if (!args.replace && !(await confirmReplace([jsonl, summary]))) return undefined;

  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Readout: exporting folder', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'listing files…' });
      const outputs = new Set([jsonl.toString(), summary.toString()]);
      const files = (await listFiles(folder, compileGlob(glob), token)).filter((f) => !outputs.has(f.uri.toString()));
      const entries: FolderEntry[] = [];
      const sizeLimit = effectiveSizeLimit(readSettings(folder).sizeLimit, service.backend);
      for (const [i, file] of files.entries()) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: `${i + 1}/${files.length} ${file.path}`, increment: 100 / files.length });
        entries.push(await annotateFile(file, sizeLimit, service));
      }
      return token.isCancellationRequested ? undefined : entries;
    },
  );
  if (!outcome) {
    void vscode.window.showInformationMessage('Readout: folder export cancelled; nothing was written.');
    return { jsonl, summary, entries: [], cancelled: true };
  }

  try {
    await writeTextReplacing(jsonl, toFolderJsonLines(outcome));
    await writeTextReplacing(summary, toFolderSummaryCsv(outcome));
  } catch (error) {
    void vscode.window.showErrorMessage(`Readout: could not write the folder export (${describeError(error)}). Existing files there are unchanged.`);
    return undefined;
  }
  const failed = outcome.filter((e) => e.error !== undefined);
  const done = outcome.length - failed.length;
  const failures = failed.length === 0 ? '' :
    ` ${failed.length} could not be read (${failed.slice(0, 3).map((e) => e.file).join(', ')}${failed.length > 3 ? ', …' : ''}; reasons in the summary).`;
  void vscode.window.showInformationMessage(
    `Readout: ${done} of ${outcome.length} files exported to ${fileName(jsonl)} and ${fileName(summary)}.${failures}`,
    'Open Summary', 'Open',
  ).then((choice) => {
    if (choice === 'Open Summary') return vscode.commands.executeCommand('vscode.open', summary);
    if (choice === 'Open') return vscode.commands.executeCommand('vscode.open', jsonl);
    return undefined;
  });
  return { jsonl, summary, entries: outcome, cancelled: false };
}

interface FoundFile {
  uri: vscode.Uri;
  /** Relative to the exported folder, with `/`. */
  path: string;
}

/** Files under the folder whose relative path matches the glob, sorted; symlinked folders are not followed. */
async function listFiles(folder: vscode.Uri, matches: (path: string) => boolean, token: vscode.CancellationToken): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const pending: string[] = [''];
  while (pending.length > 0 && !token.isCancellationRequested) {
    const relative = pending.pop() as string;
    const dir = relative ? vscode.Uri.joinPath(folder, ...relative.split('/')) : folder;
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue; // an unreadable folder: its files are simply not found
    }
    for (const [name, type] of children) {
      const path = relative ? `${relative}/${name}` : name;
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink) && !SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) pending.push(path);
      } else if (type & vscode.FileType.File && matches(path)) {
        found.push({ uri: vscode.Uri.joinPath(folder, ...path.split('/')), path });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const decoder = new TextDecoder('utf-8');

async function annotateFile(file: FoundFile, sizeLimit: number, service: AnnotateService): Promise<FolderEntry> {
  let text: string;
  try {
    text = decoder.decode(await vscode.workspace.fs.readFile(file.uri));
  } catch (error) {
    return { file: file.path, error: `could not be read: ${describeError(error)}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark is not text
  const verdict = checkInput(text, sizeLimit);
  if (!verdict.ok) return { file: file.path, error: verdict.message };
  try {
    const result = await service.annotate(text, { languageId: languageForFileName(file.path), uri: file.uri.toString() });
    return { file: file.path, annotations: result.annotations };
  } catch (error) {
    return { file: file.path, error: `could not be annotated: ${describeError(error)}` };
  }
}
