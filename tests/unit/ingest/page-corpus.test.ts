import { classTable, loadCorpus, scoreCorpus } from '../../../scripts/import-eval/score.js'

// The share of development pages (the seeds and the a-, b-, h- pages, which the importer was tuned
// on) that must meet their key; raised as the importer improves, never lowered.
const BAR = 0.99
// Held-out sets the importer was tuned on afterwards: each bar is what the tuning reached, a floor
// against regressions, not an estimate for unseen pages.
const TUNED_SETS: { prefix: string; pages: number; bar: number }[] = [
  // The second held-out set (first score 2 of 20); 19 of 20 after the k- round.
  { prefix: 'i-', pages: 20, bar: 0.95 },
  // The third (10 pages from 10 new hosts, first score 1 of 10), tuned on its causes made general
  // (chrome by position and feature, numbered questions running into their answers, bracketed
  // flashes and outlet tags, kind from the lead): all 10 since.
  { prefix: 'j-', pages: 10, bar: 1 },
  // The fourth (first score 3 of 10): numbering tokens as a class, a date glued before the lead or
  // written with spaces, unbracketed picture credits, skip links, widget blocks and tag lines by
  // feature, a question bank's explanation, a topic entry: all 10 since.
  { prefix: 'k-', pages: 10, bar: 1 },
  // The fifth (first score 5 of 10): a paragraph posing several questions is no argument, a
  // circled layout reference after the last sentence, an outlet's name with a bracketed credit and
  // no 讯, WeChat's 发表于<place> meta line, a text ending on a numbered section's heading, an
  // entry's section label over a definition: all 10 since.
  { prefix: 'l-', pages: 10, bar: 1 },
  // The sixth (first score 0 of 10, 67 of 94 checks): …欢迎您 greetings, 打印正文 and 上 / 下一篇
  // links, an e-paper's masthead to its edition label and its HTML-comment metadata line; a text
  // opening on its first question has no headline; a posting time, a glued 首页 and an agency
  // dateline before 题: leave the headline; a resident reporter's credit; a comment in its writer's
  // own voice, a dictionary's [term]的解释, an explainer's dash lists; completeness by the footer
  // below the text and a short line under a numbered heading: all 10 since.
  { prefix: 'm-', pages: 10, bar: 1 },
  // The seventh (first score 5 of 10, 70 of 81 checks): a contact label's value on the line below
  // it, an e-mail line and a disclosure tag (公开) are chrome; a text opening on item 1 of a
  // numbered list, or on a part's label (引言, 前言), has no headline; a comment column's label above
  // the headline (两江时评) makes a commentary; a text reporting nothing under numbered headings
  // explains (恐怖活动 no reported event): all 10 since.
  { prefix: 'n-', pages: 10, bar: 1 },
  // The eighth (first score 2 of 10, 78 of 89 checks): a question glued after the previous answer
  // with a space opens its own entry; a paper's section named for its items' type (一、选择题) makes
  // a quiz, and a text stopping on a circled item (④国家) is cut; a table's label cells (问题 |) and
  // cell marks, a menu run together from its home link, a file name glued after a paragraph and a
  // site account's role alone (创始人) are chrome; one question answering the whole body explains;
  // quoted words are not the writer's argument; dash lists under section labels are an
  // explainer's points, not terms: all 10 since.
  { prefix: 'o-', pages: 10, bar: 1 },
  // The ninth (first score 5 of 10, 70 of 85 checks): a consent banner, a prompt offering another
  // language's edition and an app's badge are chrome, and so is a bracketed pointer to pictures
  // elsewhere ((图片见附件1:)); WeChat's 原创 mark before the headline is not the headline's, nor a
  // statute's bracketed promulgation note (…公布 自…起施行); an agency's dispatch with the day alone
  // (中央社台北30日電) names agency and place; a fill-in paper's blanks with their answers make a quiz;
  // a text ending on the site's ellipsis line is cut: all 10 since.
  { prefix: 'p-', pages: 10, bar: 1 },
  // The tenth (first score 5 of 10, 73 of 82 checks): an empty list item's marker and a line of
  // empty tags (a mirror's stray markup) are chrome and open nothing; a comment piece opening on
  // the news it comments on, credited in brackets ((4月15日《法治日报》)), is judged by the argument
  // after it; a notice (各学院：, 通知如下) is a document dated by its closing signature; a name line
  // alone above a paper's abstract or under the headline is the byline; a paper arguing at a
  // comment's density is no document; a question answered from a statute, or a text reasoning from
  // statutes again and again, explains: all 10 since.
  { prefix: 'q-', pages: 10, bar: 1 },
  // The eleventh (first score 2 of 10, 59 of 78 checks): a field's label (题目, 法律依据:《…法》) is
  // no headline; a page opening on a true/false item with its answer is a quiz, the labelled points
  // under its 解析 no terms, and a site's section labels (题目解答, 评论列表) are chrome; a genre word
  // the headline denies (不是选择题) marks nothing; a caption closed by a photographer's credit or
  // opened by ▲ is the picture's; a text ending on the next section's bare number is cut; a paper
  // narrating history is a document; a writer's own stance (我相信) makes a comment; another
  // outlet's interview retold is no interview of the text's own; articles quoted under their
  // statute's label are law; a bracketed credit with a space inside ((繆 文)) is the author; a place
  // alone under the headline is no byline: all 10 since.
  { prefix: 'r-', pages: 10, bar: 1 },
  // The twelfth (first score 4 of 10, 64 of 76 checks): a speaker's name padded with spaces to the
  // host label's width (雷  杰:) is one speaker; a month and day with the clock time alone is the
  // page's date; a question answered in numbered points is a Q&A entry; a related-link header
  // (相关链接) and a 版权均属… notice are chrome; a checklist of 是否… points is a document; 转载自《…》
  // names the original outlet and (通讯员 <name> 供稿) the author; clauses longer than names are no
  // tag line: 9 of 10 since (s-08's kind is left: a journal paper arguing at a comment's density
  // with the same apparatus as q-09's opinion article; telling them apart would take a threshold
  // fitted to one page).
  { prefix: 's-', pages: 10, bar: 0.9 },
]
// No held-out set now: the s- pages, held out at first, were tuned on afterwards (above), and no
// newer set has been collected. Until one is, the corpus gives no estimate for unseen pages.
const scores = scoreCorpus()
const isTuned = (file: string) => TUNED_SETS.some(({ prefix }) => file.startsWith(prefix))
const development = scores.filter((score) => !isTuned(score.file))

test('the corpus has at least 60 pages from 25 hosts, at most 3 pages per host', () => {
  const { manifest } = loadCorpus()
  expect(manifest.length).toBeGreaterThanOrEqual(60)
  const perHost = new Map<string, number>()
  for (const entry of manifest)
    if (entry.host) perHost.set(entry.host, (perHost.get(entry.host) ?? 0) + 1)
  expect(perHost.size).toBeGreaterThanOrEqual(25)
  expect([...perHost].filter(([, count]) => count > 3)).toEqual([])
})

test('every failure class is exercised by at least three pages', () => {
  const thin = classTable(scores).filter((row) => row.pages < 3)
  expect(thin.map((row) => `${row.failureClass}. ${row.name}: ${row.pages}`)).toEqual([])
})

test.each(scores.map((score) => [score.file, score] as const))(
  '%s: no invented text and every paragraph of the article survives',
  (_file, score) => {
    expect(score.invented).toEqual([])
    const keep = score.checks.find((check) => check.name === 'keep')
    expect(keep?.passed === false ? keep.detail : 'kept').toBe('kept')
  },
)

test(`at least ${BAR * 100}% of the development pages meet their key`, () => {
  const passing = development.filter((score) => score.passed).length
  expect(passing / development.length).toBeGreaterThanOrEqual(BAR)
})

test.each(TUNED_SETS)(
  'at least $bar of the $prefix pages (tuned on, no longer held out) meet their key',
  ({ prefix, pages, bar }) => {
    const set = scores.filter((score) => score.file.startsWith(prefix))
    expect(set.length).toBe(pages)
    const passing = set.filter((score) => score.passed).length
    expect(passing / set.length).toBeGreaterThanOrEqual(bar)
  },
)
