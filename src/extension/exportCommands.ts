// The export commands: `Readout: Export Annotations…` (a format, a file beside the document),
// `Readout: Copy Annotations as Markdown` and `Readout: Export Folder…`. Every format comes from
// the export registry the CLI uses, so a file exported here equals `readout annotate --format`.
// Arguments (for menus, keybindings and tests) skip the pickers: a document URI as the first
// argument (what editor/title and explorer menus pass), or an options object.
import * as vscode from 'vscode';
import { checkInput, type Annotations } from '../engine';
import { sha256Hex } from '../engine/sha256';
import { FORMATS, formatIds, type ExportFormat } from '../export/formats';
import { toMarkdown } from '../export/markdown';
import { confirmReplace, describeError, fileName, sibling, stem, writeTextReplacing } from './exportFiles';
import { exportFolder, type ExportFolderArgs } from './exportFolder';
import type { AnnotateService } from './annotateService/service';

export const EXPORT_ANNOTATIONS_COMMAND = 'readout.exportAnnotations';
export const COPY_MARKDOWN_COMMAND = 'readout.copyAnnotationsAsMarkdown';
export const EXPORT_FOLDER_COMMAND = 'readout.exportFolder';

/** The last format picked, offered first next time. */
const LAST_FORMAT_KEY = 'readout.export.lastFormat';

export type GetAnnotations = (document: vscode.TextDocument) => Promise<Annotations | undefined>;

export interface ExportAnnotationsArgs {
  /** The document to export (default: the active editor's). */
  document?: vscode.Uri;
  /** A format id of the registry (default: ask). */
  format?: string;
  /** Where to write (default: ask, beside the document). */
  target?: vscode.Uri;
  /** Replace an existing target without asking. */
  replace?: boolean;
}

export function registerExportCommands(context: vscode.ExtensionContext, getAnnotations: GetAnnotations, service: AnnotateService): void {
  const models = { getAnnotations, service };
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_ANNOTATIONS_COMMAND, (first?: unknown) =>
      exportAnnotations(context, models, documentArgs(first))),
    vscode.commands.registerCommand(COPY_MARKDOWN_COMMAND, (first?: unknown) =>
      copyAsMarkdown(models, documentArgs(first))),
    vscode.commands.registerCommand(EXPORT_FOLDER_COMMAND, (first?: unknown) => exportFolder(folderArgs(first), service)),
  );
}

/** Where exports get their models: the store's, else the engine through the annotate service. */
interface ModelSource {
  getAnnotations: GetAnnotations;
  service: AnnotateService;
}

const asUri = (value: unknown): vscode.Uri | undefined =>
  value instanceof vscode.Uri ? value : typeof value === 'string' && value.length > 0 ? vscode.Uri.parse(value) : undefined;

function documentArgs(first: unknown): ExportAnnotationsArgs {
  if (first instanceof vscode.Uri) return { document: first };
  if (!first || typeof first !== 'object') return {};
  const o = first as Record<string, unknown>;
  return {
    document: asUri(o.document),
    format: typeof o.format === 'string' ? o.format : undefined,
    target: asUri(o.target),
    replace: o.replace === true,
  };
}

function folderArgs(first: unknown): ExportFolderArgs {
  if (first instanceof vscode.Uri) return { folder: first };
  if (!first || typeof first !== 'object') return {};
  const o = first as Record<string, unknown>;
  return {
    folder: asUri(o.folder),
    target: asUri(o.target),
    glob: typeof o.glob === 'string' ? o.glob : undefined,
    replace: o.replace === true,
  };
}

async function documentFor(args: ExportAnnotationsArgs): Promise<vscode.TextDocument | undefined> {
  if (args.document) return vscode.workspace.openTextDocument(args.document);
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showErrorMessage('Readout: open a readout first, then export its annotations.');
  return document;
}

/**
 * The document's annotations from the store, else from the engine; undefined (and said why)
 * for a binary file or when the engine failed.
 */
async function annotationsFor(document: vscode.TextDocument, models: ModelSource): Promise<{ annotations: Annotations; text: string } | undefined> {
  const text = document.getText();
  const stored = await models.getAnnotations(document);
  // the store's model is for the text as it is now; anything else is computed afresh
  if (stored && stored.document.length === text.length && stored.document.sha256 === sha256Hex(text)) return { annotations: stored, text };
  const verdict = checkInput(text);
  if (!verdict.ok && verdict.reason === 'binary') {
    void vscode.window.showErrorMessage(`Readout: ${fileName(document.uri)} ${verdict.message}; nothing to export.`);
    return undefined;
  }
  try {
    const result = await models.service.annotate(text, { languageId: document.languageId, uri: document.uri.toString() });
    return { annotations: result.annotations, text };
  } catch (error) {
    void vscode.window.showErrorMessage(`Readout: ${fileName(document.uri)} could not be annotated (${describeError(error)}); nothing was exported.`);
    return undefined;
  }
}

async function pickFormat(context: vscode.ExtensionContext, requested: string | undefined): Promise<ExportFormat | undefined> {
  if (requested !== undefined) {
    const format = FORMATS[requested];
    if (!format) void vscode.window.showErrorMessage(`Readout: unknown export format "${requested}" (one of: ${formatIds().join(', ')}).`);
    return format;
  }
  const last = context.globalState.get<string>(LAST_FORMAT_KEY);
  const ids = formatIds().sort((a, b) => Number(b === last) - Number(a === last));
  const picked = await vscode.window.showQuickPick(
    ids.map((id) => ({ label: FORMATS[id].label, description: FORMATS[id].suffix, detail: FORMATS[id].description, id })),
    { title: 'Readout: Export Annotations', placeHolder: 'Export format', matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return undefined;
  await context.globalState.update(LAST_FORMAT_KEY, picked.id);
  return FORMATS[picked.id];
}

/** `release.txt` → `release.readout.json` beside it; an untitled document goes to the first workspace folder. */
function defaultTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  const name = stem(fileName(document.uri)) + format.suffix;
  if (!document.isUntitled) return sibling(document.uri, name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

async function exportAnnotations(
  context: vscode.ExtensionContext,
  models: ModelSource,
  args: ExportAnnotationsArgs,
): Promise<vscode.Uri | undefined> {
  const document = await documentFor(args);
  if (!document) return undefined;
  const format = await pickFormat(context, args.format);
  if (!format) return undefined;
  const target = args.target ?? (await vscode.window.showSaveDialog({
    title: `Readout: Export Annotations as ${format.label}`,
    saveLabel: 'Export',
    defaultUri: defaultTarget(document, format),
    filters: { [format.label]: [format.suffix.slice(format.suffix.lastIndexOf('.') + 1)] },
  }));
  if (!target) return undefined;
  if (!args.replace && !(await confirmReplace([target]))) return undefined;
  const model = await annotationsFor(document, models);
  if (!model) return undefined;
  try {
    await writeTextReplacing(target, format.render(model.annotations, model.text));
  } catch (error) {
    void vscode.window.showErrorMessage(`Readout: could not write ${fileName(target)} (${describeError(error)}). An existing file there is unchanged.`);
    return undefined;
  }
  // not awaited: the notification stays until dismissed, the command is done
  void vscode.window.showInformationMessage(`Readout: annotations exported as ${format.label} to ${fileName(target)}.`, 'Open')
    .then((choice) => (choice === 'Open' ? vscode.commands.executeCommand('vscode.open', target) : undefined));
  return target;
}

async function copyAsMarkdown(models: ModelSource, args: ExportAnnotationsArgs): Promise<string | undefined> {
  const document = await documentFor(args);
  if (!document) return undefined;
  const model = await annotationsFor(document, models);
  if (!model) return undefined;
  const brief = toMarkdown(model.annotations, model.text);
  await vscode.env.clipboard.writeText(brief);
  vscode.window.setStatusBarMessage(`$(clippy) Readout: brief of ${fileName(document.uri)} copied`, 4000);
  return brief;
}
