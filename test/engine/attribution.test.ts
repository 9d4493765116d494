// Who said each quote (guide §3): every cue, and null when there is none.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { nameOf, quotePairs } from './helpers';

const speakers = (text: string): (string | null)[] => quotePairs(annotate(text)).map(([, s]) => s);

describe('attribution', () => {
  it('gives `“…,” it added` the royal court or the palace that spoke before it (`…, said the Royal Court.`)', () => {
    const text = 'Sultan to visit Iran\n\nThe visit to Iran stems from the fruitful relations between the two countries, said the Royal Court.\n\n“The visit comes within the context of continuous consultation between the two leaderships,” it added.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, speaker]) => speaker), ['the Royal Court']);
  });

  it('reads the name after `told` as the listener, not the speaker (`Faisal said that “…” and told Kerry, “…”`)', () => {
    const text = 'Talks in Riyadh\n\nU.S. Secretary of State John Kerry met Saudi Foreign Minister Prince Saud al-Faisal. In comments to the media, Faisal said that “historic relations between the two countries have always been based on independence” and told Kerry, “A true relationship between friends is based on sincerity.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, speaker]) => speaker), ['Saud al-Faisal', 'Saud al-Faisal']);
  });

  it('gives a quote-only paragraph the subject of a one-sentence paragraph that sets the scene by taking up a matter (`Peters addressed visa pleas by local media.` / `"We have heard you."`), not of a longer paragraph', () => {
    const text = 'Foreign Minister Winston Peters signed the agreement in Apia.\n\nAfter the signing, Peters addressed visa-free travel pleas by local media.\n\n"We have heard you. It is under consideration, and we will give you an answer."\n\nPrime Minister Ana Costa hosted a lunch. The guests toured the harbour.\n\n"The harbour is the heart of the city and its future."';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => a.officials.find((o) => o.id === q.speaker)?.name ?? null), ['Winston Peters', null]);
  });

  it('gives a quote after a bare participle of saying (`Adding; “…”`, `Continuing: “…”`) the speaker of the previous paragraph’s last quote, and none without one', () => {
    const text = '“Our two countries share one of the longest borders in the region,” President Ana Costa stated.\n\nAdding; “Our people continue to enjoy good relations, which focus on preserving peace.”\n\nThe ministers met in Maputo.\n\nContinuing: “The talks went on for a long time and were very useful.”';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => a.officials.find((o) => o.id === q.speaker)?.name ?? null), ['Ana Costa', 'Ana Costa', null]);
  });

  it('gives quoted fragments inside a sentence to the source that closes it (`…, said QNA.`, `…, the Qatari news agency added.`)', () => {
    const text = 'Leaders talk\n\nIn the call, Sheikh Tamim and Mohammed bin Salman "stressed the need to resolve this crisis" through dialogue "to ensure the unity and stability" of the GCC, said QNA.\n\n'
      + 'The emir welcomed a proposal to resolve the dispute "in a way that does not affect the sovereignty of states", the Qatari news agency added.\n\n'
      + 'Talks focused on "a negotiated end to the dispute between the four states" and on trade, Qatar’s news agency added.\n\n'
      + 'Lavrov described "a frank exchange of views on every issue we have" and then left for Minsk, where he met the President.';
    assert.deepEqual(speakers(text), ['QNA', 'QNA', 'the Qatari news agency', 'Qatar’s news agency', null]);
  });
  it('gives a quote closed by `the press service of <an official> notes` to the press service, not the official', () => {
    const text = 'Japarov visits Moscow\n\nPresident Sadyr Japarov arrived in Moscow. «The invitation was gratefully accepted,» the press service of the President of the Kyrgyz Republic notes.\n\n«The talks went well,» the press service of the head of the Kyrgyz Republic reports.';
    assert.deepEqual(speakers(text), ['the press service of the President of the Kyrgyz Republic', 'the press service of the head of the Kyrgyz Republic']);
  });
  it('reads a reporting verb after the quote, with the subject before or after it', () => {
    const text = 'Prime Minister Rosa Lind met President Ivan Petrov.\n\n“We will double our trade by 2030,” Rosa Lind said. “Our ministers have a plan for it,” said Ivan Petrov.';
    assert.deepEqual(speakers(text), ['Rosa Lind', 'Ivan Petrov']);
  });

  it('reads a reporting verb before the quote: `X stressed:` and `X said, “`', () => {
    const text = 'President Ivan Petrov stressed: “We are ready to work on this together.” Later, Foreign Minister Ana Costa said, “Our position has not changed at all.”';
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Ana Costa']);
  });

  it('resolves a role noun, a demonym role and a pronoun subject', () => {
    const text = [
      'Belarusian President Aleksandr Lukashenko met Chinese Foreign Minister Wang Yi.',
      '“Our countries are close partners,” the President said.',
      '“We trust each other completely,” the Belarusian head of state added.',
      'Wang Yi thanked the President for the meeting. “China values this friendship very much,” he said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Aleksandr Lukashenko', 'Aleksandr Lukashenko', 'Wang Yi']);
  });

  it('attributes a quote ending in a comma to the subject that closes its sentence, whatever the verb', () => {
    const text = [
      'President Ivan Petrov met Foreign Minister Ana Costa.',
      '“I bring you greetings from the capital,” Ivan Petrov laughed. “The weather there is fine.”',
      '“We will overcome these problems,” the President was convinced.',
      'The delegations then left. “There is nothing like this in our long history,” and the talks went on.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Ivan Petrov', 'Ivan Petrov', null]);
  });

  it('reads a lower-case title as a role reference: `the Chilean minister of foreign affairs started by saying:`', () => {
    const text = 'President Ivan Petrov met Chilean Minister of Foreign Affairs Ana Costa. Since Ivan Petrov had just spoken to the Prime Minister, the Chilean minister of foreign affairs started by saying: “I bring no greetings today.”';
    assert.deepEqual(speakers(text), ['Ana Costa']);
  });

  it('reads a cue whose setting stands between its verb and the quote, after an apposition (`X, the first vice-minister of culture, said at the meeting, “…”`)', () => {
    assert.deepEqual(speakers('Jan Holm, the first vice-minister of culture, said at the meeting, “More multilateral cooperation should be developed.”'), ['Jan Holm']);
  });

  it('reads `the SG` as the Secretary General named before (`…,” said the SG.` after `EAC Secretary General, Amb. Liberat Mfumukeko`)', () => {
    assert.deepEqual(speakers('Amb. Donald Wright presented his letters of credence to EAC Secretary General, Amb. Liberat Mfumukeko, in Arusha.\n\n“At EAC, we are trying to improve livelihoods,” said the SG.'), ['Liberat Mfumukeko']);
  });

  it('reads `informed` as a verb of saying in an inverted cue (`“…,” informed press advisor Thapa.`)', () => {
    assert.deepEqual(speakers('Prime Minister KP Sharma Oli met the RAW chief, confirms press advisor Surya Thapa.\n\n"The PM and RAW chief held talks on resolving the issues between the two nations," informed press advisor Thapa.'), ['Surya Thapa']);
  });

  it('reads a leader’s office as a body that speaks, and `it said` as that office (`…,” Singh’s office said …` / `… a “cordial and warm atmosphere,” it said`)', () => {
    assert.deepEqual(speakers('Defence Minister Rajnath Singh met Amir Hatami in Tehran.\n\n"Both the Defence Ministers discussed ways to take forward bilateral cooperation," Singh\'s office said in a separate tweet.\n\nThe meeting took place in a "cordial and warm atmosphere," it said.'), ["Singh's office", "Singh's office"]);
  });

  it('reads `maintained` and `asserted` as verbs of saying (`He maintained that …` / `"I do believe …"`, `“…,” he asserted.`)', () => {
    assert.deepEqual(speakers('President Umaro Sissoco Embalo spoke at the ceremony.\n\nHe maintained that his government had done a good job with tourism and trade.\n\n"I do believe that there is a lot to mutually benefit within our countries."\n\nForeign Minister Jan Holm met him later. “Attacks on medical facilities are unacceptable,” Holm asserted.'), ['Umaro Sissoco Embalo', 'Jan Holm']);
  });

  it('continues an attributed quote in the same paragraph', () => {
    const text = 'President Ivan Petrov met the delegation. “We must protect our borders together,” the President stressed. “There is no other way for us to proceed.”';
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Ivan Petrov']);
  });

  it('gives a quote-only paragraph the speaker its previous paragraph introduced', () => {
    const text = 'Governor Ana Costa met the investors. In turn, the investors’ representative Paul Mayer noted:\n\n“We are planning to open three new plants in the region next year.”';
    assert.deepEqual(speakers(text), ['Paul Mayer']);
  });

  it('gives a quote after a lead-in that names no one the speaker of the previous paragraph’s quote', () => {
    const text = 'President Ivan Petrov met Governor Ana Costa in Lviv.\n\nThe President recalled his first visit. “The old town was overwhelming,” he said.\n\nThings look different now: “You have made the city younger.”';
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Ivan Petrov']);
    // a lead-in that names someone else is that person's cue, not a continuation
    const other = 'President Ivan Petrov met Governor Ana Costa in Lviv.\n\nThe President recalled his first visit. “The old town was overwhelming,” he said.\n\nGovernor Ana Costa had news: “We rebuilt the bridge.”';
    assert.deepEqual(speakers(other), ['Ivan Petrov', 'Ana Costa']);
  });

  it('gives a quote introduced by `According to X, …:` to X, and `the head of state` to the host, not the guest the headline meets', () => {
    const according = 'President Ivan Petrov received eleven ambassadors.\n\nAccording to the President, the ambassadors are starting in a difficult period: “Today a new structure of international relations is emerging.”';
    assert.deepEqual(speakers(according), ['Ivan Petrov']);
    const guest = 'Meeting with Russian President Omar Haddad\n\nThe nation will be glad to learn about an official visit of President of Russia Omar Haddad to Belarus. Belarus President Ivan Petrov made the statement at a meeting.\n\n“It means more friends for us all,” the head of state said.';
    assert.deepEqual(speakers(guest), ['Ivan Petrov']);
  });

  it('gives a message’s words to the official who sent it', () => {
    const text = 'President Ivan Petrov has sent birthday greetings to Omar Haddad.\n\nThe head of state sent a telegram to the former prime minister the day before. Former Prime Minister Omar Haddad addressed the warmest wishes to the nation.\n\n“Your name is linked with the great transformations of your country,” the message of greetings reads.';
    assert.deepEqual(speakers(text), ['Ivan Petrov']);
    // no sender in the text: no guess
    assert.deepEqual(speakers('The talks were long.\n\n“We will not forget this day,” the letter says.'), [null]);
  });

  it('names a body as the text does', () => {
    const text = 'Foreign Minister Ana Costa received the Chinese delegation. “We are willing to deepen practical cooperation in every field,” the Chinese side said.';
    const a = annotate(text);
    assert.equal(a.quotes[0].speaker, null);
    assert.equal(a.quotes[0].speakerText, 'the Chinese side');
  });

  it('leaves a quote with no cue unattributed rather than guessing', () => {
    const text = 'President Ivan Petrov met Governor Ana Costa on Monday.\n\nThe talks lasted two hours.\n\n“The region needs new roads and new schools for its children.”';
    const a = annotate(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, null);
    assert.equal(a.quotes[0].cue, null);
  });

  it('attributes transcript turns by their labels, which are turns and not quotes', () => {
    const text = [
      'Remarks before the meeting',
      'SECRETARY BLINKEN: Thank you very much. We will keep working with our partners on this.',
      'FOREIGN MINISTER ASHKENAZI: We are ready to expand the relationship.',
      'Antony J. Blinken, Secretary of State: One more word on Gaza.',
    ].join('\n\n');
    const a = annotate(text);
    assert.equal(a.quotes.length, 0);
    assert.deepEqual(a.turns.map((t) => nameOf(a, t.speaker)), ['Antony J. Blinken', 'Ashkenazi', 'Antony J. Blinken']);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [
      ['We will keep working with our partners on this', 'Antony J. Blinken'],
      ['We are ready to expand the relationship', 'Ashkenazi'],
    ]);
  });

  it('reads an image credit line (`Image: William Ruto/X`) as no speaker label and names no one `Image`', () => {
    const text = 'President William Ruto held talks with Barack Obama.\n\nImage: William Ruto/X\n\nPresident Ruto said the talks centred on climate change.';
    const a = annotate(text);
    assert.deepEqual(a.turns.map((t) => nameOf(a, t.speaker)), ['William Ruto']);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Barack Obama', 'William Ruto']);
  });

  it('reads the speaker after a verb and titles (`…," said Foreign Secretary Ebrard`) and the one an outlet quotes (`…," IRNA quoted him as saying`)', () => {
    const text = 'Foreign Secretary Marcelo Ebrard met Foreign Minister Mohammad Javad Zarif.\n\n“We share strategic goals on both sides of the border," said Foreign Secretary Ebrard,  emphasizing the results.\n\nThe minister said Iran intends to develop its relationship with Mexico.\n\n"We are willing to foster economic collaboration with Mexico," IRNA quoted him as saying.';
    assert.deepEqual(quotePairs(annotate(text)), [
      ['We share strategic goals on both sides of the border,', 'Marcelo Ebrard'],
      ['We are willing to foster economic collaboration with Mexico,', 'Mohammad Javad Zarif'],
    ]);
  });
  it('reads the subject after `In his turn` or `In turn` written without a comma (`In his turn the Georgian defense minister thanked for the reception and said: “…”`)', () => {
    const text = 'Prime Minister of Armenia Nikol Pashinyan received Minister of Defense of Georgia Juansher Burchuladze. In his turn the Georgian defense minister thanked for the reception and said: “It’s a great honor for me to meet you.” In turn Prime Minister Pashinyan thanked the guest and said: “We are friends.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Juansher Burchuladze', 'Nikol Pashinyan']);
  });
  it('gives a quote after a verb coordinated with a cue (`…,” Kumoch said and added, “…”`, `…,” said Vučić and added: “…”`) to that cue’s speaker, not to the first party the sentence names inside the quote before', () => {
    const text = 'Presidential aide Jakub Kumoch met them. "Ukraine can count on Polish support if it is threatened," Kumoch said and added, "All aggression against Ukraine will be met." "Serbia is interested in buying part of the gas," said President Aleksandar Vučić and added: "I know that there are people who want it."';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Jakub Kumoch', 'Jakub Kumoch', 'Aleksandar Vučić', 'Aleksandar Vučić']);
  });
  it('gives a quote after `quoted X, …, as saying,` to the one quoted, not to the document or outlet that quotes them', () => {
    const text = 'EU trade ministers met in Brussels. The European statement quoted Lars Løkke Rasmussen, the Danish Foreign Minister, who chaired the meeting, as saying, "Today’s discussions reaffirmed the shared commitment of the EU and the US."\n\nXinhua cited President Xi Jinping as saying: “China will open its door wider.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Lars Løkke Rasmussen', 'Xi Jinping']);
  });

  it('gives a quote-only paragraph to the subject of a reporting verb without `that` ending the paragraph before (`She said going forward, they would …`), not to one who acted', () => {
    const text = 'Foreign Minister Shirley Botchwey met Foreign Minister Nikos Dendias.\n\nShe said going forward, they would also be looking at how to sign some agreements on trade.\n\n“We want to see your business people use Ghana as a stepping stone into the continent.”\n\nDendias visited the port of Tema on Friday.\n\n“Our shipping companies will find a home in this port for many years.”';
    assert.deepEqual(quotePairs(annotate(text)), [
      ['We want to see your business people use Ghana as a stepping stone into the continent.', 'Shirley Botchwey'],
      ['Our shipping companies will find a home in this port for many years.', null],
    ]);
  });

  it('gives a quote-only paragraph to the official of a one-sentence paragraph before it who reflected on, spoke about or made this assertion (`The Barbadian Prime Minister reflected on the friendship …`), still not to one who acted', () => {
    const text = 'President Irfaan Ali reaffirmed Guyana’s commitment to regional integration.\n\nThe Head of State made this assertion as he welcomed the Prime Minister of Barbados, Mia Mottley, to State House.\n\n“We admire greatly your leadership.”\n\nThe Barbadian Prime Minister reflected on the friendship shared with the Guyanese Head of State.\n\n“For me, it is significant that my first trip is to Guyana.”\n\nMottley visited the port on Friday.\n\n“Our ships will find a home here.”';
    assert.deepEqual(quotePairs(annotate(text)), [
      ['We admire greatly your leadership.', 'Irfaan Ali'],
      ['For me, it is significant that my first trip is to Guyana.', 'Mia Mottley'],
      ['Our ships will find a home here.', null],
    ]);
  });

  it('reads the cue that ends a paragraph after its quote (`“… and I asked him about …,” he said.`), not a verb inside that quote, for a quote-only paragraph after it', () => {
    const text = 'Taoiseach Enda Kenny spoke with Donald Trump.\n\n“He was looking forward to doing business with Ireland and I asked him specifically about Patrick’s Day,” he said.\n\n“And I confirmed to him that we would work very closely with the administration.\n\n“And obviously we’d have a lot of discussion about the details.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, speaker]) => speaker), ['Enda Kenny', 'Enda Kenny', 'Enda Kenny']);
  });

  it('reads cues of news items on a readout: `…” read a statement released by the Kremlin`, `…," it said` after `the MEA said`, and one named with offices who `quoted H.E. X as saying`', () => {
    const text = [
      'Russian President Vladimir Putin and US President Donald Trump have held a phone call.',
      '“The Presidents have spoken in favor of establishing a real coordination of actions,” read a statement released by the Kremlin on Saturday.',
      'External Affairs Minister S Jaishankar spoke to Secretary of State Antony Blinken, the MEA said in a statement.',
      '"The external affairs minister warmly congratulated Secretary Blinken on his appointment," it said.',
      'Secretary-General of ASEAN Lim Jock Hoi met Prime Minister Hun Sen.',
      '“We support Cambodia’s chairmanship of ASEAN and will work closely with it,” H.E. Kao Kim Hourn, Minister Attached to the Prime Minister, quoted H.E. Dato Lim Jock Hoi as saying.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['the Kremlin', 'the MEA', 'Lim Jock Hoi']);
  });

  it('gives `“…,” she said` after `X asked Minister Y about …` to the official asked, who answers', () => {
    const text = 'Foreign Minister Ana Costa met her counterpart Helen Bishop in Perth.\n\nRadio Pacifica asked Minister Bishop about visas for students.\n\n“Our laws apply to every country alike,” she said.';
    assert.deepEqual(quotePairs(annotate(text)), [['Our laws apply to every country alike,', 'Helen Bishop']]);
  });

  it('gives `“…,” the report said` to the body that issued the report: `This was reported by the press service of the President`', () => {
    const text = 'President Ivan Petrov received Foreign Minister Omar Haddad. This was reported by the press service of the President.\n\nThe parties discussed trade.\n\nThe guest conveyed greetings.\n\n“It was noted with satisfaction that trade is growing,” the report said.';
    assert.deepEqual(quotePairs(annotate(text)), [['It was noted with satisfaction that trade is growing,', 'the press service of the President']]);
    const kremlin = 'Ivan Petrov held a telephone conversation with Omar Haddad.\n\n“They discussed trade and energy links,” the Kremlin press service stated.\n\n“The goal is to settle the conflict,” the report says.';
    assert.deepEqual(quotePairs(annotate(kremlin)).map(([, who]) => who), ['the Kremlin press service', 'the Kremlin press service']);
    // with no body named before, the report itself speaks, as the text names it (the golds: 4 of 4)
    assert.deepEqual(quotePairs(annotate('Ivan Petrov met Omar Haddad.\n\n“Trade between our countries is growing,” the report said.')), [['Trade between our countries is growing,', 'the report']]);
  });

  it('names a joint statement or communiqué as the text does (`said the joint statement`, `the joint communique said`, no accent), and unnamed sources as a body (`“…,” the sources said`)', () => {
    const who = (tail: string): (string | null)[] => speakers(`The two sides adopted a joint statement in Jeju.\n\n“We share an understanding that it must be implemented soon,” ${tail}`);
    assert.deepEqual(who('said the joint statement.'), ['the joint statement']);
    assert.deepEqual(who('the joint statement said.'), ['the joint statement']);
    assert.deepEqual(who('the communique said.'), ['the communique']);
    assert.deepEqual(who('the sources said.'), ['the sources']);
  });

  it('gives `“…,” it added` to a body named after its verb in the sentence before (`…, said the Egyptian presidency in a statement.`)', () => {
    const text = 'CAIRO, Dec 24 – President Abdel-Fattah al-Sisi received a phone call from President Ebrahim Raisi yesterday, when they discussed ties between the two countries, said the Egyptian presidency in a statement.\n\n“The two presidents followed up on discussions to address the outstanding issues,” it added.';
    assert.deepEqual(speakers(text), ['the Egyptian presidency']);
  });

  it('gives `“…,” the statement reads` to the body whose statement spoke before (`“…,” a White House statement reads.`)', () => {
    const text = 'President Joe Biden greeted Prime Minister Anthony Albanese at the White House.\n\n“We urge regional de-escalation,” a White House statement reads.\n\n“Together, the United States and Australia are delivering humanitarian assistance,” the statement reads.';
    // (the body that issued the statement, named before its noun, speaks: `a White House statement` is the White House's)
    assert.deepEqual(speakers(text), ['White House', 'White House']);
  });

  it('gives `“…,” she said` to the woman the text marks as one, before an official whose gender it never tells', () => {
    const text = 'During the meeting, President Ivan Petrov and Secretary Omar Haddad discussed trade, according to a statement issued by Spokeswoman Ana Costa.\n\n“Also discussed was the region’s security and the climate,” she said.';
    assert.deepEqual(quotePairs(annotate(text)), [['Also discussed was the region’s security and the climate,', 'Ana Costa']]);
    // `he` keeps the subject
    const he = 'During the meeting, President Ivan Petrov and Mr. Omar Haddad discussed trade.\n\n“We discussed the region’s security and the climate,” he said.';
    assert.deepEqual(quotePairs(annotate(he)), [['We discussed the region’s security and the climate,', 'Ivan Petrov']]);
  });

  it('carries a quotation running over paragraphs past a photo caption and a credit, and reads `“…,” Downing Street said`', () => {
    const text = [
      'President Ivan Petrov held a call with Prime Minister Omar Haddad.',
      'A government spokesman said: “The Prime Minister spoke to President Petrov on Sunday.',
      '“They discussed trade and the economy.',
      'MORE ON THE RELATIONSHIP:',
      'The Prime Minister also praised Petrov for his role in the ceasefire',
      'REUTERS',
      '“The President welcomed the release of the hostages.',
      '“The two leaders stressed the importance of their close and warm ties.',
      '‘The two leaders stressed the importance of their close and warm ties,’ Downing Street said',
      'DOWNING STREET',
      '“They agreed to meet soon and looked forward to further talks.”',
    ].join('\n');
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), [
      'a government spokesman', 'a government spokesman', 'a government spokesman', 'a government spokesman', 'Downing Street', 'a government spokesman',
    ]);
  });

  it('gives a partial quotation ending a reported clause to the reporter: `X said Y had “…”`, `X said A and B must “…”`, `X tweeted that …`', () => {
    const text = 'President Ivan Petrov, who yesterday said Haddad had “done a very good job” so far, hailed the talks with Prime Minister Omar Haddad.';
    assert.deepEqual(quotePairs(annotate(text)), [['done a very good job', 'Ivan Petrov']]);
    assert.deepEqual(quotePairs(annotate('Foreign Minister Ana Costa said Germany and France must "set the pace for the European Union in these difficult times".')),
      [['set the pace for the European Union in these difficult times', 'Ana Costa']]);
    assert.deepEqual(quotePairs(annotate('Minister Ivan Petrov tweeted that work to resolve the differences “begins as soon as we can next week”.')),
      [['begins as soon as we can next week', 'Ivan Petrov']]);
  });

  it('reads a source after the quote (`“…,” according to a statement from the Ministry`), `added the statement`, and `the Saudi crown prince added`', () => {
    const text = 'Foreign Minister Ana Costa met Minister Tanja Fajon, with whom she “agreed to deepen trade and investment links,” according to a statement from the Ministry of Foreign Affairs.\n\n“Both highlighted the importance of the relationship between the two countries,” added the statement.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['the Ministry of Foreign Affairs', 'the Ministry']);
    const prince = 'Crown Prince Mohammed bin Salman called President Ivan Petrov.\n\n“I am sure that relations between our countries will develop,” the Saudi crown prince added.';
    assert.deepEqual(quotePairs(annotate(prince)).map(([, who]) => who), ['Mohammed bin Salman']);
  });

  it('reads a foreign ministry by its acronym as a body that speaks: `“…,” the DFA said`', () => {
    const text = 'Secretary Enrique Manalo met Ambassador Victoria Nuland.\n\n“The two officials underscored the importance of the alliance,” the DFA said.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['the DFA']);
  });

  it('gives `…,” it said` to the body that spoke last: `the ministry said in a release`', () => {
    const text = 'Foreign Minister Ana Costa met Foreign Minister Ivan Petrov in Rio.\n\n“The two ministers condemned the recent provocations,” the ministry said in a release.\n\nThey “agreed to continue efforts to bring peace to the region,” it said.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['the ministry', 'the ministry']);
  });

  it('reads a trailing cue whose name follows its body and title: `…,” Foreign Ministry spokesman X announced`', () => {
    const text = 'Foreign Minister Ivan Petrov met Foreign Minister Ana Costa in New York.\n\n“The ministers discussed the chairmanship and the situation in Europe,” Foreign Ministry spokesman Jan Holm announced on social media.';
    assert.deepEqual(speakers(text), ['Jan Holm']);
  });

  it('takes `the President` for a host titled Head of State, not a president named only paragraphs later', () => {
    const text = [
      'Head of State Ivan Petrov has received Foreign Minister Li Wen.',
      'The President named China a recognized leader of the global economy.',
      '“Our relations look to the future,” the President said.',
      'The Chinese Minister conveyed the best wishes of China’s President Omar Haddad.',
      '“We value this partnership,” the Head of State said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Ivan Petrov']);
  });

  it('gives a quote after a verb that names or judges (`hailed X as a “…”`) to that verb’s subject, and reads `For his part, X` as X’s', () => {
    const text = [
      'Foreign Minister Omar Haddad met Foreign Minister Ivan Petrov in Rabat.',
      'Omar Haddad said that relations have never been stronger.',
      'For his part, Petrov stressed that coordination has been greatly enhanced.',
      'He hailed the kingdom as a “friendly country, important partner and essential actor in the region.”',
      'Haddad described the talks as “open, frank and useful for both of our nations”.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Ivan Petrov', 'Omar Haddad']);
  });

  it('gives a quote in a sentence that names its source first (`As reported by X in a press release, …`) to that source', () => {
    const text = 'Foreign Minister Ana Costa received High Representative Jan Holm in Madrid. As reported by the Ministry in a press release, both agreed on the need to strengthen ties with these “two strategic regions for our foreign policy”. According to Jan Holm, the union must act on “the opportunity provided by the new agenda for the south”.';
    assert.deepEqual(speakers(text), ['the Ministry', 'Jan Holm']);
  });

  it('gives a quote after a coordinated `and said` the sentence’s subject, and `…,” X said, adding: “…”` to X', () => {
    const text = [
      'Foreign Minister Omar Haddad met Secretary of State Jan Holm in Amman.',
      'Haddad welcomed his American counterpart and said the visit comes at an important time and “allowed us to have an in-depth dialogue on regional issues”.',
      '“We held productive talks. Our economic, trade, defense and security cooperation is at the best levels,” Haddad said, adding: “We are keen to strengthen this cooperation.”',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Omar Haddad', 'Omar Haddad', 'Omar Haddad']);
  });

  it('resolves `the Saudi crown prince` to the one crown prince of the text, whose country it never says, however far back he was named', () => {
    const text = [
      'During the phone call, the Saudi Arabian crown prince termed cooperation essential.',
      'The two countries have ample potential to develop their relations, he said, voicing hope for a bright future.',
      '“I am sure that the development of relations between the two countries will be in the interest of the whole region and of the Islamic world,” the Saudi crown prince added.',
      'Earlier in the day, the local media reported that Crown Prince Omar bin Haddad congratulated Iran’s president-elect, Ivan Petrov by phone on his victory.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(quotePairs(a).map(([, s]) => s), ['Omar bin Haddad']);
    assert.deepEqual(a.officials.map((o) => o.name).sort(), ['Ivan Petrov', 'Omar bin Haddad']);
  });

  it('gives a quote that opens its sentence right after `X said that …` in the same paragraph to X, but not after a report of no one', () => {
    const text = [
      'Minister of Foreign Affairs Jan Holm met Secretary of State Ivan Petrov in Washington.',
      'Mr Holm said that international support had been indispensable. ‘We are working well with the US, and remain in constant contact with each other.’',
      'It was reported that the talks went well. ‘The two countries are close partners and will stay so for many years.’',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Jan Holm', null]);
  });

  it('gives `“…,” reads a statement from X’s office` to the office, as a body of its own', () => {
    const text = 'Prime Cabinet Secretary Ivan Petrov spoke with Secretary of State Jan Holm.\n\n“They appreciated the significant progress made in the relations between the two countries,” reads a statement from Petrov’s office.';
    assert.deepEqual(speakers(text), ['Petrov’s office']);
  });

  it('gives a quote-only paragraph after a paragraph that ends with an official’s report (`X stated that …`) to X, but not after a report of no one', () => {
    const report = 'Foreign Minister Ana Costa, in a post today, stated that the meeting was attended by Minister Ivan Petrov.\n\n“In addition to discussing bilateral cooperation, the two countries have exchanged views on regional developments.';
    assert.deepEqual(speakers(report), ['Ana Costa']);
    const news = 'Foreign Minister Ana Costa met Minister Ivan Petrov. The ministry stated that the meeting was held in Lisbon.\n\n“In addition to discussing bilateral cooperation, the two countries have exchanged views on regional developments.';
    assert.deepEqual(speakers(news), [null]);
  });

  it('reads a trailing cue whose sentence a scrape glued to the next (`said Landsbergis.The Foreign Minister …`), but keeps `U.S.`, `Ph.D` and `St.Petersburg` whole', () => {
    const text = 'Foreign Minister Jan Holm spoke with his Romanian counterpart. “The situation stimulates us to return to a discussion,” said Holm.The Foreign Minister also thanked him.';
    assert.deepEqual(speakers(text), ['Jan Holm']);
    const a = annotate('Dr. Ana Costa, Ph.D, met U.S. officials in St.Petersburg.');
    assert.deepEqual(a.officials.map((o) => o.name), ['Ana Costa']);
  });

  it('gives a partial quote inside, or right after, someone’s reported words to them: `voiced hope that the visit will “strengthen our strategic mutual trust”`', () => {
    const text = 'Foreign Minister Jan Holm started talks with Secretary Ana Costa, and voiced hope that the ongoing visit will “strengthen our strategic mutual trust” between the two countries.';
    assert.deepEqual(speakers(text), ['Jan Holm']);
    // (a term stays a term: “strategic partnership” has no verb)
    assert.deepEqual(speakers('Foreign Minister Jan Holm said that the “strategic partnership” had grown.'), []);
  });

  it('gives a cue-less quote after someone else’s report in the same paragraph to that reporter, not to the earlier quote’s speaker (also when a scrape glued `”.Answering`)', () => {
    const text = 'Secretary Ana Costa met Minister Jan Holm. Ms Costa said: “The partnership is already beginning to reach new heights”.Answering questions, Mr Holm said both leaders had a detailed discussion about the conflict. “We have a certain perspective on it, and we came better informed.”';
    assert.deepEqual(speakers(text), ['Ana Costa', 'Jan Holm']);
    // (the same speaker between two quotes still continues: `“A,” the President stressed. “B.”`)
    assert.deepEqual(speakers('President Jan Holm met the press. “We will deepen our ties,” the President stressed. “Our trade will double.”'), ['Jan Holm', 'Jan Holm']);
  });

  it('reads a trailing cue whose name follows a long title with its country: `…,” Minister of Foreign Affairs of the Czech Republic Jan Holm said`', () => {
    const text = 'The talks were held in Prague.\n\n“A peaceful solution can be achieved only with the participation of Ukraine,” Minister of Foreign Affairs of the Czech Republic Jan Holm said at a joint press conference.';
    assert.deepEqual(speakers(text), ['Jan Holm']);
  });

  it('gives a quote wished to someone in the subject’s words to the subject: `Costa wished Holm “good health and a safe return home”`', () => {
    const text = 'Minister Ana Costa received Minister Jan Holm in Pretoria. In conclusion, Costa wished Holm “good health and a safe return home”.';
    assert.deepEqual(speakers(text), ['Ana Costa']);
  });

  it('takes no speaker from an address or a phrase ending in a connector before a colon (`Dear Foreign Minister, first of all: „…“`)', () => {
    const text = 'Press remarks by High Representative Ana Costa\n\nDear Foreign Minister, dear Jan, first of all: „Herzlich willkommen in Brüssel und herzlichen Glückwunsch zu Ihrer Ernennung!“';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), [null]);
  });
  it('attributes a quote closed inside its sentence to the cue after the lower-case words that finish it (`"… long-term" development of the ties, said Holguin in the statement`), not across a stop', () => {
    const text = 'Foreign Minister Maria Holguin met Minister Ricardo Patino.\n\n"We want for this meeting to think for a medium- to long-term" development of the bilateral ties, said Holguin in the statement.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker ? nameOf(a, q.speaker) : null]), [['We want for this meeting to think for a medium- to long-term', 'Maria Holguin']]);
    const stop = 'Foreign Minister Maria Holguin met Minister Ricardo Patino.\n\n"We want for this meeting to think for a medium- to long-term" development. The ties grew, said Holguin in the statement.';
    const b = annotate(stop);
    assert.deepEqual(b.quotes.map((q) => q.speaker), [null]);
  });
  it('gives `the minister` to the minister mentioned last, not to one whose title merely ends in `Minister`', () => {
    const text = 'Andrii Sybiha, Minister of Foreign Affairs of Ukraine, met Foreign Minister Maxime Prevot.\n\nThe head of Ukrainian diplomacy reported this on X.\n\n“I had a pleasure to continue our dialogue with my Belgian colleague Maxime Prevot,” the minister noted.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => (q.speaker ? nameOf(a, q.speaker) : null)), ['Andrii Sybiha']);
  });
  it('gives quote paragraphs to the subject of an introduction that retells the exchange and ends in a colon (`Here is how a Downing Street spokesman has reported the conversation …:`), article included', () => {
    const text = 'Prime Minister David Cameron spoke with President Obama.\n\nHere is how a Downing Street spokesman has reported the conversation which they had over the phone (courtesy of PoliticsHome):\n\n"The Prime Minister and President spoke for over 30 minutes today."\n\n"The Prime Minister expressed his sadness."\n\nReuters reported the call.\n\n"It was a short and useful exchange of views on trade and energy."';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText ?? null), ['a Downing Street spokesman', 'a Downing Street spokesman', null]);
  });
  it('gives a quote to a country’s ministry named with a possessive (`…,” Singapore’s ministry of foreign affairs said`), a later `the statement added` to that ministry, and a quotation’s opening paragraph, left open, to the speaker of the part that closes it', () => {
    const text = 'Foreign Minister Vivian Balakrishnan spoke with Secretary Antony Blinken.\n\n“They reaffirmed the excellent relations between Singapore and the United States.\n\n“They also agreed to collaborate closely on climate change,” Singapore’s ministry of foreign affairs said in a statement.\n\nDr Balakrishnan welcomed the efforts.\n\n“They also agreed to work on trade,” the statement added.\n\n“The talks were candid,” China’s foreign ministry said.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['Singapore’s ministry of foreign affairs', 'Singapore’s ministry of foreign affairs', 'Singapore’s ministry of foreign affairs', 'China’s foreign ministry']);
  });
  it('gives `The release said X “…”` and `It added, “…”` to the office that issued the release (`the Office of the Prime Minister said`)', () => {
    const text = 'Prime Minister Ana Costa and President Ivan Petrov agreed to strengthen ties.\n\nIn a release yesterday, the Office of the Prime Minister said the pledge came after a conversation.\n\nThe release said Costa and Petrov “spoke about a number of issues of mutual interest.”\n\nIt added, “The leaders agreed that both administrations would continue working together.”';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['the Office of the Prime Minister', 'the Office of the Prime Minister']);
  });
  it('gives a quote closed by `the release said` to the release when no body issued it before (`A PMO release said …`)', () => {
    const text = 'Prime Minister Ana Costa received a telephone call from President Ivan Petrov.\n\nA PMO release said the two leaders recalled the visit.\n\n"The two leaders exchanged views on regional issues," the release said.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['the release']);
  });
  it('reads `…,” it reads` as a cue and a readout’s subject over `of the call` (`The Downing Street readout of the call noted that … “…”`)', () => {
    const reads = 'Josep Borrell spoke with Dmytro Kuleba, the EEAS said in a press release.\n\n"He stressed that any further military aggression would have massive consequences," it reads.';
    assert.deepEqual(quotePairs(annotate(reads)).map(([, who]) => who), ['the EEAS']);
    const readout = 'Leo Varadkar spoke with Rishi Sunak. The Downing Street readout of the call noted that the two men had “reflected on the close relationship between the UK and Ireland and on shared challenges.”';
    assert.deepEqual(quotePairs(annotate(readout)).map(([, who]) => who), ['Downing Street']);
  });
  it('reads `the UN chief` as the organization’s head named before, for a quote after `stating,`', () => {
    const text = 'President Ivan Petrov met UN Secretary-General Antonio Guterres in New York.\n\nThe UN chief reaffirmed the organisation’s readiness to work with the country, stating, "We are entirely at your disposal to work together for peace."';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['Antonio Guterres']);
  });
  it('gives a quote with no cue to the report that ends the sentence before it in the same paragraph', () => {
    const text = 'President Sauli Niinistö met President Alar Karis in Tallinn.\n\nHowever, President Niinistö stressed the role of belief in the future. “We all feel a threat now, but we must also feel able to respond to it.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['Sauli Niinistö']);
  });
  it('gives `“…,” it said` to a body named after `according to` (`…, according to the presidential office.`)', () => {
    const text = 'President Moon Jae-in spoke with Chancellor Angela Merkel. The call lasted 15 minutes, according to the presidential office.\n\n"Chancellor Merkel invited President Moon to visit Berlin, and President Moon thanked her," it said in a press release.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, who]) => who), ['the presidential office']);
  });

  it('does not take the subject of the next sentence as a quote’s speaker when the quoted sentence ends with its stop and that sentence reports something else (`: “a greener Europe.” Baerbock said she supported these goals`)', () => {
    const text = 'Baerbock in Paris\n\nForeign Minister Annalena Baerbock met Foreign Minister Jean-Yves Le Drian. Le Drian praised the coalition agreement, which represents what France envisions: “a greener, more social and sovereign Europe.” Baerbock said she supported these goals. “We will work closely together.” Baerbock said.';
    assert.deepEqual(quotePairs(annotate(text)).map(([q, who]) => [q.slice(0, 20), who]), [['a greener, more soci', 'Jean-Yves Le Drian'], ['We will work closely', 'Annalena Baerbock']]);
  });

  it('gives `he said` after a sentence opening with a participle’s phrase (`Meeting the Foreign Minister of Poland Radosław Sikorski in Tallinn today, Foreign Minister Urmas Paet noted …`) to the subject after its comma', () => {
    const text = 'Paet meets Sikorski\n\nMeeting the Foreign Minister of Poland Radosław Sikorski in Tallinn today, Foreign Minister Urmas Paet noted that Poland is a close partner. “Our similar views are the basis for our close co-operation,” he said.';
    assert.deepEqual(quotePairs(annotate(text)), [['Our similar views are the basis for our close co-operation,', 'Urmas Paet']]);
  });

  it('reads the asker who opens a numbered question of a briefing (`1. VnExpress: …`, `2. NDN: …`) as an anonymous questioner, no official', () => {
    const text = 'The 17th Regular Press Conference (15th October, 2020)\n\nQ&A\n\n1. VnExpress: Please comment on the Sansha matter?\n\nViet Nam has strongly reaffirmed its sovereignty.\n\n2. NDN: Please comment on the visit of Prime Minister Kenji Sato?\n\nViet Nam welcomes the visit.';
    const a = annotate(text);
    assert.deepEqual(a.officials.map((o) => o.name), ['Kenji Sato']);
  });

  it('reads the office a lead gives with no name (`Cuba’s Foreign Minister said here Monday …`) as the official named as the subject of the next sentence, among several with no office, so `the Cuban minister said` is theirs; not one named further on (`his Uzbek counterpart` … `the Head of State noted “…”` … `X thanked Y`)', () => {
    const text = 'PARIS – Cuba’s Foreign Minister said here Monday that Havana wants “normal and respectful relations with the United States” and is prepared to sit down for bilateral talks at any time.\n\nFelipe Ruiz, who is in Paris for a meeting of the Non-Aligned Movement, rejected the demands for a democratic opening.\n\n“What is being done in Cuba is a matter that is strictly the responsibility of the Cubans,” the minister said.\n\nHe recalled that Raul Castro, to whom long-time leader Fidel Castro delegated his duties last July, has expressed his willingness to speak with Washington.\n\n“The only condition is that there be no conditions,” the Cuban minister said.';
    const a = annotate(text);
    assert.deepEqual(quotePairs(a).map(([, who]) => who), ['Felipe Ruiz', 'Felipe Ruiz', 'Felipe Ruiz']);
    assert.deepEqual(a.officials.find((o) => o.name === 'Felipe Ruiz')?.roles.map((r) => r.title), ['Foreign Minister']);
    const later = annotate('Presidents of Kazakhstan and Uzbekistan held talks in Astana.\n\nWarmly welcoming his Uzbek counterpart, the Head of State noted the importance of this visit.\n\n“The people of Kazakhstan pay special attention to your visit,” he said.\n\nShavkat Karimov thanked Kassym Tokov for a warm welcome.');
    assert.notEqual(nameOf(later, later.quotes[0]?.speaker ?? null), 'Shavkat Karimov');
  });

  it('gives a quote its sentence’s speaker when a participle introduces it (`…, saying such “…,” IRNA reported`), not the outlet that reports it; an outlet alone stays no one', () => {
    const text = 'Talks in Muscat\n\nForeign Minister Ali Saheli met his Omani counterpart in Muscat. Saheli pointed to the wave of revolutions across the region, saying such “significant developments are underway which will influence all regional countries,” IRNA reported on Wednesday.\n\n“The talks were useful,” IRNA reported.';
    assert.deepEqual(quotePairs(annotate(text)), [
      ['significant developments are underway which will influence all regional countries,', 'Ali Saheli'],
      ['The talks were useful,', null],
    ]);
  });

  it('gives a fragment woven into a sentence with no cue (`Blinken praised Argentina’s “leadership on …”`, `Bou Habib consulted … on the “recent … developments”`) to the sentence’s subject; a headline’s fragment stays no one’s', () => {
    const text = 'Algeria “keen to strengthen partnership with all countries with which it has relations”\n\nAPS : Friday, 23 December 2016\n\nSecretary of State Antony Blinken met President Javier Milei in Buenos Aires.\n\nBlinken praised Argentina’s “leadership on regional and global security issues” at the talks.\n\nForeign Minister Abdallah Bou Habib also consulted with his Syrian counterpart on the “recent unfortunate developments in Lebanon” and the crisis.';
    assert.deepEqual(speakers(text), [null, 'Antony Blinken', 'Abdallah Bou Habib']);
  });

  it('gives the words of `The emissary of President X` or `The spokesperson of X` (no comma) to the emissary or spokesperson, not to X, while `The spokesperson of the Ministry, Maria Zakharova,` speaks as herself; one named as the principal of an envoy is no participant', () => {
    const text = 'President Ali Bongo received Minister Alamine Ousmane Mey, special envoy of President Paul Biya, carrying a personal message. The emissary of President Paul Biya said the talks were good. The spokesperson of the Ministry, Maria Zakharova, said the talks were useful.';
    const a = annotate(text);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, p.speaker ? nameOf(a, p.speaker) : p.speakerText]), [
      ['the talks were good', 'the emissary of President Paul Biya'],
      ['the talks were useful', 'Maria Zakharova'],
    ]);
    assert.ok(!(a.meeting.participants ?? []).some((id) => nameOf(a, id) === 'Paul Biya'));
  });

  it('steps over an apposition between a quote’s speaker and the verb after it (`…,” Emma Lizano, spokeswoman for the ministry, said`, one closed by its acronym: `… Ministry (COMEX) told The Tico Times`)', () => {
    const text = 'Trade talks resume\n\n“We are very pleased with the decision,” Emma Lizano, spokeswoman for the Costa Rican Foreign Trade Ministry (COMEX) told The Tico Times. “It is good news,” Ana Costa, the trade minister, said.';
    assert.deepEqual(speakers(text), ['Emma Lizano', 'Ana Costa']);
  });

  it('reads a cue set off by dashes inside the quotation (`“In fact, we all agree – continued Tajani – that …”`, `“… in 2023 – said Tajani – Our …”`); a dashed aside with no cue names no one (`– and we said it many times –` goes on with the last speaker)', () => {
    const text = 'Tajani at the Med9 summit\n\nMinister Antonio Tajani and Minister Ana Costa attended the summit in Alicante.\n\n“In fact, we all agree – continued Tajani – that we must make our coordination more effective.”\n\n“We want to launch an EU summit in 2023 – said Costa – Our friends can count on us.”\n\n“We want peace – and we said it many times – for the region.”';
    assert.deepEqual(speakers(text), ['Antonio Tajani', 'Ana Costa', 'Ana Costa']);
  });

  it('reads `reminded` as a cue (`“…,” reminded Abylgaziev`) and a speaker named after their office and a comma (`”, said Minister of Foreign Affairs of Colombia, Maria Angela Holguin, to welcome …`)', () => {
    const text = 'Ecuador and Colombia meet\n\nForeign Minister Ricardo Patiño met Foreign Minister Maria Angela Holguin in Bogota.\n\n“We are happy you are here”, said Minister of Foreign Affairs of Colombia, Maria Angela Holguin, to welcome the delegation.\n\n"Our Presidents set the task to increase trade," reminded Patiño, adding that trade matters.';
    assert.deepEqual(speakers(text), ['Maria Angela Holguin', 'Ricardo Patiño']);
  });

  it('gives a quote woven into a report to the reporter’s subject, not to the source after it (`Wu said that he will “take the matter back,” according to Saiki`), and a quote after `X said:` to X, not to the next sentence’s `According to Y, …`', () => {
    const text = 'Akio Sato met Wu Dawei in Tokyo. Sato told Wu that "the process is extremely important," while Wu said that he will "take the matter back and consider it," according to Sato.\n\nLater Wu said: "The talks were useful." According to Sato, the two sides will meet again.';
    assert.deepEqual(speakers(text), ['Akio Sato', 'Wu Dawei', 'Wu Dawei']);
  });

  it('gives a quote completing a bare reporting verb to its subject when a title’s abbreviation follows the verb (`Mr. Xi told Mr. Kishida … that Japan and China must “…”`): `Mr.` ends no sentence', () => {
    const text = 'Kishida meets Xi\n\nPrime Minister Fumio Kishida met President Xi Jinping in San Francisco.\n\nState media reported that Mr. Xi told Mr. Kishida in the meeting that the two countries must "follow the trend of the times and properly handle differences".\n\nDr. Ana Costa told Mr. Kishida that day that Japan must "keep the door to dialogue open at all times".';
    assert.deepEqual(speakers(text), ['Xi Jinping', 'Ana Costa']);
  });

  it('reads a speaker’s apposition across a wrapped line (`,” Saiki, director general of the` / `Japanese Foreign Ministry’s … Bureau, told reporters`)', () => {
    const text = "Akio Saiki met Wu Dawei in Tokyo on Thursday, the first talks between the two\nenvoys since the spring, and they agreed that the two countries will cooperate.\n''We agreed that provocative acts by North Korea, such as its recent nuclear\ntest and missile launches, are unacceptable,'' Saiki, director general of the\nJapanese Foreign Ministry's Asian and Oceanian Affairs Bureau, told reporters\nafter the talks in Tokyo. Wu left for Seoul in the evening after a short meeting\nwith the Prime Minister and a dinner with the Chinese community in Tokyo.";
    assert.deepEqual(speakers(text), ['Akio Saiki']);
  });

  it('gives a release’s quote to the official who signs it on the next line after a dash (`– Harjit S. Sajjan, Minister of International Development`), not to a list item that goes on with a verb (`- Sheikh Khalid said: …`)', () => {
    const text = 'Minister Harjit S. Sajjan will travel to Ghana and Senegal.\n\n“Senegal and Ghana are important members of the international community.”\n\n– Harjit S. Sajjan, Minister of International Development\n\nForeign Minister Khalid Hamad met the Minister.\n\n“The talks were frank and constructive, and we will meet again soon.”\n\n- Khalid Hamad thanked the Minister for the welcome.';
    assert.deepEqual(speakers(text), ['Harjit S. Sajjan', null]);
  });

  it('reads a cue past the second of two single marks closing a double quote (`…,’’ says Mr Key`), and gives a quote-only paragraph to one who spoke in a participle (`Dr Taga echoed similar sentiments, saying …`)', () => {
    const doubled = 'Prime Minister John Key will lead a delegation.\n\n“The mission reflects the close relationship we have with our neighbours,’’ says Mr Key.';
    assert.deepEqual(speakers(doubled), ['John Key']);
    const participle = 'Foreign Minister Raijeli Taga met Bede Corry, the New Zealand Secretary of Foreign Affairs.\n\nDr Taga echoed similar sentiments, saying the partnership continued to serve as a robust framework.\n\n“Our partnership covers an extensive range of shared objectives.”';
    assert.deepEqual(speakers(participle), ['Raijeli Taga']);
  });

  it('reads a cue whose titles hold a people of two words (`…,” said Costa Rican Foreign Minister Bruno Stagman`)', () => {
    const text = 'Minister Ivan Petrov met the EU delegation.\n\n“With the signing of this agreement, the Commission is recognizing our achievements,” said Costa Rican Foreign Minister Bruno Stagman.';
    assert.deepEqual(speakers(text), ['Bruno Stagman']);
  });

  it('reads a cue after a dash that follows guillemets, as translations write it (`«…» – Arystanov stated in his remarks`)', () => {
    const text = 'Deputy Minister Nurgali Arystanov met the delegation.\n\n«Mexico is one of our largest trading partners. We intend to deepen our partnership.» – Arystanov stated in his remarks.';
    assert.deepEqual(speakers(text), ['Nurgali Arystanov']);
  });
  it('reads `the presidential aide` as the assistant, adviser or spokesperson named before, and `he said` after it as that aide', () => {
    const text = 'Mr Laolu Akande, the Senior Special Assistant to the President, confirmed this in a statement.\n\nHe said that the agreement was part of the outcome of the meeting between Acting President Yemi Osinbajo and the visiting Ghanaian President Nana Akufo-Addo.\n\nAccording to the presidential aide, the two leaders highlighted the role of the sub-region.\n\n“Both leaders pledged to intensify cooperation,” he said.';
    const a = annotate(text);
    const names = new Map(a.officials.map((o) => [o.id, o.name]));
    assert.deepEqual(a.paraphrases.map((p) => names.get(p.speaker ?? '') ?? null), ['Laolu Akande', 'Laolu Akande']);
    assert.deepEqual(speakers(text), ['Laolu Akande']);
  });
  it('gives a quote-only paragraph to the speaker named after an inverted verb before a colon (`…, noted Secretary Blinken:`)', () => {
    const text = 'Secretary of State Antony Blinken met the ministers.\n\nG7 nations also discussed the challenges to a free system, most notably the war, noted Secretary Blinken:\n\n“We recommitted to Ukraine.”';
    assert.deepEqual(speakers(text), ['Antony Blinken']);
  });

  it('reads a line that is only an official’s titles and name as the speaker of the quote lines under it, until the next such line (agency highlights)', () => {
    const text = 'HIGHLIGHTS-Officials’ comments at end of summit\n\nFollowing are excerpts of comments by leaders at the end of their meeting.\n\nU.S. President Barack Obama\n“It is worth recalling the situation we faced six months ago.”\n“Still, we know there is much further to go.”\n\nChinese President Hu Jintao\n“We will work with all sides.”\n\nThe meeting ended on Friday.\n“The summit was a success.”';
    assert.deepEqual(speakers(text), ['Barack Obama', 'Barack Obama', 'Hu Jintao', null]);
  });
  it('reads a declaration as a document that speaks, after its participle phrase too (`“…,” a declaration issued at the end of the summit of the bloc said`), and `it said` after it', () => {
    const text = 'President Xi Jinping attended the summit.\n\n"We note with satisfaction the progress made," a declaration issued at the end of a China-hosted virtual summit of the five-nation bloc said.\n\n"We support promoting discussions among members," it said.\n\n"We shall continue to set clear priorities," the declaration said.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.speakerText), ['a declaration', 'a declaration', 'the declaration']);
  });
  it('reads an opening mark typed twice (`said to the Council ““Together we can build …”`) as one quotation, the speaker’s', () => {
    const text = 'The Council received the Minister of Foreign Relations of Uruguay, Luis Almagro, Candidate for Secretary General.\n\nUpon opening his address, Foreign Minister Almagro said to the Permanent Representatives ““Together we can build, step by step, a common agenda,” and emphasized that “the organization must be global.”\n\nFun Fact: Over its 60 years in Jamaica, the Peace Corps has been involved in youth engagement.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.text), ['Together we can build, step by step, a common agenda,', 'the organization must be global.']);
    assert.deepEqual(speakers(text), ['Luis Almagro', 'Luis Almagro']);
    assert.deepEqual(a.officials.map((o) => o.name), ['Luis Almagro']);
  });
  it('reads `remarks` after a determiner or an adjective as a noun (`said in his opening remarks, "…"`), a news source that relays a quoted report as no speaker and no paraphrase (`According to Kyodo News and Reuters, President Trump said …`), and a name ending in `an` as no determiner (`Erdoğan said, "…"`)', () => {
    const text = 'U.S. President Donald Trump held his first summit with Prime Minister Sanae Takaichi.\nAccording to Kyodo News and Reuters, President Trump said in his opening remarks, "The United States and Japan are allies at the strongest level."\nPresident Recep Tayyip Erdoğan said, "We will not be discouraged by any provocation."';
    const a = annotate(text);
    assert.deepEqual(speakers(text), ['Donald Trump', 'Recep Tayyip Erdoğan']);
    assert.deepEqual(a.paraphrases.map((p) => p.text), []);
  });
  it('reads `the three ministers` as written, not as a pair named before (`both sides`)', () => {
    const text = 'Korea, China and Japan gathered in Seoul.\nAt the meeting, Korea’s Yun Byung-se, China’s Wang Yi and Japan’s Fumio Kishida discussed cooperation.\nIn a joint statement, the three ministers said they expect that, "Trilateral cooperation mechanisms may head toward restoration."';
    assert.deepEqual(annotate(text).quotes.map((q) => q.speakerText), ['the three ministers']);
  });
  it('reads Ireland’s offices as titles and references: `the Tánaiste said:` is the Tánaiste named before, `The Taoiseach said:` the Taoiseach', () => {
    const text = 'Tánaiste and Minister for Foreign Affairs, Micheál Martin, will take part in a meeting.\nOn the situation in the Middle East, the Tánaiste said:\n“The ongoing war in Gaza is completely unacceptable.”\nThe Taoiseach, Leo Varadkar, met him. The Taoiseach said: “We agree.”';
    const a = annotate(text);
    assert.deepEqual(speakers(text), ['Micheál Martin', 'Leo Varadkar']);
    assert.deepEqual(a.officials.find((o) => o.name === 'Micheál Martin')?.roles.map((r) => r.title), ['Tánaiste', 'Minister for Foreign Affairs']);
  });
  it('reads `made clear that` as a cue: the quotation after it is the speaker’s, the clause after it a paraphrase', () => {
    const text = 'At the start of their joint press conference, Foreign Minister Frank-Walter Steinmeier made clear that, “with the state the world is in, we have to talk about the important conflict regions”. The Minister made it clear that Germany would not send troops.';
    assert.deepEqual(speakers(text), ['Frank-Walter Steinmeier']);
    assert.deepEqual(annotate(text).paraphrases.map((p) => p.text), ['Germany would not send troops']);
  });
  it('gives a quote under a paragraph that announces `the following message` to the one who sent it, past the label that opens the paragraph', () => {
    const text = 'Condolence message\n\nMr. Norio Maruyama, Press Secretary: Foreign Minister Taro Kono sent the following message of condolence to Foreign Minister David Lee of Taiwan, regarding the earthquake of February 7.\n\n“I am deeply saddened to learn of the major earthquake that struck eastern Taiwan.”';
    assert.deepEqual(speakers(text), ['Taro Kono']);
  });
  it('reads `He` that opens an official’s name `He Baoxiang` as the name, not a pronoun for someone named before (`He Baoxiang extended welcome … He said, “…”`)', () => {
    const text = 'On May 10, Hunan Vice Governor He Baoxiang met a delegation headed by Mr. Mohammad Sarwar Mahmood. Wang Dong, Commissioner of the Ministry, accompanied them.\n\nHe Baoxiang extended welcome to the delegation. He said, “Hunan GDP reached 3.46 trillion CNY in 2017.”';
    assert.deepEqual(speakers(text), ['He Baoxiang']);
  });
  it('reads a long chain of offices after an inverted cue, another’s office inside it (`…,” stressed HE Adviser to the Prime Minister and Official Spokesperson … Dr Majed al-Ansari.`)', () => {
    const text = '"At this time, the top priority for Qatar is to maintain its security," stressed HE Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr Majed bin Mohamed al-Ansari.';
    assert.deepEqual(speakers(text), ['Majed bin Mohamed al-Ansari']);
  });
  it('reads `made the following remarks:` as an introduction whose subject speaks the quote under it (`remarks` there is a noun)', () => {
    const text = 'Cabinet meeting\n\nPrime Minister Kenji Sato, at the start of the weekly Cabinet meeting, made the following remarks:\n“We are in pursuit of the terrorists.\nThis week the Secretary of State will arrive.”\nThe cabinet then met.';
    assert.deepEqual(speakers(text), ['Kenji Sato']);
  });
  it('reads a seat of government before a spokesman’s title as part of the titles (`…,” Kremlin spokesman Dmitry Peskov told reporters`, `White House spokesman Ari Fleischer said`)', () => {
    const text = 'The two presidents talked on Friday.\n\n"We will talk about this again next week," Kremlin spokesman Dmitry Peskov told reporters. "It is good for both countries," White House spokesman Ari Fleischer said.';
    assert.deepEqual(speakers(text), ['Dmitry Peskov', 'Ari Fleischer']);
  });
  it('reads `the IAEA chief` as the official the text names at the IAEA’s head, whatever the title (`IAEA Director-General Rafael Grossi`), not the `Head` of another body named since', () => {
    const text = 'VIENNA – IAEA Director-General Rafael Grossi hailed his meeting with the head of the Atomic Energy Organization of Iran.\n\n"Pleased to welcome Mohammad Eslami, Vice-President and Head of the Atomic Energy Organization of Iran, today", Director-General Rafael Grossi said.\n\n"We now have work to do together", the IAEA chief added.';
    assert.deepEqual(speakers(text), ['Rafael Grossi', 'Rafael Grossi']);
  });
  it('reads `the WHO head` as the official the text names at the head of the body whose initials the acronym spells (`World Health Organization Director General Tedros …`)', () => {
    const text = 'ROME – World Health Organization Director General Tedros Adhanom Ghebreyesus met Foreign Minister Sergey Lavrov on Sunday.\n\n"We agreed to strengthen the health architecture," the WHO head said.';
    assert.deepEqual(speakers(text), ['Tedros Adhanom Ghebreyesus']);
  });
  it('gives a quote with no cue the speaker of the report that ends the sentence before it with a trailing cue (`…, said Xi. "I hope …"`)', () => {
    const text = 'Chinese President Xi Jinping met Antony Blinken on Monday.\n\nState-to-state interactions should always be based on mutual respect and sincerity, said Xi. "I hope that Secretary Blinken, through this visit, could make positive contributions to stabilizing relations."';
    assert.deepEqual(speakers(text), ['Xi Jinping']);
  });
  it('reads an acronym the text gave a body, with its article, as that body speaking (`…,” the PSCU announced` after `the Presidential Strategic Communications Unit (PSCU)`)', () => {
    const text = 'In a post by the Presidential Strategic Communications Unit (PSCU), President Uhuru Kenyatta met with his counterpart.\n\n"The leaders singled out the exchange of students and teachers as key areas of focus," the PSCU announced.';
    assert.deepEqual(annotate(text).quotes.map((q) => q.speakerText), ['the PSCU']);
  });
  it('reads a body owned by a country of two words after a quote (`…,” South Africa’s Department of Foreign Affairs said in a statement`)', () => {
    const text = 'Trade was discussed in Beijing between Foreign Affairs Minister Nkosazana Dlamini-Zuma and her counterpart, Yang Jiechi.\n\n"The ministers discussed the strengthening of political and economic relations," South Africa’s Department of Foreign Affairs said in a statement.';
    assert.deepEqual(annotate(text).quotes.map((q) => q.speakerText), ['South Africa’s Department of Foreign Affairs']);
  });
  it('reads unnamed sources as the body that speaks after a quote (`…,” Indian sources had said`, `…,” Government sources said`)', () => {
    const text = 'Prime Minister Manmohan Singh met Yousuf Raza Gilani.\n\n“Prime Minister said hello to Mr Gilani,” Indian sources had said.\n\n“The meeting was very positive and fruitful for the coalition,” Government sources said.';
    assert.deepEqual(annotate(text).quotes.map((q) => q.speakerText), ['Indian sources', 'Government sources']);
  });
  it('gives a quote the body named before a document’s noun (`…,” a foreign office statement on the meeting said`, `a White House statement said`), not a medium (`the Ministry in a press release`)', () => {
    const text = 'Foreign Secretary David Lammy met Wang Yi on Friday.\n\n“The meeting was constructive across the full breadth of the relationship,” a foreign office statement on the meeting said.\n\n“Both leaders agreed to stay in close contact on all issues,” a White House statement said.';
    assert.deepEqual(annotate(text).quotes.map((q) => q.speakerText), ['foreign office', 'White House']);
    const release = 'Minister José Manuel Albares met Josep Borrell.\n\n“The two discussed the situation in Afghanistan at length,” the Ministry in a statement said.';
    assert.deepEqual(annotate(release).quotes.map((q) => q.speakerText), ['the Ministry']);
  });
  it('gives a surname two people share to the one of them the text gives an office (`Netanyahu told Biden, …` after `Prime Minister Benjamin Netanyahu` and `Sara Netanyahu`), and to neither when both or neither hold one', () => {
    const lead = 'Prime Minister Benjamin Netanyahu met US President Joe Biden. President Biden inquired about Sara Netanyahu.\n\n';
    assert.deepEqual(speakers(`${lead}Netanyahu told Biden, "I believe that working together we can make history."`), ['Benjamin Netanyahu']);
    assert.deepEqual(speakers('Benjamin Netanyahu met Joe Biden. Biden inquired about Sara Netanyahu.\n\nNetanyahu told Biden, "We can make history."'), [null]);
  });
  it('resolves `he said` to the speaker three paragraphs back, past paragraphs that name no one (`… he stressed.` … `A “transformed world” …` … `“We are attentive,” he said.`)', () => {
    const text = 'The new head of Angolan diplomacy, Tete António, said today that he will continue the work, after the act with his predecessor, Manuel Augusto.\n\n“We are aware that the world has changed,” he stressed.\n\nA “transformed world” that does not only concern oil producers.\n\nAbout the Angolans abroad, the ministry reaffirmed that the Government is following them.\n\n“We are attentive to the situation,” he said.';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Tete António', 'Tete António']);
  });
  it('gives a quote two officials named as one subject after it (`…,” Pedro Sánchez and President Lasso reaffirmed`), together; one who speaks and one who agrees stay apart (`…,” Costa said and Holm agreed`)', () => {
    const text = 'President Pedro Sánchez met President Guillermo Lasso in Quito.\n\n"Latin America is a top priority area for Spanish foreign policy," Pedro Sánchez and President Lasso reaffirmed after the meeting.';
    assert.deepEqual(annotate(text).quotes.map((q) => [q.speaker, q.speakerText]), [[null, 'Pedro Sánchez and Lasso']]);
    const apart = 'Minister Ana Costa met Jan Holm. "Latin America is a top priority area for foreign policy," Costa said and Holm agreed.';
    assert.deepEqual(quotePairs(annotate(apart)).map(([, s]) => s), ['Ana Costa']);
  });
  it('takes `arguing` as a participle of saying before a quote (`with Chilean President Michelle Bachelet arguing, “…”`)', () => {
    const text = 'Unity was a central theme of the summit, with Chilean President Michelle Bachelet arguing, “We have to promote a collective understanding among us.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Michelle Bachelet']);
  });
  it('reads past a place’s country in the opening phrase to the subject who introduces the quote (`At the closing of the talks in Bonn, Germany, Ambassador Marlene Moses, …, released the following statement:`)', () => {
    const text = 'At the closing of the talks in Bonn, Germany, Ambassador Marlene Moses, Chair of the Alliance of Small Island States (AOSIS), released the following statement:\n\n“We began this session on the heels of the recent report.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Marlene Moses']);
    // (a list of countries is no place: `The leaders of Brazil, Russia, India and China said …` keeps its subject whole)
    const list = 'In Beijing, the leaders of Brazil, Russia, India and China said: “We shall continue to set clear priorities.”';
    assert.deepEqual(quotePairs(annotate(list)).map(([, s]) => s), ['Brazil, Russia, India and China']);
  });
  it('reads past a place’s country and the words of the opening phrase after it (`Speaking … in Brussels, Belgium after a NATO summit, Erdoğan said “…,” adding “…”`): the participle’s subject is the speaker, not the country', () => {
    const text = 'Speaking at a news conference in Brussels, Belgium after a NATO summit, Recep Tayyip Erdoğan said "there is no issue that cannot be resolved in our relations," adding "the areas of cooperation are wider and richer than problem areas."';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan']);
    // (countries that are the subject after a city's comma stay the subject: `Meeting in Paris, France and Germany issued …`)
    const subject = 'Meeting in Paris, France and Germany issued a statement, adding: “We shall continue to set clear priorities.”';
    assert.deepEqual(quotePairs(annotate(subject)).map(([, s]) => s), ['both sides']);
  });
  it('resolves an office of the polity the text speaks of (`the country’s top diplomat said: “…”`) to its holder, and keeps `the country’s ambassador` as written when no one holds the office', () => {
    const text = 'Turkey is working to strengthen ties, Foreign Minister Mevlüt Çavuşoğlu said Monday.\n\nPointing out that there is a relative coldness, the country’s top diplomat said: “What we all desire is that there are no problems.”';
    assert.deepEqual(quotePairs(annotate(text)).map(([, s]) => s), ['Mevlüt Çavuşoğlu']);
    const envoy = 'President Aleksandar Vucic met Dmytro Kuleba. After the meeting, the Serbian president noted that the country’s ambassador would soon return to his post in Kyiv.';
    assert.deepEqual(annotate(envoy).commitments.map((c) => [c.text, c.actor]), [['the country’s ambassador would soon return to his post in Kyiv', 'the country’s ambassador']]);
  });
  it('gives a pronoun opening the next sentence to the speaker whose cue closes the sentence before, a few words after the verb (`…, Spokesman Ivan Petrov told a news briefing on Thursday. “…,” he said.`), not to the first one it names', () => {
    const text = 'Russia wants the meeting between Foreign Ministers of Armenia and Azerbaijan – Zohrab Mnatsakanyan and Elmar Mammadyarov – to be productive, Foreign Ministry Spokesman Ivan Petrov told a news briefing on Thursday.\n\n“If such a meeting is agreed and held, we really want it to be effective,” he said.';
    assert.deepEqual(quotePairs(annotate(text)), [['If such a meeting is agreed and held, we really want it to be effective,', 'Ivan Petrov']]);
  });
  it('reads `the Armenian defence chief` as the Armenian defence minister the text named (`…,” the Armenian defence chief said.`), not as a country speaking', () => {
    const text = '“The meeting is called in difficult conditions,” Armenian Defence Minister Serzh Sarkisyan said. Foreign Minister Ivan Petrov came too.\n\n“The tendency towards the aggravation of global threats has been observed,” the Armenian defence chief said.';
    assert.deepEqual(speakers(text), ['Serzh Sarkisyan', 'Serzh Sarkisyan']);
  });
  it('gives the words a document read in part to the document (`The communique read in part, “…`), and its paragraphs after', () => {
    const text = 'President Muhammadu Buhari met King Mohammed VI on Monday.\n\nThe communique read in part, “The two Heads of State underscored their commitment to moderation.\n\n“They expressed deep concerns about violent extremism.”\n\nThe banner read “Peace and friendship between our nations forever”.';
    assert.deepEqual(speakers(text), ['the communique', 'the communique', null]);
  });
  it('gives a quote ending in a comma to the subject of the short sentence after it, whatever its verb, up to four words after the name (`…,” EAM Jaishankar commenced his press briefing.`)', () => {
    const text = 'External Affairs Minister S Jaishankar met Foreign Minister Wang Yi.\n\n“My talks with Foreign Minister Wang Yi have concluded,” EAM Jaishankar commenced his press briefing.';
    assert.deepEqual(speakers(text), ['S Jaishankar']);
  });
});
