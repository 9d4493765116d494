import assert from 'node:assert/strict';
import { buildOutline, type OutlineNode } from '../../src/extension/viewModel/outline';
import { seedAnnotations, seedText } from './seedAnnotations';

function walk(node: OutlineNode, visit: (n: OutlineNode) => void): void {
  visit(node);
  node.children.forEach((c) => walk(c, visit));
}

describe('outline (the tree behind the Outline and the Meeting view)', () => {
  const root = buildOutline(seedAnnotations, seedText);

  it('has the title at the root, with kind and date beside it', () => {
    assert.equal(root.label, seedAnnotations.meeting.title);
    assert.match(root.detail, /meeting/);
    assert.match(root.detail, /10 April/);
    assert.equal(seedText.slice(root.selection.start, root.selection.end), seedAnnotations.meeting.title);
  });

  it('lists the participants, host first, with their roles', () => {
    const participants = root.children.find((c) => c.kind === 'participants');
    assert.ok(participants);
    assert.deepEqual(participants.children.map((c) => c.label), ['Aleksandr Lukashenko', 'Cao Jianming']);
    const cao = participants.children[1]!;
    assert.match(cao.detail, /Procurator-General, Supreme People's Procuratorate of China/);
    assert.deepEqual(cao.children.map((c) => c.kind), ['role', 'role']);
    assert.equal(cao.counts, '1 quote · 1 paraphrase · 1 commitment');
  });

  it('puts the turns in order, each speaker with their quotes, paraphrases and commitments', () => {
    const turns = root.children.filter((c) => c.kind === 'turn');
    assert.deepEqual(turns.map((t) => t.label), ['Aleksandr Lukashenko', 'Cao Jianming']);
    assert.equal(turns[0]!.children.filter((c) => c.kind === 'quote').length, 5);
    assert.equal(turns[1]!.children.filter((c) => c.kind === 'quote').length, 1);
    assert.equal(turns[0]!.counts, '5 quotes · 2 paraphrases · 3 commitments');
    assert.match(turns[1]!.children[0]!.label, /^“We are very grateful/);
  });

  it('ends with the outcomes: the agreements', () => {
    const outcomes = root.children[root.children.length - 1]!;
    assert.equal(outcomes.kind, 'outcomes');
    assert.equal(outcomes.children.length, 1);
    assert.equal(outcomes.children[0]!.commitmentKind, 'agreement');
  });

  it('keeps every selection inside its range, every range inside the text, and ids unique', () => {
    const ids = new Set<string>();
    walk(root, (n) => {
      assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, `${n.id} selection outside range`);
      assert.ok(0 <= n.range.start && n.range.end <= seedText.length, `${n.id} outside the text`);
      assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
      ids.add(n.id);
      for (const child of n.children) {
        assert.ok(n.range.start <= child.range.start && child.range.end <= n.range.end, `${child.id} outside its parent`);
      }
    });
  });

  it('gives an untitled meeting a label and an empty model no children', () => {
    const empty = buildOutline(
      { ...seedAnnotations, meeting: { ...seedAnnotations.meeting, title: null, participants: [] }, officials: [], quotes: [], paraphrases: [], commitments: [], turns: [] },
      seedText,
    );
    assert.equal(empty.label, 'Untitled meeting');
    assert.deepEqual(empty.children, []);
  });
});
