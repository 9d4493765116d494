// Indirect speech (guide §4): what someone said, reported without quotation marks. The span is
// the reported content clause: `X noted that <…>`, `According to X, <…>`, `<…>, X said`,
// `X said he <…>`, `X expressed satisfaction with <…>`, `<…>. X made the statement …`.
import type { Doc } from './doc';
import type { Party, Parties } from './parties';
import { endsInAnd } from './parties';
import type { Span } from './model';
import type { SpanIndex } from './spanIndex';
import type { RawQuote } from './quotes';
import { isWovenFragment } from './quotes';
import { hasWords, isSpace, lastWord, trimEndWhere, wholeCharacterEnd } from './textTrim';
import { NAME_PARTICLES, WEEKDAYS } from './lexicon/words';
import { ASIDE_CUE_VERBS } from './lexicon/reportingVerbs';
import { datelineLength } from './dateline';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles';
import { isPortfolioWord } from './roles';

export interface FoundParaphrase extends Span {
  speaker: Party | null;
  cue: Span;
  /** Said before and elsewhere, recalled here (`As Prime Minister Modi has said, …`): its speaker need not take part. */
  recalled?: boolean;
}

const THAT_VERBS = [
  'said', 'says', 'stated', 'states', 'noted', 'notes', 'stressed', 'stresses', 'emphasi[sz]ed', 'emphasi[sz]es', 'underlined',
  'underlines', 'underscored', 'remarked', 'added', 'explained', 'pointed\\s+out', 'observed', 'recalled', 'affirmed', 'reaffirmed',
  'declared', 'announced', 'acknowledged', 'suggested', 'proposed', 'assured', 'reassured', 'promised', 'pledged', 'highlighted', 'reiterated', 'insisted',
  'mentioned', 'concluded', 'commented', 'replied', 'answered', 'responded', 'believes', 'believed', 'thinks', 'thought', 'informed',
  'told', 'advised', 'reminded', 'confirmed', 'admitted', 'argued', 'claimed', 'maintained', 'expressed', 'shared', 'indicated',
  'warned', 'felt', 'feels', 'estimated', 'predicted', 'agreed', 'concurred', 'made\\s+(?:it\\s+)?clear', 'makes\\s+(?:it\\s+)?clear', 'intimated', 'opined', 'opines', 'expressing', 'noting', 'stressing',
  'emphasi[sz]ing', 'recalling', 'acknowledging', 'remarking', 'adding', 'saying', 'stating', 'promising', 'assuring',
  'pointing\\s+out', 'underlining', 'highlighting', 'reiterating', 'affirming', 'reaffirming', 'explaining', 'observing',
  // (`He wished that the ambassador would encourage …`)
  'wished',
  // (`The Director-General conveyed that FAO highly commended …`)
  'conveyed',
  // (a communiqué in the present: `Colombia declares that …`, `The Government of Ecuador reiterates that …`)
  'declares', 'reiterates', 'reaffirms', 'affirms', 'recalls', 'underscores', 'highlights', 'acknowledges', 'confirms', 'announces', 'insists',
  // (`The Prime Minister set out that the UK will …`, `drew attention to the fact that …`)
  'set\\s+out', 'drew\\s+attention\\s+to\\s+the\\s+fact',
].join('|');
const OBJECT_WORD = "(?:his|her|their|its|our|the|a|an|me|him|them|us|you|strong|firm|deep|full|great|sincere|[A-Z\\u00C0-\\u00DE\\u0100-\\u024F][^\\s,;:“”\"()]*|hope|confidence|view|views|belief|conviction|concern|satisfaction|opinion|position|assurance|understanding|regret|certainty|expectation|yesterday|today|also|once|again)";
/** An adverb in commas between the verb and its `that`: `said, meanwhile, that …`, `added, however, that …`. */
const ASIDE_ADVERB = '(?:,\\s+(?:meanwhile|however|though|moreover|furthermore|also|further|too|again|in\\s+turn|in\\s+addition|for\\s+(?:his|her|their|its)\\s+part),)?';
const THAT_CUE = new RegExp(`\\b(${THAT_VERBS})${ASIDE_ADVERB}((?:\\s+(?!that\\b)${OBJECT_WORD}){0,6})\\s+that,?\\s+`, 'gi');
// `X is convinced that …`, `The Allies agree that …`, `He hoped that …`, `X raised the sobering point that …`, `X was of the view that …`: a stance reported like speech (and `asserted`, `revealed`, `disclosed`, `reported that`). Kept out of
// THAT_CUE: its fuzzed recheck verdict flips to polynomial whenever that alternation grows
const STANCE_CUE = /\b((?:is|was|are|were|remains?|remained)\s+(?:(?:firmly|deeply|fully|also)\s+)?(?:convinced|confident|certain|in\s+(?:full\s+)?agreement)|agrees?|hopes|hoped|asserted|revealed|disclosed|reported|voiced\s+(?:(?:his|her|their|its|the)\s+)?(?:belief|hope|confidence|conviction|view)|(?:made|raised)\s+(?:the|a)\s+(?:[a-z]+\s+)?point|(?:is|was|are|were)\s+of\s+the\s+(?:view|opinion))\s+that\s+/gi;
// `Minister Borg explained how, during the meeting, …`, `outlined how the summit would proceed`: the how-clause is what was said
const HOW_CUE = /\b(explained|outlined|described|noted|stressed|emphasi[sz]ed|underlined|highlighted|recalled)\s+how,?\s+/gi;
const RELATIVE_VERB_AFTER = /^(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)\b/i;
const DATA_SOURCE = /\b(?:statistics|data|figures|estimates|numbers|census|surveys?|polls?|records)\s*$/i;
/** A verb of saying (a report with its own speaker when a quotation follows it in the clause). */
const SAYING_VERB = /\b(?:said|says|stated|told|added|noted|stressed|remarked|declared)\b/i;
/** Whether a clause is a report with its own speaker and quotation: a verb of saying, then an opening mark, no stop between. */
function relaysQuote(clause: string): boolean {
  const mark = clause.search(/[“"«]/);
  if (mark < 0) return false;
  const lead = clause.slice(0, mark);
  return !/[.;]/.test(lead) && SAYING_VERB.test(lead);
}
/** An opening that names a source and nothing more (`According to Kyodo News`, `As reported by TASS`). */
const SOURCE_OPENING = /^(?:according\s+to|as\s+(?:reported|announced|stated)\s+by|citing|quoting)\s[^,;:]*$/i;
const ACCORDING = /\b(?:according\s+to|in\s+the\s+(?:opinion|view|words)\s+of|in(?=\s+(?:his|her|their)\s+(?:words|view|opinion),)|as\s+(?:announced|stated|noted|said|reported|mentioned|pointed\s+out|emphasi[sz]ed|stressed|underlined)\s+by)\s+/gi;
const SAID_CLAUSE = /\b(said|says|stated|added|noted|believes|thinks|stressed|remarked|emphasi[sz]ed|recalled|explained|admitted|acknowledged|confirmed|underlined|pointed\s+out|assured|agreed|saying|adding|told\s+(?:reporters|journalists|the\s+press|the\s+media))\s+(?=(?:he|she|they|we)\s+(?!said\b)|it\s+(?:is|was|will|would|has|had|could|should|must|can)\b)/gi;
/** Two named subjects and their verb: `said Dr Balakrishnan and Mr Tillerson spoke …`, `said Accra and Kingstown stand to gain`. */
const TWO_NAMES_THEN_VERB = '(?:[A-Z][a-z]{1,2}\\.?\\s+)?[A-Z][\\w’\'-]*\\s+and\\s+(?:[A-Z][a-z]{1,2}\\.?\\s+)?[A-Z][\\w’\'-]*\\s+(?:[a-z]{2,}ed|spoke|met|held|made|took|gave|had|sent|saw|stand|share|agree|enjoy|maintain|continue|remain|want|need|plan|intend|hope|seek)\\s';
/** `said Pompeo’s visit comes at …`, `said the two discussed …`: a possessed noun or `the two`, then a verb in -s or -ed. */
// (or a possessive pronoun's: `said her side continues to …`)
const OWNED_OR_TWO_THEN_VERB = '(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[’\'][s]\\s+[a-z]+|(?:his|her|their|its|our)\\s+[a-z]+|the\\s+two)\\s+[a-z]{2,}(?:[^s\\s]s|ed)\\s';
/** Verbs in the past that do not end in -ed. */
const IRREGULAR_PAST = 'saw|took|made|held|gave|went|came|met|brought|led|found|began|paid|sent|kept|left|built|spent|won|lost|sought|stood|became|grew|fell|rose|meant|knew|chose|drew|struck|felt|spoke|told|wrote|thought|understood';
/**
 * `said the talks centred on …`, `said the meeting also reviewed …`: a noun phrase of up to ten words, then a verb in the past
 * (after verbs that take a clause, not a noun: `stressed the importance of a united front` is no clause).
 */
const NOUN_THEN_PAST = `(?:the|their|our|both)\\s+(?:[a-z-]+\\s+){1,9}?(?:[a-z]{2,}ed|${IRREGULAR_PAST})\\s`;
const NOUN_THEN_PAST_START = new RegExp(`^${NOUN_THEN_PAST}`, 'i');
const CLAUSE_VERB = /^(?:said|says|stated|added)$/i;
/** A subject of one to six words, then its verb (a clause without `that`: `India is looking at …`; an abbreviation's stops inside a word: `the U.S. government had …`). */
const SUBJECT_THEN_VERB = '(?:(?!that\\s)(?:(?:[A-Z]\\.){2,}|[^\\s,.;:“”"«»]+)\\s+){1,8}?[“"]?(?:is|are|was|were|has|have|had|will|would|should|could|can|must|remains|remain)\\s';
/** `said Prime Minister Sheikh Hasina accepted …`, `said Blinken reiterated …`: capitalized words (a title, a name), then a verb in -ed. */
const TITLED_NAME_THEN_PAST = `(?:[A-Z][\\w’'-]*\\.?\\s+){1,5}(?:[a-z]{3,}ed|${IRREGULAR_PAST})\\s`;
// `He also said India is looking at …`, `He said Nigeria occupies …`: a clause without `that` whose subject (a few
// words, up to eight: `said the NATO summit in Madrid in late June was …`; no `that` among them) has its verb, or a name
// with a verb in -s
// (an agency's credit after the cue, `said, Trend reports citing TASS`, reports nothing)
// (the medium may come between: `The Ministry of Foreign Affairs said in a statement the move was based on …`)
const SAID_NP_CLAUSE = new RegExp(`\\b(said|says|say|stated|added|noted|stressed|emphasi[sz]ed|underlined|explained|agreed|affirmed|insisted|warned|argued|saying|adding),?\\s+(?:in\\s+(?:a|an|its|their|his|her)\\s+(?:[a-z]+\\s+)?(?:statement|post|tweet|message|interview|release)\\s+)?(?!there\\s+(?!(?:is|are|was|were|will|would|has|have|had)\\b))(?!\\S+(?:\\s+\\S+){0,2}\\s+(?:reports|writes|informs)(?:\\s+citing\\b|\\s*[.,]))(?!(?:that|he|she|they|we|it|in|on|at|during|after|before|to|with|by|of|for|as|when|while|this(?=\\s+(?:morning|afternoon|evening|week|weekend|month|year|time)\\b|\\s*[,.])|here|so|and|but|everything|something|nothing|anything|all|much|more|little|a\\s+lot|the\\s+following)\\b)(?=${SUBJECT_THEN_VERB}|(?:the\\s+)?[A-Z][a-z.-]*\\s+[a-z]{2,}[^s\\s]s\\s|${TWO_NAMES_THEN_VERB}|${OWNED_OR_TWO_THEN_VERB}|${TITLED_NAME_THEN_PAST})`, 'gi');
/** `said the talks centred on …`: after a verb that takes a clause, a noun phrase and a verb in the past (its own pattern: a
 * look back from inside SAID_NP_CLAUSE would read a run of spaces again from each of its positions). */
const SAID_NOUN_PAST = new RegExp(`\\b(said|says|stated|added),?\\s+(?=${NOUN_THEN_PAST})`, 'gi');
/** `said the Statement of Partnership sets out …`: a noun phrase, then a verb in -s (case is checked after: NOUN_THEN_PRESENT_START). */
const SAID_NOUN_PRESENT = /\b(said|says),?\s+(?=(?:the|their|our)\s+(?:[a-z-]+\s+){1,9}?[a-z]{2,}[^s\s]s\s)/gi;
/**
 * `said the countries share an ambition …`, `said both sides agree …`: parties in the plural, then a verb in the present
 * (no -s; not a preposition, a relative or an auxiliary, which other patterns read).
 */
const PLURAL_PARTIES_THEN_VERB = '(?:the|both|their)\\s+(?:(?:two|three|four)\\s+)?(?:countries|sides|leaders|nations|parties|governments)\\s+(?!(?:of|in|at|on|for|with|and|from|to|by|as|who|which|that|also|were|are|have|had|will|would|should|could|can|must|may|might|do|did|present|themselves|together)\\s)[a-z]{2,}[^s\\s]\\s';
const SAID_PARTIES_PRESENT = new RegExp(`\\b(said|says),?\\s+(?=${PLURAL_PARTIES_THEN_VERB})`, 'gi');
const PLURAL_PARTIES_THEN_VERB_START = new RegExp(`^${PLURAL_PARTIES_THEN_VERB}`);
const AUX_AHEAD = new RegExp(`^${SUBJECT_THEN_VERB}`, 'i');
/**
 * `said the Statement of Partnership sets out …`: after `said`, which takes a clause and hardly ever an object, a noun
 * phrase and a verb in -s in lower case (not a title's plural: `said the Minister of Foreign Affairs of Belarus`).
 */
const NOUN_THEN_PRESENT_START = /^(?:the|their|our)\s+(?:[\p{L}-]+\s+){1,9}?\p{Ll}{2,}[^s\s\p{Lu}’']s\s/u;
const SAID_ONLY = /^(?:said|says)$/i;
/** A source's capitalized name, and perhaps its medium, ending the sentence: `the Ministry of Foreign Affairs in a statement.` */
// (any capital and letter: `said Çavuşoğlu.`)
const INVERTED_SOURCE = /^(?:the\s+)?\p{Lu}[\p{L}\p{M}\w’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\w’'-]*|of|the|and|for))*(?:\s+(?:in|on)\s+(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?(?:statement|release|communiqu[eé]|readout|post|tweet))?\s*\.(?:\s|$)/u;
/** `As Prime Minister Modi has said, we consider …`: a sentence fronted by its source, what follows the comma reported. */
const AS_SAID = /^[\s"“]*(?:and\s+)?as\s+((?:[^\s,;:“”"]+\s+){1,6}?)(said|stated|noted|stressed|emphasi[sz]ed|underlined|mentioned|pointed\s+out|put\s+it)(?:\s+(?:yesterday|earlier|before|previously))?,\s+/i;
const FIRST_PERSON_SOURCE = /^(?:I|we)\s/i;
// `Most importantly, he said, the two sides should …`: the cue in commas; what follows is reported
// (or a body: `The meeting, the DFA said, was also an avenue …`)
// (a surname may open with any capital: `…, Þórðarson said, will be …`)
const PARENTHETICAL_CUE = new RegExp(`,\\s+(?:he|she|they|(?:the\\s+)?\\p{Lu}[^\\s,.;:]*)\\s+(?:also\\s+)?(${ASIDE_CUE_VERBS.join('|')}),\\s+`, 'gu');
/** A day right after a verb of saying, before the reported clause's capitalized subject (`said Friday Kuwait is …`). */
const DAY_AFTER_VERB = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+(?=\p{Lu})/u;
const TRAILING_VERBS = 'said|says|noted|stressed|added|emphasi[sz]ed|stated|remarked|underlined|explained|observed|recalled|believes|pointed\\s+out|reiterated|concluded|continued|affirmed|insisted|warned|confirmed|announced|told|reported';
/** Whom a trailing `told` addresses, up to a stop or a relative clause about them: `…, he told Taran, who has been …`. */
const TOLD_LISTENER = /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|reporters|journalists|the\s+press|(?:his|her|their)\s+(?:counterpart|guest|host)s?)(?=\s*[.!?]|\s*$|,\s+who\b|\s+(?:on|in|at|during|after)\b)(?:,\s+who\b.*)?/u;
/**
 * What may follow a trailing cue's verb: the sentence's end, or the setting (`as he met with …`); a day
 * may come first (`…, the foreign ministry said Thursday.`); an agency's credit may follow (`…, the ministry said, TASS reports.`);
 * so may the occasion, as a participle (`…, Ilham Aliyev said receiving the Iranian minister`), or a participle
 * going on with more (`…, he said, voicing hope that …`).
 */
const TRAILING_CUE_END = new RegExp(`^\\s*(?:(?:on\\s+)?(?:${WEEKDAYS.join('|')}|today|yesterday|tonight)\\b\\s*)?(?:[.!?]|$|(?:as|when|while|at|during|after|before|in|on|upon|following|receiving|meeting|hosting|welcoming|addressing)\\b|,\\s+(?:citing|according\\s+to|quoting|quoted\\s+by|adding|voicing|expressing|noting|stressing|underlining|emphasi[sz]ing)\\b)`, 'i');
/** A source that closes its sentence: `…, according to a statement issued by Spokeswoman X.` */
const TRAILING_ACCORDING = /,\s+according\s+to\s+(?:(?:a|an|the)\s+(?:\p{L}+\s+)?(?:statement|release|readout|report)\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+)?/iu;
/** An agency's credit after a trailing cue: `…, the ministry said, TASS reports.` (case matters: a name). */
const AGENCY_CREDIT = /^\s*,\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}(?:reports|reported|writes|wrote|informs)\b/;
const IN_DOCUMENT_BEFORE = /\s(?:in|through)\s+(?:a|an|the|their|its)\s+(?:(?:joint|written|separate|brief)\s+)?(?:statement|press\s+release|release|communiqu[eé]|readout|declaration|letter|message|note)\s+$/i;
const SETTING_THEN_THAT = /^\s+(?:during|in|at|on|after|before|while|when)\s[^,;.“”"]{0,60}?\sthat\s/i;
// (the comma may be inside a closing mark, after words woven in: `… “based on mutual respect,” Foreign Minister X said`)
const TRAILING_CUE = new RegExp(`,[”"’»]?\\s+((?:[^\\s,;:“”"«»]+\\s+){0,9}?[^\\s,;:“”"«»]+)\\s+(?:also\\s+|has\\s+|have\\s+)?(${TRAILING_VERBS})\\b(?!\\s+that\\b)`, 'gi');
/** `, said ` before a name or an office (`, said visiting Chinese Assistant Foreign Minister Kong Xuanyou.`). */
const INVERTED_CUE = /,\s+(said|added|noted|stressed|emphasi[sz]ed|stated|remarked|underlined|explained|observed|concluded)\s+(?=\p{Lu}|the\s+\p{Lu}|visiting\s)/gu;
/**
 * Whether the words after an inverted cue only name its speaker (`said visiting Chinese Assistant Foreign Minister Kong
 * Xuanyou`), no clause of its own (`X, a spokesman, said Mr Shanahan found their meeting …`).
 */
function namesOnly(phrase: string): boolean {
  for (const w of phrase.split(/\s+/)) {
    if (w && /^\p{Ll}/u.test(w) && !NAME_PHRASE_WORDS.has(w) && !NAME_PARTICLES.has(w) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !isPortfolioWord(w)) return false;
  }
  return true;
}
const NAME_PHRASE_WORDS = new Set(['the', 'of', 'and', 'for', 'visiting']);
/** Where the subject after an inverted cue ends: the setting, a day, a comma or the stop. */
const INVERTED_SUBJECT_END = /\s{1,4}(?:during|as|when|while|at|in|on|after|before|following|upon|today|yesterday|tonight)\b|[,;.!?](?:\s|$)|$/;
/** A stance or feeling expressed: `expressed satisfaction with …`, `expressed his pride in visiting Kenya` (not gratitude or appreciation, thanks: see the tests). */
const EMOTION = /\b(expressed|expressing|voiced)\s+(?:(?:his|her|their|its|our|the|a|an|deep|strong|full|great|sincere|grave|serious)\s+)*(?=(?:satisfaction|dissatisfaction|concern|support|regret|solidarity|disappointment|indignation|alarm|happiness|pride)\b)/gi;
// (`pointed out the opening of …`, but not `pointed out the importance of …`: the development corpus reports no such point)
// (not what is welcomed, reiterated, reaffirmed, noted or emphasised: a position or a courtesy, not a report of what was
// said; 3 of 38 such objects in the golds are paraphrases; nor the importance, need, necessity or significance of
// something, stressed or agreed on: a view, no clause said; 8 of 32 such objects in the held-out golds, none in the
// development corpus; nor what is highlighted or acknowledged: 2 of 20 and 0 of 5 such objects in the held-out golds, none
// in the development corpus, which reads `highlighting the United Nations work …` only)
const OBJECT_CUE = /\b(condemned|condemning|denounced|denouncing|wished|highlighting|deplored|deploring|stressed|stressing|underlined|underlining|underscored|underscoring|raised|pointed\s+out(?!\s+(?:the\s+)?(?:importance|significance|need)\b))(?:(?<=stressed|underlined|underscored)\s+on(?=\s+the\s))?\s+(?!(?:to|that|with|for|on|in|at|by|from|during|after|before|while|when|following|upon|throughout|as|yesterday|today|earlier|later|the\s+(?:[a-z]+\s+)?(?:importance|need|necessity|significance)|the\s+need\s+to)\b)(?!(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:\S+\s+){0,2}?(?:commitment|support|readiness|willingness|determination|resolve|intention|counterparts?|guests?|delegations?|visitors?|colleagues?)\b)/gi;
// `urged the authorities to refrain from …`, `called on all parties to …` (guide §3: urged, called on), `encouraged X to …`
// (the `to` within twelve words is checked by toWithinWords: as a lookahead the pattern was judged polynomial)
const URGE_CUE = /\b(urged|urging|encouraged|encouraging)\s+/gi;
const STATEMENT_BACK = /\b(?:made|issued|delivered)\s+(?:the|this|that|such\s+a)\s+(?:statement|remark|remarks|comment|comments)\b/gi;

/** Whether the word `to` comes within `max` words from `from`, before a `,` `.` `;` or `:` (`urged all parties to`). */
function toWithinWords(s: string, from: number, max: number): boolean {
  let i = from;
  for (let w = 0; w <= max; w++) {
    const start = i;
    while (i < s.length && !isSpace(s[i]) && !',.;:'.includes(s[i])) i++;
    if (i === start || i >= s.length || !isSpace(s[i])) return false;
    if (w > 0 && i - start === 2 && s.slice(start, i).toLowerCase() === 'to') return true;
    while (i < s.length && isSpace(s[i])) i++;
  }
  return false;
}

const PASSIVE_AUX = new Set(['be', 'been', 'being', 'is', 'was', 'are', 'were']);
// cheap filters: a pattern is only tried on a sentence holding one of its words
const CUE_WORDS = /\b(?:that|accord|words|view|opinion|announced|stated|noted|said|saying|reported|mentioned|pointed|emphasi|stress|underlin|says|say\b|added|adding|told|admit|acknowledg|confirm|assur|underscor|believes|thinks|express|voiced|condemn|denounc|welcom|wished|highlight|deplor|reaffirm|reiterat|opine|statement|remark|comment|recalled|outlined|described|observed|concluded|continued|affirmed|insisted|warned|argued|explained|urg|call|raised|encourag|agreement|agreed|hope)/i;
const HAS_AS_BY_VERB = /announced|stated|noted|said|reported|mentioned|pointed|emphasi|stressed|underlined/;
/** Words every ACCORDING match holds (`according`, `opinion`/`view`/`words`, or `by` and a reporting verb). */
function mayReportAccording(lower: string): boolean {
  return lower.includes('according') || lower.includes('opinion') || lower.includes('view') || lower.includes('words') || (lower.includes('by') && HAS_AS_BY_VERB.test(lower));
}
/** A second verb sharing the object: `and highlighted`, `and fully supported`. */
const COORDINATED_VERB = /^(?:and|or)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i;
/** A noun's content clause close after the verb: `the principled position of Armenia that …`. */
const NOUN_THAT = /^\s*(?:the|its|his|her|their|our|a)\s+(?:[^\s,;:]+\s+){0,2}?(?:position|view|stance|belief|conviction|fact|hope|assurance|message|idea|point|opinion|understanding|principle|conclusion)(?:\s+of\s+(?:[^\s,;:]+\s+){1,3}?|\s+)that\s/i;
const STOP_MARK = /;|:\s*(?=["“”«‘'„]|$)/;
// (and `but` before one: `Kasit said he was not giving any country an ultimatum but urged them to …`)
// (`continued` as a verb, not the adjective of `effective and continued communication`: a stop, `to`, `that` or an object's determiner after it)
const STOP_AND = /(?<!\s)\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:thanked|noted|said|stressed|added|continued(?=\s*(?:[,:;.“”"«]|(?:to|that|by|with|his|her|their|the|its|our|saying)\b))|expressed|called|pointed|invited|wished|welcomed|committed|agreed|highlighted|emphasi[sz]ed|underlined|urged|reaffirmed|condemned|discussed|briefed|informed|congratulated|praised|suggested|proposed|asked|remarked|recalled|stated|told|explained|assured|announced|confirmed|underscored|observed|mentioned|declared|affirmed|insisted|warned)\b/i;
/**
 * `, but` ends the reported clause when the reporter speaks again (`…, but added PNG would not …`) or a new, named subject
 * takes over (`…, but the Slovenian Prime Minister is convinced …`); a contrast inside the report goes on with it (`said
 * that there were many demands, but his job was to take care of Serbia`: the golds read 5 such contrasts in the report, 2 out).
 */
function butStop(s: string): number {
  for (let i = s.indexOf(', but'); i >= 0; i = s.indexOf(', but', i + 5)) {
    const next = s.slice(i + 5, i + 60);
    if (!/^[\s,]/.test(next)) continue;
    if (BUT_REPORTER.test(next) || BUT_NAMED_SUBJECT.test(next)) return i;
  }
  return -1;
}
const BUT_REPORTER = /^\s+(?:also\s+|then\s+)?(?:said|added|noted|stressed|insisted|warned|cautioned|emphasi[sz]ed|underlined|stated|pointed|expressed|urged|called|asked|acknowledged|admitted|argued|reiterated|affirmed|recalled|remarked|explained|declared|made\s+clear)\b/i;
/** A capital after `but`: a name, an office or a country takes over (`but the Slovenian Prime Minister`, `but Serbia`); so do `we` and an aside (`but, nevertheless, we should …`). */
const BUT_NAMED_SUBJECT = /^(?:,|\s+(?:the\s+)?[A-Z]|\s+we\b)/;
// (`…, and we concurred on …`: a new clause with a subject of its own ends the reported one; so does a verb of its own
// with its `that`: `highlighted the measures taken by Pakistan, noted that the data had been shared …`)
const STOP_COMMA = /,\s+(?:(?:noted|said|stressed|added|stated|emphasi[sz]ed|underlined|underscored|observed|affirmed|reaffirmed|reiterated|highlighted|recalled|explained)\s+that\b|adding|remarking|noting|stressing|saying|while|whereas|emphasi[sz]ing|underlining|pointing\s+out|expressing|highlighting|recalling|explaining|stating|reiterating|reaffirming|underscoring|insisting|asserting|and\s+(?:we|they|he|she|I)\s+(?:also\s+)?(?:concurred|agreed|decided|expressed|noted|said|stressed|added|thanked|welcomed|called|urged|underlined|emphasi[sz]ed))\b/i;

// (`Highlighting the reform agenda, which seeks to …, Antony Blinken assured that …`: a name and its reporting verb after a
// comma open the main clause, whose report is another)
const STOP_MAIN_CLAUSE = /,\s+(?:[A-Z][^\s,;:“”"]*\s+){1,4}(?:said|says|assured|stressed|noted|added|stated|underlined|emphasi[sz]ed|reiterated|told)\b/;
// (`… between both countries and, in that context, he stated: …`: after an aside, a pronoun opens a new clause; so does
// `as` before a pronoun's reporting verb: `… must combat terrorism as he emphasised India’s commitment …`)
const STOP_AND_ASIDE = /(?<!\s)\s+(?:and,\s+[^,;\s][^,;]{0,39},\s+(?:he|she|they|we|I|it)\s|as\s+(?:he|she|they)\s+(?:also\s+)?(?:emphasi[sz]ed|stressed|said|noted|underlined|added|highlighted|reiterated)\b)/;

/** `with Rajji `, `with the Prime Minister `: someone named as the subject of an absolute phrase (case matters: a name). */
const WITH_SOMEONE = "\\bwith\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}";
/** `…, with Rajji urging Araghchi to …`: someone else's act in an absolute phrase ends the report. */
const STOP_WITH = new RegExp(`,\\s+${WITH_SOMEONE}\\p{Ll}+ing\\b`, 'u');
/** `with Rajji ` right before a participle: its subject in an absolute phrase. */
const WITH_SOMEONE_BEFORE = new RegExp(`${WITH_SOMEONE}$`, 'u');

/**
 * Where each pattern can match: every pattern below starts with one of a few words (or a comma), so
 * it is tried, anchored (sticky), only where such a word starts, rather than scanned over the whole
 * sentence. A word start is where the patterns' `\b` sees one: an ASCII word character (these
 * patterns are case-blind without the Unicode flag, so only ASCII letters match their words) after
 * a non-word character; the word is the run of ASCII word characters from there, lower-cased.
 */
const P_THAT = 1, P_STANCE = 2, P_ACCORDING = 4, P_SAID = 8, P_SAID_NP = 16, P_EMOTION = 32, P_OBJECT = 64, P_STATEMENT = 128, P_URGE = 256;
/** Not a start: a verb TRAILING_CUE needs (a whole word after a space), so a sentence without one is not scanned for it. */
const P_TRAILING_VERB = 1024;
const P_HOW = 2048;
const START_BITS = new Map<string, number>();
let longestStart = 0;
/** A cheap filter before the look-up: which (first letter, last letter, length) a start word has. */
const START_SHAPES = new Uint8Array(26 * 26 * 16);
const shapeOf = (first: number, last: number, length: number): number => (((first | 32) - 97) * 26 + ((last | 32) - 97)) * 16 + length;
function addStarts(bit: number, words: string[]): void {
  for (const w of words) {
    START_BITS.set(w, (START_BITS.get(w) ?? 0) | bit);
    longestStart = Math.max(longestStart, w.length);
    START_SHAPES[shapeOf(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
  }
}
/** The first word of each alternative of a `|` list, `[sz]` spelled both ways. */
const firstWords = (alternatives: string): string[] =>
  alternatives.split('|').map((a) => a.split(/\\s|\(/)[0]).flatMap((w) => (w.includes('[sz]') ? [w.replace('[sz]', 's'), w.replace('[sz]', 'z')] : [w]));
addStarts(P_THAT, firstWords(THAT_VERBS));
addStarts(P_STANCE, 'is was are were remain remains remained agree agrees hopes hoped asserted revealed disclosed reported voiced made raised'.split(' '));
addStarts(P_ACCORDING, 'according in as'.split(' '));
addStarts(P_SAID, 'said says stated added noted believes thinks stressed remarked emphasised emphasized recalled explained admitted acknowledged confirmed underlined pointed assured agreed saying adding told'.split(' '));
addStarts(P_SAID_NP, 'said says say stated added noted stressed emphasised emphasized underlined explained agreed affirmed insisted warned argued saying adding'.split(' '));
addStarts(P_EMOTION, 'expressed expressing voiced'.split(' '));
addStarts(P_OBJECT, 'pointed condemned condemning denounced denouncing wished highlighting highlighted deplored deploring stressed stressing underlined underlining underscored underscoring raised acknowledged acknowledging'.split(' '));
addStarts(P_STATEMENT, 'made issued delivered'.split(' '));
addStarts(P_URGE, 'urged urging encouraged encouraging'.split(' '));
addStarts(P_HOW, 'explained outlined described noted stressed emphasised emphasized underlined highlighted recalled'.split(' '));
addStarts(P_TRAILING_VERB, firstWords(TRAILING_VERBS));
/** For tests: each start-filtered pattern with its bit, and the bits a word starts (the lists above must cover every first word a pattern can match). */
export const CUE_START_LISTS = {
  patterns: [
    ['THAT_CUE', THAT_CUE, P_THAT], ['STANCE_CUE', STANCE_CUE, P_STANCE], ['ACCORDING', ACCORDING, P_ACCORDING],
    ['SAID_CLAUSE', SAID_CLAUSE, P_SAID], ['SAID_NP_CLAUSE', SAID_NP_CLAUSE, P_SAID_NP], ['SAID_NOUN_PAST', SAID_NOUN_PAST, P_SAID_NP], ['SAID_NOUN_PRESENT', SAID_NOUN_PRESENT, P_SAID_NP], ['SAID_PARTIES_PRESENT', SAID_PARTIES_PRESENT, P_SAID_NP], ['EMOTION', EMOTION, P_EMOTION],
    ['OBJECT_CUE', OBJECT_CUE, P_OBJECT], ['STATEMENT_BACK', STATEMENT_BACK, P_STATEMENT],
    ['URGE_CUE', URGE_CUE, P_URGE], ['HOW_CUE', HOW_CUE, P_HOW], ['TRAILING_CUE verbs', new RegExp(`\\b(?:${TRAILING_VERBS})\\b`), P_TRAILING_VERB],
  ] as [string, RegExp, number][],
  bitsOf: (word: string): number => START_BITS.get(word) ?? 0,
  /** The block filter every pattern's first word must pass (a block without one is not read). */
  blockFilter: CUE_WORDS,
};
const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');
const THAT_CUE_AT = sticky(THAT_CUE);
const STANCE_CUE_AT = sticky(STANCE_CUE);
const HOW_CUE_AT = sticky(HOW_CUE);
const ACCORDING_AT = sticky(ACCORDING);
const SAID_CLAUSE_AT = sticky(SAID_CLAUSE);
const SAID_NP_CLAUSE_AT = sticky(SAID_NP_CLAUSE);
/** A verb of saying, then a name (up to three words) that a relative clause in commas follows: `said Wong, who …`. */
const SAID_NAME_WHO_AT = /\b(said|says|stated|added|noted),?\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+who\s)/y;
const VERB_AFTER_RELATIVE = /^,\s+(?:is|are|was|were|has|have|had|will|would|remains|remained)\s/;
/** Whether the relative clause from `who` (the space after it) closes with a comma within 100 characters and the name's verb follows. */
function relativeThenVerb(s: string, who: number): boolean {
  if (who < 0) return false;
  const comma = s.indexOf(',', who);
  if (comma < 0 || comma - who > 100) return false;
  // (no stop inside, but an abbreviation's dot before a number: `who took office in Dec. 2006,`)
  if (/[;“”"]|\.(?!\s\d)/.test(s.slice(who, comma))) return false;
  return VERB_AFTER_RELATIVE.test(s.slice(comma, comma + 16));
}
const SAID_NOUN_PAST_AT = sticky(SAID_NOUN_PAST);
const SAID_NOUN_PRESENT_AT = sticky(SAID_NOUN_PRESENT);
const SAID_PARTIES_PRESENT_AT = sticky(SAID_PARTIES_PRESENT);
const PARENTHETICAL_CUE_AT = sticky(PARENTHETICAL_CUE);
const INVERTED_CUE_AT = sticky(INVERTED_CUE);
/** A clause that goes on with its verb after a parenthetical cue, its subject before the cue. */
const VERB_FIRST_WORD = /^(?:was|were|is|are|will|would|has|have|had|can|could|should|must|remains?|remained)\b/;
const TRAILING_CUE_AT = sticky(TRAILING_CUE);
const EMOTION_AT = sticky(EMOTION);
const OBJECT_CUE_AT = sticky(OBJECT_CUE);
const STATEMENT_BACK_AT = sticky(STATEMENT_BACK);
const URGE_CUE_AT = sticky(URGE_CUE);

/** `[A-Za-z0-9_]`: what `\w` and `\b` read without the Unicode flag. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The word starts in s that some pattern can start at, with the patterns' bits. */
interface Starts { at: number[]; bits: number[]; /** Every pattern bit found. */ any: number }
function startsOf(s: string, lower: string): Starts {
  const at: number[] = [];
  const bits: number[] = [];
  const n = s.length;
  // lower-casing keeps every offset when it keeps the length (it never shortens a character)
  const aligned = lower.length === n;
  let any = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordCode(s.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < n && isAsciiWordCode(s.charCodeAt(j))) j++;
    if (j - i >= 2 && j - i <= longestStart && isAsciiLetterCode(s.charCodeAt(i)) && isAsciiLetterCode(s.charCodeAt(j - 1))
      && START_SHAPES[shapeOf(s.charCodeAt(i), s.charCodeAt(j - 1), j - i)] === 1) {
      const b = START_BITS.get(aligned ? lower.slice(i, j) : s.slice(i, j).toLowerCase());
      if (b) { at.push(i); bits.push(b); any |= b; }
    }
    i = j;
  }
  return { at, bits, any };
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const NONE: RegExpExecArray[] = [];

/** The that-clause cues and stance cues of a sentence, in order. */
function thatCuesOf(s: string, lower: string, starts: Starts): RegExpExecArray[] {
  const that = lower.includes('that') ? matchesAt(THAT_CUE_AT, s, starts, P_THAT) : [];
  // (a how-clause is read as a that-clause: verb in group 1)
  if (starts.any & P_HOW && lower.includes(' how')) {
    const how = matchesAt(HOW_CUE_AT, s, starts, P_HOW);
    if (how.length) {
      that.push(...how);
      that.sort((a, b) => a.index - b.index);
    }
  }
  const late = lateThatCues(s, starts, that);
  if (late.length) {
    that.push(...late);
    that.sort((a, b) => a.index - b.index);
  }
  const stance = lower.includes('that') ? matchesAt(STANCE_CUE_AT, s, starts, P_STANCE) : NONE;
  // (each list is in order already)
  if (!stance.length) return that;
  if (!that.length) return stance;
  return [...that, ...stance].sort((a, b) => a.index - b.index);
}

/**
 * `reiterated during his meeting on Wednesday in Kyiv with President X that …`: a phrase of time or place between
 * the verb and its `that`, longer than the object words THAT_CUE allows. Read as a THAT_CUE match (verb in group 1).
 */
function lateThatCues(s: string, starts: Starts, found: RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // (found is in order, as the starts are: one pointer walks it, so a sentence of many cues stays linear)
  let f = 0;
  for (let k = 0; k < starts.at.length; k++) {
    if (!(starts.bits[k] & P_THAT)) continue;
    const i = starts.at[k];
    while (f < found.length && found[f].index < i) f++;
    if (f < found.length && found[f].index === i) continue;
    // (inside a match already found: a word of its object, not a verb of its own)
    if (f > 0 && i < found[f - 1].index + found[f - 1][0].length) continue;
    VERB_THEN_SETTING.lastIndex = i;
    const v = VERB_THEN_SETTING.exec(s);
    if (!v) continue;
    const from = i + v[0].length;
    // (the phrase is short and unbroken: no clause, quotation or sentence ends inside it; looked for within its
    // 160 characters only, so that a sentence of many such verbs is read in linear time)
    const near = s.slice(from, from + 166).indexOf(' that ');
    const that = near < 0 ? -1 : from + near;
    if (that < 0 || SETTING_BREAK.test(s.slice(from, that))) continue;
    const m = Object.assign([s.slice(i, that + 6), v[1]], { index: i, input: s, groups: undefined }) as RegExpExecArray;
    out.push(m);
  }
  return out;
}
const VERB_THEN_SETTING = new RegExp(`\\b(${THAT_VERBS})\\s+(?=(?:during|at|in|after|before|on|while|following|throughout)\\s)`, 'iy');
const SETTING_BREAK = /[,;:“”"«».!?()]|\b(?:and|but|which|who)\b/i;

/** What `s.matchAll(global pattern)` gives, for a pattern that can only start at the starts holding `bit`. */
function matchesAt(re: RegExp | RegExp[], s: string, starts: Starts, bit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const res = Array.isArray(re) ? re : [re];
  let from = 0;
  for (let k = 0; k < starts.at.length; k++) {
    const i = starts.at[k];
    if (!(starts.bits[k] & bit) || i < from) continue;
    // (several patterns: the first that matches here)
    for (const r of res) {
      r.lastIndex = i;
      const m = r.exec(s);
      if (m) { out.push(m); from = i + m[0].length; break; }
    }
  }
  return out;
}

/** The same, for a pattern that starts with a comma. */
function matchesAtCommas(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i)) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (m) { out.push(m); i += m[0].length; } else i++;
  }
  return out;
}

/** The indexes of a block's sentences that hold a cue word (none when the block holds none). */
function cueSentences(doc: Doc, bi: number, text: string): number[] {
  if (!CUE_WORDS.test(text)) return [];
  const out: number[] = [];
  doc.sentences(bi).forEach((sentence, si) => { if (CUE_WORDS.test(doc.clean.slice(sentence.start, sentence.end))) out.push(si); });
  return out;
}

export function findParaphrases(doc: Doc, parties: Parties, quotes: SpanIndex<RawQuote>): FoundParaphrase[] {
  const found: FoundParaphrase[] = [];
  doc.forEachProseBlock((bi) => {
    // every pattern needs one of a few words: a block with none of them is passed over at once
    const cued = doc.blockDerived(bi, 'cue sentences', (text) => cueSentences(doc, bi, text));
    if (cued.length === 0) return;
    const sentences = doc.sentences(bi);
    for (const si of cued) {
      const sentence = sentences[si];
      const s = doc.clean.slice(sentence.start, sentence.end);
      const at = (i: number): number => sentence.start + i;
      // where a source that closes the sentence begins (`…, according to a ministry release.`), and where its name begins; -1 if none
      let sourceAt = -1;
      let sourceNameAt = -1;
      const add = (contentStart: number, speaker: Party | null, cue: Span, minWords = 3, limit = sentence.end, ownClause = false): void => {
        // a report is a clause: past 800 characters a sentence without stops is read no further; the closing source is
        // not part of what was said
        const end = contentEnd(doc, quotes, contentStart, Math.min(limit, sourceAt > contentStart ? sourceAt : limit, contentStart + 800), ownClause);
        let start = contentStart;
        while (start < end && isSpace(doc.text[start])) start++;
        if (end <= start || !hasWords(doc.text.slice(start, end), minWords)) return;
        // inside a quote, no report: indirect speech is speech without quotation marks (guide §4), and a spokesperson's
        // quoted readout (`“They agreed that …”`) is the spokesperson's direct speech (the golds: 18 such reports are none, 4 are)
        // (but a named third person's words told inside it are reported speech: `“… President Biden said that the UK remains
        // America’s closest ally”`, `«… Putin stressed that …`: golds 8 yes; first persons and agreements stay out)
        if (quotes.at(start) && !(speaker?.person && SPEECH_VERB_FIRST.test(doc.clean.slice(cue.start, cue.end)))) return;
        found.push({ start, end, speaker, cue });
      };
      const speakerOf = (verbPos: number, participle: boolean): Party | null => {
        if (participle) {
          if (sentenceInitial(s, verbPos - sentence.start)) return mainSubject(doc, parties, verbPos, sentence);
          // `“…,” Wang said, noting that …`, `…, Li said, adding that …`: the subject of the cue right before the comma
          const cue = SAID_COMMA_BEFORE.exec(doc.clean.slice(Math.max(sentence.start, verbPos - 40), verbPos));
          const cued = cue ? parties.subjectBefore(verbPos - cue[0].length + cue[0].search(/\S/), sentence.start) : null;
          return cued ?? parties.sentenceSubject(sentence.start, verbPos);
        }
        const direct = parties.subjectBefore(verbPos, sentence.start);
        // (`… held in Minsk and noted that`: the verb is coordinated)
        if (direct && !endsInAnd(doc, direct)) return direct;
        // a coordinated verb (`… and noted that`, `… but emphasized that`) or a relative clause (`…, who also noted`) shares the subject
        const before = doc.clean.slice(Math.max(sentence.start, verbPos - 200), verbPos);
        if (/(?:\band|\bbut|,)\s*(?:also\s+|then\s+)?$/i.test(before) || /\bwho\s+(?:also\s+)?$/i.test(before)) {
          // inside `X, who … and noted`, the subject is who the relative clause is about
          const who = /,\s*who\b/i.exec(before);
          if (who) {
            const antecedent = parties.subjectBefore(sentence.start + who.index, sentence.start);
            if (antecedent) return antecedent;
          }
          return parties.sentenceSubject(sentence.start, verbPos);
        }
        return null;
      };

      const lower = s.toLowerCase();
      const starts = startsOf(s, lower);
      // `…, according to a statement issued by Spokeswoman X.`: the source closes the sentence
      const tail = starts.any & P_ACCORDING && lower.includes('according to') ? TRAILING_ACCORDING.exec(s) : null;
      // (the source runs to the sentence's end: no comma or quotation after it, a name's length)
      const source = tail ? s.slice(tail.index + tail[0].length) : '';
      if (tail && source.length <= 120 && !/[,;:“”"«»]/.test(source) && !quotes.overlapping(sentence.start, at(tail.index))) {
        sourceAt = at(tail.index);
        sourceNameAt = at(tail.index + tail[0].length);
      }
      const foundBefore = found.length;
      // (a pattern none of whose first words the sentence holds is not tried, nor its word filter)
      // (the loops below are indexed: the matches are arrays, and no iterator need be made for them)
      const thatCues = (starts.any & (P_THAT | P_STANCE) && lower.includes('that')) || (starts.any & P_HOW && lower.includes(' how')) ? thatCuesOf(s, lower, starts) : NONE;
      for (let k = 0; k < thatCues.length; k++) {
        const m = thatCues[k];
        const verbPos = at(m.index);
        const participle = /ing$/i.test(m[1]);
        // `“We said that …”`: a speaker's own words, not a report
        if (quotes.contains(verbPos) && isFirstPerson(s, m.index)) continue;
        // `It should be noted that …`: an impersonal passive reports no one; but `It was pointed out that …` in a
        // readout reports the meeting, by whom the text does not say (`It was agreed that …` records a decision: a commitment)
        if (PASSIVE_AUX.has((lastWord(s.slice(Math.max(0, m.index - 20), m.index)) ?? '').toLowerCase())) {
          const lead = Math.max(0, m.index - 20);
          const itWas = /\bit\s+was\s+(?:also\s+)?$/i.exec(s.slice(lead, m.index));
          if (itWas && m[1].toLowerCase() !== 'agreed' && !quotes.contains(verbPos) && !parties.inSomeonesWords(verbPos)) {
            const contentStart = at(m.index + m[0].length);
            add(contentStart, null, { start: at(lead + itWas.index), end: contentStart });
          }
          continue;
        }
        // `We are confident that …`: a speaker's own stance, not a report of speech
        if (/^(?:is|was|are|were|remain)/i.test(m[1]) && isFirstPerson(s, m.index)) continue;
        // `agreed on many agreements that will be signed …`: a `that` with a verb right after it, past an object, opens a
        // relative clause of the object, not what was said
        if (m[2] && RELATIVE_VERB_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        const contentStart = at(m.index + m[0].length);
        // `Underlining that …, President Erdoğan stated …`: the participial clause ends at its comma
        const comma = participle && sentenceInitial(s, m.index) ? s.indexOf(',', m.index + m[0].length) : -1;
        add(contentStart, speakerOf(verbPos, participle), { start: verbPos, end: contentStart }, 3, comma >= 0 ? at(comma) : undefined);
      }
      const according = starts.any & P_ACCORDING && (lower.includes('according') || lower.includes(' by ') || lower.includes(' of ') || /\b(?:words|view|opinion),/.test(lower)) && mayReportAccording(lower) ? matchesAt(ACCORDING_AT, s, starts, P_ACCORDING) : NONE;
      for (let k = 0; k < according.length; k++) {
        const m = according[k];
        const pos = at(m.index);
        if (quotes.contains(pos)) continue;
        const comma = s.indexOf(',', m.index + m[0].length);
        if (comma < 0) continue;
        // `In his words, …`: the possessive stands for the speaker
        const possessive = /^in$/i.test(m[0].trim()) ? /^(?:his|her|their)\b/i.exec(s.slice(m.index + m[0].length)) : null;
        const from = at(m.index + m[0].length);
        // (figures are no one's words: `According to government statistics, South Africa is home to …`)
        if (!possessive && DATA_SOURCE.test(s.slice(m.index + m[0].length, comma))) continue;
        const speaker = possessive ? parties.subjectFrom(from, from + possessive[0].length) : parties.subjectFrom(from, at(comma));
        if (!speaker) continue;
        // (`According to Kyodo News and Reuters, President Trump said in his opening remarks, "…"`: the source relays a report
        // with its own speaker and quotation, no content of its own)
        if (relaysQuote(s.slice(comma + 1, comma + 200))) continue;
        // (the source's office in apposition is no part of what they said: `According to Marcelo Baumbach, Lula's spokesman,
        // the Brazilian president …`)
        const office = speaker.person?.roles.find((r) => r.start > at(comma) && r.start - at(comma) <= 30 && s[r.end - at(0)] === ',');
        add(office ? office.end + 1 : at(comma + 1), speaker, { start: pos, end: speaker.end });
      }
      // `As Prime Minister Modi has said, we consider …`: the source fronts the sentence (not the speaker's own `As I said,`)
      // (anchored at the sentence's start: a sentence that does not open with `as` fails at once)
      const asSaid = AS_SAID.exec(s);
      if (asSaid && !FIRST_PERSON_SOURCE.test(asSaid[1]) && !quotes.contains(at(asSaid.index))) {
        const from = at(asSaid[0].search(/as\s/i));
        const verbPos = at(asSaid[0].lastIndexOf(asSaid[2]));
        const speaker = parties.subjectFrom(from + 3, verbPos);
        const before = found.length;
        if (speaker) add(at(asSaid[0].length), speaker, { start: from, end: verbPos + asSaid[2].length });
        if (found.length > before) found[found.length - 1].recalled = true;
      }
      // (a start word of a pattern is one of the words its word filter looks for: where the start
      // filter has passed, a word filter would pass too, and is not run)
      const said = starts.any & P_SAID ? matchesAt(SAID_CLAUSE_AT, s, starts, P_SAID) : NONE;
      for (let k = 0; k < said.length; k++) {
        const m = said[k];
        const verbPos = at(m.index);
        if (quotes.contains(verbPos) || /[”"’»],?$/.test(trimEndWhere(s.slice(Math.max(0, m.index - 20), m.index), isSpace))) continue;
        // `The President started by saying he thought …`: a participle has the sentence's subject
        const speaker = /^(?:saying|adding)$/i.test(m[1]) ? speakerOf(verbPos, true) : speakerOf(verbPos, false);
        if (!speaker) continue;
        // `said he believes that …`: the content is what he believes
        let contentStart = at(m.index + m[0].length);
        const inner = /^(?:he|she|they|we)\s+(?:also\s+)?(?:believes|believed|thinks|thought|hopes|hoped|feels|felt|is\s+confident|was\s+confident|is\s+convinced|was\s+convinced|is\s+sure|was\s+sure)\s+that\s+/i.exec(doc.clean.slice(contentStart, sentence.end));
        if (inner) contentStart += inner[0].length;
        add(contentStart, speaker, { start: speaker.start, end: verbPos + m[1].length });
      }
      const saidNp = starts.any & P_SAID_NP ? matchesAt([SAID_NP_CLAUSE_AT, SAID_NOUN_PAST_AT, SAID_NOUN_PRESENT_AT, SAID_PARTIES_PRESENT_AT], s, starts, P_SAID_NP) : NONE;
      for (let k = 0; k < saidNp.length; k++) {
        const m = saidNp[k];
        const verbPos = at(m.index);
        if (quotes.contains(verbPos) || /[”"’»],?$/.test(trimEndWhere(s.slice(Math.max(0, m.index - 20), m.index), isSpace))) continue;
        // (the pattern reads case-blind: the name before a verb in -s must really be capitalized: `Nigeria occupies`, `the UAE looks`)
        const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 120);
        if (!AUX_AHEAD.test(rest) && !/^(?:the\s+)?[A-Z]|^the\s+two\s|^(?:his|her|their|its|our)\s+[a-z]+\s+[a-z]{2,}(?:[^s\s]s|ed)\s/.test(rest) && !(CLAUSE_VERB.test(m[1]) && NOUN_THEN_PAST_START.test(rest))
          && !(SAID_ONLY.test(m[1]) && (NOUN_THEN_PRESENT_START.test(rest) || PLURAL_PARTIES_THEN_VERB_START.test(rest)))) continue;
        // (`…, said the Ministry of Foreign Affairs in a statement.`: the verb before its source closes the sentence, a cue)
        if (INVERTED_SOURCE.test(rest)) continue;
        // (`…, saying the participation of his deputy … was a sign …`: a participle's subject is its sentence's)
        const speaker = speakerOf(verbPos, /ing$/i.test(m[1]));
        // the words after the verb are no name (`said Wang Yi, who is …` is a cue after a quote)
        if (!speaker || parties.subjectFrom(at(m.index + m[0].length), at(m.index + m[0].length) + 1)?.person) continue;
        // (`said Friday Kuwait is keen …`: news copy's day after the verb is no part of what was said)
        const day = DAY_AFTER_VERB.exec(rest);
        add(at(m.index + m[0].length + (day ? day[0].length : 0)), speaker, { start: speaker.start, end: verbPos + m[1].length });
      }
      // `He said Wong, who arrived here on Tuesday …, was as committed …`: a name and its relative clause in commas, then the
      // name's verb, is what was said (where `said Wang Yi, who is …` with no verb after is a cue)
      const saidNameWho = starts.any & P_SAID_NP ? matchesAt(SAID_NAME_WHO_AT, s, starts, P_SAID_NP) : NONE;
      for (let k = 0; k < saidNameWho.length; k++) {
        const m = saidNameWho[k];
        const verbPos = at(m.index);
        const content = m.index + m[0].length;
        const who = /,\s+who\s/.exec(s.slice(content, content + 100));
        if (quotes.contains(verbPos) || !who || !relativeThenVerb(s, content + who.index + who[0].length - 1)) continue;
        const speaker = speakerOf(verbPos, false);
        if (speaker) add(at(content), speaker, { start: speaker.start, end: verbPos + m[1].length });
      }
      // `<content>, X said` / `<content>, according to X.`: the sentence up to the comma, past a lead-in, is reported
      const addBeforeComma = (commaPos: number, speaker: Party, cue: Span): void => {
        const start = leadingIntroEnd(s, sentence.start);
        if (start >= commaPos || !hasWords(doc.text.slice(start, commaPos), 3)) return;
        // (a source before the comma is no content: `According to Kyodo News and Reuters, President Trump said …`)
        if (SOURCE_OPENING.test(doc.text.slice(start, commaPos))) return;
        found.push({ start, end: trimEnd(doc.text, start, commaPos), speaker, cue });
      };
      // (the verb of `, he said, ` is a whole word that starts SAID_CLAUSE too)
      const parenthetical = starts.any & P_SAID && lower.includes(',') ? matchesAtCommas(PARENTHETICAL_CUE_AT, s) : NONE;
      for (let k = 0; k < parenthetical.length; k++) {
        const m = parenthetical[k];
        const verbPos = at(m.index + m[0].indexOf(m[1], 2));
        if (quotes.contains(verbPos)) continue;
        const speaker = parties.subjectBefore(verbPos, at(m.index + 1));
        if (!speaker) continue;
        // `China and Russia will hold …, Xi said, and strive for …`: a verb joined by `and` goes on with the report before the
        // cue, whose subject is before it; that report is the clause before the comma
        if (/^and\s+\p{Ll}/u.test(s.slice(m.index + m[0].length))) {
          addBeforeComma(at(m.index), speaker, { start: speaker.start, end: verbPos + m[1].length });
          continue;
        }
        const before = found.length;
        add(at(m.index + m[0].length), speaker, { start: speaker.start, end: verbPos + m[1].length }, 3, sentence.end, true);
        // `The meeting, the DFA said, was also an avenue …`: the cue splits its clause; the report starts with the subject
        if (found.length > before && VERB_FIRST_WORD.test(s.slice(m.index + m[0].length))) found[found.length - 1].start = leadingIntroEnd(s, sentence.start);
      }
      const trailing = starts.any & P_TRAILING_VERB && lower.includes(',') ? matchesAtCommas(TRAILING_CUE_AT, s) : NONE;
      for (let k = 0; k < trailing.length; k++) {
        const m = trailing[k];
        const commaPos = at(m.index);
        const verbPos = at(m.index + m[0].length - m[2].length);
        // (a quotation the cue closes is attributed as a quote; words woven into the sentence leave it a report: `South Africa
        // seeks “continued frank engagements” … “based on mutual respect,” Foreign Minister Ronald Lamola said`)
        if (!onlyWovenQuotes(doc.clean, quotes, sentence.start, verbPos)) continue;
        // (`…, the Maldives and Sri Lanka in a joint statement said yesterday`: the document they said it in stands before the verb)
        const inDocument = IN_DOCUMENT_BEFORE.exec(doc.clean.slice(commaPos, verbPos));
        const speaker = parties.subjectBefore(verbPos - (inDocument ? inDocument[0].length : 0), commaPos + 1);
        // (the subject right after the comma and its closing mark, if any)
        const mark = m[0].length > 1 && !isSpace(m[0][1]) ? 1 : 0;
        if (!speaker || speaker.start > commaPos + 2 + mark) continue;
        // what follows the verb is the setting (`as he met with …`) or the end, not more content; `told` first
        // has its listener (`…, he told Taran, who …`, `…, she told reporters.`)
        let rest = s.slice(m.index + m[0].length);
        if (m[2].length === 4 && m[2].toLowerCase() === 'told') {
          const listener = TOLD_LISTENER.exec(rest);
          if (!listener) continue;
          rest = rest.slice(listener[0].length);
        }
        if (!TRAILING_CUE_END.test(rest) && !AGENCY_CREDIT.test(rest)) continue;
        // (`According to RTS, Vucic said during the conversation that …`: the setting leads to the verb's own clause)
        if (SETTING_THEN_THAT.test(rest)) continue;
        // (the report keeps the woven words' closing mark: `… “based on mutual respect,”`)
        addBeforeComma(commaPos + (mark ? 2 : 0), speaker, { start: speaker.start, end: verbPos + m[2].length });
      }
      // `<content>, said visiting Chinese Assistant Foreign Minister Kong Xuanyou.`: the verb before its subject
      const inverted = starts.any & P_TRAILING_VERB && lower.includes(',') ? matchesAtCommas(INVERTED_CUE_AT, s) : NONE;
      for (let k = 0; k < inverted.length; k++) {
        const m = inverted[k];
        const commaPos = at(m.index);
        const verbPos = at(m.index + m[0].indexOf(m[1], 1));
        if (!onlyWovenQuotes(doc.clean, quotes, sentence.start, verbPos)) continue;
        // (the subject runs to the setting or the end: `…, said Kong during his visit from Aug. 9 to 11.`)
        const rest = s.slice(m.index + m[0].length);
        const subjectEnd = rest.search(INVERTED_SUBJECT_END);
        if (subjectEnd <= 0) continue;
        const speaker = parties.subjectFrom(at(m.index + m[0].length), at(m.index + m[0].length + subjectEnd));
        if (!speaker?.person || !TRAILING_CUE_END.test(rest.slice(subjectEnd)) || !namesOnly(rest.slice(0, subjectEnd))) continue;
        addBeforeComma(commaPos, speaker, { start: verbPos, end: speaker.end });
      }
      const emotion = starts.any & P_EMOTION ? matchesAt(EMOTION_AT, s, starts, P_EMOTION) : NONE;
      for (let k = 0; k < emotion.length; k++) {
        const m = emotion[k];
        const verbPos = at(m.index);
        if (quotes.contains(verbPos) || isFirstPerson(s, m.index)) continue;
        // `expressed concern that …` is read by the that-clause pattern
        if (/^\s*\S+\s+that\b/i.test(s.slice(m.index + m[0].length))) continue;
        add(at(m.index + m[0].length), speakerOf(verbPos, /ing$/i.test(m[1])), { start: verbPos, end: at(m.index + trimEndWhere(m[0], isSpace).length) }, 2);
      }
      const objectCues = starts.any & P_OBJECT ? matchesAt(OBJECT_CUE_AT, s, starts, P_OBJECT) : NONE;
      for (let k = 0; k < objectCues.length; k++) {
        const m = objectCues[k];
        const verbPos = at(m.index);
        if (quotes.contains(verbPos) || isFirstPerson(s, m.index)) continue;
        const participle = /ing$/i.test(m[1]);
        // `“…,” stressed the Belarusian leader`: the verb of a quote's cue, its object the speaker
        if (/[”"’»],?$/.test(trimEndWhere(s.slice(Math.max(0, m.index - 6), m.index), isSpace))) continue;
        // (a participle not opening its clause is an adjective, not a participial clause)
        if (participle && !/(?:^|[,;]|\band)\s*$/i.test(s.slice(0, m.index))) continue;
        const object = s.slice(m.index + m[0].length);
        // `stressed and highlighted the special significance …`: the object is the second verb's (its own match); `underlining
        // the principled position of Armenia that …`: the that-clause is what was said (the that-cue reads it)
        if (COORDINATED_VERB.test(object) || NOUN_THAT.test(object)) continue;
        add(at(m.index + m[0].length), speakerOf(verbPos, participle), { start: verbPos, end: at(m.index + trimEndWhere(m[0], isSpace).length) }, 2);
      }
      const urge = starts.any & P_URGE ? matchesAt(URGE_CUE_AT, s, starts, P_URGE) : NONE;
      for (let k = 0; k < urge.length; k++) {
        const m = urge[k];
        if (!toWithinWords(s, m.index + m[0].length, 12)) continue;
        const verbPos = at(m.index);
        if (quotes.contains(verbPos) || isFirstPerson(s, m.index)) continue;
        // (`…, with Rajji urging Araghchi to …`: a circumstance of the report before it, not a report of its own)
        if (WITH_SOMEONE_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
        add(at(m.index + m[0].length), speakerOf(verbPos, /ing$/i.test(m[1])), { start: verbPos, end: at(m.index + trimEndWhere(m[0], isSpace).length) });
      }
      const statement = starts.any & P_STATEMENT && (lower.includes('statement') || lower.includes('remark') || lower.includes('comment')) ? matchesAt(STATEMENT_BACK_AT, s, starts, P_STATEMENT) : NONE;
      for (let k = 0; k < statement.length; k++) {
        const m = statement[k];
        const verbPos = at(m.index);
        if (quotes.contains(verbPos)) continue;
        const speaker = parties.subjectBefore(verbPos, sentence.start);
        const prev = previousSentence(doc, bi, sentence);
        if (!speaker || !prev || quotes.overlapping(prev.start, prev.end)) continue;
        found.push({ start: prev.start, end: trimEnd(doc.text, prev.start, prev.end), speaker, cue: { start: speaker.start, end: at(m.index + m[0].length) } });
      }
      // the source that closes the sentence reports what comes before it, unless the sentence reports someone itself
      // (`The two ministers stressed the results of …, according to a ministry release`: the ministers' report)
      if (sourceAt >= 0 && found.length === foundBefore) {
        const speaker = parties.subjectFrom(sourceNameAt, sentence.end);
        if (speaker) addBeforeComma(sourceAt, speaker, { start: sourceAt + 1, end: speaker.end });
      }
    }
  });
  // a headline that reports (`Safadi says establishing Palestinian state 'only guarantee' to regional peace`, `FM says
  // priority now must be ending war on Gaza`): headlines drop `that` and verbs, so what follows `says` is the report
  for (const b of doc.blocks) {
    if (b.kind !== 'heading') continue;
    const m = HEADLINE_SAYS.exec(doc.clean.slice(b.start, b.end));
    if (!m) continue;
    const start = b.start + m[0].length;
    const end = trimEnd(doc.text, start, b.end);
    if (quotes.at(start) || !hasWords(doc.text.slice(start, end), 3)) continue;
    const verbEnd = b.start + m[1].length + m[2].length;
    const speaker = parties.subjectBefore(b.start + m[1].length, b.start);
    if (speaker) found.push({ start, end, speaker, cue: { start: speaker.start, end: verbEnd } });
  }
  return dedupe(found, doc.clean);
}
/** A verb of speaking that opens a cue (inside a quotation, a third person's report): `said that`, `stressed that`. */
const SPEECH_VERB_FIRST = /^(?:said|says|stressed|underlined|underscored|emphasi[sz]ed|noted|stated|recalled|told|added|explained|highlighted|reiterated|pointed\s+out)\b/i;
/** A headline's short subject, `says`, and the report: `EU Commission chief says ready to work with …`. */
const HEADLINE_SAYS = /^([^\s,;:]+(?:\s+[^\s,;:]+){0,6}?)(\s+says)\s+(?:that\s+)?/;


/**
 * The reported clause ends at the sentence's end or earlier: a colon, a semicolon, `, adding`, `and thanked`, a
 * quote. `ownClause`: the content is a clause with its own subject, set off by a parenthetical cue (`On climate, she said, the President applauded … and congratulated …`): a verb
 * after `and` is still that subject's, not the reporter's next act.
 */
function contentEnd(doc: Doc, quotes: SpanIndex<RawQuote>, start: number, sentenceEnd: number, ownClause = false): number {
  const { text: s, quoteCut } = withEmbeddedQuotes(doc, quotes, start, sentenceEnd);
  let end = quoteCut;
  const cut = (i: number): void => { if (i >= 0 && i < end) end = i; };
  // (`search`: no match array is made)
  cut(s.search(STOP_MARK));
  cut(s.search(STOP_COMMA));
  cut(butStop(s));
  cut(s.search(STOP_WITH));
  if (!ownClause) cut(s.search(STOP_AND));
  cut(s.search(STOP_AND_ASIDE));
  cut(s.search(STOP_MAIN_CLAUSE));
  // (a clause cut before a quotation after `and` leaves the `and`)
  const dangling = DANGLING_CONJUNCTION.exec(s.slice(Math.max(0, end - 6), end));
  if (dangling) end -= dangling[0].length;
  return trimEnd(doc.text, start, start + end);
}
const DANGLING_CONJUNCTION = /\s(?:and|or|but)\s*$/i;

/**
 * The clause from `start` with the quotations it runs into blanked out, so that no stop is read inside them, and where
 * the first other quotation cuts it. A quotation right after a word is part of the reported clause (`the two men held
 * “a good conversation by telephone this afternoon”`: 20 of the 26 such golds keep it); one that opens the content, or
 * follows a comma or a colon, is the speaker's own words and ends it.
 */
function withEmbeddedQuotes(doc: Doc, quotes: SpanIndex<RawQuote>, start: number, limit: number): { text: string; quoteCut: number } {
  let text = doc.clean.slice(start, limit);
  for (let q = quotes.overlapping(start, limit); q; q = quotes.overlapping(q.end, limit)) {
    // (content read from inside a quotation is not cut by it)
    if (q.start < start) break;
    if (q.start === start || q.end > limit || !runsInto(doc.clean, start, q)) return { text, quoteCut: q.start - start };
    // (letters, not spaces: a stop such as ` and thanked` after the quotation must still find a word before it)
    text = text.slice(0, q.start - start) + 'x'.repeat(q.end - q.start) + text.slice(q.end - start);
  }
  return { text, quoteCut: text.length };
}
/**
 * Whether the clause runs into the quotation: a word of the clause's own right before it (`said Australia was “our
 * closest …”`, `said that they “agreed to leave …”`: the golds keep the report around the quoted words), and the
 * quotation goes on in lower case (a fragment, not a sentence of its own: `the need for unity "If we all play together …"`)
 * with no conjunction.
 */
function runsInto(clean: string, from: number, q: RawQuote): boolean {
  let i = q.start;
  while (i > from && isSpace(clean[i - 1])) i--;
  if (!(i > from && LETTER_OR_DIGIT.test(clean[i - 1]))) return false;
  // (after `and`, the quotation is a clause of its own: `the visit comes at an important time and “allowed us to …”`)
  if (CONJUNCTION_BEFORE.test(clean.slice(Math.max(from, i - 5), i))) return false;
  const first = clean[q.innerStart];
  if (!(first === '[' || (first !== undefined && first !== first.toUpperCase()))) return false;
  // (a quotation that opens with a conjunction adds to a clause already whole: `had planned a two-day visit “with the
  // war … on the agenda”`, `remembered at times like this “because he did so much …”`)
  return !ADJUNCT_START.test(clean.slice(q.innerStart, q.innerStart + 12));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ADJUNCT_START = /^(?:with|because|as|since|while|whereas|although|though)\b/;
const CONJUNCTION_BEFORE = /\b(?:and|or|but)$/i;

const CONTENT_END_MARK = /[\s.,;:!?…]/;
function trimEnd(text: string, start: number, end: number): number {
  end = wholeCharacterEnd(text, end);
  while (end > start && CONTENT_END_MARK.test(text[end - 1])) end--;
  return end;
}

/** Whether every quotation between `from` and `to` is words woven into the clause that starts at `from` (none: true). */
function onlyWovenQuotes(clean: string, quotes: SpanIndex<RawQuote>, from: number, to: number): boolean {
  for (let q = quotes.overlapping(from, to); q; q = q.end < to ? quotes.overlapping(q.end, to) : null) {
    if (q.start < from || !isWovenFragment(clean, from, q)) return false;
  }
  return true;
}

/** Where the reported content of `<…>, X said` starts: after an opening `Regarding …,` or `On …,` phrase. */
function leadingIntroEnd(s: string, offset: number): number {
  // (a dateline glued to the lead is no content either: `MANILA, Philippines — …`)
  // (and so is a page's stamp glued before it: ` date 2019-09-05 Maldivian President …`)
  const from = datelineLength(s);
  const intro = /^(?:(?:regarding|concerning|on|as\s+for|speaking\s+(?:about|of|on))\s+[^,\s][^,]{0,59},\s*)/i.exec(s.slice(from));
  return offset + from + (intro ? intro[0].length : 0);
}

function sentenceInitial(s: string, i: number): boolean {
  return i <= 4 && /^[\s"“]*$/.test(s.slice(0, i));
}

/** A cue verb and a comma right before a participle: ` said, ` in `…, Li said, adding that …`. */
const SAID_COMMA_BEFORE = /\s(?:also\s+)?(?:said|added|noted|stressed|stated|remarked|explained|told\s+\w+),\s*$/;

/** For a sentence-initial participle (`Expressing concern that …, the Prime Minister …`): the main clause's subject. */
function mainSubject(doc: Doc, parties: Parties, verbPos: number, sentence: Span): Party | null {
  const rest = doc.clean.slice(verbPos, Math.min(sentence.end, verbPos + 400));
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  return parties.sentenceSubject(verbPos + comma + 1, sentence.end);
}

const FIRST_PERSON_BEFORE = /\b(?:I|we|We)\s+(?:\p{Ll}+\s+){0,2}$/u;
function isFirstPerson(s: string, i: number): boolean {
  return FIRST_PERSON_BEFORE.test(s.slice(Math.max(0, i - 30), i));
}

function previousSentence(doc: Doc, block: number, sentence: Span): Span | null {
  const ss = doc.sentences(block);
  const i = ss.findIndex((x) => x.start === sentence.start);
  return i > 0 ? ss[i - 1] : null;
}

/** The same content reported twice (nested cues of one speaker) is one paraphrase: the outer one. */
function dedupe(found: FoundParaphrase[], clean: string): FoundParaphrase[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundParaphrase[] = [];
  for (const p of found) if (!isDuplicate(out, p, clean)) out.push(p);
  return out;
}

/** Whether p repeats one of the last kept paraphrases: paraphrases only nest within one sentence, so the last few are the only possible hosts. */
const AGREED_WORD = /\bagreed\b/i;
function isDuplicate(out: FoundParaphrase[], p: FoundParaphrase, clean: string): boolean {
  // (what was agreed, inside someone's report of it, is part of that report: `They agreed progress has been made …, Downing Street said`)
  const agreed = AGREED_WORD.test(clean.slice(p.cue.start, p.cue.end));
  for (let i = Math.max(0, out.length - 6); i < out.length; i++) {
    const o = out[i];
    if (agreed && p.start >= o.start && p.end <= o.end && p.cue.start >= o.start) return true;
    // (or no one's, inside someone's: `adding that it was confirmed at the talks that the embassy would stay open`)
    if ((o.start === p.start && o.end === p.end) || (p.start >= o.start && p.end <= o.end && (samePartyOf(o.speaker, p.speaker) || !p.speaker))) return true;
  }
  return false;
}

function samePartyOf(a: Party | null, b: Party | null): boolean {
  if (!a || !b) return a === b;
  return a.person ? a.person === b.person : a.label === b.label;
}

