// Titles of office and honorifics. A title before a name (`Foreign Minister Wang Yi`), after it
// in apposition (`Cao Jianming, Procurator-General of …`) or alone (`the President`) tells the
// engine that a person is meant and which role they hold.
import { owned } from '../ownedString';

/**
 * Words that head a title: a phrase is a role when one of them is in it. Matched case-insensitively. (With a scrape's common
 * misspellings, which must not become a name: `US Assistant Secretry Desai`.)
 */
export const TITLE_HEADS = new Set(
  `president presidents vice-president vice-premier vice-chairman vice-chair vice-chairperson vice-minister vice-ministers vice-chancellor vice-governor deputy-minister minister ministers prime-minister premier chancellor secretary secretaries secretary-general
  secretary-general's under-secretary undersecretary ambassador ambassadors envoy governor governor-general mayor king queen prince princess
  emir sultan sheikh sheikha crown monarch emperor empress chairman chairwoman chairperson chair chairs co-chair
  speaker speakers spokesperson spokesman spokeswoman spokesperson's director director-general commissioner councilor councillor
  counsellor counselor adviser advisor advisers advisors envoys commissioners governors mayors senators assistant aide aides representative representatives head heads leader leaders procurator-general procurator
  prosecutor-general prosecutor attorney-general attorney justice judge senator congressman congresswoman deputy deputies member
  members minister-counsellor consul consul-general attaché attache charge chargé d'affaires d’affaires principal officer commander commander-in-chief
  chairperson-in-office chairman-in-office chair-in-office lady
  general generals admiral marshal colonel brigadier captain lieutenant-general major-general lieutenant-colonel lt-col lt-gen maj-gen pope patriarch cardinal archbishop bishop metropolitan ayatollah rector dean father
  governor's president's minister's chief executive ceo coordinator delegate delegates delegation ombudsman auditor negotiator negotiators
  comptroller registrar administrator high-commissioner laureate lord baroness baron duke duchess viceroy taoiseach tánaiste tanaiste
  sg dsg usg asg fm pm cm dcm dpm spox vp dg eam nsa secy pres pres. gov gov. chief cs csg ps sec sec. asec asec. usec usec. amb amb.
  custodian secretry secratary secertary minster ambasador`
    .split(/\s+/)
    .filter(Boolean)
    // an office not yet taken up: `Prime Minister-designate`, `President-elect`
    .flatMap((h) => (/^[a-z]+$/.test(h) ? [h, `${h}-elect`, `${h}-designate`] : [h])),
);

/** Words that may stand inside a title phrase besides heads (`State Councilor`, `Foreign Minister`, `First Deputy`). */
export const TITLE_MODIFIERS = new Set(
  `foreign prime first second third senior junior deputy vice acting permanent executive special high general state
  interim assistant associate principal chief grand supreme honorary external internal home interior defence defense
  finance justice trade health education culture economy economic energy agriculture agricultural labour labor transport emergency
  emergencies security national federal regional minority majority official press former late outgoing incoming designate
  elect co lord lady royal his her their your majesty highness excellency holiness all-holiness eminence beatitude crown party general's cabinet presidential
  parliamentary affairs joint extraordinary plenipotentiary portfolio negotiations diplomatic private personal treasury
  unification lieutenant major rear holy`.split(/\s+/).filter(Boolean),
);

/** Honorifics: before a name they prove a person, but are not part of the name or the role. */
export const HONORIFICS = new Set(
  `mr mr. mrs mrs. ms ms. miss mme mme. madam madame dr dr. prof prof. professor sir dame h.e. h.e he shri smt smt. sri shrimati
  his her excellency excellencies majesty highness holiness all-holiness eminence beatitude royal hon hon. honourable honorable rt rt. right sen. rep. gen. col. lt. capt.
  comrade mister messrs messrs. mmes mmes. ibu bapak pak datuk dato datin tun tengku mp m.p. m.p begum h.h. h.h hh sayyid sayyida td t.d. barr barr. engr engr. alhaji alhaja hajiya reverend rev rev. msgr msgr. monsignor mawlavi maulvi mawlawi maulana samdech akka moha ponhea chakrei techo
  maj maj. brig brig. adm adm. gen col lt capt`.split(/\s+/).filter(Boolean),
);

/** Honorifics that tell the person is a woman (for `she`/`her`). */
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'mme.', 'madam', 'madame', 'dame', 'smt', 'smt.', 'shrimati', 'sheikha', 'ibu', 'begum']);
/** Titles that tell the person is a woman. */
export const FEMALE_TITLES = new Set(['queen', 'princess', 'empress', 'chairwoman', 'spokeswoman', 'congresswoman', 'baroness', 'duchess', 'sheikha', 'lady']);
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'mister', 'shri', 'sri', 'bapak', 'pak']);
// (not `chairman`: translations give it to women too, `Chairman of the Federation Council Valentina Matvienko`)
export const MALE_TITLES = new Set(['king', 'prince', 'emperor', 'spokesman', 'congressman', 'baron', 'duke', 'lord', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'patriarch']);

/**
 * Role classes: the kind of office a title names, so that `the head of state` or `the Secretary`
 * finds the official whose title is `President` or `Secretary of State`.
 */
export type RoleClass =
  | 'president' | 'vice-president' | 'prime-minister' | 'foreign-minister' | 'minister' | 'secretary-general' | 'secretary'
  | 'king' | 'queen' | 'crown-prince' | 'governor' | 'ambassador' | 'spokesperson' | 'chair' | 'chancellor' | 'mayor' | 'emir' | 'head'
  | 'diplomat' | 'aide' | 'deputy-prime-minister' | 'defence-minister' | 'other';

const classCache = new Map<string, Set<RoleClass>>();

export function roleClasses(title: string): Set<RoleClass> {
  let cached = classCache.get(title);
  if (!cached) {
    cached = computeRoleClasses(title);
    if (classCache.size < 10000) classCache.set(owned(title), cached);
  }
  return cached;
}

function computeRoleClasses(title: string): Set<RoleClass> {
  const t = title.toLowerCase().replace(/\s+/g, ' ');
  const out = new Set<RoleClass>();
  // (abbreviated as headlines and agency copy write them: `Pres.`, `PM`, `FM`, `VP`, `Gov.`)
  if (/\bvice[- ]president\b|\bvp\b/.test(t)) out.add('vice-president');
  else if (/\bpresident\b|\bpres\b/.test(t)) out.add('president');
  if (/\bprime minister\b|\bpremier\b|\bpm\b|\btaoiseach\b/.test(t) && !/\bvice[- ]premier\b/.test(t)) out.add('prime-minister');
  // (Ireland's deputy head of government, whom its releases call `the Tánaiste`)
  if (/\bt[aá]naiste\b/.test(t)) out.add('deputy-prime-minister');
  if (/\bfm\b|\bforeign minister\b|\bminister (?:of|for) foreign affairs\b|\bforeign secretary\b|\bsecretary of state\b|\bexternal affairs minister\b|\bminister of external affairs\b|\bminister of foreign affairs\b/.test(t)) {
    out.add('foreign-minister');
  }
  // (`CM`: a chief minister, as Indian and Pakistani copy writes it)
  if (/\bminister\b|\bcm\b/.test(t)) out.add('minister');
  // (whom news copy calls `the defence chief`)
  if (/\bdefen[cs]e\b/.test(t) && /\bminister\b|\bsecretary\b|\bchief\b/.test(t)) out.add('defence-minister');
  if (/\bsecretary[- ]general\b|\b(?:un)?sg\b/.test(t)) out.add('secretary-general');
  else if (/\bsecretary\b/.test(t)) out.add('secretary');
  if (/\bking\b/.test(t)) out.add('king');
  if (/\bqueen\b/.test(t)) out.add('queen');
  if (/\bcrown prince\b/.test(t)) out.add('crown-prince');
  if (/\bgovernor\b|\bgov\b/.test(t)) out.add('governor');
  // (a Commonwealth country's envoy is its High Commissioner; a chargé d'affaires heads a mission too)
  if (/\bambassador\b|\benvoy\b|\bhigh commissioner\b|\bcharg[eé] d['’]affaires\b/.test(t)) out.add('ambassador');
  // (any office of a foreign service is a diplomat's: `Deputy Foreign Minister`, `Assistant of Foreign Affairs`)
  if (/\bforeign\b|\bexternal affairs\b|\bdiplomat/.test(t)) out.add('diplomat');
  if (/\bspokes(?:person|man|woman)\b|\bspox\b|\bpress secretary\b/.test(t)) out.add('spokesperson');
  // (whom news copy calls `the presidential aide`: an assistant, adviser, counsellor or spokesperson of an office)
  if (/\bassistant\b|\badvis[eo]r\b|\baide\b|\bcounsell?or\b|\bspokes(?:person|man|woman)\b|\bpress secretary\b/.test(t)) out.add('aide');
  if (/\bchair(?:man|woman|person)?\b/.test(t)) out.add('chair');
  if (/\bchancellor\b/.test(t)) out.add('chancellor');
  if (/\bmayor\b/.test(t)) out.add('mayor');
  if (/\bemir\b|\bamir\b|\bsultan\b|\bsheikh\b/.test(t)) out.add('emir');
  if (/\bhead\b|\bleader\b/.test(t)) out.add('head');
  // `Head of State Kassym-Jomart Tokayev` is who `the President` means; a head of government, `the Prime Minister`
  if (/\bhead of state\b/.test(t)) out.add('president');
  if (/\bhead of government\b/.test(t)) out.add('prime-minister');
  if (out.size === 0) out.add('other');
  return out;
}

/**
 * Role nouns used alone as references (`the President`, `the Belarusian head of state`) → the
 * role classes they can stand for. Lower-case keys; longest first when matching.
 */
export const ROLE_NOUNS: [string, RoleClass[]][] = [
  ['head of state', ['president', 'king', 'queen', 'emir']],
  // (`the Armenian defence chief said` after `Armenian Defence Minister Serzh Sarkisyan`)
  ['defence chief', ['defence-minister']],
  ['defense chief', ['defence-minister']],
  ['head of government', ['prime-minister', 'chancellor']],
  ['head of the delegation', ['head']],
  ['delegation head', ['head']],
  ['head of delegation', ['head']],
  ['secretary-general', ['secretary-general']],
  ['secretary general', ['secretary-general']],
  ['secretary of state', ['foreign-minister', 'secretary']],
  ['foreign secretary', ['foreign-minister']],
  ['foreign minister', ['foreign-minister']],
  ['external affairs minister', ['foreign-minister']],
  // (news copy's name for a foreign minister: `The UAE top diplomat affirmed …`)
  ['top diplomat', ['foreign-minister']],
  ['prime minister', ['prime-minister']],
  ['vice president', ['vice-president']],
  ['vice-president', ['vice-president']],
  ['president', ['president']],
  ['premier', ['prime-minister']],
  ['taoiseach', ['prime-minister']],
  ['tánaiste', ['deputy-prime-minister']],
  ['tanaiste', ['deputy-prime-minister']],
  ['chancellor', ['chancellor']],
  ['minister', ['minister']],
  ['cm', ['minister']],
  // (`the PM said:` after `Prime Minister David Cameron`, as agency and government copy abbreviate)
  ['pm', ['prime-minister']],
  ['fm', ['foreign-minister']],
  // (`…,” said the SG.` after `EAC Secretary General, Amb. Liberat Mfumukeko`)
  ['sg', ['secretary-general']],
  ['secretary', ['secretary', 'foreign-minister']],
  ['governor', ['governor']],
  ['ambassador', ['ambassador']],
  ['envoy', ['ambassador']],
  // (`The diplomat said …` after an envoy's, a foreign minister's or another foreign-service official's name)
  ['diplomat', ['ambassador', 'foreign-minister', 'diplomat']],
  // (`the presidential aide said …` after `Laolu Akande, the Senior Special Assistant to the President`)
  ['aide', ['aide']],
  ['adviser', ['aide']],
  ['advisor', ['aide']],
  ['spokesperson', ['spokesperson']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['chairman', ['chair']],
  ['chairperson', ['chair']],
  ['chairwoman', ['chair']],
  ['king', ['king']],
  ['queen', ['queen']],
  ['crown prince', ['crown-prince']],
  ['emir', ['emir']],
  ['mayor', ['mayor']],
  ['leader', ['president', 'prime-minister', 'king', 'queen', 'emir', 'chancellor', 'chair', 'head']],
  ['head', ['head']],
  // `the UN chief`, `the NATO chief`: an organization's head
  ['chief', ['secretary-general', 'head', 'chair']],
];

/** Nouns that name an office by its holder's title: `the Office of the Prime Minister`, `the Cabinet of the President`. */
export const OFFICE_NAME_NOUNS = ['office', 'ministry', 'cabinet', 'secretariat', 'department', 'bureau', 'administration', 'chancellery', 'residence'];
