// Every place in src/ where a regular expression comes into being, found by parsing the
// TypeScript (compiler API), not by grepping: regex literals (their pattern is in the source),
// `new RegExp(…)` / `RegExp(…)` calls (their pattern is known only when the code runs, see
// ./builtRegexes.ts), and string methods that turn a string argument into a regex
// (`match`, `matchAll`, `search` with a non-regex argument).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..', '..');
export const SRC = join(ROOT, 'src');

export interface LiteralSite {
  kind: 'literal';
  /** `src/engine/quotes.ts:31` */
  where: string;
  pattern: string;
  flags: string;
}

export interface ConstructorSite {
  kind: 'constructor';
  where: string;
  /** The call as written, shortened, for messages. */
  code: string;
}

/** `str.match(x)` and friends with an argument that is not a RegExp: the string becomes a regex. */
export interface ImplicitSite {
  kind: 'implicit';
  where: string;
  code: string;
  /** The string's value when it is a literal, else null. */
  pattern: string | null;
}

export type RegexSite = LiteralSite | ConstructorSite | ImplicitSite;

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

const STRING_TO_REGEX_METHODS = new Set(['match', 'matchAll', 'search']);

export function findRegexSites(files = sourceFiles()): RegexSite[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true, noEmit: true, skipLibCheck: true, types: ['node'], lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts'],
  });
  const checker = program.getTypeChecker();
  const sites: RegexSite[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`TypeScript did not load ${file}`);
    const where = (node: ts.Node): string => `${relative(ROOT, file).split('\\').join('/')}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const short = (node: ts.Node): string => node.getText(sf).replace(/\s+/g, ' ').slice(0, 120);
    const isRegExpType = (node: ts.Expression): boolean => {
      const type = checker.getTypeAtLocation(node);
      return checker.typeToString(type) === 'RegExp' || (type.isUnion() && type.types.some((t) => checker.typeToString(t) === 'RegExp'));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        sites.push({ kind: 'literal', where: where(node), pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpConstructor(node.expression)) {
        sites.push({ kind: 'constructor', where: where(node), code: short(node) });
      } else if (
        ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
        STRING_TO_REGEX_METHODS.has(node.expression.name.text) && node.arguments.length > 0 &&
        checker.typeToString(checker.getTypeAtLocation(node.expression.expression)) === 'string' &&
        !isRegExpType(node.arguments[0])
      ) {
        const arg = node.arguments[0];
        sites.push({ kind: 'implicit', where: where(node), code: short(node), pattern: ts.isStringLiteralLike(arg) ? arg.text : null });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

/** `RegExp`, `globalThis.RegExp`, `window.RegExp`, `self.RegExp`. */
function isRegExpConstructor(e: ts.Expression): boolean {
  if (ts.isIdentifier(e)) return e.text === 'RegExp';
  return ts.isPropertyAccessExpression(e) && e.name.text === 'RegExp' && ts.isIdentifier(e.expression) &&
    ['globalThis', 'window', 'self', 'global'].includes(e.expression.text);
}
