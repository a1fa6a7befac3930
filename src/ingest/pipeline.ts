import { detectScript, type Script } from '../text/script.js'
import { extractAttribution, type Attribution } from './attribution.js'
import { isChecklist } from './checklist.js'
import { closingCredit } from './closing-credit.js'
import { FIELD_LABEL } from './field-label.js'
import { stripBoilerplate } from './boilerplate.js'
import { stripChrome } from './chrome.js'
import {
  cutInMarkupFlag,
  endsOnEllipsisLine,
  endsOnNextSectionNumber,
  endsUnderSectionNumber,
  truncationFlag,
} from './completeness.js'
import { unwrapLines } from './unwrap.js'
import { decodeInput, type SourceEncoding } from './decode.js'
import { ImportInputError, ImportStageError } from './errors.js'
import { findGlossaryTerms, withoutGloss } from './glossary.js'
import { findInterviewPairs } from './interview.js'
import { lawCoverage } from './law-articles.js'
import { findCitedLaws } from './laws.js'
import { stripPinyinAnnotations } from './pinyin.js'
import { findQaPairs, type QaPair } from './qa.js'
import { findQuizItems } from './quiz.js'
import { itemExplanationShare } from './item-explanation.js'
import { repairByteShiftedRuns, type RepairedRun } from './repair.js'
import { detectSharingSite, titleFromPageMarkers } from './sharing-site.js'
import { signedByline } from './signed-byline.js'
import { detectStructure } from './structure.js'
import type { ArticleKind } from '../fields/article-kinds.js'
import type { ImportContract } from './contract.js'
import { flagMessage } from './flag-messages.js'
import type { QualityFlag } from './types.js'

/** What the importer reads a document as: one of the Article collection's kinds. */
export type DocumentKind = ArticleKind

export type ContentBlock =
  | { type: 'heading'; text: string; level: number }
  | { type: 'paragraph'; text: string }
  | { type: 'qa'; question: string; answer: string }
  /** `text` is the paragraph as written ("1.境外个人：是指…"), for the body. */
  | { type: 'term'; term: string; definition: string; text: string }

/** The public contract plus what the writer needs. */
export interface ImportAnalysis extends ImportContract {
  subtitle: string | null
  lead: string | null
  blocks: ContentBlock[]
  encoding: SourceEncoding
  /** The input decoded, before any cleaning (HTML and line ends as received). */
  rawText: string
  boilerplateRules: string[]
  repairs: RepairedRun[]
  pinyinAnnotationsStripped: number
  timings: Record<string, number>
}

export interface AnalyzeOptions {
  fileName?: string
  maxBytes?: number
  /** Told the name of each stage as it starts (the analysis thread reports it, for its time budget). */
  onStage?: (stage: string) => void
}

const LONG_DOCUMENT_CHARS = 8000
const QUIZ_HEADLINE =
  /题库|題庫|试题|試題|测试题|測試題|习题|習題|练习题|練習題|竞赛题|競賽題|自测|自測|判断题|判斷題|选择题|選擇題|单选题|單選題|多选题|多選題|(?:题|題).{0,6}(?:及|含|附)(?:解析)?答案/
// (活动 an event, not what criminals do: 恐怖活动, 间谍活动 name the subject an explainer is about, n-08.)
const REPORTAGE =
  /日前|近日|\d{1,2}月\d{1,2}日|记者|記者|开展|開展|举行|舉行|召开|召開|(?<!恐怖|恐怖主义|恐怖主義|间谍|間諜|犯罪|违法|違法|窃密|竊密|情报|情報)(?:活动|活動)|据悉|據悉|报道|報道|通讯员|通訊員|现场|現場/g
const REPORTED_EVENT =
  /(?:开展|開展|举办|舉辦|举行|舉行|召开|召開|启动|啟動|走进|走進|组织|組織|参加|參加|进校园|進校園|进社区|進社區).{0,24}(?:活动|活動|会议|會議|宣传|宣傳|讲座|講座|培训|培訓|竞赛|競賽)/
const REPORTED_FROM = /^(?:综合|綜合|据|據)[^。，,\n]{2,24}(?:消息|报道|報道)/
const PAPER = /研究$|研究[:：]|^(?:试论|試論|浅析|淺析|浅谈|淺談|探析|论|論)|论文|論文/
const PAPER_LABELS =
  /(?:^|\n)\s*(?:【?摘\s*要】?|【?关键词】?|【?關鍵詞】?|Abstract|Keywords)\s*[:：】]/i
const INSTRUCTION =
  /你|您|大家|同学们|同學們|公民|应该|應該|注意|切勿|不要|务必|務必|怎么办|怎麼辦|知道|了解|小知识|小知識|提醒|牢记|牢記|做到|如何|怎样|怎樣/g
const OPINION =
  /我们|我們|必须|必須|应当|應當|需要|坚持|堅持|更加|才能|只有|不能|岂能|豈能|要|？|\?|！|!/g
const PRESS_QA = /答记者问|答記者問|回答记者|回答記者/
// Where the lead says the questions were a press conference's: "国防部举行例行记者会…答记者问" (i-01).
const PRESS_CONFERENCE =
  /答记者问|答記者問|回答记者|回答記者|记者会|記者會|新闻发布会|新聞發布會|吹风会|吹風會/
// Where a text says what it is: in its headline, its first lines and its byline. A personal
// reflection (心得体会, 观后感, 读后感: b-02, a sharing site's essay) argues as a commentary does.
// (评论区, 评论框 are a comment section, the subject of a warning about it: i-15.)
const COMMENTARY =
  /评[|｜丨:：]|[【[][^】\]]{0,6}评[^】\]]{0,6}[】\]]|评论员|評論員|网评|網評|时评|時評|社论|社論|述评|述評|锐评|銳評|短评|短評|(?:评论|評論)(?![区區框])|观察家|觀察家|心得体会|心得體會|观后感|觀後感|读后感|讀後感/
// (A headline asking its reader, "间谍离你很遥远吗?并不!" (a-16), answers that reader's question.
// 问答 naming a contest, 國安問答挑戰賽 (i-18), is an event a report is about.)
const EXPLAINER =
  /[你您][^?？!！。]{0,12}[吗嗎][?？]|科普|(?:问答|問答)(?!挑战|挑戰|比赛|比賽|竞赛|競賽|大赛|大賽|活动|活動)|答问|答問|答疑|须知|須知|知多少|要知道|应知应会|應知應會|以案说法|以案說法|普法|问[一二三四五六七八九十\d]+答|[十\d]+问|[十\d]+問|解读|解讀|指南|小贴士|小貼士|小知识|小知識|(?:知识问答|知識問答)(?!挑战|挑戰|比赛|比賽|竞赛|競賽|大赛|大賽|活动|活動)|什么是|什麼是|是什么|是什麼|如何|怎样|怎樣|为什么|為什麼/
// A paper's section named for its items' type: "一、选择题", "二、判断题" (o-03, a review paper whose
// headline says 复习 over multiple-choice items the reader could not split): its items are a quiz's.
const QUIZ_SECTION_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*)?(?:单项|單項|多项|多項|不定项|不定項)?(?:选择题|選擇題|判断题|判斷題|填空题|填空題|单选题|單選題|多选题|多選題|简答题|簡答題|材料分析题|材料分析題)/m
// A notice (通知, 公告) to those it concerns: it opens on its addressees (各学院：, 各有关单位：) or
// says what it gives notice of (现将…通知如下, 特此通知), and closes on its issuers' signature and date.
const NOTICE_ADDRESSEES = /^各[\p{Script=Han}、]{1,16}[:：]$/u
const NOTICE_WORDS =
  /(?:通知|公告|通告)如下|特此(?:通知|公告|通告)|现(?:将|就)[^。\n]{0,60}(?:通知|公告)如下/
// The news a comment piece retells, credited in brackets at the end of its lead as the commented
// paper's date and name: "…典型案例。(4月15日《法治日报》)". A report names its own source on top.
const CITED_NEWS =
  /[(（]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*《[^》\n]{2,16}》[^()（）\n]{0,8}[)）]\s*$/
// A statute expounded: a provision's words (《…法》规定, 本条, 第…条规定) and what makes out or
// punishes an offence (构成…罪, 按…罪论处). A report on a sentencing states it once; an
// explainer of the law reasons from it again and again.
const STATUTE_REASONING =
  /》(?:第[一二三四五六七八九十百零\d]+条)?(?:规定|明确)|本条|第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?规定|构成[^。，,\n]{0,8}罪|(?:按|以)[^。，,\n]{0,8}罪(?:论处|予以追究|追究)/g
/** Statute reasoning markers that make a text that reports nothing an explainer of the law. */
const STATUTE_EXPOSITION = 3
const STUDY_NOTES =
  /基础知识|基礎知識|提纲|提綱|学习要点|學習要點|知识点|知識點|考点|考點|复习|複習|笔记|筆記|学习提纲|學習提綱|思维导图|思維導圖|课件|課件|备考|備考|知识梳理|知識梳理/

// People a reporter asks in the street or on campus, labelling their answers: 同学a：, 市民张先生：.
const VOX_POP_LABEL =
  /^(?:同学|同學|学生|學生|老师|老師|市民|居民|群众|群眾|网友|網友|村民|职工|職工|家长|家長)[\p{Script=Han}A-Za-z\d]{0,3}\s*[:：]/u
const INTERVIEWED = /采访|採訪|受访|受訪/
const STUDY_LABEL = /^(?:知识点|知識點|考点|考點|要点|要點)\s*[一二三四五六七八九十\d]/
// A genre word its headline denies: "国家发展和国家安全不是选择题" (r-03, an interview) says what the
// choice is not; the clause from the negation on is no marker of the text's genre.
const NEGATED_CLAUSE =
  /(?:不是|并非|並非|而非|绝非|絕非|决非|決非|不再是)[^，,。；;！？!?：:|｜丨\s]*/g
// The writer's own stance, first person and evaluative: 我相信, 我认为, 在我看来, 笔者认为 (r-06, a
// one-line comment). A report quotes others' stances; a comment states its writer's.
const OWN_STANCE =
  /我(?:相信|认为|認為|觉得|覺得|以为|以為|看来|看來|希望|期待|建议|建議)|在我看来|在我看來|笔者(?:认为|認為|以为|以為|看来|看來)|筆者(?:認為|以為|看來)/g
// Another outlet's interview the text quotes: "在接受《中国新闻周刊》的采访时回答了…" (r-07). Turns
// below such a line are that outlet's exchange, retold; the text is not an interview of its own.
const QUOTED_INTERVIEW =
  /接受[^。！？!?\n]{0,12}《([^》\n]{1,20})》[^。！？!?\n]{0,6}(?:采访|採訪|专访|專訪)|《([^》\n]{1,20})》(?:记者|記者)[^。！？!?\n]{0,6}(?:采访|採訪|专访|專訪)/
// A history's markers: years, periods and eras (1949年, 新民主主义革命时期, 晚清, 抗战). A paper that
// narrates the past at PAST_NARRATIVE_DENSITY describes, whatever lessons its abstract sums up (r-05).
const PAST_NARRATIVE = /\d{4}年|时期|時期|年代|古代|朝廷|晚清|民国|民國|抗战|抗戰|革命|历史|歷史/g
/** History markers per 1,000 characters at which a paper narrates the past. */
const PAST_NARRATIVE_DENSITY = 10
// A statute's articles quoted one after another (第二條國家秘密是指…, 第十條…, r-08): each paragraph
// opens with its article number.
const ARTICLE_OPENING = /^第[一二三四五六七八九十百零〇两兩\d]+[条條]/
// An explanation's label alone on its line, the explanation below it: 解析, 【解析】, 答案解析 (r-02).
const EXPLANATION_LABEL_ALONE =
  /^[【[]?(?:答案|试题|試題)?(?:解析|详解|詳解|分析|点拨|點撥)[】\]]?\s*[:：]?$/

/**
 * The blocks under each answered item's explanation label: [label, next item's start). What is
 * set out there (labelled points, a dash list) is the item's explanation.
 */
function explainedSpans(
  blocks: readonly { text: string }[],
  items: readonly { start: number; end: number; answer: string }[],
): [number, number][] {
  const spans: [number, number][] = []
  items.forEach((item, k) => {
    if (!item.answer) return
    const next = items[k + 1]?.start ?? blocks.length
    for (let i = item.end; i < next; i++) {
      if (EXPLANATION_LABEL_ALONE.test((blocks[i]?.text ?? '').trim())) {
        spans.push([i, next])
        return
      }
    }
  })
  return spans
}

/** The text above the first turn retells another outlet's interview, not one of its own sources'. */
function quotesOtherOutletsInterview(
  above: readonly { text: string }[],
  ownOutlets: readonly (string | null)[],
): boolean {
  const match = QUOTED_INTERVIEW.exec(above.map((block) => block.text).join('\n'))
  const outlet = match?.[1] ?? match?.[2]
  if (!outlet) return false
  return !ownOutlets.some((own) => own && (own.includes(outlet) || outlet.includes(own)))
}

/** An answer or option that judges a statement: 对/错, √/×, 正确/错误. */
const JUDGEMENT_ANSWER = /^(?:√|×|✓|✔|✗|✘|对|錯|错|對|正确|正確|错误|錯誤)$/

/** Every paragraph but a label above them opens with an article number, two or more, under a named statute. */
function quotesArticles(blocks: readonly { text: string }[]): boolean {
  const articles = blocks.filter((block) => ARTICLE_OPENING.test(block.text.trim())).length
  const others = blocks.filter((block) => !ARTICLE_OPENING.test(block.text.trim()))
  return (
    articles >= 2 &&
    others.length <= 1 &&
    others.every((block) => BOOK_TITLE_NAMED_LAW.test(block.text))
  )
}
const BOOK_TITLE_NAMED_LAW = /《[^》\n]{0,30}(?:法|条例|條例|规定|規定)》/

/** A quiz, law text or glossary dominates with at least this many items covering this share of the body. */
const MIN_ITEMS = 3
const MIN_SHARE = 0.4
/** A quiz's share is of the body's characters: a short quiz closing a news report leaves it news. */
const QUIZ_MIN_SHARE = 0.5
const TOPIC_NAME = /^\p{Script=Han}{2,6}$/u
const TOPIC_MAX_PARAGRAPHS = 4
const FIRST_PERSON = /我/
// The writer's own voice: 我们 outside a quotation (a quoted 我们 is the speaker's, as news quotes).
const OWN_VOICE = /我们|我們/
const QUOTATION = /[“「『][^”」』]*[”」』]/g
const BOOK_TITLE = /《[^》\n]*》/g
// A dictionary's entry headline: "[恐怖分子]的解释", "保密的意思", "国家秘密是什么意思".
const DICTIONARY_HEADLINE =
  /^[[【「“]?([^\]】」”\s]{2,12}?)[\]】」”]?\s*(?:的解释|的解釋|的意思|的含义|的含義|的定义|的定義|是什么意思|是什麼意思)$/
// An explainer's dash lists (- 政治安全:维护…) gloss its points under numbered headings: terms
// read there are the explainer's categories, not a glossary's entries.
const BULLET = /^[-•·▪]\s/
const EXPLAINER_HEADINGS = 3
/** Opinion markers per 1,000 characters above which a text that reports little argues. */
const COMMENT_OPINION_DENSITY = 11
/** Opinion markers per 1,000 characters a text in its writer's own voice reaches to argue. */
const OWN_VOICE_MIN_OPINION = 5
const REPORTER_ROLE = /记者|記者|通讯员|通訊員|实习生|實習生|见习|見習/
/** How far down the page a credit counts as the byline's. */
const TOP_CHARS = 600
/** An item's explanation is at least this share of the body on a page of one item. */
const EXPLANATION_MIN_SHARE = 0.3
/** Fewer Q&A entries make an explainer when they are most of the body. */
const FEW_QA = 2
const FEW_QA_SHARE = 0.5
/** A single Q&A entry explains when it is (nearly) all of the body. */
const WHOLE_BODY_QA_SHARE = 0.9

// A section's label over a dash list: a short line with no sentence or clause mark but 、
// (间谍网络的形成, 反间谍、防策反启示, o-09), or a heading.
const LIST_LABEL = /^[^。！？!?；;，,：:]{2,20}$/
/** Short section labels set apart, directly above a dash list. */
function labelledLists(blocks: { type: string; text: string }[]): number {
  let labelled = 0
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]
    const next = blocks[i + 1]
    if (!block || !next || BULLET.test(block.text) || !BULLET.test(next.text)) continue
    if (block.type === 'heading' || LIST_LABEL.test(block.text)) labelled++
  }
  return labelled
}

/**
 * Terms read from an explainer's dash lists (- 网络勾连:…): most of them bulleted, and the lists set
 * under EXPLAINER_HEADINGS section labels or headings, numbered (m-10) or not (o-09). The labels
 * say what each list is a part of; a glossary's entries stand on their own.
 */
function listsItsPoints(
  blocks: { type: string; text: string }[],
  terms: { block: number }[],
): boolean {
  if (terms.length === 0) return false
  const bulleted = terms.filter((term) => BULLET.test(blocks[term.block]?.text ?? '')).length
  const headings = blocks.filter((block) => block.type === 'heading').length
  return (
    bulleted / terms.length > 0.5 && Math.max(headings, labelledLists(blocks)) >= EXPLAINER_HEADINGS
  )
}

/**
 * The kind, from what the cleaned body is made of: quiz items, law articles, interview turns,
 * Q&A entries, glossary terms (each with its share of the body blocks), then the headline, lead
 * and attribution as before.
 */
function decideKind(input: {
  quizItems: number
  /** Share of the body's characters in quiz items. */
  quizShare: number
  /** Share of the text spanned by stems run together with their options (see runTogetherQuizShare). */
  runTogetherShare: number
  /** Share of the body's characters in an item's explanation (本题考查…故排除: see item-explanation). */
  explanationShare: number
  lawArticles: number
  lawShare: number
  qaShare: number
  glossaryTerms: number
  glossaryShare: number
  headingTexts: string
  /** Paragraphs opening with a study-notes label: 考点一：, 知识点2. */
  studyLabels: number
  interviewPairs: number
  labelledOrHeadedQa: number
  headline: string
  /** The body's first paragraph. */
  lead: string
  /** The text addresses those it notifies (各学院：) or says it gives notice (通知如下, 特此通知). */
  notice: boolean
  /** The lead ends on the commented paper's bracketed credit, (4月15日《法治日报》): see CITED_NEWS. */
  citesNews: boolean
  /** Opinion markers per 1,000 characters of the body after its lead: the argument that follows. */
  restOpinionDensity: number
  /** Statute reasoning markers (》规定, 本条, 构成…罪) in the body: see STATUTE_REASONING. */
  statuteReasoning: number
  /** The headline ends with its writer's name in brackets, as a signed column does: 防範…旁貸(黃均瑜). */
  signedHeadline: boolean
  opening: string
  /** The column label above the headline (两江时评), which chrome removed from the text. */
  column: string
  originalOutlet: string | null
  /** Reportage markers (dates, 记者, 开展, 活动) in the first 400 characters of the body. */
  reportageMarkers: number
  /** Opinion markers (我们, 必须, 要, ？) per 1,000 characters of the body. */
  opinionDensity: number
  /** Markers addressing the reader (你, 大家, 注意, 不要, 如何) per 1,000 characters of the body. */
  instructionDensity: number
  /** Answers under an interviewed person's role (同学a：, 市民：) in a text that says it interviewed them. */
  voxPopAnswers: number
  /** The headline is a term the text defines (恐怖分子(恐怖组织成员) → 恐怖分子：…). */
  headlineIsTerm: boolean
  /** No headline, and the first paragraph is a term's entry: a note on a word (“恐怖主义”一词源于…). */
  leadIsTerm: boolean
  /** Body paragraphs, and how many times they name the headline. */
  paragraphs: number
  headlineMentions: number
  /** A writer is named, and the top of the page credits no reporter or correspondent (记者, 通讯员). */
  signedByWriter: boolean
  /** The top of the page credits a reporter or correspondent (记者, 通讯员). */
  reporterCredited: boolean
  /** The body says 我 / 我们: someone speaks (an essay under a one-word headline, a-36). */
  firstPerson: boolean
  /** The body says 我们 outside quotations: the writer speaks for themselves. */
  ownVoice: boolean
  /** The terms read were an explainer's points in dash lists under section labels (listsItsPoints). */
  pointLists: boolean
  /** Study-notes words (知识点, 考点, 复习, 思维导图) anywhere in the body. */
  studyWords: number
  agency: string | null
  headings: number
  /** Headings with their numbering (一、, 1.1, 2.): the text is set out in numbered sections. */
  numberedHeadings: number
  textLength: number
  /** Answered true/false items (对/错, √/×, 正确/错误), the first opening the body. */
  openingJudgementItems: number
  /** The writer's own first-person stance markers outside quotations (see OWN_STANCE). */
  ownStance: number
  /** The interview turns follow a line retelling another outlet's interview (QUOTED_INTERVIEW). */
  quotedInterview: boolean
  /** Every paragraph but a label opens with an article number, and the text names its statute. */
  quotedArticles: boolean
  /** History markers (1949年, 时期, 晚清) per 1,000 characters: see PAST_NARRATIVE. */
  pastNarrativeDensity: number
  /** Most numbered points ask 是否…: an inspection checklist (see isChecklist). */
  checklist: boolean
}): DocumentKind {
  if (input.quizItems >= MIN_ITEMS && input.quizShare >= QUIZ_MIN_SHARE) return 'quiz'
  if (input.runTogetherShare >= QUIZ_MIN_SHARE) return 'quiz'
  // One item with its explanation and no options left (a 题库 page's preview, cut before them).
  if (input.explanationShare >= EXPLANATION_MIN_SHARE) return 'quiz'
  if (QUIZ_HEADLINE.test(input.headline)) return 'quiz'
  // A page opening on a true/false item with its stated answer (a homework site's 题目 / the
  // statement / A. 正确 B. 错误 / 答案 B, r-02) is a quiz, however long its explanation runs.
  if (input.openingJudgementItems >= 1 && input.reportageMarkers <= 3 && !input.agency)
    return 'quiz'
  if (input.lawArticles >= MIN_ITEMS && input.lawShare >= MIN_SHARE) return 'law'
  // Two or more articles quoted under the label naming their statute (法律依据:《…法》, r-08) and
  // nothing else: the statute's words, though too few for MIN_ITEMS.
  if (input.quotedArticles && input.reportageMarkers <= 3 && !input.agency) return 'law'
  // Turns at a press conference (记者：… / 发言人：…, the lead saying 例行记者会) are reported news.
  if (input.interviewPairs >= 1 && PRESS_CONFERENCE.test(input.lead)) return 'news'
  // Another outlet's interview retold in a few turns below the text's own paragraphs (r-07) is
  // quoted: the text goes on to be judged as what it is around them.
  const quotedTurns = input.quotedInterview && input.qaShare < FEW_QA_SHARE
  if (input.interviewPairs >= 1 && !quotedTurns) return 'interview'
  // Questions answered in turn over most of the body explain, whatever the headline calls its
  // points (关于国家安全的知识点你一定要知道: four questions and their answers, j-07).
  if (input.labelledOrHeadedQa >= 3 && input.qaShare >= FEW_QA_SHARE && !input.agency)
    return 'explainer'
  if (QUIZ_SECTION_HEADING.test(input.headingTexts)) return 'quiz'
  if (STUDY_NOTES.test(input.headline)) return 'study-notes'
  // A press Q&A (答记者问) is reported news, not an explainer.
  if (
    input.labelledOrHeadedQa > 0 &&
    (PRESS_QA.test(input.headline) || PRESS_CONFERENCE.test(input.lead) || input.agency)
  )
    return 'news'
  if (input.labelledOrHeadedQa >= 3) return 'explainer'
  if (input.labelledOrHeadedQa >= FEW_QA && input.qaShare >= FEW_QA_SHARE) return 'explainer'
  // One question whose answer is the whole body (a legal dictionary's entry, 问题 / 释义, o-04)
  // answers it: an explainer, whatever its answer reports (报道 in a law on reporting).
  if (input.labelledOrHeadedQa === 1 && input.qaShare >= WHOLE_BODY_QA_SHARE && !input.agency)
    return 'explainer'
  // One question over most of the body answered from a statute (间谍行为是指哪些? / 我国《反间谍法》
  // 规定…, q-04): an explainer of the law, though its lead gives the law's anniversary date.
  if (
    input.labelledOrHeadedQa === 1 &&
    input.qaShare >= FEW_QA_SHARE &&
    input.statuteReasoning >= 1 &&
    !input.agency
  )
    return 'explainer'
  // A notice (各学院： … 通知如下 … its issuers and date): a document, whatever event it announces.
  if (input.notice && !input.agency && input.interviewPairs === 0) return 'document'
  // A checklist of 是否… points to inspect against (s-09) is a document, however its 应当 and 要
  // read to the opinion count: it asks to be ticked, it does not argue.
  if (input.checklist && !input.agency && input.interviewPairs === 0) return 'document'
  if (
    input.glossaryTerms >= MIN_ITEMS &&
    input.glossaryShare >= MIN_SHARE &&
    input.glossaryTerms > input.labelledOrHeadedQa
  )
    return 'glossary'
  // Its points in dash lists under its section labels, and little reported: an explainer.
  if (input.pointLists && input.reportageMarkers <= 3) return 'explainer'
  if (STUDY_NOTES.test(input.headingTexts) || input.studyLabels >= FEW_QA) return 'study-notes'
  // (A column named for comment, 两江时评 above the headline, files the text as one: n-06's
  // lead retells the news it comments on. A menu naming such a column among others does not.)
  if (
    COMMENTARY.test(input.headline) ||
    COMMENTARY.test(input.opening) ||
    COMMENTARY.test(input.column) ||
    input.signedHeadline
  )
    return 'commentary'
  // A comment piece opens on the news it comments on, credited in brackets as another paper's
  // (…(4月15日《法治日报》)): what it is shows in what follows, the writer's argument (q-05).
  if (input.citesNews && !input.agency && input.restOpinionDensity >= OWN_VOICE_MIN_OPINION)
    return 'commentary'
  // An encyclopedia or dictionary entry: the headline is the term the text defines, or a
  // dictionary's "[term]的解释" over a lead that opens with the term.
  if (input.headlineIsTerm || input.leadIsTerm) return 'glossary'
  const entry = DICTIONARY_HEADLINE.exec(input.headline.trim())
  if (entry?.[1] && input.lead.startsWith(entry[1])) return 'glossary'
  // A topic's entry: the headline is a short name (恐怖袭击), the few paragraphs below describe it
  // and name it again, and little is reported (3 markers at most, as elsewhere: 恐怖活动 counts 活动). It argues as little as a
  // dictionary does, whatever its 要 and 必须 count.
  if (
    TOPIC_NAME.test(input.headline.trim()) &&
    input.paragraphs <= TOPIC_MAX_PARAGRAPHS &&
    input.headlineMentions >= 2 &&
    input.reportageMarkers <= 3 &&
    !input.firstPerson
  )
    return 'glossary'
  // An agency's dispatch, a headline reporting an event (…开展…宣传活动) and a lead that says
  // whose reports it compiles (综合国家安全部微信号消息，… j-01) are news.
  if (input.agency || REPORTED_EVENT.test(input.headline) || REPORTED_FROM.test(input.lead))
    return 'news'
  // One or two questions in a report are a reporter's; an explainer says so in its headline.
  if (EXPLAINER.test(input.headline)) return 'explainer'
  if (input.studyWords >= 2) return 'study-notes'
  // A paper (研究, 浅析, 摘要：, 关键词：) is a document, however it argues.
  // (One that argues what must be done as a comment does, 要坚持… at a comment's density, is left to
  // the rules below: a journal's opinion article, q-09. Not one that narrates the past: a history
  // paper sums up its lessons in the same connectives, 坚持…, 必须…, r-05.)
  if (
    (PAPER.test(input.headline) || PAPER_LABELS.test(input.opening)) &&
    (input.pastNarrativeDensity >= PAST_NARRATIVE_DENSITY ||
      !(input.reportageMarkers <= 3 && input.opinionDensity >= COMMENT_OPINION_DENSITY))
  )
    return 'document'
  // A vox-pop: the text says it interviewed people and gives their answers under their roles
  // (学院工作人员也采访了…同学 / 同学a：… / 同学b：…, b-20). Its questions ask "您", but it reports.
  if (input.voxPopAnswers >= FEW_QA) return 'news'
  // A text that defines several terms and reports nothing explains them, though its terms are too
  // small a share of it to make a glossary (b-11: 国家秘密, 绝密, 机密… among lists of 秘密事项).
  if (input.glossaryTerms >= MIN_ITEMS && input.reportageMarkers <= 3) return 'explainer'
  // An explainer argues too, but it addresses its reader (你, 大家, 注意, 不要, 如何): on the corpus
  // every explainer-like page above 10 such markers per 1,000 characters, no commentary above 8.
  if (input.reportageMarkers <= 3 && input.instructionDensity >= 10) return 'explainer'
  // A text reasoning from a statute again and again (本条…, 不构成…罪, 按…罪论处, q-10) expounds the
  // law, however many 必须 and 要 its reasoning takes: an explainer, not a comment.
  if (
    input.reportageMarkers <= 3 &&
    input.statuteReasoning >= STATUTE_EXPOSITION &&
    !input.ownVoice &&
    !input.agency
  )
    return 'explainer'
  // Reportage opens with when, where and who (近日, 4月15日, 记者, 开展…活动); an opinion piece
  // argues (我们, 必须, 要, 才能, ？). Measured on the corpus: news pages have 4+ reportage markers in
  // their first 400 characters or an opinion density under 11 per 1,000 characters.
  if (input.reportageMarkers <= 3 && input.opinionDensity >= COMMENT_OPINION_DENSITY)
    return 'commentary'
  // A comment on a case another outlet published: little reported, no reporter's credit, no
  // agency, and the writer speaks as 我们 in their own words (我们不妄想乱猜…), not in a quotation.
  if (
    input.reportageMarkers <= 3 &&
    input.ownVoice &&
    !input.agency &&
    !input.reporterCredited &&
    input.opinionDensity >= OWN_VOICE_MIN_OPINION
  )
    return 'commentary'
  // A writer stating their own stance (我相信…, 希望…) over little reported, with no reporter's credit
  // and no agency: a comment, however short (r-06, one line on the ministry's reply to a video).
  if (
    input.reportageMarkers <= 3 &&
    input.ownStance >= 1 &&
    !input.agency &&
    !input.reporterCredited &&
    input.opinionDensity >= OWN_VOICE_MIN_OPINION
  )
    return 'commentary'
  // A text that reports nothing (no date, reporter, event in its opening) and is set out under
  // numbered headings explains its subject part by part (n-03's cases that shaped a law, n-07's
  // 【解读】 and 【案例】 under 一、, n-08's 引言 and 1.1 恐怖主义): news tells when and who first,
  // and a document runs long. (A report with a numbered heading says when: it stays news.)
  if (
    input.reportageMarkers === 0 &&
    input.numberedHeadings >= 1 &&
    input.textLength < LONG_DOCUMENT_CHARS
  )
    return 'explainer'
  if (input.headings >= 8 || input.textLength >= LONG_DOCUMENT_CHARS) return 'document'
  // A text its writer signs (文| 北京 钟厚涛, 作者：…; not a reporter's or correspondent's credit)
  // that reports nothing argues its case, however soberly: an essay, not news (i-04).
  if (input.signedByWriter && input.reportageMarkers <= 2 && !input.agency) return 'commentary'
  return 'news'
}

// A paragraph that asks three questions or more in a row (什么行为属于间谍行为?…应负什么法律责任?
// …有哪些义务和权利?来看看法律怎么说) lists what the text goes on to answer: an explainer's outline,
// not an argument's rhetorical questions, which come one or two at a time (l-05).
const POSED_RUN = 3
const QUESTION_MARK = /[？?]/g

/** Opinion markers per 1,000 characters of the (unquoted) text after its lead. */
function restOpinionDensity(unquoted: string, lead: string | null): number {
  const at = lead ? unquoted.indexOf(lead.replace(QUOTATION, '').replace(BOOK_TITLE, '')) : -1
  const rest = at === -1 ? unquoted : unquoted.slice(at + (lead ?? '').length)
  return (
    (((rest.match(OPINION) ?? []).length - posedQuestions(rest)) * 1000) / Math.max(1, rest.length)
  )
}

/** Question marks in paragraphs asking POSED_RUN questions or more: they pose, they do not argue. */
function posedQuestions(text: string): number {
  let posed = 0
  for (const paragraph of text.split('\n')) {
    const asked = (paragraph.match(QUESTION_MARK) ?? []).length
    if (asked >= POSED_RUN) posed += asked
  }
  return posed
}

// A stem's blank and its options A. B. C. on one line: "…开展这一系列活动()A.有利于…B.能够…C.…".
const STEM_WITH_OPTIONS =
  /[（(]\s*[）)][^\n]{0,120}?[AＡ]\s*[.．、][^\n]{0,80}?[BＢ]\s*[.．、][^\n]{0,80}?[CＣ]\s*[.．、]/g

// A fill-in item's blank and its answers in brackets closing it, before the next item's number or the
// line's end: "…实行_、_、_的方针。(积极防范、突出重点、依法管理)3、…" (p-09, a sharing site's fill-in
// paper run together onto a few lines). The blank (_ or ＿) is the item's; prose has none.
const BLANK_WITH_ANSWER =
  /[_＿]+[^\n_＿（()）]{0,120}[（(][^()（）\n_＿]{1,40}[)）](?=\s*(?:\d{1,3}\s*[、.．]|$))/gm

/** The share of the text from the first to the last match of an item's pattern, MIN_ITEMS or more. */
function itemSpanShare(text: string, item: RegExp): number {
  const found = [...text.matchAll(item)]
  const first = found[0]
  const last = found.at(-1)
  if (found.length < MIN_ITEMS || !first || !last) return 0
  return (last.index + last[0].length - first.index) / Math.max(1, text.length)
}

/**
 * The share of the text spanned by items run together that the item reader cannot split, when
 * there are MIN_ITEMS or more: stems glued to their options (a preview that glued a whole exercise
 * sheet into one line, i-09) or fill-in blanks with their answers (p-09). A quiz all the same.
 */
function runTogetherQuizShare(text: string): number {
  return Math.max(itemSpanShare(text, STEM_WITH_OPTIONS), itemSpanShare(text, BLANK_WITH_ANSWER))
}

// A dictionary's reading line, "[ fáng xiè mì ]" (i-10, the headword lost): Latin syllables with a
// tone mark, in brackets or alone. It stands above the entry's first paragraph.
const PRONUNCIATION =
  /^[[【(（]?\s*(?=[^\]】)）]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ\s'’-]+\s*[\]】)）]?$/i

/** Index of the first paragraph of text: not a pronunciation line, nor a section label above it (概念定义, l-09). */
function firstTextBlock(blocks: { type: string; text: string }[]): number {
  const index = blocks.findIndex(
    (block) => block.type === 'paragraph' && !PRONUNCIATION.test(block.text),
  )
  return index === -1 ? 0 : index
}

/** "李洪江:澳门修改…研究" → the headline, when the name before the colon is the stated author. */
function withoutAuthorPrefix(title: string | null, author: string | null): string | null {
  if (!title || !author) return title
  const rest = title.startsWith(author)
    ? title.slice(author.length).replace(/^\s*[:：]\s*/, '')
    : null
  return rest && rest !== title.slice(author.length) ? rest : title
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i)
}

/** Characters in the blocks (or in those of `only`). */
function charsOf(blocks: { text: string }[], only?: ReadonlySet<number>): number {
  let total = 0
  blocks.forEach((block, index) => {
    if (!only || only.has(index)) total += block.text.length
  })
  return total
}

function mentionsOf(blocks: { text: string }[], name: string): number {
  let count = 0
  for (const block of blocks) count += block.text.split(name).length - 1
  return count
}

function overlaps(range: { start: number; end: number }, blocks: ReadonlySet<number>): boolean {
  for (let i = range.start; i < range.end; i++) if (blocks.has(i)) return true
  return false
}

/** Runs one stage, records its time, and names the stage in any unexpected error. */
function timed<T>(
  timings: Record<string, number>,
  stage: string,
  run: () => T,
  onStage?: (stage: string) => void,
): T {
  onStage?.(stage)
  const started = performance.now()
  let result: T
  try {
    result = run()
  } catch (error) {
    if (error instanceof ImportInputError || error instanceof ImportStageError) throw error
    throw new ImportStageError(stage, error)
  }
  timings[stage] = Math.round((performance.now() - started) * 100) / 100
  return result
}

/** Flags about the whole document: repaired runs to check, mixed script, no stated source. */
function documentFlags(
  text: string,
  repairedText: string,
  script: Script,
  attribution: Attribution,
  repairs: RepairedRun[],
): QualityFlag[] {
  const flags: QualityFlag[] = repairs.map((run) => {
    // Locate the run by what follows it too: a one-character repair such as 濫 occurs elsewhere as well.
    const context = repairedText
      .slice(run.position, run.position + run.restored.length + 6)
      .replace(/\([^)\n]*\)/g, '')
    const found = text.indexOf(context)
    const position = found === -1 ? text.indexOf(run.restored) : found
    return {
      type: 'repaired-text' as const,
      position: position === -1 ? run.position : position,
      message: flagMessage('restored-run', { original: run.original, restored: run.restored }),
    }
  })
  if (script === 'mixed') {
    flags.push({
      type: 'mixed-script',
      position: 0,
      message: flagMessage('mixed-script'),
    })
  }
  if (!attribution.outlet && !attribution.originalOutlet && !attribution.agency) {
    flags.push({
      type: 'missing-source',
      position: 0,
      message: flagMessage('no-source-line'),
    })
  }
  return flags
}

/** Run the whole text pipeline: decode → repair → strip pinyin → strip boilerplate → script → structure → attribution. */
export function analyzeDocument(
  input: Buffer | string,
  options: AnalyzeOptions = {},
): ImportAnalysis {
  const timings: Record<string, number> = {}
  const step = <T>(stage: string, run: () => T): T => timed(timings, stage, run, options.onStage)
  const decoded = step('decode', () => decodeInput(input, { maxBytes: options.maxBytes }))
  const repair = step('repair', () => repairByteShiftedRuns(decoded.text))
  const pinyin = step('pinyin', () => stripPinyinAnnotations(repair.text))
  const boilerplate = step('boilerplate', () => stripBoilerplate(pinyin.text))
  const unwrapped = step('unwrap', () => unwrapLines(boilerplate.text))
  const chrome = step('chrome', () => stripChrome(unwrapped.text))
  const script = step('script', () => detectScript(chrome.text))
  const signed = step('metadata', () =>
    signedByline(extractAttribution(chrome.text).body, chrome.title),
  )
  const structure = step('structure', () =>
    detectStructure(signed.text, {
      title: signed.title,
      titleLine: signed.title === null ? null : chrome.titleLine,
      // (The line chrome took for the headline was the writer's name: the page has none left.)
      noHeadline: chrome.noHeadline || (chrome.title !== null && signed.title === null),
    }),
  )
  const quiz = step('quiz', () => findQuizItems(structure.blocks))
  const { qaPairs, interview, terms, pointLists } = step('qa', () => {
    const found = findInterviewPairs(structure.blocks)
    // "答案：B" / "解析：…" lines look like two speakers' turns: quiz items are not an interview.
    const turns = found.pairs.filter((pair) => !overlaps(pair, quiz.taken))
    const interview =
      turns.length >= 1
        ? found
        : { pairs: [], interviewerLabel: null, intervieweeLabel: null, outlet: null }
    const qaPairs: QaPair[] =
      interview.pairs.length > 0
        ? interview.pairs
        : findQaPairs(structure.blocks, quiz.taken, { titled: structure.title !== null })
    const taken = new Set([
      ...quiz.taken,
      ...qaPairs.flatMap((pair) => range(pair.start, pair.end)),
    ])
    const read = findGlossaryTerms(structure.blocks, { title: structure.title, taken }).filter(
      (term) => !quiz.taken.has(term.block),
    )
    // An explainer's points set out as dash lists under its section labels are not terms.
    const pointLists = listsItsPoints(structure.blocks, read)
    // Labelled points under an item's 解析 (考查要点：…, 核心思路：…) explain the item; they are not terms.
    const explained = explainedSpans(structure.blocks, quiz.items)
    const kept = read.filter(
      (term) => !explained.some(([from, to]) => term.block > from && term.block < to),
    )
    return { qaPairs, interview, terms: pointLists ? [] : kept, pointLists }
  })
  // Each quiz item is also a Q&A entry: the stem, and the stated answer as written (see QuizMatch.qaAnswer).
  const quizPairs: QaPair[] = quiz.items.map((item) => ({
    question: item.stem,
    answer: item.qaAnswer,
    start: item.start,
    end: item.end,
  }))
  const allPairs = [...qaPairs, ...quizPairs].sort((a, b) => a.start - b.start)
  const attribution = step('attribution', () => {
    // Facts are read before chrome removal: a date may stand on a line with a print button.
    const stated = extractAttribution(boilerplate.text, {
      interviewerLabel: interview.interviewerLabel,
      intervieweeLabel: interview.intervieweeLabel,
    }).attribution
    if (!stated.outlet && interview.outlet) stated.outlet = interview.outlet
    if (!stated.author && signed.author) stated.author = signed.author
    if (!stated.author) stated.author = closingCredit(boilerplate.text)
    const sharingSite = stated.outletType ? null : detectSharingSite(pinyin.text, boilerplate.fired)
    return sharingSite
      ? {
          ...stated,
          outlet: stated.outlet ?? sharingSite.name,
          outletType: 'document-sharing-site' as const,
        }
      : stated
  })
  const laws = step('laws', () => findCitedLaws(structure.text))
  // The blocks, flags and kind below are not timed, but a budget still names where it ran out.
  options.onStage?.('classify')

  const blocks: ContentBlock[] = []
  const qaByStart = new Map(qaPairs.map((pair) => [pair.start, pair]))
  const termByBlock = new Map(terms.map((term) => [term.block, term]))
  for (let i = 0; i < structure.blocks.length; i++) {
    const pair = qaByStart.get(i)
    const block = structure.blocks[i]
    if (!block) continue
    if (pair) {
      // A question heading stays a heading too, so sections keep their titles.
      if (block.type === 'heading')
        blocks.push({ type: 'heading', text: block.text, level: block.level })
      blocks.push({ type: 'qa', question: pair.question, answer: pair.answer })
      i = pair.end - 1
      continue
    }
    const term = termByBlock.get(i)
    if (term) {
      blocks.push({
        type: 'term',
        term: term.term,
        definition: term.definition,
        text: block.type === 'paragraph' ? block.text : `${block.text}\n\n${term.definition}`,
      })
      i = term.end - 1
    } else if (block.type === 'heading')
      blocks.push({ type: 'heading', text: block.text, level: block.level })
    else blocks.push({ type: 'paragraph', text: block.text })
  }

  const text = structure.text
  const unquoted = text.replace(QUOTATION, '').replace(BOOK_TITLE, '')
  const flags: QualityFlag[] = [
    ...boilerplate.flags,
    ...chrome.flags,
    ...repair.flags.map(({ anchor, ...flag }) => {
      // Later stages moved the text: point at the damaged run where it now is.
      const position = anchor ? text.indexOf(anchor) : -1
      return { ...flag, position: position === -1 ? flag.position : position }
    }),
  ]
  flags.push(...documentFlags(text, repair.text, script, attribution, repair.repaired))
  // A preview notice already says the document goes on; otherwise the text may stop mid-sentence.
  const cutOff =
    boilerplate.incomplete || chrome.preview
      ? null
      : (truncationFlag(text, {
          cutInQuizOptions: quiz.cutInOptions,
          sectionHeadingLast: endsUnderSectionNumber(unwrapped.text),
          nextSectionNumberLast: endsOnNextSectionNumber(unwrapped.text),
          ellipsisLast: endsOnEllipsisLine(pinyin.text),
          footerBelowText: chrome.footerBelowText,
        }) ?? (decoded.html ? cutInMarkupFlag(decoded.raw, text) : null))
  if (cutOff) flags.push(cutOff)
  const headings = structure.blocks.filter((block) => block.type === 'heading')
  const labelledOrHeadedQa = interview.pairs.length > 0 ? 0 : qaPairs.length
  const quizItems = quiz.items.length + quiz.unanswered
  const bodyBlocks = Math.max(structure.blocks.length, 1)
  const law = lawCoverage(structure.blocks)
  const qaBlocks = qaPairs.reduce((sum, pair) => sum + pair.end - pair.start, 0)
  return {
    file: options.fileName ?? null,
    // A sharing site's viewer names the document on every page marker, also when the text does not.
    title:
      withoutAuthorPrefix(structure.title, attribution.author) ?? titleFromPageMarkers(pinyin.text),
    kind: decideKind({
      quizItems,
      quizShare: charsOf(structure.blocks, quiz.taken) / Math.max(charsOf(structure.blocks), 1),
      runTogetherShare: runTogetherQuizShare(text),
      explanationShare: itemExplanationShare(structure.blocks),
      lawArticles: law.articles,
      lawShare: law.covered / bodyBlocks,
      qaShare: qaBlocks / bodyBlocks,
      glossaryTerms: terms.length,
      // A headed term covers its heading and its definition below.
      glossaryShare:
        new Set(terms.flatMap((term) => range(term.block, term.end))).size / bodyBlocks,
      headingTexts: headings.map((heading) => heading.text).join('\n'),
      studyLabels: structure.blocks.filter((block) => STUDY_LABEL.test(block.text)).length,
      interviewPairs: interview.pairs.length,
      labelledOrHeadedQa,
      headline: `${structure.title ?? ''} ${structure.subtitle ?? ''}`.replace(NEGATED_CLAUSE, ''),
      lead: structure.lead ?? '',
      notice:
        NOTICE_WORDS.test(text) ||
        structure.blocks.slice(0, 2).some((block) => NOTICE_ADDRESSEES.test(block.text.trim())),
      citesNews: CITED_NEWS.test(structure.lead ?? ''),
      restOpinionDensity: restOpinionDensity(unquoted, structure.lead),
      statuteReasoning: (text.match(STATUTE_REASONING) ?? []).length,
      signedHeadline:
        attribution.author !== null &&
        (structure.title ?? '').replace(/\s+/g, '').endsWith(`(${attribution.author})`),
      // The lines around the headline (a kicker, the byline) before the article's first paragraph.
      opening: [structure.lead ?? '', attribution.author ?? '', chrome.text.slice(0, 200)].join(
        '\n',
      ),
      column: chrome.columnLabel ?? '',
      originalOutlet: attribution.originalOutlet,
      reportageMarkers: (text.slice(0, 400).match(REPORTAGE) ?? []).length,
      // (Quoted words and titles are their speaker's or author's, not the writer's argument:
      // a report quoting “反间防谍需要全社会动员!” and a statute's 应当, o-07.)
      opinionDensity:
        (((unquoted.match(OPINION) ?? []).length - posedQuestions(unquoted)) * 1000) /
        Math.max(1, text.length),
      instructionDensity:
        ((text.match(INSTRUCTION) ?? []).length * 1000) / Math.max(1, text.length),
      studyWords: (text.match(new RegExp(STUDY_NOTES.source, 'g')) ?? []).length,
      voxPopAnswers: INTERVIEWED.test(text)
        ? structure.blocks.filter((block) => VOX_POP_LABEL.test(block.text)).length
        : 0,
      headlineIsTerm: terms.some(
        ({ term }) => withoutGloss(structure.title ?? '') === term && terms.length <= 2,
      ),
      leadIsTerm:
        structure.title === null &&
        terms.length <= 2 &&
        terms.some((term) => term.block === firstTextBlock(structure.blocks)),
      paragraphs: structure.blocks.length,
      headlineMentions: structure.title ? mentionsOf(structure.blocks, structure.title) : 0,
      firstPerson: FIRST_PERSON.test(text),
      ownVoice: OWN_VOICE.test(text.replace(QUOTATION, '')),
      pointLists,
      reporterCredited: REPORTER_ROLE.test(chrome.text.slice(0, TOP_CHARS)),
      signedByWriter:
        attribution.author !== null && !REPORTER_ROLE.test(chrome.text.slice(0, TOP_CHARS)),
      agency: attribution.agency,
      headings: headings.length,
      numberedHeadings: headings.filter((heading) => heading.numbered).length,
      textLength: text.length,
      openingJudgementItems: quiz.items.filter(
        (item) =>
          // Only labels (题目) and the item's unanswered repeats above it: the page opens on it.
          structure.blocks
            .slice(0, item.start)
            .every((block, k) => quiz.taken.has(k) || FIELD_LABEL.test(block.text.trim())) &&
          (JUDGEMENT_ANSWER.test(item.answer) ||
            item.options.some((option) => JUDGEMENT_ANSWER.test(option.text))),
      ).length,
      ownStance: (unquoted.match(OWN_STANCE) ?? []).length,
      quotedInterview: quotesOtherOutletsInterview(
        structure.blocks.slice(0, interview.pairs[0]?.start ?? 0),
        [attribution.outlet, attribution.originalOutlet],
      ),
      quotedArticles: quotesArticles(structure.blocks),
      pastNarrativeDensity:
        ((text.match(PAST_NARRATIVE) ?? []).length * 1000) / Math.max(1, text.length),
      checklist: isChecklist(structure.blocks),
    }),
    script,
    sections: headings.map((heading) => ({ heading: heading.text, level: heading.level })),
    qa: allPairs.map(({ question, answer }) => ({ question, answer })),
    terms: terms.map(({ term, definition }) => ({ term, definition })),
    quiz: quiz.items.map(({ stem, options, answer, explanation }) => ({
      stem,
      options,
      answer,
      explanation,
    })),
    attribution,
    laws,
    flags,
    incomplete: boilerplate.incomplete || chrome.preview || cutOff !== null,
    text,
    subtitle: structure.subtitle,
    lead: structure.lead,
    blocks,
    encoding: decoded.encoding,
    rawText: decoded.raw,
    boilerplateRules: boilerplate.fired,
    repairs: repair.repaired,
    pinyinAnnotationsStripped: pinyin.stripped,
    timings,
  }
}
