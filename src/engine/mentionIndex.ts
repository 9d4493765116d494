// Every official mention (name, role, pronoun) sorted by offset, for lookups by position.
import type { FoundMention, Person } from './officials';
import { lowerBound } from './sorted';

export class MentionIndex {
  readonly list: FoundMention[];

  constructor(persons: Person[]) {
    this.list = persons.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  }

  private lowerBound(at: number): number {
    return lowerBound(this.list, at, (m) => m.start);
  }

  /** Mentions lying entirely within [start, end), in order. */
  within(start: number, end: number): FoundMention[] {
    const out: FoundMention[] = [];
    for (let i = this.lowerBound(start); i < this.list.length && this.list[i].start < end; i++) {
      if (this.list[i].end <= end) out.push(this.list[i]);
    }
    return out;
  }

  /** The first mention starting in [from, to], or null. */
  firstStartingIn(from: number, to: number): FoundMention | null {
    const i = this.lowerBound(from);
    return i < this.list.length && this.list[i].start <= to ? this.list[i] : null;
  }

  /** The last mention ending in [from, to], or null. */
  lastEndingIn(from: number, to: number): FoundMention | null {
    let best: FoundMention | null = null;
    // mentions are short: look back from `to` over those starting within 200 characters
    for (let i = this.lowerBound(Math.max(0, from - 200)); i < this.list.length && this.list[i].start <= to; i++) {
      const m = this.list[i];
      if (m.end >= from && m.end <= to && (!best || m.end > best.end || (m.end === best.end && m.start < best.start))) best = m;
    }
    return best;
  }
}
