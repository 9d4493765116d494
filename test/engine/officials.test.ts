// Officials: names across naming traditions, roles from titles and appositions, aliases, and
// what is not a person. Synthetic readouts, one per hard case.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { assertExactSpans, mentionTexts, nameOf, official, quotePairs } from './helpers';

const names = (text: string): string[] => annotate(text).officials.map((o) => o.name).sort();
const roles = (text: string, name: string): string[][] =>
  official(annotate(text), name).roles.map((r) => [r.title, r.organization ?? '', r.country ?? '']);

describe('officials', () => {
  it('reads Western names with initials and titles apart from the name', () => {
    const text = 'Secretary of State Antony J. Blinken met Mr. Paul Keating in Canberra. Blinken said the talks were useful.';
    assert.deepEqual(names(text), ['Antony J. Blinken', 'Paul Keating']);
    assert.deepEqual(mentionTexts(annotate(text), text, 'Antony J. Blinken', 'name'), ['Antony J. Blinken', 'Blinken']);
    assert.deepEqual(roles(text, 'Antony J. Blinken'), [['Secretary of State', '', '']]);
  });

  it('keeps a given name spelled like a verb or an adverb at a sentence’s start (`Mohammed bin Salman`, `Ding Xuexiang`, `Kelly Craft`), but not a verb glued to a name (`Congratulating Vladimir Putin`)', () => {
    const text = 'Talks in Riyadh\n\nMohammed bin Salman, the Saudi crown prince, said the kingdom would act. Ding Xuexiang, China’s vice premier, said China would help. Kelly Craft, the US ambassador to the UN, said the US would help. Congratulating Vladimir Putin, the President of Russia, Xi spoke. Separately Sergey Lavrov, Russia’s foreign minister, met them.\n\nWANA (Apr 23) – Seyed Abbas Araghchi, Iran’s Minister of Foreign Affairs, met them too.';
    assert.deepEqual(names(text), ['Ding Xuexiang', 'Kelly Craft', 'Mohammed bin Salman', 'Sergey Lavrov', 'Seyed Abbas Araghchi', 'Vladimir Putin']);
  });

  it('reads a ceremony a person is the object of as no name and no body (`the Coronation of King Charles III`, `his Coronation`), so `she` stays with the speaker', () => {
    const text = 'Commonwealth leaders meet\n\nPatricia Scotland, the Secretary-General of the Commonwealth, met leaders during the Coronation of King Charles III. She congratulated The King on his Coronation today. While extending greetings, she noted, “I offer my deep gratitude to His Majesty.”';
    const a = annotate(text);
    assert.deepEqual(names(text), ['Charles III', 'Patricia Scotland']);
    assert.deepEqual(roles(text, 'Charles III'), [['King', '', '']]);
    assert.deepEqual(quotePairs(a).map(([, speaker]) => speaker), ['Patricia Scotland']);
  });

  it('ends an office before a rank of nobility that addresses its holder (`Saudi Foreign Minister Prince Faisal bin Farhan`), not `Crown Prince`', () => {
    const text = 'Talks in Riyadh\n\nSaudi Foreign Minister Prince Faisal bin Farhan met Saudi Crown Prince Mohammed bin Salman.';
    assert.deepEqual(roles(text, 'Faisal bin Farhan'), [['Foreign Minister', '', 'Saudi Arabia']]);
    assert.deepEqual(roles(text, 'Mohammed bin Salman'), [['Crown Prince', '', 'Saudi Arabia']]);
  });

  it('reads religious forms of address and `HH` as no name (`His Holiness`, `His All-Holiness’s church`, `HH Sheikh Tamim bin Hamad Al-Thani`)', () => {
    const text = 'FIFA President Gianni Infantino met the Amir of Qatar, HH Sheikh Tamim bin Hamad Al-Thani. “I enjoyed my conversations with His Holiness,” he added. His All-Holiness’s church extends across the globe. His Eminence Cardinal Pietro Parolin joined them.';
    assert.deepEqual(names(text), ['Gianni Infantino', 'Pietro Parolin', 'Tamim bin Hamad Al-Thani']);
  });

  it('reads a weekday after an honorific or a title, before a surname, as a given name (`Mr. Sunday Dare`), but not a weekday after a name', () => {
    const text = 'The Minister of Youth and Sports Development, Mr. Sunday Dare, Wednesday, received the President of the IOC, Mr. Thomas Bach, in Abuja.';
    assert.deepEqual(names(text), ['Sunday Dare', 'Thomas Bach']);
    assert.deepEqual(roles(text, 'Sunday Dare'), [['Minister of Youth and Sports Development', '', '']]);
  });

  it('reads an office whose portfolio or body is listed with commas before the name (`Minister of Foreign Affairs, Foreign Trade and European Affairs, Didier Reynders`, `… Educational, Scientific, and Cultural Organization (UNESCO), Audrey Azoulay`)', () => {
    const text = 'He met the Minister of Foreign Affairs, Foreign Trade and European Affairs, Didier Reynders, in Rabat. Then he met the Director-General of the United Nations Educational, Scientific, and Cultural Organization (UNESCO), Audrey Azoulay, in Riyadh. The Minister of Economy, Foreign Minister Jan Holm, was there.';
    assert.deepEqual(names(text), ['Audrey Azoulay', 'Didier Reynders', 'Jan Holm']);
    assert.deepEqual(roles(text, 'Didier Reynders'), [['Minister', 'Foreign Affairs, Foreign Trade and European Affairs', '']]);
    assert.deepEqual(roles(text, 'Audrey Azoulay'), [['Director-General', 'United Nations Educational, Scientific, and Cultural Organization (UNESCO)', '']]);
  });

  it('reads no person in an honorary title’s nouns (`the Founder of Peace and National Unity — Leader of the Nation, President of the Republic of Tajikistan, Honorable Emomali Rahmon`)', () => {
    const text = 'On September 14, the Founder of Peace and National Unity — Leader of the Nation, President of the Republic of Tajikistan, Honorable Emomali Rahmon met with the President of the Kyrgyz Republic, Honorable Sadyr Japarov.';
    assert.deepEqual(names(text), ['Emomali Rahmon', 'Sadyr Japarov']);
  });

  it('reads a counterpart’s country after `guest` (`his guest Malagasy counterpart, Hery Rajaonarimampianina`), and no person in `his Acceptance Speech`', () => {
    const text = 'Angola and Madagascar officially signed bilateral cooperation on Saturday during an audience the President João Lourenço granted to his guest Malagasy counterpart, Hery Rajaonarimampianina. The President then pronounced his Acceptance Speech.';
    assert.deepEqual(names(text), ['Hery Rajaonarimampianina', 'João Lourenço']);
    assert.deepEqual(roles(text, 'Hery Rajaonarimampianina'), [['President', '', 'Madagascar']]);
    assert.deepEqual(roles(text, 'João Lourenço'), [['President', '', 'Angola']]);
  });

  it('reads a parliament’s own name as a body (`Speaker of the Lithuanian Seimas Viktorija Čmilytė-Nielsen`) and clerical and religious honorifics as no part of a name (`The Most Reverend Justin Welby`, `Rev. Msgr Antonio Guido Filipazzi`, `Mawlavi Amir Khan Muttaqi`)', () => {
    const text = 'Edgars Rinkēvičs met the Speaker of the Lithuanian Seimas Viktorija Čmilytė-Nielsen in Vilnius. The Most Reverend Justin Welby called on Prime Minister Gordon Darcy Lilo. The Apostolic Nuncio, Rev. Msgr Antonio Guido Filipazzi, said cooperation would grow. Foreign Minister Mawlavi Amir Khan Muttaqi met Zamir Kabulov in Kabul.';
    assert.deepEqual(names(text), ['Amir Khan Muttaqi', 'Antonio Guido Filipazzi', 'Edgars Rinkēvičs', 'Gordon Darcy Lilo', 'Justin Welby', 'Viktorija Čmilytė-Nielsen', 'Zamir Kabulov']);
  });

  it('reads Tanzania by its official name in an envoy’s office (`the US Ambassador to the United Republic of Tanzania Donald Wright`)', () => {
    const text = 'The US Ambassador to the United Republic of Tanzania Donald Wright has today been accredited to the East African Community.';
    assert.deepEqual(names(text), ['Donald Wright']);
    assert.deepEqual(roles(text, 'Donald Wright'), [['Ambassador to the United Republic of Tanzania', '', 'US']]);
  });

  it('reads `May` after a title or an honorific as a surname (`met with Prime Minister May and Defence Secretary Michael Fallon`), not a date after a title (`The President May 5 visit`)', () => {
    assert.deepEqual(names('Jens Stoltenberg met with Prime Minister May and Defence Secretary Michael Fallon in London.'), ['Jens Stoltenberg', 'May', 'Michael Fallon']);
    assert.deepEqual(roles('Jens Stoltenberg met with Prime Minister May and Defence Secretary Michael Fallon in London.', 'May'), [['Prime Minister', '', '']]);
    assert.deepEqual(names('The President May 5 visit to Ankara was postponed.'), []);
  });

  it('reads names set off after a plural relation by a dash typed as two hyphens (`his US and Japanese counterparts -- Lloyd Austin and Nobuo Kishi --`)', () => {
    assert.deepEqual(names('The talks among Defense Minister Suh Wook and his US and Japanese counterparts -- Lloyd Austin and Nobuo Kishi -- followed a series of tests.'), ['Lloyd Austin', 'Nobuo Kishi', 'Suh Wook']);
  });

  it('reads a given name that is also a common noun as a name (`President Bill Clinton`), and `the Finance Bill` as no one', () => {
    const text = 'President Clinton met Prime Minister Sharif on Monday.\n\nAt the invitation of President Bill Clinton, Sharif visited Washington. The Finance Bill was passed.';
    assert.deepEqual(names(text), ['Bill Clinton', 'Sharif']);
  });

  it('reads Russian names with a patronymic address as the same person', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov received Governor Oleg Kozhemyako. “Oleg Nikolayevich, we have a lot to discuss,” Lavrov said.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Oleg Kozhemyako', 'Sergei Lavrov']);
    assert.deepEqual(mentionTexts(a, text, 'Oleg Kozhemyako', 'name'), ['Oleg Kozhemyako', 'Oleg Nikolayevich']);
    assert.deepEqual(roles(text, 'Sergei Lavrov'), [['Foreign Minister', '', 'Russia']]);
  });

  it('reads Chinese names family name first and Japanese names in capitals', () => {
    const text = 'Chinese State Councilor and Foreign Minister Wang Yi held talks with Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan. Minister Wang said both sides should meet more often. Minister Motegi agreed.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['MOTEGI Toshimitsu', 'Wang Yi']);
    assert.deepEqual(roles(text, 'Wang Yi'), [['State Councilor', '', 'China'], ['Foreign Minister', '', '']]);
    assert.deepEqual(roles(text, 'MOTEGI Toshimitsu'), [['Minister for Foreign Affairs', '', 'Japan']]);
    assert.deepEqual(mentionTexts(a, text, 'Wang Yi', 'name'), ['Wang Yi', 'Wang']);
    assert.deepEqual(mentionTexts(a, text, 'MOTEGI Toshimitsu', 'name'), ['MOTEGI Toshimitsu', 'Motegi']);
  });

  it('keeps particles and hyphens inside names', () => {
    const text = 'The President of the European Commission, Ursula von der Leyen, met French Foreign Minister Jean-Yves Le Drian and African Union Commission Chairperson Moussa Faki Mahamat.';
    assert.deepEqual(names(text), ['Jean-Yves Le Drian', 'Moussa Faki Mahamat', 'Ursula von der Leyen']);
    assert.deepEqual(roles(text, 'Ursula von der Leyen'), [['President', 'European Commission', '']]);
  });

  it('takes roles from an apposition, several of them, and from a predicate', () => {
    const text = 'Amir Khan, Minister of Trade of Pakistan, member of the National Economic Council, arrived on Monday. Farida Nur, who is also Deputy Prime Minister, joined him.';
    assert.deepEqual(roles(text, 'Amir Khan'), [['Minister of Trade', '', 'Pakistan'], ['member', 'National Economic Council', '']]);
    assert.deepEqual(roles(text, 'Farida Nur'), [['Deputy Prime Minister', '', '']]);
  });

  it('does not take countries, ministries, parties or places for people', () => {
    const text = 'The Ministry of Foreign Affairs of Belarus said on Tuesday that Belarus and the Russian Federation will hold consultations. The Communist Party of China welcomed it. The Security Council met in New York. Sri Lanka and Costa Rica also took part.';
    assert.deepEqual(names(text), []);
  });

  it('resolves role nouns to the official who holds that office, by country when two share it', () => {
    const text = [
      'Belarusian President Aleksandr Lukashenko spoke by phone with Kazakh President Kassym-Jomart Tokayev.',
      'The Belarusian leader invited his counterpart to Minsk. The Kazakh President accepted the invitation.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Aleksandr Lukashenko', 'role'), ['The Belarusian leader']);
    assert.deepEqual(mentionTexts(a, text, 'Kassym-Jomart Tokayev', 'role'), ['The Kazakh President']);
    assertExactSpans(a, text);
  });

  it('resolves he and she to the subject, his and her to the nearest official', () => {
    const text = 'Ms. Helen Clark met Prime Minister Tom Harris. She thanked him for his hospitality and said she would return.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Helen Clark', 'pronoun'), ['She', 'she']);
    assert.deepEqual(mentionTexts(a, text, 'Tom Harris', 'pronoun'), ['him', 'his']);
  });

  it('reads a role of a country no official is known to hold as the subject of the last sentence naming two (`X thanked Y … the Uzbek President said`)', () => {
    const text = 'The talks were held in Astana.\n\nShavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome.\n\n“Our meeting will strengthen the ties,” the Uzbek President said.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Shavkat Mirziyoyev', 'role'), ['the Uzbek President']);
    assert.deepEqual(official(a, 'Kassym-Jomart Tokayev').roles, []);
  });

  it('reads no reference to an official in an office’s name (`the Office of the Prime Minister`)', () => {
    const text = 'Minister without Portfolio in the Office of the Prime Minister, Robert Morgan, says there is need for a forum.\n\nHe said that the forum would meet yearly. He was speaking during a meeting with Prime Minister of Guyana, Hon. Mark Phillips in Georgetown.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Mark Phillips', 'role'), []);
    assert.deepEqual(mentionTexts(a, text, 'Robert Morgan', 'role'), []);
    assert.deepEqual(mentionTexts(a, text, 'Robert Morgan', 'pronoun'), ['He', 'He']);
    assert.ok(!official(a, 'Robert Morgan').roles.some((r) => r.title === 'Prime Minister'), JSON.stringify(official(a, 'Robert Morgan').roles));
  });

  it('reads an object pronoun anywhere in its clause as someone other than the subject (`Jaishankar paid a courtesy call on her`)', () => {
    const text = 'Prime minister Sheikh Hasina spoke in Dhaka. Indian external affairs minister Subrahmanyam Jaishankar paid a courtesy call on her at the residence. He said ties were strong.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Hasina', 'pronoun'), ['her']);
    assert.deepEqual(mentionTexts(a, text, 'Subrahmanyam Jaishankar', 'pronoun'), ['He']);
  });
  it('reads a possessive right after a verb of saying as the sentence’s subject’s (`Mia Mottley, in a rebuke of the Donald Trump Administration, says her Government …`), not the last name of an aside', () => {
    const text = 'Prime Minister Mia Mottley, in a stinging rebuke of the Donald Trump Administration, says her Government will stay away.\n\nThe meeting, she said, serves to divide the region. Last March, Ralph Gonsalves criticised a meeting with President Donald Trump.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Mia Mottley', 'pronoun'), ['her', 'she']);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, p.speaker ? nameOf(a, p.speaker) : p.speakerText]), [
      ['her Government will stay away', 'Mia Mottley'],
      ['serves to divide the region', 'Mia Mottley'],
    ]);
  });
  it('reads a subject across an acronym in brackets inside its office (`BARBADOS Prime Minister and Caribbean Community (Caricom) Chair Mia Mottley says …`): one speaker, not a pair', () => {
    const text = 'BARBADOS Prime Minister and Caribbean Community (Caricom) Chair Mia Mottley, in a stinging rebuke of the Donald Trump Administration, says the Government will not take part in the talks.';
    const a = annotate(text);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, p.speaker ? nameOf(a, p.speaker) : p.speakerText]), [['the Government will not take part in the talks', 'Mia Mottley']]);
  });
  it('reads `the Indian minister` as the minister, not the Prime Minister whose title also holds the word', () => {
    const text = 'Foreign Minister AK Abdul Momen met Indian External Affairs Minister Subrahmanyam Jaishankar.\n\nThey discussed the visit of India’s prime minister Narendra Modi. The Indian minister said the visit was important.';
    assert.deepEqual(mentionTexts(annotate(text), text, 'Subrahmanyam Jaishankar', 'role'), ['The Indian minister']);
  });
  it('reads a surname mistyped once, one letter off the one official’s, as that official (`Jaisankar quoted as saying` beside `Subrahmanyam Jaishankar`)', () => {
    const text = 'Indian external affairs minister Subrahmanyam Jaishankar met the prime minister.\n\n“It’s a great achievement. The development of Bangladesh is miraculous,” Jaisankar quoted as saying.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Subrahmanyam Jaishankar', 'name'), ['Subrahmanyam Jaishankar', 'Jaisankar']);
    assert.deepEqual(quotePairs(a).map(([, who]) => who), ['Subrahmanyam Jaishankar']);
  });
  it('reads no person in an event’s name (`the Golden Jubilee of Bangladesh’s independence`)', () => {
    assert.deepEqual(names('Prime Minister Narendra Modi will join the celebration of the Birth Centenary of the Father of the Nation and Golden Jubilee of Bangladesh’s independence.'), ['Narendra Modi']);
  });

  it('reads no gender from `Chairman`, which translations give women too (`Chairman … Valentina Matvienko … She noted`)', () => {
    const text = 'President Kasym-Jomart Tokayev met Chairman of the Federation Council Valentina Matvienko in Astana. He conveyed greetings to President Vladimir Putin.\n\n"The visit was very productive," Matvienko said.\n\nShe noted that the partnership was strong.';
    assert.deepEqual(mentionTexts(annotate(text), text, 'Valentina Matvienko', 'pronoun'), ['She']);
  });

  it('reads no pronoun in a form of address (`His Excellency Abhisit Vejjajiva`, `Her Majesty`)', () => {
    const text = 'Prime Minister Najib Razak arrived in Bangkok. His Excellency Abhisit Vejjajiva, Prime Minister of Thailand, welcomed him. Her Majesty the Queen was present.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Najib Razak', 'pronoun'), ['him']);
    assert.deepEqual(mentionTexts(a, text, 'Abhisit Vejjajiva', 'pronoun'), []);
  });

  it('never reads an object pronoun as the subject of its own verb (`Saud thanked him`), but a possessive may be (`Saud thanked his host`)', () => {
    const text = 'Foreign Minister Narayan Saud met Foreign Minister Hasan Mahmud in Dhaka. Saud thanked him for the welcome. Mahmud later invited him to return, and Saud praised his host.';
    const a = annotate(text);
    const pronouns = a.officials.flatMap((o) => o.mentions.filter((m) => m.kind === 'pronoun').map((m) => [m.start, `${text.slice(m.start, m.end)} ${o.name}`] as const));
    assert.deepEqual(pronouns.sort((x, y) => x[0] - y[0]).map(([, who]) => who), ['him Hasan Mahmud', 'him Narayan Saud', 'his Narayan Saud']);
  });

  it('reads each name coordinated after a plural relation as an official (`his colleagues -A and B-`, `his counterparts, A and B,`)', () => {
    const names = (text: string): string[] => annotate(text).officials.map((o) => o.name).sort();
    assert.deepEqual(names('Foreign Minister Santiago Cafiero discussed the agenda with his Brazilian and Paraguayan colleagues -Carlos França and Julio César Arriola-, a statement said.'), ['Carlos França', 'Julio César Arriola', 'Santiago Cafiero']);
    assert.deepEqual(names('Foreign Minister Ana Costa met her Kenyan and Ghanaian counterparts, Musa Otieno and Kofi Mensah, in Accra.'), ['Ana Costa', 'Kofi Mensah', 'Musa Otieno']);
  });

  it('takes roles given in passing: `re-election as …`, `his Russian counterpart X`', () => {
    const text = 'Foreign Minister Mukhtar Tleuberdi met his Russian counterpart Sergey Lavrov. Lavrov congratulated President Kassym-Jomart Tokayev on his re-election as Chairman of the Security Council of Kazakhstan.';
    assert.deepEqual(roles(text, 'Sergey Lavrov'), [['Foreign Minister', '', 'Russia']]);
    assert.deepEqual(roles(text, 'Kassym-Jomart Tokayev'), [['President', '', ''], ['Chairman', 'Security Council of Kazakhstan', 'Kazakhstan']]);
  });

  it('takes the office of a counterpart named without a possessive, as news copy does (`and counterpart X`, `met Chinese counterpart X`), not of `the counterpart`', () => {
    const text = 'Prime Minister Anthony Albanese and counterpart James Marape signed the pact. Foreign Minister Ana Costa met Chinese counterpart Wang Yi. President Jan Holm praised the counterpart Omar Haddad.';
    assert.deepEqual(roles(text, 'James Marape'), [['Prime Minister', '', '']]);
    assert.deepEqual(roles(text, 'Wang Yi'), [['Foreign Minister', '', 'China']]);
    assert.deepEqual(roles(text, 'Omar Haddad'), []);
  });

  it('takes the office of `his Sao Tome counterpart, X` from the story’s official when the sentence names its subject only after (`…, the Angolan statesman said`) or by a pronoun (`he held talks with his Cuban counterpart, X`)', () => {
    const text = 'Luanda talks\n\nLuanda — Angolan Head of State Jose Sousa defended Monday a review of cooperation.\n\nIn a press conference, held at the end of the meeting with his Sao Tome counterpart, Carlos Nunes, the Angolan statesman said that the review includes defence.';
    assert.deepEqual(roles(text, 'Carlos Nunes'), [['Head of State', '', 'Sao Tome']]);
    const pronoun = 'Lavrov in Havana\n\nPresident Miguel Rosales received Foreign Minister Pavel Orlov of Russia. Earlier, he held talks with his Cuban counterpart, Bruno Parra.';
    assert.deepEqual(roles(pronoun, 'Bruno Parra'), [['Foreign Minister', '', 'Cuba']]);
  });

  it('reads `Negotiations` as part of an office (`US Special Representative for Ukraine Negotiations Kurt Volker`) and an authority’s words as no name (`Chairman of the National Emergency Crisis and Disasters Management Authority`)', () => {
    const text = 'Call\n\nThey discussed the meeting between Presidential Aide Ivan Sokol and US Special Representative for Ukraine Negotiations Kurt Vale. The delegation included Ali Saeed Al Nuri, Chairman of the National Emergency Crisis and Disasters Management Authority.';
    assert.deepEqual(names(text), ['Ali Saeed Al Nuri', 'Ivan Sokol', 'Kurt Vale']);
  });

  it('reads an envoy’s subject after `on` as part of the office (`the European Union Special Representative on Central Asia Terhi Hakala`) and the Turkish Republic of Northern Cyprus as a country of its own (`TRNC Prime Minister Unal Ustel`)', () => {
    const text = 'Talks\n\nDeputy Minister Roman Vass held a meeting with the European Union Special Representative on Central Asia Terhi Hakkinen in Astana. He welcomed the invitation to TRNC Prime Minister Unal Oz.';
    const hakkinen = roles(text, 'Terhi Hakkinen').map((r) => r.join(' ')).join(' ');
    assert.match(hakkinen, /Special Representative/);
    assert.match(hakkinen, /Central Asia/);
    assert.deepEqual(roles(text, 'Unal Oz'), [['Prime Minister', '', 'TRNC']]);
  });

  it('reads His Excellency’s spaced initials (`The President of the Republic, H. E. Obiang Nguema Mbasogo,`, `President H. E. …`) as an honorific between office and name, and a scrape’s replacement character inside a name (`Miguel A\uFFFDngel Moratinos`) as a lost letter of it', () => {
    const text = 'Audiences\n\nThe President of the Republic, H. E. Obiang Nguema Mbasogo, granted two audiences on Tuesday. President H. E. Teodoro Nsue met the press.\n\n“We can protect places of worship and culture,” declared Miguel A\uFFFDngel Moratinos, before the national media.';
    assert.deepEqual(roles(text, 'Obiang Nguema Mbasogo').map(([t, o]) => [t, o]), [['President', 'Republic']]);
    assert.deepEqual(roles(text, 'Teodoro Nsue').map(([t, o]) => [t, o]), [['President', '']]);
    assert.deepEqual(quotePairs(annotate(text)), [['We can protect places of worship and culture,', 'Miguel A\uFFFDngel Moratinos']]);
  });

  it('reads a surname written with its Arabic article in lower case after a title (`Ambassador al-Habachi underlined “…”`) as the official’s name and the quote’s speaker', () => {
    const text = 'Talks in Cairo\n\nThe meeting was attended by ambassador Nabil al-Habachi, deputy foreign minister.\n\nAmbassador al-Habachi underlined “the strong historic relations between the two countries and the need to work together”.';
    assert.deepEqual(quotePairs(annotate(text)), [['the strong historic relations between the two countries and the need to work together', 'Nabil al-Habachi']]);
  });

  it('reads an office before a comma as the name’s where the office is the agent after `by` and the apposition lost its closing comma (`the visit by Minister of Foreign Affairs, Samuel R. Insanally indicated that …`)', () => {
    const text = 'Joint communique\n\nA Joint Communique issued at the end of the visit to Suriname by Minister of Foreign Affairs, Samuel R. Insanally indicated that attention was paid to the council.';
    assert.deepEqual(roles(text, 'Samuel R. Insanally'), [['Minister of Foreign Affairs', '', '']]);
  });

  it('reads the Arabic comma of a translation as a comma and an aide’s principal as part of the office (`Senior Advisor to Secretary of State, Brian Hook، who …`), the Arab League as an organization, and a news outlet as no person (`… to Asharq Al-Awsat:`)', () => {
    const text = 'Talks in Manama\n\nThe minister met the Special Representative for Iran and Senior Advisor to Secretary of State, Brian Hale\u060C who is on an official visit.\n\nArab League Secretary General Ahmad Abul-Nasr told Asharq Al-Awsat: the crisis must end.';
    const hale = roles(text, 'Brian Hale').map(([t]) => t);
    assert.ok(hale.includes('Senior Advisor to Secretary of State'), hale.join(' | '));
    assert.deepEqual(roles(text, 'Ahmad Abul-Nasr').map(([t, o]) => [t, o]), [['Secretary General', 'Arab League']]);
    assert.deepEqual(names(text), ['Ahmad Abul-Nasr', 'Brian Hale']);
  });

  it('reads a plural country’s possessive, its apostrophe alone (`the Philippines’ Foreign Secretary X`, `Saint Vincent and the Grenadines’ Foreign Minister X`), as the office’s country', () => {
    const text = 'Talks\n\nHe met the Philippines’ Foreign Secretary Jose Ramos on Monday and Saint Vincent and the Grenadines’ Foreign Minister Fred Stevens on Tuesday.';
    assert.deepEqual(roles(text, 'Jose Ramos'), [['Foreign Secretary', '', 'Philippines']]);
    assert.deepEqual(roles(text, 'Fred Stevens'), [['Foreign Minister', '', 'Saint Vincent and the Grenadines']]);
  });

  it('takes the office of `his visiting Chadian counterpart X`, and reads `Dominican` as the Dominican Republic’s', () => {
    const text = 'Talks\n\nTalks were held between Cameroonian Defense Minister Paul Ekane and his visiting Chadian counterpart Idriss Maho in Yaounde. Dominican President Luis Abinader Corona met them.';
    assert.deepEqual(roles(text, 'Idriss Maho'), [['Defense Minister', '', 'Chad']]);
    assert.deepEqual(roles(text, 'Luis Abinader Corona'), [['President', '', 'Dominican Republic']]);
  });

  it('takes the office of `his new Greek counterpart X` (a word of appointment before the country)', () => {
    assert.deepEqual(roles('Foreign Minister Jan Holm met his new Greek counterpart Nikos Petrou in Brussels.', 'Nikos Petrou'), [['Foreign Minister', '', 'Greece']]);
  });

  it('reads a vice-minister’s hyphenated title before the name (`Parliamentary Senior Vice-Minister Shuji Kira`)', () => {
    const text = 'Foreign Minister Fumio Kishida held a telephone talk with Foreign Minister Kim Sung-hwan (attended by Parliamentary Senior Vice-Minister Shuji Kira and Vice-Minister Kazuya Shimba).';
    assert.deepEqual(names(text), ['Fumio Kishida', 'Kazuya Shimba', 'Kim Sung-hwan', 'Shuji Kira']);
    assert.deepEqual(roles(text, 'Shuji Kira'), [['Parliamentary Senior Vice-Minister', '', '']]);
  });

  it('reads an aide’s remit after `on` and an office’s unit in brackets as the apposition’s title (`Mr Laolu Akande, the Senior Special Assistant to the President on Media and Publicity (Office of the Vice-President), …`)', () => {
    const text = 'Mr Laolu Akande, the Senior Special Assistant to the President on Media and Publicity (Office of the Vice-President), confirmed this in a statement.';
    assert.deepEqual(roles(text, 'Laolu Akande'), [['Senior Special Assistant to the President on Media and Publicity (Office of the Vice-President)', '', '']]);
    const plain = 'Mr Laolu Akande, Special Assistant to the President on Media and Publicity, confirmed this.';
    assert.deepEqual(roles(plain, 'Laolu Akande'), [['Special Assistant to the President on Media and Publicity', '', '']]);
  });

  it('reads an envoy’s long title and where the envoy is sent, and an aide', () => {
    const text = 'Ambassador Extraordinary and Plenipotentiary of Chile to the Russian Federation Marta Rojas and Presidential Aide Pavel Orlov attended the talks.';
    assert.deepEqual(names(text), ['Marta Rojas', 'Pavel Orlov']);
    assert.deepEqual(roles(text, 'Marta Rojas'), [['Ambassador Extraordinary and Plenipotentiary to the Russian Federation', '', 'Chile']]);
    assert.deepEqual(roles(text, 'Pavel Orlov'), [['Presidential Aide', '', '']]);
  });

  it('keeps the country an envoy is sent to in the title when it follows the title: `Cypriot Ambassador to Slovakia`', () => {
    const text = 'Foreign Minister Jan Holm met new Cypriot Ambassador to Slovakia Nicos Petrou. The Ambassador said that Cyprus values the ties.';
    assert.deepEqual(roles(text, 'Nicos Petrou'), [['Ambassador to Slovakia', '', 'Cyprus']]);
    assert.deepEqual(mentionTexts(annotate(text), text, 'Nicos Petrou', 'role'), ['The Ambassador']);
  });

  it('reads an envoy to a capital: `Uruguay’s Ambassador to Washington Andrés Durán` (the city is neither the name nor lost)', () => {
    const text = 'The meeting was attended by Uruguay’s Ambassador to Washington Andrés Durán and by the Ambassador to New Delhi Jan Holm.';
    assert.deepEqual(names(text), ['Andrés Durán', 'Jan Holm']);
    assert.deepEqual(roles(text, 'Andrés Durán'), [['Ambassador to Washington', '', 'Uruguay']]);
    assert.deepEqual(roles(text, 'Jan Holm'), [['Ambassador to New Delhi', '', '']]);
  });

  it('reads a name glued to a scrape’s link note, and no one in a plural title or after a possessive title', () => {
    const text = [
      'The High Representative met the President of Moldova, Ana Lungu(link is external). They discussed reforms.',
      'The Foreign Secretary’s official London residence hosted the talks of the Council of Foreign Ministers, Vienna, 3 May.',
    ].join('\n\n');
    assert.deepEqual(names(text), ['Ana Lungu']);
    assert.deepEqual(roles(text, 'Ana Lungu'), [['President', '', 'Moldova']]);
  });

  it('reads a role reference after `… of the European Commission and`, and a country’s long official name', () => {
    const text = 'Prime Minister Ian Wells and President of the European Commission Ana Lungu released a joint statement.\n\nThe President of the European Commission and the Prime Minister of the United Kingdom met today.';
    assert.deepEqual(roles(text, 'Ian Wells'), [['Prime Minister', '', 'United Kingdom']]);
    assert.deepEqual(roles('The Secretary-General met today with H.E. Ms. Ana Lungu, Prime Minister of the United Kingdom of Great Britain and Northern Ireland.', 'Ana Lungu'),
      [['Prime Minister', '', 'United Kingdom of Great Britain and Northern Ireland']]);
  });

  it('reads a country’s or organization’s office without an article as its holder: `Kazakhstan President expressed …`', () => {
    const text = 'ASTANA, 12 March. Kazakhstan President Arman Sadykov received Russian Foreign Minister Ivan Petrov and NATO Secretary General Jan Holm.\n\nKazakhstan President expressed confidence that ties will deepen. NATO Secretary General noted that the talks were useful.';
    const doc = annotate(text);
    assert.deepEqual(mentionTexts(doc, text, 'Arman Sadykov'), ['Arman Sadykov', 'Kazakhstan President']);
    assert.deepEqual(mentionTexts(doc, text, 'Jan Holm'), ['Jan Holm', 'NATO Secretary General']);
    assert.deepEqual(doc.paraphrases.map((p) => p.speakerText), ['Arman Sadykov', 'Jan Holm']);
    // not a former holder, and not a title before a name
    const former = annotate('President Arman Sadykov met the press.\n\nFormer Kazakhstan President Ali Nur was there. Former Kazakhstan President said little.');
    assert.deepEqual(mentionTexts(former, 'President Arman Sadykov met the press.\n\nFormer Kazakhstan President Ali Nur was there. Former Kazakhstan President said little.', 'Arman Sadykov'), ['Arman Sadykov']);
  });

  it('reads a month’s abbreviation as a given name before a surname: `Jan Eliasson`, but `Jan 26` as a date', () => {
    assert.deepEqual(names('Deputy Secretary-General Jan Eliasson met Foreign Minister Jun Azumi on Jan 26.'), ['Jan Eliasson', 'Jun Azumi']);
  });

  it('tells a father named inside a son’s name (`… bin Salman bin Abdulaziz`) from the son, after a country of two words', () => {
    const text = 'Mr Bogdanov was received by the King of Saudi Arabia Salman bin Abdulaziz Al Saud in Riyadh. He was also received by Crown Prince Mohammad bin Salman bin Abdulaziz Al Saud.';
    assert.deepEqual(roles(text, 'Salman bin Abdulaziz Al Saud'), [['King', '', 'Saudi Arabia']]);
    assert.deepEqual(roles(text, 'Mohammad bin Salman bin Abdulaziz Al Saud'), [['Crown Prince', '', '']]);
    assert.deepEqual(names('Mr Bogdanov met the Prime Minister of New Zealand Jacinda Ardern.'), ['Bogdanov', 'Jacinda Ardern']);
  });

  it('reads a title, a comma and a name going on with the clause (`…, Ban Ki Moon at the Villa`), and `Ki-Moon` as that name', () => {
    const text = 'President Omar Haddad met the visiting United Nations (UN) Secretary General, Ban Ki Moon at the Presidential Villa. Ki-Moon said he discussed corruption with Haddad.';
    assert.deepEqual(roles(text, 'Ban Ki Moon'), [['Secretary General', 'United Nations', '']]);
    assert.deepEqual(mentionTexts(annotate(text), text, 'Ban Ki Moon', 'name'), ['Ban Ki Moon', 'Ki-Moon']);
  });

  it('reads two offices stacked before a name with a comma, and not the office of another person in a list', () => {
    const text = 'Special Presidential Representative for the Middle East and Africa, Deputy Foreign Minister Ivan Petrov was received by the King.';
    assert.deepEqual(roles(text, 'Ivan Petrov').map(([t]) => t), ['Special Presidential Representative', 'Deputy Foreign Minister']);
    assert.deepEqual(roles('He met President Omar Haddad, Foreign Minister Ivan Petrov and others.', 'Ivan Petrov').map(([t]) => t), ['Foreign Minister']);
  });

  it('reads Indonesian honorifics before a single name: `Ibu Retno`, `Pak Jokowi`', () => {
    assert.deepEqual(names('Ibu Retno this morning chaired the meeting. Pak Jokowi received the ministers.'), ['Jokowi', 'Retno']);
  });

  it('reads an office of a country of two words after a name: `Prime Minister of New Zealand`, `of Sri Lanka`', () => {
    assert.deepEqual(roles('Minister Ana Costa met with John Smith, Prime Minister of New Zealand.', 'John Smith'), [['Prime Minister', '', 'New Zealand']]);
    assert.deepEqual(roles('Minister Ana Costa met with John Smith, Prime Minister of Sri Lanka.', 'John Smith'), [['Prime Minister', '', 'Sri Lanka']]);
    assert.deepEqual(roles('The Secretary-General met today with H.E. Mr. John Key, the Prime Minister of New Zealand.', 'John Key'), [['Prime Minister', '', 'New Zealand']]);
  });

  it('reads `I` after a place as the pronoun, not a regnal number: `Today in Canberra I hosted …`', () => {
    assert.deepEqual(names('Today in Canberra I hosted Deputy Prime Minister Winston Peters.'), ['Winston Peters']);
    assert.deepEqual(names('Queen Elizabeth II received the ambassador. King Charles I was mentioned.'), ['Charles I', 'Elizabeth II']);
  });

  it('reads offices, a comma and `the Rt Hon` before a name as that person’s', () => {
    const text = "Today in Canberra I hosted New Zealand's Deputy Prime Minister and Minister of Foreign Affairs, the Rt Hon Winston Peters, for our consultations.";
    assert.deepEqual(roles(text, 'Winston Peters').map(([t]) => t), ['Deputy Prime Minister', 'Minister of Foreign Affairs']);
  });

  it('reads a title that is a surname after a given name: `Julie Bishop`, `Martin Luther King`, but `King Abdullah II` as a title', () => {
    assert.deepEqual(names('Foreign Minister Winston Peters and his Australian counterpart Julie Bishop discussed trade.'), ['Julie Bishop', 'Winston Peters']);
    assert.deepEqual(roles('Minister Ana Costa met King Abdullah II.', 'Abdullah II'), [['King', '', '']]);
  });

  it('gives a country’s office named before anyone holds it to the office-less official named next in the paragraph', () => {
    const text = 'Belarusian President Ivan Petrov held several telephone conversations.\n\nThe main topic of the conversation with the Uzbekistan president was the summit. Ivan Petrov and Omar Haddad spoke about trade.';
    assert.deepEqual(roles(text, 'Omar Haddad'), [['President', '', 'Uzbekistan']]);
    // someone who holds an office already is not taken for another
    const held = 'Belarusian President Ivan Petrov held several telephone conversations.\n\nThe main topic of the conversation with the Uzbekistan president was the summit. Ivan Petrov and Governor Omar Haddad spoke about trade.';
    assert.deepEqual(roles(held, 'Omar Haddad'), [['Governor', '', '']]);
  });

  it('reads initials written without a full stop, and an indefinite apposition', () => {
    const text = 'External Affairs Minister Dr S Jaishankar and the US Secretary of State Michael R Pompeo met on Wednesday. Later, Secy Pompeo spoke.\n\nWang Yi, a member of the Political Bureau and Chinese foreign minister, held talks with them.';
    assert.deepEqual(names(text), ['Michael R Pompeo', 'S Jaishankar', 'Wang Yi']);
    assert.deepEqual(roles(text, 'S Jaishankar'), [['External Affairs Minister', '', '']]);
    assert.deepEqual(roles(text, 'Wang Yi').map(([title]) => title), ['member', 'foreign minister']);
    // an article is not an initial
    assert.deepEqual(names('A Minsk court ruled today. President Ivan Petrov said so.'), ['Ivan Petrov']);
  });

  it('reads one title written with a slash: `High Representative/Vice-President Josep Borrell`', () => {
    const text = 'Remarks by High Representative/Vice-President Josep Borrell at the press conference\n\nGood afternoon.';
    assert.deepEqual(roles(text, 'Josep Borrell'), [['High Representative/Vice-President', '', '']]);
  });

  it('reads Chief of Staff, an Arabic article in a name, and `his counterpart` as the office of the clause’s subject', () => {
    assert.deepEqual(roles('The President was joined by Chief of Staff Andrew Card.', 'Andrew Card'), [['Chief of Staff', '', '']]);
    assert.deepEqual(names('The diplomats included the Ambassador of Sudan, Mohammed al-Ghazali Sirraj; and Ambassador of Mauritius, Heswar Janke.'), ['Heswar Janke', 'Mohammed al-Ghazali Sirraj']);
    const text = 'Foreign Minister Sergey Lavrov visited Minsk. Mr Lavrov was received by President Ivan Petrov and held talks with his Belarusian counterpart, Vladimir Makei.';
    assert.deepEqual(roles(text, 'Vladimir Makei'), [['Foreign Minister', '', 'Belarus']]);
  });

  it('writes a country as the text does, reads `the newly appointed Ambassador` and a title for world regions', () => {
    const text = 'Turkey calls for a cease-fire\n\nTurkish President Recep Tayyip Erdoğan called President Ivan Petrov.';
    assert.deepEqual(roles(text, 'Recep Tayyip Erdoğan'), [['President', '', 'Turkey']]);
    // a text that never names the country gets its canonical name
    assert.deepEqual(roles('Turkish President Recep Tayyip Erdoğan called President Ivan Petrov.', 'Recep Tayyip Erdoğan'), [['President', '', 'Türkiye']]);
    assert.deepEqual(roles('The Chairperson received the credentials of H.E. Mr. Omar Ali Hassan, the newly appointed Ambassador of the Republic of Chad to Ethiopia.', 'Omar Ali Hassan'),
      [['Ambassador to Ethiopia', '', 'Republic of Chad']]);
    assert.deepEqual(roles("Foreign Minister Ana Costa hosted Assistant Secretary of State for Europe and Eurasia James C. O'Brien.", "James C. O'Brien"),
      [['Assistant Secretary of State for Europe and Eurasia', '', '']]);
  });

  it('folds diacritics when it matches a name: `Minister Son` is `Bùi Thanh Sơn`', () => {
    const text = 'Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn met ASEAN Secretary-General Kao Kim Hourn on July 11.\n\nMinister Son said that the role of the Secretariat will grow.';
    assert.deepEqual(names(text), ['Bùi Thanh Sơn', 'Kao Kim Hourn']);
    assert.equal(annotate(text).paraphrases[0]?.speakerText, 'Bùi Thanh Sơn');
  });

  it('knows a surname that is also a title or a month once the full name is given: `Bishop said`, `Minister May`', () => {
    const text = 'Foreign Minister Ana Costa met her Australian counterpart Helen Bishop in Perth on 9 May.\n\nBishop said the talks were useful. Minister May Lin also attended. The Bishop of Perth hosted a dinner.';
    assert.deepEqual(mentionTexts(annotate(text), text, 'Helen Bishop', 'name'), ['Helen Bishop', 'Bishop']);
    const may = 'Prime Minister Clara May received Foreign Minister Ana Costa on 9 May 2019. Later, Ms May thanked her guest.';
    assert.deepEqual(mentionTexts(annotate(may), may, 'Clara May', 'name'), ['Clara May', 'May']);
  });

  it('reads an office, a comma and a name at a sentence start as that person’s when the name goes on with a verb', () => {
    const text = 'Foreign Minister, Ana Costa says she has had productive talks in Paris.';
    assert.deepEqual(roles(text, 'Ana Costa'), [['Foreign Minister', '', '']]);
    // inside a sentence the office before a comma is someone else's topic: `… with the Foreign Minister, Ana Costa says`
    assert.deepEqual(roles('The talks covered trade, Ana Costa says.', 'Ana Costa'), []);
  });

  it('ends an office at a name after its country: `Special Envoy for Lebanon Jean-Yves Durand and …` is a list of people', () => {
    const text = 'Mr Peters also met Minister for Overseas Territories Paul Martin, Special Envoy for Lebanon Jean-Yves Durand and Adviser Luc Bonnet.';
    assert.deepEqual(roles(text, 'Paul Martin'), [['Minister', 'Overseas Territories', '']]);
    assert.deepEqual(roles(text, 'Jean-Yves Durand'), [['Special Envoy', '', 'Lebanon']]);
    // a body after the country is still the office's: `Chairman of … Cambodia and Chairman of the ASEAN Socio-Cultural Community Council`
    const body = 'Sun Chanthol, Senior Minister, Vice Chairman of the Council for the Development of Cambodia and Chairman of the ASEAN Socio-Cultural Community Council, attended.';
    assert.equal(roles(body, 'Sun Chanthol').length, 3);
  });

  it('reads a body’s name before a spokesperson’s title: `Foreign Ministry spokeswoman`, `State House Spokeswoman`', () => {
    assert.deepEqual(roles('The talks went well, said Foreign Ministry spokeswoman Hua Chunying.', 'Hua Chunying'), [['spokeswoman', 'Foreign Ministry', '']]);
    assert.deepEqual(roles('State House Spokeswoman Kanze Dena said the talks went well.', 'Kanze Dena'), [['Spokeswoman', 'State House', '']]);
    assert.deepEqual(roles('Foreign Ministry Deputy Spokesperson Ana Costa said the talks went well.', 'Ana Costa'), [['Deputy Spokesperson', 'Foreign Ministry', '']]);
    // a spokesperson quoted on a meeting is not one of its participants
    const met = 'President Ivan Petrov held a phone call with Secretary Omar Haddad.\n\nState Department spokesperson Tammy Bruce stated that the conversation served to reaffirm security cooperation.';
    assert.deepEqual(annotate(met).meeting.participants.map((id) => annotate(met).officials.find((o) => o.id === id)?.name), ['Ivan Petrov', 'Omar Haddad']);
  });

  it('reads `Haider al-Abadi` as one name, an office not yet taken up (`Prime Minister-designate`), and no name in `FM Has`, `the Royal Family`', () => {
    const text = 'President Ivan Petrov called Iraqi Prime Minister-designate Haider al-Abadi to congratulate him. Dr. Abadi thanked the President.';
    assert.deepEqual(names(text), ['Haider al-Abadi', 'Ivan Petrov']);
    assert.deepEqual(roles(text, 'Haider al-Abadi'), [['Prime Minister-designate', '', 'Iraq']]);
    assert.deepEqual(names('Armenian FM Has ‘Sincere and Constructive’ Meeting with Lavrov\n\nForeign Minister Ana Costa met Foreign Minister Sergey Lavrov.'), ['Ana Costa', 'Sergey Lavrov']);
    assert.deepEqual(names('President Ivan Petrov spoke of his respect and affection for the Royal Family.'), ['Ivan Petrov']);
  });

  it('reads a name whose verb is an event after `had`: `On Friday Vladimir Putin had a telephone conversation with …`', () => {
    assert.deepEqual(names('On Friday Vladimir Putin had a telephone conversation with President of the United States Barack Obama.'), ['Barack Obama', 'Vladimir Putin']);
    // `had` as an auxiliary still needs its verb (a name no list knows: `Vladimir Putin` is a well-known figure anywhere)
    assert.deepEqual(names('On Friday Ivan Petrovsky had good weather.'), []);
    assert.deepEqual(names('On Friday Ivan Petrovsky had a telephone conversation with Barack Obama.'), ['Barack Obama', 'Ivan Petrovsky']);
  });

  it('reads a portfolio listed with commas before a name (`Secretary of State for Foreign, Commonwealth and Development Affairs David Cameron`), but not a list of people', () => {
    const text = 'Deputy Prime Minister Antonio Tajani met the Secretary of State for Foreign, Commonwealth and Development Affairs David Cameron in Capri.';
    assert.deepEqual(names(text), ['Antonio Tajani', 'David Cameron']);
    assert.deepEqual(roles(text, 'David Cameron'), [['Secretary of State', 'Foreign, Commonwealth and Development Affairs', '']]);
    const list = 'The meeting included Prime Minister Edi Rama of Albania, Prime Minister Alexander De Croo of Belgium and President Andrzej Duda of Poland.';
    assert.deepEqual(roles(list, 'Alexander De Croo'), [['Prime Minister', '', 'Belgium']]);
  });

  it('takes no web debris for a person: a `READ:` link line, a `Quote` marker before a name', () => {
    const text = 'Secretary Enrique Manalo met Ambassador Victoria Nuland in Manila.\n\nREAD: China harasses a coast guard vessel with a laser\n\nREAD: 44 ships spotted in waters off Pag-asa\n\nQuote Sergei Lavrov and Marco Rubio reaffirmed their readiness to work together.';
    assert.deepEqual(names(text), ['Enrique Manalo', 'Marco Rubio', 'Sergei Lavrov', 'Victoria Nuland']);
  });

  it('reads abbreviated titles before a name: `Foreign Affairs CS Raychelle Omamo`, `EAM S Jaishankar`', () => {
    const text = 'President Ivan Petrov was accompanied by Foreign Affairs CS Raychelle Omamo and EAM S Jaishankar.';
    assert.deepEqual(names(text), ['Ivan Petrov', 'Raychelle Omamo', 'S Jaishankar']);
    assert.deepEqual(roles(text, 'Raychelle Omamo'), [['Foreign Affairs CS', '', '']]);
  });

  it('gives an office in commas to the name after it, not to a place before it: `in Samarkand, the President of Uzbekistan, Shavkat Mirziyoyev,`', () => {
    const text = 'On April 23, in the city of Samarkand, the President of the Republic of Uzbekistan, Shavkat Mirziyoyev, received a delegation.';
    assert.deepEqual(names(text), ['Shavkat Mirziyoyev']);
    assert.deepEqual(roles(text, 'Shavkat Mirziyoyev'), [['President', '', 'Republic of Uzbekistan']]);
  });

  it('reads `May` as a surname after a given name, and as a month after a number', () => {
    const text = 'The Secretary-General met today with H.E. Ms. Theresa May, Prime Minister of the United Kingdom, on 5 May 2016.';
    assert.deepEqual(names(text), ['Theresa May']);
    assert.equal(annotate(text).meeting.date?.iso, '2016-05-05');
  });

  it('gives one office of two countries to two names in order, and an office its country from a later reference', () => {
    const text = [
      'Presidents of Chile and Peru had a telephone conversation. Marta Rojas and Luis Prado discussed trade.',
      'Prime Minister Ian Wells and Minister Omar Haddad released a joint statement. The Prime Minister of the United Kingdom thanked his guest.',
      'President Eren Kaya of the TRNC attended.',
    ].join('\n\n');
    assert.deepEqual(roles(text, 'Marta Rojas'), [['President', '', 'Chile']]);
    assert.deepEqual(roles(text, 'Luis Prado'), [['President', '', 'Peru']]);
    assert.deepEqual(roles(text, 'Ian Wells'), [['Prime Minister', '', 'United Kingdom']]);
    assert.deepEqual(roles(text, 'Eren Kaya'), [['President', '', 'TRNC']]);
  });

  it('does not give an office of a country to someone known to hold another', () => {
    const text = 'High Representative Josef Brandt arrived. The President of Moldova welcomed him.';
    assert.deepEqual(roles(text, 'Josef Brandt'), [['High Representative', '', '']]);
  });

  it('adds the officials of a known-officials file and their aliases', () => {
    const text = 'The Chancellor met the visiting delegation. Olaf said the talks went well.';
    const a = annotate(text, { knownOfficials: [{ name: 'Olaf Scholz', aliases: ['Olaf'], roles: [{ title: 'Chancellor', country: 'Germany' }], country: 'Germany' }] });
    const o = official(a, 'Olaf Scholz');
    assert.deepEqual(o.mentions.map((m) => [text.slice(m.start, m.end), m.kind]), [['The Chancellor', 'role'], ['Olaf', 'name']]);
    assert.equal(o.country, 'Germany');
  });

  it('does not take a venue, a social network or a heading that names the text’s kind for a person', () => {
    assert.deepEqual(names('The Minister of Foreign Affairs, Ana Costa, received yesterday at the Palacio de Viana, in Madrid, the High Representative, Jan Holm.'), ['Ana Costa', 'Jan Holm']);
    assert.deepEqual(names('“It was a pleasure to meet the new minister,” Foreign Minister Jan Holm stated on his Twitter account.'), ['Jan Holm']);
    const statement = 'MFA Press Statement: Minister for Foreign Affairs Dr Ivan Petrov’s Meeting with Minister of Foreign Affairs Ana Costa\n\nMinister Ivan Petrov met Ana Costa today.';
    const a = annotate(statement);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ana Costa', 'Ivan Petrov']);
    assert.equal(a.meeting.participants.length, 2);
  });

  it('reads portfolios joined before their head as one title: `Deputy Prime Minister, Foreign Affairs and European Integration Minister X`', () => {
    const text = 'Chisinau, 2 December - Deputy Prime Minister, Foreign Affairs and European Integration Minister Ivan Petrov has discussed trade with Trade and Industry Minister Ana Costa.';
    assert.deepEqual(roles(text, 'Ivan Petrov').map(([t]) => t), ['Deputy Prime Minister', 'Foreign Affairs and European Integration Minister']);
    assert.deepEqual(roles(text, 'Ana Costa').map(([t]) => t), ['Trade and Industry Minister']);
  });

  it('reads the father’s name and family name after `bin` as the short form of the son’s name, but a father cited with his own `bin` as another person', () => {
    assert.deepEqual(names('State Minister for Foreign Affairs Soltan bin Saad Al-Muraikhi met Minister Ivan Petrov. Petrov briefed the delegation led by Saad Al-Muraikhi about the situation.'), ['Ivan Petrov', 'Soltan bin Saad Al-Muraikhi']);
    assert.deepEqual(names('Crown Prince Mohammad bin Salman bin Abdulaziz Al Saud received the minister. King Salman bin Abdulaziz Al Saud sent greetings.'), ['Mohammad bin Salman bin Abdulaziz Al Saud', 'Salman bin Abdulaziz Al Saud']);
  });

  it('reads portfolio titles (`International Relations and Co-operation Minister`, `Minister of Foreign and Expatriates Affairs`), an office before a name with `(MP)`, and `Saint Vincent` as a country', () => {
    const text = 'Pretoria – International Relations and Co-operation Minister Ana Costa met Minister of Foreign and Expatriates Affairs Omar Haddad. The Minister for Foreign Affairs and Regional Integration, Hon. Jane Boateng (MP) has met with the Prime Minister of Saint Vincent, Mr. Ralph Gonsalves and other ministers.';
    assert.deepEqual(roles(text, 'Ana Costa').map(([t]) => t), ['International Relations and Co-operation Minister']);
    assert.deepEqual(roles(text, 'Omar Haddad').map(([t]) => t), ['Minister of Foreign and Expatriates Affairs']);
    assert.deepEqual(roles(text, 'Jane Boateng').map(([t]) => t), ['Minister for Foreign Affairs and Regional Integration']);
    assert.deepEqual(roles(text, 'Ralph Gonsalves'), [['Prime Minister', '', 'Saint Vincent']]);
    assert.deepEqual(names(text), ['Ana Costa', 'Jane Boateng', 'Omar Haddad', 'Ralph Gonsalves']);
  });

  it('does not take an acronym after a body’s name for a person: `the Federal Department of Foreign Affairs FDFA`', () => {
    assert.deepEqual(names('Bern - Federal Councillor Ivan Petrov, the head of the Federal Department of Foreign Affairs FDFA, and his counterpart, Foreign Minister Jan Holm, discussed bilateral issues.'), ['Ivan Petrov', 'Jan Holm']);
  });

  it('reads an office before a comma that ends in a country of several words: `the Foreign Minister of New Zealand, Winston Peters,`', () => {
    const text = 'The meeting was attended by the Deputy Prime Minister and Foreign Minister of New Zealand, Jan Holm, who is on a visit.';
    assert.deepEqual(roles(text, 'Jan Holm').map(([t]) => t), ['Deputy Prime Minister', 'Foreign Minister']);
  });

  it('reads whom an official meets as a person, `met X`, `held talks with X`, but not in a headline in title case', () => {
    assert.deepEqual(names('Foreign Minister Jan Holm met Alan Peter Cayetano in Manila. Later he held talks with Ana Maria Costa.'), ['Alan Peter Cayetano', 'Ana Maria Costa', 'Jan Holm']);
    assert.deepEqual(names('Premier Li Wei Meets with Newly-appointed Diplomatic Envoys\n\nPremier Li Wei met the envoys on Friday.'), ['Li Wei']);
  });

  it('reads where an envoy is sent: two roles in `Ambassador of Chad to Ethiopia and Permanent Representative to the African Union`, the organization kept', () => {
    const text = 'Jan Holm, Ambassador of Chad to Ethiopia and Permanent Representative to the African Union, said the council will meet.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['Ambassador to Ethiopia', '', 'Chad'], ['Permanent Representative', 'African Union', '']]);
  });

  it('leaves Malay honorifics out of the name (`Datuk Seri`, `Tan Sri`, `Dato’ Sri`), but keeps `Bandar Seri Begawan` a city and `Tan` a surname', () => {
    const text = 'Foreign Minister Datuk Seri Mohamad Hasan met Prime Minister Tan Sri Muhyiddin Yassin and Dato’ Sri Anwar Ibrahim in Bandar Seri Begawan. Minister Tan Kok Wai attended.';
    assert.deepEqual(names(text), ['Anwar Ibrahim', 'Mohamad Hasan', 'Muhyiddin Yassin', 'Tan Kok Wai']);
    assert.deepEqual(roles(text, 'Muhyiddin Yassin'), [['Prime Minister', '', '']]);
  });

  it('reads a plural office whose countries each stand before a name in commas (`The Foreign Affairs Ministers of Spain, X, and Portugal, Y,`, `…, and of Fiji, Y,`)', () => {
    const text = 'The Foreign Affairs Ministers of Spain, Ana Costa, and Portugal, Jan Holm, met in Madrid. The Prime Ministers of New Zealand, Omar Haddad, and of Fiji, Lena Berg, spoke.';
    assert.deepEqual(roles(text, 'Ana Costa'), [['Foreign Affairs Minister', '', 'Spain']]);
    assert.deepEqual(roles(text, 'Jan Holm'), [['Foreign Affairs Minister', '', 'Portugal']]);
    assert.deepEqual(roles(text, 'Omar Haddad'), [['Prime Minister', '', 'New Zealand']]);
    assert.deepEqual(roles(text, 'Lena Berg'), [['Prime Minister', '', 'Fiji']]);
  });

  it('reads `Chargé d’Affaires` with a curly apostrophe as a title, not as a name', () => {
    const text = 'The Presidents instructed their Ministries to each appoint a Chargé D’Affaires next month. Chargé d’Affaires Jan Holm attended.';
    assert.deepEqual(names(text), ['Jan Holm']);
    assert.deepEqual(roles(text, 'Jan Holm'), [['Chargé d’Affaires', '', '']]);
  });

  it('takes a name before `, in a …` for a person (`Jan Holm, in a statement, said`), but not a place before `, in northern Portugal` or `, in Ourense`', () => {
    const text = 'Jan Holm, in a statement, praised the projects: the connection between Fontefría, in Ourense, and Vila Fría, in northern Portugal.';
    assert.deepEqual(names(text), ['Jan Holm']);
  });

  it('does not join another’s office with its own country to a name’s title (`The Secretary-General and French President François Hollande`), but keeps two offices of one (`Deputy Prime Minister and Minister of Foreign Affairs X`)', () => {
    const text = 'The Secretary-General and French President Jan Holm spoke about the situation. Deputy Prime Minister and Minister of Foreign Affairs Ana Costa attended.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['President', '', 'France']]);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Deputy Prime Minister', '', ''], ['Minister of Foreign Affairs', '', '']]);
  });

  it('leaves the place of an office out of the name (`Chancellor of the Duchy of Lancaster Michael Gove`, `… of Lancaster Gove`, `Governor of Primorye Oleg Kozhemyako`)', () => {
    const text = 'Chancellor of the Duchy of Lancaster Michael Gove met Governor of Primorye Oleg Kozhemyako. The Minister of Justice Jan Holm Petersen attended. Later the Chancellor of the Duchy of Lancaster Gove spoke.';
    assert.deepEqual(names(text), ['Jan Holm Petersen', 'Michael Gove', 'Oleg Kozhemyako']);
    assert.deepEqual(roles(text, 'Oleg Kozhemyako'), [['Governor', 'Primorye', '']]);
  });

  it('reads an office whose organization ends with its acronym in brackets before the name in commas (`The Director-General of the World Health Organization (WHO), X,`)', () => {
    const text = 'The Director-General of the World Health Organization (WHO), Jan Holm, met the Prime Minister of Fiji, Ana Costa, in Geneva.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['Director-General', 'World Health Organization (WHO)', '']]);
  });

  it('reads an office written right after a name with only an honorific before it, mid-sentence (`with Mr. Jan Holm Secretary of State for Foreign Affairs and …`)', () => {
    const text = 'The session ended with Mr. Jan Holm Secretary of State for Foreign Affairs and Dr Ana Costa, Minister of Foreign Affairs of Senegal signing the communiqué.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['Secretary of State for Foreign Affairs', '', '']]);
  });

  it('reads two offices of one joined by a dash (`Deputy Prime Minister of Kazakhstan – Foreign Minister X`), not a dateline’s dash (`Minsk – Foreign Minister X`)', () => {
    const text = 'ASTANA. KAZINFORM – Deputy Prime Minister of Kazakhstan – Foreign Minister Jan Holm summarized the talks. Minsk – Foreign Minister Ana Costa met him.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['Deputy Prime Minister', '', 'Kazakhstan'], ['Foreign Minister', '', '']]);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Foreign Minister', '', '']]);
  });

  it('reads an aide’s office whole (`Aide to the Russian President X`, `Private Secretary to the Prime Minister X`), while an envoy’s posting follows the title and the country stays the one served (`Ambassador of Belarus to the Russian Federation X` → `Ambassador to the Russian Federation`, Belarus)', () => {
    const text = 'They discussed the talks between Aide to the Russian President Jan Holm and others. Ambassador of Belarus to the Russian Federation Omar Haddad spoke. Private Secretary to the Prime Minister Ana Costa attended.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['Aide to the Russian President', '', 'Russia']]);
    assert.deepEqual(roles(text, 'Omar Haddad'), [['Ambassador to the Russian Federation', '', 'Belarus']]);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Private Secretary to the Prime Minister', '', '']]);
  });

  it('reads the office before `Dato’`, whose apostrophe is a token of its own (`ASEAN Secretary General Dato’ Lim Jock Hoi`, `Dato\' Sri`)', () => {
    const text = 'The President received ASEAN Secretary General Dato’ Lim Jock Hoi in Jakarta. Foreign Minister Dato\' Sri Saifuddin Abdullah attended.';
    assert.deepEqual(names(text), ['Lim Jock Hoi', 'Saifuddin Abdullah']);
    assert.deepEqual(roles(text, 'Lim Jock Hoi'), [['Secretary General', 'ASEAN', '']]);
    assert.deepEqual(roles(text, 'Saifuddin Abdullah'), [['Foreign Minister', '', '']]);
  });

  it('takes an office the text says someone was named to: `after he was named Kenya’s Foreign Affairs Cabinet Secretary`, `was appointed as …`', () => {
    const text = 'Secretary of State Ana Costa congratulated Prime Cabinet Secretary Jan Holm after he was named Kenya’s Foreign Affairs Cabinet Secretary. Minister Omar Haddad, who was appointed as Minister of Trade in May, attended.';
    assert.deepEqual(roles(text, 'Jan Holm').map(([t]) => t), ['Prime Cabinet Secretary', 'Foreign Affairs Cabinet Secretary']);
    assert.deepEqual(roles(text, 'Omar Haddad').map(([t]) => t), ['Minister', 'Minister of Trade']);
  });

  it('takes an office written right after the name with `as` (`the inauguration of Jan Holm as the new Iranian president`), not `as well as`', () => {
    const text = 'Foreign Minister Ana Costa met Jan Holm in Tehran. She attended the inauguration of Jan Holm as the new Iranian president, and met Omar Haddad as well as other guests.';
    assert.deepEqual(roles(text, 'Jan Holm'), [['president', '', 'Iran']]);
    assert.deepEqual(roles(text, 'Omar Haddad'), []);
  });

  it('reads a name in brackets right after its title (`Croatia’s Economy Minister (Martina Dalić)`), not an acronym (`the Secretary-General (UNSG)`)', () => {
    const text = 'Croatia’s Economy Minister (Ana Costa) and President Jan Holm are expected to visit Sweden. The UN Secretary-General (UNSG) sent a message.';
    assert.deepEqual(names(text), ['Ana Costa', 'Jan Holm']);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Economy Minister', '', 'Croatia']]);
  });
  it('takes the office of `his Danish colleague X` for someone the text gives no title, and leaves a titled colleague’s own', () => {
    const text = 'Foreign Minister of Latvia Jānis Ozols met with his Danish colleague Lene Espersen. Later he met his colleague Deputy Prime Minister Anna Berg.';
    assert.deepEqual(roles(text, 'Lene Espersen'), [['Foreign Minister', '', 'Denmark']]);
    assert.deepEqual(roles(text, 'Anna Berg'), [['Deputy Prime Minister', '', '']]);
  });

  it('reads a name spelt with and without letters that have no decomposition as one person, shown in its own spelling (`Đurić` / `Djuric`, `Søvndal` / `Sovndal`, `Łukasz` / `Lukasz`)', () => {
    const text = 'Minister of Foreign Affairs of Serbia Marko Djuric and Minister Villy Sovndal, photo\n\nMinister Ana Costa hosted Serbian Foreign Minister Marko Đurić and Danish Foreign Minister Villy Søvndal. Đurić thanked her. Ambassador Łukasz Nowak and Lukasz Nowak’s aide attended.';
    assert.deepEqual(names(text), ['Ana Costa', 'Marko Đurić', 'Villy Søvndal', 'Łukasz Nowak']);
  });
  it('reads a title written right after a name with no comma where the name opens its clause (`Össur Skarphéðinsson Minister of Foreign Affairs in Iceland and …`), not in a title-case headline', () => {
    const text = 'Össur Skarphéðinsson Minister of Foreign Affairs in Iceland and Villy Søvndal met today in Copenhagen.';
    assert.deepEqual(roles(text, 'Össur Skarphéðinsson'), [['Minister of Foreign Affairs', '', 'Iceland']]);
    assert.deepEqual(names('Ivan Petrov Minister Of Trade Visits Iceland\n\nThe minister arrived today.'), []);
  });
  it('gives the one official the text gives no office a role reference no one else holds (`the Prime Minister was forced to wait`), and its office', () => {
    const text = 'Donald Trump and Sir Keir Starmer have held a phone call, Downing Street has confirmed. Hours earlier the Prime Minister was forced to wait while President Trump called other leaders.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Keir Starmer', 'role'), ['the Prime Minister']);
    assert.deepEqual(roles(text, 'Keir Starmer'), [['Prime Minister', '', '']]);
  });

  it('reads `the Ukrainian foreign minister` opening a story as the one official without an office named just after, with its country', () => {
    const text = 'The Ukrainian foreign minister and his US counterpart discussed the situation by phone.\n\nIn a post, Dmytro Kuleba said that US Secretary of State Antony Blinken affirmed the support.';
    assert.deepEqual(roles(text, 'Dmytro Kuleba'), [['Foreign minister', '', 'Ukraine']]);
  });

  it('leaves a role reference inside a quote, after `H.E.` or naming a body (`the UN Secretary-General`) to no one rather than to someone without an office', () => {
    const text = 'Resident Coordinator Ana Costa and Jan Holm met Minister Ivan Petrov. Holm recalled the meeting with H.E. the President. “The Prime Minister stays behind,” Petrov said. Holm thanked the UN Secretary-General.';
    const a = annotate(text);
    assert.deepEqual(mentionTexts(a, text, 'Jan Holm', 'role'), []);
    assert.deepEqual(roles(text, 'Jan Holm'), []);
  });
  it('reads the names after an office shared by several (`The Ministers of Foreign Affairs of Ukraine and Belgium, Andrii Sybiha and Maxime Prevot, …`) as officials, each with the office of their country', () => {
    const text = 'The Ministers of Foreign Affairs of Ukraine and Belgium, Andrii Sybiha and Maxime Prevot, discussed further cooperation.';
    assert.deepEqual(names(text), ['Andrii Sybiha', 'Maxime Prevot']);
    assert.deepEqual(roles(text, 'Andrii Sybiha'), [['Minister of Foreign Affairs', '', 'Ukraine']]);
    assert.deepEqual(roles(text, 'Maxime Prevot'), [['Minister of Foreign Affairs', '', 'Belgium']]);
    // (a block whose first name follows `and` has no run before it)
    assert.deepEqual(names('Talks and Jan Holm.'), []);
  });
  it('reads `BiH` as Bosnia and Herzegovina, not part of a name (`BiH Foreign Minister Zlatko Lagumdžija`), and an office in lower case after `appointment as` (`special envoy of the ASEAN chair to Myanmar`)', () => {
    const text = 'BiH Foreign Minister Zlatko Lagumdžija met Minister Ivan Petrov. Petrov congratulated Foreign Minister Prak Sokhonn on his appointment as special envoy of the ASEAN chair to Myanmar.';
    assert.deepEqual(roles(text, 'Zlatko Lagumdžija'), [['Foreign Minister', '', 'BiH']]);
    assert.deepEqual(roles(text, 'Prak Sokhonn').map(([t]) => t), ['Foreign Minister', 'special envoy to Myanmar']);
  });
  it('reads `Vice-Premier` as a title, not a name (`Azeri PM meets Albanian Vice-Premier, Foreign Minister`)', () => {
    assert.deepEqual(names('Azeri PM meets Albanian Vice-Premier, Foreign Minister\n\nPrime Minister Artur Rasizade received Deputy Prime Minister Edmond Haxhinasto.'), ['Artur Rasizade', 'Edmond Haxhinasto']);
  });
  it('reads a full name as an official when its surname is elsewhere the subject of a reporting verb (`Nasser Bourita …` … `“…,” Bourita said`), not an outlet (`Thomson Reuters` … `Reuters said`), and coordinated subjects of `denied`', () => {
    const text = 'Talks between Nasser Bourita and the French side were held in Rabat. The data of Thomson Reuters came later.\n\n“Morocco will express its position,” Bourita said. Jan Holm and Ana Costa denied the reports. Reuters said nothing.';
    assert.deepEqual(names(text).sort(), ['Ana Costa', 'Jan Holm', 'Nasser Bourita']);
  });
  it('gives a surname two officials share to the one named before it (`K Natwar Singh` … `Singh told reporters`), and after both are named to the one the text gives an office (`… the Manmohan Singh government … Singh said`)', () => {
    const text = 'External Affairs Minister K Natwar Singh held talks with Foreign Minister Ana Costa.\n\nSingh told reporters “the chemistry was good”.\n\nIt was the first contact since the Manmohan Singh government took office. “Our relations matter a great deal,” Singh said.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ana Costa', 'K Natwar Singh', 'Manmohan Singh']);
    assert.deepEqual(a.quotes.map((q) => a.officials.find((o) => o.id === q.speaker)?.name ?? null), ['K Natwar Singh', 'K Natwar Singh']);
  });
  it('ends an office before `and` where the next person of a list begins, with an office of their own (`Minister of Foreign Affairs and Sergey Lavrov, Minister of …`), not before a `Title Name` item (`Minister of Culture and Information Adel Al-Toraifi, Saudi Ambassador …`)', () => {
    const text = 'A press conference was held.\n\n“His Excellency Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs and Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, hold a press conference,” said the agency.\n\nThe meeting was attended by Minister of State Ibrahim Al-Assaf, Minister of Culture and Information Adel Al-Toraifi, Saudi Ambassador to Norway Essam Abed and others.';
    assert.deepEqual(roles(text, 'Badr bin Hamad Al Busaidi'), [['Minister of Foreign Affairs', '', '']]);
    assert.deepEqual(roles(text, 'Sergey Lavrov'), [['Minister of Foreign Affairs', '', 'Russian Federation']]);
    assert.deepEqual(roles(text, 'Ibrahim Al-Assaf'), [['Minister of State', '', '']]);
  });
  it('takes a role reference with a country to its holder of that country named later, not to one of no known country named before (`the Minister of Foreign Affairs of Oman and the Russian Minister …`)', () => {
    const text = 'A press conference was held by the Minister of Foreign Affairs of Oman and the Russian Minister of Foreign Affairs.\n\n“Minister of Foreign Affairs Badr Al Busaidi and Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, hold a press conference,” the agency said.\n\nThe Russian minister said: “We discussed many things with our hosts today.”';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => a.officials.find((o) => o.id === q.speaker)?.name ?? null), [null, 'Sergey Lavrov']);
    assert.deepEqual(mentionTexts(a, text, 'Badr Al Busaidi', 'role'), ['the Minister of Foreign Affairs']);
  });
  it('reads a name with its initial glued before it (`D.Tsogtbaatar`, Mongolian style) as the same person as the bare surname', () => {
    const text = 'On November 13, Foreign Affairs Minister D.Tsogtbaatar met Deputy Director-General Xue Jian.\n\nMinister Tsogtbaatar underlined the importance of trade. The U.S. side was not present.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['D.Tsogtbaatar', 'Xue Jian']);
    assert.deepEqual(mentionTexts(a, text, 'D.Tsogtbaatar', 'name'), ['D.Tsogtbaatar', 'Tsogtbaatar']);
  });
  it('reads an event after a plural title as no person (`the 51st PIF Leaders Retreat`)', () => {
    assert.deepEqual(names('Prime Minister James Marape met Prime Minister Anthony Albanese in Suva, prior to the convening of the 51st PIF Leaders Retreat at the PIF Secretariat.'), ['Anthony Albanese', 'James Marape']);
  });
  it('reads an office of a country whose name has `and` before a name in commas (`Prime Minister of Trinidad and Tobago, Kamla Persad-Bissessar,`)', () => {
    const text = 'In turn, Prime Minister of Trinidad and Tobago, Kamla Persad-Bissessar, who also praised the relationship, said it was good. He met the Prime Minister of Bosnia and Herzegovina, Zoran Tegeltija, on Monday.';
    assert.deepEqual(roles(text, 'Kamla Persad-Bissessar'), [['Prime Minister', '', 'Trinidad and Tobago']]);
    assert.deepEqual(roles(text, 'Zoran Tegeltija'), [['Prime Minister', '', 'Bosnia and Herzegovina']]);
  });
  it('reads a name after a country in the possessive as an official’s, in news copy (`include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall and …`), not a place (`Ukraine’s Black Sea ports`)', () => {
    const text = 'Wang Yi met African foreign ministers in Changsha. These ministers include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall and Angola’s Tete Antonio. They discussed grain from Ukraine’s Black Sea ports and NATO’s Jens Stoltenberg said nothing.';
    assert.deepEqual(names(text), ['Jens Stoltenberg', 'Musalia Mudavadi', 'Tete Antonio', 'Wang Yi', 'Yassine Fall']);
    assert.equal(annotate(text).officials.find((o) => o.name === 'Yassine Fall')?.country, 'Senegal');
  });
  it('reads a name after a personal honorific and `of` (`At the invitation of Shri S. M. Krishna`, `of Mr. Smith`), and no name in `H. E.` spaced (`H. E. Antonio Patriota`)', () => {
    const text = 'At the invitation of Shri S. M. Krishna, External Affairs Minister of India, H. E. Antonio Patriota, Foreign Minister of Brazil visited New Delhi on 8 March 2011. The visit of Mr. John Smith was short.';
    assert.deepEqual(names(text), ['Antonio Patriota', 'John Smith', 'S. M. Krishna']);
    assert.deepEqual(roles(text, 'Antonio Patriota'), [['Foreign Minister', '', 'Brazil']]);
  });
  it('reads an envoy’s office with the city they serve in before a name in commas (`the Ambassador of Qatar in Addis Ababa, Saad Al Naimi,`)', () => {
    const text = 'The State Minister hosted the Ambassador of Qatar in Addis Ababa, Saad Mubarak Al Naimi, for discussions. The US Ambassador in Cairo, Nicole Champagne, spoke.';
    assert.deepEqual(names(text), ['Nicole Champagne', 'Saad Mubarak Al Naimi']);
    assert.deepEqual(roles(text, 'Saad Mubarak Al Naimi'), [['Ambassador in Addis Ababa', '', 'Qatar'], ['Ambassador', '', 'Qatar']]);
  });
  it('reads a well-known figure named in passing as an official (`with the help of Xi Jinping`, `took over from Liz Truss`), not an unknown name so placed', () => {
    const text = 'Talks\n\nPresident Aleksandr Lukashenko met the envoy. It is developing well with the help of Xi Jinping. The new Prime Minister, who took over from Liz Truss on Tuesday, spoke. It began with a meeting with my friend Tony Blair and my friend Jan Kowalczyk.';
    assert.deepEqual(names(text), ['Aleksandr Lukashenko', 'Liz Truss', 'Tony Blair', 'Xi Jinping']);
    // (no role comes from the list: the text gives none)
    assert.deepEqual(roles(text, 'Xi Jinping'), []);
  });
  it('gives an office between two names to the first when the second has an office of its own (`Shri S. M. Krishna, External Affairs Minister of India, H. E. Antonio Patriota, Foreign Minister of Brazil`), and to the name after it otherwise (`in Samarkand, the President of Uzbekistan, Shavkat Mirziyoyev,`)', () => {
    const text = 'At the invitation of Shri S. M. Krishna, External Affairs Minister of India, H. E. Antonio Patriota, Foreign Minister of Brazil visited New Delhi. Talks between Ivan Petrov, Foreign Minister of Bulgaria, Ana Costa, Foreign Minister of Portugal, followed. They met in Samarkand, the President of Uzbekistan, Shavkat Mirziyoyev, and others.';
    assert.deepEqual(roles(text, 'S. M. Krishna'), [['External Affairs Minister', '', 'India']]);
    assert.deepEqual(roles(text, 'Antonio Patriota'), [['Foreign Minister', '', 'Brazil']]);
    assert.deepEqual(roles(text, 'Ivan Petrov'), [['Foreign Minister', '', 'Bulgaria']]);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Foreign Minister', '', 'Portugal']]);
    assert.deepEqual(roles(text, 'Shavkat Mirziyoyev'), [['President', '', 'Uzbekistan']]);
  });
  it('shares a plural title across names each followed by its country (`Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina Friday agreed …`), a day after the country no part of it', () => {
    const text = 'Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina Friday agreed to broker a summit.';
    assert.deepEqual(roles(text, 'Francisco Bustillo'), [['Foreign Minister', '', 'Uruguay']]);
    assert.deepEqual(roles(text, 'Santiago Cafiero'), [['Foreign Minister', '', 'Argentina']]);
  });
  it('reads `NSA` as a title before a name, and a name before `administration` as a leader’s (`The Joe Biden administration`)', () => {
    const text = 'Defence Minister Rajnath Singh and NSA Ajit Doval held calls. The Joe Biden administration began formal engagement with Indian leaders.';
    assert.deepEqual(names(text), ['Ajit Doval', 'Joe Biden', 'Rajnath Singh']);
    assert.deepEqual(roles(text, 'Ajit Doval'), [['NSA', '', '']]);
  });
  it('reads names followed by the country they speak for as officials (`Emomali Rakhmon of Tajikistan and Vladimir Putin of Russia`), not a body with its article (`the Support Platform of Moldova`)', () => {
    const text = 'Talks were held between the two countries’ presidents, Emomali Rakhmon of Tajikistan and Vladimir Putin of Russia, in Dushanbe.\n\nThe Tajik president said that top-level contacts “are essential for the development of interstate relations.” They discussed the next edition of the Support Platform of Moldova.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Emomali Rakhmon', 'Vladimir Putin']);
    assert.deepEqual(a.quotes.map((q) => a.officials.find((o) => o.id === q.speaker)?.name ?? null), ['Emomali Rakhmon']);
  });
  it('reads no name in `Seri` between two honorifics (`Foreign Minister Datuk Seri Dr Zambry Abdul Kadir`) nor in `State Documents`, and keeps `Bandar Seri Begawan` a place', () => {
    const text = 'PUTRAJAYA: Foreign Minister Datuk Seri Dr Zambry Abdul Kadir met Foreign Minister Vivian Balakrishnan after the summit in Bandar Seri Begawan. By Office of Assistant to Deputy Cabinet Secretary for State Documents & Translation.';
    assert.deepEqual(names(text), ['Vivian Balakrishnan', 'Zambry Abdul Kadir']);
  });
  it('gives `his Sri Lankan counterpart, X` the subject’s office in that country (a demonym of two words)', () => {
    const text = 'External Affairs Minister S Jaishankar on Thursday held talks with his Sri Lankan counterpart, Dinesh Gunawardena, in New Delhi.\n\nThe Sri Lankan foreign minister reiterated the importance of the projects.';
    assert.deepEqual(roles(text, 'Dinesh Gunawardena').map(([t, , c]) => [t, c]), [['External Affairs Minister', 'Sri Lanka'], ['Foreign minister', 'Sri Lanka']]);
    assert.deepEqual(roles(text, 'S Jaishankar'), [['External Affairs Minister', '', '']]);
  });
  it('reads an apposition that names a country and a body before its title (`Mr Ned Price, US State Department spokesman said`), not an adjective as a body (`Mahamat Ali Hassan, New Ambassador of Chad`)', () => {
    const text = 'Mr Ned Price, US State Department spokesman said the talks went well. H.E. Mahamat Ali Hassan, New Ambassador of Chad, presented his credentials.';
    assert.deepEqual(roles(text, 'Ned Price'), [['spokesman', 'State Department', 'US']]);
    assert.equal(roles(text, 'Mahamat Ali Hassan').some(([, o]) => o === 'New'), false);
  });
  it('reads a surname the text never gives in full as an official when it is the subject of reporting verbs twice (`“…,” Landsbergis said` … `Landsbergis thanked`), not an outlet (`Xinhua said`) nor part of a longer name (`Ki-Moon said` beside `Ban Ki Moon`)', () => {
    const text = '“We need to help Ukraine,” the Foreign Minister said. “Russia must lose,” Landsbergis said.\n\nLandsbergis thanked Luxembourg. Xinhua said the talks went well. Xinhua said more.';
    assert.deepEqual(names(text), ['Landsbergis']);
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => (q.speaker ? a.officials.find((o) => o.id === q.speaker)?.name : null)), ['Landsbergis', 'Landsbergis']);
    assert.deepEqual(names('Secretary-General Ban Ki Moon met President Muhammadu Buhari. Ki-Moon said he was happy. Ki-Moon said more.'), ['Ban Ki Moon', 'Muhammadu Buhari']);
  });
  it('reads a full name coordinated with an official named by title as an official (`the conversation which David Cameron and President Obama had`), not a country or a city so placed', () => {
    const names = (text: string): string[] => annotate(text).officials.map((o) => o.name);
    assert.deepEqual(names('Here is how a spokesman has reported the conversation which David Cameron and President Obama had over the phone.'), ['David Cameron', 'Obama']);
    assert.deepEqual(names('Talks between Saudi Arabia and President Obama. Pictures of New Delhi and Prime Minister Modi.'), ['Obama', 'Modi']);
  });
  it('ends an office before `and Mr. <Name>, <office>` (an honorific opens the next name), and reads `President of Uzbekistan, Shavkat Mirziyoyev as part of …` as his office', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('Joint Press Conference by Mr. Ahmet Davutoğlu, Minister of Foreign Affairs of Turkey and Mr. John Kerry, the U.S. Secretary of State, 1 March 2013, Ankara'), [
      ['Ahmet Davutoğlu', ['Minister of Foreign Affairs']],
      ['John Kerry', ['Secretary of State']],
    ]);
    assert.deepEqual(titles('Qasym-Jomart Toqayev held discussions with President of Uzbekistan, Shavkat Mirziyoyev as part of his state visit.')[1], ['Shavkat Mirziyoyev', ['President']]);
  });
  it('keeps a title’s city out of the name (`Mayor of London Sadiq Khan`, `Acting US Ambassador in Cairo Nicole Champagne`) and takes no city after a title’s `of` as an official (`Crown Prince of Abu Dhabi and Deputy Supreme Commander …`)', () => {
    const names = (text: string): string[] => annotate(text).officials.map((o) => o.name);
    assert.deepEqual(names('Mayor of London Sadiq Khan met Governor of Tokyo Yuriko Koike.'), ['Sadiq Khan', 'Yuriko Koike']);
    assert.deepEqual(names('Abbas Kamel attended the meeting, together with Acting US Ambassador in Cairo Nicole Champagne and others.'), ['Abbas Kamel', 'Nicole Champagne']);
    assert.deepEqual(names('His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received a call from President Joe Biden.'), ['Mohamed bin Zayed Al Nahyan', 'Joe Biden']);
  });
  it('leaves an honorific after an office out of the role (`President His Highness Sheikh Mohamed …`, `Prime Minister Sheikh Hasina`)', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Prime Minister Narendra Modi.')[0], ['Mohamed bin Zayed Al Nahyan', ['President']]);
    assert.deepEqual(titles('Prime Minister Sheikh Hasina met Foreign Minister Narayan Prakash Saud in Dhaka.')[0][1], ['Prime Minister']);
    assert.deepEqual(titles('Prime Minister and Minister of Foreign Affairs H.E. Sheikh Mohammed bin Abdulrahman Al Thani received the delegation.')[0], ['Mohammed bin Abdulrahman Al Thani', ['Prime Minister', 'Minister of Foreign Affairs']]);
  });
  it('reads `Sheikh` as a man’s title only before an Arabic name (`Sheikh Tamim bin Hamad`), not before a South Asian one (`Sheikh Hasina … she said`)', () => {
    const text = 'Prime Minister Sheikh Hasina met Nepalese Foreign Minister Narayan Prakash Saud in Dhaka on Friday.\n\n'
      + 'Sheikh Hasina said Bangladesh was ready to export electricity. “We want connectivity in the region,” she said.\n\n'
      + 'Saud thanked her for the welcome. “Nepal values the friendship,” he said.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['Hasina', 'Narayan Prakash Saud']);
    const gulf = 'Sheikh Tamim bin Hamad Al Thani received Foreign Minister Hakan Fidan. Fidan thanked the Emir. “Qatar is a partner,” he said.';
    assert.deepEqual(quotePairs(annotate(gulf)), [['Qatar is a partner,', 'Hakan Fidan']]);
  });
  it('reads `Pres` as a title, not a name (`S. Korea Pres, NATO chief discuss …`), and `Pres.` and `PM` as the offices `the President` and `the Prime Minister` refer to', () => {
    assert.deepEqual(names('S. Korea Pres, NATO chief discuss Ukraine\n\nPresident Yoon Suk Yeol met NATO Secretary General Jens Stoltenberg in Seoul.'), ['Jens Stoltenberg', 'Yoon Suk Yeol']);
    const text = 'Pres. Joe Biden met PM Narendra Modi. The President said the talks were good, and the Prime Minister agreed.';
    const a = annotate(text);
    assert.deepEqual(roles(text, 'Joe Biden'), [['Pres.', '', '']]);
    assert.deepEqual(mentionTexts(a, text, 'Joe Biden', 'role'), ['The President']);
    assert.deepEqual(mentionTexts(a, text, 'Narendra Modi', 'role'), ['the Prime Minister']);
  });
  it('reads two spellings of a given name, one the start of the other, with the same surname as one official (`Ukhnaagiin Khurelsukh`, `Ukhnaa Khurelsukh`)', () => {
    const a = annotate('Premier Li Keqiang met Mongolian President Ukhnaa Khurelsukh in Beijing.\n\nLi Keqiang met with visiting Mongolian President Ukhnaagiin Khurelsukh on Monday. Khurelsukh said Mongolia was ready to deepen trade.');
    // (shown by the fuller given name)
    assert.deepEqual(a.officials.map((o) => o.name), ['Li Keqiang', 'Ukhnaagiin Khurelsukh']);
  });
  it('reads whom someone thanks for something as a person (`Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome`), not a country thanked', () => {
    assert.deepEqual(names('The talks took place in Astana.\n\nShavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome. He also thanked Kazakhstan for its support.'), ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });
  it('reads a country written with either apostrophe as the country (`his Cote d’Ivoire counterpart President Alassane Ouattara`), and a counterpart’s own title as the office in that country', () => {
    const text = 'President Ramaphosa hosted his Cote d’Ivoire counterpart President Alassane Ouattara on a state visit.';
    assert.deepEqual(names(text), ['Alassane Ouattara', 'Ramaphosa']);
    // (and a counterpart's own title is the office, in the counterpart's country)
    assert.deepEqual(roles(text, 'Alassane Ouattara'), [['President', '', 'Côte d\'Ivoire']]);
    assert.deepEqual(roles('Wang Yi held talks with his Russian counterpart Foreign Minister Sergey Lavrov.', 'Sergey Lavrov'), [['Foreign Minister', '', 'Russia']]);
  });
  it('reads a name in brackets after a full name as the same official (`President Joko Widodo (Jokowi)` … `President Jokowi`), not a country or a party’s acronym', () => {
    const text = 'Foreign Minister Retno Marsudi reported to President Joko Widodo (Jokowi) at the palace. She said President Jokowi is keen to meet foreign leaders.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Joko Widodo', 'Retno Marsudi']);
    assert.deepEqual(mentionTexts(a, text, 'Joko Widodo', 'name'), ['Joko Widodo', 'Jokowi', 'Jokowi']);
    assert.deepEqual(names('Foreign Minister Wang Yi (China) met Prime Minister Anwar Ibrahim (PKR) in Beijing.'), ['Anwar Ibrahim', 'Wang Yi']);
    const caption = 'Minister Kamikawa shakes hands with Foreign Minister Mr. Wang Yi\n(Photo) Japan-China Foreign Ministers’ Meeting';
    assert.deepEqual(mentionTexts(annotate(caption), caption, 'Wang Yi', 'name'), ['Wang Yi']);
  });
  it('keeps a father’s honorific inside a patronymic (`Dato’ Sri Mohd Najib bin Tun Abdul Razak`)', () => {
    assert.deepEqual(names('His Excellency Abhisit Vejjajiva and the Honourable Dato’ Sri Mohd Najib bin Tun Abdul Razak, Prime Minister of Malaysia, co-chaired the meeting.'), ['Abhisit Vejjajiva', 'Mohd Najib bin Tun Abdul Razak']);
  });
  it('reads no person in a capitalized subject after an article (`The Annual Consultation was held in Bangkok`), nor a `His` of address as a pronoun for it', () => {
    const text = 'The Annual Consultation was held in Bangkok. His Excellency Abhisit Vejjajiva, Prime Minister of Thailand, chaired it. The Fourth Annual Consultation was held in conjunction with the visit.';
    assert.deepEqual(names(text), ['Abhisit Vejjajiva']);
  });
  it('reads an office that ends in a portfolio before a comma (`Minister for Information, Robert Morgan,`) and `Minister without Portfolio`', () => {
    const text = 'Forum proposed\n\nMinister for Information, Robert Morgan, says there is need for a forum. Minister without Portfolio Anna Lee agreed.';
    assert.deepEqual(roles(text, 'Robert Morgan'), [['Minister for Information', '', '']]);
    assert.deepEqual(roles(text, 'Anna Lee'), [['Minister without Portfolio', '', '']]);
  });
  it('reads a rank with `(Ret’d)` as part of the title (`Prime Minister of Guyana, Hon. Brigadier (Ret’d) Mark Phillips`)', () => {
    const text = 'Visit to Georgetown\n\nHe met Prime Minister of Guyana, Hon. Brigadier (Ret’d) Mark Phillips in Georgetown. Brigadier General (retd) Ali Khan attended.';
    assert.deepEqual(names(text), ['Ali Khan', 'Mark Phillips']);
    assert.ok(official(annotate(text), 'Mark Phillips').roles.some((r) => r.title === 'Prime Minister'));
  });
  it('reads a seat of government as a body, no person (`Seoul’s presidential office Cheong Wa Dae said`)', () => {
    const a = annotate('Moon and Trump talk\n\n"The two leaders agreed to coordinate closely on the summit," Seoul’s presidential office Cheong Wa Dae said.');
    assert.deepEqual(a.officials.map((o) => o.name), []);
    assert.deepEqual(quotePairs(a).map(([, who]) => who), ['Seoul’s presidential office Cheong Wa Dae']);
  });
  it('reads an editor’s surname in brackets after a name as part of it, and whom one will meet with as a person (`before I meet with Vladimir Vladimirovich [Putin]`)', () => {
    const a = annotate('Lukashenko meets Medvedev\n\nPresident of Belarus Aleksandr Lukashenko said: “You should give your conclusion before I meet with Vladimir Vladimirovich [Putin].”');
    assert.deepEqual(a.officials.map((o) => o.name), ['Aleksandr Lukashenko', 'Vladimir Vladimirovich Putin']);
  });
  it('gives a plural title before a list of names each one its singular office (`Cabinet Secretaries Raychelle Omamo, Monica Juma, Amina Mohamed, James Macharia and …`)', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('State visit\n\nPresident Umaro Sissoco Embalo was received by Cabinet Secretaries Raychelle Omamo, Monica Juma, Amina Mohamed, James Macharia and Attorney General Paul Kihara.'), [
      ['Umaro Sissoco Embalo', ['President']], ['Raychelle Omamo', ['Cabinet Secretary']], ['Monica Juma', ['Cabinet Secretary']],
      ['Amina Mohamed', ['Cabinet Secretary']], ['James Macharia', ['Cabinet Secretary']], ['Paul Kihara', ['Attorney General']],
    ]);
  });
  it('reads an agency’s acronym as an organization, no person (`the budget request for Department of State and USAID, and then …`)', () => {
    assert.deepEqual(names('Briefing\n\nSpokesperson Ned Price introduced our colleague Paloma Adams-Allen – she is the USAID Deputy Administrator for Management and Resources. They spoke on the budget request for Department of State and USAID, and then took questions. I’m joined by Paloma Adams-Allen, Deputy USAID Administrator for Management and Resources.'), ['Ned Price', 'Paloma Adams-Allen']);
  });
  it('gives a plural title before two names each one its singular office (`Foreign Ministers Sergey Lavrov and Wang Yi`, `Presidents Enrique Peña Nieto and Donald Trump`)', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('Foreign Ministers Sergey Lavrov and Wang Yi held talks in Moscow.'), [['Sergey Lavrov', ['Foreign Minister']], ['Wang Yi', ['Foreign Minister']]]);
    assert.deepEqual(titles('They followed up the matters agreed upon by Presidents Enrique Peña Nieto and Donald Trump.'), [['Enrique Peña Nieto', ['President']], ['Donald Trump', ['President']]]);
  });
  it('reads an office before a comma whose portfolio has `and the` (`UK Minister of State for South Asia and the Commonwealth, Lord Tariq Ahmad,`)', () => {
    const a = annotate('He held meetings with UK Minister of State for South Asia and the Commonwealth, Lord Tariq Ahmad, in London.');
    const tariq = a.officials.find((o) => o.name === 'Tariq Ahmad');
    assert.ok(tariq?.roles.some((r) => r.title.startsWith('Minister of State')), JSON.stringify(tariq?.roles));
  });
  it('reads EU portfolios as parts of a title, not of the name (`EU Commissioner for Neighbourhood Policy and Enlargement Oliver Varhelyi`, `High Representative for Foreign Affairs and Security Policy`)', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('Safadi met EU Commissioner for Neighbourhood Policy and Enlargement Oliver Varhelyi in Brussels.'), [['Oliver Varhelyi', ['Commissioner for Neighbourhood Policy and Enlargement']]]);
    assert.deepEqual(titles('High Representative for Foreign Affairs and Security Policy Catherine Ashton spoke.'), [['Catherine Ashton', ['High Representative for Foreign Affairs and Security Policy']]]);
  });
  it('reads `Commander-in-Chief` as a title and a military rank after an office’s body as a title of its own (`Chief of the General Staff General Valery Gerasimov`)', () => {
    const titles = (text: string): [string, string[]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);
    assert.deepEqual(titles('Commander-in-Chief of the Defence Services Senior General Min Aung Hlaing received him.'), [['Min Aung Hlaing', ['Commander-in-Chief', 'Senior General']]]);
    assert.deepEqual(titles('Chief of the General Staff General Valery Gerasimov met him.'), [['Valery Gerasimov', ['Chief', 'General']]]);
  });
  it('reads a lone surname beside an official named by title as an official (`a summit with Biden and Japanese Prime Minister Fumio Kishida`), not a city or a country so placed', () => {
    const names = (text: string): string[] => annotate(text).officials.map((o) => o.name);
    assert.deepEqual(names('Marcos will go to a summit with Biden and Japanese Prime Minister Fumio Kishida.'), ['Biden', 'Fumio Kishida']);
    assert.deepEqual(names('He flew to Minsk and President Lukashenko met him. Talks between Ukraine and President Zelensky. Pictures of New Delhi and Prime Minister Modi.'), ['Lukashenko', 'Zelensky', 'Modi']);
  });
  it('reads an editor’s brackets around a given name or an office (`[US] President [Joe] Biden`, `[China President] Xi Jinping`) without putting a bracket in the role', () => {
    const roles = (text: string): [string, [string, string | null, string | null][]][] => annotate(text).officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.country, r.organization])]);
    assert.deepEqual(roles('“It is a priority of [US] President [Joe] Biden,” Secretary Antony Blinken said.')[0], ['Joe Biden', [['President', 'US', null]]]);
    assert.deepEqual(roles('[China President] Xi Jinping met him.'), [['Xi Jinping', [['President', 'China', null]]]]);
  });
  it('reads no name in a headline verb after a plural title (`Jamaica And Trinidad & Tobago Prime Ministers Report “Fruitful” First Day Of Talks`)', () => {
    const a = annotate('Jamaica And Trinidad & Tobago Prime Ministers Report “Fruitful” First Day Of Talks\n\nPrime Minister Andrew Holness held talks with his counterpart, Dr. Keith Rowley, on Monday.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Andrew Holness', 'Keith Rowley']);
  });
  it('reads no person in an office’s body (`the actual Pro-Tempore Presidency of Brazil`, `the Chairmanship`)', () => {
    const a = annotate('The Minister of Foreign Affairs of Brazil, Carlos França, met his counterpart. Both remarked on the guidelines by the actual Pro-Tempore Presidency of Brazil and the OSCE Chairmanship to strengthen integration.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Carlos França']);
  });
  it('reads no person in a section label or a court’s name (`Politics Vucic …`, `the Emiri Diwan said`)', () => {
    const a = annotate('Politics Vucic "to inform public" about his meetings\n\nPresident Aleksandar Vucic met UN Secretary-General Antonio Guterres. Vucic spoke with Emir Tamim bin Hamad, the Emiri Diwan said.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Aleksandar Vucic', 'Antonio Guterres', 'Tamim bin Hamad']);
  });
  it('gives a counterpart the full name of an abbreviated office (`PM Alexis Tsipras … his Israeli counterpart Benjamin Netanyahu`: Prime Minister, Israel)', () => {
    const a = annotate('During his first official visit to Israel, PM Alexis Tsipras held talks with his Israeli counterpart Benjamin Netanyahu.');
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.country])]), [
      ['Alexis Tsipras', [['PM', null]]],
      ['Benjamin Netanyahu', [['Prime Minister', 'Israel']]],
    ]);
  });
  it('reads an office before a comma opened by an article, ahead of a title used as an honorific (`the Minister of Foreign Affairs, Ambassador Yusuf Tuggar`)', () => {
    const a = annotate('This was disclosed by the Minister of Foreign Affairs, Ambassador Yusuf Tuggar, while briefing reporters.');
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [['Yusuf Tuggar', ['Minister of Foreign Affairs', 'Ambassador']]]);
  });
  it('reads a Commonwealth office with `in the Office of …` and `with Responsibility for …` before a name as that person’s title, so `The Minister` is that person', () => {
    const text = 'Morgan calls for forum\n\nMinister without Portfolio in the Office of the Prime Minister with Responsibility for Information, Robert Morgan, says there is need for a forum.\n\nHe was speaking during a meeting with Prime Minister of Guyana, Hon. Brigadier (Ret’d) Mark Phillips in Georgetown.\n\nThe Minister noted that Guyana is a friend of Jamaica.';
    const a = annotate(text);
    assert.deepEqual(official(a, 'Robert Morgan').roles.map((r) => r.title), ['Minister without Portfolio']);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, nameOf(a, p.speaker)]), [
      ['there is need for a forum', 'Robert Morgan'],
      ['Guyana is a friend of Jamaica', 'Robert Morgan'],
    ]);
  });
  it('reads a byline, a name alone on its line and an office alone on the next, as that person’s office (`John Kerry` / `Secretary of State`); not a line that is a place', () => {
    const a = annotate('Remarks With German Foreign Minister Frank-Walter Steinmeier\n\nJohn Kerry\nSecretary of State\nTreaty Room\nWashington, DC\nJuly 21, 2016\n\nSECRETARY KERRY: Good morning, everybody. We will work together.');
    assert.deepEqual(official(a, 'John Kerry').roles.map((r) => r.title), ['Secretary of State']);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Frank-Walter Steinmeier', 'John Kerry']);
    // (blanks around the name and Windows line ends still make a line of its own)
    const crlf = annotate('Remarks\r\n\r\n  John Kerry \t\r\nSecretary of State\r\n\r\nSECRETARY KERRY: Good morning, everybody.');
    assert.deepEqual(official(crlf, 'John Kerry').roles.map((r) => r.title), ['Secretary of State']);
  });

  it('reads an office opening its sentence past its possessor and modifiers, then a comma and a one-word name that is the subject (`JAKARTA, Oct 24 (Bernama) -- Indonesia’s newly appointed Foreign Minister, Sugiono has affirmed …`)', () => {
    const text = 'Indonesia backs Malaysia\n\nJAKARTA, Oct 24 (Bernama) -- Indonesia’s newly appointed Foreign Minister, Sugiono has affirmed the country’s full support for Malaysia’s chairmanship of ASEAN.\n\nDuring the meeting, Sugiono expressed his appreciation.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.country])]), [['Sugiono', [['Foreign Minister', 'Indonesia']]]]);
    assertExactSpans(a, text);
  });

  it('reads no official in season’s greetings after a title (`wished the Deputy Secretary Happy Christmas and New Year`)', () => {
    assert.deepEqual(names('Call with Sherman\n\nState Minister Shahriar Alam spoke with Deputy Secretary Wendy Sherman. Finally, the state minister wished the Deputy Secretary Happy Christmas and New Year.'), ['Shahriar Alam', 'Wendy Sherman']);
  });

  it('reads an office, a comma and a word of friendship before the name (`the Minister of Foreign Affairs of Uruguay, my friend Rodolfo Nim Novoa`)', () => {
    const a = annotate('Remarks\n\nI would like to welcome the Minister of Foreign Affairs of Uruguay, my friend Rodolfo Nim Novoa. Foreign Minister Luis Videgaray spoke first.');
    assert.deepEqual(roles('Remarks\n\nI would like to welcome the Minister of Foreign Affairs of Uruguay, my friend Rodolfo Nim Novoa. Foreign Minister Luis Videgaray spoke first.', 'Rodolfo Nim Novoa'), [['Minister of Foreign Affairs', '', 'Uruguay']]);
    assert.equal(a.officials.length, 2);
  });

  it('reads an initial with its stop and a surname as a name of two parts inside a sentence (`his Turkish counterpart A. Davutoglu`)', () => {
    assert.deepEqual(roles('Press conference\n\nForeign Minister Dimitris Avramopoulos met his Turkish counterpart A. Davutoglu in Ankara.', 'A. Davutoglu'), [['Foreign Minister', '', 'Türkiye']]);
  });

  it('reads a country that is a given name before a surname (`the head of the council, Israel Ganz`), but not an office’s country before a name (`the African Union Commission of Chad Moussa Faki`)', () => {
    assert.deepEqual(names('Visit\n\nForeign Minister Eli Cohen met the head of the council, Israel Ganz, who has given his all.'), ['Eli Cohen', 'Israel Ganz']);
    assert.deepEqual(names('Visit\n\nPresident Joe Biden met the Chairperson of the African Union Commission of Chad Moussa Faki Mahamat.'), ['Joe Biden', 'Moussa Faki Mahamat']);
    // (and right after a title: `Foreign Minister Israel Katz`)
    assert.deepEqual(roles('Talks in Jerusalem\n\nIsraeli Foreign Minister Israel Katz met Foreign Minister Annalena Baerbock.', 'Israel Katz'), [['Foreign Minister', '', 'Israel']]);
  });

  it('reads an office for refugees or migrants whole before the name (`UN High Commissioner for Refugees Filippo Grandi`)', () => {
    assert.deepEqual(names('Grandi visit\n\nUN High Commissioner for Refugees Filippo Grandi arrived in South Africa on Monday.'), ['Filippo Grandi']);
  });

  it('reads the short titles of Kenyan and Philippine offices before a name (`PS Kamau`, `Asec. Charles Jose`, `Sec. Manalo`) as titles, not as a name’s part', () => {
    assert.deepEqual(names('PS Kamau leads Kenya delegation to Mogadishu\n\nForeign Affairs Principal Secretary Macharia Kamau was in Mogadishu on Saturday. PS Kamau met his counterpart.'), ['Macharia Kamau']);
    assert.deepEqual(names('Press Briefing by DFA Spokesperson Asec. Charles Jose\n\nAsec. Charles Jose said that the President will visit Hanoi.'), ['Charles Jose']);
  });

  it('reads two offices joined by a slash with spaces (`Deputy Prime Minister / Foreign Minister David Zalkaliani`), the counterpart holding the one next to the name; a counterpart after a comma and an honorific (`her Greece counterpart, Mr Nikos Dendias`); no official in a press corps', () => {
    const call = 'Call\n\nGeorgia’s Deputy Prime Minister / Foreign Minister David Zalkaliani spoke over the phone with his Armenian counterpart Ararat Mirzoyan.';
    assert.deepEqual(roles(call, 'David Zalkaliani'), [['Deputy Prime Minister', '', 'Georgia'], ['Foreign Minister', '', '']]);
    assert.deepEqual(roles(call, 'Ararat Mirzoyan'), [['Foreign Minister', '', 'Armenia']]);
    assert.deepEqual(roles('Talks in Accra\n\nForeign Minister Shirley Ayorkor Botchwey held bilateral talks with her Greece counterpart, Mr Nikos Dendias in Accra.', 'Nikos Dendias'), [['Foreign Minister', '', 'Greece']]);
    assert.deepEqual(names('Briefing\n\nI would like to say good morning also to the members of the Malacañang Press Corps. Secretary Martin Andanar spoke.'), ['Martin Andanar']);
  });

  it('reads a title with a stray hyphen glued to it (`Commonwealth Secretary-General- Patricia Scotland`) and `CSG` (Commonwealth Secretary-General) as a title', () => {
    const text = 'Visit to Dominica\n\nPrime Minister Roosevelt Skerrit welcomed Commonwealth Secretary-General- Patricia Scotland to Dominica. PM Skerrit appreciated CSG Scotland for her work.';
    assert.deepEqual(names(text), ['Patricia Scotland', 'Roosevelt Skerrit']);
    assert.deepEqual(roles(text, 'Patricia Scotland').map(([t]) => t), ['Commonwealth Secretary-General', 'CSG']);
  });

  it('gives each official listed after a plural office with `include` that office in the country owning their name (`These African foreign ministers include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall, …`)', () => {
    const text = 'Changsha forum\n\nForeign Minister Wang Yi met African ministers in Changsha.\n\nThese African foreign ministers include Kenya’s Musalia Mudavadi, Senegal’s Yassine Fall and Botswana’s Phenyo Butale.';
    assert.deepEqual(roles(text, 'Musalia Mudavadi'), [['foreign minister', '', 'Kenya']]);
    assert.deepEqual(roles(text, 'Phenyo Butale'), [['foreign minister', '', 'Botswana']]);
  });

  it('reads a member’s letters (`MP`, `M.P.`, `TD`) after a name as a seat, and steps over them: an office after them is the name’s (`Hon. Lesego E. Motsumi, MP, Acting Minister of Defence`), a plural office before honorifics is each one’s (`Prime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP`), and `MP` is no official', () => {
    const text = 'Communique\n\nThe delegation of Botswana was led by Hon. Lesego E. Motsumi, MP, Acting Minister of Defence and included Hon. Peter L. Siele, MP, Minister of Labour and Home Affairs.\n\nPrime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP deliberated on the above.';
    assert.deepEqual(names(text), ['Ishmael Kalsakau', 'Lesego E. Motsumi', 'Manasseh Sogavare', 'Peter L. Siele']);
    assert.deepEqual(roles(text, 'Lesego E. Motsumi').map(([t]) => t), ['MP', 'Acting Minister of Defence']);
    assert.deepEqual(roles(text, 'Peter L. Siele').map(([t]) => t), ['MP', 'Minister of Labour and Home Affairs']);
    assert.deepEqual(roles(text, 'Manasseh Sogavare').map(([t]) => t), ['Prime Minister', 'MP']);
    assert.deepEqual(roles(text, 'Ishmael Kalsakau').map(([t]) => t), ['Prime Minister', 'MP']);
    // (with stops too: `Aingimea, M.P., President of the Republic of Nauru`)
    const dotted = 'Summit\n\n2. As host, His Excellency Honourable Lionel Rouwen Aingimea, M.P., President of the Republic of Nauru, welcomed the Presidents.';
    assert.deepEqual(names(dotted), ['Lionel Rouwen Aingimea']);
    assert.deepEqual(roles(dotted, 'Lionel Rouwen Aingimea').map(([t]) => t), ['M.P.', 'President']);
    // (an Irish deputy's `TD` between commas, and letters that end the apposition: `met Dennis Kellman, M.P., in …`; honours are no seat)
    const irish = 'Council\n\nThe Minister for Foreign Affairs, Charlie Flanagan, TD, today attended the Council. Minister Ana Costa met Dennis Kellman, M.P., in Bridgetown and Ambassador John Roe, QC, in London.';
    assert.deepEqual(roles(irish, 'Charlie Flanagan').map(([t]) => t), ['Minister for Foreign Affairs', 'TD']);
    assert.deepEqual(roles(irish, 'Dennis Kellman').map(([t]) => t), ['M.P.']);
    assert.deepEqual(roles(irish, 'John Roe').map(([t]) => t), ['Ambassador']);
    // (a counterpart holds the office next to the name of two joined by `and`)
    assert.deepEqual(roles('Meeting\n\nDeputy Prime Minister and Minister of Foreign Affairs Didier Reynders met his Israeli counterpart Avigdor Lieberman.', 'Avigdor Lieberman'), [['Minister of Foreign Affairs', '', 'Israel']]);
  });

  it('reads `Amb.` (Ambassador) with its stop as a title before a name, so a quote’s cue after it names the official (`“…,” Amb. Kamau said`)', () => {
    const text = 'Kamau in Mogadishu\n\nForeign Affairs Principal Secretary Ambassador Macharia Kamau was in Mogadishu on Saturday.\n\n“Kenyans and Somalis should focus more on trade,” Amb. Kamau said citing the abundance of fish.';
    assert.deepEqual(quotePairs(annotate(text)), [['Kenyans and Somalis should focus more on trade,', 'Macharia Kamau']]);
  });

  it('reads a portfolio that goes on after a comma (`Minister of Agriculture, Animal Husbandry and Fisheries`) as one office, not an office and a name; a glued dash before an office as a comma (`Jubitahana- Minister of …`); `Public Works` and a `Company` as no names; a plural title after `and` as another party’s', () => {
    const text = 'Joint Communiqué\n\nPresident Santokhi was accompanied by H.E. Albert R. Ramdin, Minister of Foreign Affairs, International Business and International Cooperation, H.E. Parmanand Sewdien, Minister of Agriculture, Animal Husbandry and Fisheries, H.E. Raid Nurmohamed, Minister of Public Works, H.E. Albert E. Jubitahana- Minister of Transport, Communication and Tourism, H.E. David Abiamofo, Minister of Natural Resources and representatives of the State Oil Company.';
    assert.deepEqual(names(text), ['Albert E. Jubitahana', 'Albert R. Ramdin', 'David Abiamofo', 'Parmanand Sewdien', 'Raid Nurmohamed', 'Santokhi']);
    assert.deepEqual(roles(text, 'Albert R. Ramdin').map(([t]) => t), ['Minister of Foreign Affairs, International Business and International Cooperation']);
    assert.deepEqual(roles(text, 'Parmanand Sewdien').map(([t]) => t), ['Minister of Agriculture, Animal Husbandry and Fisheries']);
    assert.deepEqual(roles(text, 'Raid Nurmohamed').map(([t]) => t), ['Minister of Public Works']);
    assert.deepEqual(roles(text, 'Albert E. Jubitahana').map(([t]) => t), ['Minister of Transport, Communication and Tourism']);
    assert.deepEqual(roles(text, 'David Abiamofo').map(([t]) => t), ['Minister of Natural Resources']);
    // (a dateline's agency before a dash is no one: `NUR-SULTAN. KAZINFORM – Deputy Prime Minister …`)
    assert.deepEqual(names('Talks\n\nNUR-SULTAN. KAZINFORM – Deputy Prime Minister of Kazakhstan Mukhtar Tleuberdi met Sergey Lavrov.'), ['Mukhtar Tleuberdi', 'Sergey Lavrov']);
  });

  it('reads a name before `was speaking`, `is meeting` … as an official’s, also a surname that is a country’s name (`Luís Montenegro`), but not a body’s', () => {
    const text = 'Lunch at São Bento\n\nLuís Montenegro was speaking to journalists before a working lunch with António Costa. The Security Council was meeting in New York.';
    assert.deepEqual(names(text), ['António Costa', 'Luís Montenegro']);
  });

  it('reads a page’s label before a headline (`UPDATED Slovenian President: …`) and a headline’s verb of ending or starting (`Slovak Foreign Minister Ends his Visit`) as no names', () => {
    assert.deepEqual(names('UPDATED Slovenian President: Bulgaria and Slovenia Have No Unresolved Issues\n\nSlovenian President Natasa Pirc Musar said here Tuesday that the talks went well.'), ['Natasa Pirc Musar']);
    assert.deepEqual(names('Slovak Foreign Minister Ends his Visit to the U.S.A.\n\nForeign Minister Miroslav Lajčák ended his visit to Washington on Thursday.'), ['Miroslav Lajčák']);
  });

  it('gives a counterpart named after an honorific with its stop the subject’s office in that country (`his Armenian counterpart Mr. Zohrab Mnatsakanyan`), and none when the counterpart’s own office follows the name', () => {
    const text = 'Call\n\nForeign Minister Fuad Hussein received a call from his Armenian counterpart Mr. Zohrab Mnatsakanyan.\n\nForeign Minister Batmunkh Battsetseg met her counterpart Mr. Peter Szijjarto, Minister for Foreign Affairs and Trade of Hungary.';
    assert.deepEqual(roles(text, 'Zohrab Mnatsakanyan'), [['Foreign Minister', '', 'Armenia']]);
    assert.deepEqual(roles(text, 'Peter Szijjarto').map(([t]) => t), ['Minister for Foreign Affairs and Trade']);
  });

  it('reads the subject’s office of a named country after a comma whose closing comma is lost (`On his part Mr. Zohrab Mnatsakanyan, the Armenian Foreign Minister confirmed …`) as the name’s, not another minister’s', () => {
    const text = 'Talks\n\nForeign Minister Mr. Fuad Hussein confirmed the depth of the relations.\n\nOn his part Mr. Zohrab Mnatsakanyan, the Armenian Foreign Minister confirmed the depth of relations.';
    assert.deepEqual(roles(text, 'Zohrab Mnatsakanyan'), [['Foreign Minister', '', 'Armenia']]);
    assert.deepEqual(roles(text, 'Fuad Hussein'), [['Foreign Minister', '', '']]);
  });

  it('reads `the counterpart of <country>, Name,` as an official holding the subject’s office in that country, an office in apposition before a name as that name’s, and `he` after a quote as the sentence’s subject before it, not the counterpart named inside the quote', () => {
    const text = 'Hasani meets Konakovic\n\nThe Minister of Foreign Affairs, Igli Hasani, received on Monday the counterpart of Bosnia-Herzegovina, Elmedin Konakovic, to discuss tourism and security.\n\n“With Minister Konakovic, we found that the potential is still underutilized,” he said.\n\nIn a conversation with the Bosnian Ambassador, Igli Hasani highlighted trade.';
    const a = annotate(text);
    assert.deepEqual(names(text), ['Elmedin Konakovic', 'Igli Hasani']);
    assert.ok(roles(text, 'Elmedin Konakovic').some(([t, , c]) => t === 'Minister of Foreign Affairs' && c === 'Bosnia'), JSON.stringify(roles(text, 'Elmedin Konakovic')));
    assert.deepEqual(quotePairs(a), [['With Minister Konakovic, we found that the potential is still underutilized,', 'Igli Hasani']]);
    assert.ok(!official(a, 'Igli Hasani').mentions.some((m) => text.slice(m.start, m.end) === 'the Bosnian Ambassador'));
  });

  it('reads `Begum` as a woman’s honorific before a name (`Begum Tarana Halim`), so `she` stands for her', () => {
    const text = 'Diplomacy\n\nPrime Minister Tshering Tobgay met the state minister of Bangladesh, Begum Tarana Halim, this morning.\n\n“Bhutan was the first country to extend friendship,” she said.';
    const a = annotate(text);
    assert.deepEqual(names(text), ['Tarana Halim', 'Tshering Tobgay']);
    assert.deepEqual(quotePairs(a), [['Bhutan was the first country to extend friendship,', 'Tarana Halim']]);
  });

  it('reads a given name’s initial glued to the surname (`D.Tsogtbaatar`, as Mongolian and Turkmen agencies write it) after an office and its country as a name of two parts', () => {
    const text = 'Ulaanbaatar /MONTSAME/. On March 16, Minister of Foreign Affairs of Mongolia D.Tsogtbaatar received U.S. Ambassador to Mongolia Michael S. Klecheski at the latter’s request.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.country]), [
      ['D.Tsogtbaatar', 'Minister of Foreign Affairs', 'Mongolia'],
      ['Michael S. Klecheski', 'Ambassador to Mongolia', 'U.S.'],
    ]);
  });

  it('reads no name in a scrape’s words run together (`US Minister MeetingKathmandu`, `HomeArchiveNewsflash:`), and keeps names with a capital after a short particle (`McCully`, `LaRocque`)', () => {
    const text = 'HomeArchiveNewsflash: Nicaragua back on board\n\nMahat and US Minister MeetingKathmandu / Sept 4: Prime Minister Pushpa Kamal Dahal met Foreign Minister Murray McCully and Ambassador Claude LaRocque.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Pushpa Kamal Dahal', 'Murray McCully', 'Claude LaRocque']);
  });

  it('does not give a titled name the office before its comma when a phrase owns that office (`Receiving the letters of credence of the Egyptian Ambassador, President X …`), but keeps two stacked offices (`Special Representative for …, Deputy Foreign Minister X`)', () => {
    const text = 'Receiving the letters of credence of the Egyptian Ambassador, President John Kufuor underscored the need for closer ties. Special Presidential Representative for the Middle East and Africa, Deputy Foreign Minister Mikhail Bogdanov met him.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [
      ['John Kufuor', ['President']],
      ['Mikhail Bogdanov', ['Special Presidential Representative', 'Deputy Foreign Minister']],
    ]);
  });

  it('reads `Abroad` and `Mobility` as words of a portfolio, not of a name (`Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi`, `Minister of Foreign Affairs and Human Mobility José Valencia`)', () => {
    const text = 'Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi held phone talks with his Egyptian counterpart. Minister of Foreign Affairs and Human Mobility José Valencia met him.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Othman Jerandi', 'José Valencia']);
    assert.match(a.officials[1].roles.map((r) => [r.title, r.organization].join(' ')).join(), /Human Mobility/);
  });

  it('reads a portfolio listed with commas before a name, its last part a people in the plural or a humanitarian or emigration portfolio (`Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi`, `…, Emigration and Egyptian Expatriates Sameh Shoukry`, `Minister for Cooperation and Humanitarian Affairs, Franz Fayot,`), not `Emigration` as a name', () => {
    const text = 'Minister of Foreign Affairs, Migration and Tunisians Abroad Othman Jerandi held phone talks. Minister of Foreign Affairs, Emigration and Egyptian Expatriates Sameh Shoukry met him. Luxembourg\'s Minister for Cooperation and Humanitarian Affairs, Franz Fayot, signed the programme.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => `${r.title} | ${r.organization}`)]), [
      ['Othman Jerandi', ['Minister | Foreign Affairs, Migration and Tunisians Abroad']],
      ['Sameh Shoukry', ['Minister | Foreign Affairs, Emigration and Egyptian Expatriates']],
      ['Franz Fayot', ['Minister for Cooperation and Humanitarian Affairs | null']],
    ]);
  });

  it('reads an office in apposition before a name that ends in a body’s own word (`the Executive Secretary of the Council of the Entente, Patrice Kouamé`), an envoy’s post after a country of several words (`Ambassador of Saudi Arabia to Cameroon, X`) and `Côte d’Ivoire` with its lower-case last word; and an apposition with `the` that `and` closes before the next person (`Guy Ryder, the Director General of the ILO and Alicia Bárcena, the …`); not a name before the comma (`Minister of Trade Serge Ahissou, Alassane Seidou`)', () => {
    const text = 'The MoU was signed by the Executive Secretary of the Council of the Entente, Patrice Kouamé. He met the Ambassador of Saudi Arabia to Cameroon, Mohammed Almussher. He met the Minister of Foreign Affairs of Côte d’Ivoire, Kandia Camara. President Alassane Ouattara of Côte d’Ivoire spoke. Meanwhile, Guy Ryder, the Director General of the ILO and Alicia Bárcena, the Executive Secretary of ECLAC, spoke. The delegation included the Minister of Trade Serge Ahissou, Alassane Seidou, Minister of Transport.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.organization ?? '', r.country ?? ''].join(' | '))]), [
      ['Patrice Kouamé', ['Executive Secretary | Council of the Entente | ']],
      ['Mohammed Almussher', ['Ambassador to Cameroon |  | Saudi Arabia']],
      ['Kandia Camara', ['Minister of Foreign Affairs |  | Côte d’Ivoire']],
      ['Alassane Ouattara', ['President |  | Côte d’Ivoire']],
      ['Guy Ryder', ['Director General | ILO | ']],
      ['Alicia Bárcena', ['Executive Secretary | ECLAC | ']],
      ['Serge Ahissou', ['Minister of Trade |  | ']],
      ['Alassane Seidou', ['Minister of Transport |  | ']],
    ]);
  });

  it('reads no official in a city and its country before a colon (`Suva, Fiji: The UN Development Programme …`) nor in capitalized common nouns (`Passenger Name Records`, `the Audience Ceremony`, `Main Topics:`, `Portuguese Language Countries`, `Turkic Speaking Countries`)', () => {
    const text = 'UNDP signs MoU\n\nSuva, Fiji: The UN Development Programme and the Pacific Islands Forum Secretariat have signed a Memorandum.\n\nMain Topics: Doha, Japan FTA, beef imports\n\nThe need to approve the Directive on Passenger Name Records was emphasised by many Ministers. During the Audience Ceremony, His Majesty exchanged views with the members of the Community of Portuguese Language Countries. He met Secretary-General of the Cooperation Council of Turkic Speaking Countries Baghdad Amreyev.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Baghdad Amreyev']);
  });

  it('reads `Duchy`, `Francophonie` and `Newsflash` as no name words (`the Prime Minister of the Grand Duchy of Luxembourg, Xavier Bettel`, `the International Organisation of La Francophonie`)', () => {
    const text = 'Newsflash: Golob hosts Bettel\n\nPrime Minister Robert Golob hosted the Prime Minister of the Grand Duchy of Luxembourg, Xavier Bettel, in Ljubljana. Armenia, an active member of the International Organisation of La Francophonie, will attend.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Robert Golob', 'Xavier Bettel']);
  });

  it('reads military ranks written short (`Maj Gen`, `Lt Col`, `Maj.`, `Brig.`) as honorifics, not parts of the name (`high commissioner to Uganda Maj Gen Frank Mugambage`, `Minister of Foreign Affairs Hon. Gen Odongo Abubakhar`)', () => {
    const text = 'The delegation included high commissioner to Uganda Maj Gen Frank Mugambage and Lt Col John Okello. Minister of Foreign Affairs Hon. Gen Odongo Abubakhar met Brig. Peter Mwangi.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Frank Mugambage', 'John Okello', 'Odongo Abubakhar', 'Peter Mwangi']);
  });

  it('reads `Castillo` and `Villa` as surnames, not venues (`President Pedro Castillo of Peru`, `Deputy Foreign Ministers Geovani Castillo and Shirley Aguilar`, `Minister Antonio Villa`), while `the Palacio de Viana` stays a place', () => {
    const text = 'President Pedro Castillo of Peru met Minister Antonio Villa at the Palacio de Viana. Deputy Foreign Ministers Geovani Castillo and Shirley Aguilar attended.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Pedro Castillo', 'Antonio Villa', 'Geovani Castillo', 'Shirley Aguilar']);
  });

  it('reads a place word that is a surname after a titled given name (`Minister Laurence Bay`, `Senator Tim Law`, `Ambassador Jane Banks`, `Mayor John West`), not after a bare name (`President Obama West Africa tour`)', () => {
    const text = 'Minister Laurence Bay met Senator Tim Law. Ambassador Jane Banks and Mayor John West attended. President Barack Obama ended his West Africa tour.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Laurence Bay', 'Tim Law', 'Jane Banks', 'John West', 'Barack Obama']);
  });

  it('keeps an envoy’s post after the country they serve (`Ambassador of Portugal to Brazil` → `Ambassador to Brazil`, Portugal’s; `High Commissioner of the Republic of Singapore to Brunei Darussalam`)', () => {
    const text = 'Ana Costa, Ambassador of Portugal to Brazil, met His Excellency Laurence Bay, High Commissioner of the Republic of Singapore to Brunei Darussalam.';
    assert.deepEqual(roles(text, 'Ana Costa'), [['Ambassador to Brazil', '', 'Portugal']]);
    assert.deepEqual(roles(text, 'Laurence Bay'), [['High Commissioner to Brunei Darussalam', 'Republic of Singapore', 'Singapore']]);
  });

  it('reads a plural office in apposition before two names as each one’s, in the singular (`both Ministers of Foreign Affairs, Enver Hoxhaj and Ditmir Bushati,`), its countries respectively (`The Presidents of Mexico and Guatemala, Enrique Peña Nieto and Jimmy Morales,`)', () => {
    const text = 'After the opening remarks, both Ministers of Foreign Affairs, Enver Hoxhaj and Ditmir Bushati, held short speeches. The Presidents of Mexico and Guatemala, Enrique Peña Nieto and Jimmy Morales, held a meeting today.';
    assert.deepEqual(roles(text, 'Enver Hoxhaj'), [['Minister of Foreign Affairs', '', '']]);
    assert.deepEqual(roles(text, 'Ditmir Bushati'), [['Minister of Foreign Affairs', '', '']]);
    assert.deepEqual(roles(text, 'Enrique Peña Nieto'), [['President', '', 'Mexico']]);
    assert.deepEqual(roles(text, 'Jimmy Morales'), [['President', '', 'Guatemala']]);
  });

  it('reads a plural office with its portfolio and first country before the first name, and the second name’s own country (`Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirojiddin Muhriddin`)', () => {
    const text = 'Ministers of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev and Tajikistan Sirojiddin Muhriddin held a bilateral meeting.';
    assert.deepEqual(roles(text, 'Ruslan Kazakbaev'), [['Minister of Foreign Affairs', '', 'Kyrgyzstan']]);
    assert.deepEqual(roles(text, 'Sirojiddin Muhriddin'), [['Minister of Foreign Affairs', '', 'Tajikistan']]);
  });

  it('reads `RMI` and `FSM` as the Marshall Islands and Micronesia (`RMI President Hilda Heine`), as `BiH` is Bosnia and Herzegovina', () => {
    const text = 'FSM President Peter Christian and RMI President Hilda Heine met in Koror.';
    assert.deepEqual(roles(text, 'Hilda Heine'), [['President', '', 'RMI']]);
    assert.deepEqual(roles(text, 'Peter Christian'), [['President', '', 'FSM']]);
  });

  it('reads an apposition with `the` whose office names a unit in lower case (`the director general of the second European department of …`) or the body where it sits (`the State Secretary at the Ministry of …`), the sentence going on with the name’s verb', () => {
    const text = 'The Estonian delegation was led by Mari Kask, director general of the political department, and the Russian delegation was headed by Ivan Orlov, the director general of the second European department of the Russian Ministry of Foreign Affairs. '
      + 'State Secretary Jana Novak held consultations in Bratislava with Peter Hlinka, the State Secretary at the Ministry of Foreign and European Affairs of the Slovak Republic and took part in a discussion.';
    assert.deepEqual(roles(text, 'Mari Kask'), [['director general', 'political department', '']]);
    assert.deepEqual(roles(text, 'Ivan Orlov'), [['director general', 'second European department of the Russian Ministry of Foreign Affairs', 'Russia']]);
    assert.deepEqual(roles(text, 'Peter Hlinka'), [['State Secretary', 'Ministry of Foreign and European Affairs of the Slovak Republic', 'Slovakia']]);
  });

  it('keeps `at the` after an envoy’s post out of the office: a place, not a body (`High Commissioner of the United Kingdom to Uganda at the Ministry Headquarters`)', () => {
    const text = 'The Minister held a meeting with H.E Ann Brook, High Commissioner of the United Kingdom to Uganda at the Ministry Headquarters in Kampala.';
    assert.deepEqual(roles(text, 'Ann Brook'), [['High Commissioner to Uganda', '', 'United Kingdom']]);
  });

  it('reads no official in a headline’s verb after a plural office (`Malawi, Zimbabwe Ministers Express Satisfaction with …`) nor in a page’s `Publisher:` label', () => {
    const a = annotate('Malawi, Zimbabwe Ministers Express Satisfaction with JPCC Meeting\n\nPublisher: Ministry of Foreign Affairs\n\nMinister Nancy Tembo met her counterpart Frederick Shava in Lilongwe.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Nancy Tembo', 'Frederick Shava']);
  });

  it('reads a list `Title Name, Title of Body Name and …` as two officials, each with their own office (`Presidential Assistant Omar Ali Hassan, Minister of State for Foreign Affairs Ali Ahmed Karim and other officials`)', () => {
    const text = 'The envoy held talks with Sudanese Presidential Assistant Omar Ali Hassan, Minister of State for Foreign Affairs Ali Ahmed Karim and other senior officials.';
    assert.deepEqual(roles(text, 'Omar Ali Hassan'), [['Presidential Assistant', '', 'Sudan']]);
    assert.deepEqual(roles(text, 'Ali Ahmed Karim'), [['Minister of State for Foreign Affairs', '', '']]);
  });

  it('reads a misspelled title as a title, not a name (`US Assistant Secretry Desai`)', () => {
    const a = annotate('PM meets US Assistant Secretry Desai\n\nThe US Assistant Secretary of State Nisha Desai Biswal called on the Minister.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Nisha Desai Biswal']);
  });

  it('ends a portfolio’s `for …` part at its last word before the name (`Deputy Minister of Foreign Affairs for Consular Matters Ali Karimi`)', () => {
    const a = annotate('Iranian Deputy Minister of Foreign Affairs for Consular Matters Ali Karimi met Minister of Health Reza Nouri on Sunday.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Ali Karimi', 'Reza Nouri']);
  });

  it('reads an Arabic compound written as one word as a name (`Alkasim AbdulKadir`), a country of several words before a title as the office’s (`Jane Doe, the United States Assistant Secretary of State`), and `General Assembly` as no rank', () => {
    const text = 'On the sidelines of the United Nations General Assembly (UNGA), His Excellency Ambassador Yusuf Bello held a discussion with Jane Doe, the United States Assistant Secretary of State. A statement from the minister’s spokesman, Alkasim AbdulKadir on Wednesday read: “Today we met.”';
    assert.deepEqual(roles(text, 'Yusuf Bello'), [['Ambassador', '', '']]);
    assert.deepEqual(roles(text, 'Jane Doe'), [['Assistant Secretary of State', '', 'United States']]);
    assert.deepEqual(roles(text, 'Alkasim AbdulKadir'), [['spokesman', '', '']]);
    assert.equal(annotate(text).quotes[0].speaker, annotate(text).officials.find((o) => o.name === 'Alkasim AbdulKadir')?.id);
  });

  it('reads an office after `the` and a body’s possessive (`Koh Yun-ju, the ministry’s director general for …`), a head before a country and another after it as one title (`deputy U.S. assistant secretary of state`), and no agency in a dateline (`TOKYO, July 9 Kyodo - Chief negotiators …`) or a page’s `ID :` field as an official', () => {
    const text = 'ID :\n69665\n\nTOKYO, July 9 Kyodo - Chief nuclear negotiators met on Thursday.\n\nKoh Yun-ju, the ministry\'s director general for North American affairs, and Marc Knapper, deputy U.S. assistant secretary of state for Korea and Japan, held the dialogue in Seoul.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Koh Yun-ju', 'Marc Knapper']);
    assert.equal(roles(text, 'Koh Yun-ju')[0][0], 'director general');
    assert.deepEqual(roles(text, 'Marc Knapper'), [['deputy assistant secretary of state', 'Korea and Japan', 'U.S.']]);
  });

  it('reads a page’s `ID :` field whose number follows on the next line of the same paragraph as metadata, no speaker', () => {
    const text = 'ID :\n69665\nThu, 07/09/2009 - 22:51\nAuthor :\n\nJapan, China agree to cooperate\n\nTOKYO, July 9 Kyodo - Japanese envoy Akitaka Saiki met Wu Dawei, China’s vice\nforeign minister, on Thursday after the talks in Tokyo, and the two envoys agreed\nthat the two countries would keep in close contact on the nuclear issue and on\nthe next round of the talks in Beijing, which is to be held in the autumn of\nthis year, as the two sides said after the meeting in the Foreign Ministry.';
    assert.deepEqual(annotate(text).officials.map((o) => o.name), ['Akitaka Saiki', 'Wu Dawei']);
  });

  it('reads a full name before `will meet`, `will visit`, `will attend` … as an official, as before `met` (`During the visit, Philip Hammond will meet with the leaders of …`), not before other verbs (`John Smith will win`)', () => {
    assert.deepEqual(annotate('During the visit, Philip Hammond will meet with the leaders of Saudi Arabia and Qatar.').officials.map((o) => o.name), ['Philip Hammond']);
    assert.deepEqual(annotate('Analysts expect that John Smith will win the prize this year.').officials, []);
  });

  it('reads a turn label with the office first and the name in brackets after an honorific (`Official Spokesperson (Shri Syed Akbaruddin):`)', () => {
    const text = 'Official Spokesperson (Shri Syed Akbaruddin): Good afternoon friends. Thank you all for coming.\n\nForeign Secretary (Shri Ranjan Mathai): Thank you.';
    assert.deepEqual(roles(text, 'Syed Akbaruddin'), [['Official Spokesperson', '', '']]);
    assert.deepEqual(roles(text, 'Ranjan Mathai'), [['Foreign Secretary', '', '']]);
  });

  it('reads an office whose country carries its acronym in brackets (`Richard Mills, the United States (US) Ambassador to Nigeria,`)', () => {
    const text = 'Foreign Affairs Minister Yusuf Tuggar held a meeting on Monday with Richard Mills, the United States (US) Ambassador to Nigeria, to explore avenues for cooperation.';
    assert.deepEqual(roles(text, 'Richard Mills'), [['Ambassador to Nigeria', '', 'United States']]);
  });

  it('reads a portfolio given as a charge (`in charge of`, `responsible for`) as part of the title, before or after the name', () => {
    const text = 'Visit\n\nPresident Paul Kagame received State Minister in charge of the East African Community Olivier Nduhungirehe. The Secretary General received the French Minister responsible for European Affairs, Jean Leonetti. She also met Ana Costa, Secretary of State in charge of the Francophonie.';
    assert.deepEqual(names(text), ['Ana Costa', 'Jean Leonetti', 'Olivier Nduhungirehe', 'Paul Kagame']);
    assert.deepEqual(roles(text, 'Olivier Nduhungirehe'), [['State Minister in charge of the East African Community', '', '']]);
    assert.deepEqual(roles(text, 'Jean Leonetti')[0], ['Minister responsible for European Affairs', '', 'France']);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Secretary of State in charge of the Francophonie', '', '']]);
    // (a charge needs a portfolio after it: `the official in charge of it` is no title)
    assert.deepEqual(roles('Minister Ana Costa, who is in charge of it, met President Olivier Petrov.', 'Ana Costa'), [['Minister', '', '']]);
  });

  it('reads portfolio words joined by `and` inside `of …` as the title’s, never as a name (`Minister of Labor and Social Protection S.Chinzorig`, `… of Kazakhstan Madina Abylkassymova`)', () => {
    const text = 'Commission\n\nA working group led by Minister of Labor and Social Protection S.Chinzorig and Minister of Mining and Heavy Industry D.Sumiyabazar arrived. Minister of Labor and Social Protection of Kazakhstan Madina Abylkassymova welcomed them.';
    assert.deepEqual(names(text), ['D.Sumiyabazar', 'Madina Abylkassymova', 'S.Chinzorig']);
    assert.deepEqual(roles(text, 'S.Chinzorig'), [['Minister of Labor and Social Protection', '', '']]);
    assert.deepEqual(roles(text, 'D.Sumiyabazar'), [['Minister of Mining and Heavy Industry', '', '']]);
    assert.deepEqual(roles(text, 'Madina Abylkassymova'), [['Minister of Labor and Social Protection', '', 'Kazakhstan']]);
    // (a quote's cue after it names the official past a demonym and the whole office)
    const quoted = text + ' “We marked the anniversary of our relations,” Mongolian Minister of Labor and Social Protection S.Chinzorig noted.';
    assert.deepEqual(quotePairs(annotate(quoted)), [['We marked the anniversary of our relations,', 'S.Chinzorig']]);
  });

  it('reads no official in a byline’s label (`Story By: FIJI TV Team`), a headline’s verb after a title (`Foreign Minister Briefs Ambassadors`) or a people in the plural after an honorific-like word (`all Sri Lankans`)', () => {
    const text = 'Foreign Minister Briefs Ambassadors\n\nStory By: FIJI TV Team\n\nForeign Minister Mangala Samaraweera briefed ambassadors. He said the policy serves the interests of all Sri Lankans.';
    assert.deepEqual(names(text), ['Mangala Samaraweera']);
    assert.deepEqual(annotate(text).meeting.participants.map((id) => annotate(text).officials.find((o) => o.id === id)?.name), ['Mangala Samaraweera']);
  });

  it('reads an office before a comma and an honorific whose body’s name has a people’s word (`the President of the Swiss Confederation, Mr Didier Burkhalter,`) or a portfolio’s (`Head of the Federal Department of Justice and Police (FDJP), Ms …`), and a diplomatic adviser’s office', () => {
    const text = 'Visit\n\nThe President of the Swiss Confederation, Mr Didier Burkhalter, welcomed guests. The talks were attended by the Head of the Federal Department of Justice and Police (FDJP), Ms Simonetta Sommaruga, and Ambassador Pietro Benassi, Diplomatic Advisor to the Italian Prime Minister.';
    assert.deepEqual(roles(text, 'Didier Burkhalter'), [['President', '', 'Swiss Confederation']]);
    assert.deepEqual(roles(text, 'Simonetta Sommaruga'), [['Head', 'Federal Department of Justice and Police (FDJP)', '']]);
    assert.deepEqual(roles(text, 'Pietro Benassi').map(([t]) => t), ['Ambassador', 'Diplomatic Advisor to the Italian Prime Minister']);
  });

  it('reads `Sheikh` after a given name as a Somali name’s part (`President Hassan Sheikh Mohamud`), and a church as a body, not a person (`representatives of the Catholic Church`)', () => {
    const text = 'Visit\n\nI was encouraged to hear from Somali President Hassan Sheikh Mohamud about the progress. I condemn the attacks on representatives of the Catholic Church. Emir Sheikh Tamim bin Hamad Al Thani sent greetings.';
    assert.deepEqual(names(text), ['Hassan Sheikh Mohamud', 'Tamim bin Hamad Al Thani']);
    assert.deepEqual(roles(text, 'Hassan Sheikh Mohamud')[0], ['President', '', 'Somalia']);
  });

  it('reads portfolios joined by `and` before their head after a name (`Cabrisas, who’s also Foreign Trade and Investment Minister,`), but a second office after `and` stays its own (`… Security Policy and Vice President of the Commission`)', () => {
    const text = 'Talks\n\nCuban Deputy Prime Minister Ricardo Cabrisas held talks in Havana. Cabrisas, who’s also Foreign Trade and Investment Minister, described the ties. Ana Costa, High Representative of the Union for Foreign Affairs and Security Policy and Vice President of the Commission, welcomed them.';
    assert.deepEqual(roles(text, 'Ricardo Cabrisas').map(([t]) => t), ['Deputy Prime Minister', 'Foreign Trade and Investment Minister']);
    assert.deepEqual(roles(text, 'Ana Costa'), [['High Representative', 'Union for Foreign Affairs and Security Policy', ''], ['Vice President', 'Commission', '']]);
  });

  it('reads a city that hosts consulates and meetings as no person (`the Bahamas Consulate General, Miami, will soon relocate`)', () => {
    assert.deepEqual(names('Visit\n\nMinister Darren Henfield also toured the new premises where the Bahamas Consulate General, Miami, will soon relocate.'), ['Darren Henfield']);
  });

  it('reads the chair an official holds now as a role (`dos Santos is the current chair of the International Conference on the Great Lakes Region`), and no `on` before a date (`Minister of Foreign Affairs on October 27`)', () => {
    const text = 'Summit\n\nAngolan President Jose Eduardo dos Santos is the current chair of the International Conference on the Great Lakes Region. Deputy Minister Le Hoai Trung was appointed as Minister of Foreign Affairs on October 27.';
    assert.deepEqual(roles(text, 'Jose Eduardo dos Santos'), [['President', '', 'Angola'], ['chair', 'International Conference on the Great Lakes Region', '']]);
    assert.deepEqual(roles(text, 'Le Hoai Trung'), [['Deputy Minister', '', ''], ['Minister of Foreign Affairs', '', '']]);
  });

  it('reads `Jun` and `Said` as name parts after another (`China’s special envoy, Zhai Jun,`, `Minister of Trade and Industrial Development Omar Said Shaaban`), not a month before its day', () => {
    const text = 'Talks\n\nChina’s special envoy, Zhai Jun, told the meeting that China supports the League. Zarepour met the visiting Tanzanian Minister of Trade and Industrial Development Omar Said Shaaban in Beijing Jun 5.';
    assert.deepEqual(names(text), ['Omar Said Shaaban', 'Zhai Jun']);
    assert.deepEqual(roles(text, 'Zhai Jun'), [['special envoy', '', 'China']]);
    assert.deepEqual(roles(text, 'Omar Said Shaaban')[0], ['Minister of Trade and Industrial Development', '', 'Tanzania']);
  });

  it('reads no name after a title in the possessive, in capitals too (`LETSIE ASKS FOR KING’S HELP`), and a private secretary’s office (`Mbongeni Simelane, Private Secretary to the King`)', () => {
    const text = 'LETSIE ASKS FOR KING’S HELP\n\nThe delegation was made up of Mgwagwa Gamedze, Minister of Foreign Affairs and Trade, and Mbongeni Simelane, Private Secretary to the King.';
    assert.deepEqual(names(text), ['Mbongeni Simelane', 'Mgwagwa Gamedze']);
    assert.deepEqual(roles(text, 'Mbongeni Simelane'), [['Private Secretary to the King', '', '']]);
  });

  it('knows self-governing territories and de facto states as countries (`The leaders of Denmark, Greenland and the Faeroe Islands`, `South Ossetia’s Foreign Minister`), not as persons or a name’s first word', () => {
    const text = 'Talks\n\nThe leaders of Denmark, Greenland and the Faeroe Islands agreed to cooperate. She met Greenland’s Prime Minister Kuupik Kleist. South Ossetia Foreign Minister Dmitry Medoev met the delegation.';
    assert.deepEqual(names(text), ['Dmitry Medoev', 'Kuupik Kleist']);
    assert.deepEqual(roles(text, 'Kuupik Kleist'), [['Prime Minister', '', 'Greenland']]);
    assert.deepEqual(roles(text, 'Dmitry Medoev'), [['Foreign Minister', '', 'South Ossetia']]);
  });

  it('passes over a body’s name of up to eight words with lower-case words in it (`Secretary General of the Organization for Security and Co-operation in Europe Helga Schmid`)', () => {
    const before = 'Minister Abdulaziz Kamilov met with the Secretary General of the Organization for Security and Co-operation in Europe Helga Schmid.';
    assert.deepEqual(names(before), ['Abdulaziz Kamilov', 'Helga Schmid']);
    assert.deepEqual(roles(before, 'Helga Schmid'), [['Secretary General', 'Organization for Security and Co-operation in Europe', '']]);
    const after = 'Minister Abdulaziz Kamilov met with Helga Schmid, Secretary General of the Organization for Security and Co-operation in Europe.';
    assert.deepEqual(roles(after, 'Helga Schmid'), [['Secretary General', 'Organization for Security and Co-operation in Europe', '']]);
  });
  it('reads no name in a city after a preposition of place before a surname (`Upon arrival in Ankara Zarif told …`) nor in a picture’s credit line (`File Photo Image Credit: ANI`)', () => {
    const text = 'Iran’s Foreign Minister Mohammad Javad Zarif arrived in Ankara this afternoon.\n\nFile Photo Image Credit: ANI\n\nUpon arrival in Ankara Zarif told reporters that the government resisted pressures.\n\nForeign Minister Ana Paris met Foreign Minister Jan Holm in Paris on Monday.';
    assert.deepEqual(names(text), ['Ana Paris', 'Jan Holm', 'Mohammad Javad Zarif']);
  });
  it('reads no name in a release’s contact lines (`E-mail: …`, `Fax: …`), and keeps a city that opens with a contact word (`Tel Aviv`)', () => {
    const text = 'Federal Councillor Ignazio Cassis met Sergey Lavrov in Geneva.\n\nE-mail: kommunikation@eda.admin.ch\nFax: +41 58 464 90 47';
    assert.deepEqual(names(text), ['Ignazio Cassis', 'Sergey Lavrov']);
    assert.equal(annotate('Foreign Minister Eli Cohen met Foreign Minister Ana Costa in Tel Aviv on Monday.').meeting.place?.text, 'Tel Aviv');
  });
  it('reads no organization of several words into the name after its `of the` (`Secretary-General of the United Nations Antonio Guterres`)', () => {
    const text = 'Also present was Secretary-General of the United Nations Antonio Guterres.';
    assert.deepEqual(names(text), ['Antonio Guterres']);
    assert.deepEqual(roles(text, 'Antonio Guterres'), [['Secretary-General', 'United Nations', '']]);
  });
  it('reads a title glued to the word before it by a scrape (`Crown copyrightPrime Minister David Cameron`), and keeps words like `iPhone` and `eBay` whole', () => {
    const text = 'Russia and the G8 meet; Crown copyrightPrime Minister David Cameron has held his first meeting with Russian President Dmitry Medvedev. He bought an iPhone on eBay.';
    assert.deepEqual(roles(text, 'David Cameron'), [['Prime Minister', '', '']]);
    assert.deepEqual(names(text), ['David Cameron', 'Dmitry Medvedev']);
  });
  it('reads `Treasury` in a title before a name, `Chairperson-in-Office` as a title, `Tengku Datuk Seri` as honorifics, and `General Debate` as no one', () => {
    const text = 'He met Treasury Secretary Paul O’Neill. As the United Nations General Assembly wrapped up its General Debate, Secretary-General Ban Ki-moon met ministers. Foreign Minister Edward Nalbandian met with Ivica Dačić, the OSCE Chairperson-in-Office. Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz attended.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [
      ['Paul O’Neill', ['Treasury Secretary']],
      ['Ban Ki-moon', ['Secretary-General']],
      ['Edward Nalbandian', ['Foreign Minister']],
      ['Ivica Dačić', ['Chairperson-in-Office']],
      ['Zafrul Abdul Aziz', ['Trade and Industry Minister']],
    ]);
  });
  it('leaves `H.H.`, `Sayyid` and an Irish `TD` out of names (`H.H. Sheikh Mohamed` is Sheikh Mohamed bin Zayed, `Micheál Martin TD`)', () => {
    const text = '“Our ties are based on trust,” H.H. Sheikh Mohamed said. His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, met the President.\n\nSayyid Badr Albusaidi, Oman’s Foreign Minister, spoke. The Minister for Defence, Micheál Martin TD, will take part.';
    assert.deepEqual(annotate(text).officials.map((o) => o.name), ['Mohamed bin Zayed Al Nahyan', 'Badr Albusaidi', 'Micheál Martin']);
  });
  it('reads the office before a comma for a name followed by a member’s letters (`Minister for Defence, Micheál Martin TD, will …`, `Prime Minister, James Marape MP,`)', () => {
    const text = 'Tánaiste and Minister for Defence, Micheál Martin TD, will take part. Prime Minister, James Marape MP, met her.';
    assert.deepEqual(roles(text, 'Micheál Martin').map((r) => r[0]), ['Tánaiste', 'Minister for Defence', 'TD']);
    assert.deepEqual(roles(text, 'James Marape').map((r) => r[0]), ['Prime Minister', 'MP']);
  });
  it('reads `Consul Generals` as a plural office, not a person named `Generals`', () => {
    const text = 'He was talking to the Consul Generals of China Mr Yang Yundong and Japan Mr Hattori Masaru, who called on him.';
    assert.ok(!annotate(text).officials.some((o) => o.name === 'Generals'));
    assert.ok(annotate(text).officials.some((o) => o.name === 'Yang Yundong'));
  });
  it('reads `CM` and `DCM` as offices, as Indian and Pakistani copy writes them (`The CM said` is the chief minister; `DCM Devendra Fadnavis` is no name)', () => {
    const text = 'KARACHI - Sindh Chief Minister Syed Murad Ali Shah met Consul General Yang Yundong. The CM said that the railway would open in May.\n\nDCM Devendra Fadnavis was present.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Syed Murad Ali Shah', 'Yang Yundong', 'Devendra Fadnavis']);
    assert.deepEqual(a.paraphrases.map((p) => a.officials.find((o) => o.id === p.speaker)?.name), ['Syed Murad Ali Shah']);
  });
  it('reads a body of several capitalized words before a title (`Lok Sabha Speaker`), `Exchequer` as a portfolio, `Spox` as a title and Nigerian honorifics (`Barr.`, `Alhaji`) as no name', () => {
    const text = 'Lok Sabha Speaker Om Birla met them. “We met with Chancellor of the Exchequer Philip Hammond,” she said. The governor was represented by his deputy, Barr. Abdulroheem Bayo Lawal. Alhaji Aliyu Ibrahim Al-Mustapha, Head of the Friendship Group, spoke.\n\nIran FM Spox reviews recent developments in weekly briefing';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Om Birla', 'Philip Hammond', 'Abdulroheem Bayo Lawal', 'Aliyu Ibrahim Al-Mustapha']);
    assert.deepEqual(roles(text, 'Om Birla'), [['Speaker', 'Lok Sabha', '']]);
    assert.deepEqual(roles(text, 'Philip Hammond')[0].slice(0, 2), ['Chancellor', 'Exchequer']);
  });
  it('reads each name after a plural office of three countries, with or without a comma after the list (`the Foreign Ministers of Russia, Azerbaijan and Armenia Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan`)', () => {
    const names = (text: string): string[] => annotate(text).officials.map((o) => o.name);
    assert.deepEqual(names('After talks between the Foreign Ministers of Russia, Azerbaijan and Armenia Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan, only Lavrov spoke.'), ['Sergei Lavrov', 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan']);
    assert.deepEqual(names('After talks between the Foreign Ministers of Russia, Azerbaijan and Armenia, Sergei Lavrov, Jeyhun Bayramov and Zohrab Mnatsakanyan, only Lavrov spoke.'), ['Sergei Lavrov', 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan']);
  });
  it('reads an envoy’s remit in any case up to the apposition’s comma (`Miroslav Lajčák, the European Union special envoy for the Belgrade – Pristina dialogue on the normalisation of relations, said …`), not a clause (`the envoy for peace who said …`)', () => {
    const text = 'Miroslav Lajčák, the European Union special envoy for the Belgrade – Pristina dialogue on the normalisation of relations, said the talks were not easy. Antonio Guterres met Jan Holm, the envoy for peace who said hello, in May.';
    assert.match(roles(text, 'Miroslav Lajčák').flat().join(' '), /special envoy.*Belgrade – Pristina dialogue/);
    assert.deepEqual(roles(text, 'Jan Holm'), []);
  });
  it('reads an acronym of two words in brackets inside the title before a name (`President of the OSCE Parliamentary Assembly (OSCE PA) George Tseretli`)', () => {
    const text = 'President of the OSCE Parliamentary Assembly (OSCE PA) George Tseretli met Speaker of the Milli Majlis Ogtay Asadov.';
    assert.deepEqual(roles(text, 'George Tseretli').map((r) => r[0]), ['President']);
    assert.match(roles(text, 'George Tseretli')[0][1], /^OSCE Parliamentary Assembly/);
  });
  it('reads the Chinese surname `He` after a title as part of the name (`Vice Governor He Baoxiang`), the pronoun elsewhere, and leaves `News ID:` and Cambodian honorifics out of names', () => {
    const text = 'News ID: 260166\n\nOn May 10, Hunan Vice Governor He Baoxiang met a delegation. He said the province is open. Samdech Akka Moha Ponhea Chakrei Heng Samrin, President of the National Assembly, opened the session.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['He Baoxiang', 'Heng Samrin']);
    assert.deepEqual(a.paraphrases.map((p) => a.officials.find((o) => o.id === p.speaker)?.name), ['He Baoxiang']);
  });
  it('reads `Unification` as a portfolio, before the title and after its `of` (`Unification Minister Cho Myoung-gyon`, `the Minister of Unification`)', () => {
    const text = 'Unification Minister Cho Myoung-gyon met his North Korean counterpart, Ri Son-gwon, in Pyongyang. Kim Yeon-chul, the Minister of Unification, later joined them.';
    assert.deepEqual(roles(text, 'Cho Myoung-gyon'), [['Unification Minister', '', '']]);
    assert.deepEqual(roles(text, 'Kim Yeon-chul'), [['Minister of Unification', '', '']]);
  });
  it('reads `First Lady` before a name as a title (`US First Lady Jill Biden`, `his wife, First Lady Michelle Herzog`)', () => {
    const text = 'Prime Minister Benjamin Netanyahu asked to convey his greetings to US First Lady Jill Biden. President Isaac Herzog was accompanied by his wife, First Lady Michelle Herzog.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [
      ['Benjamin Netanyahu', ['Prime Minister']],
      ['Jill Biden', ['First Lady']],
      ['Isaac Herzog', ['President']],
      ['Michelle Herzog', ['First Lady']],
    ]);
  });
  it('reads two rival heads joined by `and` before one name as two people (`PM and President Medvedev hold talks`, `the Chancellor and President Macron`), and `the PM` as the prime minister named', () => {
    const text = 'PM and President Medvedev hold talks at G8\n\nPrime Minister David Cameron has held his first meeting with Russian President Dmitry Medvedev. Speaking after the meeting, the PM said:\n“It has been a great pleasure to have this meeting.”\n\nHe praised the boost given by the Chancellor and President Macron.';
    const a = annotate(text);
    assert.deepEqual(official(a, 'Dmitry Medvedev').roles.map((r) => r.title), ['President']);
    assert.deepEqual(official(a, 'Macron').roles.map((r) => r.title), ['President']);
    assert.deepEqual(quotePairs(a).map(([, s]) => s), ['David Cameron']);
  });
  it('gives the members listed after `including` the country of their group (`U.S. officials, including President Joe Biden and Secretary of State Antony Blinken`, `Chinese leaders, including President Xi Jinping`), not an organization’s nor a group of no country', () => {
    const text = 'The swap was welcomed by U.S. officials, including President Joe Biden and Secretary of State Antony Blinken. Chinese leaders, including President Xi Jinping, had earlier called for a ceasefire. EU officials, including President Ursula von der Leyen, attended. Many leaders, including President Emmanuel Macron, sent messages.';
    assert.deepEqual(roles(text, 'Joe Biden'), [['President', '', 'U.S.']]);
    assert.deepEqual(roles(text, 'Antony Blinken'), [['Secretary of State', '', 'U.S.']]);
    assert.deepEqual(roles(text, 'Xi Jinping'), [['President', '', 'China']]);
    assert.deepEqual(roles(text, 'Ursula von der Leyen'), [['President', '', '']]);
    assert.deepEqual(roles(text, 'Emmanuel Macron'), [['President', '', '']]);
  });
  it('reads an office whose body is named by a title word after `of` before a comma and a name (`the Speaker of the House of Representatives, Puan Maharani,`), not the body’s plural as the office', () => {
    const text = 'Om Birla met Indonesian Speaker of the House of Representatives, Puan Maharani, in Rome. He also met the Chairman of the Council of Ministers, Ivan Petrov.';
    assert.deepEqual(roles(text, 'Puan Maharani'), [['Speaker', 'House of Representatives', 'Indonesia']]);
    assert.deepEqual(roles(text, 'Ivan Petrov').map(([t]) => t), ['Chairman']);
  });
  it('reads two offices in an apposition that each open with an article (`Staffan de Mistura, the Special Representative for Afghanistan and the head of UNAMA, is …`), not a new clause’s subjects (`…, the Secretary-General and the Prime Minister concurred`)', () => {
    const text = 'Staffan de Mistura, the Special Representative for Afghanistan and the head of UNAMA, is travelling to the city. On migrants, the Secretary-General and the Prime Minister concurred.';
    assert.deepEqual(roles(text, 'Staffan de Mistura'), [['Special Representative', '', 'Afghanistan'], ['head', 'UNAMA', '']]);
  });
  it('knows Guinea-Bissau written without its hyphen (`Umaro Cissoko Embalo, the president-elect of Guinea Bissau.`)', () => {
    const text = 'President Uhuru Kenyatta received Umaro Cissoko Embalo, the president-elect of Guinea Bissau.';
    assert.deepEqual(roles(text, 'Umaro Cissoko Embalo'), [['president-elect', '', 'Guinea Bissau']]);
  });
  it('reads a negotiator as an office (`Chief Agricultural Negotiator Doug McKalip also joined the meeting`), not the word in a plural subject', () => {
    const text = 'Chief Agricultural Negotiator Doug McKalip also joined the meeting, the USTR said. The negotiators met in Geneva.';
    assert.deepEqual(annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [['Doug McKalip', ['Chief Agricultural Negotiator']]]);
  });
  it('reads `Pope` right after a given name as a surname (`the Director General of International Organisation of Migration Amy E. Pope`), and before a name as the title (`Pope Francis`)', () => {
    const text = 'Durrani presented a souvenir to the Director General of International Organisation of Migration Amy E. Pope. Pope Francis met the President.';
    assert.deepEqual(annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [['Amy E. Pope', ['Director General']], ['Francis', ['Pope']]]);
  });
  it('reads aid, relief, crisis and management as portfolio words (`European Commissioner for Humanitarian Aid and Crisis Management Janez Lenarcic`, `Emergency Relief Coordinator Mark Lowcock`)', () => {
    const text = 'European Commissioner for Humanitarian Aid and Crisis Management Janez Lenarcic met Emergency Relief Coordinator Mark Lowcock.';
    assert.deepEqual(roles(text, 'Janez Lenarcic'), [['European Commissioner for Humanitarian Aid and Crisis Management', '', '']]);
    assert.deepEqual(roles(text, 'Mark Lowcock'), [['Emergency Relief Coordinator', '', '']]);
  });
  it('reads the office before a comma when a member’s letters follow the name and the clause goes on (`Minister for Defence, the Hon Christopher Pyne MP hosted …`)', () => {
    const text = 'Minister for Defence, the Hon Christopher Pyne MP hosted his New Zealand counterpart in Adelaide today.';
    assert.deepEqual(roles(text, 'Christopher Pyne').map(([t]) => t), ['Minister for Defence', 'MP']);
  });
  it('reads hyphenated ranks and their short forms as titles (`Lieutenant-Colonel Joe Buccino, a spokesman …` … `Lt-Col Buccino said`), one official', () => {
    const text = 'Lieutenant-Colonel Joe Buccino, a spokesman for the US Pentagon, said the meeting was good. "We talked," Lt-Col Buccino said.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Joe Buccino']);
    assert.deepEqual(quotePairs(a).map(([, s]) => s), ['Joe Buccino']);
  });
  it('reads compound ranks whole (`Lieutenant General`, `Major General`, `Rear Admiral`), and an office in apposition before one (`The Chief of Army Staff, Lieutenant General Taoreed Lagbaja has received …`)', () => {
    const text = 'The Chief of Army Staff, Lieutenant General Taoreed Lagbaja has received the attachés. Major General Emmanuel Undiandeye and Rear Admiral Ana Costa attended. It was a major step.';
    assert.deepEqual(roles(text, 'Taoreed Lagbaja'), [['Chief', 'Army Staff', ''], ['Lieutenant General', '', '']]);
    assert.deepEqual(roles(text, 'Emmanuel Undiandeye'), [['Major General', '', '']]);
    assert.deepEqual(roles(text, 'Ana Costa'), [['Rear Admiral', '', '']]);
  });
  it('reads no person in a caption label, a portfolio word or an organization’s name (`Foto: TANJUG`, `Chief of Defence Intelligence`, `the Red Cross`, `the Iom`, `the Quint`)', () => {
    const text = 'President of the International Committee of the Red Cross (ICRC) Peter Maurer met Vucic. Tehran will cooperate with the International Red Cross. The Director General of the Iom, Amy Pope, attended, with Major General Emmanuel Undiandeye, Chief of Defence Intelligence. Vucic met representatives of the Quint.\n\nFoto: TANJUG/JADRANKA ILIC';
    assert.deepEqual(names(text), ['Amy Pope', 'Emmanuel Undiandeye', 'Peter Maurer']);
  });
  it('reads the portfolio after a name’s `of` as that name’s, and the office after its `and` as the next name’s (`Minister Lilianne Ploumen of Foreign Trade and Development Cooperation and IOM Director General William Lacy Swing`)', () => {
    const text = 'The MoU was signed by Minister Lilianne Ploumen of Foreign Trade and Development Cooperation and IOM Director General William Lacy Swing.';
    assert.deepEqual(roles(text, 'William Lacy Swing'), [['Director General', 'IOM', '']]);
  });
  it('reads a plural office before a list of names as each one’s (`presidential advisors Bogdan Aurescu, Leonard Orban, and state advisors Madalina Dobrovolschi and Daniela Barsan`)', () => {
    const text = 'The delegation includes presidential advisors Bogdan Aurescu, Leonard Orban, and state advisors Madalina Dobrovolschi and Daniela Barsan.';
    assert.deepEqual(annotate(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [
      ['Bogdan Aurescu', ['presidential advisor']], ['Leonard Orban', ['presidential advisor']],
      ['Madalina Dobrovolschi', ['state advisor']], ['Daniela Barsan', ['state advisor']],
    ]);
  });
  it('reads the persons a page credits as officials with no role (`By Tugba Altun and Muhammet Tarhan`, `Reporting by …; Editing by …`, `(Xinhua/Li Xueren)`, `[Photo by …/…]`, `Source: Fonet/Zoran Mrđa`, `contact … at`), not an agency after a photo’s slash (`PHOTO/Agencia de Noticias Etíope`) nor a name with its agency after the slash (`Cem Ozdel/Anadolu Agency`)', () => {
    const text = 'By Tugba Altun and Muhammet Tarhan\n\nForeign Minister Hakan Fidan met Rubio in Antalya. (Xinhua/Li Xueren)\n\n[Photo by Feng Yongbin/chinadaily.com.cn]\n\nPHOTO/Agencia de Noticias Etíope vía AP\n\nCem Ozdel/Anadolu Agency/Getty\n\nSource: Fonet/Zoran Mrđa\n\nFor any questions, please contact Vanessa Vidal at press@example.org.\n\nReporting by Michelle Martin; Editing by Eric Walsh';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.length]), [
      ['Tugba Altun', 0], ['Muhammet Tarhan', 0], ['Hakan Fidan', 1], ['Li Xueren', 0], ['Feng Yongbin', 0], ['Zoran Mrđa', 0],
      ['Vanessa Vidal', 0], ['Michelle Martin', 0], ['Eric Walsh', 0],
    ]);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Hakan Fidan']);
  });
  it('reads a caption’s photo credit after its sentence (`… June 26, 2017. REUTERS/Kevin Lamarque`, `AP Photo / Yong Teck Lim`, `… in Kazan. Picture: Alexey Nikolskiy / Photohost`) as a person with no role, and no participant', () => {
    const text = 'Prime Minister Narendra Modi meets President Donald Trump at the White House in Washington, U.S., June 26, 2017. REUTERS/Kevin Lamarque\n\nAP Photo / Yong Teck Lim\n\nA representative at the summit in Kazan. Picture: Alexey Nikolskiy / Photohost agency\n\nPHOTO/Agencia de Noticias Etíope vía AP';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.length]).sort(), [['Alexey Nikolskiy', 0], ['Donald Trump', 1], ['Kevin Lamarque', 0], ['Narendra Modi', 1], ['Yong Teck Lim', 0]]);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Narendra Modi', 'Donald Trump']);
    const glued = annotate('President Ana Costa arrives for a working dinner at the summit in Pittsburgh, September 24, 2009. REUTERS/Philippe Wojazer (POLITICS) PITTSBURGH, Sept 25 (Reuters) – Following are comments by leaders at the summit meeting.');
    assert.deepEqual(glued.meeting.participants.map((id) => nameOf(glued, id)), ['Ana Costa']);
  });
  it('reads import and export as portfolio words, inside a body’s name too (`Chairman of the China Chamber of Commerce for Import and Export of Textiles (CCCT) Zhang Xinmin`)', () => {
    const text = 'He met the Chairman of the China Chamber of Commerce for Import and Export of Textiles (CCCT) Zhang Xinmin.';
    assert.deepEqual(roles(text, 'Zhang Xinmin'), [['Chairman', 'China Chamber of Commerce for Import and Export of Textiles (CCCT)', 'China']]);
  });
  it('reads no person in a page’s label at a line’s start (`Details: Szijjarto said …`, `Summary: …`, `Created: 2021.04.13`, `Original Article Source: …`)', () => {
    const text = 'Created: 2021.04.13 / Updated: 2021.04.13 18:30\n\nForeign Minister Peter Szijjarto met Sergey Lavrov in New York.\n\nDetails: Szijjarto said he met with Lavrov, as he has done at every session.\n\nSummary: The two ministers discussed trade.';
    assert.deepEqual(names(text), ['Peter Szijjarto', 'Sergey Lavrov']);
    const source = 'Foreign Minister Peter Szijjarto met Sergey Lavrov in New York.\n\nOriginal Article Source: Mehr News | Published on Sunday, 28 May 2023';
    assert.deepEqual(names(source), ['Peter Szijjarto', 'Sergey Lavrov']);
  });
  it('gives a host named by office alone the country the text pairs with their counterpart’s (`President William Ruto … his Tanzanian counterpart … Kenya and Tanzania`), not a topic the text names more (`Syria`)', () => {
    const text = 'President William Ruto met his Tanzanian counterpart Samia Suluhu Hassan. Kenya and Tanzania will remove trade barriers. They discussed Syria, Syria’s war and aid to Syria.';
    assert.deepEqual(roles(text, 'William Ruto'), [['President', '', 'Kenya']]);
    const topic = 'Foreign Minister Jan Holm met his Swedish counterpart Carl Bildt. They discussed Syria, Syria’s war and aid to Syria.';
    assert.deepEqual(roles(topic, 'Jan Holm'), [['Foreign Minister', '', '']]);
  });
  it('gives the names after a relation with listed demonyms their countries in order (`his Australian and Japanese counterparts, A and B`), and the host neither', () => {
    const text = 'Secretary of State Antony Blinken met with his Australian and Japanese counterparts, Penny Wong and Yoshimasa Hayashi, in Tokyo.';
    assert.deepEqual(roles(text, 'Antony Blinken'), [['Secretary of State', '', '']]);
    assert.deepEqual(roles(text, 'Penny Wong'), [['Secretary of State', '', 'Australia']]);
    assert.deepEqual(roles(text, 'Yoshimasa Hayashi'), [['Secretary of State', '', 'Japan']]);
    const three = 'Foreign Minister Ana Costa met her Indian, Kenyan and Ghanaian colleagues, Ravi Kumar, Musa Otieno and Kofi Mensah.';
    assert.deepEqual(['Ravi Kumar', 'Musa Otieno', 'Kofi Mensah'].map((n) => roles(three, n)[0]?.[2]), ['India', 'Kenya', 'Ghana']);
  });
  it('reads a title that ends an office chain after a body’s name as a title of its own (`Chairman of the Central Military Commission President Xi Jinping`, `Custodian of the Two Holy Mosques King Salman`)', () => {
    assert.deepEqual(roles('He met the Chairman of the Central Military Commission President Xi Jinping today.', 'Xi Jinping'), [['Chairman', 'Central Military Commission', ''], ['President', '', '']]);
    const saudi = 'Prince Mohammed held on behalf of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz the annual reception.';
    assert.deepEqual(roles(saudi, 'Salman bin Abdulaziz'), [['Custodian', 'Two Holy Mosques', ''], ['King', '', '']]);
    assert.deepEqual(names(saudi), ['Mohammed', 'Salman bin Abdulaziz']);
    // (an honorific before a title head is no body: `Minister of Foreign Affairs HE Sheikh Mohammed …` has one office)
    assert.deepEqual(roles('Qatar’s Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman Al-Thani met Sigmar Gabriel.', 'Mohammed bin Abdulrahman Al-Thani'), [['Minister of Foreign Affairs', '', 'Qatar']]);
  });
  it('shows the fuller of two spellings of one name (`Antony J. Blinken` in the story, not a caption’s `Anthony Blinken`), and reads `Messrs` as an honorific, no name', () => {
    const text = 'President Irfaan Ali and US Secretary of State Anthony Blinken met on Monday (Photo US State Department)\n\nThe United States Secretary of State, Antony J. Blinken, has held talks with President Irfaan Ali.';
    assert.deepEqual(names(text), ['Antony J. Blinken', 'Irfaan Ali']);
    const messrs = 'Prime Minister Pravind Jugnauth received Minister S. Jaishankar. Messrs Jugnauth and Jaishankar also discussed ways of identifying projects.';
    assert.deepEqual(names(messrs), ['Pravind Jugnauth', 'S. Jaishankar']);
  });
  it('reads `Rt.` with its stop as an honorific before a name in apposition to an office (`New Zealand’s Deputy Prime Minister and Minister for Foreign Affairs, the Rt. Hon. Winston Peters,`)', () => {
    const text = 'He met New Zealand’s Deputy Prime Minister and Minister for Foreign Affairs, the Rt. Hon. Winston Peters, who arrived last night.';
    assert.deepEqual(roles(text, 'Winston Peters'), [['Deputy Prime Minister', '', 'New Zealand'], ['Minister for Foreign Affairs', '', '']]);
  });
  it('reads a name written with and without its hyphen as one person (`Yoon Suk-yeol` … `Yoon Suk Yeol`, `Ban Ki-moon` … `Ban Ki Moon`), not two that make each mention ambiguous', () => {
    const text = 'Chinese Premier Li Qiang, South Korean President Yoon Suk-yeol, and Japanese Prime Minister Fumio Kishida met.\n\nLi Qiang spoke after meeting with South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida.';
    // (shown as first written: the two spellings have as many parts)
    const yoon = official(annotate(text), 'Yoon Suk-yeol');
    assert.deepEqual(yoon.mentions.filter((m) => m.kind === 'name').map((m) => text.slice(m.start, m.end)), ['Yoon Suk-yeol', 'Yoon Suk Yeol']);
    assert.equal(names('Secretary-General Ban Ki-moon met Li Qiang. Li Qiang met Secretary-General Ban Ki Moon.').length, 2);
  });
  it('reads an organization’s acronym before a title as the office’s body (`FIFA President Gianni Infantino`, `IOC President Thomas Bach`) and other spellings of demonyms (`Ecuadorean President Rafael Correa`)', () => {
    const text = 'He met FIFA President Gianni Infantino and IOC President Thomas Bach. Ecuadorean President Rafael Correa spoke.';
    assert.deepEqual(roles(text, 'Gianni Infantino'), [['President', 'FIFA', '']]);
    assert.deepEqual(roles(text, 'Thomas Bach'), [['President', 'IOC', '']]);
    assert.deepEqual(roles(text, 'Rafael Correa'), [['President', '', 'Ecuador']]);
  });
  it('reads no person in a headline’s verb or noun (`President Trump Recaps Breakthroughs`, `President Trump’s Bold Vision`) nor in an outlet’s web address (`POLITICO.eu`)', () => {
    const text = 'President Trump Recaps Breakthroughs in Ukraine Peace Talks\n\nGlobal Support for President Trump’s Bold Vision for Peace in Gaza\n\nPOLITICO.eu: the deal was a win, Secretary General Mark Rutte said.';
    assert.deepEqual(names(text), ['Mark Rutte', 'Trump']);
  });
  it('reads no event before an office as its body (`The official visit of President Ana Costa`, `a courtesy visit to Chinese Premier Wen Jiabao`)', () => {
    const text = 'The official visit of President Ana Costa begins today. Minister Jan Holm paid a courtesy visit to Chinese Premier Wen Jiabao.';
    assert.deepEqual(roles(text, 'Ana Costa'), [['President', '', '']]);
    const premier = official(annotate(text), 'Wen Jiabao').roles[0];
    assert.equal(text.slice(premier.start, premier.end), 'Chinese Premier');
  });
  it('reads an acronym written as a word in brackets inside an office (`Prime Minister and Caribbean Community (Caricom) Chair Mia Mottley`): both offices', () => {
    const text = 'BARBADOS Prime Minister and Caribbean Community (Caricom) Chair Mia Mottley said the meeting was useful.';
    assert.deepEqual(roles(text, 'Mia Mottley'), [['Prime Minister', '', 'BARBADOS'], ['Chair', 'Caribbean Community', '']]);
  });
  it('gives a host with no country the one a reference to them as leader names (`President Bola Tinubu … The Nigerian leader`), never another over one they have', () => {
    const text = 'President Ana Costa on Monday met with his Peruvian counterpart, Luis Prado, in New York.\n\nThe Chilean leader is also expected to meet the United States President, Joe Biden.';
    assert.deepEqual(roles(text, 'Ana Costa'), [['President', '', 'Chile']]);
    assert.deepEqual(roles(text, 'Luis Prado'), [['President', '', 'Peru']]);
    const other = 'Chilean President Ana Costa on Monday met with Foreign Minister Luis Prado.\n\nThe Peruvian leader is also expected to meet Joe Biden.';
    assert.deepEqual(roles(other, 'Ana Costa'), [['President', '', 'Chile']]);
  });
  it('reads no person in the end of a city’s name that an office follows (`in New York, the G7 Foreign Ministers of …`)', () => {
    assert.deepEqual(names('In today’s meeting in New York, the G7 Foreign Ministers of Canada, France, Germany, and the High Representative of the European Union reaffirmed their strong unity. Minister Ana Costa spoke.'), ['Ana Costa']);
  });
  it('reads a dateline in capitals that the text names as a place (`UFA:` under `… underway in Ufa, Russia.`) as no speaker, while a transcript’s labels stay speakers', () => {
    const text = 'Modi accepts invite\n\nA meeting between Prime Minister Nawaz Sharif and Prime Minister Narendra Modi is underway in Ufa, Russia.\n\nUFA: Prime Minister Nawaz Sharif and Prime Minister Narendra Modi held a meeting on Friday.';
    assert.deepEqual(names(text), ['Narendra Modi', 'Nawaz Sharif']);
    const transcript = 'Remarks in Moscow\n\nLAVROV: We met in Lavrova Street today.\n\nPETROV: We agreed.\n\nLAVROV: Thank you.';
    assert.deepEqual(names(transcript), ['Lavrov', 'Petrov']);
  });
  it('reads a name with a nickname quoted inside it as one name, the nickname an alias (`President Joko “Jokowi” Widodo`, `Ferdinand “Bongbong” R. Marcos Jr. said …`)', () => {
    const text = 'President Joko "Jokowi" Widodo welcomed President Jose Ramos Horta. Jokowi said it was an honor.\n\nMANILA — President Ferdinand “Bongbong” R. Marcos Jr. said he had productive meetings with Prime Minister Hun Manet.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ferdinand R. Marcos Jr.', 'Hun Manet', 'Joko Widodo', 'Jose Ramos Horta']);
    assert.deepEqual(mentionTexts(a, text, 'Joko Widodo', 'name'), ['Joko "Jokowi" Widodo', 'Jokowi']);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, a.officials.find((o) => o.id === p.speaker)?.name]), [
      ['it was an honor', 'Joko Widodo'],
      ['he had productive meetings with Prime Minister Hun Manet', 'Ferdinand R. Marcos Jr.'],
    ]);
    assertExactSpans(a, text);
  });
  it('reads the names between dashes after an office several hold as each one’s, in turn (`the Foreign Ministers of Armenia and Azerbaijan – Zohrab Mnatsakanyan and Elmar Mammadyarov –`)', () => {
    const text = 'Russia wants the meeting between Foreign Ministers of Armenia and Azerbaijan – Zohrab Mnatsakanyan and Elmar Mammadyarov – to be productive.';
    assert.deepEqual(roles(text, 'Zohrab Mnatsakanyan'), [['Foreign Minister', '', 'Armenia']]);
    assert.deepEqual(roles(text, 'Elmar Mammadyarov'), [['Foreign Minister', '', 'Azerbaijan']]);
  });
  it('reads the post a name has taken up as their role (`Kao Kim Hourn has taken up the position of ASEAN Secretary-General`), and no name in a headline’s word for the post (`… Takes up ASEAN Secretary-General Position`)', () => {
    const text = 'Kao Kim Hourn Takes up ASEAN Secretary-General Position\n\nPHNOM PENH – Kao Kim Hourn has taken up the position of ASEAN Secretary-General for a five-year term, succeeding Brunei’s Lim Jock Hoi.';
    assert.deepEqual(names(text), ['Kao Kim Hourn', 'Lim Jock Hoi']);
    assert.deepEqual(roles(text, 'Kao Kim Hourn'), [['Secretary-General', 'ASEAN', '']]);
  });
  it('gives no one the surname of the name before them as a rank (`Prime Minister John Major and President Boris Yeltsin`), and keeps a body’s name inside an office (`Governor of Russia’s Primorye Territory Oleg Kozhemyako`)', () => {
    const text = 'Joint press conference by Prime Minister John Major and President Boris Yeltsin\n\nThe Governor of Russia’s Primorye Territory Oleg Kozhemyako and Foreign Minister Sergey Lavrov also met.';
    assert.deepEqual(roles(text, 'John Major'), [['Prime Minister', '', '']]);
    assert.deepEqual(roles(text, 'Boris Yeltsin'), [['President', '', '']]);
    assert.deepEqual(roles(text, 'Oleg Kozhemyako'), [['Governor', 'Russia’s Primorye Territory', 'Russia']]);
    assert.deepEqual(roles(text, 'Sergey Lavrov'), [['Foreign Minister', '', '']]);
  });
  it('gives each name in a list of countries and names the plural office before it, with no `and` between (`the Presidents of Romania, Klaus Iohannis, Poland, Andrzej Duda, Bulgaria, Rosen Plevneliev, …`)', () => {
    const text = 'The declaration was adopted by the Presidents of Romania, Klaus Iohannis, Poland, Andrzej Duda, Bulgaria, Rosen Plevneliev, and Estonia, Toomas Hendrik Ilves.';
    assert.deepEqual(names(text), ['Andrzej Duda', 'Klaus Iohannis', 'Rosen Plevneliev', 'Toomas Hendrik Ilves']);
    assert.deepEqual(roles(text, 'Andrzej Duda'), [['President', '', 'Poland']]);
    assert.deepEqual(roles(text, 'Rosen Plevneliev'), [['President', '', 'Bulgaria']]);
    assert.deepEqual(roles(text, 'Toomas Hendrik Ilves'), [['President', '', 'Estonia']]);
  });
  it('reads `Editor:` as a credit, not a speaker’s label, and gives no office to someone named only in credits (`the Somalian President` … `Editor: Andrew Whyte`)', () => {
    const text = 'In response, the Somalian President discussed the humanitarian situation in his country.\n\nEditor: Andrew Whyte';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => [o.name, o.roles.length]), [['Andrew Whyte', 0]]);
    assert.deepEqual(a.meeting.participants, []);
  });
  it('knows `Somalian` as a demonym of Somalia (`Somalian President, Sheikh Mohamud,`)', () => {
    const text = 'Turkish President, Recep Tayyip Erdogan, and Somalian President, Sheikh Mohamud, held a joint press conference.';
    assert.deepEqual(names(text), ['Mohamud', 'Recep Tayyip Erdogan']);
    assert.equal(official(annotate(text), 'Mohamud').country, 'Somalia');
  });
  it('reads an ampersand standing alone as `and` inside an office (`The Minister for Foreign Affairs & Trade, Simon Coveney TD, …`)', () => {
    const text = 'The Minister for Foreign Affairs & Trade, Simon Coveney TD, will meet Secretary Rex Tillerson.';
    assert.deepEqual(roles(text, 'Simon Coveney')[0], ['Minister for Foreign Affairs & Trade', '', '']);
    assertExactSpans(annotate(text), text);
  });
  it('reads an office in a possessive after the name (`Marcelo Baumbach, Lula’s spokesman,`; `…, Brazil’s Foreign Minister,` with its country), so `the spokesperson` later is them', () => {
    const text = 'President Luiz Inácio Lula da Silva spoke with President Barack Obama. According to Marcelo Baumbach, Lula\'s spokesman, the president talked about trade. "He wants peace," added the spokesperson.';
    assert.deepEqual(roles(text, 'Marcelo Baumbach'), [['spokesman', '', '']]);
    assert.deepEqual(quotePairs(annotate(text)), [['He wants peace,', 'Marcelo Baumbach']]);
    assert.deepEqual(roles('Foreign Minister Antony Blinken met Mauro Vieira, Brazil’s Foreign Minister, in Rio.', 'Mauro Vieira'), [['Foreign Minister', '', 'Brazil']]);
  });
  it('reads countries joined by hyphens as no name (`the Prime Minister to Indonesia for the Indonesia-Australia Annual Leaders’ Meeting` names no person `Indonesia-Australia Annual`), while a hyphenated surname stays one', () => {
    const text = 'Foreign Minister Penny Wong accompanied the Prime Minister to Indonesia for the Indonesia-Australia Annual Leaders’ Meeting. Ambassador Anna Lloyd-Jones joined them.';
    assert.deepEqual(annotate(text).officials.map((o) => o.name).sort(), ['Anna Lloyd-Jones', 'Penny Wong']);
  });
});
