// The highlight styles, created once per palette: one decoration type per speaker colour and
// kind, and one per commitment kind. Colours are theme colours contributed in package.json
// (`readout.speaker1Foreground`, …) unless the user lists their own in readout.colors.speakers.
import * as vscode from 'vscode';
import type { CommitmentKind } from '../engine/model';
import { allHighlightKeys, highlightId, type HighlightKey, type SpeakerSlot } from './viewModel/decorationPlan';

/** How many speaker colours the theme palette contributes (package.json `contributes.colors`). */
export const THEMED_PALETTE_SIZE = 6;

const COMMITMENT_COLOR: Record<CommitmentKind, string> = {
  agreement: 'readout.commitmentAgreementForeground',
  pledge: 'readout.commitmentPledgeForeground',
  intention: 'readout.commitmentIntentionForeground',
  obligation: 'readout.commitmentObligationForeground',
};

/** The colours of one speaker slot: text, quote background, paraphrase background. */
interface SlotColours {
  foreground: string | vscode.ThemeColor;
  quoteBackground: string | vscode.ThemeColor;
  paraphraseBackground: string | vscode.ThemeColor;
}

function themedSlot(slot: SpeakerSlot): SlotColours {
  if (slot === 'unattributed') {
    return {
      foreground: new vscode.ThemeColor('readout.unattributedForeground'),
      quoteBackground: new vscode.ThemeColor('readout.unattributedQuoteBackground'),
      paraphraseBackground: new vscode.ThemeColor('readout.unattributedParaphraseBackground'),
    };
  }
  const n = slot + 1;
  return {
    foreground: new vscode.ThemeColor(`readout.speaker${n}Foreground`),
    quoteBackground: new vscode.ThemeColor(`readout.speaker${n}QuoteBackground`),
    paraphraseBackground: new vscode.ThemeColor(`readout.speaker${n}ParaphraseBackground`),
  };
}

/** A user colour (any CSS colour) with tints made by CSS color-mix, so no colour parsing is needed here. */
function customSlot(colours: string[], slot: SpeakerSlot): SlotColours {
  if (slot === 'unattributed') return themedSlot(slot);
  const colour = colours[slot % colours.length]!;
  return {
    foreground: colour,
    quoteBackground: `color-mix(in srgb, ${colour} 22%, transparent)`,
    paraphraseBackground: `color-mix(in srgb, ${colour} 10%, transparent)`,
  };
}

function renderOptions(key: HighlightKey, colours: SlotColours | undefined, mediaUri: vscode.Uri): vscode.DecorationRenderOptions {
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  switch (key.kind) {
    case 'mention':
      return { color: colours!.foreground, fontWeight: '600', rangeBehavior: closed };
    case 'quote':
      return {
        backgroundColor: colours!.quoteBackground,
        borderRadius: '2px',
        overviewRulerColor: colours!.foreground,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: closed,
      };
    case 'paraphrase':
      return {
        backgroundColor: colours!.paraphraseBackground,
        borderColor: colours!.foreground,
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
        rangeBehavior: closed,
      };
    case 'commitment': {
      const colourId = COMMITMENT_COLOR[key.commitmentKind];
      return {
        // text-decoration takes no ThemeColor: the theme colour's CSS variable does the same.
        textDecoration: `underline 2px var(--vscode-${colourId.replace(/\./g, '-')})`,
        overviewRulerColor: new vscode.ThemeColor(colourId),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: closed,
      };
    }
    case 'commitmentIcon':
      return {
        gutterIconPath: vscode.Uri.joinPath(mediaUri, `commitment-${key.commitmentKind}.svg`),
        gutterIconSize: '75%',
        rangeBehavior: closed,
      };
  }
}

/** The decoration types of one palette, keyed by `highlightId`. Dispose to remove every highlight. */
export class HighlightStyles implements vscode.Disposable {
  readonly paletteSize: number;
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor(extensionUri: vscode.Uri, speakerColors: string[]) {
    this.paletteSize = speakerColors.length > 0 ? speakerColors.length : THEMED_PALETTE_SIZE;
    const mediaUri = vscode.Uri.joinPath(extensionUri, 'media');
    for (const key of allHighlightKeys(this.paletteSize)) {
      const colours =
        key.kind === 'commitment' || key.kind === 'commitmentIcon' ? undefined : speakerColors.length > 0 ? customSlot(speakerColors, key.slot) : themedSlot(key.slot);
      this.types.set(highlightId(key), vscode.window.createTextEditorDecorationType(renderOptions(key, colours, mediaUri)));
    }
  }

  ids(): string[] {
    return [...this.types.keys()];
  }

  typeFor(id: string): vscode.TextEditorDecorationType | undefined {
    return this.types.get(id);
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }
}
