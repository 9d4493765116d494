// Commitments (guide §5): kinds, triggers, actors, and everything that only looks like one.
import assert from 'node:assert/strict';
import { annotate } from '../../src/engine';
import { assertExactSpans } from './helpers';

/** Each commitment as `kind: text`. */
const spans = (text: string): string[] => annotate(text).commitments.map((c) => `${c.kind}: ${c.text}`);
/** Each commitment as `kind: actor: text`. */
const spansWithActor = (text: string): string[] => annotate(text).commitments.map((c) => `${c.kind}: ${c.actor}: ${c.text}`);
const commitments = (text: string): [string, string][] => {
  const a = annotate(text);
  assertExactSpans(a, text);
  return a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind]);
};

describe('commitments', () => {
  it('reads a subject whose name has a lower-case particle (`Sultan Haitham bin Tariq will travel …`, `Ursula von der Leyen is ready to …`)', () => {
    const text = 'Visit\n\nOman’s Sultan Haitham bin Tariq al-Said will travel to Iran on Sunday. Commission President Ursula von der Leyen is ready to visit Tehran.';
    assert.deepEqual(spansWithActor(text), [
      'pledge: Haitham bin Tariq al-Said: Oman’s Sultan Haitham bin Tariq al-Said will travel to Iran on Sunday',
      'intention: Ursula von der Leyen: Commission President Ursula von der Leyen is ready to visit Tehran',
    ]);
  });

  it('reads the subject across a cue in commas (`China and Russia, he said, should …`, `China, Xi added, is ready to …`), not a relative pronoun before one (`which, he said, will …`)', () => {
    const text = 'Talks\n\nPresident Xi Jinping met President Vladimir Putin. China and Russia, he said, should strengthen the alignment of their strategies. China, Xi added, is ready to work with Russia. He praised the trade agreement, which, he said, will play a very important role.';
    assert.deepEqual(spansWithActor(text), [
      'obligation: China and Russia: China and Russia, he said, should strengthen the alignment of their strategies',
      'intention: China: China, Xi added, is ready to work with Russia',
    ]);
  });

  it('reads a duty to come as an obligation, not a pledge (`we will have to …`, `We’ll also have to …`), and `will have talks` as a pledge', () => {
    const text = 'Talks\n\nPresident Putin said: “We will have to think several times about it. We’ll also have to respond. We will have talks in May.”';
    assert.deepEqual(spans(text), [
      'obligation: We will have to think several times about it',
      'obligation: We’ll also have to respond',
      'pledge: We will have talks in May',
    ]);
  });

  it('ends an action before an inverted reporting clause (`…, said the Foreign Ministry.`, `…, added President Aliyev.`)', () => {
    const text = 'Talks\n\nThe two countries will cooperate further in energy, said the Foreign Ministry. Azerbaijan is ready to expand trade, added President Aliyev.';
    assert.deepEqual(spans(text), ['pledge: The two countries will cooperate further in energy', 'intention: Azerbaijan is ready to expand trade']);
  });

  it('reads a stated need for further action as an obligation (`recognized the necessity of further expanding …`, `the need for further developing …`)', () => {
    const text = 'Call\n\nDefense Minister Shin Won-sik spoke with Secretary Lloyd Austin. The two sides recognized the necessity of further expanding security cooperation.';
    assert.deepEqual(spans(text), ['obligation: The two sides recognized the necessity of further expanding security cooperation']);
  });

  it('reads `desires to` as an intention of one’s own action (`Djibouti desires to strengthen …`), not a courtesy (`desires to thank …`)', () => {
    const text = 'Talks\n\nPresident Guelleh said Djibouti desires to strengthen its partnership with Kenya. The President desires to thank his host.';
    assert.deepEqual(spans(text), ['intention: Djibouti desires to strengthen its partnership with Kenya']);
  });

  it('reads the subject of a commitment across an occasion (`The officials at the end agreed to …`, `during the talks`) and an adverb in -ly (`are continuously committed to`), not across a noun in -ly (`the General Assembly`)', () => {
    const text = 'Talks\n\nState Minister Mesganu Arga met Ambassador Saad Al Naimi. The officials at the end agreed to hold political consultations in January. The two sides during the talks agreed to expand trade. Both the Baltic States and Germany are continuously committed to protect the rules-based order. Cooperation in the family is committed to nothing.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['The officials at the end agreed to hold political consultations in January', 'agreement', 'the officials'],
      ['The two sides during the talks agreed to expand trade', 'agreement', 'the two sides'],
      ['Both the Baltic States and Germany are continuously committed to protect the rules-based order', 'pledge', 'Both the Baltic States and Germany'],
    ]);
  });
  it('reads an agreement whose content opens with a phrase in commas (`concurred that, in order to bolster …, the two countries would continue …`), and not a view so opened', () => {
    const text = 'The two ministers concurred that, in order to further bolster the progress made in security cooperation, the two countries would continue to deepen discussions. They agreed that, as in the past, the region is stable.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [
      ['agreement', 'The two ministers concurred that, in order to further bolster the progress made in security cooperation, the two countries would continue to deepen discussions'],
    ]);
  });
  it('reads a decision recorded in the passive as an agreement (`It was agreed that a meeting be held …`, `It was decided to refer …`) and agreeing that an event will be held (`agreed that a meeting will be held …`), not a view so agreed (`It was agreed that the situation is serious`)', () => {
    const text = 'It was agreed that a meeting be held in Dakar on 20 November to finalise a new agreement. It was decided to refer the bridge to the Joint Committee. The ministers agreed that a meeting will be held between the Presidents in April. It was agreed that the situation is serious.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [
      ['agreement', 'It was agreed that a meeting be held in Dakar on 20 November to finalise a new agreement'],
      ['agreement', 'It was decided to refer the bridge to the Joint Committee'],
      ['agreement', 'The ministers agreed that a meeting will be held between the Presidents in April'],
    ]);
    // (a decision so recorded reports no one's words)
    assert.equal(a.paraphrases.some((p) => p.text.startsWith('a meeting be held')), false);
  });

  it('reads the subject across an aside of who leads it or what it is (`The DRC, under President Tshisekedi, wants to …`, `Iceland, the only founding member of NATO without national forces, wants to …`)', () => {
    const a = annotate('The DRC, under President Tshisekedi, wants to end the long-running disputes with Rwanda. Iceland, the only founding member of NATO without national forces, wants to avoid military buildup in the region.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The DRC, under President Tshisekedi, wants to end the long-running disputes with Rwanda', 'intention'],
      ['Iceland, the only founding member of NATO without national forces, wants to avoid military buildup in the region', 'intention'],
    ]);
  });

  it('reads the subject across who joins it (`Colombia, along with other nations, shall provide …`) and leaders setting their governments a task as an agreement (`the Presidents have instructed their respective Ministries to …`), not one leader’s order', () => {
    const text = 'Colombia, along with other nations and entities, shall provide support to its refugee citizens. The Presidents have instructed their respective Ministries of Foreign Affairs to appoint a Chargé d’Affaires. The President instructed the government to act.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.text]), [
      ['pledge', 'Colombia, along with other nations and entities, shall provide support to its refugee citizens'],
      ['agreement', 'The Presidents have instructed their respective Ministries of Foreign Affairs to appoint a Chargé d’Affaires'],
    ]);
  });

  it('reads a reported past duty (`agreed that … it was necessary to collaborate …`, `said it was essential to act`) as an obligation, not a past fact (`In 2010 it was necessary to postpone …`), and `there has to be` as one with no one named', () => {
    const text = 'The ministers agreed that there was no alternative and that, at the same time, it was necessary to collaborate on reviving a dialogue with Moscow. He said it was essential to act. In 2010 it was necessary to postpone the summit. There has to be a preventive strategy aimed at strengthening dialogue.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.text]), [
      ['obligation', 'it was necessary to collaborate on reviving a dialogue with Moscow'],
      ['obligation', 'it was essential to act'],
      ['obligation', 'There has to be a preventive strategy aimed at strengthening dialogue'],
    ]);
  });

  it('keeps a commitment whose `he` reaches no official for sure, its actor as written (`He looked forward to working with the President-elect …`)', () => {
    const text = 'Secretary-General Jan Holm held a telephone conversation with President-elect Omar Haddad. “The Secretary-General stressed the importance of cooperation. He looked forward to working with the President-elect and his team,” the statement said.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [['intention', 'He looked forward to working with the President-elect and his team']]);
  });

  it('reads no plan of the past (`I was going to say …`, `We were going to meet in May`), and a duty of `our two countries` after `It is imperative that`', () => {
    const text = 'PRESIDENT HOLM: I was going to say, we generally agree. We were going to meet in May. We are going to meet in June. It is imperative that our two countries work together.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.text]), [
      ['intention', 'We are going to meet in June'],
      ['obligation', 'It is imperative that our two countries work together'],
    ]);
  });

  it('runs a commitment on over `, as well as` (one action with two objects), but ends it at `, as` that opens a clause', () => {
    const text = 'Both sides agreed to deepen their cooperation in trade, as well as to explore new opportunities in energy. The ministers agreed to meet again, as the talks were useful.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.text]), [
      ['agreement', 'Both sides agreed to deepen their cooperation in trade, as well as to explore new opportunities in energy'],
      ['agreement', 'The ministers agreed to meet again'],
    ]);
  });

  it('reads an aim stated without an owner before it as an intention, the owner or article opening the span (`Our shared task is to keep Europe together`, `The aim of the visit is to deepen ties`, `The purpose of my trip is to prepare …`)', () => {
    const a = annotate('Talks\n\nMinister Witold Waszczykowski met Minister Sigmar Gabriel in Warsaw. “Our shared task is to keep Europe together,” Gabriel said. The aim of the visit is to deepen ties. The purpose of my trip to Minsk is to prepare this important visit.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Our shared task is to keep Europe together', 'intention'],
      ['The aim of the visit is to deepen ties', 'intention'],
      ['The purpose of my trip to Minsk is to prepare this important visit', 'intention'],
    ]);
  });
  it('reads support conveyed or assured with a country’s possessive as a pledge (`conveyed India’s continued support for …`, `assured him of India’s continued support to …`); not a position restated (`reiterated India’s support for an inclusive government`) nor a view (`expressed support for`)', () => {
    assert.deepEqual(commitments('Talks\n\nExternal Affairs Minister S. Jaishankar called on President Anura Dissanayake. Dr Jaishankar conveyed India’s continued support for Sri Lanka’s economic rebuilding. He assured him of India’s continued support to Sri Lanka. He reiterated India’s support for an inclusive government in Afghanistan. They expressed support for the plan.'), [
      ['conveyed India’s continued support for', 'pledge'],
      ['assured him of India’s continued support', 'pledge'],
    ]);
  });
  it('reads support extended or offered (`extended full support for …`, `offered the full support of the United Nations`) and an interest in doing (`is interested in maintaining …`) as intentions; not an invitation extended, nor an interest in a thing', () => {
    assert.deepEqual(commitments('Talks\n\nSecretary-General Patricia Scotland met Prime Minister Roosevelt Skerrit. She also extended full support for small states. The Secretary-General offered the full support of the United Nations to the process. She extended an invitation to Skerrit. Poland is interested in maintaining regular dialogue. Poland is interested in the region.'), [
      ['extended full support', 'intention'],
      ['offered the full support', 'intention'],
      ['is interested in', 'intention'],
    ]);
  });
  it('reads `resolved, <an aside in commas>, to <act>` as an agreement', () => {
    const a = annotate('Leaders meet\n\nPrime Minister Keir Starmer met President Ursula von der Leyen. They resolved, in line with our shared values, to strengthen ambitiously the partnership.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['They resolved, in line with our shared values, to strengthen ambitiously the partnership', 'agreement']]);
  });
  it('reads a commitment, intent or readiness owned by `our` as a pledge or intention without a verb to govern it; a wish or a need stays a topic', () => {
    const a = annotate('State visit\n\nPresident Cyril Ramaphosa hosted President Alassane Ouattara. “This visit is an indication of our shared commitment to strengthen bilateral relations. It is proof of our intent to work together on trade. Our desire to trade more is no secret,” Ramaphosa said. We are united in our commitment to multilateralism. The ministers discussed the need to act.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['our shared commitment to strengthen bilateral relations', 'pledge'],
      ['our intent to work together on trade', 'intention'],
      ['our commitment to multilateralism', 'pledge'],
    ]);
  });
  it('reads a sentence of someone’s words that opens with its trigger (`Agreed to …`, `Look forward to …`, as tweets write) as the speaker’s; not such a sentence in the narrative', () => {
    const text = 'Minister Subrahmanyam Jaishankar met Minister Tandi Dorji. "Good to meet the FM. Agreed to focus on the Ramayan circuit. Look forward to continuing our engagement," Jaishankar tweeted.\n\nAgreed to meet again.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Agreed to focus on the Ramayan circuit', 'agreement'],
      ['Look forward to continuing our engagement', 'intention'],
    ]);
  });
  it('reads the subject of a modal across an `as` phrase in commas (`China and Germany, as two important forces, should …`)', () => {
    const text = 'Foreign Minister Wang Yi met Foreign Minister Heiko Maas. China and Germany, as two important and independent forces, should strengthen cooperation.';
    assert.deepEqual(annotate(text).commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [['should', 'obligation', 'China and Germany']]);
  });
  it('reads the subject of a modal across a relative clause in commas (`The Prime Minister, who took over on Tuesday, will meet …`)', () => {
    const text = 'Prime Minister Rishi Sunak spoke to President Joe Biden. The Prime Minister, who took over from Liz Truss on Tuesday, will meet the President at the summit.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [['will', 'pledge', 'Rishi Sunak']]);
  });
  it('reads `agreed that` with a subject of up to eight words before its modal as an agreement (`… that Uzbekistan’s Foreign Ministry and the US State Department would continue …`)', () => {
    const text = 'Minister Bakhtiyor Saidov spoke with Secretary Marco Rubio. The sides agreed that Uzbekistan’s Foreign Ministry and the US State Department would continue close cooperation.';
    assert.deepEqual(commitments(text), [['agreed that', 'agreement']]);
  });
  it('reads a document signed under its name in quotation marks as an agreement, and the name as no quote (`signed ‘Memorandum of Understanding between …’`)', () => {
    const text = 'Minister Battsetseg Batmunkh met Minister Péter Szijjártó. The Ministers signed ‘Memorandum of Understanding between the Ministry of Foreign Affairs of Mongolia and the Ministry of Foreign Affairs and Trade of Hungary on cooperation in diplomatic training’.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.quotes, []);
    assert.deepEqual(commitments(text), [['signed ‘Memorandum', 'agreement']]);
  });
  it('reads `this reflects the keenness of both countries to …` as the owners’ intention', () => {
    const text = 'Minister Abdullatif Al Zayani met Minister Khalid Juma. He added that this reflects the keenness of both countries to expand cooperation.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [['the keenness of both countries to expand cooperation', 'intention']]);
  });
  it('reads `We will always be glad to see you`, `I would like to start by thanking you …` and `We are glad to be able to have this meeting` as courtesies; `We will always support you` stays a pledge', () => {
    const a = annotate('Talks\n\nPresident Aleksandr Lukashenko met President Vladimir Putin. “We will always be glad to see you. I would like to start by thanking you for accepting our invitation. We are very glad to be able to have this meeting. We will always support you,” Putin said.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['We will always support you', 'pledge']]);
  });
  it('reads a coordinated trigger after an auxiliary as sharing the subject (`They also talked and have agreed to …`)', () => {
    const text = 'Prime Minister Keir Starmer met Prime Minister Anthony Albanese. They also talked and have agreed to further advance their relationship.';
    assert.deepEqual(commitments(text), [['agreed to', 'agreement']]);
  });
  it('reads thanks and compliments announced with `wish to`, `want to take a minute to`, `would like to use this opportunity to` as courtesies', () => {
    const a = annotate('Talks\n\nPrime Minister Nikol Pashinyan said: "I wish to compliment you because your visit was important. I just want to take a minute to thank Ned for his work. I would like to use this opportunity to thank you for organising this forum. We will sign the documents tomorrow."');
    assert.deepEqual(a.commitments.map((c) => c.text), ['We will sign the documents tomorrow']);
  });
  it('reads `confirmed to <act>` as an agreement (Japanese readouts), and `agreed on the huge strength of …` as a view, not one', () => {
    const a = annotate('Ministers meet\n\nForeign Minister Fumio Kishida met Secretary of State John Kerry. The two ministers confirmed to enhance coordination between Japan and the United States.\n\nThe Prime Minister agreed on the huge strength of the relationship. They agreed on the shared challenges facing the two sides. They agreed on a roadmap for trade.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The two ministers confirmed to enhance coordination between Japan and the United States', 'agreement'],
      ['They agreed on a roadmap for trade', 'agreement'],
    ]);
  });
  it('reads `agreed with <a party> that <someone> should …` as an agreement, not `agreed with X that <a view>`', () => {
    const a = annotate('Talks\n\nAleksandr Lukashenko said: “We’ve agreed with the President of Russia that you should take a look at the work of our joint group.”\n\nLavrov agreed with Blinken that the situation remains difficult.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['We’ve agreed with the President of Russia that you should take a look at the work of our joint group', 'agreement']]);
  });
  it('ends an action before `but` and a reporting verb (`… willingness to engage diplomatically but emphasized that …`)', () => {
    const a = annotate('Talks held\n\nIranian Foreign Minister Seyed Abbas Araghchi has reiterated Tehran’s willingness to engage diplomatically but emphasized that direct talks under pressure are meaningless.');
    // (the capital in the possessive owns the noun, as a country's name does, so the span starts there)
    assert.deepEqual(a.commitments.map((c) => c.text), ['Tehran’s willingness to engage diplomatically']);
  });
  it('finds each kind by its trigger', () => {
    const text = [
      'The two sides agreed to expand cooperation in agriculture.',
      'Both countries signed a memorandum on cultural exchange.',
      'Belarus will continue to supply fertilisers to the region.',
      'The ministers pledged to meet again in the autumn.',
      'China is ready to increase imports of Belarusian goods.',
      'The delegations intend to hold consultations next month.',
      'Both sides should strengthen coordination in multilateral fora.',
      'It is necessary to simplify the visa regime.',
    ].join('\n\n');
    assert.deepEqual(commitments(text), [
      ['agreed to', 'agreement'],
      ['signed a memorandum', 'agreement'],
      ['will continue to', 'pledge'],
      ['pledged', 'pledge'],
      ['ready to', 'intention'],
      ['intend to', 'intention'],
      ['should', 'obligation'],
      ['It is necessary to', 'obligation'],
    ]);
  });

  it('gives the actor and the quote a commitment sits in', () => {
    const text = 'Belarusian President Aleksandr Lukashenko met the governor. “We are going to build a new plant in your region,” Aleksandr Lukashenko said.';
    const a = annotate(text);
    assert.equal(a.commitments.length, 1);
    assert.equal(a.commitments[0].actor, 'Belarus');
    assert.equal(a.commitments[0].quote, a.quotes[0].id);
    assert.equal(a.commitments[0].text, 'We are going to build a new plant in your region');
  });

  it('leaves out the past, descriptions, forecasts and scheduled events', () => {
    const text = [
      'The countries have established very close relations.',
      'We had agreed to prepare the meeting properly.',
      'Our prosecution bodies maintain very good relations.',
      'Relations will only improve.',
      'The next summit will be held in Minsk next year.',
      'It will be quick and efficient.',
    ].join('\n\n');
    assert.deepEqual(commitments(text), []);
  });

  it('takes a named organization as the actor: `the African Union will …`, `the readiness of the World Bank to …`', () => {
    const a = annotate('The African Union will deploy observers to the region. Chairperson Moussa Faki Mahamat expressed the readiness of the World Bank to fund the roads.');
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.actor]), [['pledge', 'African Union'], ['intention', 'World Bank']]);
    // a lower-case union is no organization
    assert.deepEqual(annotate('A union of farmers will deploy observers.').commitments, []);
  });

  it('reads a reported `would` as a pledge, and not a conditional or a forecast', () => {
    assert.deepEqual(commitments('Foreign Secretary Ana Costa said that the UK would work closely with its partners.'), [['would', 'pledge']]);
    assert.deepEqual(commitments('President Ivan Petrov said that he would attend the summit in May.'), [['would', 'pledge']]);
    assert.deepEqual(commitments('President Ivan Petrov said that the situation would improve. If asked, Belarus would send observers. He noted that the talks would be difficult.'), []);
  });

  it('splits a list of signed documents into one agreement each', () => {
    const text = 'President Ivan Petrov met President Ana Costa. They signed the Agreement on Trade between the two countries; the Protocol on Customs of 25 December 1998, and the Protocol on Visas. The talks then ended.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['They signed the Agreement on Trade between the two countries', 'agreement'],
      ['the Protocol on Customs of 25 December 1998', 'agreement'],
      ['the Protocol on Visas', 'agreement'],
    ]);
  });

  it('reads a negated passive after `will` as a resolve, and `will be` + a state as none', () => {
    assert.deepEqual(commitments('President Ivan Petrov said: “We will not be discouraged by any provocation.”'), [['will', 'pledge']]);
    assert.deepEqual(commitments('President Ivan Petrov said: “We will be happy here.”'), []);
  });

  it('splits actions listed with a repeated modal into one commitment each', () => {
    assert.deepEqual(commitments('President Ivan Petrov said: “We will deepen trade, will open new routes and will expand tourism.”'), [
      ['will', 'pledge'], ['will', 'pledge'], ['will', 'pledge'],
    ]);
    assert.deepEqual(annotate('Foreign Minister Ana Costa met Secretary Omar Haddad. The two sides should respect the following principles: must abide by the consensus, must keep channels open, and must promote cooperation.')
      .commitments.map((c) => c.text), ['The two sides should respect the following principles', 'must abide by the consensus', 'must keep channels open', 'must promote cooperation']);
    // one modal with two verbs is one commitment; a comma after a subject is no list
    assert.deepEqual(commitments('President Ivan Petrov said: “We will deepen and expand trade.” The summit, which was long, will open tomorrow.'), [['will', 'pledge']]);
  });

  it('reads a re-emphasized commitment and a reaffirmed dedication as pledges; a country written `Việt Nam` acts', () => {
    assert.deepEqual(commitments('The United States and Israel also reemphasized their commitment to the partnership. Kazakhstan reaffirmed its dedication to the principles of the Charter.'), [
      ['reemphasized their commitment', 'pledge'], ['reaffirmed its dedication', 'pledge'],
    ]);
    assert.deepEqual(annotate('Minister Ana Costa said Việt Nam will coordinate closely with other ASEAN members.').commitments.map((c) => c.actor), ['Vietnam']);
  });

  it('reads restated commitments, readiness for cooperation, assured availability, and ends an action at `and looked forward`', () => {
    assert.deepEqual(commitments('Prime Minister Ana Costa was pleased to accept the invitation and looked forward to discussing closer co-operation with the EU.'), [
      ['pleased to', 'intention'], ['looked forward to', 'intention'],
    ]);
    assert.deepEqual(commitments('The two leaders restated their joint commitment to the full implementation of the agreement.'), [['restated their joint commitment', 'pledge']]);
    assert.deepEqual(commitments('President Ivan Petrov reiterated his readiness for active cooperation in all areas.'), [['readiness for', 'intention']]);
    assert.deepEqual(commitments('Chairperson Ana Costa assured the ambassador of the availability of her office for any support.'), [['assured the ambassador of the availability', 'pledge']]);
    assert.deepEqual(commitments('The ministers affirmed that the two countries would continue to adjust their points of contact.'), [['would', 'pledge']]);
  });

  it('counts agreeing on the need to act, but not agreeing on the importance of something', () => {
    assert.deepEqual(commitments('Prime Minister Ana Costa and President Ivan Petrov agreed on the need to strengthen the alliance.'), [['agreed on', 'agreement']]);
    assert.deepEqual(commitments('Prime Minister Ana Costa and President Ivan Petrov agreed on the importance of their friendship.'), []);
  });

  it('leaves out hopes, hedges, requests of others and courtesies', () => {
    const text = [
      'We hope for peace in the region.',
      'Maybe we will come up with something new.',
      'All external actors need to respect the sovereignty of the Republic.',
      'I would like to thank you for the warm welcome.',
      'I must say that I am grateful.',
      'We are glad to see you in Minsk.',
      'You will contribute to our ties.',
      'What steps we need to take is still unclear.',
      'High Representative Josep Borrell said all parties need to respect the ceasefire.',
      'Minister Ana Costa stressed that the international community must do more.',
      'President Ivan Petrov said: “We will be happy to see President Tokayev in Minsk. I would like to listen to your opinion.”',
      'President Ivan Petrov said: “We must honestly admit that we have resolved all issues. Ukraine will never forget that.”',
      'The leaders emphasised the importance of their partners committing to the long-term defence of the country.',
      'President Ivan Petrov said: “Everything we agreed upon, everything is going according to plan.”',
    ].join('\n\n');
    assert.deepEqual(commitments(text), []);
  });

  it('counts a hope or an offer to take one’s own action as an intention', () => {
    assert.deepEqual(commitments('Indonesia hopes to maintain communication with China. The minister offered to share expertise on flood control.'), [
      ['hopes to', 'intention'],
      ['offered to', 'intention'],
    ]);
  });

  it('counts a hope for one’s own side’s action named by a pronoun (`hope that we will be able to …`, `the leaders … hoped they would …`) as an intention, not a hope for others’ (`The Minister hoped they would …`)', () => {
    const text = 'The leaders agreed to stay in close touch, and hoped they would be able to meet in person soon. “We hope that we will be able to do a lot together,” the President said. The Minister hoped they would stop the fighting.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['The leaders agreed to stay in close touch', 'agreement', 'the leaders'],
      ['hoped they would be able to meet in person soon', 'intention', 'the leaders'],
      ['We hope that we will be able to do a lot together', 'intention', 'the President'],
    ]);
  });

  it('makes each item of a list after `agreed to:` an agreement', () => {
    const text = 'The foreign ministers met in Geneva and agreed to:\n- open a joint trade office\n- hold annual consultations\n- develop their energy cooperation\nThe ministers also condemned the attack.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, text.slice(c.trigger.start, c.trigger.end)]), [
      ['open a joint trade office', 'agreement', 'agreed to'],
      ['hold annual consultations', 'agreement', 'agreed to'],
      ['develop their energy cooperation', 'agreement', 'agreed to'],
    ]);
  });

  it('reads a contraction as the subject and steps over an aside: `I’m committed, as I’m sure the Secretary, for …`', () => {
    const text = 'FOREIGN MINISTER ASHKENAZI: I’m committed, as I’m sure the Secretary, for expanding the relationship. We’ll open a new consulate.\n\nSECRETARY BLINKEN: Thank you.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['I’m committed, as I’m sure the Secretary, for expanding the relationship', 'pledge', 'Ashkenazi'],
      ['We’ll open a new consulate', 'pledge', 'Ashkenazi'],
    ]);
  });

  it('reads commitments written as nouns: possessed, governed, coordinated', () => {
    const text = [
      'The minister underlined India’s firm commitment to assisting in the reconstruction.',
      'Both leaders affirmed the importance of the dialogue and the intention to hold the next round in 2025.',
      'The United States reiterated its strong commitment to the reform agenda.',
      'Our goal is to double trade by 2030.',
    ].join('\n\n');
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['India’s firm commitment to assisting in the reconstruction', 'pledge'],
      ['the intention to hold the next round in 2025', 'intention'],
      ['The United States reiterated its strong commitment to the reform agenda', 'pledge'],
      ['Our goal is to double trade by 2030', 'intention'],
    ]);
    assert.equal(a.commitments[0].actor, 'India');
  });

  it('counts signed documents, and agreeing on an act, not on a view', () => {
    const text = [
      'The preferential trade agreement we have signed today opens new markets.',
      'They agreed it was important to maintain momentum.',
      'The leaders also agreed on the centrality of the security issue.',
      'They agreed that the summit would be an occasion to celebrate.',
    ].join('\n\n');
    assert.deepEqual(commitments(text), [
      ['agreement we have signed', 'agreement'],
      ['agreed it was important to', 'agreement'],
    ]);
  });

  it('keeps a term in quotation marks inside the action: `ready to hold the “2+2” meeting`', () => {
    const a = annotate('India was ready to hold the “2+2” Ministerial Meeting before the summit.');
    assert.deepEqual(a.commitments.map((c) => c.text), ['India was ready to hold the “2+2” Ministerial Meeting before the summit']);
  });

  it('counts documents signed in the passive, and one agreement per item of a signed list', () => {
    const text = [
      'A Treaty on Friendship and Good-Neighbourly Relations between Chile and Norway was signed by the two Foreign Ministers.',
      'The following agreements were also signed in the presence of the two Presidents:',
      '  1. Memorandum on Fisheries;',
      '  2. Programme of Cultural Exchanges (2025-2027); and',
      '  3. Protocol on Consular Matters.',
      'The talks were not signed off by anyone.',
    ].join('\n');
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['A Treaty on Friendship and Good-Neighbourly Relations between Chile and Norway was signed by the two Foreign Ministers', 'agreement'],
      ['Memorandum on Fisheries', 'agreement'],
      ['Programme of Cultural Exchanges (2025-2027)', 'agreement'],
      ['Protocol on Consular Matters', 'agreement'],
    ]);
  });

  it('reads an agreement with no `that`, an existential agreement, and an assurance of support', () => {
    const text = [
      'The ministers agreed Chile and Norway would open a joint research centre in 2026.',
      'The ministers agreed the talks were useful.',
      'Minister Lund said: “There is an agreement on this matter.”',
      'The Chairperson of the Commission assured the President of the full support of the Commission.',
    ].join('\n\n');
    assert.deepEqual(commitments(text), [
      ['agreed', 'agreement'],
      ['There is an agreement on', 'agreement'],
      ['assured the President of the full support', 'pledge'],
    ]);
  });

  it('reads `want to` as an intention, but not a negated one or a courtesy', () => {
    const text = [
      'President Ana Ruiz said: “We want to deepen our cooperation in energy. We do not want to lose time. I want to take this moment to thank you.”',
    ].join('\n\n');
    assert.deepEqual(commitments(text), [['want to', 'intention']]);
  });

  it('gives a noun commitment its owner after `of`: `welcomed the renewed commitment of the authorities to …`', () => {
    const a = annotate('He welcomed the renewed commitment of the Chilean authorities to the widening of the political space.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [
      ['the renewed commitment of the Chilean authorities to the widening of the political space', 'the Chilean authorities'],
    ]);
  });

  it('carries a commitment on through `;` to verb phrases with no subject of their own', () => {
    const text = 'We will raise our support to the region;\nStrengthen our common defence;\nand widen our partnerships.\n\nWe will meet again; the ministers agreed this.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, text.slice(c.trigger.start, c.trigger.end)]), [
      ['We will raise our support to the region', 'will'],
      ['Strengthen our common defence', 'will'],
      ['widen our partnerships', 'will'],
      ['We will meet again', 'will'],
    ]);
  });

  it('does not count a forecast: `I expect the Allies to affirm their determination to …`', () => {
    assert.deepEqual(commitments('I expect the Allies to affirm their determination to support the mission.'), []);
  });

  it('reads a desire with an adjective (`their mutual desire to`), a volunteer’s offer, and not an offer to take questions', () => {
    assert.deepEqual(commitments('Moscow and Riyadh confirmed their mutual desire to further expand political dialogue.'), [['desire to', 'intention']]);
    assert.deepEqual(commitments('Poland volunteered to host the next meeting of the group.'), [['volunteered to', 'intention']]);
    assert.deepEqual(commitments('Minister Ana Costa said: “We covered a lot of ground. I am happy to take questions.”'), []);
  });

  it('reads an intention its subject has (`Japan has an intention to …`, `have the willingness to`), and not `has no intention to`', () => {
    const text = 'Minister Koichiro Gemba met Senator Bob Carr. Minister Gemba also stated that Japan has an intention to continuously play a leading role in the region. Australia has no intention to leave. Both countries have the willingness to deepen trade.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Japan has an intention to continuously play a leading role in the region', 'intention'],
      ['Both countries have the willingness to deepen trade', 'intention'],
    ]);
  });

  it('reads a participle after a comma as its own clause’s commitment: `…, committing to spend …`, `…, agreeing to further enhance …`', () => {
    const actors = (text: string): [string, string | null][] => annotate(text).commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.actor]);
    assert.deepEqual(actors('Prime Minister Ana Costa addressed the nation, committing to spend above 2 percent of GDP.'), [['committing to', 'Ana Costa']]);
    assert.deepEqual(actors('Mr. Ivan Petrov underscored that the UK is leading the way on defence spending, committing to spend above 2 percent of GDP.'), [['committing to', 'United Kingdom']]);
    // a relative clause after a comma is still no one's commitment
    assert.deepEqual(actors('The ministers met in Rome, which will host the summit next year.'), []);
    // and agreeing is such a participle too: `…, agreeing to further enhance their ties`
    assert.deepEqual(actors('The two leaders discussed bilateral relations, agreeing to further enhance their ties in diverse fields.'), [['agreeing to', 'the two leaders']]);
  });

  it('reads a noun commitment governed by a participle after a comma (`…, expressing their aspiration to meet soon`), and meeting soon as no courtesy', () => {
    const text = 'The two ministers reviewed trade and energy links, expressing their aspiration to meeting soon to continue their coordination.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.actor, c.text.slice(0, 26)]), [['intention', 'the two ministers', 'their aspiration to meetin']]);
    assert.deepEqual(commitments('Both ministers expressed their desire to meet soon.'), [['desire to', 'intention']]);
    // glad to meet someone is a courtesy, not a plan
    assert.deepEqual(commitments('Minister Ana Costa said: “I would like to meet you and thank you for coming.”'), []);
  });

  it('reads determination shown or demonstrated as the shower’s commitment (`the leaders have shown determination to further enhance their ties`)', () => {
    assert.deepEqual(commitments('According to the spokesperson, the leaders have shown determination to further enhance their ties.'), [['determination to', 'pledge']]);
    assert.deepEqual(commitments('The two ministers signed a memorandum, showing their readiness to deepen trade.'), [['signed a memorandum', 'agreement'], ['readiness to', 'intention']]);
  });

  it('reads a quoted action after its trigger as the action (`agreed to "intensify the dialogue …"`), and agreeing to meet as no courtesy', () => {
    const text = 'During the call, Ivan Petrov and Omar Haddad agreed to "intensify the dialogue between the foreign ministries of the two countries".';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [['agreement', 'Ivan Petrov and Omar Haddad agreed to "intensify the dialogue between the foreign ministries of the two countries']]);
    assert.deepEqual(commitments('The two leaders have also agreed to meet “soon”.'), [['agreed to', 'agreement']]);
  });

  it('does not count an event scheduled (`will be held`, `will take place`), and reads `look forward to work with you`', () => {
    assert.deepEqual(commitments('President Ivan Petrov said one of the sessions of the Assembly will be held in Minsk.'), []);
    assert.deepEqual(commitments('Minister Ana Costa noted that the next round of the Forum will take place in Lima.'), []);
    assert.deepEqual(commitments('Minister Ana Costa said: “We look forward to work with you again to strengthen the relationship.”'), [['look forward to', 'intention']]);
    // looking forward to a thing is no plan; to further work named by a noun it is
    assert.deepEqual(commitments('Minister Ana Costa said: “We look forward to the summit in Lima.”'), []);
    assert.deepEqual(commitments('Lithuania’s Foreign Minister looks forward to further cooperation with Romania.'), [['looks forward to', 'intention']]);
  });

  it('reads an action quoted from its trigger (`Le Drian "agreed to remain in close contact …"`) with the subject before the mark', () => {
    const text = 'Foreign Minister Jean-Yves Le Drian "agreed to remain in close contact with Mr. Blinken on this matter."';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.actor, c.text]), [['agreement', 'Jean-Yves Le Drian', 'agreed to remain in close contact with Mr. Blinken on this matter']]);
    const tass = 'Sergey Lavrov spoke with Rex Tillerson. It noted that the two top diplomats "agreed to continue contacts on other international problems."';
    assert.deepEqual(annotate(tass).commitments.map((c) => [c.actor, c.text]), [['the two top diplomats', 'agreed to continue contacts on other international problems']]);
  });

  it('reads an agreement with its day between verb and `to`: `agreed yesterday to strengthen …`', () => {
    assert.deepEqual(commitments('China and the Philippines agreed yesterday to strengthen high-level exchanges.'), [['agreed yesterday to', 'agreement']]);
  });

  it('reads `is preparing to` and hoping to meet each other as intentions', () => {
    assert.deepEqual(commitments('NATO is preparing to assist Iraq with defence capacity building.'), [['preparing to', 'intention']]);
    assert.deepEqual(commitments('The two ministers also hoped to meet each other whenever their schedules permitted.'), [['hoped to', 'intention']]);
  });

  it('does not count an agenda announced for others (`ministers will discuss …`) or a forecast (`will witness a bright future`), but counts `We will discuss`', () => {
    assert.deepEqual(commitments('Over the next two days, ministers will discuss what more NATO can do to support Ukraine.'), []);
    assert.deepEqual(commitments('Prince Khalid said the two countries will witness a bright future.'), []);
    assert.deepEqual(commitments('President Ivan Petrov said: “We will discuss all these issues now.”'), [['will', 'pledge']]);
  });

  it('does not count what one will witness (`we will be seeing people losing their jobs`, `we will be hearing remarks from …`) or is keen to say (`was keen to emphasize that …`), but counts `we will be working` and `is keen to strengthen`', () => {
    assert.deepEqual(commitments('President Ana Costa said: “Otherwise we will be seeing people losing their jobs and companies going bust.”'), []);
    assert.deepEqual(commitments('Secretary Ana Costa said: “Today we will be hearing remarks from the Foreign Minister of Peru.”'), []);
    assert.deepEqual(commitments('President Ana Costa said: “We will be working closely with Peru on trade.”'), [['will', 'pledge']]);
    assert.deepEqual(commitments('President Ana Costa was keen to emphasize that reaching a ceasefire is of utmost importance.'), []);
    assert.deepEqual(commitments('President Ana Costa was keen to strengthen ties with Peru.'), [['keen to', 'intention']]);
  });

  it('gives a verb coordinated after `… and` the clause’s subject, and ends a pledge where `and have agreed` begins another commitment', () => {
    const actors = (text: string): [string, string | null][] => annotate(text).commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.actor]);
    assert.deepEqual(actors('The two leaders discussed the relations between Iran and Saudi Arabia and agreed to bolster trade.'), [['agreed to', 'the two leaders']]);
    assert.deepEqual(actors('She said Chile is willing to deepen cooperation in renewable energy and hopes to maintain close communication with the Chinese side.'),
      [['willing to', 'Chile'], ['hopes to', 'Chile']]);
    const text = 'Minister Sergey Lavrov said: “We will also resume regular dialogue between Deputy Foreign Ministers and have agreed to prepare another plan for consultations.”';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.kind, c.text]), [
      ['pledge', 'We will also resume regular dialogue between Deputy Foreign Ministers'],
      ['agreement', 'agreed to prepare another plan for consultations'],
    ]);
  });

  it('reads an action agreed in the passive (`Cooperation in education was also agreed upon.`), but not `It was agreed.`', () => {
    assert.deepEqual(commitments('Both sides agreed to expand trade. Cooperation in education was also agreed upon.'), [['agreed to', 'agreement'], ['was also agreed upon', 'agreement']]);
    assert.deepEqual(commitments('The ministers met. It was agreed.'), []);
    assert.deepEqual(commitments('Everything we agreed upon, everything is going to plan.'), []);
  });

  it('does not count a forecast: `both countries will benefit`, `will mark 80 years`, `the affection … will continue.`', () => {
    assert.deepEqual(commitments('TPP was discussed, with assurances that both countries will benefit. Next year the two nations will mark 80 years of diplomatic relations. And the deep affection between Australians and New Zealanders will continue.'), []);
    // an action goes on being a pledge
    assert.deepEqual(commitments('Sri Lanka will continue to cooperate with the United Nations.'), [['will continue to', 'pledge']]);
  });

  it('counts one commitment when a second trigger continues the first', () => {
    assert.deepEqual(commitments('The two ministers shared the view that they will seek to find ways to resolve issues through dialogue.'), [
      ['will', 'agreement'],
    ]);
  });

  it('reads a reported `he would` without `that` as a commitment, but not a signing that only dates what followed', () => {
    const text = [
      'Minister Ivan Petrov met Minister Jan Holm.',
      'Petrov said he would raise the issue at NATO level.',
      'Holm said it would be difficult.',
      'He said that, since the two countries signed the joint roadmap in 2022, relations have been strengthened.',
      'Since they agreed to cooperate in 2019, trade has doubled.',
      'The two sides signed a memorandum on trade.',
    ].join(' ');
    assert.deepEqual(commitments(text), [['would', 'pledge'], ['signed a memorandum', 'agreement']]);
  });

  it('reads a noun trigger after a verb in the present, its agent the speaker’s `our`: `to reiterate the ties and our willingness to …`', () => {
    const text = 'Foreign Minister Ivan Petrov met Foreign Minister Jan Holm. Petrov added, “I am honored to be here, and to reiterate the excellent ties and our willingness to further deepen our relations.”';
    assert.deepEqual(commitments(text), [['willingness to', 'intention']]);
  });

  it('reads proposing one’s own action and openness to an action as intentions, not a proposal to someone or openness as a stance', () => {
    const text = [
      'Foreign Minister Ivan Petrov met Foreign Minister Li Wen.',
      'Petrov proposed to revive the consultation mechanism between the two ministries.',
      'Li Wen proposed to the Thai side that the talks continue.',
      'Minister Ana Costa expressed openness for continuing the political dialogue.',
      'President Jan Holm stressed the country’s openness to international collaboration.',
    ].join(' ');
    assert.deepEqual(commitments(text), [['proposed to', 'intention'], ['openness for', 'intention']]);
  });

  it('reads `promised to <verb>` and `affirmed to <verb>` as pledges, not `affirmed to the press that`', () => {
    const text = 'Prime Minister Ralph Gonsalves met Foreign Minister Ana Costa. Gonsalves promised to visit Ghana before the end of the year. On regional issues, they affirmed to maintain close coordination. Costa affirmed to the press that the talks went well.';
    assert.deepEqual(commitments(text), [['promised to', 'pledge'], ['affirmed to', 'pledge']]);
  });

  it('finds the subject across an adverb before the trigger: `I actually look forward to …`', () => {
    const text = 'External Affairs Minister Ivan Petrov met Secretary of State Jan Holm. “I actually look forward to working with you in Delhi,” Petrov said.';
    assert.deepEqual(commitments(text), [['look forward to', 'intention']]);
  });

  it('finds the subject of a coordinated trigger in a quoted sentence and of a gerund after `by`', () => {
    const text = [
      'Foreign Minister Ivan Petrov spoke with Secretary of State Jan Holm.',
      '"Especially, the two countries held consultations on cooperation with the North, and agreed to continue efforts for engagement with the North," the ministry added.',
      'They concluded the call by expressing their shared desire to work closely together on the most pressing challenges.',
    ].join(' ');
    assert.deepEqual(commitments(text), [['agreed to', 'agreement'], ['desire to', 'intention']]);
  });

  it('reads an offer of help as an intention, and `It is important to us that …` as a view, not a duty', () => {
    const text = 'Foreign Minister Jan Holm met Minister Ivan Petrov. “We also offered help in filling it,” Holm said. “It is important to us that a research centre is developing here,” said Petrov. It is important to strengthen the ties, Holm said.';
    assert.deepEqual(commitments(text), [['offered help', 'intention'], ['It is important to', 'obligation']]);
  });

  it('reads `agreed that X must remain …` as a shared view, `agreed that X should continue to …` as an agreement', () => {
    const view = 'Foreign Minister Jan Holm met Minister Ivan Petrov. The two ministers agreed that the situation in Ukraine must remain in the focus of the union.';
    assert.deepEqual(commitments(view), []);
    // (what was agreed is the agreement's content: one commitment, not a second for its `should`)
    assert.deepEqual(commitments(`${view} They agreed that both sides should continue to cooperate on energy.`), [['agreed that', 'agreement']]);
  });

  it('reads `agreed here Tuesday to …`, and not a passive signing in a `since` clause', () => {
    const text = 'Foreign Minister Ana Costa and visiting Foreign Minister Ivan Petrov agreed here Tuesday to further expand bilateral ties. Since a memorandum of understanding on strengthening cooperation was signed in 2007, relations have grown.';
    assert.deepEqual(commitments(text), [['agreed here Tuesday to', 'agreement']]);
  });

  it('takes a joint subject whose second party is `visiting`: the span and the actor start at the first', () => {
    const text = 'Foreign Minister Ana Costa and visiting Foreign Minister Ivan Petrov agreed to further expand bilateral ties.';
    const [c] = annotate(text).commitments;
    assert.equal(c.text, text.slice(0, -1));
    // (officials acting together are named as the text writes their names)
    assert.equal(c.actor, 'Ana Costa and Ivan Petrov');
  });

  it('reads a noun trigger governed by a participle of emphasis: `…, emphasizing the mutual commitment to intensify …`', () => {
    const text = 'Foreign Minister Ivan Petrov spoke with Foreign Minister Jan Holm. The sides also exchanged views on a number of issues, emphasizing the mutual commitment to intensify political dialogue.';
    assert.deepEqual(commitments(text), [['commitment to', 'pledge']]);
  });

  it('reads readiness for, and an aim at, joint work named by a noun as an intention, not readiness for anything', () => {
    const text = '“Estonia is ready for close cooperation with our neighbours,” Foreign Minister Jan Holm said. Estonia is aiming for even closer bilateral communication with Lithuania, Holm added. Estonia is ready for the winter.';
    assert.deepEqual(commitments(text), [['ready for', 'intention'], ['aiming for', 'intention']]);
  });

  it('does not read agreeing on what something is as an agreement: `there is agreement on Russia being the greatest threat`', () => {
    const text = '“Today there is agreement on Russia being the greatest security threat to the alliance,” Minister Jan Holm said. There was agreement on holding the next round in May.';
    assert.deepEqual(commitments(text), [['There was agreement on', 'agreement']]);
  });

  it('reads an owned objective as an intention (`it was Estonia’s objective to have closer relations`), not a goal as a topic, and keeps `Our goal is to …`', () => {
    const text = 'Foreign Minister Jan Holm spoke to the press. He noted that it was Estonia’s objective to have closer relations with the United States. The goal to reach 5 billion in trade was discussed. “Our goal is to increase trade,” he said.';
    assert.deepEqual(commitments(text), [['objective to', 'intention'], ['goal is to', 'intention']]);
  });

  it('does not read a negated duty as an obligation: `we must not underestimate`, `we should not get stuck`', () => {
    const text = '“We must not underestimate the risks. However, we should not get stuck in one aspect, and we should also try to advance in other areas,” Minister Jan Holm said.';
    assert.deepEqual(commitments(text), [['should', 'obligation']]);
  });

  it('reads a duty the speaker’s own side takes on after `it is important that we …` as an obligation, not an impersonal `that`', () => {
    const text = '“So it is even more important that we continue to support Ukraine,” Secretary General Jan Holm said. It is important that everything possible will be done.';
    assert.deepEqual(commitments(text), [['it is even more important that', 'obligation']]);
  });

  it('reads proposing joint work by a gerund or a noun of joint work as an intention (`suggested continuing the discussion`, `suggested increased cooperation`), not `proposed revisions` or `the proposed meeting`', () => {
    const text = 'Foreign Minister Jan Holm met Minister Ana Costa. Holm suggested increased cooperation in the field of asylum. He also suggested continuing the discussion on the model of integration. Costa proposed revisions to the act. The proposed meeting was postponed.';
    assert.deepEqual(commitments(text), [['suggested', 'intention'], ['suggested', 'intention']]);
  });

  it('reads `reaffirmed its commitment to …` as a pledge, but not `reaffirmed her country’s support for …` (a stance: the golds say so 10 times of 13) nor `affirmed that the US support for Ukraine remains unfaltering` (a state reported)', () => {
    const text = 'Secretary Jan Holm spoke with Minister Ana Costa. Holm affirmed that the US support for Ukraine remains unfaltering. Costa reaffirmed her country’s support for the reforms. Holm reaffirmed the US commitment to the reforms.';
    assert.deepEqual(commitments(text), [['reaffirmed the US commitment', 'pledge']]);
  });

  it('reads a commitment across a short address or a participle’s phrase in commas: `I am keen, liebe Annalena, to …`, `Germany, led by you, will continue …`', () => {
    const text = '“I am keen, dear Jan, to work together in the coming years. Germany, led by you, will continue its strong engagement,” High Representative Ana Costa said.';
    const a = annotate(text);
    assert.deepEqual(a.commitments.map((c) => [c.actor, c.kind]), [['Ana Costa', 'intention'], ['Germany', 'pledge']]);
  });
  it('reads a plural subject of parties, countries or officials as the subject a coordinated verb shares (`The parties agreed on the need to … and agreed to deepen cooperation …`)', () => {
    const text = 'During the meeting, the parties agreed on the need to oversee the joint agreements and agreed to deepen cooperation on many points. The countries discussed trade and agreed to open new routes.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [
      ['the parties agreed on the need to oversee the joint agreements', 'the parties'],
      ['agreed to deepen cooperation on many points', 'the parties'],
      ['agreed to open new routes', 'the countries'],
    ]);
  });
  it('ends a commitment’s span before a call on others coordinated after it (`… is committed to the peaceful resolution of disputes and called on all countries to …`)', () => {
    const text = 'President Ana Costa said the Philippines is committed to the peaceful resolution of disputes and called on all countries to uphold the law. The ministers stressed the urgent need to improve humanitarian conditions and urged joint efforts.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => c.text), ['the Philippines is committed to the peaceful resolution of disputes', 'The ministers stressed the urgent need to improve humanitarian conditions']);
  });
  it('reads readiness for talks as an intention (`Russia is ready for peace talks`), as readiness for cooperation was', () => {
    const text = 'Foreign Minister Peter Szijjarto met Sergey Lavrov. Szijjarto said Russia is ready for peace talks.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['Russia is ready for peace talks', 'intention']]);
  });
  it('reads agreeing that an event will take place as an agreement, its subject up to twelve words (`We agreed that the next round of Political Dialogue and Positive Agenda will take place in Athens`)', () => {
    const text = 'Minister Ana Costa met Minister Jan Holm. “We agreed that the next round of Political Dialogue and Positive Agenda will take place in Athens next month,” Costa said.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['We agreed that the next round of Political Dialogue and Positive Agenda will take place in Athens next month', 'agreement']]);
  });
  it('reads no commitment in a request to the reader (`please first agree to the privacy policy below`)', () => {
    const text = 'To activate the text-to-speech service, please first agree to the privacy policy below.\n\nThe two ministers agreed to meet again.';
    assert.deepEqual(annotate(text).commitments.map((c) => c.text), ['The two ministers agreed to meet again']);
  });
  it('reads no commitment in a hope that another will act (`I sincerely hope that the UN envoy, Ms Jane Holl Lute, will conclude …`), but one in a hope of one’s own (`hope that we will`, `hoped they would be able to meet`)', () => {
    const text = '“I sincerely hope that the UN envoy, Ms Jane Holl Lute, will conclude her consultations,” Minister Jan Holm said. “We hope that we will be able to do a lot together,” he said. The leaders hoped they would be able to meet in person soon.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['We hope that we will be able to do a lot together', 'intention'],
      ['The leaders hoped they would be able to meet in person soon', 'intention'],
    ]);
  });
  it('reads `their respective countries` as a subject (`said their respective countries would continue sending …`)', () => {
    const text = 'The ministers said their respective countries would continue sending additional military assistance.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['their respective countries would continue sending additional military assistance', 'pledge']]);
  });
  it('reads a name in apposition after its office as the subject (`Minister for Foreign Affairs, Jan Holm TD, will take part …`), not the second of two (`X and his counterpart, Y, agreed …`)', () => {
    const text = 'Minister for Foreign Affairs, Jan Holm TD, will take part in a meeting of EU Foreign Ministers on Monday. Foreign Minister Ana Costa and her Danish counterpart, Per Lund, agreed to hold consultations.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['Jan Holm TD, will take part in a meeting of EU Foreign Ministers on Monday', 'pledge', 'Jan Holm'],
    ]);
  });
  it('reads the subject of a commitment across a relative clause in commas (`the two countries, which chair APEC this year and next, will work …`), and a thing so described commits no one', () => {
    const text = 'President Ana Costa said the two countries, which are the APEC chairs this year and next year, will work closely together. The project, which started in May, will give new impetus to relations.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['the two countries, which are the APEC chairs this year and next year, will work closely together', 'pledge', 'the two countries'],
    ]);
  });
  it('reads agreeing with a party on an action as an agreement (`We agreed with the Serbian minister to strengthen …`), not agreeing with a view (`agreed with the approach to security`)', () => {
    const text = '“We agreed with the Serbian minister to strengthen political consultations,” Foreign Minister Ana Costa said. Costa agreed with Serbia to hold a joint government meeting. Costa agreed with the approach to security.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.text.split(' ')[0]]), [
      ['agreed with the Serbian minister to', 'agreement', 'We'],
      ['agreed with Serbia to', 'agreement', 'Costa'],
    ]);
  });

  it('reads `strive to` and `endeavour to` as intentions, and `endeavours` after a possessive as its owner’s (`touched on Iraq’s endeavours to establish …`), not after an article (`The endeavours to reach peace`)', () => {
    const text = 'Foreign Minister Ana Costa met Minister Jan Holm. Costa touched on Iraq’s endeavours to establish regional dialogues. Iran strives to expand trade with Iraq. Both sides endeavour to hold consultations every year. The endeavours to reach peace were discussed.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [
      ['endeavours to', 'intention', 'Iraq'],
      ['strives to', 'intention', 'Iran'],
      ['endeavour to', 'intention', 'Both sides'],
    ]);
  });

  it('reads a capital as its government when it commits (`Manila is committed to …` is the Philippines’, `London’s keenness to …` the United Kingdom’s)', () => {
    const text = 'Foreign Secretary Enrique Manalo met Secretary of State Marco Rubio. Manalo said Manila is committed to working with the US. Beijing will send a delegation.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [['Manila is committed to working with the US', 'Philippines'], ['Beijing will send a delegation', 'China']]);
    // (in the possessive too, owning a noun trigger)
    const owned = 'Minister Sam Gyimah asserted London’s keenness to apply the education programme.';
    assert.deepEqual(annotate(owned).commitments.map((c) => [c.text, c.actor]), [['London’s keenness to apply the education programme', 'United Kingdom']]);
  });
  it('keeps a quoted fragment woven into the action in its span (`eagerness to build “an even more invested relationship”`), not a quotation after a comma', () => {
    const text = 'Secretary of State Marco Rubio met Foreign Secretary Enrique Manalo. Rubio noted his enthusiasm for building enduring ties, expressing eagerness to build “an even more invested and enduring relationship.” Manalo said the Philippines will deepen trade, “which our farmers have long wanted.”';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => c.text), [
      'Rubio noted his enthusiasm for building enduring ties',
      'eagerness to build “an even more invested and enduring relationship',
      'the Philippines will deepen trade',
    ]);
  });

  it('reads `would` after a reporting verb and a short subject without `that` as a pledge (`Mr Johnson said Ireland would host …`), and `would want to` as an intention', () => {
    const text = 'Prime Minister Boris Johnson met Taoiseach Micheál Martin in Hillsborough. Mr Johnson said Britain and Ireland would work very warmly together. He said the weather would improve soon. Martin said Ireland would want to host the next summit.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.text]), [
      ['would', 'pledge', 'Britain and Ireland would work very warmly together'],
      ['want to', 'intention', 'Ireland would want to host the next summit'],
    ]);
  });

  it('reads in a transcript `it is our intention to …` as the speaker’s intention, and no commitment in courtesies of the speaking (`glad to be meeting you`, `looking forward to my meeting with …`, `I’ll give you a highlight`, `the main point I would like to make:`)', () => {
    const text = 'PRESIDENT PUTIN: Mr President, friends, it is our intention to help it even further. This is the main point I would like to make: there are various projects.\n\nSECRETARY BLINKEN: I’m glad to be meeting face-to-face with you. I’m looking forward to my meeting with the Secretary. I look forward to further strengthening our ties. I’ll give you a highlight of, I think, some of the key points.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['it is our intention to help it even further', 'intention', 'Putin'],
      ['I look forward to further strengthening our ties', 'intention', 'Blinken'],
    ]);
  });
  it('reads announcing what one will say as no commitment (`two announcements I would like to make this morning`, `I want to make an announcement`, `we will make an announcement tomorrow`), but making progress stays an intention', () => {
    const text = 'Foreign Minister Ana Costa: There are two announcements I would like to make this morning. Secondly, I want to make an announcement in relation to the embassy. We will make an announcement tomorrow. We would like to make progress on trade.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['We would like to make progress on trade', 'intention']]);
  });

  it('reads no commitment in wishes sent to someone (`conveyed his wishes to the Egyptian people`) nor in an agreement of history (`signed a peace treaty with Israel in 1979` on a page of 2023), but keeps `their desire to deepen ties` and this year’s signing', () => {
    const text = ' date 2023-12-23 President Sisi conveyed his wishes to the Egyptian people for further development. They expressed their desire to deepen ties. Egypt signed a peace treaty with Israel in 1979, and hosted the deposed Shah. The two sides signed an agreement on trade in 2023.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['They expressed their desire to deepen ties', 'intention'],
      ['The two sides signed an agreement on trade in 2023', 'agreement'],
    ]);
  });

  it('reads an action agreed in the passive before a comma and `to be` (`A work program was agreed, to be implemented in 1987-1988`)', () => {
    const text = 'Foreign Minister Ana Costa met Foreign Minister Jan Holm. The two sides discussed many issues. A work program was agreed, to be implemented in 1987-1988.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [['A work program was agreed, to be implemented in 1987-1988', 'agreement']]);
  });

  it('reads a cabinet or a bloc as a party that commits, a word of the trigger in marks (`Putin is “ready” to meet`), and ends an action before `and is committed to …`', () => {
    const text = 'Foreign Minister Wang Yi spoke with Foreign Minister Takeshi Iwaya. Iwaya said the new Japanese cabinet is willing to promote the relationship between Japan and China and is committed to building stable ties.\n\nPresident Vladimir Putin spoke with President Donald Trump. The Kremlin said Putin is “ready” to meet Trump.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Japanese cabinet is willing to promote the relationship between Japan and China', 'intention'],
      ['is committed to building stable ties', 'pledge'],
      ['Putin is “ready” to meet Trump', 'intention'],
    ]);
  });

  it('reads `pledging to …` after a comma as a pledge of the clause’s subject (`Chung congratulated Son …, pledging to closely coordinate with him`)', () => {
    const text = 'Foreign Minister Chung Eui-yong spoke with Foreign Minister Bui Thanh Son. Chung congratulated Son on his election, pledging to closely coordinate with him on trade.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind, c.actor]), [['pledging to closely coordinate with him on trade', 'pledge', 'Chung Eui-yong']]);
  });

  it('reads `an agreement was reached to …` as an agreement with no one named, and `the foreign ministries agreed to …` as theirs', () => {
    const text = 'Foreign Minister Abdulaziz Kamilov spoke with Minister Christopher Pincher. At the end of the conversation, an agreement was reached to continue the practice of holding consultations. Moreover, the foreign ministries agreed to enhance the status of the reciprocal visits.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.actor]), [['agreement', null], ['agreement', 'the foreign ministries']]);
  });

  it('reads a declared ambition as an intention of its owner (`Iceland has declared her ambition to open …`), not an ambition as a topic', () => {
    const text = 'Foreign Minister Ana Costa met Minister Jan Holm. Iceland has declared her ambition to open all outstanding chapters. The ambition to reach the summit was discussed.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [['ambition to', 'intention', 'Iceland']]);
  });

  it('reads a document signed after an opening phrase in commas as an agreement from the document on (`During the visit, an agreement … was signed`)', () => {
    const text = 'Foreign Minister Ana Costa visited Valletta. During the visit of the minister, together with Minister Jan Holm, an agreement of bilateral cooperation between the two countries was signed.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['an agreement of bilateral cooperation between the two countries was signed', 'agreement']]);
  });

  it('gives a verb coordinated after a thing as subject no actor from the last party named (`It will contribute to … the Union and will create …`)', () => {
    const text = 'Foreign Minister Ana Costa met Minister Jan Holm. The ministers discussed the pipeline. It will contribute to eliminating energy islands in the Union and will create better conditions for the market. Sweden will build the terminal and will open it in May.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [['Sweden will build the terminal', 'Sweden'], ['will open it in May', 'Sweden']]);
  });
  it('reads `agreed about` as `agreed on`, and looking forward to joint work with a qualifier (`looks forward to economic cooperation with Iran`), not to `our discussions`', () => {
    const text = 'Minister Ana Costa met Minister Ivan Petrov. Costa and Petrov agreed about the granting of joint consular services. Petrov said Lebanon looks forward to economic cooperation with Iran. “I look forward to our discussions,” Costa said.';
    assert.deepEqual(commitments(text), [['agreed about', 'agreement'], ['looks forward to', 'intention']]);
  });

  it('does not read a record of the past (`documents have been signed … so far`), what is intended as another clause’s object (`everything we intend to do`), as commitments; a party inside a phrase before a passive (`Cooperation between the two countries need to be expanded`) is no actor: the passive duty names none', () => {
    const text = 'Minister Ana Costa met Minister Ivan Petrov. So far 25 documents have been signed between the two countries. “Everything we intend to do in the next months will help,” Costa said. Cooperation between the two countries need to be expanded to education.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.actor]), [['Cooperation between the two countries need to be expanded to education', null]]);
  });
  it('reads `revealed plans to visit Armenia` as an intention of the one who revealed them, and keeps `Russia plans to …`; not plans as a topic or a shared commitment discussed', () => {
    const text = 'Foreign Minister Sergey Lavrov met Minister Ararat Mirzoyan. Lavrov revealed plans to visit Armenia. Russia plans to open a consulate. They discussed plans to open a school. “Today we discussed our shared commitment to the alliance,” Mirzoyan said.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [
      ['plans to', 'intention', 'Sergey Lavrov'],
      ['plans to', 'intention', 'Russia'],
    ]);
  });
  it('reads plans of the meeting with no one named (`There are also plans for an even closer cooperation`, `Plans were also exchanged to continue cooperation`) as intentions, not plans of the past (`There were plans to build a road in 1990`)', () => {
    const text = 'Foreign Minister Ana Costa met Minister Jan Holm. There are also plans for an even closer cooperation in defence, Costa added. Plans were also exchanged to continue cooperation through common platforms. There were plans to build a road in 1990.';
    assert.deepEqual(commitments(text), [['There are also plans for', 'intention'], ['Plans were also exchanged to', 'intention']]);
  });
  it('does not count another party’s action foreseen under a belief (`believes that Viet Nam will achieve …`, `confident that the new Government will …`), but keeps the believer’s own (`I am sure that we will continue …`, `he was sure that he would visit …`)', () => {
    const text = 'Foreign Minister Chung Eui-yong spoke with Foreign Minister Bui Thanh Son. Chung said he believes that Viet Nam will achieve its targets. “We are confident that the new Russian Government will maintain continuity of policies. I am sure that we will continue to work in the same way,” Son said. Son said he was sure that he would visit Seoul.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['we will continue to work in the same way', 'pledge'], ['he would visit Seoul', 'pledge']]);
  });
  it('does not take a party after `between`, `against` or `by` as the subject of a modal (`partnership between the UK and the EU will achieve this`, `a launch by North Korea will constitute …`)', () => {
    const text = 'Chancellor Olaf Scholz met President Ursula von der Leyen. Scholz said that aggression against Ukraine would entail serious consequences. A stronger partnership between the UK and the EU will achieve this. They shared the view that a launch of a missile by North Korea will constitute a breach. Scholz said Germany and the EU will strengthen sanctions.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.actor]), [['Germany and the EU will strengthen sanctions', 'Germany and the EU']]);
  });
  it('reads `All of us must …` and `Both of us will …` as the speaker’s side, and `all of us` in a statement as `we`', () => {
    const text = 'President Putin met President Lukashenko. “All of us must work together,” Putin said. “Both of us will visit Minsk,” Putin said. The statement said all of us will meet again.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['All of us must work together', 'obligation', 'Putin'],
      ['Both of us will visit Minsk', 'pledge', 'Putin'],
      ['all of us will meet again', 'pledge', 'we'],
    ]);
  });
  it('reads a relative clause with its own subject (`talks, during which we will discuss …`, `issues on which we must …`, `a meeting where they reaffirmed their commitment to …`) as a commitment, and still not a question (`what steps we need to take`, `how we will do it`)', () => {
    const text = 'President Putin met President Erdogan. “I place great importance on today’s talks, during which we will discuss bilateral issues. There are other issues on which we must come to terms,” Putin said. “We discussed what steps we need to take and how we will do it,” Putin said. The two leaders later held a closed-door meeting where they reaffirmed their commitment to strengthening bilateral relations.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['we will discuss bilateral issues', 'pledge'],
      ['we must come to terms', 'obligation'],
      ['they reaffirmed their commitment to strengthening bilateral relations', 'pledge'],
    ]);
  });
  it('does not count a rule for everyone stated with a bare plural (`countries should embrace …`, `governments should work to …`, `agreed that all countries should …`), but counts the parties’ own (`The two countries should …`, `Both governments will …`)', () => {
    const text = 'Secretary Condoleezza Rice met Minister Celso Amorim. We believe that countries should embrace policies that promote growth, and governments should work to empower their people. They also agreed that all countries should do their utmost to help. The two countries should deepen trade. Both governments will open consulates.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['The two countries should deepen trade', 'obligation'], ['Both governments will open consulates', 'pledge']]);
  });
  it('counts what `All Sides agreed to …` (the signatories of a joint statement) while `all sides should …` stays a rule for everyone', () => {
    const text = 'The Foreign Ministers of India and the Central Asian countries met in Samarkand. All Sides condemned terrorism in all its forms and agreed to cooperate in countering terrorism. All sides should refrain from violence.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['agreed to cooperate in countering terrorism', 'agreement']]);
  });
  it('reads an assembly that agrees (`the meeting agreed to hold …`, `The summit decided to launch …`) as an agreement of those who took part, and not its agenda (`The meeting will discuss …`)', () => {
    const text = 'Foreign Minister Roberto Ampuero met Foreign Minister Carlos Holmes Trujillo in Santiago. Ampuero also explained that the meeting agreed to hold the third meeting of the Strategic Association Council. The summit decided to launch a fund. The meeting will discuss trade.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['the meeting agreed to hold the third meeting of the Strategic Association Council', 'agreement', null],
      ['The summit decided to launch a fund', 'agreement', null],
    ]);
  });
  it('does not count `I would like to add …` (a courtesy of the speaking) nor an agreement referred to before the main verb (`this agenda that we have agreed on today is …`), but counts `We agreed on a new plan` and `The main thing … agreed upon was to set a date`', () => {
    const text = 'Foreign Minister Roberto Ampuero met Foreign Minister Carlos Holmes Trujillo. “I would like to add to this rich agenda that we have agreed on today is the support given by the Government of Chile. We agreed on a new plan,” Ampuero said. The main thing the ministers agreed upon was to set a date for a meeting. The roadmap which we have agreed on today will be implemented in full.';
    assert.deepEqual(commitments(text), [['agreed on', 'agreement'], ['agreed upon', 'agreement'], ['agreed on', 'agreement']]);
  });
  it('reads two sides’ shared resolve (`both countries’ shared determination to …`) and a plural `resolves` (`affirmed their resolves to bolster …`) as pledges', () => {
    const text = 'Mr. Jean-Marc Ayrault spoke with Mr. Rex Tillerson. Mr. Ayrault and Mr. Tillerson reaffirmed the solidity of the alliance against this threat and both countries’ shared determination to eradicate it. They affirmed their resolves to bolster those bonds of friendship.';
    assert.deepEqual(commitments(text), [['determination to', 'pledge'], ['resolves to', 'pledge']]);
  });
  it('reads `resolved to` as `decided to`, `keenness to` as an intention, and `the Kingdom` in a minister’s words as the minister’s country', () => {
    const text = 'Jordanian Foreign Minister Ayman Safadi met EU High Representative Josep Borrell. “We discussed bilateral relations and resolved to continue working closely,” Safadi said. Borrell affirmed the EU’s keenness to consolidate the ties. “The Kingdom will not allow the existing situation to continue,” Safadi said.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [text.slice(c.trigger.start, c.trigger.end), c.kind, c.actor]), [
      ['resolved to', 'agreement', 'Jordan'],
      ['keenness to', 'intention', 'EU'],
      ['will', 'pledge', 'Jordan'],
    ]);
  });
  it('reads a need its holders state for their own action (`They also found it necessary to create …`, `The sides considered it important to continue …`) as an obligation; not what matters to someone (`considered it important to the region`)', () => {
    const text = 'Foreign Minister Donika Gervalla met Minister Olta Xhaçka in Tirana. They also found it necessary to create a serious offer for members of the diaspora. The sides considered it important to continue the dialogue. They considered it important to the region.';
    assert.deepEqual(commitments(text), [['found it necessary to', 'obligation'], ['considered it important to', 'obligation']]);
  });
  it('reads looking forward to joint work qualified by two words joined by `and` as an intention (`Russia looks forward to close and fruitful cooperation with …`), not looking forward to an event', () => {
    const text = 'Defence Minister Andrei Belousov met Admiral Dong Jun. Russia looks forward to close and fruitful cooperation with China. Russia looks forward to the long and cold winter.';
    assert.deepEqual(commitments(text), [['looks forward to', 'intention']]);
  });
  it('reads accepting an invitation its sender owns as a pledge (`Prayut thanked and accepted Trump’s invitation to visit the US`), as one with an article', () => {
    const text = 'Prime Minister Prayut Chan-o-cha spoke with President Donald Trump. Prayut thanked and accepted Trump’s invitation to visit the US.';
    assert.deepEqual(commitments(text), [['accepted Trump’s invitation', 'pledge']]);
  });
  it('reads an agreement with a day and a place between `agreed` and its content (`agreed Wednesday in Kabul on …`, `agreed in Paris to …`), and agreeing that it would be (especially) important to act; not that something was important to someone', () => {
    const text = 'The governments of Afghanistan and Pakistan agreed Wednesday in Kabul on an enhanced bilateral partnership. The leaders agreed in Paris to deepen cooperation. Both ministers agreed that it would be especially important to continue close cooperation. The ministers agreed that it was important to the region.';
    assert.deepEqual(commitments(text), [['agreed Wednesday in Kabul on', 'agreement'], ['agreed in Paris to', 'agreement'], ['agreed that', 'agreement']]);
  });
  it('reads `needed to` reported, `renewed their commitment to` and `agreed it was time to` as commitments, and no party after `with` as a modal’s subject (`consultations with Poland will help …`)', () => {
    const text = 'Minister Winston Peters met Minister Inia Seruiratu in Suva. The ministers stressed that Europe and the U.S. needed to stay united. Peters and Seruiratu renewed their commitment to strengthen the friendship between Fiji and New Zealand. The Ministers agreed it was time to take the relationship to a new level. Peters said that the consultations with Poland will help resolve problematic issues. The talks were held, with the two ministers underlining their commitment to peace.';
    assert.deepEqual(commitments(text), [['needed to', 'obligation'], ['commitment to', 'pledge'], ['agreed it was time to', 'agreement'], ['commitment to', 'pledge']]);
  });
  it('reads `we will find ways to …` and `we will find a solution` as pledges, and `you will find that …`, `we will find it useful` as none', () => {
    const text = 'Prime Minister Denys Shmyhal met Prime Minister Mateusz Morawiecki. “We hope that the consultations will bring results, and we will find ways to resolve problematic issues. We will find a solution. We will find it useful,” Shmyhal concluded.';
    assert.deepEqual(commitments(text), [['will', 'pledge'], ['will', 'pledge']]);
  });
  it('reads a `would` reported by `reassured X that` and `promising that` as a pledge, and a subject before an adverb in -ly (`has promptly promised to`)', () => {
    const text = 'Foreign Minister Workneh Gebeyehu met Chairperson Moussa Faki. Workneh reassured the Chairperson that he would investigate all anomalies, while promising that his Ministry would do its best to uphold the agreement. President Lula has promptly promised to restore the forest programme.';
    assert.deepEqual(commitments(text), [['would', 'pledge'], ['would', 'pledge'], ['promised to', 'pledge']]);
  });
  it('reads `we will conclude the talks` and `we will have a full statement` as pledges, while `I will conclude by thanking …`, `we will have much to discuss` and `I am pleased to report that …` stay courtesies and forecasts', () => {
    const text = 'Prime Minister Andrew Holness met Prime Minister Keith Rowley. “We will conclude many of those discussions on Thursday. We will have a full statement and sit down with the press. The ministry will have preparatory meetings with scientists. I am pleased to report that we made progress. I will conclude by thanking you. We will have much to talk about,” Holness said.';
    assert.deepEqual(commitments(text), [['will', 'pledge'], ['will', 'pledge'], ['will', 'pledge']]);
  });
  it('ends a commitment before `, stating` (and `, explaining`, `, insisting`, `, asserting`)', () => {
    const a = annotate('Foreign Minister Ana Costa met Minister Jan Holm. Costa reaffirmed her readiness to work with the ministry, stating that trade matters.');
    assert.deepEqual(a.commitments.map((c) => c.text.endsWith('with the ministry')), [true]);
  });
  it('reads `agreed on the urgent need for …` as a view and `agreed that all parties should …` as a rule for others, `I’ll make a couple of points` as a courtesy; `Sides … emphasizing the mutual commitment to …` stays a pledge', () => {
    const text = 'President Uhuru Kenyatta spoke with Secretary Antony Blinken. They agreed on the urgent need for a cessation of hostilities. They agreed that all parties should refrain from escalatory actions. “I’ll make a couple of points about the context,” Kenyatta said. Sides also exchanged views, emphasizing the mutual commitment to intensify political dialogue.';
    assert.deepEqual(commitments(text), [['commitment to', 'pledge']]);
  });
  it('reads no pledge in an impersonal report of a schedule (`it was announced that Vucic would meet with Guterres`)', () => {
    const text = 'President Aleksandar Vucic arrived in New York. It was announced that Vucic would meet with Guterres at the UN HQ. Vucic said that Serbia would cooperate.';
    assert.deepEqual(commitments(text), [['would', 'pledge']]);
  });

  it('reads a pronoun with its verb glued on as the actor (`I’d be happy to do it`), `It’s important to …` as a speaker’s duty, and a relative clause of place as no question (`talks in Mogadishu, where the two nations committed to …`, `… of Somalia where …`)', () => {
    const text = 'Foreign Minister Alexander Downer spoke to reporters. “I’d be happy to do it,” Downer said. “It’s important to show a bit of patience,” he said. Ambassador Macharia Kamau held talks in Mogadishu, where the two nations committed to bolstering their trade relations. He then visited the Federal Republic of Somalia where the two ministries committed to sharing data.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['I’d be happy to do it', 'intention'],
      ['It’s important to show a bit of patience', 'obligation'],
      ['the two nations committed to bolstering their trade relations', 'pledge'],
      ['the two ministries committed to sharing data', 'pledge'],
    ]);
    assert.equal(a.commitments[0].actor, 'Alexander Downer');
    // (what is asked stays a question: `what steps we need to take`)
    assert.deepEqual(commitments('Foreign Minister Alexander Downer spoke to reporters. We discussed what steps we need to take.'), []);
  });

  it('reads no commitment in a document of an earlier year (`an agreement signed in 2004 that has allowed us …`) nor in opening by a welcome (`I would like to begin by again extending a cordial welcome …`), but one signed at the meeting', () => {
    const text = 'Foreign Secretary Luis Videgaray met Foreign Minister Rodolfo Nin Novoa. “I would like to begin by again extending a cordial welcome to the Minister. Uruguay is the only country with which Mexico has a Free Trade Agreement, an agreement signed in 2004 that has allowed us to expand trade,” Videgaray said. The ministers signed a memorandum on education.';
    assert.deepEqual(commitments(text), [['signed a memorandum', 'agreement']]);
  });

  it('reads the parties after a news agency’s dateline (`HAVANA, May 6th (PL) Dominican Republic and Cuba signed …`) and ends an action at a new clause after a comma (`…, it is very important …`, `…, so the EU and Barbados could …`)', () => {
    const text = 'Cuba and the Dominican Republic\n\nHAVANA, May 6th (PL) Dominican Republic and Cuba signed a Cooperation Agreement on education.\n\nPrime Minister Mia Mottley met Ambassador Malgorzata Wasilewska. Mottley said it was necessary to settle this matter, so the EU and Barbados could work together on other issues. “We should analyze everything we can do in commercial matters, it is very important in the region to concentrate potentials,” Mottley said.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => c.text), [
      'Dominican Republic and Cuba signed a Cooperation Agreement on education',
      'it was necessary to settle this matter',
      'We should analyze everything we can do in commercial matters',
    ]);
  });

  it('reads introducing someone in the speaking as a courtesy (`I am very pleased to introduce to you Ambassador John Bass`, `I would like to introduce …`)', () => {
    const text = 'Spokesperson Ned Price briefed reporters. “I am very pleased to introduce to you Ambassador John Bass. I would like to introduce our guests. We are ready to take part in the summit,” Price said.';
    assert.deepEqual(commitments(text), [['ready to', 'intention']]);
  });

  it('reads being glad to be received or welcomed as a courtesy (`We’re happy to be here and happy to be received`)', () => {
    const text = 'Secretary John Kerry met Foreign Secretary José Antonio Meade. “We’re happy to be here and happy to be received. We are happy to work with you,” Meade said.';
    assert.deepEqual(commitments(text), [['happy to', 'intention']]);
  });

  it('reads `wish to` after its subject as an intention (`The ministers … wish to reinforce these further`; `We wish to thank …` a courtesy), an interest in one’s own action (`confirmed interest to visit Georgia`, `expressed interest in considering …`) and assured continued support as a pledge', () => {
    const text = 'President Milo Đukanović spoke with President Salome Zourabichvili. The two presidents are delighted with their relations, and wish to reinforce these further. We wish to thank our hosts. Đukanović confirmed interest to visit Georgia. They expressed interest in considering safety corridors. He assured Montenegro’s continued support for Georgia.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['wish to reinforce these further', 'intention'],
      ['Đukanović confirmed interest to visit Georgia', 'intention'],
      ['They expressed interest in considering safety corridors', 'intention'],
      ['He assured Montenegro’s continued support for Georgia', 'pledge'],
    ]);
  });

  it('reads an interest reconfirmed in a further action or its development (`reconfirmed interest in further developing …`), and one stated by a participle after a comma (`…, confirming their mutual interest in continuing …`)', () => {
    const text = 'Minister Ana Costa met Minister Ivan Petrov. Thus, the participants reconfirmed interest in further developing the dialogue. The sides praised the dialogue, confirming their mutual interest in continuing cooperation in all fields. They expressed interest in the region.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['the participants reconfirmed interest in further developing the dialogue', 'intention'],
      ['confirming their mutual interest in continuing cooperation in all fields', 'intention'],
    ]);
  });

  it('reads an agreement with a counterpart named in apposition (`agreed with her counterpart, Mr Bede Corry, that …`)', () => {
    const text = 'Foreign Minister Raijeli Taga met Bede Corry. Taga agreed with her New Zealand counterpart, Mr Bede Corry, that both sides will refresh the partnership.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Taga agreed with her New Zealand counterpart, Mr Bede Corry, that both sides will refresh the partnership', 'agreement'],
    ]);
  });

  it('reads no commitment in agreeing on how relations stand (`agreed on the excellent state of bilateral relations`) or in being glad to have a guest here (`I am very happy to have the Foreign Minister here`)', () => {
    const text = 'President John Briceño met Minister Lin Chia-lung. The two parties agreed on the excellent state of bilateral relations. “I am very happy to have the Foreign Minister here,” Briceño said. They agreed on the need to expand trade.';
    assert.deepEqual(annotate(text).commitments.map((c) => c.text), ['They agreed on the need to expand trade']);
  });

  it('reads a party’s undertaking as its commitment (`The Minister confirmed France’s undertaking to support …`)', () => {
    const text = 'Secretary General Thorbjørn Jagland received Minister Jean Leonetti. The Minister confirmed France’s undertaking to support the organisation of a Forum for Democracy.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['France’s undertaking to support the organisation of a Forum for Democracy', 'pledge']]);
  });

  it('reads a decision adopted or taken as an agreement, and a meeting named with a few words as the assembly that agrees (`The GUAM ministerial meeting adopted a decision on passing …`, `The jubilee meeting reached agreement on …`)', () => {
    const text = 'Minister Ana Costa met Minister Ivan Petrov. The GUAM ministerial meeting adopted a decision on passing the chairmanship to Azerbaijan. The jubilee meeting reached agreement on many concrete measures. The two ministers took the decision to open consulates.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The GUAM ministerial meeting adopted a decision on passing the chairmanship to Azerbaijan', 'agreement'],
      ['The jubilee meeting reached agreement on many concrete measures', 'agreement'],
      ['The two ministers took the decision to open consulates', 'agreement'],
    ]);
  });

  it('reads a commitment expressed together with support (`expressed his support and commitment to strengthen …`)', () => {
    const text = 'Secretary Clarems Endara met President Eduardo Chiliquinga. Chiliquinga expressed his support and commitment to strengthen Latin American integration.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [['Chiliquinga expressed his support and commitment to strengthen Latin American integration', 'pledge']]);
  });

  it('reads being obliged to act and `it’s critical that we …` as the speaker’s side’s obligations', () => {
    const text = 'Minister Emma Bonino met Minister Ivan Petrov. “We are obliged to sustain the trend in our exports. It’s critical that we also understand other perspectives,” Bonino said.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['We are obliged to sustain the trend in our exports', 'obligation'],
      ['It’s critical that we also understand other perspectives', 'obligation'],
    ]);
  });

  it('reads `agreed both sides would …` as an agreement, and agreeing on a threat as a view (`agreed on the grave threat posed by …`)', () => {
    const text = 'State Councilor Dai Bingguo spoke with Tom Donilon. They agreed both sides would make joint efforts to ensure the success of the visit. They agreed on the grave threat posed by the programme.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [['They agreed both sides would make joint efforts to ensure the success of the visit', 'agreement']]);
  });

  it('reads `inked` as `signed` and an MoU as a document (`The two leaders inked an MoU …`, `The memorandum was inked by …`)', () => {
    const text = 'Vice President Venkaiah Naidu met Senate President Bernard Makuza. The two leaders inked an MoU on parliamentary cooperation. The memorandum was inked by the two speakers.';
    const a = annotate(text);
    assertExactSpans(a, text);
    // (an MoU is a document, as a memorandum is; a document opening the trigger keeps its article)
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The two leaders inked an MoU on parliamentary cooperation', 'agreement'],
      ['The memorandum was inked by the two speakers', 'agreement'],
    ]);
  });

  it('keeps a restrictive relative clause and a purpose clause in the action (`sign the documents which will determine …`, `a formula that would …`, `coordinate so that …`), and still ends it at a comma before `which`', () => {
    const text = 'President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev. “We will sign the documents which will determine the areas of our cooperation. It is also necessary to find a formula that would bring our economies closer,” Tokayev said. The two leaders agreed that their ministers should continue to coordinate so that the summit could succeed. They agreed to open a consulate in Samarkand, which hosted the talks.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => c.text), [
      'We will sign the documents which will determine the areas of our cooperation',
      'It is also necessary to find a formula that would bring our economies closer',
      'The two leaders agreed that their ministers should continue to coordinate so that the summit could succeed',
      'They agreed to open a consulate in Samarkand',
    ]);
  });

  it('reads a communiqué’s subjunctive after `agreed that` (`relevant authorities pursue progress …`, not `both countries share …`), leaders who direct or task officials together (one leader’s order is none), and support assured with its qualifiers at the sentence’s end (`assured him of Malawi’s bilateral and multi-lateral support.`)', () => {
    const text = 'President Lionel Aingimea met President David Panuelo. The Presidents agreed that relevant authorities pursue progress on this initiative. They agreed that both countries share common values. The Presidents directed officials to adapt to current circumstances and tasked the working group to meet virtually. The President directed the ministry to prepare a report. Aingimea commended the people of Micronesia and assured him of Nauru’s bilateral and multi-lateral support.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The Presidents agreed that relevant authorities pursue progress on this initiative', 'agreement'],
      ['The Presidents directed officials to adapt to current circumstances and tasked the working group to meet virtually', 'agreement'],
      ['assured him of Nauru’s bilateral and multi-lateral support', 'pledge'],
    ]);
  });

  it('reads `will` as a noun after an owner (`expressed their will to strengthen …`, `his country’s will to strive …`; the modal stays a pledge), `It was agreed upon to`, a reported `would be paying …`, a second `would` coordinated with it, and a reported `would` after a subject of eight words', () => {
    const text = 'Foreign Minister János Martonyi met Foreign Minister Miroslav Lajčák. They also expressed their will to strengthen culture as a means for integration. It was agreed upon to take concrete measures. Martonyi declared that he would be paying an official visit to Slovakia in March and would also attend the security forum in Bratislava. The two ministers announced that the legal experts of the two countries would continue their talks in Budapest. He said the weather would be changing soon. We will to the best of our ability help.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['They also expressed their will to strengthen culture as a means for integration', 'intention'],
      ['It was agreed upon to take concrete measures', 'agreement'],
      ['he would be paying an official visit to Slovakia in March', 'pledge'],
      ['would also attend the security forum in Bratislava', 'pledge'],
      ['the two countries would continue their talks in Budapest', 'pledge'],
      ['We will to the best of our ability help', 'pledge'],
    ]);
  });

  it('reads a reported `had agreed` (`said the two countries had agreed to cooperate …`) as an agreement, but not one’s own past agreement (`told him that we had agreed to prepare this meeting`) nor a plan of the past (`had planned to`)', () => {
    const text = 'King Letsie met President Emmerson Mnangagwa. Prime Minister Sam Matekane said the two countries had agreed to cooperate in various sectors. “I have just told Mr President that we had agreed to prepare this meeting,” Mnangagwa said. Matekane said he had planned to visit earlier.';
    assert.deepEqual(commitments(text), [['agreed to', 'agreement']]);
  });

  it('reads help offered with any words that qualify it (`offered humanitarian and political support to help …`) as an intention, also at a sentence’s end', () => {
    const text = 'Foreign Minister Abdallah Bou Habib met his European counterparts. Both ministers offered humanitarian and political support to help Lebanon out of its crisis. Ireland offered its full technical assistance.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Both ministers offered humanitarian and political support to help Lebanon out of its crisis', 'intention'],
      ['Ireland offered its full technical assistance', 'intention'],
    ]);
  });

  it('reads an organization by its acronym as a party (`ACC will continue to …`, `ACC is committed to …`), money announced or committed as a pledge (`announced £22m of new UK aid funding`, `committed NZ$16.5 million to …`), a compact signed, and a `would` after `responded that`', () => {
    const text = 'Secretary-General Lim Jock Hoi met Secretary-General Chen Dehai of the ASEAN-China Centre (ACC). He said that ACC will continue to enhance exchanges. ACC is committed to promoting exchanges. Minister Baldwin announced £22m of new UK aid funding. On Wednesday, the New Zealand government committed NZ$16.5 million to the Cook Islands. Minister Baldwin and Minister Matthew Nkhuwa signed the Energy Africa Compact. Minister Amorim responded that Brazil would call on Iran to take a flexible position.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['ACC will continue to enhance exchanges', 'pledge'],
      ['ACC is committed to promoting exchanges', 'pledge'],
      ['Minister Baldwin announced £22m of new UK aid funding', 'pledge'],
      ['the New Zealand government committed NZ$16.5 million to the Cook Islands', 'pledge'],
      ['Minister Baldwin and Minister Matthew Nkhuwa signed the Energy Africa Compact', 'agreement'],
      ['Brazil would call on Iran to take a flexible position', 'pledge'],
    ]);
  });

  it('reads an agreement not to act (`agreed not to politicize …`), the participle of an absolute phrase (`with the leaders agreeing to come up with …`) and a commitment made (`Poland has made a commitment to participate …`)', () => {
    const text = 'President Muse Bihi met President Mohamed Farmaajo. The two parties agreed not to politicize development assistance. The summit ended with the leaders agreeing to come up with agreements on regional issues. Poland has made a commitment to participate in air patrols.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['The two parties agreed not to politicize development assistance', 'agreement'],
      ['the leaders agreeing to come up with agreements on regional issues', 'agreement'],
      ['Poland has made a commitment to participate in air patrols', 'pledge'],
    ]);
  });

  it('reads the month `May` before a commitment as a date, not a hedge (`On 26 May, the EU and Timor-Leste signed …`), and no part of the subject (`On 26 May the EU …`, `In May the ministers …`), while `Theresa May` stays a name and a lower-case `may` still hedges', () => {
    const text = 'EU and Timor-Leste sign visa waiver agreement\n\nOn 26 May, the EU and Timor-Leste signed a short-stay visa waiver agreement. On 27 May the EU and Georgia signed a readmission agreement. In May the ministers agreed to meet again. Prime Minister Theresa May agreed to meet Donald Tusk. They may agree to meet.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => c.text), [
      'EU and Timor-Leste sign visa waiver agreement',
      'the EU and Timor-Leste signed a short-stay visa waiver agreement',
      'the EU and Georgia signed a readmission agreement',
      'the ministers agreed to meet again',
      'Prime Minister Theresa May agreed to meet Donald Tusk',
    ]);
  });

  it('reads `it is important for <party> to …` as an obligation (`it is important for the NATO foreign ministers to maintain close contact`), not a demand on everyone (`… for the international community to …`), and a desire indicated as an intention', () => {
    const text = 'Foreign Minister Anniken Huitfeldt met Secretary General Jens Stoltenberg. “Because there is a war in Europe, it is important for the NATO foreign ministers to maintain close contact. It is important for the international community to support the reforms,” Huitfeldt said. President Hakainde Hichilema further indicated his desire to use the session.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['it is important for the NATO foreign ministers to maintain close contact', 'obligation'],
      ['President Hakainde Hichilema further indicated his desire to use the session', 'intention'],
    ]);
  });

  it('reads translated joint subjects as parties that agree (`The heads of diplomacy agreed to …`, `“Both parts agreed to …”`)', () => {
    const text = 'Talks in Nouakchott\n\nThe heads of diplomacy agreed to give a new impetus to the mechanisms of joint action.\n\n“Both parts agreed to invite observers from the World Trade Organization,” said Andres Navas, the Dominican foreign minister.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['The heads of diplomacy agreed to give a new impetus to the mechanisms of joint action', 'agreement', 'the heads of diplomacy'],
      ['Both parts agreed to invite observers from the World Trade Organization', 'agreement', 'Both parts'],
    ]);
  });

  it('reads a party’s arranged act (`President X is to pay a state visit`, `The Heads of State … are to attend the Forum`) as a pledge, ends an agreement before `and` with a subject of its own, and keeps a list in an agreed clause’s subject (`agreed that Japan and China would …`)', () => {
    const text = 'Ties\n\nGuyana and Suriname have agreed to intensify cooperation and President Arjun Mohan is to pay a state visit to the neighbouring country before year end. The Heads of State of Ruritania and Kazakhstan are to attend the Forum. They agreed that Japan and China would carry out the agreements.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['Guyana and Suriname have agreed to intensify cooperation', 'agreement'],
      ['President Arjun Mohan is to pay a state visit to the neighbouring country before year end', 'pledge'],
      ['The Heads of State of Ruritania and Kazakhstan are to attend the Forum', 'pledge'],
      ['They agreed that Japan and China would carry out the agreements', 'agreement'],
    ]);
  });

  it('reads the first-person paragraphs after `Minister X said:` with no quotation marks (a page’s block quote) as the official’s turn, so `I will …` is theirs; a spokesperson’s `said:` and the third-person paragraph after the statement are no one’s turn; an office’s `for` stays in the subject', () => {
    const text = 'Minister travels to Japan\n\nUK Minister for Asia Anna Brook will visit Tokyo on Friday.\n\nMinister for Asia Anna Brook said:\n\nIn Tokyo, I will raise our concerns on trade. We need Japan to play a constructive role.\n\nThe Minister will also meet business leaders.\n\nA Foreign Office spokesperson said:\n\nWe will publish a readout.';
    const a = annotate(text);
    assertExactSpans(a, text);
    const actorOf = (start: string): string | null | undefined => a.commitments.find((c) => c.text.startsWith(start))?.actor;
    assert.equal(actorOf('I will raise'), 'Anna Brook');
    // (the office's `for` is part of the subject: `UK Minister for Asia Anna Brook will visit …`)
    assert.equal(actorOf('UK Minister for Asia Anna Brook will visit Tokyo'), 'Anna Brook');
    assert.equal(actorOf('The Minister will also meet'), 'Anna Brook');
    assert.notEqual(actorOf('We will publish'), 'Anna Brook');
    // (the introduction may date the words: `Minister of State Annen said today (22 November):`)
    const dated = annotate('Minister travels to Bahrain\n\nMinister of State Niels Annen will visit Manama.\n\nPrior to his departure, Minister of State Annen said today (22 November):\n\nToday, I will travel to Bahrain for the Manama Dialogue.');
    assert.equal(dated.commitments.find((c) => c.text.startsWith('I will travel'))?.actor, 'Niels Annen');
  });

  it('reads `agreed that there was a need to …` / `… there is a need for …` as the duty agreed on (an obligation from `there`), not an agreement; a lone `there is a burning need for the international community to …` asks it of others', () => {
    const text = 'The prime minister of Jamaica agreed that there was a need to strengthen the bilateral relationship. The interlocutors agreed that there is a need for the immediate identification of common solutions. He said there is a burning need for the international community to act.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['there was a need to strengthen the bilateral relationship', 'obligation'],
      ['there is a need for the immediate identification of common solutions', 'obligation'],
    ]);
  });

  it('reads a duty in the passive (`the problems … should be resolved through negotiations`, `our relations must be strengthened`, `Efforts should also be made to …`) as an obligation with no actor, from what is to be done; not `what needs to be done`, `which must be …` or `must be avoided`; a second `and that` clause ends the action', () => {
    const text = 'Prime Minister Sheikh Hasina said the problems between neighbouring countries should be resolved through negotiations. We have affirmed that our longstanding relations must be strengthened. Efforts should also be made to implement the consensus. Minister Aigul Sadykova stressed that the tasks set by the Heads of State should be fulfilled and that Kazakhstan is ready to help. They listed what needs to be done. Any escalation must be avoided.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['the problems between neighbouring countries should be resolved through negotiations', 'obligation', null],
      ['our longstanding relations must be strengthened', 'obligation', null],
      ['Efforts should also be made to implement the consensus', 'obligation', null],
      ['the tasks set by the Heads of State should be fulfilled', 'obligation', null],
      ['Kazakhstan is ready to help', 'intention', 'Kazakhstan'],
    ]);
  });

  it('reads looking forward to a bare verb of hosting or joint work (`looking forward to welcome Cameroonian students`, `to intensify contacts`) as an intention, as non-native English writes the gerund', () => {
    const text = 'Minister Joseph Ngute met Ambassador Ann Lehmann. The Australian government is also looking forward to welcome Cameroonian students in Australia. Cameroon looks forward to intensify contacts with Canberra.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [
      ['The Australian government is also looking forward to welcome Cameroonian students in Australia', 'intention'],
      ['Cameroon looks forward to intensify contacts with Canberra', 'intention'],
    ]);
  });

  it('reads keenness for an action in -ing (`both countries are eager in further expanding …`, `Tanzania is keen on ensuring …`, `its keenness on ensuring …`) as an intention; not of `various countries`', () => {
    const text = 'Minister Fenella Mukangara met Ambassador Mohsen Ghomi. She said both countries are eager in further expanding bilateral cooperation. She said Tanzania is keen on ensuring that ties grow. Minister Retno Marsudi said various countries are keen on holding a meeting with Indonesia.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [
      ['both countries are eager in further expanding bilateral cooperation', 'intention'],
      ['Tanzania is keen on ensuring that ties grow', 'intention'],
    ]);
    // (the noun too, governed by a verb of saying: `stressing its keenness on ensuring …`); and `the kingdom` in lower case is a subject
    const noun = 'The Crown Prince said the Kingdom was proud of the pilgrimage, stressing its keenness on ensuring that the pilgrims are safe. The kingdom was keen to cooperate with the new administration.';
    assert.deepEqual(annotate(noun).commitments.map((c) => [c.text, c.kind]), [
      ['its keenness on ensuring that the pilgrims are safe', 'intention'],
      ['The kingdom was keen to cooperate with the new administration', 'intention'],
    ]);
  });

  it('reads `the need for <parties> to …` as their obligation from `the need` (`underscored the need for Ghana and Egypt to develop …`), not a demand on everyone (`the need for the international community to help`, `for every country to …`)', () => {
    const text = 'Receiving the Egyptian Ambassador, President John Kufuor underscored the need for Ghana and Egypt to develop their diplomatic relations. The ministers stressed the need for the international community to help. They stressed the need for every country to be part of it.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['the need for Ghana and Egypt to develop their diplomatic relations', 'obligation']]);
  });

  it('reads a need one official stresses (`The Minister stressed the need to …`, `underlined the necessity of halting …`) as an obligation with no actor, from `the need`; not one given in passing (`stressing the need to …`), nor what a single party must do (`Iran must stop …`)', () => {
    const text = 'Foreign Minister Sergey Lavrov met Foreign Minister Ali Bagheri in Moscow on Monday.\n\nThe Minister stressed the need to communicate regarding the activation of trade. He also underlined the necessity of halting bloodshed in Syria. Bagheri, stressing the need to exercise restraint, thanked his host. Lavrov said nothing more. Iran must stop the enrichment.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['the need to communicate regarding the activation of trade', 'obligation', null],
      ['the necessity of halting bloodshed in Syria', 'obligation', null],
    ]);
  });

  it('reads `will address` a problem (`the Baltic States will address these threats and challenges`) as a pledge, not an agenda (`The ministers will address regional issues`); a party foreseen under `believing that` makes a forecast', () => {
    const text = 'Joint statement of the Prime Ministers of the Baltic States\n\nOur security interests are the same. Therefore, the Baltic States will address these threats and challenges in close cooperation with Finland. The ministers will address regional issues. Prime Minister Kaja Kallas spoke, believing that Finland will join soon.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['the Baltic States will address these threats and challenges in close cooperation with Finland', 'pledge'],
    ]);
  });

  it('reads a noun trigger past a time aside (`X and Y, on Tuesday evening, reiterated in Nouakchott their common will to …`), after a plural possessive (`their governments’ intention to`) and with its owner after `of` (`the strong resolve of the Government of Sri Lanka to …`)', () => {
    const text = 'Sall meets Ghazouani\n\nPresident Mohamed Ghazouani and his Senegalese counterpart, Macky Sall, on Tuesday evening, reiterated in Nouakchott their common will to work for the success of the AfCFTA.\n\nThey also expressed their governments\' intention to establish closer relations in space cooperation.\n\nForeign Minister Peiris reiterated the strong resolve of the Government of Sri Lanka to reinforce areas of cooperation.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [
      ['will to work for the success of the AfCFTA', 'intention'],
      ['They also expressed their governments\' intention to establish closer relations in space cooperation', 'intention'],
      ['the strong resolve of the Government of Sri Lanka to reinforce areas of cooperation', 'pledge'],
    ]);
  });

  it('reads what a document or a visit is for (`The MoU also aims to establish …`, `The visit aims to …`, `The agreement aims at establishing …`) as an intention with no actor; not a thing that is no document (`The weather aims to …`)', () => {
    const text = 'Nigeria and Benin sign MoU\n\nGovernor Dapo Abiodun met Prefect Marius Ahodi on Monday. The MoU seeks to promote cross-border cooperation. The MoU also aims to establish a framework for dialogue. The visit aims to work for the restoration of relations. The agreement aims at establishing a framework for consultations. The weather aims to please.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['Nigeria and Benin sign MoU', 'agreement', 'Nigeria and Benin'],
      ['The MoU seeks to promote cross-border cooperation', 'intention', null],
      ['The MoU also aims to establish a framework for dialogue', 'intention', null],
      ['The visit aims to work for the restoration of relations', 'intention', null],
      ['The agreement aims at establishing a framework for consultations', 'intention', null],
    ]);
  });

  it('reads an agreement with its manner between verb and `to` (`agreed in principle to upgrade …`, `agreed unanimously to …`)', () => {
    const text = 'The ministers agreed in principle to upgrade relations to a Strategic Partnership. The leaders agreed unanimously to hold a summit in May.';
    assert.deepEqual(commitments(text), [
      ['agreed in principle to', 'agreement'],
      ['agreed unanimously to', 'agreement'],
    ]);
  });

  it('leaves the writer’s aside out (`It should be recalled that …`, `It must be noted that …`); a duty after `must be` stays (`We must be ready to …`)', () => {
    const text = 'It should be recalled that Ambassador Lee has been accredited to Uzbekistan since 2020. It must be noted that the treaty was signed in 1990. We must be ready to act together.';
    assert.deepEqual(commitments(text), [['must', 'obligation']]);
  });

  it('reads a need of the two sides themselves as an obligation (`there is an urgent need for both our countries to continue …`, `there is a need for the two countries to remain …`), not a need of others (`a burning need for the international community to …`)', () => {
    const text = 'Minister Naledi Dube said that there is a need for the two countries to remain in close contact. “There is an urgent need for both our countries to continue to integrate,” she said. So there is a burning need for the international community to revive the peace process.';
    assert.deepEqual(commitments(text), [['there is a need for the two countries to', 'obligation'], ['There is an urgent need for both our countries to', 'obligation']]);
  });

  it('reads `the host and guest` as the parties (`The host and guest also pledged to …`), a month or `last week` between `agreed` and `to`, and `reassured X of … support` as `assured`', () => {
    const text = 'The host and guest also pledged to continue upholding the tradition of friendship. The six parties agreed in February to hold a ministerial meeting. The two sides agreed last week to resume talks. The Ministry of Foreign Affairs has reassured Somalia of its unwavering support.';
    assert.deepEqual(commitments(text), [['pledged', 'pledge'], ['agreed in February to', 'agreement'], ['agreed last week to', 'agreement'], ['reassured Somalia of its unwavering support', 'pledge']]);
  });

  it('reads a headline that announces a signing as the agreement (`Rwanda, Spain sign MOU for political consultation`), not one that signs nothing (`Leaders sign off on the summit’s agenda`)', () => {
    const a = annotate('Rwanda, Spain sign MOU for political consultation\n\nMinister Vincent Biruta held talks on Wednesday with Arancha Laya.');
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind]), [['Rwanda, Spain sign MOU for political consultation', 'agreement']]);
    assert.deepEqual(annotate('Leaders sign off on the summit’s agenda\n\nMinister Vincent Biruta held talks on Wednesday.').commitments, []);
  });

  it('reads `The intention is to …` and `our ambition is to …` as intentions, as `The goal is to …` is; `The objective of the meeting was to …` stays the meeting’s', () => {
    const text = 'Minister Ana Costa met John Lee. The intention is to improve relations between the two countries. Our ambition is to double trade by 2030. The objective of the meeting was to improve relations.';
    assert.deepEqual(commitments(text), [['intention is to', 'intention'], ['ambition is to', 'intention']]);
  });

  it('reads consenting to an action as an agreement, accepting an invitation as a pledge (up to a coordinated `and wished …`), an agreement passive with `also` before `been`, and an assurance of support given (`gave assurance of the General Secretariat’s full support`, `assured of India’s full support`)', () => {
    const text = 'President Uhuru Kenyatta met President Umaro Embalo. Kenyatta accepted the invitation and wished Embalo success. They also consented to open new consulates. Cooperation on hydrography has also been agreed upon. Secretary General Hissein Taha gave assurance of the General Secretariat’s full support. Prime Minister Narendra Modi conveyed his best wishes and assured of India’s full support.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [
      ['Kenyatta accepted the invitation', 'pledge'],
      ['They also consented to open new consulates', 'agreement'],
      ['Cooperation on hydrography has also been agreed upon', 'agreement'],
      ['Secretary General Hissein Taha gave assurance of the General Secretariat’s full support', 'pledge'],
      ['assured of India’s full support', 'pledge'],
    ]);
    // (consenting to a thing is no action agreed)
    assert.deepEqual(commitments('The minister consented to the request.'), []);
  });

  it('reads a group or a bloc that agrees or signs as an assembly agreeing for its members (`The group signed the Tegucigalpa Declaration`, `The bloc agreed to hold …`)', () => {
    const text = 'The leaders of the region met in Tegucigalpa. The group signed the Tegucigalpa Declaration. The bloc agreed to hold its next summit in Bogota.';
    assert.deepEqual(annotate(text).commitments.map((c) => [c.text, c.kind]), [
      ['The group signed the Tegucigalpa Declaration', 'agreement'],
      ['The bloc agreed to hold its next summit in Bogota', 'agreement'],
    ]);
  });
  it('reads an agreement with an aside in commas before its `to` (`agreed, through the mediation of the OSCE Minsk Group, to start …`) and a decision `in principle` (`It was decided in principle to declare …`)', () => {
    const text = 'Azerbaijan and Armenia agreed, through the mediation of the OSCE Minsk Group Co-Chairs, to start substantive negotiations. Furthermore, It was decided in principle to declare Sahiwal and Bahawalpur as sister cities.';
    assert.deepEqual(annotate(text).commitments.map((c) => [text.slice(c.start, c.end), c.kind]), [
      ['Azerbaijan and Armenia agreed, through the mediation of the OSCE Minsk Group Co-Chairs, to start substantive negotiations', 'agreement'],
      ['It was decided in principle to declare Sahiwal and Bahawalpur as sister cities', 'agreement'],
    ]);
  });
  it('reads openness to joint work or to an act as an intention (`his administration is open to a robust partnership with …`, `China was open to supporting …`), not a relative clause’s nor openness to others', () => {
    const text = 'Governor Seyi Makinde said his administration is open to a robust partnership with the United States. He said that China was open to supporting Turkana in its projects. I also see a President, who is open to some contributions on trade. The market is open to investors.';
    assert.deepEqual(commitments(text), [['is open to', 'intention'], ['was open to', 'intention']]);
  });
  it('reads no commitment in what a statement denies (`This does not mean that Qatar will undermine …`) nor in a party after `toward` (`aggression toward Ukraine would result in …`)', () => {
    const text = 'Al-Ansari said this does not mean that Qatar will undermine its efforts. Blinken reiterated that any further aggression toward Ukraine would result in a severe response. Qatar will continue its mediation.';
    assert.deepEqual(commitments(text), [['will', 'pledge']]);
  });
  it('reads a polity named by its generic noun as a party that commits (`the region will put together …`, `The city is committed to …`), but not one after a preposition (`security in the region will not be achieved`)', () => {
    const text = 'Governor Malik Murzalin said the region will put together an investment portfolio. The city is committed to developing green transport. He said the consolidation of security in the region will not be achieved without Iran.';
    assert.deepEqual(annotate(text).commitments.map((c) => c.actor), ['the region', 'the city']);
    assert.deepEqual(commitments(text), [
      ['will', 'pledge'],
      ['is committed', 'pledge'],
    ]);
  });
  it('reads commitments in the plural restated (`reiterated our commitments in areas where …`, `reaffirmed the bilateral commitments and actions`) and a commitment conveyed (`conveyed the United States’ commitment to working with …`)', () => {
    const text = 'Ambassador Donald Blome met Minister Ishaq Dar. Ambassador Blome conveyed the United States’ commitment to working with the government of Pakistan. The two ministers reiterated their commitments in areas where work remains to be done. He conveyed his wishes to the Egyptian people.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text.endsWith('commitment to working with the government of Pakistan')]), [['pledge', true], ['pledge', false]]);
    assert.equal(a.commitments[1].text, 'The two ministers reiterated their commitments in areas where work remains to be done');
  });
  it('reads a need with its adjective (`emphasized the urgent need to improve …`) or before a gerund (`noted the need for enhancing …`) as an obligation, not one talked about', () => {
    const text = 'Minister Hakan Fidan met Secretary Marco Rubio. Fidan emphasized the urgent need to improve humanitarian conditions. He noted the need for enhancing cooperation of regional parliamentary bodies. They talked about the urgent need to establish peace. We discussed the need for lasting peace.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.text]), [
      ['obligation', 'the urgent need to improve humanitarian conditions'],
      ['obligation', 'the need for enhancing cooperation of regional parliamentary bodies'],
    ]);
  });
  it('reads documents exchanged (`India and Sri Lanka exchanged key Memorandum of Understanding`) and a signing witnessed (`Kovind and Duterte witnessed the signing of four agreements`) as agreements, not views exchanged', () => {
    const text = 'President Ram Nath Kovind and President Rodrigo Duterte witnessed the signing of four agreements on Friday. India and Sri Lanka on Monday exchanged key Memorandum of Understanding (MoUs). The two ministers exchanged views on regional issues.';
    assert.deepEqual(commitments(text), [['witnessed the signing of', 'agreement'], ['exchanged key Memorandum', 'agreement']]);
  });
  it('reads a subject of two officials named in apposition (`The Russian and U.S. presidents, Dmitry Medvedev and Barack Obama, agreed on …`), and ends an action where the same subject goes on to say something (`…, and said …`)', () => {
    const text = 'The Russian and U.S. presidents, Dmitry Medvedev and Barack Obama, agreed on a bilateral agenda at their first meeting in London on Wednesday, and said they would work together.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.text, c.kind, c.actor]), [
      ['Dmitry Medvedev and Barack Obama, agreed on a bilateral agenda at their first meeting in London on Wednesday', 'agreement', 'Dmitry Medvedev and Barack Obama'],
      ['they would work together', 'pledge', 'Dmitry Medvedev and Barack Obama'],
    ]);
  });
  it('reads a commitment whose subject an aside on its source parts from its verb (`Leaders of the five western countries, according to a statement issued by Merkel …, have agreed to …`)', () => {
    const text = 'Leaders of the five western countries, according to a statement issued by the chancellery at the end of the summit, have agreed to continue coordinating closely.';
    assert.deepEqual(commitments(text), [['agreed to', 'agreement']]);
  });
  it('reads a count above three in a subject as part of it (`The four nations committed to keeping …`, `The eight Foreign Ministers signed …`), as `two` and `three` were', () => {
    const text = 'The four nations committed to keeping the temperature limit within reach. The eight Foreign Ministers signed the Reykjavik Declaration.';
    const a = annotate(text);
    assertExactSpans(a, text);
    assert.deepEqual(a.commitments.map((c) => [c.kind, c.actor]), [['pledge', 'the four nations'], ['agreement', 'the eight Foreign Ministers']]);
  });
  it('reads a commitment after `That is why` (`That is why we will continue supporting Ukraine`), but not in a question after `why`', () => {
    assert.deepEqual(spans('That is why we will continue supporting Ukraine as long as needed.'), ['pledge: we will continue supporting Ukraine as long as needed']);
    assert.deepEqual(spans('This is why Russia will keep its word.'), ['pledge: Russia will keep its word']);
    assert.deepEqual(commitments('They discussed why Russia will continue supporting the region.'), []);
  });
  it('reads addressing a forum or an assembly as taking part (`The two Heads of State will address a Business Forum`: a pledge), not addressing an issue', () => {
    assert.deepEqual(spans('The two Heads of State will address a Business Forum later today.'), ['pledge: The two Heads of State will address a Business Forum later today']);
    assert.deepEqual(spans('The Council will address this issue later today.'), []);
  });
  it('reads having separate or individual meetings as a pledge, as having meetings is (`Premier Li Qiang and Chairman Zhao Leji will have separate meetings with her`)', () => {
    assert.deepEqual(spans('Premier Li Qiang and Chairman Zhao Leji will have separate meetings with her.'), ['pledge: Premier Li Qiang and Chairman Zhao Leji will have separate meetings with her']);
  });
  it('reads `agreeing that` after the subject’s first verb as an agreement, as `agreed that` is (`…, agreeing that Pakistan and China would not allow …`), not agreeing on a view', () => {
    assert.deepEqual(spans('Prime Minister Shehbaz Sharif and Premier Li Keqiang discussed bilateral matters, agreeing that Pakistan and China would not allow anyone to harm the partnership.'),
      ['agreement: agreeing that Pakistan and China would not allow anyone to harm the partnership']);
    assert.deepEqual(spans('The two ministers met on Monday, agreeing that the talks were useful.'), []);
  });
  it('reads a body after `to`, `in` or `into` right before a modal as inside a noun’s phrase (`The accession of Finland and Sweden to NATO will enhance …`: no commitment), unless a person heads the phrase', () => {
    assert.deepEqual(spansWithActor('The accession of Finland and Sweden to NATO will enhance our collective security.'), []);
    assert.deepEqual(spansWithActor('The membership of Finland in NATO will strengthen the Alliance.'), []);
    assert.deepEqual(spansWithActor('US Ambassador Bridget Brink met Minister Dmytro Kuleba in Kyiv. The US Ambassador to Ukraine will travel to Lviv next week.'),
      ['pledge: Bridget Brink: The US Ambassador to Ukraine will travel to Lviv next week']);
  });
  it('reads `I want to let you know that …` as a courtesy, not an intention, and the pledge inside it as one', () => {
    assert.deepEqual(spans('President Irfaan Ali met Prime Minister Mia Mottley. “I want to let you know that we admire your leadership and we will work with you every single day,” Ali said.'),
      ['pledge: we will work with you every single day']);
  });
  it('reads `both men`, `the two women` as a pair of parties (`both men committed to working together …`), and generic `men and women` as none', () => {
    assert.deepEqual(spans('Taoiseach Enda Kenny spoke with Donald Trump. Both men agreed to meet soon. The two women will meet again in May. Men and women will work together.'),
      ['agreement: Both men agreed to meet soon', 'pledge: The two women will meet again in May']);
  });
  it('reads `The key objective of my first visit …, is to …` in someone’s words as the speaker’s intention (`my`, `our` after `of`), and `The objective of the visit is to …` in a readout’s own words as none', () => {
    assert.deepEqual(spansWithActor('Minister Simon Coveney met Secretary Rex Tillerson. Minister Coveney said: “The key objective of my first visit to Washington DC as Minister for Foreign Affairs & Trade, is to engage with the administration.”'),
      ['intention: Simon Coveney: The key objective of my first visit to Washington DC as Minister for Foreign Affairs & Trade, is to engage with the administration']);
    assert.deepEqual(spansWithActor('Minister Simon Coveney met Secretary Rex Tillerson. The objective of the visit is to deepen ties.'), []);
  });
  it('reads `we have a shared responsibility to manage …` as an obligation of its subject, not `a responsibility to the people`', () => {
    assert.deepEqual(spans('Secretary Antony Blinken met Foreign Minister Mélanie Joly. “We have a shared responsibility to manage the Columbia River. We have a responsibility to the people,” Blinken said. The two ministers have a responsibility to act.'),
      ['obligation: We have a shared responsibility to manage the Columbia River', 'obligation: The two ministers have a responsibility to act']);
  });
  it('reads `hope very much that we can …` as an intention, as `hope that we can …` is', () => {
    assert.deepEqual(spans('Secretary Antony Blinken met Foreign Minister Mélanie Joly. “We have met twice, and hope very much that we can bring that to conclusion soon,” Blinken said.'),
      ['intention: hope very much that we can bring that to conclusion soon']);
  });
  it('ends a commitment’s action at `, and we’ve …`, `, and we will …` (a clause with its own subject)', () => {
    assert.deepEqual(spans('Secretary Antony Blinken met Foreign Minister Mélanie Joly. “We have a shared responsibility to manage the Columbia River, and we’ve been working on an agreement. We must protect the region, and we will keep talking,” Blinken said.'),
      ['obligation: We have a shared responsibility to manage the Columbia River', 'obligation: We must protect the region', 'pledge: we will keep talking']);
  });
  it('reads a duty the speaker puts on the body they lead as their own side’s obligation (`the OAS must equip itself …` in the OAS Secretary General’s words), not one on another body', () => {
    assert.deepEqual(spans('Secretary General Luis Almagro of the OAS met Foreign Minister Rodolfo Nin Novoa. On democracy, he said “the OAS must equip itself with tools that allow it to act.” He said “the EU must act.”'),
      ['obligation: the OAS must equip itself with tools that allow it to act']);
  });
  it('reads trade, investment, exports or the economy as a modal’s subject as no agent (`foreign trade will increase`: a forecast), a ministry named for trade still one', () => {
    assert.deepEqual(spans('Minister Jesús Seade met Minister Chrystia Freeland. Seade said the deal matters, as foreign investment and foreign trade will increase. Bilateral trade will reach 10 billion dollars. The Trade Ministry will help.'),
      ['pledge: The Trade Ministry will help']);
  });
  it('reads `Russia is open for talks` as an intention, as `open to dialogue` is, and `open for business` as none', () => {
    assert.deepEqual(spans('Vladimir Putin met Xi Jinping. Putin noted Russia is open for talks. Russia is open for business.'), ['intention: Russia is open for talks']);
  });
});
