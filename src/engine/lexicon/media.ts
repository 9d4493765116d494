// News outlets and agencies: a questioner named by outlet (`Reuters:`) or a source that `said` (`Xinhua said`) is no official.

const MEDIA = /(?:\b(?:Daily|News|Times|Post|Press|Agency|Television|TV|Radio|Journal|Herald|Gazette|Tribune|Network|Channel|Broadcasting|Media|Newspaper|Magazine|Review|Observer|Telegraph|Guardian|Economist)|^(?:Reuters|AFP|AP|Bloomberg|Xinhua|CNN|BBC|Kyodo|TASS|RIA Novosti|Sputnik|Al Jazeera|Al Arabiya|Asharq Al-Awsat|Al-Ahram|Al Ahram|Gulf News|Arab News|Al Mayadeen|CGTN|NHK|Yonhap|Anadolu|BelTA|Interfax|Phoenix TV|CCTV|Global Times|Bloomberg News|Ukrinform|Bernama|Antara|IRNA|WAM|Azertag|Kazinform|Trend|APA|Agerpres|Ansa|Efe|EFE|Kyiv Independent|Politico|Axios|QNA|SPA|KUNA|MENA|ONA|BNA|APP|PTI|ANI|IANS|UNI|BSS|NAN|KNA|Armenpress|Azertac|UzA|Khovar|Akipress|AKIpress|PAP|CTK|ČTK|dpa|DPA|Prensa Latina|Télam|Telam|Agência Brasil|VNA|PNA|TNA|Lusa|SANA|ISNA|Fars|Tasnim))$/;

/** Whether a name is a news outlet's or agency's. */
export function isMediaName(name: string): boolean {
  return MEDIA.test(name) || WEB_ADDRESS.test(name);
}
/** An outlet by its web address (`POLITICO.eu`, `Dawn.com`). */
const WEB_ADDRESS = /[A-Za-z]\.(?:com|eu|org|net|info|co\.uk|uk|ru|cn|in|de|fr)$/i;
