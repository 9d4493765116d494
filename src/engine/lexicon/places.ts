// Cities that open datelines (`WASHINGTON:`, `NEW DELHI, 12 March`): the capitals and the cities
// where diplomacy is often datelined. A dateline's city is a place, never a speaker's label.
// (Capitals that are also given names — Victoria, Santiago, Kingston, Georgetown, Male — are left
// out: `Victoria:` may well label a speaker. Nor are cities that headlines name as a war's front, `Gaza Overshadows Arab
// Summit`: as a place in the headline they would be taken for the meeting's.)
const CITIES = `
kabul, tirana, algiers, andorra la vella, luanda, buenos aires, yerevan, canberra, vienna, baku, nassau, manama, dhaka,
bridgetown, minsk, brussels, belmopan, porto-novo, thimphu, la paz, sucre, sarajevo, gaborone, brasilia, brasília,
bandar seri begawan, sofia, ouagadougou, gitega, bujumbura, praia, phnom penh, yaounde, yaoundé, ottawa, bangui,
n'djamena, ndjamena, beijing, bogota, bogotá, moroni, kinshasa, brazzaville, san jose, san josé, yamoussoukro,
abidjan, zagreb, havana, nicosia, prague, copenhagen, djibouti, roseau, santo domingo, quito, cairo, san salvador, malabo,
asmara, tallinn, mbabane, addis ababa, suva, helsinki, paris, libreville, banjul, tbilisi, berlin, accra, athens,
guatemala city, conakry, bissau, port-au-prince, tegucigalpa, budapest, reykjavik, new delhi,
jakarta, tehran, baghdad, dublin, jerusalem, tel aviv, rome, tokyo, amman, astana, nur-sultan, almaty, nairobi,
tarawa, pristina, kuwait city, bishkek, vientiane, riga, beirut, maseru, monrovia, tripoli, vaduz, vilnius, luxembourg,
antananarivo, lilongwe, kuala lumpur, putrajaya, bamako, valletta, majuro, nouakchott, port louis, mexico city, palikir,
chisinau, chișinău, monaco, ulaanbaatar, podgorica, rabat, maputo, naypyidaw, naypyitaw, yangon, windhoek,
kathmandu, amsterdam, the hague, wellington, managua, niamey, abuja, pyongyang, skopje, oslo, muscat, islamabad,
ramallah, panama city, port moresby, asuncion, asunción, lima, manila, warsaw, lisbon, doha, bucharest, moscow, kigali,
basseterre, castries, kingstown, apia, san marino, riyadh, dakar, belgrade, freetown, singapore,
bratislava, ljubljana, honiara, mogadishu, pretoria, cape town, johannesburg, seoul, juba, madrid, colombo,
khartoum, paramaribo, stockholm, bern, berne, damascus, taipei, dushanbe, dodoma, dar es salaam,
bangkok, dili, lome, lomé, port of spain, tunis, ankara, istanbul, ashgabat, funafuti, kampala, kyiv, kiev,
abu dhabi, dubai, london, montevideo, tashkent, samarkand, port vila, vatican city, caracas, hanoi, ho chi minh city,
sanaa, aden, lusaka, harare,
new york, united nations, geneva, washington, washington dc, washington d.c., davos, sochi, st. petersburg,
saint petersburg, vladivostok, shanghai, osaka, hiroshima, busan, mumbai, kolkata, chennai, bengaluru, karachi, lahore,
jeddah, alexandria, sharm el-sheikh, marrakech, casablanca, lagos, durban, rio de janeiro, sao paulo, são paulo,
munich, frankfurt, hamburg, strasbourg, milan, barcelona, edinburgh, los angeles, san francisco, camp david, honolulu,
miami, chicago, boston, houston, toronto, montreal, vancouver, melbourne, brisbane, auckland, cancun, cancún, guadalajara,
monterrey, cartagena, medellin, medellín, cusco, valparaiso, valparaíso, zurich, zürich, hong kong, macau, macao, guangzhou,
shenzhen, chongqing, wuhan, kyoto, yokohama, incheon, jeju, da nang, cebu, surabaya, denpasar, penang, johor bahru,
chittagong, izmir, antalya, thessaloniki, naples, venice, lyon, marseille, bordeaux, cologne, bonn, dresden, leipzig, gdansk, gdańsk, krakow, kraków,
yekaterinburg, kazan, novosibirsk, mombasa, kisumu, arusha, zanzibar, lubumbashi,
oran, tangier, kano, ibadan, port harcourt, kumasi, douala, bulawayo, beira
`;

const CITY_SET = new Set(CITIES.split(',').map((c) => c.trim()).filter(Boolean));

/** Whether `text` (any case) is a city that datelines name: `WASHINGTON`, `New Delhi`. */
export function isDatelineCity(text: string): boolean {
  const lower = text.toLowerCase();
  // (most names come with single spaces: the normalizing copy only when they do not; every name run is asked)
  return CITY_SET.has(lower) || (ODD_SPACE.test(lower) && CITY_SET.has(lower.replace(/\s+/g, ' ').trim()));
}
const ODD_SPACE = /\s\s|[^\S ]|^\s|\s$/;
