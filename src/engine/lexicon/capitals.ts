// Capitals that news copy uses for their governments (`Manila is committed to …`, `Beijing will …`, `Moscow is ready
// to …`): as the subject of a commitment, such a city is its country. Capitals that are also common given names (Victoria,
// Santiago) are left out.
import { countryOf } from './countries';

const CAPITAL_COUNTRY: ReadonlyArray<[string, string]> = [
  ['kabul', 'Afghanistan'], ['tirana', 'Albania'], ['algiers', 'Algeria'], ['luanda', 'Angola'], ['buenos aires', 'Argentina'],
  ['yerevan', 'Armenia'], ['canberra', 'Australia'], ['vienna', 'Austria'], ['baku', 'Azerbaijan'], ['manama', 'Bahrain'],
  ['dhaka', 'Bangladesh'], ['minsk', 'Belarus'], ['brussels', 'Belgium'], ['sarajevo', 'Bosnia and Herzegovina'],
  ['brasilia', 'Brazil'], ['brasília', 'Brazil'], ['sofia', 'Bulgaria'], ['phnom penh', 'Cambodia'], ['ottawa', 'Canada'],
  ['beijing', 'China'], ['bogota', 'Colombia'], ['bogotá', 'Colombia'], ['zagreb', 'Croatia'], ['havana', 'Cuba'],
  ['nicosia', 'Cyprus'], ['prague', 'Czech Republic'], ['copenhagen', 'Denmark'], ['cairo', 'Egypt'], ['tallinn', 'Estonia'],
  ['addis ababa', 'Ethiopia'], ['suva', 'Fiji'], ['helsinki', 'Finland'], ['paris', 'France'], ['tbilisi', 'Georgia'],
  ['berlin', 'Germany'], ['accra', 'Ghana'], ['athens', 'Greece'], ['budapest', 'Hungary'], ['reykjavik', 'Iceland'],
  ['new delhi', 'India'], ['jakarta', 'Indonesia'], ['tehran', 'Iran'], ['baghdad', 'Iraq'], ['dublin', 'Ireland'],
  ['rome', 'Italy'], ['tokyo', 'Japan'], ['amman', 'Jordan'], ['astana', 'Kazakhstan'], ['nairobi', 'Kenya'],
  ['bishkek', 'Kyrgyzstan'], ['vientiane', 'Laos'], ['riga', 'Latvia'], ['beirut', 'Lebanon'], ['tripoli', 'Libya'],
  ['vilnius', 'Lithuania'], ['kuala lumpur', 'Malaysia'], ['valletta', 'Malta'], ['mexico city', 'Mexico'],
  ['chisinau', 'Moldova'], ['chișinău', 'Moldova'], ['ulaanbaatar', 'Mongolia'], ['podgorica', 'Montenegro'],
  ['rabat', 'Morocco'], ['naypyidaw', 'Myanmar'], ['naypyitaw', 'Myanmar'], ['kathmandu', 'Nepal'], ['the hague', 'Netherlands'],
  ['wellington', 'New Zealand'], ['abuja', 'Nigeria'], ['pyongyang', 'North Korea'], ['skopje', 'North Macedonia'],
  ['oslo', 'Norway'], ['muscat', 'Oman'], ['islamabad', 'Pakistan'], ['ramallah', 'Palestine'], ['port moresby', 'Papua New Guinea'],
  ['lima', 'Peru'], ['manila', 'Philippines'], ['warsaw', 'Poland'], ['lisbon', 'Portugal'], ['doha', 'Qatar'],
  ['bucharest', 'Romania'], ['moscow', 'Russia'], ['kigali', 'Rwanda'], ['riyadh', 'Saudi Arabia'],
  ['dakar', 'Senegal'], ['belgrade', 'Serbia'], ['bratislava', 'Slovakia'], ['ljubljana', 'Slovenia'], ['mogadishu', 'Somalia'],
  ['pretoria', 'South Africa'], ['seoul', 'South Korea'], ['madrid', 'Spain'], ['colombo', 'Sri Lanka'], ['khartoum', 'Sudan'],
  ['stockholm', 'Sweden'], ['bern', 'Switzerland'], ['damascus', 'Syria'], ['taipei', 'Taiwan'], ['dushanbe', 'Tajikistan'],
  ['dodoma', 'Tanzania'], ['bangkok', 'Thailand'], ['tunis', 'Tunisia'], ['ankara', 'Türkiye'], ['ashgabat', 'Turkmenistan'],
  ['kampala', 'Uganda'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'], ['abu dhabi', 'United Arab Emirates'], ['london', 'United Kingdom'],
  ['washington', 'United States'], ['montevideo', 'Uruguay'], ['tashkent', 'Uzbekistan'], ['caracas', 'Venezuela'],
  ['hanoi', 'Vietnam'], ['sanaa', 'Yemen'], ['lusaka', 'Zambia'], ['harare', 'Zimbabwe'], ['quito', 'Ecuador'],
  ['asuncion', 'Paraguay'], ['asunción', 'Paraguay'], ['pristina', 'Kosovo'],
];

const BY_CAPITAL = new Map(CAPITAL_COUNTRY.map(([city, country]) => [city, countryOf(country) ?? country]));

/** The country whose capital the words name (`Manila` → `Philippines`), or null. */
export function countryOfCapital(words: string): string | null {
  return BY_CAPITAL.get(words.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
