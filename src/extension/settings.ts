// Reads the `readout.*` settings. Every feature asks here, so defaults live in one place
// (and match the defaults declared in package.json).
import * as vscode from 'vscode';
import { DEFAULT_SIZE_LIMIT } from '../engine';
import { isCssColour } from './viewModel/cssColour';

export const SECTION = 'readout';

export interface ReadoutSettings {
  /** Language ids annotated automatically. */
  languages: string[];
  /** Only paint documents that look like readouts (an ordinary README stays plain). */
  autoDetect: boolean;
  /** Characters above which a document is declined (with an "Annotate anyway" action). */
  sizeLimit: number;
  /** CSS colours overriding the themed speaker palette; empty means use the theme's colours. */
  speakerColors: string[];
}

export function readSettings(scope?: vscode.ConfigurationScope): ReadoutSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const sizeLimit = config.get<number>('sizeLimit', DEFAULT_SIZE_LIMIT);
  return {
    languages: config.get<string[]>('languages', ['plaintext', 'markdown']),
    autoDetect: config.get<boolean>('autoDetect', true),
    sizeLimit: typeof sizeLimit === 'number' && sizeLimit > 0 ? sizeLimit : DEFAULT_SIZE_LIMIT,
    speakerColors: config.get<string[]>('colors.speakers', []).filter(isCssColour),
  };
}

export function affectsReadout(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
