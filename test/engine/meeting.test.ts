// The meeting (guide §6) and the document structure it rests on.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { assertExactSpans, nameOf, official, quotePairs } from './helpers';

/** The meeting's participants by name, host first. */
const participantNames = (text: string): (string | null)[] => { const a = annotate(text); return a.meeting.participants.map((id) => nameOf(a, id)); };
/** The meeting's date as written and in ISO form, or null. */
const date = (text: string): [string, string | null] | null => { const d = annotate(text).meeting.date; return d && [d.text, d.iso]; };

describe('meeting', () => {
  it('reads no participant in another meeting dated by its year (`recalled a 1974 meeting between the UAE’s Founding Father Sheikh Zayed … and a team from NASA`)', () => {
    const text = 'UAE President visits the White House\n\nPresident Sheikh Mohamed met US President Joe Biden at the White House. Sheikh Mohamed recalled a 1974 meeting between the UAE’s Founding Father Sheikh Zayed bin Sultan Al Nahyan and a team from NASA.';
    assert.deepEqual(participantNames(text), ['Mohamed', 'Joe Biden']);
  });

  it('reads `held a telephone talk with` (one talk, as Japan’s foreign ministry writes a call) as the meeting, its two sides participants', () => {
    const text = 'Press Releases\n\nJapan-Brazil Foreign Ministers’ Meeting\n\nDecember 7, 2021\n\nOn December 7, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with His Excellency Mr. Carlos França, Minister of Foreign Affairs of the Federative Republic of Brazil. The overview of the talk is as follows.';
    assert.deepEqual(participantNames(text), ['HAYASHI Yoshimasa', 'Carlos França']);
  });

  it('takes the date from the body and its year from the dateline', () => {
    const text = '17 June 2008\n\nSecretary-General Ban Ki-moon arrived in London on Thursday, 12 June, and met Prime Minister Gordon Brown.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.date && [a.meeting.date.text, a.meeting.date.iso], ['Thursday, 12 June', '2008-06-12']);
    assert.equal(a.meeting.place?.text, 'London');
    assertExactSpans(a, text);
  });

  it('reads ranges, month-first dates, typos and a year glued to a time', () => {
    const iso = (text: string): string | null | undefined => annotate(text).meeting.date?.iso;
    assert.equal(iso('The Secretary-General visited Phnom Penh between 21-22 December 2011.'), '2011-12-21');
    assert.equal(iso('On August 5, 2016, Foreign Minister Wang Yi held telephone talks.'), '2016-08-05');
    assert.equal(iso('21 August 202013:53\n\nOn August 21, the ministers spoke on the telephone.'), '2020-08-21');
    assert.equal(iso('The forum opened on l6 July with a plenary session.'), '--07-16');
    assert.equal(iso('No date is given here at all.'), undefined);
  });

  it('reads a year after a comma with no space (`May 23,2024`) and Central European dates with dots (`2. August 2022`, `06. 11. 2019`), which are no numbered items', () => {
    const iso = (text: string): string | null | undefined => annotate(text).meeting.date?.iso;
    assert.equal(iso('President William Ruto met Barack Obama on May 23,2024 at Blair House.'), '2024-05-23');
    assert.equal(iso('Minister Reinsalu discussed security\n\n2. August 2022 - 20:14\n\nToday, Foreign Minister Urmas Reinsalu spoke to Antony Blinken.'), '2022-08-02');
    assert.equal(iso('Lajcak Meets New Cypriot Ambassador\n06. 11. 2019 14:00 | News\n\nForeign Minister Miroslav Lajcak met Ambassador Nicos Nicolaou.'), '2019-11-06');
    // a numbered item stays one
    const a = annotate('Agreed outcomes\n\n2. Both sides will expand trade in 2024.\n\n3. Both sides will meet again.');
    assert.deepEqual(a.commitments.map((c) => c.text), ['Both sides will expand trade in 2024', 'Both sides will meet again']);
  });

  it('takes the participants of a lead the ministry reports (`…, the Russian Foreign Ministry said`), not of what an official reports', () => {
    assert.deepEqual(participantNames('MOSCOW, June 10. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of State Rex Tillerson discussed the situation in Ukraine during their telephone conversation on Saturday, the Russian Foreign Ministry said.'), ['Sergey Lavrov', 'Rex Tillerson']);
    assert.deepEqual(participantNames('Foreign Minister Ana Costa met Minister Jan Holm in Lisbon. Costa said she had met President Omar Haddad in Cairo last year.'), ['Ana Costa', 'Jan Holm']);
  });

  it('reads `held bilateral discussion with` as a meeting sentence', () => {
    assert.deepEqual(participantNames('Nigeria’s Foreign Affairs Minister, Ambassador Yusuf Tuggar has held bilateral discussion with United States Assistant Secretary of State, Hon. Molly Phee on the sidelines of the UNGA.'), ['Yusuf Tuggar', 'Molly Phee']);
  });

  it('prefers the event’s date to a page’s publication stamp, and reads a dateline with a colon', () => {
    const iso = (text: string): string | null | undefined => annotate(text).meeting.date?.iso;
    assert.equal(iso(' date 2023-11-01 Provided by the agency\n\nWASHINGTON, Oct. 27 -- Foreign Minister Ana Costa held talks with Secretary Omar Haddad.'), '2023-10-27');
    assert.equal(iso('New Delhi, Jun 26: Foreign Minister Ana Costa held talks with Secretary Omar Haddad.'), '--06-26');
    assert.equal(iso('Talks in Ankara\n\nMarch 31, 2024\n\nPresident Ivan Petrov spoke about the attacks since October 7.'), '2024-03-31');
    // a time is no day: `May 10:30`
    assert.equal(iso('The talks began at May 10:30 sharp.'), undefined);
  });

  it('tells the kind from the headline, else from the opening', () => {
    const kind = (text: string): string => annotate(text).meeting.kind;
    assert.equal(kind('Telephone conversation with President of Kazakhstan\n\nThe leaders spoke.'), 'telephone conversation');
    assert.equal(kind('Joint statement of the foreign ministers\n\nThe ministers met.'), 'statement');
    assert.equal(kind('Transcript of the weekly media briefing by the spokesperson\n\nGood afternoon.'), 'press conference');
    assert.equal(kind('The President arrived in Hanoi for a state visit.'), 'visit');
  });

  it('skips datelines, section labels and photo counters when choosing the title', () => {
    const text = 'Media Center\n\nMarch 3, 2024\n\n• 4\n\nMeeting of the Foreign Ministers of Chile and Peru\n\nThe ministers met in Lima on March 3.';
    const a = annotate(text);
    assert.equal(a.meeting.title, 'Meeting of the Foreign Ministers of Chile and Peru');
    assert.equal(a.meeting.date?.iso, '2024-03-03');
  });

  it('lists those who met, host first, and leaves out those only talked about', () => {
    const text = 'President Ivan Petrov met Foreign Minister Ana Costa in Minsk. Ivan Petrov said that the meeting between President Xi Jinping and President Joe Biden would matter for everyone.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Ivan Petrov', 'Ana Costa']);
  });

  it('takes a long headline without a final stop as the title, and its `Remarks by X` as X’s words', () => {
    const text = 'Video conference of Foreign Affairs Ministers: Remarks by High Representative Ana Costa at the press conference\n\nGood afternoon. We underlined that there is no better example of the need for cooperation than this crisis.';
    const a = annotate(text);
    assert.equal(a.meeting.title, 'Video conference of Foreign Affairs Ministers: Remarks by High Representative Ana Costa at the press conference');
    assert.deepEqual(a.paraphrases.map((p) => p.speaker && nameOf(a, p.speaker)), ['Ana Costa']);
    // a line that ends open (a salutation) is no headline
    assert.equal(annotate('• 3\n\nDear friend Omar Haddad, dear colleagues, friends, ladies and gentlemen of the press, members of the two delegations,\n\nWe are glad to see you all here today.').meeting.title, null);
  });

  it('reads `Press remarks by X after meeting with Y` as X’s words: the headline’s occasion names the other party', () => {
    const text = 'Germany: Press remarks by High Representative Ana Costa after meeting with Foreign Minister Jan Holm\n\nDear Foreign Minister, it is a great pleasure to welcome you here. I am keen, dear Jan, to work together in the coming years.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.actor, c.kind]), [['Ana Costa', 'intention']]);
  });

  it('reads a dateline before a colon as a place, not a speaker’s label, and a page’s `Subjects:` line as no prose', () => {
    const text = 'Secretary Petrov’s Meeting with Foreign Minister Costa\n\nWASHINGTON: Secretary of State Ivan Petrov met on Wednesday with Russian Foreign Minister Ana Costa. The Secretary said that the talks were useful.\n\nSubjects: the region’s importance to us; our commitment to a peaceful, stable region.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ana Costa', 'Ivan Petrov']);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Ivan Petrov', 'Ana Costa']);
    assert.deepEqual(a.commitments, [], 'a topic list commits no one');
    // a speaker's label in capitals is still one
    const transcript = annotate('PETROV: We will work together on this.\n\nCOSTA: We agree and we will do our part.');
    assert.deepEqual(transcript.officials.map((o) => o.name).sort(), ['Costa', 'Petrov']);
  });

  it('leaves out the parties of another meeting mentioned, and a spokesperson who reports the meeting', () => {
    const text = [
      'Foreign Minister Ana Costa met Foreign Minister Ivan Petrov in Rio.',
      'Their meeting came amid talk of a potential summit between Prime Minister Omar Haddad and President Jan Holm.',
      'Ministry spokesperson Lena Berg stated that the talks were useful.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Ana Costa', 'Ivan Petrov']);
    // at a briefing the spokesperson is the one who speaks
    const briefing = annotate('Press briefing by the spokesperson\n\nMinistry spokesperson Lena Berg said that the talks were useful.');
    assert.deepEqual(briefing.meeting.participants.map((id) => nameOf(briefing, id)), ['Lena Berg']);
  });

  it('takes a city whose first word is a common one as a meeting’s place (`met in New York`, `at their meeting in New Delhi`)', () => {
    const place = (text: string): string | null => annotate(text).meeting.place?.text ?? null;
    assert.equal(place('Joint statement\n\nPrime Minister Narendra Modi and President Anura Kumara Disanayaka had comprehensive discussions at their meeting in New Delhi on 16 December 2024.'), 'New Delhi');
    assert.equal(place('Joint statement\n\nForeign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed to act.'), 'New York');
  });

  it('takes the place from a meeting sentence or a city heading the text, not from a topic or past a sentence’s end', () => {
    const place = (text: string): string | null => annotate(text).meeting.place?.text ?? null;
    assert.equal(place('Talks\n\nMr Minister, friends,\n\nWe are glad to see you in Moscow. This is a good opportunity to talk.'), 'Moscow');
    assert.equal(place('Minister Ana Costa met Minister Ivan Petrov. They shared views on the situation in Lebanon and the Sahel.'), null);
    assert.equal(place('ASTANA, 12 March. President Ivan Petrov received Minister Ana Costa.'), 'ASTANA');
    assert.equal(place('President Ivan Petrov held a meeting with Minister Ana Costa at the Presidential Villa, Abuja.'), 'Presidential Villa, Abuja');
    // (a month at a paragraph's end keeps its full stop in the match: still a month, not a place)
    assert.equal(place('President Ivan Petrov welcomed Minister Ana Costa.\n\nThe two held talks in March.'), null);
  });

  it('prefers the event’s date after a weekday (`on Wednesday 24/1/2018`) to a page stamp glued to the first line', () => {
    const a = annotate(' date 2018-01-25 The spokesman said Foreign Minister Ana Costa received a phone call from Secretary of State Ivan Petrov on Wednesday 24/1/2018, in which they discussed the region.');
    assert.equal(a.meeting.date?.iso, '2018-01-24');
  });

  it('counts a weekday or `yesterday` in the lead back from the page’s stamp or date line (`date 2021-03-05 … on Thursday said`), keeping the page’s own day as written', () => {
    assert.deepEqual(date(' date 2021-03-05 Prime Minister Sheikh Hasina on Thursday met Foreign Minister Subrahmanyam Jaishankar in Dhaka.'), ['Thursday', '2021-03-04']);
    assert.deepEqual(date('6 August 2015\n\nThe Secretary-General spoke yesterday with President Pierre Nkurunziza of Burundi.'), ['yesterday', '2015-08-05']);
    assert.deepEqual(date('Oct 20, 2017\n\nToday in Washington, Secretary-General António Guterres met with President Donald Trump.'), ['Oct 20, 2017', '2017-10-20']);
    // (a page's `Updated:` stamp, and a date line with its weekday further down)
    assert.deepEqual(date('Wang and Kerry brief the press\n\nUpdated: 2016-01-28 03:16\n\nA joint news briefing by Foreign Minister Wang Yi and Secretary of State John Kerry began on Wednesday afternoon.'), ['Wednesday', '2016-01-27']);
    assert.deepEqual(date('Belgrade and Pristina agree\n\nSerbian PM Aleksandar Vucic said late on Tuesday that the two sides had agreed to meet.\n\nWednesday, 25.01.2017.\n\nVucic said the talks were difficult.'), ['Tuesday', '2017-01-24']);
    // (a future word well after the date, in the same sentence, tells of another event: the date is still this one's)
    assert.deepEqual(date('Foreign Minister Ana Costa met Jan Holm in Minsk on 2 February 2024 to discuss trade and transport, and both said that the next round would follow. The agreement signed on 5 March 2023 remains in force.'), ['2 February 2024', '2024-02-02']);
    // (a news agency's dateline at the head of the lead dates the page, as a stamp does)
    assert.deepEqual(date(' date 2025-06-11 CHANGSHA, June 11 — Foreign Minister Wang Yi on Tuesday met his African counterparts in Changsha.'), ['Tuesday', '2025-06-10']);
    assert.deepEqual(date('ISLAMABAD, (Pakistan Point News - 17th Aug, 2021 ) :Foreign Minister Ana Costa here on Monday received a telephone call from Secretary Jan Holm.'), ['Monday', '2021-08-16']);
    // (a story's dated dateline, not the bulletin's date line above it)
    assert.deepEqual(date('Monday, April 20, 2015\n\nItaly and the Holy See\n\nVatican City, 18 April 2015 (VIS) - This morning President Ana Costa paid a visit to the Holy Father.'), ['18 April 2015', '2015-04-18']);
    // (a date right after `yesterday` is the event's, not the dateline's: `yesterday Nov. 29`, `yesterday (7th March)`)
    assert.deepEqual(date('Nov. 30, 2019 (ADDIS ABABA, Ethiopia): Dr Ana Costa officially took over during a ceremony held in Addis Ababa yesterday Nov. 29.'), ['Nov. 29', '2019-11-29']);
    assert.deepEqual(date('November 25, 2024\n\nPresident holds talks\n\nMarch 08, 2017\n\nPresident Ana Costa met several leaders at the Summit yesterday (7th March) in Jakarta, Indonesia.'), ['7th March', '2017-03-07']);
    // (a line with a time of posting before its date is a date line: `- 17:27, 22 May, 2023`)
    assert.deepEqual(date('Costa: Integration needed\n- Foreign Minister Ana Costa participated Monday in the informal meeting of foreign ministers in Brussels.\n- 17:27, 22 May, 2023\nBrussels/Skopje, 22 May 2023 (MIA) – Foreign Minister Ana Costa participated Monday in the informal meeting of foreign ministers.'), ['Monday', '2023-05-22']);
    // (and still when a date introduced further down is the visit's, not the talks': `from June 30 to July 8`)
    assert.deepEqual(date('FMs meet on ties\n\n08:31, July 04, 2012\n\nBEIJING, July 3 (Xinhua) -- Foreign Minister Ana Costa on Tuesday held talks with Foreign Minister Jan Holm.\n\nHolm is in China on an official visit from June 30 to July 8.'), ['Tuesday', '2012-07-03']);
    // (`On this day` introduces the event's date, before a date line of the next day)
    assert.deepEqual(date('JOINT COMMUNIQUE OF THE 4TH SESSION\n\nSaturday, November 3, 2007\n\nOn this day November 2, 2007, the joint ministerial meeting has come to an end in Banjul.'), ['November 2, 2007', '2007-11-02']);
    // (a lead that sums up, then the paragraph that says when; but not a transcript's words)
    assert.deepEqual(date('Cambodia, Laos Reiterate Cooperation\n\nAKP Phnom Penh, August 22, 2018 —\n\nCambodia and Laos have reiterated strong bilateral cooperation.\n\nThe exchange took place during the meeting between Foreign Minister Prak Sokhonn and Ambassador Prasith Sayasith here in Phnom Penh yesterday.'), ['yesterday', '2018-08-21']);
    assert.deepEqual(date('Remarks With Foreign Minister Ana Costa\n\nWashington, DC\nJuly 21, 2016\n\nSECRETARY PETROV: Good morning, everybody. Ana Costa is one of our closest partners and friends.\n\nLet me first thank Germany for a significant contribution yesterday at the pledging conference.'), ['July 21, 2016', '2016-07-21']);
  });

  it('takes the named officials of a lead under a headline with a colon for participants (`Italy and the Holy See: promoting …` is no speaker’s label), the Holy Father among them', () => {
    assert.deepEqual(participantNames('Monday, April 20, 2015\n\nItaly and the Holy See: promoting religious freedom\n\nVatican City, 18 April 2015 (VIS) - This morning the president of the Italian Republic, Sergio Mattarella, paid a visit to the Holy Father Francis. He subsequently met with Cardinal Secretary of State Pietro Parolin.'), ['Sergio Mattarella', 'Francis', 'Pietro Parolin']);
  });

  it('takes those who chair or co-chair a consultation for participants (`X, Prime Minister of Thailand, and Y, Prime Minister of Malaysia, co-chaired the Annual Consultation`)', () => {
    const a = annotate('The Fourth Annual Consultation between Thailand and Malaysia was held in Bangkok on 8 December 2009. His Excellency Abhisit Vejjajiva, Prime Minister of the Kingdom of Thailand and the Honourable Najib Razak, Prime Minister of Malaysia, co-chaired the Annual Consultation.');
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Abhisit Vejjajiva', 'Najib Razak']);
  });

  it('reads `called on` a leader as a visit (`Penny Wong called on Prime Minister Lee Hsien Loong`), not `called on X to release …`', () => {
    const names = (text: string): (string | undefined)[] => { const a = annotate(text); return a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name); };
    assert.deepEqual(names('Foreign Minister Penny Wong called on Prime Minister Lee Hsien Loong and Deputy Prime Minister Lawrence Wong today.'), ['Penny Wong', 'Lee Hsien Loong', 'Lawrence Wong']);
    assert.deepEqual(names('Foreign Minister Penny Wong called on President Omar Haddad to release the prisoners.'), []);
  });

  it('reads a range of days written with `to` or `and` as one date, from its first day (`from 24 to 25 June 2010`, `on 6 and 7 July 2022`)', () => {
    assert.deepEqual(date('Foreign Minister Ana Costa paid a 2-day official visit to Islamabad from 24 to 25 June 2010.'), ['24 to 25 June 2010', '2010-06-24']);
    assert.deepEqual(date('Official Visit of Foreign Minister Ana Costa, 6 and 7 July 2022\n\nForeign Minister Ana Costa met Jan Holm on 7 July 2022.'), ['6 and 7 July 2022', '2022-07-06']);
  });

  it('takes officials named as agreeing, in the readout’s own voice, for participants (`X and Y agreed to hasten …`), not those in someone’s report', () => {
    const a = annotate('Deputy Prime Minister Pham Binh Minh and Secretary of Foreign Affairs Perfecto Yasay agreed to hasten the approval of the action programme. The agreement was reached on the sidelines of the retreat.');
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Pham Binh Minh', 'Perfecto Yasay']);
    const b = annotate('Foreign Minister Ana Costa met Jan Holm in Minsk. Costa said that President Omar Haddad and President Lena Berg agreed to hold a summit.');
    assert.deepEqual(b.meeting.participants.map((id) => b.officials.find((o) => o.id === id)?.name), ['Ana Costa', 'Jan Holm']);
  });

  it('reads a headline that quotes its subject (`Wang Yi: China values …`) as no transcript label, so the whole text is no turn of theirs; a lone label further down still opens one', () => {
    const text = 'Wang Yi: China values good contacts and friendship with Belarus\n\nMINSK, 8 April - The Chinese leadership values the friendship with Belarus, Chinese Foreign Minister Wang Yi said as he met with Belarusian President Alexander Lukashenko in Minsk.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Wang Yi', 'Alexander Lukashenko']);
    const lone = annotate('Meeting with the President of Belarus\n\nVladimir Putin met Alexander Lukashenko in Minsk.\n\nPresident of Belarus Alexander Lukashenko: Mr Putin, friends,\n\nWe are glad to see you. We will deepen our cooperation.');
    // (the commitment in the turn is in Lukashenko's turn of the meeting)
    const turn = lone.turns.find((t) => t.items.includes(lone.commitments[0]?.id));
    assert.equal(lone.officials.find((o) => o.id === turn?.speaker)?.name, 'Alexander Lukashenko');
  });

  it('leaves out the parties of a summit still to come between others (`agreed to broker a bilateral presidential summit between Alberto Fernández and Luis Lacalle Pou`, `a meeting will be held between …`)', () => {
    const text = 'Foreign ministers meet\n\nForeign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina met on Friday in Montevideo and agreed to broker a bilateral presidential summit between Alberto Fernández and Luis Lacalle Pou in April. They agreed that a meeting will be held between President Alberto Fernández and President Luis Lacalle Pou.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Francisco Bustillo', 'Santiago Cafiero']);
  });

  it('leaves out a leader under whom the talks are held (`under the administration of US President Donald Trump`) and those the subject spoke with before (`He earlier spoke to …`)', () => {
    assert.deepEqual(participantNames('Foreign Minister Cho Tae-yul met US Secretary of State Marco Rubio in Munich on Saturday to strengthen cooperation on North Korea under the administration of US President Donald Trump.'), ['Cho Tae-yul', 'Marco Rubio']);
    assert.deepEqual(participantNames('President Lee Jae-myung held a phone call with President Xi Jinping on Tuesday. It was the third phone call between Lee and a foreign leader. He earlier spoke to US President Donald Trump and Japanese Prime Minister Ishiba Shigeru.'), ['Lee Jae-myung', 'Xi Jinping']);
    // (one named with them in the meeting's own sentence still takes part)
    assert.deepEqual(participantNames('President Lee Jae-myung held a phone call with President Xi Jinping and Prime Minister Ishiba Shigeru on Tuesday.'), ['Lee Jae-myung', 'Xi Jinping', 'Ishiba Shigeru']);
  });

  it('takes those a meeting received as a group from the list that names them next (`… received the Letters of Credence from ambassadors of six countries. They are the Ambassador of South Korea, Mr Lim Jung-Taek; …`)', () => {
    const text = 'President Nana Akufo-Addo has received the Letters of Credence from ambassadors accredited to Ghana from three countries.\n\nThey are the Ambassador of South Korea, Mr Lim Jung-Taek; the Canadian High Commissioner, Ms Kathleen Csaba, and the Austrian Ambassador, Mr Thomas Schlesinger.';
    assert.deepEqual(participantNames(text), ['Nana Akufo-Addo', 'Lim Jung-Taek', 'Kathleen Csaba', 'Thomas Schlesinger']);
    // (not a list after a sentence that met no one: `They are …` then describes someone else)
    assert.deepEqual(participantNames('President Nana Akufo-Addo met Ambassador Lim Jung-Taek in Accra. The economy grew fast last year. They are Ms Kathleen Csaba and Mr Thomas Schlesinger, the new directors of the bank.'), ['Nana Akufo-Addo', 'Lim Jung-Taek']);
  });

  it('takes the official a headline’s event is by, from the line under it (`Joint press conference` / `by NATO Secretary General Jens Stoltenberg with …`), not a reporter’s byline', () => {
    assert.deepEqual(participantNames('Joint press conference\n\nby NATO Secretary General Jens Stoltenberg with the Prime Minister of Norway, Jonas Gahr Støre\n\nPrime Minister Gahr Støre, dear Jonas, it is great to see you again.').sort(), ['Jens Stoltenberg', 'Jonas Gahr Støre']);
    assert.deepEqual(participantNames('Biden and Xi meet in San Francisco\n\nBy Steve Holland\n\nPresident Joe Biden met President Xi Jinping on Wednesday.'), ['Joe Biden', 'Xi Jinping']);
  });

  it('takes those a speaker met now, in the speaker’s own remarks (`Today we have had … a video conference with the Secretary of State of the United States, Mike Pompeo`), not those met yesterday, nor the talks a press conference reports on', () => {
    assert.deepEqual(participantNames('Press remarks by High Representative Josep Borrell\n\nToday we have had an important Foreign Affairs Council with a video conference with the Secretary of State of the United States, Mike Pompeo.'), ['Josep Borrell', 'Mike Pompeo']);
    assert.deepEqual(participantNames('Press remarks by High Representative Josep Borrell\n\nWe raised this at the meeting we had yesterday with Egyptian President Mohamed Morsy.'), ['Josep Borrell']);
    // (a sentence opening with `We`, and `once again` is no past)
    assert.deepEqual(participantNames('Press remarks by High Representative Josep Borrell\n\nWe held a video conference today with the Secretary of State of the United States, Mike Pompeo, once again.'), ['Josep Borrell', 'Mike Pompeo']);
    assert.deepEqual(participantNames('Extraordinary Press Conference by Foreign Minister Taro Kono\n\nMr. Taro Kono, Minister for Foreign Affairs: Today we held the preparatory meeting and I served as co-chair with Foreign Minister Sameh Shoukry from Egypt.'), ['Taro Kono']);
  });

  it('leaves out a predecessor named in the meeting’s sentence (`The new Prime Minister, who took over from Liz Truss on Tuesday, spoke with Joe Biden`)', () => {
    const text = 'Prime Minister’s call with President Biden\n\nPrime Minister Rishi Sunak spoke with President Joe Biden this evening. The new Prime Minister, who took over from Liz Truss on Tuesday, spoke with Joe Biden about Ukraine.';
    const a = annotate(text);
    assert.ok(a.officials.some((o) => o.name === 'Liz Truss'));
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Rishi Sunak', 'Joe Biden']);
  });

  it('takes part who is thanked for a welcome or an invitation, as the host (`Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome`), not who is thanked for support', () => {
    const text = 'Presidents hold talks\n\nPresidents of Kazakhstan and Uzbekistan held talks in Astana.\n\nShavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome and underlined the importance of the visit. He thanked President Emmanuel Macron for his support of the region.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });

  it('dates the event by the lead’s weekday under a stamp of that very day (`on Wednesday` under ` date 2021-02-03 `), and reads a bullet that is only a date as the page’s date line, the lead after the lines of a few words under it', () => {
    assert.deepEqual(date(' date 2021-02-03 Foreign Minister Ana Costa held a video call with Foreign Minister Ivan Petrov on Wednesday.'), ['Wednesday', '2021-02-03']);
    assert.deepEqual(date('Costa and Petrov meet\n\n• 30 June 2017\n\n• Staff\n\nOn Thursday, Deputy Minister Ana Costa met in Berlin with Ivan Petrov, State Secretary of the Foreign Office.'), ['Thursday', '2017-06-29']);
  });

  it('takes the stamp when the lead dates the event by a weekday only, not a date further down about another event (`a proposal put forward on January 24`)', () => {
    const text = ' date 2022-01-27 Foreign Minister Ana Costa had a telephone conversation with Foreign Minister Ivan Petrov on Thursday.\n\nPetrov welcomed Costa’s proposal, which was put forward on January 24, at the meeting of the EU ministers.';
    assert.equal(annotate(text).meeting.date?.iso, '2022-01-27');
    // a lead with a date of its own keeps it
    assert.equal(annotate(' date 2022-01-27 Foreign Minister Ana Costa met Foreign Minister Ivan Petrov on Thursday, January 20.\n\nThey spoke again on January 24.').meeting.date?.iso, '2022-01-20');
  });

  it('reads the date after a counter glued to `On`, and a date given only inside the ministry’s quotation', () => {
    const glued = annotate('Petrov receives Haddad\n\n3959On April 23, in Samarkand, President Ivan Petrov received Foreign Minister Omar Haddad. It should be recalled that Haddad arrived in Samarkand on April 22.');
    assert.equal(glued.meeting.date?.text, 'April 23');
    const quoted = annotate('Lavrov, Rubio talk by phone\n\n"On May 17, at the initiative of the US side, a phone conversation was held between Sergey Lavrov and Marco Rubio," the ministry said.');
    assert.equal(quoted.meeting.date?.text, 'May 17');
  });

  it('keeps the place’s offsets after a time in the dateline, and ends a place at a word that only starts like a particle', () => {
    const text = 'Moldovan minister on phone with his Romanian counterpart\n\n14:50 | 24.12.2024 Category: Political\n\nChisinau, Dec 24 /MOLDPRES/- Foreign Minister Mihai Popșoi had a telephone conversation with Foreign Minister Emil Hurezeanu today.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.equal(a.meeting.place?.text, 'Chisinau');
    const later = annotate('Secretary Ivan Petrov met Minister Ana Costa in Mexico City later this month.');
    assert.equal(later.meeting.place?.text, 'Mexico City');
  });

  it('lists those who represent a side', () => {
    const a = annotate('The talks were attended on behalf of Chile by Foreign Minister Ana Costa. Peru was represented by Deputy Prime Minister Luis Prado and Presidential Aide Omar Haddad.');
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Ana Costa', 'Luis Prado', 'Omar Haddad']);
  });

  it('lists those the speaking addresses or welcomes, and a video conference’s guest', () => {
    const welcome = annotate('Press conference\n\nSpeaking at the press conference, Foreign Secretary Ana Costa said:\n\n“It is a great honour to welcome the 68th Secretary of State of Chile, Omar Haddad, to London today.”');
    assert.deepEqual(welcome.meeting.participants.map((id) => nameOf(welcome, id)), ['Ana Costa', 'Omar Haddad']);
    const thanks = annotate('Opening remarks by Secretary General Ana Costa\n\nGood afternoon. And thank you so much Minister Omar Haddad, for welcoming me once again here to Warsaw.');
    assert.ok(thanks.meeting.participants.map((id) => nameOf(thanks, id)).includes('Omar Haddad'));
    const video = annotate('High Representative Ana Costa spoke to the press. Today we had a video conference with the Secretary of State of Chile, Omar Haddad.');
    assert.deepEqual(video.meeting.participants.map((id) => nameOf(video, id)), ['Ana Costa', 'Omar Haddad']);
    // someone only talked about is not there
    const about = annotate('Foreign Secretary Ana Costa said: “Secretary Omar Haddad has done great work for his country.”');
    assert.ok(!about.meeting.participants.map((id) => nameOf(about, id)).includes('Omar Haddad'));
  });

  it('leaves out who is away: the sender of greetings, a meeting still to come, a press secretary reporting it', () => {
    assert.deepEqual(participantNames('At the beginning of the meeting, Foreign Minister Sergei Lavrov conveyed the greetings and best wishes of the President of the Russian Federation, Vladimir Putin, to President Shavkat Mirziyoyev.'),
      ['Sergei Lavrov', 'Shavkat Mirziyoyev']);
    assert.deepEqual(participantNames('President Uhuru Kenyatta held talks with Secretary of State Antony Blinken. Blinken was also scheduled to hold talks with Nigeria’s president Muhammadu Buhari during the tour.'),
      ['Uhuru Kenyatta', 'Antony Blinken']);
    assert.deepEqual(participantNames('President Ivan Petrov met Foreign Minister Omar Haddad. According to Ana Costa, press secretary of the Ministry, negotiations between the ministers began in a friendly spirit.'),
      ['Ivan Petrov', 'Omar Haddad']);
    assert.deepEqual(participantNames('Prime Minister Philemon Yang received Chairperson Moussa Faki Mahamat on behalf of President Paul Biya in Yaoundé.'),
      ['Philemon Yang', 'Moussa Faki Mahamat']);
    assert.deepEqual(participantNames('Foreign Minister Sergey Lavrov and Secretary of State Marco Rubio held a phone call. It is noted that, following a telephone conversation between Russian leader Vladimir Putin and US President Donald Trump on 12 February, the ministers agreed to maintain contacts.'),
      ['Sergey Lavrov', 'Marco Rubio']);
  });

  it('leaves out who is in a meeting still to come (`will later meet with`, `will accompany … during the visit of …`) and whom a participant works for', () => {
    assert.deepEqual(participantNames('Foreign Minister Jan Holm met Foreign Minister Nikos Petrou in Brussels. The ministers will hold talks again when Petrou will accompany Prime Minister Kyriakos Mitsotakis during the official visit of the Prime Minister to Cyprus.'),
      ['Jan Holm', 'Nikos Petrou']);
    assert.deepEqual(participantNames('Foreign Minister Jan Holm held a meeting with Minister Ana Costa. Holm will later meet with President Salome Zurabishvili, and will visit Odzisi.'),
      ['Jan Holm', 'Ana Costa']);
    assert.deepEqual(participantNames('An envoy of President Omar Haddad’s government held a meeting with Foreign Minister Jan Holm.'), ['Jan Holm']);
  });

  it('lists the authors of a joint statement', () => {
    const a = annotate('Prime Minister Ian Wells and President Marta Rojas released a joint statement yesterday.');
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Ian Wells', 'Marta Rojas']);
  });

  it('reads Markdown through its structure, skipping code, HTML and link targets, with exact offsets', () => {
    const text = [
      '---',
      'title: "front matter is not prose"',
      '---',
      '# Meeting with **Foreign Minister** Ana Costa',
      '',
      'President [Ivan Petrov](https://example.org/"quoted") met Foreign Minister Ana Costa on 4 May.',
      '',
      '```',
      '"We will never appear in the model," said Nobody Real.',
      '```',
      '',
      '<div title="We will not be read either, said the HTML.">x</div>',
      '',
      '> “We are ready to sign the agreement next week,” *Ana Costa* said.',
    ].join('\n');
    const a = annotate(text, { languageId: 'markdown' });
    assert.equal(a.meeting.title, 'Meeting with **Foreign Minister** Ana Costa');
    assert.deepEqual(a.quotes.map((q) => [q.text, nameOf(a, q.speaker)]), [['We are ready to sign the agreement next week,', 'Ana Costa']]);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ana Costa', 'Ivan Petrov']);
    assert.deepEqual(a.commitments.map((c) => c.text), ['We are ready to sign the agreement next week']);
    assertExactSpans(a, text);
  });

  it('keeps offsets exact across CRLF line ends, a BOM-less start and astral characters', () => {
    const text = '🇧🇾 Meeting with Governor Ana Costa\r\n\r\n𝐏resident Ivan Petrov met Governor Ana Costa on 2 March.\r\n\r\n“We will build a bridge across the river,” Ana Costa said. 🌉\r\n';
    const a = annotate(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker && nameOf(a, a.quotes[0].speaker), 'Ana Costa');
    assertExactSpans(a, text);
  });
  it('counts the visitor of `an official visit by X` among the participants, not someone only mentioned', () => {
    const text = 'Malta and the UK sign an agreement\n\nDuring an official visit by the Secretary of State of the United Kingdom, James Cleverly, in our country, together with the Minister for Foreign Affairs, Ian Borg, an agreement was signed.\n\nBorg recalled that President Ivan Petrov had proposed it.';
    assert.deepEqual(participantNames(text), ['James Cleverly', 'Ian Borg']);
  });
  it('takes those who lead a delegation as participants (`Mexico’s delegation was led by …`, `the US delegation was headed by …`)', () => {
    const text = 'High Level Meeting between Mexico and the United States\n\nWorking groups of both governments reviewed bilateral issues at the Ministry of Foreign Affairs.\n\nMexico’s delegation was led by Foreign Secretary Luis Videgaray Caso. In turn, the US delegation was headed by Secretary of State Rex Tillerson, with US Ambassador Roberta Jacobson.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Luis Videgaray Caso', 'Rex Tillerson', 'Roberta Jacobson']);
  });
  it('leaves out of the participants one whose visit is still to be made (`confirmed the visit to be made in March 2019 by the President of Colombia, Iván Duque`)', () => {
    const text = 'Foreign Minister Roberto Ampuero met Foreign Minister Carlos Holmes Trujillo in Santiago. Later, in a press conference with both foreign ministers, Minister Ampuero confirmed the visit to be made in March 2019 by the President of Colombia, Iván Duque, in response to an invitation.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => nameOf(a, id)), ['Roberto Ampuero', 'Carlos Holmes Trujillo']);
  });
  it('dates a transcript by the line under its title, not by a date in an official’s turn (`I was last here in May, on May 9`), and still by a turn’s date when nothing else is written', () => {
    const withLine = 'Prime Minister Vladimir Putin meets with Czech President Vaclav Klaus\n11 november 2010\nTranscript of the beginning of the meeting:\nVladimir Putin: Mr President, I am pleased to meet with you here in Moscow.\nVaclav Klaus: I was last here in May, on May 9, to be exact.';
    assert.equal(annotate(withLine).meeting.date?.iso, '2010-11-11');
    const onlyInTurn = 'Prime Minister Vladimir Putin meets with Czech President Vaclav Klaus\nTranscript of the beginning of the meeting:\nVladimir Putin: Mr President, I am pleased to meet with you here in Moscow on 11 November.\nVaclav Klaus: Thank you.';
    assert.equal(annotate(onlyInTurn).meeting.date?.iso, '--11-11');
  });
  it('takes the partner named right after the meeting word in someone’s report of their own meeting (`announced that he had a phone call with U.S. President Donald Trump`), not one named later in it', () => {
    const text = 'President Cyril Ramaphosa announced on Thursday that he had a phone call with U.S. President Donald Trump on the peace process.\n\nRamaphosa also said that his talks with the governor focused on the budget, which includes the upcoming visit of President Ivan Petrov.';
    assert.deepEqual(participantNames(text), ['Cyril Ramaphosa', 'Donald Trump']);
  });
  it('reads no speaker from a source line in another language (`Izvor: B92`, `Fuente: EFE`): one word after the colon is no turn', () => {
    const a = annotate('Dialogue resumes in Brussels\n\nIzvor: B92\n\nPresident Aleksandar Vucic met EU foreign policy chief Federica Mogherini on Tuesday.\n\nFuente: EFE');
    assert.deepEqual(a.officials.map((o) => o.name), ['Aleksandar Vucic', 'Federica Mogherini']);
  });
  it('takes the officials who accompany a party to the meeting as participants (`accompanied by Chris Seed, the new head of …`)', () => {
    const a = annotate('Peters hosts Payne\n\nForeign Minister Winston Peters met Foreign Minister Marise Payne on Waiheke Island. They arrived this morning, accompanied by Chris Seed, the new head of the Ministry of Foreign Affairs, and Rebecca Kitteridge, the director of the NZ Security Intelligence Service.');
    const names = new Map(a.officials.map((o) => [o.id, o.name]));
    assert.deepEqual(a.meeting.participants.map((p) => names.get(p)), ['Winston Peters', 'Marise Payne', 'Chris Seed', 'Rebecca Kitteridge']);
  });
  it('reads a page stamp `1897-09-10-2017` (a number, then a day-first date) as 9 October 2017, not as 10 September 1897', () => {
    const a = annotate('Press release on Foreign Minister Sergey Lavrov’s telephone conversation with US Secretary of State Rex Tillerson\n\n1897-09-10-2017\n\nOn October 9, Foreign Minister Sergey Lavrov spoke by phone with US Secretary of State Rex Tillerson.');
    assert.deepEqual(a.meeting.date && [a.meeting.date.text, a.meeting.date.iso], ['October 9', '2017-10-09']);
  });
  it('reads no speaker from a news kicker before the headline (`Breaking: …`)', () => {
    const a = annotate('Breaking: Details Of Tinubu’s Phone Conversation With Biden Emerge\n\nPresident Joe Biden had a phone conversation with President Bola Ahmed Tinubu on Tuesday.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Bola Ahmed Tinubu', 'Joe Biden']);
  });
  it('reads no speaker from a video’s or page’s details (`Description:`, `Duration: 5:22`, `File Size: 90.4 MB`, `Inquiries: (02) 6277 7500`), while the transcript’s labels after them open turns', () => {
    const a = annotate('Baird Meets with French Counterpart\n\nDescription: Foreign Affairs Minister John Baird meets with Laurent Fabius, France’s Minister of Foreign Affairs.\n\nDuration: 5:22\n\nFile Size: 90.4 MB\n\nInquiries: (02) 6277 7500\n\nThe Hon. Laurent Fabius: We have just had a very friendly meeting with John Baird.\n\nThe Hon. John Baird: Thank you, Laurent.');
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['John Baird', 'Laurent Fabius']);
    assert.equal(a.turns.length, 2);
  });
  it('reads no speaker from a page’s field named by its last word (`- Published Date: 09:25 | 14 June 2021`, `- Modified Date: …`, `Release Time:`): `Date` is no official and opens no turn', () => {
    const a = annotate('Erdoğan, Biden meet at NATO summit\n- World\n- Published Date: 09:25 | 14 June 2021\n- Modified Date: 11:44 | 15 June 2021\nRelease Time: 10:02\nPresident Recep Tayyip Erdoğan met President Joe Biden on the sidelines of the NATO summit.');
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Joe Biden', 'Recep Tayyip Erdoğan']);
    assert.equal(a.turns.length, 0);
  });

  it('dates the event by a weekday written without `on`, as news copy does (`said Monday`, `in Mogadishu, Somalia Saturday`), counted back from the page’s stamp or a dateline with its country (`NAIROBI, Kenya Nov 8 –`); not by `last Thursday`', () => {
    assert.deepEqual(date(' date 2022-11-28 Türkiye and Turkmenistan have reached a joint understanding, the Turkish foreign minister said Monday.\n\n“We have discussed our ties,” Mevlüt Çavuşoğlu said.'), ['Monday', '2022-11-28']);
    assert.deepEqual(date('PS Kamau leads Kenya delegation to Mogadishu\n\n date 2020-11-08 Connect with us\n\nNAIROBI, Kenya Nov 8 – Foreign Affairs Principal Secretary Macharia Kamau was in Mogadishu, Somalia Saturday where he led a delegation for talks.'), ['Saturday', '2020-11-07']);
    assert.notEqual(date(' date 2024-09-19 Foreign Minister Ronald Lamola said that the trip was productive.\n\nHe arrived in Washington last Thursday.')?.[0], 'Thursday');
  });

  it('takes the host who invited as a participant (`By invitation of the President of the Argentine Republic, Mauricio Macri, the President of the Republic of Chile, Sebastián Piñeira, held an official visit …`), and who paid a visit', () => {
    assert.deepEqual(participantNames('By invitation of the President of the Argentine Republic, Mauricio Macri, the President of the Republic of Chile, Sebastián Piñeira, held an official visit to the Argentine Republic on 25-26 April 2018. Both Presidents reviewed all the items on the agenda.'), ['Mauricio Macri', 'Sebastián Piñeira']);
    assert.deepEqual(participantNames('Visit to Hanoi\n\nPresident Rodrigo Duterte paid an official visit to Vietnam on 28 September 2016.'), ['Rodrigo Duterte']);
    assert.deepEqual(participantNames('Joint statement\n\nPrime Minister Ranil Wickremesinghe returned after concluding his Official Visit to the Maldives yesterday.'), ['Ranil Wickremesinghe']);
    // (an invitation conveyed from someone away names no participant)
    assert.deepEqual(participantNames('Foreign Minister Ana Costa met Minister Jan Holm. Costa conveyed the invitation of President Omar Haddad to visit Lisbon.'), ['Ana Costa', 'Jan Holm']);
  });

  it('reads the weekday of the third paragraph when the lead sums up and the next one quotes (`… hosted … on Friday`)', () => {
    const date = (text: string): string | null => annotate(text).meeting.date?.text ?? null;
    const text = 'Ostland and Westmark have concluded what President Ivan Petrov called very warm discussions.\n\nAddressing the media after the talks, the President said the two countries had reviewed existing agreements.\n\nPresident Ivan Petrov hosted his counterpart President Ana Costa on a state visit on Friday.';
    assert.equal(date(text), 'Friday');
    // (a fourth paragraph is past the opening: its weekday is another event's)
    assert.equal(date(text.replace('President Ivan Petrov hosted', 'The leaders spoke at length.\n\nPresident Ivan Petrov hosted')), null);
  });

  it('reads a date years before the page’s stamp as history, not the event’s (`signed on 23rd June, 2000` under ` date 2017-06-30`), and gives the event’s range the stamp’s year', () => {
    const text = ' date 2017-06-30 Minister of Foreign Affairs Ana Costa led the delegation to the General Assembly in Cancun, Mexico, 19–21 June, where she spoke.\n\nThe Cotonou Agreement is a treaty signed on 23rd June, 2000.';
    assert.deepEqual([annotate(text).meeting.date?.text, annotate(text).meeting.date?.iso], ['19–21 June', '2017-06-19']);
  });

  it('takes the official who opened the session as a participant (`The session was opened by the minister of foreign affairs of Suriname, Yldiz Pollack-Beighle`)', () => {
    const a = annotate('Joint commission meets\n\nThe fifth Joint Commission between Indonesia and Suriname took place in Paramaribo. The session was opened by the minister of foreign affairs of Suriname, Yldiz Pollack-Beighle.');
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Yldiz Pollack-Beighle']);
  });

  it('reads a date glued to a byline (`Dominic McGrath25 October 2022`), a stray stop after the month (`25 May. 2017`), and a dateline with a known place in title case as the page’s date for the lead’s weekday (`Qatar, Sept 9: …` / `The call on Friday …`)', () => {
    assert.deepEqual(date('UK remains closest ally\n\nPA Wire\nDominic McGrath25 October 2022\n\nPrime Minister Rishi Sunak and President Joe Biden discussed the war in Ukraine during a call.'), ['25 October 2022', '2022-10-25']);
    assert.deepEqual(date('Doorstep statement\n\n25 May. 2017\n\nSecretary General Jens Stoltenberg spoke to the press.'), ['25 May. 2017', '2017-05-25']);
    assert.deepEqual(date('Qatari emir speaks to Saudi crown prince\n\nSeptember 9, 2017\n\nQatar, Sept 9: Saudi Arabia says plans to hold talks with Qatar have been suspended.\n\nThe call on Friday between Emir Sheikh Tamim bin Hamad Al Thani and Crown Prince Mohammed bin Salman was the first official contact since the crisis began.\n\nSaudi Arabia cut ties with Qatar on June 5.'), ['Friday', '2017-09-08']);
  });

  it('takes as participants who led a delegation (`The delegation of Botswana was led by Hon. X`), who signed (`The agreement was signed by Minister Y`) and who deliberated (`Prime Ministers A and B deliberated on …`)', () => {
    assert.deepEqual(participantNames('Communique\n\nThe delegation of the Republic of Botswana was led by Minister Lesego Motsumi. The delegation of Namibia was headed by Minister Rosalia Nghidinwa.'), ['Lesego Motsumi', 'Rosalia Nghidinwa']);
    assert.deepEqual(participantNames('Agreement signed\n\nThe agreement was signed by Minister of International Relations Netumbo Nandi-Ndaitwah and Minister Lemogang Kwape in Windhoek.'), ['Netumbo Nandi-Ndaitwah', 'Lemogang Kwape']);
    assert.deepEqual(participantNames('Leaders meet\n\nPrime Ministers Manasseh Sogavare and Ishmael Kalsakau deliberated on security at the margin of the retreat.'), ['Manasseh Sogavare', 'Ishmael Kalsakau']);
  });

  it('dates the event by a labelled date line under the headline (`date: 24 July 2012`) rather than by an earlier event the lead names (`the attack on 18 July`); a glued ISO stamp stays a fallback', () => {
    assert.deepEqual(date('Minister Reynders meets his Israeli counterpart\n\ndate: 24 July 2012\n\nMinister of Foreign Affairs Didier Reynders today met Avigdor Lieberman. Reynders extended his condolences following the attack on 18 July in Burgas.'), ['24 July 2012', '2012-07-24']);
    assert.deepEqual(date(' date 2012-07-25 Minister of Foreign Affairs Didier Reynders met Avigdor Lieberman on 24 July in Brussels.'), ['24 July', '2012-07-24']);
  });

  it('dates the event by the lead’s weekday under a page date written as a line with its byline (`August 6, 2022 Owen Khamula – Nyasa Times`) or an agency’s dateline with a place in title case (`Chisinau, March 5 / MOLDPRES /-`); a headline’s date in brackets and a release’s number and date are the page’s; an announcement’s date ahead; a range’s start takes its end’s year', () => {
    assert.deepEqual(date('Chakwera talks to Zelensky\n\nAugust 6, 2022 Owen Khamula – Nyasa Times Be the first to comment\n\nPresident Lazarus Chakwera on Friday had a phone conversation with President Volodymyr Zelensky of Ukraine.'), ['Friday', '2022-08-05']);
    assert.deepEqual(date('Moldovan president had phone conversation with premiers\n\n11:18 | 05.03.2022 Category: Official\n\nChisinau, March 5 / MOLDPRES /- President Maia Sandu had a telephone conversation on Friday with Prime Minister Mette Frederiksen.'), ['Friday', '2022-03-04']);
    assert.deepEqual(date('Press Release (16-10-2021)\n\n(16-10-2021, Nay Pyi Taw)\n\nThe Union Minister for Foreign Affairs U Wunna Maung Lwin participated in the meeting held via video conference on 15-10-2021.'), ['15-10-2021', '2021-10-15']);
    assert.deepEqual(date('No: 243, 3 October 2023, Press Release Regarding the Political Consultations\n\nMultilateral political consultations will be held at the Deputy Foreign Ministers level in Istanbul on October 4, 2023. Deputy Minister Burak Akçapar will represent Türkiye.'), ['October 4, 2023', '2023-10-04']);
    assert.deepEqual(date('Joint Communiqué\n\nThe 21st Micronesian Presidents’ Summit was held virtually from 30th August to 02nd September 2021, chaired by President Lionel Aingimea.'), ['30th August', '2021-08-30']);
  });

  it('gives the lead’s weekday, `yesterday` or `today` as written, with no ISO form, when no page date lets it be counted (`… on Friday hosted …`; a date further down is another event’s), and still no date when the text gives none', () => {
    assert.deepEqual(date('Costa hosts Petrov\n\nForeign Minister Ana Costa on Friday hosted her counterpart Ivan Petrov in Lisbon.\n\nPetrov recalled his visit of December 9, when the two ministers signed a memorandum.'), ['Friday', null]);
    assert.deepEqual(date('Costa meets Petrov\n\nForeign Minister Ana Costa met her counterpart Ivan Petrov yesterday in Lisbon.'), ['yesterday', null]);
    assert.equal(date('Costa meets Petrov\n\nForeign Minister Ana Costa met her counterpart Ivan Petrov in Lisbon.'), null);
    // (with a page date, the day is counted back as before)
    assert.deepEqual(date('Costa hosts Petrov\n\n12 June 2023\n\nForeign Minister Ana Costa on Friday hosted her counterpart Ivan Petrov in Lisbon.'), ['Friday', '2023-06-09']);
  });

  it('reads a weekday that is a surname (`Prime Ministers Godwin Friday of St. Vincent …`, `Prime Minister Friday`) as no day, but a weekday after a place as one (`in Mogadishu, Somalia Saturday`)', () => {
    assert.deepEqual(date('Talks in Argyle\n\nPrime Ministers Godwin Friday of St. Vincent and Terrance Drew of St. Kitts convened talks in Argyle on Tuesday.'), ['Tuesday', null]);
    assert.deepEqual(date('Kamau in Mogadishu\n\nForeign Affairs Principal Secretary Macharia Kamau met President Mohamed Farmaajo in Mogadishu, Somalia Saturday.'), ['Saturday', null]);
  });

  it('reads a byline (`By: Akoi M. Baysah, Jr.`) as no transcript label, so the officials who met after it are the participants; `Reporter:` stays a label', () => {
    const text = 'By: Akoi M. Baysah, Jr.\n\nLiberia and the United States have reaffirmed their commitment to cooperation.\n\nAccording to a release, Liberia’s Minister of Foreign Affairs, Madame Sara Beysolow Nyanti, met with Mr. Nick Checker, Senior Bureau Official, to discuss priorities.';
    assert.deepEqual(participantNames(text), ['Sara Beysolow Nyanti', 'Nick Checker']);
  });

  it('reads a release’s own markers and list openers (`Begin Text:`, `Notably:`) and a headline printed twice with a colon (`Moldova MFA: …` on two lines) as no transcript labels; a dialogue `held` by two officials makes them the participants', () => {
    const release = 'Ruritania – Freedonia Economic Dialogue\n\nBegin Text:\n\nOn June 20, Under Secretary of State for Economic Affairs Tomas Vell and Freedonian Vice Minister of Trade Oscar Marlo held the second Ruritania – Freedonia Political and Economic Dialogue in Asuncion.\n\nNotably:\n\nBoth sides will expand trade.';
    assert.deepEqual(participantNames(release), ['Tomas Vell', 'Oscar Marlo']);
    const doubled = 'Moldova MFA: Preparations for the talks are being finalized\nMoldova MFA: Preparations for the talks are being finalized\n\n"We are ready to do everything possible," Moldovan Foreign Ministry spokesman Anatol Greben said on Wednesday.';
    const a = annotate(doubled);
    assert.deepEqual(a.officials.map((o) => o.name), ['Anatol Greben']);
    assert.equal(nameOf(a, a.quotes[0]?.speaker ?? null), 'Anatol Greben');
  });

  it('reads a news site’s section before the lead (`Diplomacy: Prime Minister … met …`) as no transcript label, so those who met are the participants; `his Sao Tome counterpart` names a country, not an official', () => {
    assert.deepEqual(participantNames('Diplomacy: Prime Minister Karma Dorji met the state minister of Nepal, Sita Rana, in Thimphu this morning.\n\nThe two sides discussed trade.'), ['Karma Dorji', 'Sita Rana']);
    const a = annotate('Luanda talks\n\nIn a press conference held at the end of the meeting with his Sao Tome counterpart, Carlos Nunes, President Jose Maria Sousa said both countries will deepen ties.');
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Carlos Nunes', 'Jose Maria Sousa']);
  });

  it('counts the lead’s weekday back from a headline that shares its line with the page’s glued stamp (`date 2024-04-18 General News of Thursday, 18 April 2024` … `Tuesday held discussions`)', () => {
    const text = ' date 2024-04-18 General News of Thursday, 18 April 2024\n\nSource: GNA\n\nMr Kofi Mensah, a Deputy Minister of Foreign Affairs, and Madam Lan Pham, the Vietnamese Deputy Minister of Foreign Affairs, Tuesday held discussions in Accra.\n\nGhana established diplomatic relations with Vietnam on 28th March 1965.';
    assert.deepEqual(date(text), ['Tuesday', '2024-04-16']);
  });

  it('dates an event the lead gives as `today` under a page’s glued stamp as `today`, with the stamp’s day for its ISO form; a date line the page shows keeps its own text (`Today in Washington` under `Oct 20, 2017`)', () => {
    assert.deepEqual(date(' date 2024-08-16 Courtesy call\n\nPrime Minister Sam Matela paid a courtesy call on President Tendai Moyo today at State House.'), ['today', '2024-08-16']);
    assert.deepEqual(date('Remarks\n\nOct 20, 2017\n\nToday in Washington, Secretary Ana Costa met Foreign Minister Ivan Petrov.'), ['Oct 20, 2017', '2017-10-20']);
  });

  it('leaves out of the participants one who sent someone in their place (`President X was represented by Prime Cabinet Secretary Y`)', () => {
    const text = 'Talks in Luanda\n\nThe meeting was held in Luanda. His Excellency President Daniel Kiprop was represented by Prime Cabinet Secretary Musa Wafula, who met President Joao Tavares.';
    assert.deepEqual(participantNames(text), ['Musa Wafula', 'Joao Tavares']);
  });

  it('takes those `also present` and those who `joined` a leader at the talks for participants (`Also present were the Foreign Minister …, X and Ambassador Y`, `was joined by Ambassador Z`)', () => {
    const text = 'Visit to Freetown\n\nThe Secretary-General Boutros Ghali met Head of State Valentine Strong in Freetown on 29 November. Also present were the Foreign Minister of Sierra Leone, Alusine Kamara and Ambassador Berhanu Tesfaye. The Secretary-General was joined by Ambassador Lansana Kone.';
    const names = participantNames(text);
    for (const n of ['Boutros Ghali', 'Valentine Strong', 'Alusine Kamara', 'Berhanu Tesfaye', 'Lansana Kone']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    // (a captain's rank is a title, not part of the name: `Captain Valentine Strong`)
    const ranked = annotate('Visit\n\nThe Secretary-General met Captain Valentine Strong in Freetown.');
    assert.deepEqual(ranked.officials.map((o) => [o.name, o.roles.map((r) => r.title)]), [['Valentine Strong', ['Captain']]]);
  });

  it('leaves out of the participants one who sent the envoy (`…, who was sent to Ghana by President Bola Ahmed Tinubu on a fact-finding mission,`)', () => {
    const text = 'Ablakwa receives Nigerian envoy\n\nMinister Samuel Ablakwa met Minister of State Bianca Odumegwu-Ojukwu, who was sent to Ghana by President Bola Ahmed Tinubu on a fact-finding mission, in Accra.';
    assert.deepEqual(participantNames(text), ['Samuel Ablakwa', 'Bianca Odumegwu-Ojukwu']);
  });

  it('reads a transcript label that is one official’s whole office as that official’s turn (`Minister for International Development and the Pacific:` after `Pat Conroy, Minister for International Development and the Pacific`), who is then a participant', () => {
    const text = 'Interview, Sky News\n\nPeter Stefanovic: First, let us go to Pat Conroy, Minister for International Development and the Pacific. Minister, good morning to you.\n\nMinister for International Development and the Pacific: Well, the Pacific Islands Forum is the critical piece of regional architecture.\n\nPeter Stefanovic: Thank you.';
    assert.deepEqual(participantNames(text), ['Peter Stefanovic', 'Pat Conroy']);
  });

  it('dates the event by the lead’s weekday counted back from a `Published on` stamp, after a country of two words (`Pakistan and South Africa Thursday signed`), and keeps `earlier today` whole', () => {
    assert.deepEqual(date('Rwanda, Spain sign MOU\n\nPublished on 17.12.2020 at 11h21 by APA News\n\nRwandan Foreign Minister Vincent Biruta held talks on Wednesday with his Spanish counterpart Arancha Laya on bilateral relations.'), ['Wednesday', '2020-12-16']);
    assert.deepEqual(date(' date 2021-11-25 Pakistan and South Africa Thursday signed an agreement for the establishment of a Joint Commission in Pretoria.'), ['Thursday', '2021-11-25']);
    assert.deepEqual(date('Courtesy call\n\nAmbassador Mary Chege received US Ambassador Richard Mills earlier today at the Ministry in Nairobi for talks.'), ['earlier today', null]);
  });

  it('reads a numeric date with its weekday month first when only that reading falls on the weekday (`Thu, 07/09/2009` is 9 July, not 7 September), day first otherwise', () => {
    assert.deepEqual(date('Talks in Tokyo\n\nThu, 07/09/2009 - 22:51\n\nThe two envoys met in Tokyo and agreed to keep in close contact.')?.[1], '2009-07-09');
    assert.deepEqual(date('Talks in Tokyo\n\n07/09/2009\n\nThe two envoys met in Tokyo and agreed to keep in close contact.')?.[1], '2009-09-07');
  });
  it('dates the meeting by its own day, not the day a report of it came out (`the ministry said Thursday.` / `reached the agreement Wednesday as they met`), nor an earlier meeting’s date (`since their last meeting in Putrajaya on June 19, 2024`), nor a date to come (`Ministers Monday agreed to hold the upcoming Summit … on July 21`)', () => {
    const date = (text: string): [string | undefined, string | null | undefined] => {
      const d = annotate(text).meeting.date;
      return [d?.text, d?.iso];
    };
    const reported = ' date 2024-02-22 The foreign ministers of South Korea and Japan have agreed to continue cooperation during their talks in Brazil, Seoul\'s foreign ministry said Thursday.\n\nForeign Minister Cho Tae-yul and his Japanese counterpart, Yoko Kamikawa, reached the agreement Wednesday as they met one-on-one in Rio de Janeiro.';
    assert.deepEqual(date(reported), ['Wednesday', '2024-02-21']);
    const sameParagraph = ' date 2014-08-17 German Foreign Minister Frank-Walter Steinmeier said on Sunday after a meeting with his counterparts that they would possibly agree on Monday how to continue talks.\n\nA spokeswoman said he meant either Monday or Tuesday.';
    assert.deepEqual(date(sameParagraph), ['Sunday', '2014-08-17']);
    const earlier = ' date 2024-11-05 SHANGHAI, Nov 5 — Prime Minister Anwar Ibrahim held a bilateral meeting with his Chinese counterpart Li Qiang today, following-up on matters since their last meeting in Putrajaya on June 19, 2024.';
    assert.deepEqual(date(earlier), ['Nov 5', '2024-11-05']);
    const upcoming = ' date 2022-06-13 Summit scheduled for Asunción July 21\n\nMercosur Foreign Ministers Monday agreed to hold the upcoming Summit of the Group in Asunción on July 21.';
    assert.deepEqual(date(upcoming), ['Monday', '2022-06-13']);
  });
  it('takes no deadline for the event’s date (`a recess in the talks as of the end of Friday, 5 February`, `no later than 25 February`), but the dateline’s', () => {
    const d = annotate('GENEVA, 3 February 2016 - The Special Envoy for Syria, Mr. Staffan de Mistura, has announced a recess in the talks as of the end of Friday, 5 February. The talks are to resume no later than 25 February.').meeting.date;
    assert.deepEqual([d?.text, d?.iso], ['3 February 2016', '2016-02-03']);
  });
  it('takes the one official who speaks for the participant when no one else takes part (a spokesperson’s statement), and the one official named at a press conference', () => {
    const statement = 'China congratulates on agreement\n\nChina on Friday voiced support for an agreement reached between Pyongyang and Seoul at their high-level talks.\n\n"The positive progress adds festivity to the day," China\'s Foreign Ministry spokeswoman Hua Chunying said.';
    assert.deepEqual(participantNames(statement), ['Hua Chunying']);
    const briefing = 'Spokesperson\'s Press Briefing (May 15, 2018)\n\nSpokesperson and Deputy Minister for Public Relations Noh Kyu-duk\n\nGood afternoon. Let me start today\'s briefing. The government strongly protests the inclusion of unjust claims.';
    assert.deepEqual(participantNames(briefing), ['Noh Kyu-duk']);
  });
  it('reads a list of who took part (`Other participants included …`, `Also in attendance were …`) as participants', () => {
    const text = 'The meeting of the Council was held on 8 June 2017 in Astana. President of Kazakhstan Nursultan Nazarbayev and President of Russia Vladimir Putin attended the meeting.\n\nOther participants included President of Afghanistan Ashraf Ghani and Prime Minister of India Narendra Modi.\n\nAlso in attendance were Secretary-General of the United Nations Antonio Guterres and Deputy Secretary-General Amanzhol Zhankuliev.';
    assert.deepEqual(participantNames(text), ['Nursultan Nazarbayev', 'Vladimir Putin', 'Ashraf Ghani', 'Narendra Modi', 'Antonio Guterres', 'Amanzhol Zhankuliev']);
  });
  it('takes no place that opens an organization’s name (`the Shanghai Cooperation Organisation`) for the venue, but keeps one before its building (`at United Nations Headquarters`)', () => {
    const place = (text: string): string | undefined => annotate(text).meeting.place?.text;
    assert.equal(place('Press release on the Shanghai Cooperation Organisation Heads of State Council Meeting\n\nThe meeting of the Council was held on 8 June 2017 in Astana. President Vladimir Putin attended the meeting.'), 'Astana');
    assert.equal(place('Press Conference by Secretary-General António Guterres at United Nations Headquarters\n\nThe Secretary-General met the press.'), 'United Nations');
  });
  it('keeps those of the talks a spokesperson’s briefing reports on out of its participants (`Spokesperson Dina Mufti briefed journalists … Prime Minister Abiy Ahmed held talks with …`), and keeps them at a press conference of the talks themselves', () => {
    const names = participantNames;
    const briefing = 'Weekly press briefing\n\nSpokesperson Dina Mufti briefed journalists on Thursday. "Ethiopia remains committed to peace," he said.\n\nPrime Minister Abiy Ahmed held talks with President Recep Tayyip Erdogan in Ankara on Wednesday.';
    assert.deepEqual(names(briefing), ['Dina Mufti']);
    const talks = 'Joint press conference\n\nForeign Minister Sergei Lavrov held talks with Foreign Minister Jeyhun Bayramov in Moscow. Lavrov said the talks were useful.';
    assert.deepEqual(names(talks), ['Sergei Lavrov', 'Jeyhun Bayramov']);
  });
  it('reads dates written in French (`mercredi 27 août`, `28 février, 2024`, `le 17 mars 2017`), not a French month’s letters inside another word (`Marseille`)', () => {
    const dateOf = (text: string) => { const d = annotate(text).meeting.date; return d && [d.text, d.iso]; };
    assert.deepEqual(dateOf('Paris, mercredi 27 août. Le Président Bassirou Diomaye Faye a rencontré le Président Emmanuel Macron.'), ['mercredi 27 août', '--08-27']);
    assert.deepEqual(dateOf('28 février, 2024\n\nSecretary Antony Blinken met Foreign Secretary Alicia Bárcena.'), ['28 février, 2024', '2024-02-28']);
    assert.deepEqual(dateOf('Le 17 mars 2017, la chancelière Angela Merkel a rencontré le président Donald Trump.'), ['17 mars 2017', '2017-03-17']);
    assert.equal(dateOf('President Emmanuel Macron visited 5 Marseille streets.'), null);
  });
  it('takes no date or year from a file photo’s caption (`FILE PHOTO: … in Moscow, Russia May 26, 2018. REUTERS/…` over `TOKYO, May 7 (MENA) - …`), while a caption of the event itself still dates it', () => {
    const dateOf = (text: string) => { const d = annotate(text).meeting.date; return d && [d.text, d.iso]; };
    assert.deepEqual(dateOf('FILE PHOTO: Prime Minister Shinzo Abe attends a news conference with President Vladimir Putin at the Kremlin in Moscow, Russia May 26, 2018. REUTERS/Grigory Dukor\nTOKYO, May 7 (MENA) - Prime Minister Shinzo Abe agreed with President Donald Trump to seek denuclearization.'), ['May 7', '--05-07']);
    assert.deepEqual(dateOf('President Donald Trump greets Prime Minister Narendra Modi at their news conference in the Rose Garden, June 26, 2017. REUTERS/Kevin Lamarque\n\nPrime Minister Narendra Modi and President Donald Trump addressed reporters.'), ['June 26, 2017', '2017-06-26']);
  });
  it('reads an agency’s name and a date opening a line as the page’s date, from which the lead’s weekday counts back (`Xinhua, April 26, 2016 Adjust font size:` / `… demonstrated on Monday …`)', () => {
    const d = annotate('U.S., EU leaders agree on close coordination\n\nXinhua, April 26, 2016 Adjust font size:\n\nEU leaders and President Barack Obama demonstrated on Monday willingness to continue coordinating closely, Chancellor Angela Merkel said.').meeting.date;
    assert.deepEqual(d && [d.text, d.iso], ['Monday', '2016-04-25']);
  });
  it('reads a date line written in Russian, as Russian and Belarusian pages in English keep it (`17 июня 2022`), not a Russian month’s letters inside another word (`5 маяков`)', () => {
    const dateOf = (text: string) => { const d = annotate(text).meeting.date; return d && [d.text, d.iso]; };
    assert.deepEqual(dateOf('CSTO secretaries convene in Yerevan\n\n17 июня 2022\nThis was stated by Secretary Alexander Volfovich at the meeting of the Committee in Yerevan.'), ['17 июня 2022', '2022-06-17']);
    assert.equal(dateOf('Secretary Alexander Volfovich saw 5 маяков at the meeting.'), null);
  });
  it('counts the lead’s weekday back from the page’s stamp past a date of the meeting it follows up (`a follow-up on the one they had … on Feb. 16`)', () => {
    const text = ' date 2023-03-18 Argentina and Uruguay: Foreign Ministers agree on summit\n\nThe meeting was a follow-up on the one they had in Buenos Aires on Feb. 16\n\nForeign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina Friday agreed to hold a summit in April.';
    assert.deepEqual(date(text), ['Friday', '2023-03-17']);
  });
  it('dates by the lead’s weekday under a dateline with no year (`Quito, January 28 (RHC) -- … closed Wednesday’s meeting`), not by the day a report came out (`said Wednesday`); a year later in the text lets it count back', () => {
    assert.deepEqual(date('Quito, January 28 (RHC-teleSUR) -- President Rafael Correa closed Wednesday’s heads of state meeting of the summit with a call for unity.'), ['Wednesday', null]);
    assert.deepEqual(date('WASHINGTON, June 15 (Yonhap) -- South Korea and the United States will continue to hold talks, Foreign Minister Park Jin said Wednesday.'), ['June 15', '--06-15']);
    assert.deepEqual(date('Khartoum, 20 April (SUNA)- Sudan and Egypt on Thursday issued a joint communique at the end of the meeting.\n\nThe two ministers held talks in Khartoum on Thursday the 20th of April 2017.'), ['Thursday', '2017-04-20']);
  });
  it('reads a dateline after the time of posting with its country in brackets (`08:38 | San Francisco (U.S.), Nov. 15.`), so that the lead’s `on Tuesday` dates the meeting', () => {
    const text = 'FA Ministers of Peru and Chile meet in U.S.\n\n08:38 | San Francisco (U.S.), Nov. 15.\n\nForeign Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on Tuesday, before the APEC meeting of 2023.';
    // (no year in the text: the day as written)
    assert.deepEqual(date(text), ['Tuesday', null]);
  });
  it('reads a date written year first with dots or slashes (`2022.8.25`, `2019/06/30`), not a version number or a longer run of numbers', () => {
    assert.deepEqual(date('President’s News - 2022.8.25\n\nPresident Pedro Sánchez met President Guillermo Lasso in Quito.'), ['2022.8.25', '2022-08-25']);
    assert.deepEqual(date('2019/06/30\n\nPresident Moon Jae-in met President Donald Trump in Seoul.'), ['2019/06/30', '2019-06-30']);
    assert.equal(date('Version 2019.13.40.2 of the app was released. President Moon Jae-in met the press.'), null);
  });
  it('takes no weekday, time, agency, page label or source’s tag of a date line for the place, but the place after a tag (`Wed | Oct 2, 2024`, `Tue 10th November 2020 | 10:00 PM`, `Published: Sunday | July 17, 2016`, `PM EST`, `Xinhua`)', () => {
    const place = (text: string): string | null => annotate(text).meeting.place?.text ?? null;
    assert.equal(place('Wed | Oct 2, 2024\n\nPrime Minister Keith Rowley met Prime Minister Andrew Holness.'), null);
    assert.equal(place('Tue 10th November 2020 | 10:00 PM\n\nMinister Ana Costa met Minister Jan Holm.'), null);
    assert.equal(place('Published: Sunday | July 17, 2016 | 12:00 AM\n\nMinister Ana Costa met Minister Jan Holm.'), null);
    assert.equal(place('Updated: 2019-10-09 14:02 GMT\n\nPremier Li Keqiang met Prime Minister Manasseh Sogavare in Beijing on Wednesday.'), 'Beijing');
    // (nor a time zone, an agency or a word of the page: `January 8, 2022 10:05 PM EST`, `Xinhua | 2025-09-02`, `By …`)
    assert.equal(place('January 8, 2022 10:05 PM EST\n\nSecretary Antony Blinken spoke with High Representative Josep Borrell.'), null);
    assert.equal(place('Xinhua | 2025-09-02\n\nPresident Xi Jinping met President Ukhnaa Khurelsukh in Beijing on Tuesday.'), 'Beijing');
    // (a source's tag is passed over for the place after it, one the place lexicon does not know: `MEDIA NOTE | Zhodino, …`)
    assert.equal(place('MEDIA NOTE | Zhodino, February 25, 2016\n\nForeign Minister Sergey Lavrov met Foreign Minister Vladimir Makei.'), 'Zhodino');
    assert.equal(place('F.P. Report | February 25, 2016\n\nForeign Minister Sergey Lavrov met Foreign Minister Vladimir Makei.'), null);
  });
  it('takes no people’s name for the place (`in the Fijian capital city of Suva` is Suva, `in South Korean southern resort island of Jeju` Jeju)', () => {
    const place = (text: string): string | null => annotate(text).meeting.place?.text ?? null;
    assert.equal(place('Prime Minister Fiame Naomi Mataafa met Prime Minister Frank Bainimarama in the Fijian capital city of Suva on Tuesday.'), 'Suva');
    assert.equal(place('The ministerial meeting of Minister Chung Dong-young and Minister Kwon Ho-ung concluded on Friday in South Korean southern resort island of Jeju.'), 'Jeju');
    assert.equal(place('President Abdel Fattah al-Sisi met King Abdullah II in Saudi talks on the war.'), null);
  });
  it('gives a telephone conversation no venue from a topic (`discussed the situation in Ukraine`), and reads no call in `a courtesy call on`, `we call on Russia to`, `calls for restraint`', () => {
    const call = annotate('Finnish Foreign Minister Pekka Haavisto and Russian Foreign Minister Sergey Lavrov held a telephone conversation on Wednesday. The ministers discussed the situation in Ukraine.');
    assert.equal(call.meeting.kind, 'telephone conversation');
    assert.equal(call.meeting.place, null);
    const courtesy = annotate('The Foreign Secretary of India, Dr. Subrahmanyam Jaishankar, paid a courtesy call on the Prime Minister, Mr Pravind Jugnauth, on 25 March 2017 in Port Louis.');
    assert.notEqual(courtesy.meeting.kind, 'telephone conversation');
    assert.notEqual(annotate('Secretary General Jens Stoltenberg welcomed Prime Minister Erna Solberg to NATO. So we call on Russia to stop it.').meeting.kind, 'telephone conversation');
  });
  it('names at a press conference only those at it: not whom the speaker met before (`… I intend to visit the United States … talks with Secretary Pompeo`), nor someone quoted in a reporter’s question', () => {
    const text = [
      'Extraordinary Press Conference by Foreign Minister MOTEGI Toshimitsu',
      'Reporter: It is possible that Secretary Pompeo may be attending hearings and would be unable to hold talks with you. Philippine President Marcos said yesterday that the Philippines will never be intimidated.',
      'Minister MOTEGI: I will arrange my schedule. We will exert every effort to protect Japanese nationals.',
    ].join('\n\n');
    const a = annotate(text);
    assert.equal(a.meeting.kind, 'press conference');
    assert.ok(a.officials.some((o) => o.name === 'Marcos') && a.officials.some((o) => o.name === 'Pompeo'));
    assert.deepEqual(participantNames(text), ['MOTEGI Toshimitsu']);
  });
  it('reads a lone line of an official’s name and a colon as their turn to the end (`NATO Secretary General Jens Stoltenberg:`), with whom its next line addresses, but not a heading ending in a colon', () => {
    const text = 'Statements\nby NATO Secretary General Jens Stoltenberg and the Prime Minister of Estonia, Kaja Kallas\n(As delivered)\nNATO Secretary General Jens Stoltenberg:\nPrime Minister Kallas,\nKaja,\nWelcome, it is great to see you here at NATO.\nWe will continue to support Estonia.';
    const a = annotate(text);
    assert.deepEqual(participantNames(text), ['Jens Stoltenberg', 'Kaja Kallas']);
    assert.deepEqual(a.turns.map((t) => [nameOf(a, t.speaker), t.items.length]), [['Jens Stoltenberg', 1]]);
    const heading = 'Talks in Tallinn\n\nKey points of the talks:\n\nPrime Minister Kaja Kallas met Secretary General Jens Stoltenberg. We will continue to support Estonia.';
    assert.deepEqual(annotate(heading).turns.map((t) => t.speaker), [null]);
  });
  it('reads `phoned` and `telephoned` as a call: both sides take part (`President López Obrador phoned the Prime Minister of Canada, Justin Trudeau to congratulate him`)', () => {
    const a = annotate('Mexico City — On Thursday, President Andrés Manuel López Obrador phoned the Prime Minister of Canada, Justin Trudeau to congratulate him on his electoral victory.');
    assert.equal(a.meeting.kind, 'telephone conversation');
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Andrés Manuel López Obrador', 'Justin Trudeau']);
  });
  it('skips a page’s skip link (`Press "Enter" to skip to content`, `Skip to main content`) as debris, not the title', () => {
    const title = (text: string): string | null => annotate(text).meeting.title;
    assert.equal(title('Press "Enter" to skip to content\n\nMexico’s President calls to congratulate Canada’s Justin Trudeau\n\nPresident Andrés Manuel López Obrador phoned Prime Minister Justin Trudeau.'), 'Mexico’s President calls to congratulate Canada’s Justin Trudeau');
    assert.equal(title('Skip to main content\nForeign Minister meets counterpart in Lima\nForeign Minister Ricardo Luna met Foreign Minister Heraldo Muñoz.'), 'Foreign Minister meets counterpart in Lima');
  });
  it('skips a link to another story (`Also Read:The Double Mask of Volodymyr Zelenskyy`, `Read more: …`) as debris: its names are no officials, and `he` after it is the speaker before it', () => {
    const text = 'Defence Minister Andrei Belousov met Dong Jun in Moscow.\nAlso Read:The Double Mask of Volodymyr Zelenskyy\nHe also noted the strong relationship between Russia and China. “The trust between our leaders is essential,” he added.\nRead more: Prime Minister Keir Starmer visits Kyiv';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Andrei Belousov', 'Dong Jun']);
    assert.deepEqual(quotePairs(a).map(([, s]) => s), ['Andrei Belousov']);
  });
  it('reads the head of state greetings are passed to as the host, not the sender named just before (`conveyed the greetings … of the President of the Russian Federation, Vladimir Putin, to the head of state`), who is no participant', () => {
    const text = 'President Shavkat Mirziyoyev received Russian Foreign Minister Sergei Lavrov.\n\nAt the beginning of the meeting, the high-ranking guest conveyed the greetings and best wishes of the President of the Russian Federation, Vladimir Putin, to the head of state.';
    const a = annotate(text);
    assert.deepEqual(a.meeting.participants.map((id) => a.officials.find((o) => o.id === id)?.name), ['Shavkat Mirziyoyev', 'Sergei Lavrov']);
    assert.deepEqual(official(a, 'Vladimir Putin').mentions.map((m) => text.slice(m.start, m.end)), ['the President of the Russian Federation', 'Vladimir Putin']);
  });
});
