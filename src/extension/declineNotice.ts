// Tells the user, once per document, that it was too large to annotate, and offers to
// annotate it anyway.
import * as vscode from 'vscode';
import type { AnnotationStore } from './store';

const ANNOTATE_ANYWAY = 'Annotate anyway';

export function registerDeclineNotice(store: AnnotationStore): vscode.Disposable {
  return store.onDidDecline(async ({ document, state }) => {
    const name = document.uri.path.split('/').pop() ?? document.uri.toString();
    const choice = await vscode.window.showInformationMessage(
      `Readout: “${name}” ${state.message}, so it was not annotated. Annotating it may take a while.`,
      ANNOTATE_ANYWAY,
    );
    if (choice === ANNOTATE_ANYWAY && !document.isClosed) await store.annotateAnyway(document);
  });
}
