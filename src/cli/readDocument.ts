// Reads one input of the command line as a document text, or says in a few words why not.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8');

export function readDocument(file: string): ReadResult {
  let bytes: Buffer;
  try {
    if (file === '-') bytes = readFileSync(0);
    else {
      const st = statSync(file);
      if (st.isDirectory()) return { ok: false, message: 'is a directory' };
      bytes = readFileSync(file);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: 'permission denied' };
    return { ok: false, message: (e as Error).message };
  }
  // like VS Code, the byte order mark is not part of the document text
  let text = decoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export function languageForPath(file: string): string {
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' || ext === '.mdown' ? 'markdown' : 'plaintext';
}
