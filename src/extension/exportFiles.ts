// Files for the export commands, through vscode.workspace.fs so they work on any file system
// VS Code has (the desktop, a remote, vscode.dev): names beside a document, existence, a
// confirmation before replacing, and writes that never leave a half-written file.
import * as vscode from 'vscode';

/** The last segment of a URI's path: `release.txt`. */
export function fileName(uri: vscode.Uri): string {
  let end = uri.path.length;
  while (end > 0 && uri.path[end - 1] === '/') end--; // a folder's trailing slashes
  const path = uri.path.slice(0, end);
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The name without its last extension: `release.txt` → `release`, `.env` → `.env`. */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A file named `name` in the same folder as `uri`. */
export function sibling(uri: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..', name);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks before replacing existing files; true when nothing exists or the user said Replace. */
export async function confirmReplace(targets: vscode.Uri[]): Promise<boolean> {
  const existing: vscode.Uri[] = [];
  for (const target of targets) if (await exists(target)) existing.push(target);
  if (existing.length === 0) return true;
  const names = existing.map(fileName).join(' and ');
  const choice = await vscode.window.showWarningMessage(
    `${names} already ${existing.length === 1 ? 'exists' : 'exist'}. Replace ${existing.length === 1 ? 'it' : 'them'}?`,
    { modal: true, detail: 'The export overwrites the existing contents.' },
    'Replace',
  );
  return choice === 'Replace';
}

/**
 * Writes `content` to a temporary file beside the target, then renames it over the target:
 * if anything fails, an existing target keeps its old contents and the temporary file is removed.
 */
export async function writeTextReplacing(target: vscode.Uri, content: string): Promise<void> {
  const temp = sibling(target, `.${fileName(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.readout-tmp`);
  try {
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    try {
      await vscode.workspace.fs.delete(temp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    throw error;
  }
}

/** A failure as a short sentence for a notification. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
