// Countries as the text may name them: canonical name | other names | demonyms (adjectives).
// A demonym before a title (`Chinese Foreign Minister`) gives the role's country; a country is a
// party that can commit (`China is willing to`), never a person.
import { owned } from '../ownedString';
const DATA = `
Afghanistan||Afghan
Albania||Albanian
Algeria||Algerian
Andorra||Andorran
Angola||Angolan
Antigua and Barbuda||Antiguan
Argentina||Argentine;Argentinian;Argentinean
Armenia||Armenian
Australia||Australian
Austria||Austrian
Azerbaijan||Azerbaijani;Azeri
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian;Bajan
Belarus|Republic of Belarus;Byelorussia|Belarusian;Belarussian;Byelorussian
Belgium||Belgian
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian
Bosnia and Herzegovina|Bosnia;BiH;Bosnia-Herzegovina|Bosnian
Botswana||Motswana;Batswana
Brazil||Brazilian
Brunei|Brunei Darussalam|Bruneian
Bulgaria||Bulgarian
Burkina Faso||Burkinabe;Burkinabè
Burundi||Burundian
Cabo Verde|Cape Verde|Cape Verdean
Cambodia|Kingdom of Cambodia|Cambodian
Cameroon||Cameroonian
Canada||Canadian
Central African Republic||Central African
Chad|Republic of Chad|Chadian
Chile||Chilean
China|People's Republic of China;People’s Republic of China;PRC|Chinese
Colombia||Colombian
Comoros||Comorian
Congo|Republic of the Congo;Democratic Republic of the Congo;DRC|Congolese
Costa Rica||Costa Rican
Côte d'Ivoire|Cote d'Ivoire;Côte d’Ivoire;Ivory Coast|Ivorian
Croatia||Croatian
Cuba||Cuban
Cyprus||Cypriot
Czech Republic|Czechia|Czech
Denmark||Danish
Djibouti||Djiboutian
Dominica||
Dominican Republic|the Dominican Republic|Dominican
Ecuador||Ecuadorian;Ecuadorean
Egypt||Egyptian
El Salvador||Salvadoran;Salvadorean
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean
Estonia||Estonian
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian
Fiji||Fijian
Finland||Finnish
France|French Republic|French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian
Germany|Federal Republic of Germany|German
Ghana||Ghanaian
Greece|Hellenic Republic|Greek
Grenada||Grenadian
Guatemala||Guatemalan
Guinea||Guinean
Guinea-Bissau|Guinea Bissau|Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian
Honduras||Honduran
Hungary||Hungarian
Iceland||Icelandic
India|Republic of India|Indian
Indonesia|Republic of Indonesia|Indonesian
Iran|Islamic Republic of Iran|Iranian
Iraq||Iraqi
Ireland||Irish
Israel|State of Israel|Israeli
Italy||Italian
Jamaica||Jamaican
Japan||Japanese
Jordan||Jordanian
Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani
Kenya||Kenyan
Kiribati||I-Kiribati
Kuwait||Kuwaiti
Kyrgyzstan|Kyrgyz Republic|Kyrgyz
Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian
Latvia||Latvian
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian
Libya||Libyan
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian
Luxembourg||Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian
Maldives||Maldivian
Mali||Malian
Malta||Maltese
Marshall Islands|RMI;Republic of the Marshall Islands|Marshallese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican
Micronesia|FSM;Federated States of Micronesia|Micronesian
Moldova|Republic of Moldova|Moldovan
Monaco||Monegasque
Mongolia||Mongolian
Montenegro||Montenegrin
Morocco|Kingdom of Morocco|Moroccan
Mozambique||Mozambican
Myanmar|Burma|Myanmar;Burmese
Namibia||Namibian
Nauru||Nauruan
Nepal||Nepali;Nepalese
Netherlands|the Netherlands;Holland|Dutch
New Zealand||New Zealand
Nicaragua||Nicaraguan
Niger||Nigerien
Nigeria|Federal Republic of Nigeria|Nigerian
North Korea|Democratic People's Republic of Korea;DPRK|North Korean
North Macedonia|Macedonia|North Macedonian;Macedonian
Norway||Norwegian
Oman||Omani
Pakistan|Islamic Republic of Pakistan|Pakistani
Palau||Palauan
Palestine|State of Palestine|Palestinian
Panama||Panamanian
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan
Peru||Peruvian
Philippines|the Philippines|Philippine;Filipino
Poland|Republic of Poland|Polish
Portugal||Portuguese
Qatar||Qatari
Romania||Romanian
Russia|Russian Federation;the Russian Federation|Russian
Rwanda||Rwandan
Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian
Saint Lucia|St Lucia;St. Lucia|Saint Lucian
Saint Vincent and the Grenadines|Saint Vincent;St Vincent;St. Vincent;St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian
Samoa||Samoan
San Marino||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe;Sao Tome;São Tomé;São Tome|Santomean
Saudi Arabia|Kingdom of Saudi Arabia|Saudi
Senegal||Senegalese
Serbia||Serbian
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean
Slovakia||Slovak
Slovenia||Slovenian;Slovene
Solomon Islands||Solomon Islander
Somalia||Somali;Somalian
South Africa||South African
South Korea|Republic of Korea;the Republic of Korea;ROK;Korea|South Korean;Korean
South Sudan||South Sudanese
Spain|Kingdom of Spain|Spanish
Sri Lanka||Sri Lankan
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish
Switzerland|Swiss Confederation|Swiss
Syria|Syrian Arab Republic|Syrian
Tajikistan||Tajik;Tajikistani
Tanzania|United Republic of Tanzania|Tanzanian
Thailand||Thai
Timor-Leste|East Timor|Timorese
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago||Trinidadian
Tunisia||Tunisian
Türkiye|Turkey;Turkiye;Republic of Türkiye|Turkish
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda||Ugandan
Ukraine||Ukrainian
United Arab Emirates|UAE;the UAE;Emirates|Emirati
United Kingdom|UK;U.K.;Britain;Great Britain;the United Kingdom;the UK;United Kingdom of Great Britain and Northern Ireland|British
United States|US;U.S.;USA;U.S.A.;United States of America;America;the United States;the US;the U.S.|American;US;U.S.
Uruguay||Uruguayan
Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistan
Vanuatu||Ni-Vanuatu;Vanuatuan
Vatican|Holy See;Vatican City|Vatican
Venezuela||Venezuelan
Vietnam|Viet Nam;Việt Nam|Vietnamese
Yemen||Yemeni
Zambia||Zambian
Zimbabwe||Zimbabwean
Greenland||Greenlandic
Faroe Islands|Faeroe Islands;the Faroes;the Faeroes;Faroes;Faeroes|Faroese
Cook Islands||Cook Islander
Niue||Niuean
Tokelau||Tokelauan
Puerto Rico||Puerto Rican
Bermuda||Bermudian
Gibraltar||Gibraltarian
New Caledonia||New Caledonian
French Polynesia||French Polynesian
Aruba||Aruban
Curaçao|Curacao|
Western Sahara||Sahrawi
Transnistria|Transdniester;Pridnestrovie;Pridnestrovian Moldavian Republic|Transnistrian;Pridnestrovian
Abkhazia||Abkhaz;Abkhazian
South Ossetia||South Ossetian
Somaliland||Somalilander
Artsakh|Nagorno-Karabakh;Nagorno Karabakh|
Taiwan||Taiwanese
Kosovo||Kosovar
Northern Cyprus|Turkish Republic of Northern Cyprus;TRNC|Turkish Cypriot
Hong Kong||
Macao|Macau|
`;

export interface CountryEntry {
  name: string;
  names: string[];
  demonyms: string[];
}

export const COUNTRIES: CountryEntry[] = DATA.trim()
  .split('\n')
  .map((line) => {
    const [name, others, demonyms] = line.split('|');
    const names = [name, ...(others ? others.split(';') : [])];
    return { name, names, demonyms: demonyms ? demonyms.split(';') : [] };
  });

/** Lower-cased country name or alias (without a leading "the") → canonical name. */
export const COUNTRY_BY_NAME = new Map<string, string>();
function apostropheVariants(name: string): string[] {
  return /['’]/.test(name) ? [...new Set([name, name.replace(/’/g, "'"), name.replace(/'/g, '’')])] : [name];
}
/** Lower-cased demonym → canonical country name. */
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  // (with either apostrophe, as texts write them: `Cote d'Ivoire`, `Cote d’Ivoire`)
  for (const n of c.names) for (const v of apostropheVariants(n.replace(/^the /i, '').toLowerCase())) COUNTRY_BY_NAME.set(v, c.name);
  for (const d of c.demonyms) if (!COUNTRY_BY_DEMONYM.has(d.toLowerCase())) COUNTRY_BY_DEMONYM.set(d.toLowerCase(), c.name);
}

const ENTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/**
 * A country as this text writes it: a role's country read from a demonym (`Turkish President`) is
 * given its canonical name (`Türkiye`); when the text never writes that name but writes another
 * of the country's names (`Turkey`), that one.
 */
export function countryAsWritten(country: string, text: string): string {
  const entry = ENTRY_BY_NAME.get(country);
  if (!entry || text.includes(country)) return country;
  let best: string | null = null;
  let bestAt = Infinity;
  for (const n of entry.names) {
    const name = n.replace(/^the /i, '');
    const at = wordAt(text, name);
    if (at >= 0 && at < bestAt) { best = name; bestAt = at; }
  }
  return best ?? country;
}

/** The first place `word` stands as a whole word in `text`, or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** Every single word that occurs in a country name or demonym: never a person's name on its own. */
export const COUNTRY_WORDS = new Set<string>();
for (const c of COUNTRIES) {
  for (const n of [...c.names, ...c.demonyms]) for (const w of n.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) COUNTRY_WORDS.add(w);
}

/** International organizations and blocs: parties, never persons. Abbreviation or name → canonical. */
const ORGS = `
UN|United Nations;U.N.
EU|European Union
ASEAN|Association of Southeast Asian Nations
NATO|North Atlantic Treaty Organization
AU|African Union
SCO|Shanghai Cooperation Organization;Shanghai Cooperation Organisation
CIS|Commonwealth of Independent States
EAEU|Eurasian Economic Union
CSTO|Collective Security Treaty Organization
OSCE|Organization for Security and Co-operation in Europe
G7|Group of Seven
G20|Group of Twenty
BRICS|
WHO|World Health Organization
IAEA|International Atomic Energy Agency
OPEC|
WTO|World Trade Organization
IMF|International Monetary Fund
OIC|Organisation of Islamic Cooperation
GCC|Gulf Cooperation Council
APEC|Asia-Pacific Economic Cooperation
Union State|Union State of Belarus and Russia
USAID|United States Agency for International Development
UNDP|United Nations Development Programme
UNICEF|
UNHCR|
UNESCO|
FAO|Food and Agriculture Organization
WFP|World Food Programme
ECOWAS|Economic Community of West African States
SADC|Southern African Development Community
BIMSTEC|
CARICOM|Caribbean Community
Mercosur|MERCOSUR
OAS|Organization of American States
Arab League|League of Arab States
ICRC|International Committee of the Red Cross;Red Cross;International Red Cross
IFRC|International Federation of Red Cross and Red Crescent Societies;Red Crescent
IOM|International Organization for Migration;International Organisation for Migration
Quint|
FIFA|Fédération Internationale de Football Association;International Federation of Association Football
IOC|International Olympic Committee
OECD|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development
PIF|Pacific Islands Forum
IGAD|Intergovernmental Authority on Development
EAC|East African Community
ECCAS|Economic Community of Central African States
CELAC|Community of Latin American and Caribbean States
AOSIS|Alliance of Small Island States
ILO|International Labour Organization;International Labor Organization
UNEP|United Nations Environment Programme
UNFCCC|United Nations Framework Convention on Climate Change
`;

export const ORGANIZATION_BY_NAME = new Map<string, string>();
for (const line of ORGS.trim().split('\n')) {
  const [abbr, others] = line.split('|');
  ORGANIZATION_BY_NAME.set(abbr.toLowerCase(), abbr);
  for (const n of others ? others.split(';') : []) ORGANIZATION_BY_NAME.set(n.toLowerCase(), abbr);
}

/** The canonical country of a name or demonym as written (`Belarusian`, `the Republic of Belarus`, `Russia’s`), or null. */
export function countryOf(words: string): string | null {
  // kept per phrase: the same few words are asked about for every name, title and subject
  let c = countries.get(words);
  if (c === undefined) {
    const w = words.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim().toLowerCase();
    c = COUNTRY_BY_NAME.get(w) ?? COUNTRY_BY_DEMONYM.get(w) ?? null;
    if (countries.size < 10000) countries.set(owned(words), c);
  }
  return c;
}
const countries = new Map<string, string | null>();

/** Every country name, demonym and organization (lower case), so that a phrase is checked in one lookup. */
export const KNOWN_NAMES = new Set<string>([...COUNTRY_BY_NAME.keys(), ...COUNTRY_BY_DEMONYM.keys(), ...ORGANIZATION_BY_NAME.keys()]);

/** The most words of any country, demonym or organization name (`Organization for Security and Co-operation in Europe`: 7). */
export const LONGEST_NAME_WORDS = Math.max(...[...KNOWN_NAMES].map((n) => n.split(' ').length));

/** First words (lower case) of every country, demonym or organization name of several words. */
export const MULTI_WORD_STARTS = new Set<string>();
for (const names of [COUNTRY_BY_NAME.keys(), COUNTRY_BY_DEMONYM.keys(), ORGANIZATION_BY_NAME.keys()]) {
  for (const n of names) {
    const words = n.split(' ');
    if (words.length > 1) MULTI_WORD_STARTS.add(words[0]);
  }
}

/** A word of a name of several words: whether the words up to it are a name, and the words that may follow. */
export interface NameWord {
  name: boolean;
  next: Map<string, NameWord>;
}
/** The names of KNOWN_NAMES of several words as a tree of their words, walked word by word without building phrases. */
export const NAME_WORDS = new Map<string, NameWord>();
for (const n of KNOWN_NAMES) {
  const words = n.split(' ');
  if (words.length < 2) continue;
  let level = NAME_WORDS;
  let node: NameWord | undefined;
  for (const w of words) {
    node = level.get(w);
    if (!node) { node = { name: false, next: new Map() }; level.set(w, node); }
    level = node.next;
  }
  node!.name = true;
}
