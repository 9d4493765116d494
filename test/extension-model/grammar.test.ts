// The injection grammar's regexes are Oniguruma in VS Code; the ones used here are also valid
// JavaScript, which lets the test check what they match and that none can backtrack badly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
}

const root = join(__dirname, '../..');
const grammar = JSON.parse(readFileSync(join(root, 'syntaxes/readout.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function rules(rule: Rule): Rule[] {
  return [rule, ...(rule.patterns ?? []).flatMap(rules)];
}
const all = Object.values(grammar.repository).flatMap(rules);
const regexes = all.flatMap((r) => [r.match, r.begin, r.end].filter((s): s is string => typeof s === 'string'));

/** Every stretch of `text` a `match` rule of the repository entry `name` would colour. */
function matches(name: string, text: string): string[] {
  const source = grammar.repository[name]!.match!;
  return [...text.matchAll(new RegExp(source, 'gu'))].map((m) => m[0]);
}

/** The quotations found by the begin/end rules, scanning like a tokenizer (one line, left to right). */
function quotations(line: string): string[] {
  const found: string[] = [];
  const quoteRules = grammar.repository['quotation']!.patterns!;
  let at = 0;
  for (;;) {
    let best: { index: number; rule: Rule; length: number } | undefined;
    for (const rule of quoteRules) {
      const begin = new RegExp(rule.begin!, 'gu');
      begin.lastIndex = at;
      const m = begin.exec(line);
      if (m && (!best || m.index < best.index)) best = { index: m.index, rule, length: m[0].length };
    }
    if (!best) return found;
    const end = new RegExp(best.rule.end!.replace('|(?=^\\s*$)', ''), 'gu');
    end.lastIndex = best.index + best.length;
    const m = end.exec(line);
    const stop = m ? m.index + m[0].length : line.length;
    found.push(line.slice(best.index, stop));
    at = stop;
  }
}

describe('TextMate injection grammar', () => {
  it('is contributed for plain text and Markdown', () => {
    const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    assert.deepEqual(contributed.injectTo, ['text.plain', 'text.html.markdown']);
    assert.match(grammar.injectionSelector, /text\.plain/);
    assert.match(grammar.injectionSelector, /text\.html\.markdown -string\.quoted -markup\.fenced_code -markup\.inline\.raw/);
    const base = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'plaintext');
    assert.equal(base.scopeName, 'text.plain', 'plain text needs a base grammar for the injection to apply to');
  });

  it('scopes quotations, reporting verbs and dates', () => {
    const names = all.map((r) => r.name).filter(Boolean);
    assert.ok(names.includes('string.quoted.double.readout'));
    assert.ok(names.includes('keyword.other.reporting-verb.readout'));
    assert.ok(names.includes('constant.numeric.date.readout'));
  });

  it('finds quotations in every common style, and not apostrophes', () => {
    assert.deepEqual(quotations('“We are going to step up,” Aleksandr Lukashenko said.'), ['“We are going to step up,”']);
    assert.deepEqual(quotations('He said "we agree" and «nous sommes d’accord».'), ['"we agree"', '«nous sommes d’accord»']);
    assert.deepEqual(quotations('„Wir sind bereit“, sagte er. 「はい」'), ['„Wir sind bereit“', '「はい」']);
    assert.deepEqual(quotations('the People’s Republic and Belarus’ partners'), []);
    assert.deepEqual(quotations('he called it ‘the People’s choice’ today'), ['‘the People’s choice’']);
    assert.deepEqual(quotations('“An unclosed quotation runs to the end of the line'), ['“An unclosed quotation runs to the end of the line']);
  });

  it('finds reporting verbs as whole words', () => {
    assert.deepEqual(matches('reporting-verb', 'the President stressed, he said; according to Cao, she pointed out'), [
      'stressed',
      'said',
      'according to',
      'pointed out',
    ]);
    assert.deepEqual(matches('reporting-verb', 'unsaid saying addresses'), []);
  });

  it('finds dates in day-month, month-day and ISO forms', () => {
    assert.deepEqual(matches('date', 'on 10 April, on April 10, 2017, on 1st May 2024 and on 2017-04-10'), [
      '10 April',
      'April 10, 2017',
      '1st May 2024',
      '2017-04-10',
    ]);
    assert.deepEqual(matches('date', 'in April, 10 Aprils'), []);
  });

  it('has no regex open to catastrophic backtracking', function () {
    this.timeout(60000);
    for (const source of regexes) {
      const result = checkSync(source, 'u');
      assert.notEqual(result.status, 'vulnerable', `${source} is vulnerable`);
    }
  });
});
