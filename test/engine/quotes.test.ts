// Quotation marks of every style, nesting, apostrophes, terms, unclosed and multi-paragraph quotes.
// Each readout here is synthetic, written for the case it tests.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { assertExactSpans, quotePairs } from './helpers';

const quotesOf = (text: string): string[] => annotate(text).quotes.map((q) => q.text);
/** Each quote's first 24 characters and its speaker: enough to tell the parts of a quotation over paragraphs apart. */
const quoteStarts = (text: string): [string, string | null][] => quotePairs(annotate(text)).map(([t, s]) => [t.slice(0, 24), s]);

describe('quotes', () => {
  it('reads curly, straight, guillemet, German and CJK marks', () => {
    const text = [
      'President Maria Silva met Prime Minister Jan Novak on 3 May.',
      '“We will open a new consulate next year,” Maria Silva said.',
      '"Our ministers will meet every quarter," Jan Novak said.',
      '«Les deux pays vont renforcer leur coopération économique», a déclaré Maria Silva.',
      '„Wir werden die Zusammenarbeit weiter ausbauen“, sagte Jan Novak.',
      '「両国は協力を強化していきます。我々は準備ができています」と Jan Novak said.',
    ].join('\n\n');
    const qs = quotesOf(text);
    assert.deepEqual(qs, [
      'We will open a new consulate next year,',
      'Our ministers will meet every quarter,',
      'Les deux pays vont renforcer leur coopération économique',
      'Wir werden die Zusammenarbeit weiter ausbauen',
      '両国は協力を強化していきます。我々は準備ができています',
    ]);
    assertExactSpans(annotate(text), text);
  });

  it('reads reversed guillemets (»…«, Danish and German) with a term in them before a quote in them', () => {
    const text = 'Prime Minister Lars Holm met President Jan Novak. Novak called Denmark a »very good ally« and said the two have »a truly great relationship and we are working together on many fronts, « Novak said.';
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [['a truly great relationship and we are working together on many fronts, ', 'Jan Novak']]);
    assertExactSpans(a, text);
  });

  it('tells apostrophes and possessives from single quotation marks', () => {
    const text = "Foreign Minister Anna Berg said: ‘The people's will and the parties' wishes must be respected, and we won't wait.’ She added that Belarus' position was known.";
    assert.deepEqual(quotesOf(text), ["The people's will and the parties' wishes must be respected, and we won't wait."]);
  });

  it('keeps a quote nested in another, with no speaker of its own', () => {
    const text = "President Omar Haddad said, \"Some call this a 'temporary pause in the talks that will end soon' but we see a lasting change in our region.\"";
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [
      ["Some call this a 'temporary pause in the talks that will end soon' but we see a lasting change in our region.", 'Omar Haddad'],
      ['temporary pause in the talks that will end soon', null],
    ]);
  });

  it('joins lines hard-wrapped at a wide column (150) into one paragraph, so a quote over them is one; lines of one paragraph each stay apart', () => {
    // (cut at the last space before 150 characters, as a transcript service does)
    const wrap = (s: string): string => s.split('\n\n').map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const w of para.split(' ')) {
        if (line && line.length + 1 + w.length > 150) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
      }
      return [...lines, line].join('\n');
    }).join('\n');
    const speech = 'we had discussions on the issue of climate security and agreed to increase our cooperation and collaboration in this area and on trade we asked the ministers to meet again before the summit in July and to report on the single market and on the movement of skilled people across the region';
    const text = wrap(`At an afternoon press conference in Placencia the Prime Minister Jan Holm who is the interim chair of the community sat down with the media along with the Secretary General of the community and they walked the press through the resolutions of the conference one by one and answered questions from the floor\n\nJan Holm said: "${speech}."\n\nThe heads of government will meet again in Georgetown in July when the chair passes to Guyana and the community will review the progress made on security and trade and on the movement of people`);
    assert.ok(text.split('\n').length >= 8 && text.split('\n').every((l) => l.length <= 150));
    assert.deepEqual(quotesOf(text).map((q) => q.replace(/\n/g, ' ')), [`${speech}.`]);
    // (one paragraph per line, of any width: each line is its own)
    const lines = 'Foreign Secretary and the foreign ministers of Ukraine and Poland: joint statement, September 2022\nForeign Secretary Jan Holm held a trilateral meeting with Polish Foreign Minister, Ana Costa, and Ukrainian Foreign Minister Omar Haddad.\nForeign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed to:\n- continue the support of Ukraine by Poland and the UK in the face of aggression until Ukraine prevails\n- develop their trilateral co-operation including by strengthening the defence capabilities of the 3 countries\nThe Ministers also condemned the further mobilisation of forces, which can only set back the goal of peace.';
    assert.equal(annotate(lines).meeting.title, 'Foreign Secretary and the foreign ministers of Ukraine and Poland: joint statement, September 2022');
  });

  it('keeps a numbered item hard-wrapped over several lines one block (`2. The two leaders reaffirmed that the … bilateral` / `partnership is underpinned by …`), so what it reports is whole; the next number opens the next item', () => {
    const text = 'Joint Statement: Fostering Partnerships for a Shared Future\n1. Prime Minister Jan Holm and President Omar Haddad had\ncomprehensive and fruitful discussions at their meeting in New Delhi\non 16 December 2024, during the latter’s State Visit to India.\n2. The two leaders reaffirmed that the bilateral\npartnership is underpinned by deep-rooted cultural and civilizational\nties, geographical proximity and people-to-people relations.\n3. Both leaders acknowledged that bilateral ties had deepened over\nthe years and contributed significantly to development.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.paraphrases.map((p) => p.text.replace(/\n/g, ' ')), [
      'the bilateral partnership is underpinned by deep-rooted cultural and civilizational ties, geographical proximity and people-to-people relations',
      'bilateral ties had deepened over the years and contributed significantly to development',
    ]);
  });

  it('ends a hard-wrapped paragraph at a line far shorter than the column when it closes a sentence or sits in the header (`High Commission of India` / `Colombo` / the headline), not at a short line mid-sentence', () => {
    const text = 'High Commission of India\nColombo\nIndia - Sri Lanka Joint Statement: Fostering Partnerships for a Shared Future\n1. President Omar Haddad conveyed his deep appreciation for the support\nextended by India to the people of Sri Lanka during the crisis, in keeping\nwith its ‘Neighbourhood First’\npolicy. The two leaders reaffirmed that the bilateral partnership is strong.\n2. Prime Minister Jan Holm assured President Haddad of full commitment, and\nthe two sides agreed to meet again next year in Colombo.';
    const a = annotate(text);
    assert.equal(a.meeting.title, 'India - Sri Lanka Joint Statement: Fostering Partnerships for a Shared Future');
    assert.deepEqual(a.paraphrases.map((p) => p.text), ['the bilateral partnership is strong']);
  });

  it('joins one line broken mid-sentence to the next when that goes on in lower case (a PDF or e-mail copy), so the quote over the break is one; a headline’s second line stays apart', () => {
    const text = 'Media Briefing by the Director General, Dr Jan Holm\r\nat the new Ministry building\r\n\r\nPresident Omar Haddad met Foreign Minister Ana Costa in Minsk.\r\nThe ministers discussed trade and energy links at length over lunch.\r\nThey also reviewed the work of the joint commission on agriculture.\r\n\r\n“Our countries must deepen trade, and we will open\r\na trade house in Ulaanbaatar next year,” the President stressed.\r\nThe talks ended at noon.';
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [['Our countries must deepen trade, and we will open\r\na trade house in Ulaanbaatar next year,', 'Omar Haddad']]);
    assert.equal(a.meeting.title, 'Media Briefing by the Director General, Dr Jan Holm');
    assertExactSpans(a, text);
  });

  it('reads the opening words of a sentence that a cue breaks as speech (`“In addition to emergency interventions”, Gentiloni continued, “…”`), not a short name so followed', () => {
    const text = 'Foreign Minister Paolo Gentiloni met his Dutch counterpart. “In addition to emergency interventions”, Gentiloni continued, “there has to be a preventive strategy”. “Mare Nostrum”, Gentiloni said.';
    assert.deepEqual(quotesOf(text), ['In addition to emergency interventions', 'there has to be a preventive strategy']);
  });

  it('reads a line that is one spoken quotation (a pull quote) as speech, not a heading; a quoted title or slogan on its own line stays none', () => {
    const text = 'President Jan Holm spoke about the visit.\n\n"I believe it is crucial to maintain our high-level dialogue"\n\n"Brother and Sister Nations"\n\n"Joint Statement between the Republic of Chad and the Kingdom of Spain"';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.text), ['I believe it is crucial to maintain our high-level dialogue']);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [['obligation', 'it is crucial to maintain our high-level dialogue']]);
  });

  it('takes a name in Title Case with the sentence’s stop inside the marks for a term (`the Forum on “Women’s Leadership for Citizens’ Democracy.”`), not a quoted sentence', () => {
    const text = 'The Prime Minister spoke at the Hemispheric Forum on “Women’s Leadership for Citizens’ Democracy.” Later she said: “Our Region Must Lead.”';
    assert.deepEqual(quotesOf(text), ['Our Region Must Lead.']);
  });

  it('takes scare quotes, names of programmes and slogans for terms, not speech', () => {
    const text = 'Minister Lee Min-ho praised the “Belt and Road” initiative and the so-called “Minsk format”. The summit theme was “Recover Stronger, Recover Together”. Critics used the word “instructions” about it.';
    assert.deepEqual(quotesOf(text), []);
  });

  it('reads a short quote followed by a name and a reporting verb as speech (`“The Prime Minister stays behind,” Petrov said`), and a short name before one as a term', () => {
    const text = 'Minister Ivan Petrov met Jan Holm. “The Prime Minister stays behind,” Petrov said. “We stay,” Holm replied. “Belt and Road,” Petrov said.';
    assert.deepEqual(quotesOf(text), ['The Prime Minister stays behind,', 'We stay,']);
  });

  it('reads a verdict on the meeting of four words or more as speech (`had a “good and frank discussion” with …`), not a slogan for a policy (`an “immediate and durable ceasefire”`)', () => {
    const text = 'Minister Ivan Petrov met Minister Ana Costa. The ministry said Petrov had a “good and frank discussion” with Costa. Both called for an “immediate and durable ceasefire”.';
    assert.deepEqual(quotesOf(text), ['good and frank discussion']);
  });

  it('opens with a closing mark after a cue’s comma, nothing open (`Skerrit said,” We discussed …”`)', () => {
    const text = 'Prime Minister Roosevelt Skerrit met Secretary-General Patricia Scotland.\n\nPrime Minister Skerrit said,” We discussed her work at the Secretariat. I also thanked her.”';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.quotes.map((q) => q.text), [' We discussed her work at the Secretariat. I also thanked her.']);
  });

  it('opens with a closing mark followed by a space at the start of a paragraph (`\\n” We have plenty of reasons …”, said Mrkić`)', () => {
    const text = 'Minister Ivan Petrov met Minister Ana Costa.\n\n” We have plenty of reasons to develop our friendship, and we are ready to work together”, said Petrov.';
    assert.deepEqual(quotesOf(text), [' We have plenty of reasons to develop our friendship, and we are ready to work together']);
  });

  it('opens with a closing mark when a site does so', () => {
    const text = 'Ambassador Karl Weber said: ”We are ready to sign the agreement this month.”';
    assert.deepEqual(quotesOf(text), ['We are ready to sign the agreement this month.']);
  });

  it('does not let an unclosed mark swallow the next paragraph', () => {
    const text = [
      'President Lena Ortiz said: “We will continue our work on the new trade agreement with our partners',
      'The delegations also discussed climate policy and “the green transition”. Lena Ortiz stressed: “This is our priority.”',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [
      ['We will continue our work on the new trade agreement with our partners', 'Lena Ortiz'],
      ['This is our priority.', 'Lena Ortiz'],
    ]);
    // the first quote ends with its paragraph
    assert.equal(a.quotes[0].end, text.indexOf('\n\n'));
    assertExactSpans(a, text);
  });

  it('reads a statement quoted over paragraphs with one opening and one closing mark as one quote, the text between its marks (no fresh mark per paragraph, unlike newspaper style), with the speaker introduced before it', () => {
    const text = [
      'Foreign Secretary Ana Costa met Secretary of State Omar Haddad. A spokesperson for the Foreign Secretary said:',
      '“During their meeting, they discussed a number of issues.',
      'On Iran, they reflected on recent developments.',
      'The Foreign Secretary and Secretary Haddad will meet again in Paris tomorrow.”',
      'The talks ended at noon.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => q.text), [
      'During their meeting, they discussed a number of issues.\n\nOn Iran, they reflected on recent developments.\n\nThe Foreign Secretary and Secretary Haddad will meet again in Paris tomorrow.',
    ]);
    // (the span runs from the opening mark of the first paragraph to the closing mark of the last)
    assert.deepEqual(a.quotes.map((q) => [text[q.start], text[q.end - 1]]), [['“', '”']]);
    // the body that speaks, not the official it speaks for
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.speakerText]), [[null, 'a spokesperson for the Foreign Secretary']]);
    // (the same over lines of one text)
    const lines = 'Prime Minister Kenji Sato met the press. Sato said:\n“We are in pursuit of the terrorists.\nThis week the Secretary of State will arrive.\nWe will discuss Iran.”\nThe press conference ended.';
    assert.deepEqual(annotate(lines).quotes.map((q) => [q.text.split('\n').length, q.speakerText]), [[3, 'Kenji Sato']]);
    assertExactSpans(a, text);
  });

  it('reads “ used at both ends, and a quote closed in the next paragraph before other quotes there', () => {
    const text = [
      'Secretary General Jan Holm met President Omar Haddad.',
      'Mr. Holm underlined the bond, saying “wherever I go, I meet your servicemen and women. Their presence sends a clear message.',
      'We stand together. We will defend all Allies against any threat.“ At the same time, he said, others are doing more. “Together we are implementing the biggest reinforcement of our defence in decades,“ the Secretary General said.',
    ].join('\n');
    const a = annotate(text);
    // (the first quotation closes in the next line: one quote over the two)
    assert.deepEqual(quotePairs(a).map(([q, s]) => [q.slice(0, 20), q.slice(-20), s]), [
      ['wherever I go, I mee', 'all Allies against any threat.'.slice(-20), 'Jan Holm'],
      ['Together we are impl', ' defence in decades,', 'Jan Holm'],
    ]);
    assertExactSpans(a, text);
  });

  it('splits a newspaper-style quote over paragraphs into parts with one speaker', () => {
    const text = [
      'Secretary-General Amina Diallo told the council: “The crisis has reached a turning point.',
      '“We must act together, and we must act now.',
      '“History will judge us by what we do this week.”',
      'The council then adjourned.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [
      ['The crisis has reached a turning point.', 'Amina Diallo'],
      ['We must act together, and we must act now.', 'Amina Diallo'],
      ['History will judge us by what we do this week.', 'Amina Diallo'],
    ]);
    assertExactSpans(a, text);
  });

  it('survives mixed and unbalanced marks without losing offsets', () => {
    const text = 'He said "yes” and then ‘no" and « maybe » and “ and then nothing more was said about it by anyone at all';
    const a = annotate(text);
    assertExactSpans(a, text);
  });

  it('closes a „ quotation on two single marks typed for a double one (`„…,’’ Minister X said`), and attributes it', () => {
    const text = 'Chisinau, 2 December - Minister Ivan Petrov met Minister Ana Costa.\n\n„In particular, we referred to ways of cooperation, in order to enhance Moldova’s energy resilience,’’ Minister Ivan Petrov said.';
    const a = annotate(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerText]), [['In particular, we referred to ways of cooperation, in order to enhance Moldova’s energy resilience,', 'Ivan Petrov']]);
  });

  it('reads a paragraph whose quotation lost its opening mark (a closing mark, then `X said`) as a quote from the paragraph’s start, with its speaker and commitments; not a closing mark with no reporting clause after it', () => {
    const text = [
      'Head of State Kassym-Jomart Tokayev met with Prime Minister of Russia Mikhail Mishustin.',
      'There is a lot of work to be done to promote our strategic partnership. We talked on all issues related to our cooperation," Kassym-Jomart Tokayev said.',
      'I would like to stimulate contacts between your representatives and the new Government," the President stressed.',
      'The talks covered energy and trade." The delegations then visited the exhibition.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [
      ['There is a lot of work to be done to promote our strategic partnership. We talked on all issues related to our cooperation,', 'Kassym-Jomart Tokayev'],
      ['I would like to stimulate contacts between your representatives and the new Government,', 'Kassym-Jomart Tokayev'],
    ]);
    // (the first word is inside the quote: `I` is its speaker)
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [['I would like to stimulate contacts between your representatives and the new Government', 'intention', 'Kassym-Jomart Tokayev']]);
    assertExactSpans(a, text);
  });

  it('reads words of four to six woven into a report in lower case as a quote (`she said that Germany had “no closer friend than France”`), not a slogan of two qualities (`an “immediate and durable ceasefire”`)', () => {
    const text = 'Baerbock in Paris\n\nThe new German Foreign Minister Annalena Baerbock has assured her French colleague Jean-Yves Le Drian that she will work closely with France. Baerbock had traveled to Paris on Wednesday. After the interview with Le Drian on Thursday morning, she said that Germany had “no closer friend than France”. She also called for an “immediate and durable ceasefire”.';
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [['no closer friend than France', 'Annalena Baerbock']]);
    assertExactSpans(a, text);
  });

  it('reads a list of qualities (`the “free, fair and peaceful” election`) and an address’s title after speaking on it (`spoke about “Strengthening dialogue and concerted action for prosperity”`) as no speech', () => {
    const text = 'Minister Darren Henfield addressed the Assembly. He spoke about “Strengthening dialogue and concerted action for prosperity”, informing the delegates about the “free, fair and peaceful” general election, conducted “in keeping with our long and proud history of democracy.”';
    assert.deepEqual(quotesOf(text), ['in keeping with our long and proud history of democracy.']);
  });

  it('reads a decision’s or a law’s title quoted after the document’s name or another title (`the decisions “On approving the report of …”, “On the procedure of …”`) as no speech; a quote opening `On …, I` stays speech', () => {
    const text = 'Summit in Minsk\n\nThe heads of state signed the decisions “On the type memorandum on the applicant state’s liabilities”, “On approving the procedure of granting a status of member” and “On the project for development strategy until 2025”. The law “On the status of foreign missions” was also passed.\n\n“On the East China Sea, I expressed our serious concerns,” President Petrov said.';
    assert.deepEqual(quotesOf(text), ['On the East China Sea, I expressed our serious concerns,']);
  });

  it('reads a sentence with words woven in and a trailing cue as a report, the last woven words its quote (`South Africa seeks “continued frank engagements” … “based on mutual respect,” Foreign Minister Ronald Lamola said`)', () => {
    const text = 'Lamola trip\n\nSouth Africa seeks “continued frank engagements” with the US on geopolitical matters “based on mutual respect,” Foreign Minister Ronald Lamola said on Thursday.';
    const a = annotate(text);
    assert.deepEqual(quotePairs(a), [['based on mutual respect,', 'Ronald Lamola']]);
    assert.deepEqual(a.paraphrases.map((p) => [p.text, p.speakerText]), [['South Africa seeks “continued frank engagements” with the US on geopolitical matters “based on mutual respect,”', 'Ronald Lamola']]);
    assertExactSpans(a, text);
  });

  it('reads two apostrophes typed for a quotation mark (`\'\'The set of documents …\'\', Commissioner Fule said`) as a quote, its text without them; a word’s apostrophe beside one is no mark (`the ministers\' \'joint\' plan`)', () => {
    const text = "Statement\n\nCommissioner Stefan Fule met the Ukrainian minister.\n\n''The set of documents adopted by Ukraine reflects its determination to achieve the objective'', Commissioner Fule said. It was the ministers' plan.";
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(quotePairs(a), [['The set of documents adopted by Ukraine reflects its determination to achieve the objective', 'Stefan Fule']]);
  });

  it('reads a motto after `in the spirit of`, `the principle of` or `the policy of` as a term, however long (`in the spirit of "good neighbourliness, traditional friendship, comprehensive cooperation and long-term sustainability"`)', () => {
    const text = 'Both officials spoke highly of the relationship, which has kept growing in the spirit of "good neighbourliness, traditional friendship, comprehensive cooperation and long-term sustainability". They upheld the principle of "one country, two systems, and no change in the fifty years ahead". "We will meet again in May," the Minister said.';
    assert.deepEqual(quotesOf(text), ['We will meet again in May,']);
  });

  it('reads a statement in single marks over two paragraphs after an introduction ending in a colon (`also said:` / `\'We have faced …` / `… work together\'`), an apostrophe inside a word (`EU\'s`) no mark; a paragraph opening with an apostrophe without the colon stays no quote', () => {
    const text = "Minister of State Thomas Byrne attended the meeting.\n\nMinister Byrne also said:\n\n'We have faced many challenges over the past year. I am looking forward to the update.\n\nLike so many times in the past, the EU's future will be determined by the strength of its recovery. I am confident that the EU will work together'\n\n'90s policies were different, and the ministers discussed them at length over lunch.";
    assert.deepEqual(quotesOf(text), [
      "We have faced many challenges over the past year. I am looking forward to the update.\n\nLike so many times in the past, the EU's future will be determined by the strength of its recovery. I am confident that the EU will work together",
    ]);
  });
  it('reads a single-mark quote opened after a colon and left open at its paragraph’s end as the first part of one the next paragraph reopens, past a photo caption (`Mrs Badenoch said: \'I\'m delighted …` / caption / `\'We are using …\'`), and no quote where nothing reopens it', () => {
    const text = "Business Secretary Kemi Badenoch said: 'I'm delighted to be here in New Zealand to sign a deal that will be a big boost for British businesses.\n\nKemi Badenoch was today putting the finishing touches to a huge trade deal\n\n'We are using our status as an independent trading nation to join an exciting bloc.'\n\nShe said: 'tis the season for deals.\n\nThe talks ended.";
    assert.deepEqual(quoteStarts(text), [
      ["I'm delighted to be here", 'Kemi Badenoch'],
      ['We are using our status ', 'Kemi Badenoch'],
    ]);
  });
  it('reads ‘ before `Abd` as the ayn of a transliterated Arabic name, not an opening mark (`Pengiran Muda ‘Abdul Mateen Bolkiah and …’s involvement`), while ‘ before another word still opens a quote', () => {
    const text = 'Anwar said he paid a courtesy call on the Sultan of Brunei Sultan Hassanal Bolkiah and Pengiran Muda ‘Abdul Mateen Bolkiah and expressed his wish to see Bandar Seri Begawan’s involvement in the Annual Leaders’ Consultation this year. He called it ‘a very warm visit’.';
    assert.deepEqual(quotesOf(text), ['a very warm visit']);
  });
  it('reads paragraphs that each open with a single mark and leave it open, up to one that closes it with its cue, as the parts of one newspaper-style quote (`‘I am very pleased …` / `‘I look forward …,’ Anwar said`); a paragraph opening with an apostrophe that nothing reopens stays no quote', () => {
    const text = 'Prime Minister Anwar Ibrahim met Prime Minister Lawrence Wong.\n\n‘I am very pleased with Prime Minister Lawrence Wong. He seems to be as committed as his predecessor.\n\n‘I look forward to a very healthy and strong relationship,’ Anwar said at a joint news conference.\n\n‘90s policies were different, and the ministers discussed them at length.';
    assert.deepEqual(quoteStarts(text), [
      ['I am very pleased with P', 'Anwar Ibrahim'],
      ['I look forward to a very', 'Anwar Ibrahim'],
    ]);
  });
});
