// Readouts written for the robustness tests and the benchmark: the seed sample plus synthetic
// documents in the styles real readouts come in (ministry indirect speech, transcripts, joint
// statements, guillemets and German and CJK marks, newspaper-style multi-paragraph quotes,
// Markdown pages). The people are invented; the phenomena are the ones in the annotation guide.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Readout {
  name: string;
  languageId: 'plaintext' | 'markdown';
  text: string;
}

const SEED = join('samples', 'seed-meeting-procurator-general.txt');

/** The project folder: the nearest folder above this file (or above the bundle it is in, dist/) with the seed sample. */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SEED))) return dir;
    if (dirname(dir) === dir) throw new Error(`no ${SEED} above ${__dirname}`);
  }
}

export const SEED_PATH = join(projectRoot(), SEED);

export function seedReadout(): Readout {
  return { name: 'seed', languageId: 'plaintext', text: readFileSync(SEED_PATH, 'utf8') };
}

const MINISTRY = `Foreign Minister Li Wen Holds Talks with Chilean Foreign Minister Ana Morales

2024-03-05 16:20

On 5 March, Foreign Minister Li Wen held talks with Minister of Foreign Affairs of Chile Ana Morales in Beijing.

Li Wen said that China and Chile are comprehensive strategic partners and that the two sides should strengthen exchanges at all levels. China is ready to work with Chile to expand trade in lithium, copper and agricultural products, and will continue to support Chilean companies in the Chinese market. Li Wen stressed that both countries need to uphold multilateralism.

Ana Morales noted that Chile attaches great importance to its relations with China. She said Chile is willing to deepen cooperation in renewable energy and hopes to maintain close communication with the Chinese side. According to Ana Morales, the two countries plan to hold a joint commission in Santiago later this year.

Both sides agreed to:
• strengthen cooperation in science and technology;
• expand people-to-people exchanges;
• sign a memorandum on astronomy research.

The two foreign ministers also exchanged views on regional issues of common concern.
`;

const TRANSCRIPT = `Press Conference Following Russian-Finnish Talks

Helsinki, 12 October 2023

PRESIDENT KARLSSON: Good afternoon. We have had substantive talks today. Finland will open a new consulate in St Petersburg next year, and our ministers are going to meet again in December.

Dmitri Orlov, Minister of Economic Development of Russia: Thank you. I would like to thank our Finnish colleagues for their hospitality. We intend to restore direct rail links, and we must resolve the border questions step by step.

QUESTION: Mr President, will the agreement on fisheries be signed this year?

PRESIDENT KARLSSON: The agreement was not ready today. We agreed to ask our experts to finish it by the spring. "We cannot sign what we have not read," as my grandmother used to say.

Dmitri Orlov: I agree with the President. Russia is ready to take part in the expert group.
`;

const JOINT_STATEMENT = `Joint Statement by the Governments of Norway and Kenya

Oslo, 14 June 2022

1. Prime Minister Erik Solheimsen of Norway and President Grace Wanjiru of Kenya met in Oslo on 14 June 2022 to review the partnership between their countries.

2. The two leaders reaffirmed their commitment to the Paris Agreement and to a just energy transition. Norway will provide additional support for geothermal projects in the Rift Valley.

3. The two sides signed a memorandum of understanding on ocean research and agreed to establish a joint working group on blue economy, which shall meet twice a year.

4. President Wanjiru thanked Prime Minister Solheimsen for the warm welcome. "Kenya and Norway share the conviction that the ocean is our common future. We will work together to protect it," President Wanjiru said.

5. The Prime Minister said that Norway looks forward to welcoming a Kenyan trade delegation in the autumn.
`;

const GUILLEMETS = `Telephone conversation between Minister of Foreign Affairs of France Claire Dubois and Federal Minister Hans Becker

Claire Dubois, Minister for Europe and Foreign Affairs of France, held a telephone conversation with Hans Becker, Federal Minister for Foreign Affairs of Germany, on 2 February.

« Nous sommes prêts à coordonner nos positions avant le sommet », a déclaré Claire Dubois. « L'Europe doit parler d'une seule voix. »

„Wir werden die Ukraine weiter unterstützen“, sagte Hans Becker. The German minister added that Berlin is ready to host the next round of consultations.

The ministers' teams will prepare a joint paper on the ‘distant arc’ of the Union's neighbourhood. “Our countries’ friendship is not a slogan,” Claire Dubois said. “It’s a method: we talk, we agree, and we deliver. As my predecessor put it, ‘the engine only runs when both cylinders fire.’”

Becker said he would travel to Paris in March. Both ministers agreed to meet again before the European Council.
`;

const NEWSPAPER = `Secretary-General meets President of Brazil

The Secretary-General, Amina Okafor, met today with Brazilian President Paulo Ferreira at United Nations Headquarters in New York.

“The Amazon is not only Brazil’s concern. It is the concern of every country that breathes,” Secretary-General Okafor said after the meeting.

“We have heard the President describe his plan to end illegal deforestation by 2030. The United Nations is ready to support that plan with technical expertise.

“We also discussed the situation in Haiti, where we need to act now,” she added.

President Ferreira told reporters that Brazil intends to host a regional conference on the rainforest. "We want results, not speeches," he said. The President's spokesperson later said the conference would take place in Belém.

A United Nations spokesperson said the Secretary-General had also spoken with the Foreign Minister of Colombia, Lucía Reyes, by telephone.
`;

const CJK = `Meeting between Foreign Minister Sato Kenji and Minister Kim Min-jun

On 20 November, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a meeting with Mr. Kim Min-jun, Minister of Foreign Affairs of the Republic of Korea, in Tokyo.

Minister Sato said, 「日韓関係をさらに発展させたい」, and expressed his hope that the two countries would continue close coordination. Minister Kim responded that Korea is determined to expand youth exchanges and said: 『未来志向の協力が重要だ』.

The two ministers agreed to hold a trilateral summit with China at an early date. They also confirmed that they would cooperate closely on North Korea.
`;

const MARKDOWN_BRIEFING = `---
title: Weekly briefing
source: ministry website
---

# Weekly Media Briefing by the Official Spokesperson

*New Delhi, 12 October 2023*

## Visit of the Prime Minister of Vietnam

The Official Spokesperson, **Arvind Mehra**, said that Prime Minister [Nguyen Van Hai](https://example.org/pm) will visit India from 16 to 18 October.

> “We look forward to a productive visit. Both countries will sign agreements on defence and digital payments,” Arvind Mehra said.

The agenda includes:

1. talks with Prime Minister Rajesh Kumar on trade;
2. a business forum in Mumbai;
3. a visit to the \`National Museum\`.

## Questions

| Topic | Answer |
| --- | --- |
| Visas | under review |

Asked about the border talks, the Spokesperson said that India is ready to resume negotiations and that the two sides must respect the agreed protocols.
`;

const MARKDOWN_READOUT = `# Readout of Secretary Daniel Price's Meeting with Foreign Minister Yusuf Demir

**Office of the Spokesperson** · _March 3, 2024_

Secretary of State Daniel Price met today with Turkish Foreign Minister Yusuf Demir in Washington.
The Secretary and the Foreign Minister discussed NATO's summit in July, and Price underscored that
the United States will continue to support Türkiye's efforts to mediate.

- Secretary Price said the two countries need to deepen their energy cooperation.
- Foreign Minister Demir noted that Türkiye is willing to host further talks.
- Both ministers agreed to launch a strategic mechanism on *counter-terrorism*.

"Our alliance is stronger when we speak plainly to each other," Secretary Price said. "We will keep doing so."

\`\`\`
This code block is not prose: "Nobody said this," said nobody.
\`\`\`

<!-- a comment with "quotes" -->
`;

export const SYNTHETIC_READOUTS: Readout[] = [
  { name: 'ministry', languageId: 'plaintext', text: MINISTRY },
  { name: 'transcript', languageId: 'plaintext', text: TRANSCRIPT },
  { name: 'joint statement', languageId: 'plaintext', text: JOINT_STATEMENT },
  { name: 'guillemets and German marks', languageId: 'plaintext', text: GUILLEMETS },
  { name: 'newspaper-style quotes', languageId: 'plaintext', text: NEWSPAPER },
  { name: 'CJK marks', languageId: 'plaintext', text: CJK },
  { name: 'Markdown briefing', languageId: 'markdown', text: MARKDOWN_BRIEFING },
  { name: 'Markdown readout', languageId: 'markdown', text: MARKDOWN_READOUT },
];

/** The seed and every synthetic readout. */
export function allReadouts(): Readout[] {
  return [seedReadout(), ...SYNTHETIC_READOUTS];
}
