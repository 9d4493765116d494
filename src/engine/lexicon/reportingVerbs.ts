// Reporting verbs (guide §3): the words that tie speech to its speaker.

const list = (s: string): string[] => s.split(/[\n,]/).map((w) => w.trim()).filter(Boolean);

/** Verbs that stand right next to a quote as its cue (`“…,” he said`, `X stressed: “…”`). */
export const QUOTE_CUE_VERBS = list(`
said, says, stated, stressed, stresses, emphasised, emphasized, emphasises, emphasizes, underlined, underlines, underscored,
noted, notes, remarked, remarks, added, adds, told, tells, explained, explains, pointed out, points out, observed, recalled,
recalls, affirmed, reaffirmed, declared, declares, announced, urged, warned, warns, acknowledged, suggested, proposed,
assured, highlighted, reiterated, insisted, mentioned, continued, concluded, commented, replied, answered, responded, asked,
wrote, writes, thanked, expressed, admitted, argued, claimed, specified, clarified, indicated, quipped, joked, exclaimed,
cautioned, complained, reminded, reminds, conceded, lamented, promised, vowed, pledged, summed up, went on, recounted, shared, confirmed, opined, put it, informed, maintained, asserted,
made clear, made it clear, makes clear, makes it clear,
was quoted as saying, is quoted as saying, quoted as saying, told reporters, told journalists, told the press, told the media, tweeted, posted,
reads, read
`);

/** Verbs of a cue set off by commas inside its clause, between the subject and its verb (`China and Russia, he said, should …`). */
export const ASIDE_CUE_VERBS = list(`said, says, added, noted, stressed, emphasized, emphasised, stated, believes, argued`);

/** Participles that continue the subject of the sentence (`…, adding, “…”`). */
export const CUE_PARTICIPLES = list(`
adding, saying, noting, stressing, emphasizing, emphasising, underlining, underscoring, stating, remarking, recalling,
pointing out, explaining, observing, declaring, warning, insisting, concluding, continuing, commenting, replying,
answering, reiterating, highlighting, asking, urging, affirming, reaffirming, assuring, acknowledging, mentioning,
arguing, claiming, cautioning, suggesting
`);
