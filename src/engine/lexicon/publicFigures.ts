// Well-known political figures, 2000–2025: heads of state and government, foreign ministers and heads of international
// organizations that readouts name in passing, with no title or verb beside them (`with the help of Xi Jinping`, `took
// over from Liz Truss`, `a meeting with my friend Tony Blair`). A name here is a person's wherever its full form stands;
// the text alone still gives every role (none comes from this list).

const NAMES = `
Xi Jinping|Hu Jintao|Li Keqiang|Li Qiang|Wen Jiabao|Wang Yi|Qin Gang|Yang Jiechi|Han Zheng|Zhao Leji|Wang Huning|Ding Xuexiang
Vladimir Putin|Dmitry Medvedev|Dmitri Medvedev|Mikhail Mishustin|Sergey Lavrov|Sergei Lavrov|Dmitry Peskov|Maria Zakharova|Sergei Shoigu|Sergey Shoigu|Valentina Matviyenko
Joe Biden|Donald Trump|Barack Obama|George W. Bush|Bill Clinton|Kamala Harris|Mike Pence|JD Vance|Antony Blinken|Mike Pompeo|Rex Tillerson|John Kerry|Hillary Clinton|Condoleezza Rice|Colin Powell|Marco Rubio|Jake Sullivan|Lloyd Austin|Nancy Pelosi
Keir Starmer|Rishi Sunak|Liz Truss|Boris Johnson|Theresa May|David Cameron|Gordon Brown|Tony Blair|David Lammy|James Cleverly|Dominic Raab|Jeremy Hunt|William Hague
Emmanuel Macron|François Hollande|Nicolas Sarkozy|Jacques Chirac|Jean-Yves Le Drian|Catherine Colonna|Stéphane Séjourné|Jean-Noël Barrot|Laurent Fabius
Olaf Scholz|Angela Merkel|Friedrich Merz|Frank-Walter Steinmeier|Annalena Baerbock|Heiko Maas|Sigmar Gabriel|Johann Wadephul
Giorgia Meloni|Mario Draghi|Sergio Mattarella|Antonio Tajani|Pedro Sánchez|Mark Rutte|Dick Schoof|Alexander De Croo|Viktor Orbán|Viktor Orban|Andrzej Duda|Donald Tusk|Mateusz Morawiecki|Radosław Sikorski|Radoslaw Sikorski
Volodymyr Zelensky|Volodymyr Zelenskyy|Petro Poroshenko|Dmytro Kuleba|Andrii Sybiha|Denys Shmyhal
Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Kassym-Jomart Tokayev|Nursultan Nazarbayev|Shavkat Mirziyoyev|Emomali Rahmon|Sadyr Japarov|Serdar Berdimuhamedov|Ilham Aliyev|Nikol Pashinyan|Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Mevlüt Çavuşoğlu|Mevlut Cavusoglu|Hakan Fidan
Narendra Modi|Manmohan Singh|Subrahmanyam Jaishankar|Sushma Swaraj|Shehbaz Sharif|Nawaz Sharif|Imran Khan|Sheikh Hasina|Ranil Wickremesinghe
Fumio Kishida|Shinzo Abe|Yoshihide Suga|Shigeru Ishiba|Sanae Takaichi|Yoko Kamikawa|Yoshimasa Hayashi|Toshimitsu Motegi|Taro Kono
Yoon Suk Yeol|Moon Jae-in|Lee Jae-myung|Park Geun-hye|Kim Jong-un|Kim Jong Un|Kim Jong-il
Anthony Albanese|Scott Morrison|Malcolm Turnbull|Penny Wong|Marise Payne|Jacinda Ardern|Christopher Luxon|Winston Peters
Justin Trudeau|Mark Carney|Mélanie Joly|Luiz Inácio Lula da Silva|Jair Bolsonaro|Javier Milei|Andrés Manuel López Obrador|Claudia Sheinbaum|Gustavo Petro|Nicolás Maduro|Miguel Díaz-Canel|Raúl Castro|Fidel Castro
Benjamin Netanyahu|Mahmoud Abbas|Abdel Fattah al-Sisi|Abdel Fattah el-Sisi|Mohammed bin Salman|Mohammed bin Zayed|Tamim bin Hamad Al Thani|Ebrahim Raisi|Masoud Pezeshkian|Hassan Rouhani|Ali Khamenei|Abbas Araghchi|Javad Zarif|Bashar al-Assad|Ahmed al-Sharaa
Cyril Ramaphosa|Jacob Zuma|Muhammadu Buhari|Bola Tinubu|William Ruto|Uhuru Kenyatta|Abiy Ahmed|Paul Kagame|Yoweri Museveni|Emmerson Mnangagwa|Nana Akufo-Addo|John Mahama|Macky Sall|Alassane Ouattara|Félix Tshisekedi|Felix Tshisekedi
Joko Widodo|Prabowo Subianto|Anwar Ibrahim|Lee Hsien Loong|Lawrence Wong|Vivian Balakrishnan|Ferdinand Marcos|Rodrigo Duterte|Pham Minh Chinh|Nguyen Phu Trong|Hun Sen|Hun Manet
António Guterres|Antonio Guterres|Ban Ki-moon|Kofi Annan|Jens Stoltenberg|Ursula von der Leyen|Charles Michel|António Costa|Antonio Costa|Josep Borrell|Kaja Kallas|Jean-Claude Juncker|Federica Mogherini|Tedros Adhanom Ghebreyesus|Kristalina Georgieva|Moussa Faki Mahamat|Rafael Grossi
`;

/** The names, each as its words in the order the text writes them. */
export const PUBLIC_FIGURES: string[][] = NAMES.split(/[|\n]/).map((n) => n.trim()).filter(Boolean).map((n) => n.split(/\s+/));
