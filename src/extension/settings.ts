// Reads the `readout.*` settings. Every feature asks here, so defaults live in one place
// (and match the defaults declared in package.json).
import * as vscode from 'vscode';
import { isCssColour } from './viewModel/cssColour';

export const SECTION = 'readout';

export interface ReadoutSettings {
  /** Language ids annotated automatically. */
  languages: string[];
  /** Only paint documents that look like readouts (an ordinary README stays plain). */
  autoDetect: boolean;
  /**
   * Characters above which a document is declined (with an "Annotate anyway" action), as the
   * user or workspace set it; undefined for the default, which depends on where the engine runs (sizeLimit.ts).
   */
  sizeLimit: number | undefined;
  /** CSS colours overriding the themed speaker palette; empty means use the theme's colours. */
  speakerColors: string[];
}

export function readSettings(scope?: vscode.ConfigurationScope): ReadoutSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const set = config.inspect<number>('sizeLimit');
  const sizeLimit = set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  return {
    languages: config.get<string[]>('languages', ['plaintext', 'markdown']),
    autoDetect: config.get<boolean>('autoDetect', true),
    sizeLimit: typeof sizeLimit === 'number' && sizeLimit > 0 ? sizeLimit : undefined,
    speakerColors: config.get<string[]>('colors.speakers', []).filter(isCssColour),
  };
}

export function affectsReadout(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
