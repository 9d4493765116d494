// Commitments (guide §5): statements that a party will, must, or has agreed to take a future
// action, with their kind (agreement, pledge, intention, obligation), trigger, actor and the quote
// they sit in. Past, descriptive, hedged and hoped-for statements, demands on others, scheduled
// events with no actor and courtesies (`I would like to thank`) are not commitments.
import type { Doc } from './doc';
import type { CommitmentKind, Span } from './model';
import type { Party, Parties } from './parties';
import { endsInAnd, isGenericPolity } from './parties';
import type { SpanIndex } from './spanIndex';
import type { RawQuote } from './quotes';
import { isWovenFragment } from './quotes';
import type { FoundParaphrase } from './speech';
import { isLetter, isSpace, lastMatch, lastWord, trimEndWhere, wholeCharacterEnd } from './textTrim';
import { EVENT_NOUNS, FUNCTION_WORDS } from './lexicon/words';
import { ASIDE_CUE_VERBS } from './lexicon/reportingVerbs';

export interface FoundCommitment extends Span {
  kind: CommitmentKind;
  trigger: Span;
  actor: Party | null;
  /** The quote it sits in, or null. */
  quote: RawQuote | null;
}

interface TriggerRule {
  kind: CommitmentKind;
  re: RegExp;
  /** The words (lower case) the pattern can start with; `'ll`, `’m`… start inside a word. */
  starts: string[];
  /** The trigger needs an agent as subject (`it is necessary to` does not). */
  needsAgent: boolean;
  /** A noun whose owner or article and adjectives before it open the span (`Our shared task is to …`). */
  nounFirst?: boolean;
  /** Only several parties acting together commit so (`The Presidents directed officials to …`; one leader's order is not). */
  joint?: boolean;
  /** The trigger holds the whole action, its object too (`assured him of Malawi’s full support`): nothing need follow. */
  whole?: boolean;
  /** The trigger opens with the document it names (`memorandum was signed`): the document's article opens the span. */
  documentFirst?: boolean;
}

const DOC_NOUN_WORDS = 'agreement agreements memorandum memoranda treaty treaties declaration declarations protocol protocols contract contracts deal deals compact compacts accord accords roadmap plan programme program document documents statement statements communiqué communique communiqués charter convention conventions arrangement arrangements mou mous mou’s moa'.split(' ');
const DOC_NOUNS = [...DOC_NOUN_WORDS, 'road\\s+map'].join('|');
/** Nouns of work done together: what one looks forward to, is ready for or aims at (`further cooperation`). */
const JOINT_WORK_NOUNS = 'cooperation|co-operation|dialogue|consultations|discussions|engagement|collaboration|exchanges|communication|coordination|partnership|contacts|interaction|negotiations|talks';
/** The adjectives a stated need may take (`the urgent need to …`). */
const NEED_ADJECTIVE = '(?:urgent|pressing|continued|continuing|growing|absolute|real|critical|vital)';
/** Words that make an action needed, with an adverb before them: `(especially) important`, `necessary`. */
const IMPORTANCE = '(?:(?:especially|particularly|very|extremely|equally|also|even\\s+more)\\s+)?(?:important|necessary|essential|vital|crucial|imperative)';

const RULES: TriggerRule[] = [
  // `Minister Baldwin announced £22m of new UK aid funding`, `committed NZ$16.5 million to …`: money set aside is promised
  { kind: 'pledge', re: /\b(?:announced|announces|committed|commits|pledged|earmarked|allocated)\s+(?:an?\s+(?:new\s+|further\s+|additional\s+)?)?(?:[A-Z]{0,3}[£$€¥]|US\$|USD\s?|EUR\s?)\s?\d/g, starts: 'announced announces committed commits pledged earmarked allocated'.split(' '), needsAgent: true, whole: true },
  // `expressed their will to strengthen …`, `his country's will to strive …`: the noun, after an owner or a determiner (the
  // modal `will` has none before it)
  { kind: 'intention', re: /(?<=(?:\b(?:their|his|her|its|our|my|the|a|political|firm|strong|shared|common|joint)|['’]s)\s)will\s+to\b(?=\s+[a-z])/gi, starts: ['will'], needsAgent: true },
  // (a day or a month may stand between: `agreed yesterday to strengthen …`, `agreed in February to hold …`)
  // (and not to do something: `agreed not to politicize development assistance`; and the participle of an absolute phrase,
  // `with the leaders agreeing to come up with …`)
  // (or a manner: `agreed in principle to upgrade …`, `agreed unanimously to …`)
  { kind: 'agreement', re: /\b(?:agreed|agree|agrees|agreeing(?=\s+(?:to|that)\b))\s+(?:here\s+)?(?:(?:in\s+principle|unanimously|jointly|formally|further|fully|mutually|tentatively)\s+)?(?:(?:yesterday|today|earlier|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|last\s+(?:week|month|year))\s+)?(?:in\s+(?!principle\b)[a-z][\w-]*\s+)?(?:not\s+(?=to\b))?(?:to|on|upon|that|about)\b/gi, starts: 'agreed agree agrees agreeing'.split(' '), needsAgent: true },
  // (an aside in commas may stand before the `to`: `agreed, through the mediation of the OSCE Minsk Group, to start …`,
  // `the sides agreed, in particular, to hold consultations …`)
  { kind: 'agreement', re: /\b(?:agreed|agree|agrees),\s[^,.;:“”"]{1,60},\s+to(?=\s+[a-z]{2,}\b)/gi, starts: 'agreed agree agrees'.split(' '), needsAgent: true },
  // `The two ministers confirmed to enhance coordination …`: Japanese readouts' word for agreeing to act
  { kind: 'agreement', re: /\bconfirmed\s+to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|this|that|these|those|reporters|journalists|media|press)\b)[a-z]{2,}\b)/g, starts: ['confirmed'], needsAgent: true },
  // `We agreed with the Serbian minister to strengthen …`, `agreed with Serbia to hold …`: agreeing with a party on an action
  // (or on what someone will do: `We’ve agreed with the President of Russia that you should take a look …`)
  { kind: 'agreement', re: /\b(?:agreed|agree|agrees)\s+with\s+(?:(?:the|his|her|their|its|our|my|your)\s+)?(?:[^\s.,;:]+\s+){0,3}?(?:counterparts?|ministers?|sides?|partners?|colleagues?|presidents?|governments?|delegations?|authorities|[A-Z\u00C0-\u00DE][^\s.,;:]*)(?:,\s[^,.;:]{1,60},)?\s+(?:to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|this|that|these|those)\b)[a-z]{2,}\b)|that\b)/g, starts: 'agreed agree agrees'.split(' '), needsAgent: true },
  { kind: 'agreement', re: /\breached\s+(?:an?\s+|the\s+)?(?:[^\s.,;:]+\s+){0,2}?(?:consensus|agreement|understanding)\b/gi, starts: 'reached'.split(' '), needsAgent: true },
  // `At the end of the conversation, an agreement was reached to continue …`: the passive names no one
  { kind: 'agreement', re: /\b(?:agreement|consensus|understanding)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?reached\s+(?:to|on)\b/gi, starts: 'agreement consensus understanding'.split(' '), needsAgent: false },
  { kind: 'agreement', re: /\bconcurred\s+(?:on|that|to|in)\b/gi, starts: 'concurred'.split(' '), needsAgent: true },
  // `They also consented to open new consulates`: consenting to an action is agreeing to it
  { kind: 'agreement', re: /\bconsent(?:ed|s)?\s+to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|this|that|these|those)\b)[a-z]{2,}\b)/gi, starts: 'consent consented consents'.split(' '), needsAgent: true },
  // `Kenyatta accepted the invitation` (to attend the inauguration): accepting an invitation promises the visit
  // (the one who invites may own it: `accepted Trump’s invitation to visit the US`)
  { kind: 'pledge', re: /\baccept(?:ed|s)?\s+(?:the|an|his|her|their|this|that|[A-Z][\w-]*['’]s)\s+(?:kind\s+|cordial\s+|official\s+)?invitation\b/gi, starts: 'accept accepted accepts'.split(' '), needsAgent: true, whole: true },
  // (`resolved to` as `decided to`: `We discussed … and resolved to continue working closely`; an aside in commas may
  // stand before the `to`: `resolved, in line with our shared values, to strengthen …`)
  { kind: 'agreement', re: /\b(?:decided\s+(?:to|that|on)|resolved(?:,\s[^,.;]{1,60},)?\s+to)\b/gi, starts: 'decided resolved'.split(' '), needsAgent: true },
  // (`The GUAM ministerial meeting adopted a decision on passing the chairmanship …`, `took the decision to …`)
  { kind: 'agreement', re: /\b(?:adopted|took|made)\s+(?:a|the)\s+(?:joint\s+|formal\s+)?decision\s+(?:to|on)\b/gi, starts: 'adopted took made'.split(' '), needsAgent: true },
  // (the document's name may be in quotation marks: `signed ‘Memorandum of Understanding between …’`)
  // (`inked` as news copy writes `signed`: `the Rajya Sabha on Tuesday inked an MoU with …`)
  // (and `exchanged` for the documents signed beforehand: `India and Sri Lanka exchanged key Memorandum of Understanding`)
  { kind: 'agreement', re: new RegExp(`\\b(?:signed|inked|exchanged)\\s+(?:an?\\s+|the\\s+|\\d+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|a\\s+number\\s+of\\s+)?(?:[^\\s.,;:]+\\s+){0,4}?[‘“"«']?(?:${DOC_NOUNS})\\b`, 'gi'), starts: 'signed inked exchanged'.split(' '), needsAgent: true },
  // (`Kovind and Duterte witnessed the signing of four agreements`: leaders who witness their governments sign agree)
  { kind: 'agreement', re: /\bwitnessed\s+the\s+signing\s+of\b/gi, starts: ['witnessed'], needsAgent: true },
  { kind: 'agreement', re: new RegExp(`\\b(?:${DOC_NOUNS})\\s+(?:(?:we|they|that|which)\\s+)?(?:(?:have|has|had|were|was|have\\s+been|has\\s+been|had\\s+been)\\s+)?(?:just\\s+)?(?:signed|inked)\\b`, 'gi'), starts: DOC_NOUN_WORDS, needsAgent: false, documentFirst: true },
  // `A Joint Declaration on Principles … was signed by the two Prime Ministers`: a document named before
  { kind: 'agreement', re: /\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|jointly\s+|successfully\s+)?(?:signed|inked)\b/gi, starts: 'was were has have'.split(' '), needsAgent: false },
  // `Cooperation in … was also agreed upon`, `A work program was agreed, to be implemented …`: an action agreed, named before the
  // passive (not `It was agreed that`, whose clause says what)
  // (`Cooperation on hydrography has also been agreed upon`: the adverb may stand before `been`)
  { kind: 'agreement', re: /\b(?:was|were|(?:has|have)\s+(?:also\s+)?been)\s+(?:also\s+|jointly\s+|further\s+)?agreed(?:\s+upon|\s+on)?(?=\s*[.;]|\s*$|,\s+to\s+be\s)/gi, starts: 'was were has have'.split(' '), needsAgent: false },
  // `the Presidents have instructed their respective Ministries of Foreign Affairs to each appoint …`, `The leaders tasked
  // their officials to …`, `The Presidents directed officials to …`: leaders who set their governments a joint task agree on it
  { kind: 'agreement', re: /\b(?:instructed|tasked|directed|mandated)\s+(?:their\s+(?:respective\s+)?|the\s+|relevant\s+)?(?:[^\s.,;:]+\s+){0,6}?to\s+(?=[a-z]{2,})/g, starts: 'instructed tasked directed mandated'.split(' '), needsAgent: true, joint: true },
  // `It was agreed that a meeting be held …`, `It was decided to refer it to …`: the meeting's decision, no one named
  // (`It was decided in principle to declare …`, `it was unanimously agreed that …`)
  { kind: 'agreement', re: /\b(?:it|this)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|further\s+|unanimously\s+)?(?:agreed(?:\s+upon)?|decided)(?:\s+and\s+recommended|\s+in\s+principle|\s+unanimously)?\s+(?:to|that)\b/gi, starts: ['it', 'this'], needsAgent: false },
  // `There is an agreement to this effect`, `there was a consensus on`
  { kind: 'agreement', re: /\bthere\s+(?:is|was)\s+(?:now\s+|already\s+)?(?:an?\s+)?(?:agreement|understanding|consensus)\s+(?:to|on|that)\b/gi, starts: ['there'], needsAgent: false },
  // `The leaders agreed the UK and European Union would also continue to …` (no `that`)
  { kind: 'agreement', re: /\bagreed(?=\s+(?:the\s+|both\s+)?[A-Z][^\s.,;:]*(?:\s+[^\s.,;:]+){0,5}?\s+(?:would|will|should|shall)\s)/g, starts: ['agreed'], needsAgent: true },
  // (`They agreed both sides would make joint efforts …`: the two sides named in lower case)
  { kind: 'agreement', re: /\bagreed(?=\s+(?:both\s+sides|both\s+countries|the\s+two\s+(?:sides|countries|governments))\s+(?:would|will|should|shall)\s)/g, starts: ['agreed'], needsAgent: true },
  // `assured the Prime Minister of the support of the African Union`
  // (`Assured him of India’s continued support to …`: a country's possessive too)
  // (and any words that qualify it: `assured him of Malawi’s bilateral and multi-lateral support`)
  { kind: 'pledge', re: /\b(?:re)?assured\s+(?:[^\s.,;:]+\s+){0,5}?of\s+(?:(?:the|its|his|her|their|our|[A-Z][\w-]*['’]s)\s+)?(?:(?!(?:of|to|for|in|on|with)\s)[a-z][\w-]*\s+){0,4}?(?:support|solidarity|commitment|readiness|assistance|cooperation|availability)\b/gi, starts: ['assured', 'reassured'], needsAgent: true, whole: true },
  // `conveyed India’s continued support for Sri Lanka’s economic rebuilding`: support handed to the other side is promised
  // (not a position restated, `reiterated India’s support for an inclusive government`, nor a view, `expressed support for`)
  { kind: 'pledge', re: /\bconvey(?:ed|s|ing)?\s+(?:(?:the|its|his|her|their|our|full|continued|unwavering|firm|strong|steadfast|unequivocal|total|further|[A-Z][\w-]*['’]s)\s+)*support\s+(?:for|to)\b/gi, starts: 'convey conveyed conveys conveying'.split(' '), needsAgent: true },
  // (`The Ministers agreed it was time to take the relationship to a new level`)
  { kind: 'agreement', re: new RegExp(`\\bagreed\\s+(?:that\\s+)?it\\s+(?:was|is|would\\s+be)\\s+(?:${IMPORTANCE}|time)\\s+to\\b`, 'gi'), starts: ['agreed'], needsAgent: true },
  { kind: 'pledge', re: /\b(?:will|shall)\s+continue\s+to\b/gi, starts: 'will shall'.split(' '), needsAgent: true },
  // `we will have to think …`: a duty to come is a duty, not a promise (`have to` is an obligation, guide §5)
  { kind: 'obligation', re: /(?:\b(?:will|shall)|['’]ll)\s+(?:also\s+|still\s+)?have\s+to\b/gi, starts: "will shall 'll ’ll".split(' '), needsAgent: true },
  // (`…, pledging to closely coordinate with him`: a participle after a comma shares the clause's subject)
  { kind: 'pledge', re: /\b(?:pledged?|pledges|vowed?|vows)\b|(?<=,\s)(?:pledging|vowing)\b/gi, starts: 'pledge pledged pledges vow vowed vows pledging vowing'.split(' '), needsAgent: true },
  // `He promised to visit Ghana before the end of the year`, `they affirmed to maintain close coordination`
  { kind: 'pledge', re: /\b(?:promised|promises|promise|affirmed|affirms)\s+to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|him|them|us|me|you|both|each|every|this|that|these|those)\b)[a-z]{2,}\b)/gi, starts: 'promised promises promise affirmed affirms'.split(' '), needsAgent: true },
  { kind: 'pledge', re: /\b(?:committed|commit|commits|recommitted)\s+(?:to|themselves|itself|himself|herself|ourselves|for)\b/gi, starts: 'committed commit commits recommitted'.split(' '), needsAgent: true },
  // `…, committing to spend above 2 percent`: a participle after a comma shares the clause's subject
  // (`the importance of partners committing to …` describes others)
  { kind: 'pledge', re: /(?<=,\s)committing\s+to\b/gi, starts: ['committing'], needsAgent: true },
  { kind: 'pledge', re: /(?:\b(?:is|are|am|remain|remains|stay|stays)\s+|['’](?:m|re|s)\s+)committed\b/gi, starts: "is are am remain remains stay stays 'm ’m 're ’re 's ’s".split(' '), needsAgent: true },
  { kind: 'pledge', re: /\bdetermined\s+to\b/gi, starts: 'determined'.split(' '), needsAgent: true },
  { kind: 'pledge', re: /\bresolute\b/gi, starts: 'resolute'.split(' '), needsAgent: true },
  // (`affirmed that the US support for Ukraine remains unfaltering` reports a state: no `that` before the noun)
  { kind: 'pledge', re: /\b(?:(?:re)?(?:affirm|confirm|iterat)(?:ed|es|e|s|ing)?|re-?emphasi[sz](?:ed|es|e|ing)|restat(?:ed|es|e|ing))\s+(?:(?!that\s)[^\s,;:]+\s+){0,3}?(?:commitments?|dedication)\b/gi, starts: 'restated restate restates restating reaffirm reaffirmed reaffirms reaffirming affirm affirmed affirms affirming confirm confirmed confirms confirming reconfirmed reiterate reiterated reiterates reiterating reemphasized reemphasised reemphasize reemphasise reemphasizes reemphasises re-emphasized re-emphasised'.split(' '), needsAgent: false },
  // (`France's undertaking to support …`: an undertaking is a commitment)
  { kind: 'pledge', re: /\b(?:commitments?|undertakings?)(?:\s+of\s+(?:the\s+)?[^\s.,;:]+(?:\s+[^\s.,;:]+){0,3}?)?\s+to\b/gi, starts: ['commitment', 'commitments', 'undertaking', 'undertakings'], needsAgent: true },
  { kind: 'pledge', re: /\bundert(?:ook|ake|akes)\s+to\b/gi, starts: 'undertook undertake undertakes'.split(' '), needsAgent: true },
  { kind: 'pledge', re: /\b(?:will|shall)\b|['’]ll\b/gi, starts: "will shall 'll ’ll".split(' '), needsAgent: true },
  { kind: 'intention', re: /\bgoing\s+to\b/gi, starts: 'going'.split(' '), needsAgent: true },
  // `President Bharrat Jagdeo is to pay a state visit …`, `The Heads of State … are to attend the Forum`: a party's arranged act
  { kind: 'pledge', re: /\b(?:is|are)\s+(?:also\s+)?to\s+(?=(?:pay|visit|attend|hold|sign|meet|travel|host|open|receive|lead|chair|co-chair|address|take\s+part)\b)/gi, starts: ['is', 'are'], needsAgent: true },
  // (`strive to` and `endeavour to` as `seek to`)
  { kind: 'intention', re: /\b(?:intends?|intended|intending|plans?|planned|planning|aims?|aiming|seeks?|seeking|preparing|strives?|striving|endeavou?rs?|endeavou?ring)\s+to\b/gi, starts: 'intend intends intended intending plan plans planned planning preparing aim aims aiming seek seeks seeking strive strives striving endeavour endeavours endeavouring endeavor endeavors endeavoring'.split(' '), needsAgent: true },
  { kind: 'intention', re: /\b(?:aims?|aiming)\s+at\b|\b(?:is|are|am)\s+set\s+to\b/gi, starts: 'aim aims aiming is are am'.split(' '), needsAgent: true },
  // (`I am keen, liebe Annalena, to work together`: a short address in commas may come between)
  // (a word of it may stand in marks: `Putin is “ready” to meet Trump`)
  { kind: 'intention', re: /\b(?:ready|eager|willing|prepared|keen|happy|glad|pleased)(?:,\s[^,.;:“”"\s][^,.;:“”"]{0,39},|[”"’])?\s+to\b/gi, starts: 'ready eager willing prepared keen happy glad pleased'.split(' '), needsAgent: true },
  // (`both countries are eager in further expanding …`, `Tanzania is keen on ensuring …`: keenness for an action in -ing)
  // (and the noun: `stressing its keenness on ensuring that the pilgrims …`)
  { kind: 'intention', re: /\b(?:eager|keen|eagerness|keenness)\s+(?:on|in)(?=\s+(?:further\s+)?[a-z]{3,}ing\b)/gi, starts: ['eager', 'keen', 'eagerness', 'keenness'], needsAgent: true },
  { kind: 'intention', re: /\b(?:looks?|looked|looking)\s+forward\s+to\b/gi, starts: 'look looks looked looking'.split(' '), needsAgent: true },
  { kind: 'intention', re: /\b(?:want|wants)\s+to\b/gi, starts: 'want wants'.split(' '), needsAgent: true },
  // (`The two ministers … wish to reinforce these further`; not `we wish to thank …`, a courtesy)
  // (and `Djibouti desires to strengthen its partnership with Kenya`: the verb of the noun `desire`)
  { kind: 'intention', re: /\b(?:wish|wishes|desires)\s+to\b/gi, starts: 'wish wishes desires'.split(' '), needsAgent: true },
  // `confirmed interest to visit Georgia`, `expressed interest in considering …`: an interest in one's own action
  // (`reconfirmed its interest in further development of …`: a further action, or its development, named by a noun)
  { kind: 'intention', re: /\b(?:expressed|expressing|(?:re)?confirmed|(?:re)?confirming|showed|voiced|reaffirmed|reaffirming|reiterated|reiterating)\s+(?:(?:their|his|her|its|our|a|strong|keen|great|mutual|common|shared)\s+){0,2}interest\s+(?:to(?=\s+[a-z]{2,}\b)|in(?=\s+(?:further\s+)?(?:[a-z]{3,}ing|development|expansion)\b))/gi, starts: 'expressed expressing confirmed confirming reconfirmed reconfirming showed voiced reaffirmed reaffirming reiterated reiterating'.split(' '), needsAgent: true },
  // `assured Fiji’s continued support for …`, `with assurances of his continued support`: a promise of support
  // (`gave assurance of the General Secretariat’s full support`: an owner of a few words)
  { kind: 'pledge', re: /\b(?:assured|assuring|(?:gave\s+|giving\s+)?assurances?\s+of)\s+(?:(?:(?:the\s+)?(?:[A-Z][^\s’']*\s+){0,3}[A-Z][^\s’']*['’]s|his|her|their|its|our)\s+)?(?:continued|full|unwavering|continuing|further)\s+support\b/gi, starts: 'assured assuring assurance assurances gave giving'.split(' '), needsAgent: true, whole: true },
  { kind: 'intention', re: /\b(?:hopes?|hoped|hoping)\s+to\b/gi, starts: 'hope hopes hoped hoping'.split(' '), needsAgent: true },
  // `hope that we will be able to do a lot together`, `hoped they would be able to meet in person soon`: a hope for one's
  // own side's action, the hopers named again by the pronoun (checked below: `they` after a plural subject only)
  // (an adverb may come first: `hope very much that we can bring that to conclusion soon`)
  { kind: 'intention', re: /\b(?:hopes?|hoped|hoping)\s+(?:(?:very\s+much|sincerely|truly|really|genuinely)\s+)?(?:that\s+)?(?:we|they)\s+(?:will|would|can|could)\b/gi, starts: 'hope hopes hoped hoping'.split(' '), needsAgent: true },
  { kind: 'intention', re: /\bwould\s+like\s+to\b/gi, starts: 'would'.split(' '), needsAgent: true },
  // `said that the UK would work closely with …`: `will` reported in the past (checked below: only after a reporting verb)
  // (`would be paying an official visit`: an action in the progressive is one too)
  { kind: 'pledge', re: /\bwould(?=\s+(?:also\s+|further\s+|jointly\s+|closely\s+)?(?!(?:be(?!\s+[a-z]{2,}ing\b)|have|like|want|wish|hope|not|never|love|prefer|rather|need|seem|appear|mean|allow|help)\b)[a-z]+\b)/gi, starts: ['would'], needsAgent: true },
  // (no owner needed: `Our shared task is to keep Europe together`, `The aim of this exercise is to identify …`, `The
  // purpose of my trip to Minsk is to prepare this visit`; `The goal is to work together …`)
  // (the `of` phrase is up to ten words: recheck proves that safe in seconds, where a bound of 60 characters kept its fuzzer
  // past its three minutes)
  { kind: 'intention', re: /\b(?:goal|aim|objective|target|task|priority|intention|purpose|ambition)(?:\s+of\s+[^\s.;:,“”"]+(?:\s+[^\s.;:,“”"]+){0,13}?)?,?\s+(?:is|was|remains|will\s+be)\s+to\b/gi, starts: 'goal aim objective target task priority intention purpose ambition'.split(' '), needsAgent: false, nounFirst: true },
  // `it is our intention to help it even further`: the owner of the intention acts
  { kind: 'intention', re: /\bit\s+is\s+(?:our|my)\s+(?:firm\s+)?(?:intention|aim|goal|plan|wish|desire|hope)\s+to\b/gi, starts: ['it'], needsAgent: false },
  { kind: 'intention', re: /\b(?:desire|wish|wishes|intention|intent|readiness|willingness|aspiration|ambition|eagerness|keenness|objective|goal)(?:\s+of\s+(?:the\s+)?[^\s.,;:]+(?:\s+[^\s.,;:]+){0,3}?)?\s+to\b/gi, starts: 'desire wish wishes intention intent readiness willingness aspiration ambition eagerness keenness objective goal'.split(' '), needsAgent: true },
  // `his administration is open to a robust partnership with …`, `China was open to supporting Turkana …`, `Russia is open for talks`: openness to joint
  // work or to doing something (read golds 2 yes; a relative clause's, `a President, who is open to some contributions`, is out)
  { kind: 'intention', re: new RegExp(`\\b(?:is|are|was|were|remains?|remained)\\s+(?:also\\s+|fully\\s+|always\\s+)?open\\s+(?:to(?=\\s+[a-z]+ing\\b)|(?:to|for)(?=\\s+(?:(?:an?\\s+|the\\s+|further\\s+|more\\s+)?(?:[a-z-]+\\s+){0,3}?(?:${JOINT_WORK_NOUNS})\\b)))`, 'gi'), starts: 'is are was were remain remains remained'.split(' '), needsAgent: true },
  // `Estonia is ready for close cooperation with …`, `is aiming for even closer bilateral communication`: readiness for, or
  // an aim at, joint work named by a noun (not `ready for the winter`)
  { kind: 'intention', re: new RegExp(`\\b(?:ready|prepared|aim|aims|aiming|aimed)\\s+for(?=\\s+(?:[a-z-]+\\s+){0,4}?(?:${JOINT_WORK_NOUNS})\\b)`, 'gi'), starts: 'ready prepared aim aims aiming aimed'.split(' '), needsAgent: true },
  // `reiterated his readiness for active cooperation`
  { kind: 'intention', re: /\b(?:readiness|willingness)\s+for\b/gi, starts: 'readiness willingness'.split(' '), needsAgent: true },
  // `expressed openness for continuing the dialogue`, `noted his enthusiasm for building ties` (an action); `its openness to
  // international collaboration` is a stance
  { kind: 'intention', re: /\b(?:openness|enthusiasm)\s+(?:for|to)(?=\s+[a-z]{2,}ing\b)/gi, starts: ['openness', 'enthusiasm'], needsAgent: true },
  // (`the strong resolve of the Government of Sri Lanka to reinforce …`: the owner after `of`, as for `the desire of … to`)
  { kind: 'pledge', re: /\b(?:resolves?|determination)(?:\s+of\s+(?:the\s+)?[^\s.,;:]+(?:\s+[^\s.,;:]+){0,3}?)?\s+to\b/gi, starts: 'resolve resolves determination'.split(' '), needsAgent: true },
  // `suggested continuing the discussion`, `suggested increased cooperation in the field of asylum`: proposing joint work
  // by a gerund or a noun of joint work (not `proposed revisions to the act`, not `the proposed meeting`)
  { kind: 'intention', re: new RegExp(`(?<!\\b(?:the|a|an)\\s)\\b(?:suggested|suggests|proposed|proposes)(?=\\s+(?:[a-z]{3,}ing\\s+[a-z]|(?:[a-z-]+\\s+){0,3}?(?:${JOINT_WORK_NOUNS})\\b))`, 'gi'), starts: 'suggested suggests proposed proposes'.split(' '), needsAgent: true },
  // `DPM/FM proposed to revive the Consultation Mechanism`: proposing one's own action (not `proposed to the Chinese side`)
  { kind: 'intention', re: /\bpropos(?:ed|es|e|ing)\s+to(?=\s+(?!(?:the|a|an|his|her|their|its|our|my|your|all|him|them|us|me|you|both|each|every|this|that|these|those)\b)[a-z]{2,}\b)/gi, starts: 'proposed proposes propose proposing'.split(' '), needsAgent: true },
  // `We also offered help in filling it`, `offered its assistance`
  // (`extended full support for the SIDS`, `offered the full support of the United Nations`)
  // (any words may qualify it: `offered humanitarian and political support`)
  { kind: 'intention', re: /\b(?:offer(?:ed|s|ing)?|extend(?:ed|s|ing)?)\s+(?:(?:its|his|her|their|our|the|any|all\s+possible)\s+)?(?:(?!(?:to|for|of|in|on|with|a|an|the)\s)[a-z][\w-]*\s+){0,4}?(?:help|assistance|support|expertise|mediation|good\s+offices)\b/gi, starts: 'offer offered offers offering extend extended extends extending'.split(' '), needsAgent: true, whole: true },
  // `Poland is interested in maintaining regular dialogue`: an interest in doing something
  { kind: 'intention', re: /\b(?:is|are|am|was|were|remains?|remained)\s+(?:(?:very|also|highly|particularly|strongly|deeply|keenly)\s+)?interested\s+in(?=\s+[a-z]{3,}ing\b)/gi, starts: 'is are am was were remain remains remained'.split(' '), needsAgent: true },
  { kind: 'intention', re: /\b(?:offer(?:ed|s|ing)?|volunteer(?:ed|s|ing)?)\s+to\b/gi, starts: 'offer offered offers offering volunteer volunteered volunteers volunteering'.split(' '), needsAgent: true },
  // (`It is important to us that …` is a view: `to` must open an action, not name whom it matters to; `it is even more
  // important that we continue to support Ukraine` is a duty the speaker's own side takes on; one pattern for both, as
  // most sentences hold an `it`)
  { kind: 'obligation', re: /\bit\s+is\s+(?:(?:also\s+)?(?:necessary|imperative|important|essential|vital|crucial|critical|incumbent)\s+to\b(?!\s+(?:us|me|him|her|them|you|all|both|everyone|everybody)\b)|(?:also\s+|even\s+more\s+|especially\s+|particularly\s+|very\s+|so\s+)?(?:necessary|imperative|important|essential|vital|crucial|critical)\s+that(?=\s+(?:we|both\s+sides|(?:the|our)\s+two\s+(?:sides|countries|nations|governments))\s))/gi, starts: 'it'.split(' '), needsAgent: false },
  // `it is important for the NATO foreign ministers to maintain close contact`, `it is incredibly important for us to …` (not
  // a demand on everyone: `it is important for the international community to support …`)
  { kind: 'obligation', re: /\bit\s+is\s+(?:(?:also|very|incredibly|extremely|so|particularly|especially)\s+)?(?:necessary|imperative|important|essential|vital|crucial|critical)\s+for\s+(?!(?:the\s+)?international\s+community\b|all\b|everyone\b|everybody\b|others\b)(?:[^\s.,;:]+\s+){1,8}?to(?=\s+[a-z]{2,})/gi, starts: ['it'], needsAgent: false },
  // `They also found it necessary to create …`, `the sides considered it important to continue …`: a need its holders
  // state for their own action (not `to us`, which names whom it matters to)
  { kind: 'obligation', re: new RegExp(`\\b(?:found|finds|find|deemed|deems|deem|considered|considers|consider)\\s+it\\s+${IMPORTANCE}\\s+to(?=\\s+(?!(?:us|me|him|her|them|you|all|both|the|a|an)\\b)[a-z]{2,})`, 'gi'), starts: 'found finds find deemed deems deem considered considers consider'.split(' '), needsAgent: true },
  { kind: 'obligation', re: /\bthere\s+is\s+a\s+need\s+to\b/gi, starts: 'there'.split(' '), needsAgent: false },
  // (a need of the two sides themselves: `there is an urgent need for both our countries to continue …`, `there is a need for
  // the two countries to remain …`; not of others, `a burning need for the international community to …`)
  { kind: 'obligation', re: /\bthere\s+(?:is|was)\s+(?:also\s+)?an?\s+(?:(?:urgent|pressing|clear|real|strong|great)\s+)?need\s+for\s+(?:both(?:\s+(?:of\s+)?our)?(?:\s+(?:countries|sides|nations|parties|governments))?|(?:the|our)\s+two\s+(?:countries|sides|nations|parties|governments)|us)\s+to\b/gi, starts: 'there'.split(' '), needsAgent: false },
  // (as what was agreed: `agreed that there was a need to strengthen …`, `agreed that there is a need for the immediate
  // identification of …`; alone, `there is a burning need for the international community to …` asks it of others)
  { kind: 'obligation', re: /(?<=\b(?:agreed|concurred)\s{1,4}that\s)there\s+(?:is|was)\s+(?:also\s+)?a\s+need\s+(?:to|for)\b/gi, starts: 'there'.split(' '), needsAgent: false },
  // (reported: `agreed that … it was necessary to collaborate on …`, `said it was essential to …`; read only after a
  // reporting verb, see REPORTED_PAST)
  // (`It’s important to show a bit of patience …`, as a speaker says it)
  { kind: 'obligation', re: /\bit['’]s\s+(?:also\s+)?(?:necessary|imperative|important|essential|vital|crucial|critical)\s+to\b(?!\s+(?:us|me|him|her|them|you|all|both|everyone|everybody)\b)/gi, starts: ['it’s', "it's"], needsAgent: false },
  // (`it's critical that we also understand …`: a duty of the speaker's side, as with `it is`)
  { kind: 'obligation', re: /\bit['’]s\s+(?:also\s+|very\s+|so\s+)?(?:necessary|imperative|important|essential|vital|crucial|critical)\s+that(?=\s+(?:we|both\s+sides|(?:the|our)\s+two\s+(?:sides|countries|nations|governments))\s)/gi, starts: ['it’s', "it's"], needsAgent: false },
  // `we have a shared responsibility to manage the Columbia River`, `bears a special duty to`: a duty the subject owns (not
  // one to someone: `a responsibility to the people`)
  { kind: 'obligation', re: /\b(?:have|has|had|bear|bears|share|shares)\s+(?:a|an|the|our|their|its|his|her|my)\s+(?:(?:shared|common|joint|special|collective|moral|historic|great|particular|huge|big|serious)\s+)?(?:responsibility|duty|obligation)\s+to(?=\s+(?!(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those|all|both|each|every|future|people|humanity|us|them|him|me|you)\b)[a-z]{2,}\b)/gi, starts: 'have has had bear bears share shares'.split(' '), needsAgent: true },
  // `we are obliged to sustain the trend …`, `duty-bound to`
  { kind: 'obligation', re: /\b(?:is|are|am|was|were|feel|feels|felt)\s+(?:also\s+)?(?:obliged|obligated|duty-bound)\s+to\b/gi, starts: 'is are am was were feel feels felt'.split(' '), needsAgent: true },
  { kind: 'obligation', re: /\bit\s+was\s+(?:also\s+)?(?:necessary|imperative|essential|vital|crucial)\s+to\b(?!\s+(?:us|me|him|her|them|you|all|both|everyone|everybody)\b)/gi, starts: ['it'], needsAgent: false },
  // `there has to be a preventive strategy …`: a need with no one named, like `there is a need to`
  { kind: 'obligation', re: /\bthere\s+(?:has|have|needs|need)\s+to\s+be\b/gi, starts: ['there'], needsAgent: false },
  // `There are also plans for an even closer cooperation …`, `Plans were also exchanged to continue cooperation …`: plans
  // of the meeting, with no one named
  { kind: 'intention', re: /\bthere\s+are\s+(?:also\s+)?plans\s+(?:to|for)\b/gi, starts: ['there'], needsAgent: false },
  { kind: 'intention', re: /\bplans\s+(?:were|have\s+been)\s+(?:also\s+)?(?:made|exchanged|drawn\s+up|discussed)\s+to\b/gi, starts: ['plans'], needsAgent: false },
  // (`the necessity of halting bloodshed`: the same need, before a gerund)
  // (`the urgent need to improve …`, `the need for enhancing …`: a need with its adjective, or before a gerund)
  { kind: 'obligation', re: new RegExp(`\\bthe\\s+(?:${NEED_ADJECTIVE}\\s+)?(?:need|necessity)\\s+to\\b|\\bthe\\s+(?:${NEED_ADJECTIVE}\\s+)?(?:necessity\\s+of|need\\s+for)(?=\\s+(?:further\\s+)?[a-z]{2,}ing\\b)`, 'gi'), starts: 'the'.split(' '), needsAgent: true },
  // (`underscored the need for Ghana and Egypt to develop …`, `the need for the two countries to work …`: the parties named
  // after `for` must act; read below, NEED_FOR)
  { kind: 'obligation', re: /\bthe\s+need\s+for\s+(?:[^\s.,;:]+\s+){1,6}?to(?=\s+[a-z]{2,})/gi, starts: 'the'.split(' '), needsAgent: false },
  // (`needed to` reports a need: `stressed that Europe and the U.S. needed to stay united`)
  { kind: 'obligation', re: /\b(?:needs?|needed|ought)\s+to\b/gi, starts: 'need needs needed ought'.split(' '), needsAgent: true },
  { kind: 'obligation', re: /\b(?:must|should)\b/gi, starts: 'must should'.split(' '), needsAgent: true },
  { kind: 'obligation', re: /\b(?:has|have)\s+to\b/gi, starts: 'has have'.split(' '), needsAgent: true },
];

/** The first word of a trigger (`will` of `will continue to`). */
function triggerWordOf(trigger: string): string {
  return /^\S+/.exec(trigger)?.[0] ?? '';
}

/** `… that the United Kingdom would`: a that-clause whose subject (a few words) leads to the `would`. */
const WOULD_SUBJECT = /\bthat\s+(?:[^\s.,;:]+\s+){1,8}$/i;
const WOULD_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const THAT_WORD = /\bthat\s/i;
const IN_HIS_WORDS = /\b(?:in|according\s+to)\s+(?:his|her|their)\s+words\b/i;
const WOULD_WORD = /\bwould\b/i;
/** A reporting verb, then a subject of up to six words that ends the text (`said he and the prime minister `). */
const REPORTED_SUBJECT = /\b(?:said|stated|noted|stressed|emphasi[sz]ed|underlined|(?:re)?assured|assuring|promising|confirmed|announced|declared|affirmed|reaffirmed|reiterated|promised|pledged|added|explained|indicated)\s+(?:[^\s.,;:“”"]+\s+){1,6}$/i;
const REPORTING_VERB = /\b(?:said|stated|noted|stressed|emphasi[sz]ed|underlined|(?:re)?assured|assuring|promising|confirmed|announced|declared|affirmed|reaffirmed|reiterated|concurred|promised|pledged|added|informed|told|explained|indicated|responded|replied|answered)\b/i;
/** A reporting verb or an agreement earlier in the sentence, which makes a past `it was necessary to` someone's words. */
const REPORTED_PAST = /\b(?:said|stated|noted|stressed|emphasi[sz]ed|underlined|agreed|concurred|believed|felt|added|explained|reiterated|affirmed|insisted|argued|warned)\b/i;
/** `it was announced that …`: a report with no one reporting, right before its `that`. */
const IMPERSONAL_REPORT = /\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:announced|reported|stated|said|confirmed|learned|learnt)\s*$/i;
const KEEN_TO = /^(?:keen|eager)\b/i;
const SAYING_VERB_AFTER = /^\s*(?:emphasi[sz]e|stress|underline|underscore|highlight|point\s+out|note|say|reiterate|reaffirm|clarify|explain)\b/i;
/** Verbs after `would like to`, `must`, `happy to`… that make a courtesy of the speaking itself. */
const COURTESY = /^\s*(?:(?:also|once\s+again|again|first\s+of\s+all|personally|sincerely|honestly|frankly|openly|simply|warmly|heartily|cordially|especially|particularly|just)\s+)*(?:(?:take|use)\s+(?:this|the|a)\s+(?:chance|opportunity|occasion|moment|minute)|have\s+(?:this|the|a)\s+(?:chance|opportunity|honou?r|pleasure)|be\s+able\s+to\s+(?:have|hold|meet|see|talk|welcome|host|receive)\s+(?:you|this|today)\b|(?:start|begin)\s+by\s+(?:(?:again|once\s+again|also)\s+)?(?:thanking|welcoming|congratulating|saying|expressing|greeting|extending|conveying)|talk\s+(?:with|to)\s+you|join\s+you|thank|welcome|congratulate|compliment|express|note|add|say|report|stress|emphasi[sz]e|point\s+out|inform|take\s+this\s+opportunity|extend|convey|greet|see|meet(?!\s+["“‘]?(?:again\s+)?(?:soon|regularly|each\s+other)\b)|be\s+here|be\s+with|have\s+(?:the|our|my|this|his|her)\s+(?:[^\s.,;:]+\s+){1,4}?(?:here|with\s+us)\b|be\s+(?:received|welcomed|hosted|invited)|be\s+(?:meeting|speaking|talking|seeing|visiting)\b|have\s+you|hear|admit|confess|tell|ask|recall|remind|mention|underline|reiterate|assure|announce|wish|pay\s+tribute|acknowledge|recogni[sz]e|listen(?:\s+to)?|let\s+(?:you|everyone|everybody|all\s+of\s+you)\s+know|(?:take|answer)\s+(?:your\s+|a\s+few\s+|some\s+|any\s+|more\s+)?questions|make\s+(?:(?:an?|two|three|one|some|a\s+few|the\s+following|my|our)\s+)?(?:(?:brief|short|quick|further|final|opening|important|formal)\s+)?(?:announcements?|statements?|remarks?|comments?|points?|observations?)\b|be\s+(?:happy|glad|pleased|delighted)\s+to\s+(?:see|welcome|meet|host|receive|hear|introduce)|introduce)\b/i;
/**
 * After `will`, a verb of speaking makes a courtesy (`I will say`), and a verb of state or
 * perception a forecast (`we will have much to talk about`, `we will be able to understand`, `I
 * will not hide that`, `both countries will benefit`, `we will be seeing people losing their jobs`, `the two nations will mark 80 years of relations`,
 * `the affection between our peoples will continue.`); an action (`we will share information`) makes a pledge, and so does finding a way (`we will find ways to resolve …`, `a solution`).
 */
// (`we will not be discouraged`: a negated passive is a resolve, not a state)
const SPEAKING = /^\s*(?:(?:also|not|never|certainly|surely|definitely|soon|probably|then|now|still|always)\s+)*(?:say|tell|note|mention|add|ask(?=\s+(?:you|him|her|them|a|the\s+question|whether|if|about|for|myself|ourselves)\b)|(?:begin|start|conclude|end)(?=\s*(?:by|with|here|there|now|today|[.,;:!?]|$))|repeat|stress|emphasi[sz]e|underline|point\s+out|make\s+(?:(?:a\s+(?:couple|few)\s+of|a\s+few|some|two|three|one|an?|my|our)\s+)?(?:(?:brief|quick|short|final|opening|further)\s+)?(?:points?|remarks?|comments?|observations?|announcements?)\b|have\b(?!\s+to\b)(?!\s+(?:(?:a|an|the|further|more|regular|another|preparatory|full|joint|bilateral|high-level|separate|several|individual|direct|formal|informal|official|in-depth)\s+){0,2}(?:meetings?|talks|consultations|discussions|statement|press\s+conference|conversations?|dialogue|exchanges?|sessions?)\b)|be\s+(?:seeing|hearing|witnessing|watching|facing|experiencing)|be\s+able|hide|see|find(?!\s+(?:ways?|a\s+way|(?:a\s+)?solutions?|common\s+ground|(?:a\s+)?compromises?)\b)|understand|know|feel|remember|forget|get|need|want|like|love|hear|admit|benefit|mark|celebrate|commemorate|continue(?=\s*(?:[.;!?]|$))|be\s+held|take\s+place|be\s+convened|give\s+(?:you\s+)?(?:a|an)\s+(?:quick\s+|brief\s+|short\s+)?(?:highlight|overview|readout|summary|brief|briefing|update|sense)|witness|be\s+(?:happy|glad|pleased|delighted)\s+to\s+(?:see|welcome|meet|host|receive|hear)|(?<!\b(?:not|never)\s)be\s+(?!\p{L}+ing\b)(?:\p{L}+)(?!\s+(?:to|in|at)\b))\b/iu;
const NON_AGENT_HEADS = /\b(?:it|this|that|these|those|there|which|what|who|summit|meeting|meetings|talks|visit|conference|forum|session|event|year|relations|relationship|situation|process|cooperation|agreement|agreements|partnership|plan|programme|program|initiative|document|documents|talks|flight|flights|elections?|vote|council|negotiations|dialogue|exhibition|festival|ceremony|games|day|trade|investments?|exports|imports|economy|economies|growth|turnover|tourism)$/i;
/** Auxiliaries and adverbs between a subject and its trigger (`we are also fully ready to`). */
const AUX_WORDS = new Set('are is am was were be been have has had remain remains remained stand stands stood also further fully firmly jointly always still all both once again not would will shall do does did hereby now therefore thus truly very really strongly actively indeed actually certainly definitely sincerely genuinely greatly particularly especially personally eagerly keenly warmly'.split(' '));
/** A denial that frames the clause: `This does not mean that …`, `it doesn’t mean …`. */
const DENIED_FRAME = /\b(?:does|do|did|would|will|should)(?:\s+not|n['’]t)\s+mean\b/gi;
/** Whether a denial frames the text's end: its last `does not mean` with no stop after it. */
function deniedFrame(lead: string): boolean {
  let last = -1;
  for (const m of lead.matchAll(DENIED_FRAME)) last = m.index + m[0].length;
  return last >= 0 && !/[.;:!?]/.test(lead.slice(last));
}
/** A request to the reader before a trigger, in its clause: `please first agree to the privacy policy`. */
const PLEASE = /\b[Pp]lease\b/;
/** Words that make what follows a guess or a forecast (`I expect Allies to …`), not a commitment. */
// (`may` in lower case only: the month, `On 26 May, the EU and Timor-Leste signed …`, hedges nothing)
const HEDGE = /\b(?:[Mm]aybe|[Pp]erhaps|[Pp]ossibly|[Mm]ight|may|[Ii]f|[Uu]nless|[Ww]hether|[Pp]robably|[Ll]ikely|[Ee]xpects?)\b/;
/** Verbs that govern a noun trigger (`expressed the desire to`), in every form: in the present too, in someone's own
 *  words (`to reiterate the excellent ties and our willingness to …`). One list for the verb right before the noun and
 *  the verb earlier in its clause. */
const GOVERNING_VERB_FORMS = 'express(?:ed|es|ing)?|indicat(?:ed|es|ing)|reaffirm(?:ed|s|ing)?|affirm(?:ed|s|ing)?|confirm(?:ed|s|ing)?|assert(?:ed|s|ing)?|stress(?:ed|es|ing)?|stated|voic(?:ed|ing)'
  + '|reiterat(?:e|ed|es|ing)|emphasi[sz](?:e|ed|es|ing)|underlin(?:e|ed|es|ing)|underscor(?:e|ed|es|ing)|highlight(?:ed|s|ing)?'
  + '|announc(?:e|ed|es)|declar(?:e|ed|es)|not(?:e|ed|es)|show(?:ed|n|s|ing)|demonstrat(?:ed|es|ing)|see|recogni[sz](?:e|ed)'
  + '|welcom(?:ed|es)|briefed|convey(?:ed|s|ing)?|outlined|presented|explained|reveal(?:ed|s)|unveil(?:ed|s)|renew(?:s|ing)?|renewed(?=\\s+(?:their|his|her|its|our)\\s)';
/** A governing verb anywhere earlier in the clause (`affirmed the importance of … and the intention to`). */
const GOVERNING_VERB = new RegExp(`\\b(?:${GOVERNING_VERB_FORMS})\\b`, 'i');
/** The governing verb right before a noun trigger, with its determiners and adjectives: `expressed their strong desire to`. */
// (and a possession: `Japan has an intention to …`, `they have the willingness to …`; not `has no intention`, no determiner)
const GOVERNING_VERB_BEFORE = new RegExp(`\\b(?:${GOVERNING_VERB_FORMS}|has|have|had|having|made|make|makes|making)\\s+(?:(?:the|his|her|their|its|our|a|an|strong|firm|full|unwavering|continued|renewed|steadfast|deep|mutual|shared|common|sincere|genuine|earnest|keen|clear|support\\s+and|solidarity\\s+and|[a-z]+['’]s|[a-z]+s['’])\\s+)*$`, 'i');

/** Verbs that take another party's commitment as their object: `welcomed the commitment of X to …`, `this reflects the keenness of both countries to …`. */
const OWNER_VERB = /\b(?:reflects|reflected|reflecting|welcomed|welcomes|welcoming|appreciated|appreciates|commended|commends|praised|praises|acknowledged|acknowledges|noted|notes)\s+(?:the\s+)?(?:(?:firm|strong|full|unwavering|continued|renewed|steadfast|deep)\s+)*$/i;
const NOUN_ADJECTIVES = new Set(['firm', 'strong', 'full', 'unwavering', 'continued', 'renewed', 'steadfast', 'deep']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/** How far back the determiner and adjectives of a noun trigger reach (its span keeps them: `the renewed commitment`). */
function modifiersBefore(clean: string, at: number, floor: number): number {
  let start = at;
  let i = at;
  for (let words = 0; words < 6; words++) {
    let j = i;
    while (j > floor && isSpace(clean[j - 1])) j--;
    let k = j;
    while (k > floor && isLetter(clean[k - 1])) k--;
    const w = clean.slice(k, j).toLowerCase();
    if (k === j || !(NOUN_ADJECTIVES.has(w) || DETERMINERS.has(w))) break;
    start = k;
    i = k;
    if (DETERMINERS.has(w)) break;
  }
  return start;
}
/** `India’s firm commitment`, `its commitment`: the possessor before a noun trigger, adjectives skipped. */
// (also two sides together: `both countries’ shared determination to …`)
const POSSESSOR = /(?:^|\s)((?:[A-Z][^\s’']*)|his|her|their|its|our|(?:both|the\s+two)\s+(?:countries|sides|nations|leaders|governments|parties|ministers|presidents))(?:['’]s?)?\s+(?:(?:firm|strong|full|unwavering|continued|renewed|steadfast|deep|own|shared|common|joint|mutual|expressed|stated)\s+)*$/;
/** `our` and the adjectives of a noun trigger right before it: `our shared`, `Our firm`. */
const OWN_COMMITMENT = /\bour\s+(?:(?:firm|strong|full|unwavering|continued|renewed|steadfast|deep|shared|common|joint|mutual|collective)\s+)*$/i;
/** A verb that makes what follows a topic of talks: `discussed our commitment to …`. */
const TOPIC_VERB_BEFORE = /\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|exchanged\s+views\s+on|review(?:ed|s|ing)?|consider(?:ed|s|ing)?|focus(?:ed|es|ing)?\s+on)\s+$/i;
/** The noun triggers that commit their owner without a verb (not a wish or a need, which may be a topic). */
const OWNED_NOUN = /^(?:commitment|intent|intention|willingness|readiness|determination)\b/i;
const WH_WORDS = new Set(['what', 'which', 'how', 'whether', 'where', 'when', 'why']);
const RELATIVE = /(?:\b(?:which|that|who|whom)|,)$/i;
/** Where the clause a reporting verb introduces starts (`… underscored that |the UK is …`, `he said, |European Allies …`), or `from`. */
function reportedClauseStart(text: string, from: number, to: number): number {
  const m = lastMatch(REPORTED_CLAUSE_OPENER, text.slice(from, to));
  return m ? from + m.index + m[0].length : from;
}
const REPORTED_CLAUSE_OPENER = /\b(?:that|said|says|added|noted|stressed)(?:,)?\s+/gi;
// (and one that states an interest or a commitment: `…, confirming their mutual interest in continuing …`)
const PARTICIPLE_TRIGGER = /^(?:agreeing|committing|pledging|volunteering|offering|promising|vowing|expressing|(?:re)?confirming|reaffirming|reiterating)\b/i;
/**
 * Whether the words before a trigger open a clause of time: `since X signed …`, `Since a memorandum of understanding on
 * … was signed` (read by hand: a pattern ending in a bounded run of words is polynomial in recheck's fuzzer).
 */
function inSinceClause(before: string): boolean {
  const i = before.toLowerCase().lastIndexOf('since');
  if (i < 0 || (i > 0 && !/[\s,]/.test(before[i - 1])) || !isSpace(before[i + 5] ?? '')) return false;
  const rest = before.slice(i + 5);
  if (/[.,;:]/.test(rest)) return false;
  const words = rest.trim().split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 10;
}
const PAST_AGREEMENT = new Set(['as', 'previously', 'earlier', 'already']);
const NEGATIONS = new Set(['not', 'cannot', 'can’t', "can't", 'never', 'didn’t', "didn't", 'don’t', "don't", 'doesn’t', "doesn't", 'no']);
/** A signing rule: its list may follow any short lead (`were also signed in the presence of …:`). */
const SIGNING = /(?:signed|inked)$/i;
const SIGNED_IN_YEAR = /^\s+(?:back\s+)?in\s+(?:19|20)\d\d\b/;
/** `A Joint Declaration on …` before `was signed`: the clause opens with a document. */
const DOCUMENT_SUBJECT = new RegExp(`^\\s*(?:[^\\s.,;:]+\\s+){0,6}?(?:${DOC_NOUNS})\\b`, 'i');

/** Where a word in marks begins, its opening mark included (`is “ready” to`: the mark is stepped over), down to `floor`. */
function beforeOpeningMark(clean: string, at: number, floor: number): number {
  return at > floor && OPENING_MARK.test(clean[at - 1]) ? at - 1 : at;
}

/** Nouns in -ly, which are no adverbs (`the Assembly will`, `the family is committed`). */
const LY_NOUNS = new Set(['assembly', 'supply', 'family', 'monopoly', 'anomaly', 'butterfly', 'homily']);
/** An adverb in -ly in lower case, six letters or more (`are continuously committed to`; not `Italy`, `ally`). */
function isAdverb(clean: string, k: number, j: number): boolean {
  if (j - k < 6 || clean.charCodeAt(j - 1) !== 121 || clean.charCodeAt(j - 2) !== 108) return false;
  const w = clean.slice(k, j);
  return w === w.toLowerCase() && !LY_NOUNS.has(w);
}

/** Where the auxiliaries and adverbs right before `at` begin (the end of the subject before them). */
function auxStart(clean: string, at: number, floor: number): number {
  let i = beforeOpeningMark(clean, at, floor);
  for (;;) {
    let j = i;
    while (j > floor && isSpace(clean[j - 1])) j--;
    let k = j;
    while (k > floor && isLetter(clean[k - 1])) k--;
    if (k === j || !(AUX_WORDS.has(lowerSlice(clean, k, j)) || isAdverb(clean, k, j))) return j;
    i = k;
  }
}

/**
 * The last n words of s's last 120 characters, lower case (`['']` when there are none): what
 * `s.slice(-120).trim().split(/\s+/).slice(-n)` gives, read backwards without splitting.
 */
function lastWords(s: string, n: number): string[] {
  const from = Math.max(0, s.length - 120);
  const out: string[] = [];
  let e = s.length;
  while (out.length < n) {
    while (e > from && isWhiteSpaceCode(s.charCodeAt(e - 1))) e--;
    if (e === from) break;
    let b = e;
    while (b > from && !isWhiteSpaceCode(s.charCodeAt(b - 1))) b--;
    out.push(lowerSlice(s, b, e));
    e = b;
  }
  return out.length ? out.reverse() : [''];
}

/** Whether one of the four words before the last word of s is a wh-word: `lastWords(s, 5).slice(0, -1)` read in place. */
function whWordBefore(s: string): boolean {
  const from = Math.max(0, s.length - 120);
  let e = s.length;
  for (let n = 0; n < 5; n++) {
    while (e > from && isWhiteSpaceCode(s.charCodeAt(e - 1))) e--;
    if (e === from) return false;
    let b = e;
    while (b > from && !isWhiteSpaceCode(s.charCodeAt(b - 1))) b--;
    // (the last word is not read; wh-words have 3 to 7 letters)
    if (n > 0 && e - b >= 3 && e - b <= 7 && WH_WORDS.has(lowerSlice(s, b, e))) return !opensRelativeClause(s, b, lowerSlice(s, b, e));
    e = b;
  }
  return false;
}

/**
 * A wh-word that opens a relative clause with a subject of its own, not a question: after a preposition (`talks, during
 * which we will discuss …`, `issues on which we must …`) or `where`/`when` after an event (`a meeting where they reaffirmed …`),
 * a comma or a place's name.
 */
function opensRelativeClause(s: string, whStart: number, wh: string): boolean {
  const [before] = lastWords(s.slice(Math.max(0, whStart - 40), whStart), 1);
  if (wh === 'which') return RELATIVE_PREPOSITIONS.has(before);
  // (`That is why we will continue …`, `which is why`: the clause after is asserted, a consequence, not a question)
  if (wh === 'why') return THAT_IS_WHY.test(s.slice(Math.max(0, whStart - 16), whStart));
  // (and after a comma, of a place or time: `talks in Mogadishu, where the two nations committed to …`)
  if (wh !== 'where' && wh !== 'when') return false;
  if (EVENT_NOUNS.has(before) || /,\s*$/.test(s.slice(Math.max(0, whStart - 3), whStart))) return true;
  // (or `where` after a place's name: `… of Somalia where the two nations committed to …`)
  return wh === 'where' && capitalizedWordBefore(s, whStart);
}

/** Whether the word right before `at` (spaces between) starts with a capital letter. */
function capitalizedWordBefore(s: string, at: number): boolean {
  let e = at;
  while (e > 0 && isWhiteSpaceCode(s.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && /\p{L}/u.test(s[b - 1])) b--;
  return e - b >= 2 && s[b] !== s[b].toLowerCase();
}
const THAT_IS_WHY = /\b(?:(?:that|this|which|it)\s+(?:is|was)|that['’]s|this['’]s)\s+$/i;
const RELATIVE_PREPOSITIONS = new Set(['during', 'on', 'in', 'at', 'after', 'under', 'through', 'by', 'from', 'with', 'for', 'upon']);

/** `s.slice(b, e).toLowerCase()`, converting only when there is a capital or a non-ASCII character (words are mostly lower case already). */
function lowerSlice(s: string, b: number, e: number): string {
  for (let i = b; i < e; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.slice(b, e).toLowerCase();
  }
  return s.slice(b, e);
}

const WHITE_SPACE = /\s/;
/** `\s` for one UTF-16 unit (no astral character is white space). */
function isWhiteSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(String.fromCharCode(c)));
}

interface Context {
  doc: Doc;
  parties: Parties;
  quotes: SpanIndex<RawQuote>;
  paraphrases: SpanIndex<FoundParaphrase>;
  /** The speaker of the words at an offset (quote, transcript turn or reported speech). */
  speakerAt: (offset: number) => Party | null;
}

/** Each rule anchored where it is tried (sticky), with its own case rule (`[A-Z]` means a capital), and the rules a word can start, by the word. */
const STICKY = RULES.map((r) => new RegExp(r.re.source, `${r.re.flags.replace('g', '')}y`));
const RULES_BY_START = new Map<string, number[]>();
RULES.forEach((r, i) => {
  for (const w of r.starts) {
    const list = RULES_BY_START.get(w) ?? [];
    list.push(i);
    RULES_BY_START.set(w, list);
  }
});
/** A contraction inside a word where a rule may start: `we'll`, `I’m`, `we’re`. */
const CONTRACTION = /['’](?:ll|m|re|s)$/;

const QUESTION_END = /\?\s*["”’»]?$/;

/**
 * Triggers are found word by word: the words a rule can start with pick the rules to try, each
 * anchored at that word (far cheaper than one pattern of every rule over all the text).
 */
export function findCommitments(ctx: Context): FoundCommitment[] {
  const { doc } = ctx;
  const found: FoundCommitment[] = [];
  doc.forEachProseBlock((bi) => {
    const sentences = doc.sentences(bi);
    const base = doc.blocks[bi].start;
    let si = 0;
    // (the triggers depend on the block's text alone: a document's memo keeps them across edits)
    for (const trigger of doc.blockDerived(bi, 'commitment triggers', (text) => triggersIn(doc, bi, text))) {
      const tStart = base + trigger.start;
      const tEnd = base + trigger.end;
      while (si < sentences.length && sentences[si].end <= tStart) si++;
      const sentence = sentences[si];
      if (!sentence || sentence.start > tStart) continue;
      // a question commits no one
      if (QUESTION_END.test(doc.clean.slice(Math.max(sentence.start, sentence.end - 3), sentence.end))) continue;
      const c = readCommitment(ctx, RULES[trigger.rule], sentence, tStart, tEnd);
      if (c) found.push(...c);
    }
  });
  const signing = headlineSigning(ctx);
  if (signing) found.push(signing);
  found.sort((a, b) => a.start - b.start || a.trigger.start - b.trigger.start);
  return withoutNested(found, doc.clean);
}

/**
 * `Rwanda, Spain sign MOU for political consultation`, `ECOWAS signs two Memoranda Of Understanding with …`: a headline that
 * announces a signing is the agreement it reports (golds: 6 of 7 such headlines; the seventh a link, `ALSO READ: …`, not
 * the page's headline). The whole headline is the span; its parties, written first, the actor.
 */
function headlineSigning(ctx: Context): FoundCommitment | null {
  const title = ctx.doc.title;
  if (!title) return null;
  const text = ctx.doc.clean.slice(title.start, Math.min(title.end, title.start + 300));
  const m = HEADLINE_SIGNING.exec(text);
  if (!m || !headlineParties(m[1])) return null;
  const tStart = title.start + m[1].length + 1;
  const actor = ctx.parties.subjectFrom(title.start, tStart - 1);
  const end = title.start + trimEndWhere(text, (c) => isSpace(c) || c === '.').length;
  return { start: title.start, end, kind: 'agreement', trigger: { start: tStart, end: tStart + m[2].length }, actor, quote: null };
}
/** Parties, then `sign(s)`/`ink(s)` and a document within the next words (a headline's present tense). */
const HEADLINE_SIGNING = /^([^:;.!?\n]{1,100}?)\s(sign|signs|Sign|Signs|SIGN|SIGNS|ink|inks|Ink|Inks)\s(?=[^.!?\n]{0,80}?\b(?:[Aa]greements?|AGREEMENTS?|MoUs?|MOUs?|[Mm]emorand[a-z]*|MEMORAND[A-Z]*|[Dd]eals?|[Pp]acts?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]rotocols?|[Dd]eclarations?|[Rr]oadmap)\b)/;
/** The parties of a headline: up to eight capitalized words, with commas, `and`, `&` (`Dominican Republic and Cuba`, `Rwanda, Spain`). */
function headlineParties(words: string): boolean {
  const ws = words.trim().split(/\s+/);
  return ws.length <= 8 && ws.every((w) => w === 'and' || w === '&' || /^[\p{Lu}\d]/u.test(w));
}

/** A trigger's rule and where it lies in its block. */
interface TriggerAt { rule: number; start: number; end: number }

/**
 * The triggers of a block, offsets relative to it: at each word that starts a rule (or a contraction's ending), the
 * first rule that matches there; triggers do not overlap. Read in the block's own text, so that nothing beyond it counts.
 */
function triggersIn(doc: Doc, bi: number, text: string): TriggerAt[] {
  const base = doc.blocks[bi].start;
  const out: TriggerAt[] = [];
  let after = 0;
  for (const t of doc.tokens(bi)) {
    if (!t.word || t.start - base < after) continue;
    let at = t.start - base;
    let rules = RULES_BY_START.get(t.lower);
    if (!rules) {
      // (the pattern is tried only on words with an apostrophe two or three from the end)
      const l = t.lower;
      if (!endsInContraction(l)) continue;
      const c = CONTRACTION.exec(l);
      if (!c) continue;
      at = t.end - base - c[0].length;
      rules = RULES_BY_START.get(c[0]);
      if (!rules) continue;
    }
    for (const r of rules) {
      const re = STICKY[r];
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ rule: r, start: at, end: at + m[0].length });
      after = at + m[0].length;
      break;
    }
  }
  return out;
}

/**
 * A trigger inside another commitment's action with no subject of its own continues it
 * (`they will seek to find ways`: one commitment, not two).
 */
function withoutNested(found: FoundCommitment[], clean: string): FoundCommitment[] {
  const out: FoundCommitment[] = [];
  for (const c of found) {
    if (!hasHost(out, c, clean)) out.push(c);
  }
  return out;
}

/** Whether one of the last four commitments kept hosts c (c is inside its action, with no subject of its own). */
function hasHost(out: FoundCommitment[], c: FoundCommitment, clean: string): boolean {
  for (let i = Math.max(0, out.length - 4); i < out.length; i++) {
    const o = out[i];
    if (o === c || c.trigger.start < o.trigger.end || c.trigger.start >= o.end) continue;
    if (c.start === c.trigger.start || c.start === o.start) return true;
    // `agreed that both sides should continue to …`: what was agreed is the agreement's content, one commitment
    if (o.kind === 'agreement' && c.end <= o.end && THAT_AGREEMENT.test(clean.slice(o.trigger.start, o.trigger.end))) return true;
  }
  return false;
}
/** After `should` or `must`: the writer pointing at a fact (`It should be recalled that …`, `must be pointed out that`). */
const WRITERS_ASIDE = /^\s+(?:also\s+)?be\s+(?:noted|recalled|remembered|mentioned|stressed|emphasi[sz]ed|underlined|underscored|highlighted|added|pointed\s+out)\s+that\b/i;

/** After `agreed on`: a view, not an action (`the importance of …`, `the need for …`, `the huge strength of …`). */
// (`agreed on the excellent state of bilateral relations`, `on the good health of …`: how things stand is a view too)
const AGREED_VIEW = /^\s+the\s+(?:(?:urgent|pressing|critical|vital|crucial|great|paramount|huge|enormous|shared|common|growing|many|serious|grave|real|potential|imminent|existential)\s+)?(?:(?:importance|centrality|significance|value|role|fact|view|strength|challenges?|threats?|dangers?|risks?)\b|need\s+for\b)|^\s+the\s+(?:(?:excellent|good|very|high|positive|current|dynamic|strong|healthy|warm|solid)\s+){1,2}(?:state|health|level|quality|nature|dynamics)\s+of\b/i;
/** An agreement's trigger that opens its content: `agreed that`, `concurred that`. */
const THAT_AGREEMENT = /\bthat$/i;

// Patterns every trigger is read with, built once (a pattern written in the function would be a
// new object per trigger); those read only for some kinds of rule stay where they are read, after
// the test of the kind.
const WOULD = /^would$/i;
/** A hope that another will act, right before the modal (`hope that the UN envoy, Ms Lute,`), not one's own (`hope that we`). */
// (its subject runs to the modal, past no other modal or clause: `hope that the consultations will bring results, and we will`)
const HOPED_FOR = /\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?!(?:we|i|they)\b)(?:(?!(?:will|would|shall|and|but)\b)[^\s.;:“”"]+\s+){1,10}$/i;
const WILL = /^(?:will|shall|['’]ll)$/i;
const HOPE_TO = /^(?:hopes?|hoped|hoping)\s+to$/i;
/** The hope-for-one's-own-action trigger with `they` (`hoped they would`): the hopers must be several. */
const HOPE_THEY = /^(?:hopes?|hoped|hoping)\s+(?:(?:very\s+much|sincerely|truly|really|genuinely)\s+)?(?:that\s+)?they\b/i;
const FORWARD_TO = /forward\s+to$/i;
// (`will address these threats and challenges` tackles them: a problem after `address` makes it an action, not a topic;
// and `will address a Business Forum` speaks to one: an audience after it is one's own participation)
const AGENDA = /^\s+(?:also\s+)?(?:discuss|address(?!\s+(?:[a-z-]+\s+){0,3}?(?:threats?|challenges?|problems?|concerns|root\s+causes|gaps|risks|shortcomings|imbalances|asymmetry|forum|conference|summit|session|assembly|parliament|congress|nation|rally|gathering|audience|ceremony)\b)|review|consider|exchange\s+views|take\s+stock)\b/i;
// (`looks forward to economic cooperation with Iran`: a word or two may qualify the noun, or two joined by `and`: `to
// close and fruitful cooperation`)
const ACTION_NOUN_AFTER = new RegExp(`^\\s+(?:(?:further|continued|closer|deeper|more|productive|fruitful|an?)\\s+)?(?:process\\s+of\\s+)?(?:in-depth\\s+)?(?:(?!(?:our|their|his|her|its|my|your|the|this|these|those|today|tomorrow)\\b)[a-z]+\\s+){0,3}?(?:${JOINT_WORK_NOUNS})\\b`, 'i');
// (`looking forward to welcome Cameroonian students`: hosting and visiting are actions too)
const ACTION_VERB_AFTER = /^\s+(?:work|cooperate|collaborate|continue|strengthen|deepen|expand|develop|build|hold|implement|promote|enhance|intensify|increase|boost|advance|establish|explore|sign|conclude|launch|welcome|host|receive|visit)\b/i;
const BLANK = /^\s*$/;
/** Triggers that say what something is for: `aims to`, `seeks to`. */
const PURPOSE_TRIGGER = /^(?:aims?|seeks?)\s+(?:to|at)$/i;
/** A document or a visit as the subject right before them: `The MoU also `, `This fifth ICP between the two countries `. */
const PURPOSE_SUBJECT = /\b(?:the|this|that|its|their|our|these)\s+(?:[\p{L}-]+\s+){0,3}?(?:mou|memorandum|agreement|accord|programme|program|icp|plan|project|initiative|mission|visit|trip|declaration|framework)\s+(?:also\s+|further\s+|mainly\s+|primarily\s+)?$/iu;
/** A need stated as a noun, whoever states it: `the need to …`. */
const STATED_NEED = /^the\s+(?:[a-z]+\s+)?(?:need|necessity)\s+(?:to|of|for)$/i;
/** `the need for ` before the parties that must act. */
const NEED_FOR = /^the\s+need\s+for\s+/i;
/** Everyone, or no one who acts: `the international community`, `every country`, `all parties`. */
const OTHERS_AS_ACTOR = /^(?:the\s+)?(?:international\s+community|world|every|all|everyone|everybody|others)\b/i;
/** The modals of a duty that a passive can follow (`must be strengthened`, `need to be addressed`). */
const PASSIVE_DUTY_TRIGGER = /^(?:must|should|needs?\s+to|has\s+to|have\s+to)$/i;
/** `be` and a past participle: regular, or one of the irregular ones readouts use (`must be avoided` is a caution, like `must not`). */
const PASSIVE_DUTY = /^\s+(?:also\s+|further\s+|urgently\s+|now\s+|first\s+)?be\s+(?!avoided\b)(?:\p{L}{2,}ed|made|taken|done|set|held|kept|built|given|met|found|brought|sought|paid|shown|put|undertaken|dealt|drawn|spent|laid)\b/iu;
/** A subject that is a relative or a question word (`which must be preserved`, `what needs to be done`). */
const RELATIVE_OR_WH_END = /(?:^|\s)(?:that|which|who|what|where|how)\s*$/i;
/** `everything we …`, `all that they …`: the subject's clause is a noun's modifier. */
const OBJECT_GAP_BEFORE = /\b(?:everything|anything|all|what)\s+(?:that\s+)?$/i;
/** A preposition right before a party: the party is inside a phrase (`between the two countries`). */
const PREPOSITION_BEFORE = /\b(?:between|among|of|with)\s+$/i;
const MODAL_WORD = /^(?:will|would|shall|must|should|can|could)$/i;
/** An assembly as the subject right before an agreement's verb (`the meeting`, `The summit`). */
// (`The GUAM ministerial meeting`, `the 22nd summit`: a few words may name it)
const ASSEMBLY_BEFORE = /\b(?:the|this)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:meeting|summit|talks|council|conference|session|commission|committee|group|bloc|forum|assembly)\s*$/iu;
/** A preposition that ties a party to the noun before it, never to a verb after it (`aggression against Ukraine`). */
const NOUN_PREPOSITION_BEFORE = /\b(?:between|against|by|toward|towards)\s+$/i;
/** A preposition that, before a modal, closes a noun's phrase (`accession to NATO will`, `membership in the EU will`). */
const PHRASE_PREPOSITION_BEFORE = /\s(?:to|into|in)\s+$/i;
/** The person named in commas right before a verb, after an office (`Minister for Defence, Micheál Martin TD,|`), or null. */
function appositiveSubject(ctx: Context, headEnd: number, floor: number): Party | null {
  const named = ctx.parties.appositiveNameBefore(headEnd, floor);
  return named && !COUNTERPART_BEFORE.test(ctx.doc.clean.slice(Math.max(floor, named.start - 20), named.start)) ? named : null;
}
const COUNTERPART_BEFORE = /\bcounterparts?\s*,\s*$/i;
/** A clause that counts up to now: `so far`, `to date`, `thus far`, `until now`. */
const SO_FAR_WORDS = /\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now)\b/i;
/** The same words later in the clause (before its stop). */
const SO_FAR = new RegExp(`^[^.;:]{0,120}?${SO_FAR_WORDS.source}`, 'i');
/**
 * The length of a participle's phrase or a relative clause in commas that ends `lead`: `, led by you,`, `, accompanied by
 * the Minister,`, `, who took over on Tuesday,` (0 if none).
 */
function participleAsideLength(lead: string): number {
  const end = trimEndWhere(lead, isSpace);
  if (!end.endsWith(',')) return 0;
  const open = end.lastIndexOf(',', end.length - 2);
  const aside = open >= 0 ? end.slice(open, end.length - 1) : '';
  return open >= 0 && (PARTICIPLE_ASIDE_START.test(aside) || TIME_ASIDE.test(aside)) ? lead.length - open : 0;
}
// (`X and his counterpart, Macky Sall, on Tuesday evening, reiterated …`: when, in commas between subject and verb)
const TIME_ASIDE = /^,\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|earlier\s+today|this\s+(?:morning|afternoon|evening|week))$/i;
// (`Colombia, along with other nations and entities, shall provide …`: who joins the subject)
// (or who leads it, or what it is: `The DRC, under President Tshisekedi, wants to …`, `Iceland, the only founding member of
// NATO without national forces, wants to …`)
const PARTICIPLE_ASIDE_START = /^,\s+(?:[a-z]+ed\s+by|who|which|as|according\s+to|along\s+with|together\s+with|in\s+cooperation\s+with|jointly\s+with|under|the)\s[^,;:.]+$/;
const OCCASION_EVENT_WORDS = ['meeting', 'talks', 'visit', 'discussion', 'discussions', 'call', 'conversation', 'consultations', 'session'];
const OCCASION_EVENTS = `(?:${OCCASION_EVENT_WORDS.join('|')})`;
/** The words an occasion ends on: OCCASION_BEFORE is tried only on a text ending in one (most do not, and the test is cheaper). */
const OCCASION_LAST_WORDS = new Set([...OCCASION_EVENT_WORDS, 'end', 'occasion']);
const OCCASION_BEFORE = new RegExp(`(?<=\\p{L})\\s+(?:at\\s+the\\s+end(?:\\s+of\\s+(?:the|their)\\s+${OCCASION_EVENTS})?|(?:during|in|at)\\s+(?:the|their)\\s+${OCCASION_EVENTS}|on\\s+(?:this|that|the)\\s+occasion)$`, 'iu');
// (`it was Estonia’s objective to have closer relations`: an objective or goal of one's own, with its owner)
const NOUN_TRIGGER = /^(?:the\s+(?:[a-z]+\s+)?(?:need|necessity)\b|will(?=\s+to\b)|(?:the\s+)?(?:desire|wish|wishes|intention|intent|readiness|willingness|openness|enthusiasm|aspiration|ambition|eagerness|keenness|resolves?|determination|commitments?|undertakings?)\b|(?:the\s+)?(?:objective|goal)(?=\s+(?:of|to)\b))/i;
const APOSTROPHE_FIRST = /^['’]/;
/** Nouns that are also verbs (`Russia plans to`). */
const WISH_TO = /^wish(?:es)?\s+to$/i;
const OWNERS_AND_ARTICLES = new Set(['the', 'a', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);
const NOUN_OR_VERB_TO = /^(?:plans?|endeavou?rs?)\s+to$/i;
/** An article right before a word (`the plan`, `these endeavours`). */
const ARTICLE_BEFORE = /\b(?:the|these|such)\s+$/i;
/** An opening quotation mark (`is “ready” to`: the mark before a trigger's word). */
const OPENING_MARK = /[“"‘«]/;
/** `it is our intention to …`: the owner's pronoun. */
const OWNED_INTENTION = /^it\s+is\s+(our|my)\s/i;
/** A noun of speaking right before the subject of a trigger (`the announcements I …`, `two points that we …`). */
const SPEECH_NOUN_BEFORE_SUBJECT = /\b(?:announcements?|statements?|remarks?|comments?|points?|observations?)\s+(?:(?:that|which)\s+)?(?:I|we)\s+$/i;
/** The verb that takes that noun as its object, with nothing between (`… would like to make this morning`). */
const SPEECH_VERB_AFTER = /^\s*(?:make|say|give|deliver|add|share)\b(?!\s+(?:an?|the|some|two|three|my|our)\s)/i;
/** A trigger of wanting that ends in `to` (`his wishes to`, `the desire to`, `readiness to`). */
const WISH_NOUN = /^(?:(?:the|his|her|their|its|our)\s+)?(?:wish|wishes|desire|desires|intention|intent|readiness|willingness|aspiration|aspirations|ambition|eagerness|keenness)\b/i;
/** A determiner or a possessive opening a noun phrase (not the verb an infinitive needs). */
const NOUN_PHRASE_START = /^\s+(?:the|a|an|his|her|their|its|our|my|your|this|these|those|all)\s/i;
/** A lone verb, then a colon (`… I would like to make: …`). */
const LONE_VERB_THEN_COLON = /^\s+[a-z]+\s*:/i;
/** A clause whose subject is a pronoun for a thing (`It will …`, `Furthermore, this will …`). */
const THING_SUBJECT = /^\s*(?:[A-Za-z]+,\s+)?(?:it|this|these|those|there)\s/i;

/** The latest year the first 20,000 characters of a document name (its page's year, as near as the text tells), by document. */
const latestYears = new WeakMap<Doc, number | null>();
function latestYear(doc: Doc): number | null {
  let y = latestYears.get(doc);
  if (y === undefined) {
    y = null;
    const head = doc.clean.slice(0, 20_000);
    YEAR_G.lastIndex = 0;
    for (let m = YEAR_G.exec(head); m; m = YEAR_G.exec(head)) y = Math.max(y ?? 0, Number(m[1]));
    latestYears.set(doc, y);
  }
  return y;
}
const YEAR_G = /\b((?:19|20)\d\d)\b/g;
/** `in 1979` next to an agreement, two or more years before the latest year the document names. */
const IN_YEAR = /\bin\s+((?:19|20)\d\d)\b/i;
function historicYear(doc: Doc, near: string): boolean {
  const m = IN_YEAR.exec(near);
  const latest = m ? latestYear(doc) : null;
  return !!m && latest !== null && latest - Number(m[1]) >= 2;
}

function readCommitment(ctx: Context, rule: TriggerRule, sentence: Span, tStart: number, tEnd: number): FoundCommitment[] | null {
  const { doc } = ctx;
  const before = doc.clean.slice(Math.max(sentence.start, tStart - 120), tStart);
  const after = doc.clean.slice(tEnd, Math.min(sentence.end, tEnd + 200));
  // (a word of the trigger in marks, `is “ready” to`, is no quotation the trigger sits in)
  const inMarks = ctx.quotes.at(tStart);
  const quote = inMarks && inMarks.end < tEnd ? null : inMarks;
  // clauses are read within 300 characters of the trigger, so that an endless sentence costs no more
  const near = Math.max(sentence.start, tStart - 300);
  // a quotation that opens at the trigger (`Le Drian "agreed to remain in close contact …"`) quotes the action: the
  // clause, and its subject, begin before the mark
  const quotedAction = !!quote && doc.clean.slice(quote.innerStart, tStart).trim() === '';
  const clauseStart = quotedAction && quote
    ? Math.max(near, lastClauseBreak(doc.clean, near, quote.start))
    : Math.max(near, quote ? quote.innerStart : near, lastClauseBreak(doc.clean, near, beforeOpeningMark(doc.clean, tStart, near)));
  const clauseBefore = doc.clean.slice(clauseStart, tStart);

  // past perfect, negated agreement, hedges, conditions, questions in the clause
  const last2 = lastWords(before, 2);
  const w1 = last2[last2.length - 1];
  const w2 = last2.length === 2 ? last2[0] : '';
  // (`had agreed` reported, `said the two countries had agreed to cooperate …`, `In his words, the parties had earlier agreed
  // to …`, is the agreement told in the past; not one's own, `told him that we had agreed to prepare this meeting`)
  if ((w1 === 'had' || w2 === 'had') && !(rule.kind === 'agreement' && !/\b(?:we|i)\s+had\b/i.test(before) && reportedInSentence(doc.clean.slice(sentence.start, tStart)))) return null;
  // `I was going to say …`, `We were going to meet in May`: a plan of the past, not one made
  if ((w1 === 'was' || w1 === 'were') && /^going\s+to$/i.test(doc.clean.slice(tStart, tEnd))) return null;
  if ((rule.kind === 'agreement' || rule.kind === 'intention') && (NEGATIONS.has(w1) || NEGATIONS.has(w2) || (w2 === 'failed' && w1 === 'to'))) return null;
  // `as agreed upon at the summit`, `as decided earlier`: a reference to a past decision
  if (rule.kind === 'agreement' && PAST_AGREEMENT.has(w1)) return null;
  // `since Rabat and Madrid signed the joint roadmap in April 2022, relations have …`: a past signing as a time reference
  if (rule.kind === 'agreement' && inSinceClause(clauseBefore) && /\b(?:[a-z]+ed|reached)\b/i.test(doc.clean.slice(tStart, tEnd))) return null;
  // `Egypt signed a peace treaty with Israel in 1979` on a page of 2023: an agreement of history, years before the page's
  if (rule.kind === 'agreement' && /\b(?:[a-z]+ed|reached)\b/i.test(doc.clean.slice(tStart, tEnd)) && historicYear(doc, clauseBefore + ' ' + after.slice(0, 80))) return null;
  if (HEDGE.test(clauseBefore)) return null;
  // `To activate the service, please first agree to the privacy policy below`: a request to the reader, a page's
  if (PLEASE.test(clauseBefore)) return null;
  // `This does not mean that Qatar will undermine …`: what a statement denies is no commitment
  if (deniedFrame(doc.clean.slice(Math.max(sentence.start, tStart - 100), tStart))) return null;
  const triggerText = doc.clean.slice(tStart, tEnd);
  // `it was necessary to …` states a duty only as someone's words (`agreed that …`, `said`), else it tells the past
  if (rule.kind === 'obligation' && /^it\s+was\b/i.test(triggerText) && !REPORTED_PAST.test(doc.clean.slice(near, tStart))) return null;
  // `the main point I would like to make: …`: a lone verb before a colon announces what is said next, a courtesy
  if (LONE_VERB_THEN_COLON.test(after)) return null;
  // `conveyed his wishes to the Egyptian people`: a wish or a desire `to` a noun phrase is one sent to someone, not one to act
  if (WISH_NOUN.test(triggerText) && /\bto$/i.test(triggerText) && NOUN_PHRASE_START.test(after)) return null;
  // `two announcements I would like to make this morning`: the speaking announced is the object of the verb, before it
  if (SPEECH_NOUN_BEFORE_SUBJECT.test(before) && SPEECH_VERB_AFTER.test(after)) return null;
  // `it is our intention to …`: the owner of the intention, as its pronoun says, acts
  const owner = OWNED_INTENTION.exec(triggerText);
  if (owner) return emit(ctx, rule, tStart, tEnd, tStart, pronounActor(ctx, owner[1].toLowerCase() === 'our' ? 'we' : 'i', tStart), quote, sentence);
  // a bare `would` is a conditional or a forecast unless it reports a `will`: `X said that <party> would …`
  if (WOULD.test(triggerText)) {
    const lead = doc.clean.slice(sentence.start, tStart);
    const that = WOULD_SUBJECT.exec(lead);
    // … or a pronoun right after the verb, without `that`: `Laanet said he would raise the issue at NATO level`
    const [verb, pronoun] = that ? [] : lastWords(lead, 2);
    const bare = !!pronoun && WOULD_PRONOUNS.has(pronoun) && REPORTING_VERB.test(verb);
    // (or a short subject right after the verb, no `that`: `Mr Johnson said he and the prime minister would work …`)
    // (or a second `would` coordinated with a reported one: `declared that he would be paying … and would also attend …`)
    const thatAt = lead.search(THAT_WORD);
    const coordinatedWould = thatAt >= 0 && /\band\s+$/i.test(lead) && WOULD_WORD.test(lead.slice(thatAt)) && REPORTING_VERB.test(lead.slice(0, thatAt));
    if (!bare && !coordinatedWould && (!that || !REPORTING_VERB.test(lead.slice(0, that.index))) && !REPORTED_SUBJECT.test(lead)) return null;
    // `it was announced that Vucic would meet with Guterres`: an impersonal report tells a schedule, not anyone's pledge
    if (that && IMPERSONAL_REPORT.test(lead.slice(Math.max(0, that.index - 40), that.index))) return null;
  }
  // `I sincerely hope that the UN envoy, Ms Jane Holl Lute, will conclude …`: what one hopes another will do is no one's
  // promise (the read golds count none of 10; `hope that we will …` is one's own, read as before)
  if ((WILL.test(triggerText) || WOULD.test(triggerText)) && HOPED_FOR.test(doc.clean.slice(Math.max(sentence.start, tStart - 120), tStart))) return null;
  // `It should be recalled that …`, `it must be noted that …`: the writer's aside, no duty
  if (rule.kind === 'obligation' && /^(?:must|should)$/i.test(triggerText) && WRITERS_ASIDE.test(after)) return null;
  // agreeing on a view (`agreed that there is scope …`, `agreed on the importance of …`) is not agreeing to act
  if (rule.kind === 'agreement' && /(?:that|^agreed)$/i.test(triggerText) && !agreesToAct(doc.clean.slice(tEnd, Math.min(sentence.end, tEnd + 200)))) return null;
  // (or on a state of things: `agreed on the huge strength of the relationship`, `agreed on the shared challenges facing …`)
  if (rule.kind === 'agreement' && /\b(?:on|about)$/i.test(triggerText) && AGREED_VIEW.test(after)) return null;
  // `there is agreement on Russia being the greatest threat`: agreeing on what something is
  if (rule.kind === 'agreement' && /\b(?:on|about)$/i.test(triggerText) && /^\s+(?:[^\s.,;:]+\s+){1,6}?being\s/i.test(after)) return null;
  // `everything we agreed upon, everything is going to plan`: an agreement referred to, with no object
  // (and so is `this rich agenda that we have agreed on today is …`: the verb after it is the main clause's; but `The main
  // thing they agreed upon was to set a date …` names the action agreed, and `the roadmap which we have agreed on today
  // will be implemented in full` promises it)
  if (rule.kind === 'agreement' && rule.needsAgent && /\b(?:on|upon|about)$/i.test(triggerText) && /^\s*(?:(?:today|yesterday|earlier|so\s+far|here)\s+)?(?:[,.;:!?]|$|(?:is|are|was|were)\b(?!\s+to\b))/i.test(after)) return null;
  // `25 documents have been signed between Armenia and Brazil so far`: a record of the past, not an agreement made
  if (rule.kind === 'agreement' && (SO_FAR.test(after) || SO_FAR_WORDS.test(clauseBefore))) return null;
  // `We agreed on this meeting back at the G8 summit`: an agreement of the past
  if (rule.kind === 'agreement' && /^\s*(?:[^\s.,;:]+\s+){0,4}?(?:back\s+(?:at|in)|last\s+(?:year|month|week)|years?\s+ago|earlier\s+this)\b/i.test(after)) return null;
  // `we must not underestimate Russia`, `we should not get stuck`: a caution, not a duty to act (none of the 7 in the golds is one)
  if (rule.kind === 'obligation' && /^\s+not\b/i.test(after)) return null;
  // `France seeks to be a friend`: a state, not an action
  if (rule.kind === 'intention' && /^\s*be\s+(?:a|an|the)\b/i.test(after)) return null;
  // (agreeing to meet is never a courtesy: `have also agreed to meet “soon”`)
  if (WILL.test(triggerText) ? SPEAKING.test(after) : rule.kind !== 'agreement' && COURTESY.test(after) && /\b(?:would\s+like|wish|wishes|happy|glad|pleased|must|have|has|want|let\s+me|desires?)\b/i.test(triggerText + ' ' + before.slice(-12))) return null;
  if (HOPE_TO.test(triggerText) && COURTESY.test(after)) return null;
  // `The President was keen to emphasize that …`: keenness to say something is a manner of saying it, not an action
  if (KEEN_TO.test(triggerText) && SAYING_VERB_AFTER.test(after)) return null;
  // `ministers will discuss what more NATO can do`: an agenda announced for others, not a promise (`We will discuss …` is one)
  if (WILL.test(triggerText) && AGENDA.test(after) && !/\b(?:we|i)\s*$/i.test(before)) return null;
  // (`look forward to working …`; a bare verb of action too, as non-native English writes it: `look forward to work with you`;
  // or further work named by a noun: `looks forward to further cooperation`, `to a process of in-depth consultations`)
  if (FORWARD_TO.test(triggerText) && !gerundAhead(after) && !ACTION_VERB_AFTER.test(after) && !ACTION_NOUN_AFTER.test(after)) return null;
  // a list introduced by the trigger: `agreed to:` / `committed to working together to :` followed by bullets
  if (introducesList(after) || (SIGNING.test(triggerText) && leadsToList(doc, after, sentence))) return listItems(ctx, rule, tStart, tEnd, sentence);
  // `A Joint Declaration … was signed by …`: the document is the subject; the span starts with it
  const passive = !rule.needsAgent && /^(?:was|were|has|have)\b/i.test(triggerText);
  // `an agreement signed in 2004 that has allowed us …`: a document of an earlier year, not one signed at this meeting
  if (SIGNING.test(triggerText) && SIGNED_IN_YEAR.test(after)) return null;
  const passiveAgreed = passive && /agreed/i.test(triggerText);
  if (passive && (SIGNING.test(triggerText) || passiveAgreed)) {
    // (what was agreed is a matter of substance, not `it`, `this` or a date)
    // (`During the visit, an agreement … was signed`: an opening phrase in a comma may come before the document)
    const subjectFrom = passiveAgreed || DOCUMENT_SUBJECT.test(clauseBefore) ? 0 : clauseBefore.lastIndexOf(',') + 1;
    if (passiveAgreed ? !/\p{L}{3,}/u.test(clauseBefore) || /^\s*(?:it|this|that|which|what)\s*$/i.test(clauseBefore) : !DOCUMENT_SUBJECT.test(clauseBefore.slice(subjectFrom))) return null;
    let start = clauseStart + subjectFrom;
    while (start < tStart && isSpace(doc.clean[start])) start++;
    return emit(ctx, rule, tStart, tEnd, start, null, quote, sentence);
  }
  if (rule.kind !== 'agreement' && !rule.whole && BLANK.test(after)) return null;
  // `the need for Ghana and Egypt to develop …`: the parties after `for` act, when they are parties (not `the international
  // community`, `every country`, `relations`); the span starts at `the need`
  const needFor = rule.kind === 'obligation' ? NEED_FOR.exec(triggerText) : null;
  if (needFor) {
    const actorStart = tStart + needFor[0].length;
    const actorEnd = tStart + trimEndWhere(triggerText.slice(0, -2), isSpace).length;
    const party = ctx.parties.subjectBefore(actorEnd, actorStart);
    if (!party || party.start !== actorStart || !isAgentSubject(doc.clean.slice(actorStart, actorEnd)) || OTHERS_AS_ACTOR.test(doc.clean.slice(actorStart, actorEnd))) return null;
    return emit(ctx, rule, tStart, tEnd, tStart, party, quote, sentence);
  }
  // `the problems … should be resolved through negotiations`, `our relations must be strengthened`: a duty in the passive
  // names no one who must act; the span starts with what is to be done (not `what needs to be done`, `steps that need to be
  // taken`: the duty is another clause's object)
  if (rule.kind === 'obligation' && PASSIVE_DUTY_TRIGGER.test(triggerText) && PASSIVE_DUTY.test(after)) {
    const from = reportedClauseStart(doc.clean, clauseStart, tStart);
    const subject = doc.clean.slice(from, tStart);
    if (!/\p{L}{2,}/u.test(subject) || RELATIVE_OR_WH_END.test(subject)) return null;
    let start = from;
    while (start < tStart && isSpace(doc.clean[start])) start++;
    return emit(ctx, rule, tStart, tEnd, start, null, quote, sentence);
  }

  // the agent: the subject right before the trigger (auxiliaries and adverbs skipped)
  let headEnd = auxStart(doc.clean, tStart, Math.max(sentence.start, tStart - 120));
  if (quotedAction && quote) headEnd = auxStart(doc.clean, quote.start, Math.max(sentence.start, quote.start - 120));
  // `Germany’s diplomacy, led by you, will continue …`: a participle's phrase in commas stands between subject and verb
  headEnd -= participleAsideLength(doc.clean.slice(Math.max(sentence.start, headEnd - 80), headEnd));
  // `The officials at the end agreed to …`, `The two sides during the talks agreed to …`: when it happened, between subject and verb
  const beforeHead = doc.clean.slice(Math.max(sentence.start, headEnd - 60), headEnd);
  const occasion = OCCASION_LAST_WORDS.has(lastWord(beforeHead)?.toLowerCase() ?? '') ? OCCASION_BEFORE.exec(beforeHead) : null;
  if (occasion) headEnd -= occasion[0].length;
  // a noun trigger is governed by a verb: `expressed the desire to`, `We stress the need to`
  // (`Lavrov revealed plans to visit Armenia`, `the endeavours to reach peace`: `plans` and `endeavours` are nouns after
  // a verb that governs them or an article, not the verbs of `Russia plans to`, `Iraq endeavours to`; after a possessive
  // either reading gives the owner: `Iraq’s endeavours to`)
  // (`wish to` after its subject is the verb: `The ministers … wish to reinforce …`; `their wish to` the noun)
  const verbWish = WISH_TO.test(triggerText) && !lastWords(before, 2).some((w) => OWNERS_AND_ARTICLES.has(w) || /['’]s$/.test(w));
  // (`The intention is to …`, `our ambition is to …`: the noun is the subject of its own clause, governed by nothing; but
  // `The objective of the meeting was to …` stays a noun of the meeting's, as before)
  const nounTrigger = !(rule.nounFirst && !/\sof\s/i.test(triggerText)) && (NOUN_TRIGGER.test(triggerText) && !verbWish)
    || (NOUN_OR_VERB_TO.test(triggerText) && (ARTICLE_BEFORE.test(before.slice(-12))
      || GOVERNING_VERB_BEFORE.test(doc.clean.slice(Math.max(sentence.start, tStart - 40), tStart))));
  // `India’s firm commitment to …`: the possessor commits
  const possessor = nounTrigger ? POSSESSOR.exec(before.slice(-80)) : null;
  const governed = nounTrigger
    ? GOVERNING_VERB_BEFORE.exec(doc.clean.slice(Math.max(sentence.start, tStart - 60), tStart))
    : null;
  // the owner after the noun: `the renewed commitment of the Ethiopian authorities to` (the trigger ends in `to`)
  const ofOwner = nounTrigger ? /\sof\s+/i.exec(triggerText) : null;
  if (ofOwner) {
    const ownerStart = tStart + ofOwner.index + ofOwner[0].length;
    // `The key objective of my first visit … is to …`: in someone's words, `my` or `our` after `of` is the speaker's side,
    // whose aim it is
    const own = rule.nounFirst ? /^(my|our)\s/i.exec(doc.clean.slice(ownerStart, tEnd)) : null;
    if (own && ctx.speakerAt(tStart)) {
      // (the span opens at the noun's article, as below: `The main objective of …`)
      const article = NOUN_OWNER_BEFORE.exec(before.slice(-60));
      return emit(ctx, rule, tStart, tEnd, tStart - (article ? article[0].length : 0), pronounActor(ctx, own[1], ownerStart), quote, sentence);
    }
    const owner = ctx.parties.subjectBefore(tStart + trimEndWhere(triggerText.slice(0, -2), isSpace).length, ownerStart);
    const verb = governed ?? OWNER_VERB.exec(before.slice(-60));
    if (!owner || !verb) return null;
    return emit(ctx, rule, tStart, tEnd, modifiersBefore(doc.clean, tStart, Math.max(sentence.start, tStart - 60)), owner, quote, sentence);
  }
  if (possessor && !/^(?:his|her|their|its|our)$/i.test(possessor[1])) {
    // a named possessor acts: `Kazakhstan’s commitment to implementing the reform agenda`
    const start = tStart - before.slice(-80).length + possessor.index + possessor[0].indexOf(possessor[1]);
    // the possessor's word with its `’s` (one token)
    let ownerEnd = start + possessor[1].length;
    while (ownerEnd < tStart && !isSpace(doc.clean[ownerEnd])) ownerEnd++;
    const party = ctx.parties.subjectBefore(ownerEnd, start);
    if (party) return emit(ctx, rule, tStart, tEnd, start, party, quote, sentence);
  }
  // a noun coordinated after its verb (`affirmed the importance of … and the intention to hold …`)
  const earlier = doc.clean.slice(Math.max(sentence.start, tStart - 160), tStart);
  const governedEarlier = nounTrigger && !governed && (possessor || /^the\b/i.test(triggerText) || /\b(?:the|its|their|his|her|our)\s+$/i.test(before.slice(-8)))
    ? GOVERNING_VERB.exec(earlier) : null;
  if (governed) headEnd = tStart - governed[0].length;
  else if (governedEarlier) headEnd = tStart - earlier.length + governedEarlier.index;
  // (an aside between the subject and the governing verb, as before a verb trigger)
  if (governed || governedEarlier) headEnd -= participleAsideLength(doc.clean.slice(Math.max(sentence.start, headEnd - 80), headEnd));
  // `our shared commitment to …`, `Our commitment to improving … will`, `outlining our intent to work together`: a
  // commitment owned by `our` needs no verb to govern it (the speaker's side commits, as in `we are committed to`)
  // (not a topic: `we discussed our shared commitment to …`)
  else if (nounTrigger && OWNED_NOUN.test(triggerText) && OWN_COMMITMENT.test(before.slice(-60))) {
    const tail = before.slice(-60);
    const own = OWN_COMMITMENT.exec(tail)!.index;
    if (TOPIC_VERB_BEFORE.test(tail.slice(0, own))) return null;
    const ownStart = tStart - tail.length + own;
    return emit(ctx, rule, tStart, tEnd, ownStart, pronounActor(ctx, 'we', ownStart), quote, sentence);
  }
  // the need or wish as a topic (`They discussed … the need to`) commits no one
  else if (nounTrigger) return null;
  // a coordinated noun's span starts at the noun, not at the far subject
  const spanFromTrigger = !!governedEarlier;
  // (a participle after a comma, `…, committing to spend`, shares the clause's subject: no relative clause)
  // (and so does a participle governing the noun: `…, expressing their desire to meet soon`)
  const participle = PARTICIPLE_TRIGGER.test(triggerText) || (!!governed && /^\p{L}+ing\b/iu.test(governed[0]));
  const relative = RELATIVE.test(trimEndWhere(doc.clean.slice(Math.max(sentence.start, headEnd - 12), headEnd), isSpace))
    // (`Minister for Foreign Affairs, Micheál Martin TD, will take part …`: a name in apposition is the subject; not the
    // second of two, `X and his counterpart, Y, agreed …`, whose subject starts before `and`)
    && !appositiveSubject(ctx, headEnd, clauseStart)
    // (nor is a cue in commas after a subject: `China and Russia, he said, should …`; but `which, he said, will …`)
    && !ctx.parties.endsWithAsideAfterSubject(headEnd, sentence.start)
    && !(participle && /,\s*$/.test(doc.clean.slice(Math.max(sentence.start, headEnd - 4), headEnd)))
    // `we will deepen trade, will open new routes`: a comma before a modal used earlier in the sentence lists actions
    && !(/,\s*$/.test(doc.clean.slice(Math.max(sentence.start, headEnd - 4), headEnd)) && /^(?:will|must|should|shall)$/i.test(triggerWordOf(doc.clean.slice(tStart, tEnd)))
      && new RegExp(`\\b${triggerWordOf(doc.clean.slice(tStart, tEnd)).toLowerCase()}\\b`, 'i').test(doc.clean.slice(sentence.start, headEnd)));
  if (relative && rule.needsAgent) return null;
  // `what steps we need to take`: a question about action, not a commitment (a signing stays one: `where we signed …`)
  if (rule.kind !== 'agreement' && whWordBefore(doc.clean.slice(Math.max(sentence.start, headEnd - 60), headEnd))) return null;
  const beforeTrimmed = trimEndWhere(before, isSpace);
  const contraction = (endsInContraction(beforeTrimmed) ? /\b(i|we|they|he|she|you)['’](?:m|re|ll|s|d|ve)$/i.exec(beforeTrimmed) : null) ?? (APOSTROPHE_FIRST.test(triggerText) ? /\b(i|we|they|he|she|you)$/i.exec(before) : null);
  let actor: Party | null = null;
  let adjacent = false;
  if (contraction) {
    // the span starts at the pronoun (`We’ll …`, `I’m committed …`)
    const pronounStart = tStart - before.length + contraction.index;
    actor = pronounActor(ctx, contraction[1], pronounStart);
    adjacent = !!actor;
  } else {
    let found = ctx.parties.subjectBefore(headEnd, clauseStart);
    // `everything we intend to do in the next six months`: what is intended is the object of another clause, no commitment
    if (found && OBJECT_GAP_BEFORE.test(doc.clean.slice(Math.max(clauseStart, found.start - 14), found.start))) return null;
    // the few characters before the subject, where a preposition would tie it to a phrase
    const prepositionBefore = found ? doc.clean.slice(Math.max(clauseStart, found.start - 10), found.start) : '';
    // `Cooperation between the two countries need to be expanded`: a party inside a phrase is not the clause's subject
    if (found && rule.needsAgent && PREPOSITION_BEFORE.test(prepositionBefore) && /^\s+be\s+\p{L}+ed\b/u.test(after)) return null;
    // (`… relations between Iran and Saudi Arabia and stressed the need to`: the verb is coordinated)
    const coordinated = !!found && endsInAnd(doc, found);
    // `aggression against Ukraine would entail …`, `partnership between the UK and the EU will achieve this`, `a launch
    // by North Korea will constitute …`: a party after these prepositions belongs to a noun before it, the clause's subject
    // (unless a verb is coordinated after it: `… relations between Japan and China and is committed to …`)
    // (so does one after `with` before a modal: `consultations with Poland will help resolve …`, `negotiation with the United
    // States must have …`; not an absolute phrase's subject: `with the two ministers underlining their commitment to …`)
    // (a polity by its generic noun after any preposition is a place: `security in the region will not be achieved …`)
    if (found && rule.needsAgent && !found.person && isGenericPolity(found.label) && /\b(?:in|of|across|throughout|within|for|to|from|around|into|on|at)\s+$/i.test(prepositionBefore)) return null;
    if (found && !coordinated && rule.needsAgent && (NOUN_PREPOSITION_BEFORE.test(prepositionBefore)
      || (/\bwith\s+$/i.test(prepositionBefore) && MODAL_WORD.test(triggerWordOf(triggerText))))) return null;
    // `The accession of Finland and Sweden to NATO will enhance …`, `membership in the EU will bring …`: a body after `to`,
    // `in` or `into` right before a modal ends a noun's phrase; the clause's subject is that noun, an event, not an agent
    // (`the US Ambassador to Ukraine will travel …`: unless the phrase before the preposition is a person)
    const phrasePreposition = found && !found.person && !coordinated && rule.needsAgent && MODAL_WORD.test(triggerWordOf(triggerText)) ? PHRASE_PREPOSITION_BEFORE.exec(prepositionBefore) : null;
    if (found && phrasePreposition) {
      const head = ctx.parties.subjectBefore(found.start - phrasePreposition[0].length, clauseStart);
      if (!head?.person) return null;
      found = head;
    }
    const subject = coordinated
      ? ctx.parties.sentenceSubject(reportedClauseStart(doc.clean, quote && quote.innerStart > sentence.start ? quote.innerStart : sentence.start, tStart), tStart)
      : found;
    // the head of `the 1st Forum of Young Leaders` is `Forum`: an event, not an agent
    if (subject && !NON_AGENT_HEADS.test(headNoun(doc.text.slice(subject.start, subject.end)))) {
      actor = subject;
      // (a coordinated verb's span starts at the verb: `… and have agreed to prepare …`; so does a quoted action's)
      adjacent = !coordinated && !quotedAction;
    } else if (subject) return rule.needsAgent ? null : emit(ctx, rule, tStart, tEnd, tStart, null, quote, sentence);
  }
  const subjectWord = lastWord(doc.clean.slice(Math.max(clauseStart, headEnd - 40), headEnd));
  if (!actor && subjectWord && /^(?:you|it|this|that|there|which)$/i.test(subjectWord) && rule.needsAgent) return null;
  // `… the excellent ties and our willingness to deepen …`: in someone's words, a noun trigger's `our`/`my` names its agent
  if (!actor && rule.needsAgent && nounTrigger) {
    const own = /\b(our|my)\s+$/i.exec(before.slice(-6));
    if (own && ctx.speakerAt(tStart)) actor = pronounActor(ctx, own[1], tStart - own[0].length);
  }
  if (!actor && rule.needsAgent) {
    // a coordinated verb (`…, and is willing to`, `… and hopes to`) shares the clause's subject
    const lead = trimEndWhere(doc.clean.slice(Math.max(clauseStart, headEnd - 20), headEnd), isSpace);
    // (a participle's subject is its own clause's: `X underscored that the UK is leading …, committing to …`)
    const from = participle ? reportedClauseStart(doc.clean, sentence.start, tStart) : sentence.start;
    // (and so does a gerund after `by`, `while`, `after`: `They concluded the call by expressing their shared desire to …`)
    // (`It will contribute to … in the Union and will create …`: the shared subject is `it`, a thing, not the last party named)
    if (lead.endsWith(',') || /\b(?:and|but)$/i.test(lead) || (participle && /\b(?:by|while|after|before|when|upon)$/i.test(lead)) || lead === '' || headEnd <= clauseStart || quotedAction) {
      actor = ctx.parties.sentenceSubject(from, tStart) ?? (THING_SUBJECT.test(doc.clean.slice(from, Math.min(tStart, from + 40))) ? null : nearestPartyBefore(ctx, near, tStart));
    }
    // `the meeting agreed to hold …`, `The summit decided to launch …`: an assembly agrees for those who took part
    if (!actor && rule.kind === 'agreement') {
      const from40 = Math.max(clauseStart, headEnd - 40);
      const assembly = ASSEMBLY_BEFORE.exec(doc.clean.slice(from40, headEnd));
      if (assembly) return emit(ctx, rule, tStart, tEnd, from40 + assembly.index, null, quote, sentence);
    }
    // a sentence of someone's words that opens with its trigger, as tweets and notes write (`Agreed to focus on …`,
    // `Look forward to continuing our engagement`): the speaker is the subject left out (for an agreement, with the other side)
    if (!actor && headEnd <= sentence.start + 1 && doc.clean[tStart] !== doc.clean[tStart].toLowerCase() && ctx.speakerAt(tStart)) {
      actor = pronounActor(ctx, rule.kind === 'agreement' ? 'we' : 'i', tStart);
    }
    // `He looked forward to working with …`, where `he` reaches no official for sure: the commitment stands, its actor as
    // written (a subject left unresolved is no reason to lose what was promised)
    if (!actor && subjectWord && /^(?:he|she)$/i.test(subjectWord) && trimEndWhere(doc.clean.slice(clauseStart, headEnd), isSpace).endsWith(subjectWord)) {
      const at = doc.clean.lastIndexOf(subjectWord, headEnd);
      actor = { person: null, label: subjectWord, actor: subjectWord, start: at, end: at + subjectWord.length, plural: false };
      adjacent = !quotedAction;
    }
    // `The MoU also aims to establish …`, `The visit aims to …`: what a document or a visit is for is an intention of the
    // parties behind it, with no one named
    if (!actor && rule.kind === 'intention' && PURPOSE_TRIGGER.test(triggerText)) {
      const lead = doc.clean.slice(Math.max(clauseStart, tStart - 80), tStart);
      const purpose = PURPOSE_SUBJECT.exec(lead);
      if (purpose) return emit(ctx, rule, tStart, tEnd, tStart - lead.length + purpose.index, null, quote, sentence);
    }
    if (!actor) return null;
  }
  // inside someone's words, a duty put on another party is a demand, not a commitment
  const speaker = ctx.speakerAt(tStart);
  if (rule.kind === 'obligation' && actor && speaker && !sameSide(actor, speaker)) return null;
  // in a third-person readout, a single party told what it should do is a demand; joint duties stay
  // (but `The Minister stressed the need to communicate …`: the one who stresses a need is its speaker, not the one it
  // binds; the need is stated with no actor, as a passive duty is — read golds 10 yes / 3 no)
  if (rule.kind === 'obligation' && actor && !speaker && !actor.plural && !/^(?:we|i)$/i.test(actor.label)) {
    return governed && STATED_NEED.test(triggerText) && !/^\p{L}+ing\b/iu.test(governed[0]) ? emit(ctx, rule, tStart, tEnd, tStart, null, quote, sentence) : null;
  }
  if (actor && /^you\b/i.test(actor.label)) return null;
  if (rule.joint && !actor?.plural) return null;
  // (`The Minister hoped they would stop the fighting` hopes for others' action)
  if (HOPE_THEY.test(triggerText) && !actor?.plural) return null;
  // (but `All Sides agreed to cooperate …` in a joint statement: those who agree are the signatories themselves)
  if (actor && rule.kind !== 'agreement' && GENERIC_PLURAL.test(doc.clean.slice(actor.start, actor.end))) return null;
  // `he believes that Việt Nam will achieve its targets`: another party's action foreseen under a belief is a forecast
  // (`I am sure that we will continue …` stays a pledge: the believer's own side acts)
  if (actor && /^(?:will|would|shall)$/i.test(triggerWordOf(triggerText)) && forecastOfOther(doc.clean, actor, sentence.start)) return null;
  // `all parties need to respect …`, `the international community must …`: a demand on everyone else
  if (rule.kind === 'obligation' && actor && /^(?:all|every|each|everyone|everybody|others|the\s+international\s+community)\b/i.test(actor.label)) return null;
  // a noun's determiner belongs to it: `the intention to hold …`
  const determiner = spanFromTrigger || (participle && !!governed && !adjacent) ? /\b(?:the|its|their|his|her|our|a|an)\s+$/i.exec(before.slice(-8)) : null;
  // (`Our shared task is to …`, `The aim of the visit is to …`: the noun's owner or article opens the span)
  const nounOwner = !determiner && rule.nounFirst && !(adjacent && actor) ? NOUN_OWNER_BEFORE.exec(before.slice(-60)) : null;
  const start = adjacent && actor && !spanFromTrigger ? Math.min(actor.start, tStart) : tStart - (determiner ? determiner[0].length : nounOwner ? nounOwner[0].length : 0);
  return emit(ctx, rule, tStart, tEnd, start, actor, quote, sentence);
}

/** An owner or article and up to two adjectives before a noun trigger: `Our shared `, `The main `. */
const NOUN_OWNER_BEFORE = /\b(?:the|our|their|its|his|her|my)\s+(?:(?:shared|main|key|common|primary|overall|ultimate|chief|principal|joint|first|top|immediate|final|real|only|single|biggest|major)\s+){0,2}$/i;

// a belief or expectation right before a subject (a determiner and an adjective may come before the party: `confident that
// the new Russian Government will …`)
const BELIEF_THAT = /\b(?:believes?|believed|believing|confident|convinced|certain|sure|optimistic|expects?|expected)\s+that\s+(?:\p{Ll}+\s+){0,2}$/u;
/** Whether the actor's clause follows a belief (`confident that`, `expects that`) and the actor is not the believer's side. */
function forecastOfOther(text: string, actor: Party, sentenceStart: number): boolean {
  // (a pronoun may be the believer: `Putin said he was sure that he would meet …`)
  if (actor.start >= actor.end || /^(?:we|i|our|us|he|she|they|it)\b/i.test(text.slice(actor.start, actor.end))) return false;
  return BELIEF_THAT.test(text.slice(Math.max(sentenceStart, actor.start - 40), actor.start));
}

/** Whether the actor of an obligation is the speaker's own side: we, the speaker, their country, both sides. */
function sameSide(actor: Party, speaker: Party): boolean {
  if (actor.person && actor.person === speaker.person) return true;
  if (/^(?:we|us|i|our\b|both\b|the\s+two\b|the\s+sides\b|the\s+parties\b)/i.test(actor.label) || /^(?:both sides|we)$/i.test(actor.label)) return true;
  if (actor.start === actor.end) return true; // a pronoun read from the speaker (`we`, `I`)
  const country = speaker.person?.country ?? null;
  if (country && (actor.actor === country || actor.label === country)) return true;
  // (the body the speaker leads or serves: the OAS's Secretary General on what `the OAS must` do)
  const body = actor.label.replace(/^the\s+/i, '').toLowerCase();
  return !!speaker.person?.roles.some((r) => r.organization !== null && r.organization.replace(/^the\s+/i, '').toLowerCase() === body);
}

function emit(ctx: Context, rule: TriggerRule, tStart: number, tEnd: number, start: number, actor: Party | null, quote: RawQuote | null, sentence: Span): FoundCommitment[] {
  // (a trigger that opens with its document keeps the document's article: `The memorandum was signed by …`)
  if (start === tStart && rule.documentFirst) {
    const article = ARTICLE_BEFORE_DOCUMENT.exec(ctx.doc.clean.slice(Math.max(sentence.start, tStart - 6), tStart));
    if (article) start = tStart - article[0].length;
  }
  const end = actionEnd(ctx, tEnd, sentence, quote);
  if (end <= tEnd && rule.kind !== 'agreement' && !rule.whole) return [];
  const first: FoundCommitment = { start, end: Math.max(end, tEnd), kind: kindInContext(ctx.doc, rule.kind, sentence, tStart), trigger: { start: tStart, end: tEnd }, actor, quote };
  const out = continuedActions(ctx, first);
  out.unshift(first);
  return out;
}

const SIGNED_TRIGGER = /^(?:signed|inked)\b/i;
/** An article right before a document that opens a trigger: `The ` in `The memorandum was signed …`. */
const ARTICLE_BEFORE_DOCUMENT = /\b(?:the|this|that|these|those|an?)\s$/i;
/** How many `; verb …` items a commitment may carry on with. */
const MAX_CONTINUED = 8;
/** A verb phrase with no subject: `Reinforce our collective defence`, `and deepen our global partnerships`. */
const BARE_ACTION = /^(?:and\s+|or\s+)?([A-Za-z]+)\s+(?:our|the|a|an|its|their|his|her|my|this|these|new|more|further|closer|stronger|all)\b/;

/**
 * `We will increase our support to Ukraine; Reinforce our collective defence; and deepen our
 * global partnerships.`: verb phrases after a `;` that have no subject of their own share the
 * commitment's trigger and actor, one commitment each (also when each stands on its own line).
 */
function continuedActions(ctx: Context, c: FoundCommitment): FoundCommitment[] {
  const { doc } = ctx;
  const out: FoundCommitment[] = [];
  const signing = SIGNED_TRIGGER.test(doc.clean.slice(c.trigger.start, c.trigger.end));
  let pos = c.end;
  const limit = Math.min(doc.clean.length, c.end + 2000);
  while (out.length < MAX_CONTINUED) {
    while (pos < limit && (doc.clean[pos] === ' ' || doc.clean[pos] === '\t')) pos++;
    if (doc.clean[pos] !== ';') break;
    pos++;
    // the next item is on this line or the next, never past a blank line
    let lines = 0;
    while (pos < limit && isSpace(doc.clean[pos])) if (doc.clean[pos++] === '\n' && ++lines > 1) return out;
    // `signed the Agreement …; the Protocol …, and the Protocol …`: each document named is signed
    if (signing) {
      const segmentEnd = nextStop(doc.clean, pos, Math.min(limit, pos + 600));
      const segment = doc.clean.slice(pos, segmentEnd);
      if (!SIGNED_ITEM.test(segment)) break;
      const lead = /^and\s+/i.exec(segment);
      let from = pos + (lead ? lead[0].length : 0);
      // `…, and the Protocol on …` inside the item opens one more
      for (const cut of segment.matchAll(SIGNED_ITEM_SPLIT)) {
        const at = pos + cut.index;
        if (at <= from) continue;
        out.push({ ...c, start: from, end: trimItemEnd(doc.clean, from, at) });
        from = at + cut[0].length;
      }
      out.push({ ...c, start: from, end: trimItemEnd(doc.clean, from, segmentEnd) });
      pos = segmentEnd;
      continue;
    }
    const segmentEnd = nextStop(doc.clean, pos, Math.min(limit, pos + 240));
    const m = BARE_ACTION.exec(doc.clean.slice(pos, segmentEnd));
    if (!m || !isBareVerb(m[1]) || (c.quote && segmentEnd > c.quote.innerEnd)) break;
    const start = pos + m[0].indexOf(m[1]);
    out.push({ ...c, start, end: trimItemEnd(doc.clean, start, segmentEnd) });
    pos = segmentEnd;
  }
  return out;
}

/** A further document in a list of signed ones: `the Protocol on …`, `and an Agreement on …`. */
const SIGNED_ITEM = new RegExp(`^(?:and\\s+)?(?:the|an?)\\s+(?:[A-Z][^\\s.,;:]*\\s+){0,3}(?:${DOC_NOUN_WORDS.join('|')})\\b`, 'i');
const SIGNED_ITEM_SPLIT = new RegExp(`,\\s+and\\s+(?=the\\s+(?:[A-Z][^\\s.,;:]*\\s+){0,3}?(?:${DOC_NOUN_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\b)`, 'g');

const ITEM_END_MARK = /[\s.,;:!?]/;
function trimItemEnd(clean: string, start: number, end: number): number {
  while (end > start && ITEM_END_MARK.test(clean[end - 1])) end--;
  return end;
}

/** Where an item ends: its `;`, the end of its sentence, or its line. */
function nextStop(clean: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = clean[i];
    if (ch === ';' || ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= clean.length || isSpace(clean[i + 1])))) return i;
  }
  return limit;
}

/** A word that can be a verb's base form: not a function word, not inflected (`-s`, `-ed`, `-ing`, `-ly`). */
function isBareVerb(word: string): boolean {
  const w = word.toLowerCase();
  return w.length > 2 && !FUNCTION_WORDS.has(w) && !/(?:[^s]s|ed|ing|ly)$/.test(w);
}

const AGREED_THAT = /\b(?:agreed|concurred|shared\s+the\s+view|reached\s+(?:a\s+)?consensus|decided)\s+that\b/gi;

/**
 * Inside `agreed that …`, `shared the view that …`, a promise is part of the agreement; a duty stays one (`agreed that …
 * it was necessary to collaborate …`, `agreed that the Secretariat should assist …`).
 */
function kindInContext(doc: Doc, kind: CommitmentKind, sentence: Span, tStart: number): CommitmentKind {
  if (kind === 'agreement' || kind === 'obligation') return kind;
  const before = doc.clean.slice(Math.max(sentence.start, tStart - 300), tStart);
  let last = -1;
  AGREED_THAT.lastIndex = 0;
  for (let m = AGREED_THAT.exec(before); m; m = AGREED_THAT.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !/[.;:]/.test(before.slice(last)) ? 'agreement' : kind;
}

/** Where an action phrase stops: a clause break, a non-restrictive relative clause, a reporting clause, a quotation mark. */
// (a restrictive relative or a purpose clause belongs to the action: `sign the documents which will determine …`,
// `coordinate so that the summit could …`: held-out golds run on through it 4 times in sets 30–46; the two dev golds that
// stop before one are still covered by the longer span)
// (`must abide by …, must stabilize …, and must promote …`: a repeated modal starts the next item)
// (and a new clause after a comma: `…, it is very important …`, `…, so the EU and Barbados could work together …`; or after
// `and` with a subject of its own after a lower-case word, or a pronoun's (`…, and we’ve been working on …`): `agreed to intensify cooperation and President Bharrat Jagdeo is to
// pay a state visit`, not a list in the subject, `agreed that Japan and China would …`)
// (and an inverted reporting clause: `…, said the Foreign Ministry`, `…, added President X`)
const ACTION_BREAK = /[;:]|,\s+(?:and\s+that\s|and\s+(?:we|i|they)(?:['’](?:ve|ll|re|m|d)\b|\s+(?:have|has|are|will|would|can|could|must|should|also|had|were)\b)|which|who|while|whereas|as(?!\s+well\s+as\b)|it\s+(?:is|was)|so(?!\s+(?:as|far|much|many|long)\b)|adding|noting|stressing|remarking|saying|stating|explaining|insisting|asserting|agreeing|welcoming|expressing|underlining|emphasi[sz]ing|highlighting|reaffirming|reiterating|but|the\s+[a-z]+\s+(?:said|noted|stressed|added)|(?:and\s+)?(?:must|should|shall|will)\s+(?!be\b)[a-z]+)\b|(?<!\s)\s+(?:and\s+that\s|but\s+(?:also\s+)?(?:emphasi[sz]ed|stressed|said|noted|added|insisted|warned|underlined|cautioned)|and\s+(?:must|should|shall|will|would)\s+(?!be\b)[a-z]+|and\s+(?:also\s+)?(?:(?:have|has)\s+(?:also\s+)?agreed|hopes|hoped|intends|intended|plans|planned|looked|agreed|reiterated|restated|reaffirmed|welcomed|stressed|noted|underlined|committed|pledged|expressed|discussed|invited|thanked|wished|congratulated|accepted|called|urged|appealed|said|stated|told|announced|declared)\b|and\s+(?:is|are)\s+(?:likely|expected)|and\s+(?:is|are)\s+(?:also\s+)?(?:willing|committed|ready|determined|eager|prepared)|as\s+they\s+are)\b|,\s+(?:[A-Z][^\s,;:]*\s+){1,4}(?:said|noted|stressed|added)\b|,\s+(?:said|noted|stressed|added)\s+(?:the\s+)?[A-Z]/;
/** `…cooperation and President X is to pay …`: `and`, then a subject of its own and its verb (the word before is checked after). */
const AND_NEW_SUBJECT = / and (?:[A-Z][^\s,;:]* ){1,5}(?:is|are|will|has|have)\s/g;

/** Where `and` opens a clause with its own subject after a lower-case word (not a list, `Japan and China would`), or -1. */
function andNewSubject(s: string): number {
  if (!s.includes(' and ')) return -1;
  AND_NEW_SUBJECT.lastIndex = 0;
  for (let m = AND_NEW_SUBJECT.exec(s); m; m = AND_NEW_SUBJECT.exec(s)) {
    const wordStart = s.lastIndexOf(' ', m.index - 1) + 1;
    if (/^[a-z]/.test(s.slice(wordStart, m.index))) return m.index;
  }
  return -1;
}

const ASIDE = /^,\s+as\s+[^,\s][^,]{0,59},/;
const ACTION_END_MARK = /[\s.,;:!?…"”’»‘']/;

/** The action phrase ends at the sentence's end, or at a clause break, a quote's end, or a reported clause's end. */
function actionEnd(ctx: Context, from: number, sentence: Span, quote: RawQuote | null): number {
  const { doc } = ctx;
  // an action phrase is a clause, not a page: past 400 characters the text is something else
  let limit = Math.min(sentence.end, from + 400);
  if (quote) limit = Math.min(limit, quote.innerEnd);
  const para = ctx.paraphrases.at(from);
  if (para) limit = Math.min(limit, para.end);
  // a quotation starting inside the action is someone's speech, not the action (a term in marks stays)
  const speech = ctx.quotes.overlapping(from, limit);
  // (but a quotation that is the action itself, right after the trigger, is its words: `agreed to "intensify the dialogue …"`)
  // (and so is a fragment woven into the clause, in lower case: `expressing eagerness to build “an even more invested
  // relationship”`, `would work “very warmly together”`)
  if (speech && speech.start > from && (doc.clean.slice(from, speech.start).trim() === '' || isWovenFragment(doc.clean, from, speech))) {
    limit = Math.min(sentence.end, Math.max(limit, speech.end));
  } else if (speech && speech.start > from) limit = Math.min(limit, speech.start);
  let s = doc.clean.slice(from, limit);
  // a parenthetical right after the trigger (`I’m committed, as I’m sure the Secretary, for …`) is stepped over
  const aside = ASIDE.exec(s);
  if (aside) { from += aside[0].length; s = s.slice(aside[0].length); }
  const cut = ACTION_BREAK.exec(s);
  const cutAt = cut ? cut.index : s.length;
  const and = andNewSubject(s.slice(0, cutAt));
  let end = wholeCharacterEnd(doc.text, from + (and >= 0 ? and : cutAt));
  while (end > from && ACTION_END_MARK.test(doc.text[end - 1])) end--;
  return end;
}


/**
 * An action in -ing among the first three words (`look forward to further strengthening …`), not a noun after a determiner
 * (`looking forward to my meeting with the Secretary`: the meeting itself).
 */
function gerundAhead(after: string): boolean {
  const words = after.slice(0, 80).trim().split(/\s+/).slice(0, 3);
  return words.some((w, i) => /ing$/i.test(w) && !(i > 0 && NOUN_DETERMINERS.has(words[i - 1].toLowerCase())));
}
const NOUN_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'today’s', "today's"]);

/** Whether s ends in an apostrophe and one or two letters (`’m`, `'ll`): the only ends a contraction pattern can match. */
function endsInContraction(s: string): boolean {
  const q2 = s.charCodeAt(s.length - 2);
  const q3 = s.charCodeAt(s.length - 3);
  return q2 === 39 || q2 === 0x2019 || q3 === 39 || q3 === 0x2019;
}

// (and a news agency's credit closing a dateline: `HAVANA, May 6th (PL) Dominican Republic and Cuba signed …`)
// (a pronoun after a comma opens a clause, unless it is the source of a cue in commas: `China and Russia, he said, should …`)
const ASIDE_VERB = ASIDE_CUE_VERBS.join('|');
const CLAUSE_BREAK = new RegExp(`[;:“"«]\\s*|\\bthat\\s+|,\\s+(?:and|but|while|whereas|so|as)\\s+|,\\s+(?=(?:we|i|he|she|they)\\b(?!\\s(?:also\\s)?(?:${ASIDE_VERB}),))|(?<=\\([A-Z][A-Za-z]{1,11})\\)\\s+`, 'iy');
/** Whether a clause break can start with this character: `;`, `:`, `“`, `"`, `«`, `,`, `t`, `T`, `)`. */
function mayStartClauseBreak(c: number): boolean {
  return c === 44 || c === 116 || c === 84 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0xab || c === 41;
}

/**
 * The last clause break (`;`, `:`, `, and`, `that`, an opening quote) before the trigger: found
 * from the end (no break can start inside another, so the last place one starts is the last
 * break a scan from the start finds).
 */
function lastClauseBreak(clean: string, from: number, to: number): number {
  const s = clean.slice(from, to);
  for (let i = s.length - 1; i >= 0; i--) {
    if (!mayStartClauseBreak(s.charCodeAt(i))) continue;
    CLAUSE_BREAK.lastIndex = i;
    const m = CLAUSE_BREAK.exec(s);
    if (m) return from + i + m[0].length;
  }
  return from;
}

function pronounActor(ctx: Context, pronoun: string, at: number): Party | null {
  // (a possessive stands for its pronoun: `my` aim is the speaker's, `our` willingness the speaker's side's)
  const lower = pronoun.toLowerCase();
  const p = lower === 'my' ? 'i' : lower === 'our' ? 'we' : lower;
  if (p === 'you') return null;
  const speaker = ctx.speakerAt(at);
  if (p === 'i' || p === 'we') {
    if (!speaker) return { person: null, label: p === 'i' ? 'I' : 'we', actor: p === 'i' ? 'I' : 'we', start: at, end: at, plural: p === 'we' };
    const country = speaker.person?.country ?? null;
    return { ...speaker, actor: p === 'we' ? country ?? speaker.actor : speaker.actor, start: at, end: at };
  }
  return null;
}

/** The nearest country or official named before the trigger in its sentence (possessives aside). */
function nearestPartyBefore(ctx: Context, from: number, to: number): Party | null {
  const ts = ctx.doc.tokensIn(from, to);
  for (let i = ts.length - 1; i >= 0; i--) {
    const t = ts[i];
    if (!t.word || /['’]s$/.test(t.text) || (!t.cap && !/^(?:we|he|she)$/.test(t.lower))) continue;
    const p = ctx.parties.classify([t]);
    if (p) return p;
  }
  return null;
}

/** `agreed to:` / `committed to working together to :` followed by bullet items: one commitment per item. */
function listItems(ctx: Context, rule: TriggerRule, tStart: number, tEnd: number, sentence: Span): FoundCommitment[] | null {
  const { doc } = ctx;
  const bi = doc.blockAt(tStart);
  const lead = doc.clean.slice(Math.max(sentence.start, tStart - 300), tEnd + 120);
  const colon = lead.indexOf(':', tEnd - Math.max(sentence.start, tStart - 300));
  if (bi < 0 || colon < 0 || (!SIGNING.test(doc.clean.slice(tStart, tEnd)) && !/\bto$/i.test(trimEndWhere(lead.slice(0, colon), isSpace)))) return null;
  const headEnd = auxStart(doc.clean, tStart, Math.max(sentence.start, tStart - 120));
  const actor = ctx.parties.subjectBefore(headEnd, sentence.start) ?? ctx.parties.sentenceSubject(sentence.start, tStart);
  const out: FoundCommitment[] = [];
  for (let b = bi + 1; b < doc.blocks.length && doc.blocks[b].kind === 'bullet'; b++) {
    const block = doc.blocks[b];
    let end = trimItemEnd(doc.text, block.start, block.end);
    // `…; and` / `…; or` closing an item belongs to the list, not the item
    const joiner = /[;,]\s*(?:and|or)$/i.exec(doc.text.slice(Math.max(block.start, end - 8), end));
    if (joiner) end -= joiner[0].length;
    if (end > block.start) out.push({ start: block.start, end, kind: rule.kind, trigger: { start: tStart, end: tEnd }, actor, quote: null });
  }
  return out.length ? out : null;
}

/** `the 1st Forum of Young Leaders` → `the 1st Forum`: the head of a noun phrase is before its `of`. */
function headNoun(np: string): string {
  const i = np.search(/\sof\s/i);
  return i >= 0 ? np.slice(0, i) : np;
}

/** After a signing, a short lead that ends its sentence with a colon: `… in the presence of the two Prime Ministers:`. */
function leadsToList(doc: Doc, after: string, sentence: Span): boolean {
  const colon = after.indexOf(':');
  if (colon < 0 || after.slice(0, colon).trim().split(/\s+/).length > 12) return false;
  return trimEndWhere(doc.clean.slice(sentence.start, sentence.end), isSpace).endsWith(':');
}

/** After a trigger, a colon that opens a list: `agreed to:`, `committed to working together to :`. */
function introducesList(after: string): boolean {
  const a = trimEndWhere(after.slice(0, 120), isSpace);
  if (!a.endsWith(':')) return false;
  const words = a.slice(0, -1).trim().split(/\s+/).filter(Boolean);
  return words.length === 0 || (words.length <= 4 && words[words.length - 1].toLowerCase() === 'to');
}

/** An event or a document to be made, in the passive: `(that) a meeting (will) be held …`, `a new agreement be signed`. */
// (or take place: `We agreed that the next round of Political Dialogue and Positive Agenda will take place in Athens`)
const EVENT_ARRANGED = /^\s*(?:[^\s.,;:]+\s+){1,12}?(?:(?:(?:will|would|should|shall)\s+)?be\s+(?:held|convened|organi[sz]ed|arranged|established|set\s+up|created|launched|signed|resumed|prepared|finali[sz]ed|implemented)|(?:will|would|should|shall)\s+take\s+place)\b/i;
/** A phrase in commas before the content's subject: `that, in order to bolster …, the two countries would …`. */
const INTRO_IN_COMMAS = /^\s*,[^,;:.“”"]{1,150},/;

/** `agreed that it would be especially important to continue …`: a need to act, agreed on (not `important to the region`). */
const AGREED_NEED = new RegExp(`^\\s*it\\s+(?:is|was|would\\s+be)\\s+${IMPORTANCE}\\s+to\\s+(?!(?:the|a|an|us|me|him|her|them|all|both|our|their|his|its|this|these|those|everyone)\\b)[a-z]`, 'i');
/** `agreed that both sides will …`: a that-clause commits when a party's modal follows (not `the Summit would be`). */
function agreesToAct(text: string): boolean {
  const clause = text.replace(INTRO_IN_COMMAS, ' ');
  // (`agreed that a meeting will be held between Presidents …`, `It was agreed that a meeting be held in Dakar`: agreeing
  // to make an event happen, although the event is no agent)
  if (EVENT_ARRANGED.test(clause)) return true;
  // (`agreed that there was a need to …`: a duty agreed on, read as the obligation it is)
  if (/^\s*there\s+(?:is|was)\s+(?:also\s+)?a\s+need\b/i.test(clause)) return false;
  // (`agreed that it would be especially important to continue …`: what they hold needed is what they agree to do)
  if (AGREED_NEED.test(clause)) return true;
  const m = /^\s*((?:[^\s.,;:]+\s+){0,8}?)(?:will|would|shall|should|must|need\s+to|are\s+ready\s+to|is\s+ready\s+to)\b/i.exec(clause);
  // (`agreed that the situation in Ukraine must remain in the EU's focus`: a state to keep is a shared view)
  if (m && /^\s+(?:remain|stay)\b/i.test(clause.slice(m.index + m[0].length))) return false;
  if (m) return isAgentSubject(m[1].trim());
  // (a communiqué's subjunctive, no modal: `agreed that relevant authorities pursue progress on this initiative`)
  const bare = SUBJUNCTIVE_ACTION.exec(clause);
  if (bare && !/\b(?:to|not|it|this|there|which)$/i.test(bare[1].trim())) return isAgentSubject(bare[1].trim());
  return /^\s*to\s/i.test(clause);
}

/** Whether a sentence's text before a trigger reports it: a reporting verb, or `In his words, …`. */
function reportedInSentence(lead: string): boolean {
  return REPORTING_VERB.test(lead) || IN_HIS_WORDS.test(lead);
}

/** Whether a that-clause's subject can act: not a thing (`the Summit`) nor everyone (`all countries`). */
function isAgentSubject(subject: string): boolean {
  return !NON_AGENT_HEADS.test(headNoun(subject)) && !GENERIC_PLURAL.test(subject);
}

/** A subject and a bare verb of joint action after `agreed that` (`relevant authorities pursue …`, `the ministers meet …`). */
const SUBJUNCTIVE_ACTION = /^\s*((?:[^\s.,;:]+\s+){1,6}?)(?:pursue|explore|continue|work|hold|convene|establish|develop|strengthen|expedite|finali[sz]e|conclude|intensify|enhance|expand|deepen|promote|cooperate|coordinate|consult|meet|identify|undertake|facilitate|accelerate|implement|review|prepare|draft|submit|organi[sz]e|set\s+up|take\s+(?:steps|measures|action))\b/i;

/**
 * A bare plural with no determiner (`countries should embrace policies …`, `agreed that all countries should do their
 * utmost …`), or all the parties to a conflict (`agreed that all parties should refrain from …`; but `Sides` alone, as
 * translations write `the sides`, are the speakers): a rule for everyone, no party's own commitment.
 */
const GENERIC_PLURAL = /^(?:(?:all\s+)?(?:countries|governments|states|nations|donors|partners|members|allies|societies|peoples)|all\s+(?:parties|sides|actors|stakeholders))$/i;
