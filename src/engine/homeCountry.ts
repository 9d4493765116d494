// The country of a host the text gives only by office: `President William Ruto … his Tanzanian counterpart Samia Suluhu`
// in a Kenyan release, which says `Kenya and Tanzania`. A government's own release gives its leader no country; the
// counterpart's is foreign, and the country the text pairs with it (`C and F`, `F and C`) is the host's. (The country
// named most besides the counterpart's was wrong 5 times in 14: a topic, `Syria`, `Afghanistan`, or the venue.)
import type { Doc } from './doc';
import type { Person } from './officials';
import { longestCountryAt } from './roles';
import { countryOf } from './lexicon/countries';

/** A host and the country of the counterpart named as theirs (`his Tanzanian counterpart`). */
export interface CounterpartPair {
  host: Person;
  foreign: string;
}

/**
 * Gives each host with an office but no country the country the text pairs with their counterpart's (`Nigeria and South
 * Africa`), when one country is so paired more often than any other.
 */
export function addHomeCountries(doc: Doc, pairs: CounterpartPair[]): void {
  const hosts = pairs.filter(({ host }) => !host.country && host.roles.length > 0 && host.roles.every((r) => !r.country));
  if (hosts.length === 0) return;
  const joined = pairedCountries(doc);
  for (const { host, foreign } of hosts) {
    if (host.country) continue;
    // (not a country of another of the host's counterparts: `his Australian and Japanese counterparts` pairs two foreign ones)
    const foreignToHost = new Set(pairs.filter((x) => x.host === host).map((x) => x.foreign));
    const counts = new Map<string, number>();
    for (const [a, b] of joined) {
      const other = a === foreign ? b : b === foreign ? a : null;
      if (other && !foreignToHost.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const [top, next] = [...counts].sort((x, y) => y[1] - x[1]);
    if (!top || (next && next[1] >= top[1])) continue;
    host.country = top[0];
    for (const r of host.roles) r.country ??= top[0];
  }
}

/** Countries the text names side by side, joined by `and`, `&` or a dash (`Kenya and Tanzania`), canonical. */
function pairedCountries(doc: Doc): [string, string][] {
  const out: [string, string][] = [];
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const ts = doc.tokens(bi);
    let last: { country: string; end: number } | null = null;
    for (let k = 0; k < ts.length; k++) {
      if (!ts[k].cap) continue;
      const n = longestCountryAt(ts, k);
      if (n === 0) continue;
      const country = countryOf(doc.clean.slice(ts[k].start, ts[k + n - 1].end));
      if (country) {
        if (last && last.end === k - 2 && PAIR_JOINERS.has(ts[k - 1].lower)) out.push([last.country, country]);
        last = { country, end: k + n - 1 };
      }
      k += n - 1;
    }
  }
  return out;
}
const PAIR_JOINERS = new Set(['and', '&', '-', '–', '—']);
