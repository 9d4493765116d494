// A news agency's dateline glued to the head of a lead, and the page's stamp glued before it: ` date 2019-09-05 `,
// `MANILA, Philippines — `, `LONDON (Reuters) – `. No words of the sentence's subject nor of what it reports.
import { GLUED_STAMP } from './dates';

// (a city in capitals, its country after a comma, the agency in brackets, then a dash)
const DATELINE_LEAD = /^\p{Lu}{2}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?: \([^()\n]{1,30}\))? [—–-]{1,2} /u;

/** How many characters of `s` are a glued stamp and a dateline at its head (0 when there are none). */
export function datelineLength(s: string): number {
  const stamp = GLUED_STAMP.exec(s);
  const dateline = DATELINE_LEAD.exec(stamp ? s.slice(stamp[0].length) : s);
  return (stamp ? stamp[0].length : 0) + (dateline ? dateline[0].length : 0);
}
