// Capitalized words that are not parts of a person's name: function words at the start of a
// sentence, calendar words, and the vocabulary of organizations, places and events. A capitalized
// run made only of these is an organization or a heading, not a person.

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Function words and sentence openers. */
export const FUNCTION_WORDS = list(`
the a an and or but nor if then than so as at by for from in into on onto of off out over under with within without to
up upon about above across after against along among amid around before behind below beneath beside besides between beyond
despite during except inside near outside per since through throughout till toward towards until via while whereas whether
this that these those there here it its he him his she her hers they them their theirs we us our ours you your yours i me
my mine who whom whose which what when where why how all any both each either every few many more most much neither no none
one other others several some such also again already always ever never not now often only once still today tomorrow
tonight yesterday yet just even too very well later earlier meanwhile moreover furthermore however therefore thus hence
accordingly consequently nevertheless nonetheless indeed instead otherwise besides likewise similarly additionally finally
firstly secondly lastly overall frankly obviously clearly unfortunately fortunately naturally certainly surely perhaps maybe
yes yeah okay ok oh please thank thanks dear ladies gentlemen friends colleagues excellencies let lets let's good great
according regarding concerning following including excluding considering given speaking addressing welcoming expressing
recognizing recognising noting stressing emphasizing emphasising taking turning returning referring commenting answering
responding replying asked asking in-turn besides whilst amongst
`);

/** Calendar words. */
export const CALENDAR_WORDS = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'edt', 'est', 'cet', 'msk']);

/** Vocabulary of organizations, bodies, places, events and documents. */
export const INSTITUTION_WORDS = list(`
ministry ministries council councils committee committees commission commissions organization organisation organizations staff
organisations union unions assembly assemblies parliament parliaments government governments administration department
departments office offices agency agencies bank banks fund funds court courts procuratorate prosecution party parties front
forces force army navy air federation republic republics kingdom kingdoms emirate emirates states state territory
territories region regions province provinces oblast krai district county city town village capital palace house
europe eurasia asia africa americas caucasus balkans caribbean arctic antarctica oceania
street avenue square centre center university universities institute institutes academy academies school
summit summits forum forums conference conferences meeting meetings session sessions debate debates dialogue dialogues talks retreat retreats treaty
treaties agreement agreements declaration declarations charter convention conventions protocol memorandum resolution
resolutions partnership cooperation co-operation development developments security economic economy affairs matters issues consular foreign
defence defense trade commerce industry industries finance justice interior health energy education educational culture cultural scientific
documents translation information communication communications telecommunications tourism transport transportation agriculture environment labour works
labor employment sport sports youth planning investment investments infrastructure housing technology technologies science
sciences research innovation welfare fisheries resources digital media heritage mines mining petroleum aviation maritime
international national federal supreme people people's people’s peoples socialist democratic communist islamic arab central
eastern western northern southern east west north south middle peninsula sea ocean gulf strait islands island mountains
river lake bay coast operation operations programme programmes program programs initiative initiatives plan plans
strategy strategies goals goal agenda group groups secretariat mission missions embassy embassies consulate consulates
delegation delegations community communities association associations alliance alliances coalition bloc zone zones
area areas belt road silk corridor route network system systems service services board boards bureau authority
authorities directorate inspectorate chamber chambers senate congress duma rada knesset majlis cabinet presidium politburo
lok rajya vidhan sabha bundestag bundesrat sejm storting folketing riksdag eduskunta khural mazhilis jirga dáil dail seanad oireachtas
seimas saeima riigikogu althingi alþingi sabor sangsad shura mejlis kenesh
presidency presidencies chairmanship chairmanships pro-tempore diwan emiri politics business diplomacy crisis crises disaster
church churches mosques temple temples cathedrals
disasters management emergency emergencies relief
company companies corporation corporations enterprise enterprises
secretariat headquarters station port airport building gardens museum cathedral mosque
palacio palazzo palais palácio castle château chateau schloss hotel residence mansion
expatriates expatriate diaspora abroad mobility refugees refugee migrants migration disarmament peacekeeping corps humanitarian emigration immigration
integration enlargement neighbourhood neighborhood records situation topics ceremony ceremonies countries language languages duchy principality francophonie newsflash
jubilee anniversary centenary centennial bicentenary bicentennial festival celebration celebrations expo exhibition games
twitter facebook instagram telegram youtube whatsapp wechat weibo linkedin tiktok bluesky mastodon vkontakte
olympic olympics games cup championship world global european asian african american pacific atlantic arctic
indo-pacific asia-pacific eurasian caucasus balkans baltic nordic latin gulf levant sahel maghreb horn
relations relationship friendship peace unity nation nations policy policies vision visions year years day days week weeks month months century decade anniversary
media center press release news statement statements transcript briefing briefings remarks interview interviews speech speeches acceptance
readout readouts photo photos foto fotó video videos gallery page section home events event contents contacts
intelligence
prize award order medal liberation victory independence constitution law laws code act acts
telephone phone call calls conversation conversations visit visits working official state
human rights nuclear climate energy food water digital cyber space maritime
general public private joint bilateral multilateral trilateral regional strategic comprehensive all-round
high-level high level level levels first second third fourth fifth new old great grand royal family families commonwealth
north-east south-east north-west south-west northeast southeast northwest southwest
`);

/** Nouns of a meeting as an event (`the official visit of …`, `the meeting`, `during the call`). */
export const EVENT_NOUNS = list(`
meeting meetings talks visit visits conference summit session call calls conversation conversations forum dialogue
consultations event dinner lunch breakfast discussions
`);

/** Verbs of headlines in Title Case (`Wang Yi Holds Telephone Talks`, `Prime Ministers Report “Fruitful” Talks`): they end a name. */
export const HEADLINE_VERBS = list(`
holds meets met receives received speaks spoke visits visited calls called says said held signs signed
attends attended opens opened launches launched hosts hosted welcomes welcomed congratulates congratulated
discusses discussed addresses addressed takes took makes made gives gave sends sent delivers delivered
urges urged stresses stressed notes noted expresses expressed arrives arrived leaves left pays paid briefs briefed
has have had is are was were will agrees agreed reaffirms reaffirmed confirms confirmed reveals revealed condemns condemned
quote unquote
ends ended begins began concludes concluded wraps wrapped starts started completes completed recaps recapped
meet hold discuss agree sign report hail vow pledge talk review urge commit reaffirm stress condemn attend launch
express welcome renew seek explore boost strengthen deepen enhance expand forge celebrate underline highlight thank congratulate
`);

/** A name part with its Arabic article or patronymic joined by a hyphen, in lower case: `al-Habachi`, `bin-Salman`. */
export const ARTICLE_NAME = /^(?:al|el|ad|ash|as|an|at|az|ibn|bin|bint|abu|abd)-[A-Z]/;
/** Particles that may stand lower-case inside a name (`Ursula von der Leyen`, `Moussa Faki Mahamat`). */
export const NAME_PARTICLES = list(`von van der den de del della di da das dos du la le bin binti bint ibn al el ben ter ten zu`);
/** Given names spelled like an English verb or adverb (`Mohammed bin Salman`, `Ahmed Aboul Gheit`, `Kelly Craft`): a name's
 * first word, not a sentence-initial verb glued to a name (`Congratulating Vladimir Putin`, `Separately Sergey Lavrov`). */
export const GIVEN_NAMES_LIKE_VERBS = list(`mohammed mohamed muhammed mehmed ahmed hamed hameed saeed sayed seyed seyyed syed zayed khaled
  majed majeed rasheed rashed waheed naveed javed fareed fahed raed fred ted ned jed reed kelly emily sally molly holly shelly
  beverly kimberly lilly billy`);

/** Ceremonies a person is the object of, capitalized in news copy: `during the Coronation of King Charles III`. */
const CEREMONY_WORDS = list(`coronation coronations inauguration inaugurations enthronement investiture funeral funerals`);

/** Season's greetings, capitalized as wishes are: `wished the Deputy Secretary Happy Christmas and New Year`. */
const GREETING_WORDS = list(`happy merry christmas easter ramadan diwali hanukkah nowruz holidays birthday`);

/** A page's labels before a headline: `UPDATED Slovenian President: …`, `BREAKING: …`. */
// (and a picture's credit line: `File Photo Image Credit: ANI`)
// (its source line, `Original Article Source: Mehr News`; a page's box, `Fun Fact: …`, `Details: …`, its contact lines, `E-mail: …`; and a candidacy in a headline, `Foreign Minister of Uruguay, Candidate for OAS Secretary General`)
const PAGE_LABEL_WORDS = list(`updated created modified posted published original article articles source sources breaking exclusive photo photos image images credit credits caption courtesy fun fact facts candidate candidates nominee e-mail email fax website details summary background`);

/** What an office is called as a post, capitalized in headlines after the title: `Takes up ASEAN Secretary-General Position`. */
const POST_WORDS = list(`position post role job seat helm tenure mandate`);

/** A generic polity's possessive before an office (`the country's top diplomat`, `the kingdom's foreign minister`): the polity the text speaks of. */
export const POLITY_POSSESSIVE = /^(?:country|nation|kingdom|republic)['’]s$/i;

/** A capitalized word that the engine never reads as (part of) a person's name by itself. */
export function isCommonCapitalized(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || INSTITUTION_WORDS.has(lower) || HEADLINE_VERBS.has(lower) || GREETING_WORDS.has(lower) || PAGE_LABEL_WORDS.has(lower) || POST_WORDS.has(lower) || CEREMONY_WORDS.has(lower);
}
