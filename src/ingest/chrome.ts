/**
 * Site chrome (menus, breadcrumbs, share and print buttons, counters, image file names, related
 * headlines) told from the article by features of each line, not by exact phrases: how much of the
 * line is interface vocabulary, how many short separated items it has, whether it has sentence
 * punctuation, and where it stands relative to the article's prose (before the headline, inside,
 * or after the last paragraph). The headline is chosen here too, among the lines before the prose,
 * by score.
 *
 * Rule of this stage: nothing that reads as prose is removed without evidence. A line with
 * sentence punctuation and 30+ characters is never chrome here, and a "read next" marker above
 * most of the prose removes only itself.
 */
import { FIELD_LABEL } from './field-label.js'
import { toSimplified } from '../text/normalize.js'
import { flagMessage } from './flag-messages.js'
import type { QualityFlag } from './types.js'

export interface ChromeResult {
  text: string
  /** The headline, chosen among the lines before the prose (null when none reads as one). */
  title: string | null
  /** The line the headline was read from, as it stands in `text`. */
  titleLine: string | null
  /** The first line reads as a byline, a label, a credit or a sentence: it is no headline either. */
  noHeadline: boolean
  removed: { line: string; reason: ChromeReason }[]
  flags: QualityFlag[]
  /** The page says it shows only a preview of a longer document. */
  preview: boolean
  /** The site's footer (copyright, licence) follows the text: the capture reached the page's end. */
  footerBelowText: boolean
  /**
   * The short label standing right above the headline (the column the page files it under: 两江时评,
   * 警方资讯), removed from the text; null when there is none. A column is what its page says the
   * text is, unlike a menu's items, which name other pages.
   */
  columnLabel: string | null
}

export type ChromeReason =
  'interface' | 'menu' | 'breadcrumb' | 'media' | 'column-label' | 'related-list' | 'read-next'

// Interface vocabulary, Simplified (lines are compared after t→cn). What matters is the share of a
// line these cover, so a sentence that mentions 分享 keeps its place.
const INTERFACE_WORDS = `
设为首页 加入收藏 收藏本站 新闻热线 分享到 分享至 打印本页 打印正文 打印文章 打印 关闭窗口 关闭 字体 字号 大中小 默认 浏览次数 浏览量 浏览 点击次数 点击数 点击量 点击 访问量
访问次数 阅读数 阅读量 阅读 次 发布者 上一篇 下一篇 返回顶部 返回 顶部 登录 注册 退出 搜索 首页 网站地图 联系我们 网站声明 版权所有 版权 主办 承办 协办
技术支持 备案号 备案 网站标识码 微信扫一扫 扫一扫 扫码 二维码 关注公众号 点击关注 关注 阅读原文 查看原文 原文链接 在看 点赞 收藏 分享 转发 评论 留言 写留言 赞
继续滑动看下一个 向上滑动看下一个 轻触阅读原文 知道了 取消 允许 视频 小程序 朋友圈 微博 微信 手机版 电脑版 无障碍 长辈版 简体 繁体 繁體 英文 纠错 我要纠错
内容摘要 速读文章内容 相关推荐 大家都在看 推荐阅读 往期回顾 往期推荐 延伸阅读 热门文章 热点推荐 猜你喜欢 相关阅读 相关新闻 相关文章 更多 查看更多 编辑推荐 精彩推荐
原创 我要举报 举报 反馈 扫码下载 下载客户端 客户端 来源于网络 图片来源 网络图片 资料图片 资料图 图片 图 上传 下载 附件 english home login
register search share print close menu 问题描述 最佳答案 推荐答案 满意答案 网友回答 列印 欢迎访问 欢迎光临 欢迎 立即登录 立即
登录后 获取更多权限 权限 推送 精彩 相关解读 正在阅读 右上角 好友 请使用 浏览器 功能 进行 在手机上 查看 当前页面 观看 微视频 上方 卡片 素材 源自网络 被引量
上传用户 下载到本地 更方便 论文 部分内容 版权争议 如果您对本文有 文档 预览 金币 扣费 会员 在线阅读 珍藏版 top page of chinese version
only qzone upload article image webp jpg png ad welcome 第 页 共 无法下载 请参考说明 公众号 查词语 查字典 词典 百科 想要了解更多 请点击 第一手消息 请下载 人人做记者 发表评论
取消回复 回复 语音播报 字体大小 sms 当前所在 新闻归类 归类 人气
文章转载 转载 资源简介 ppt 最新文章 文档下载 本文来源 宣传图 现场 展板 终审 复审 初审 审核 审校 阅读次数 点击观看
广告 推广 文字大小 前往专题 专题 如题所述 题目描述 baidu sogou google bing
table contents previous next show background information
`
  .split(/\s+/)
  .filter(Boolean)
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (a: string, b: string) => b.length - a.length
// Han words are matched with separators removed (字体：大 中 小), Latin words as whole words.
const INTERFACE_HAN = new RegExp(
  INTERFACE_WORDS.filter((word) => !/^[a-z]+$/.test(word))
    .sort(byLength)
    .map(escape)
    .join('|'),
  'g',
)
const INTERFACE_LATIN = new RegExp(
  `(?<![a-z])(?:${INTERFACE_WORDS.filter((word) => /^[a-z]+$/.test(word))
    .sort(byLength)
    .join('|')})(?![a-z])`,
  'gi',
)
// Characters that do not count either way: digits, separators, punctuation, spaces.
const NEUTRAL = /[\s\d\p{P}\p{S}]/gu
const SENTENCE_PUNCTUATION = /[。！？!?；;]/
const CLAUSE_PUNCTUATION = /[，,、：:]/
const PROSE_MIN_CHARS = 30
const ITEM_SEPARATORS = /[|｜/\\·•▪■□◆◇●○\t]|[ \u3000]{1,}/
// Split on the mark alone and trim the parts: /\s*>\s*/ was quadratic on a run of spaces.
const BREADCRUMB_SEPARATORS = />|＞|›|»|→|&gt;/
const POSITION_LABEL =
  /^(?:您?(?:现在|所在|当前)?的?(?:位置|所在位置)|当前位置|所在位置|当前栏目)\s*[:：]?/
const MEDIA_LINE =
  /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^[^\s。，]{1,80}\.(?:jpe?g|png|gif|webp|bmp|svg|mp4|pdf|docx?)$|^(?:https?:\/\/|www\.)\S+$/i
const METADATA_LABEL =
  /(?:来源|出处|作者|编辑|审核|校对|时间|日期|记者|通讯员|撰稿|责编|摄影|供稿|稿源|发布者|发布人)\s*[:：]/
const OPTION_LINE = /(?:^|\s)[A-DＡ-Ｄ]\s*[.．、)）]/
const QA_LABEL = /^(?:\d{1,3}\s*[、.．]\s*)?(?:问|答|Q|A)\s*\d{0,2}\s*[:：]/i
const NUMBERED_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.](?!\d)|(?:no|nº|№)\s*[.．]?\s*\d{1,2}(?=\s|\p{Script=Han})|[（(][一二三四五六七八九十\d]{1,2}[）)]|第[一二三四五六七八九十百零\d]+[章节条])/iu
// (A pair of links may share one word: 上 / 下一篇新闻.)
const READ_NEXT = /^(?:阅读)?(?:上\s*[/／|｜]\s*)?(?:上一篇|下一篇|上一条|下一条)\s*[:：]?/
const RELATED_HEADER =
  /^(?:相关推荐|大家都在看|推荐阅读|往期回顾|往期推荐|延伸阅读|热门文章|热点推荐|猜你喜欢|相关阅读|相关新闻|相关文章|相关链接|相關鏈接|编辑推荐|精彩推荐)\s*[:：]?$/
const DATE_IN_LINE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*[-/]\s*\d{1,2}$/
// Unrendered templates and HTML left in a scrape: {{ popup.title }}, "/span>".
// (An HTML comment's end closing an e-paper's metadata line: "… content_158434.html 1 … /enpproperty-->".)
const TEMPLATE_DEBRIS = /\{\{[^}]*\}\}|^<?\/?[a-z]{1,10}>$|<\/?(?:span|div|p|br|img|a)\b|<!--|-->$/i
// A line of markup alone, empty elements a spam mirror strews above the text to vary its pages
// (<legend id="h4sia"></legend><samp id="h4sia"></samp>, q-04), perhaps after the list marker its
// rendering left ("• <input id=…>", "1. <blockquote …>"): tags whatever their names, and no text.
const MARKUP_ONLY =
  /^(?:[•·▪*-]|\d{1,3}\s*[.．、])?\s*(?:<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>\s*)+$/i
// A document-sharing site's own notices about its preview (the document itself goes on).
const SHARING_NOTICE =
  /全文预览已结束|预览已结束|预览加载中|该文档总共\s*\d+\s*页|下载需要金币|不重复扣费|仅供预览|内容可能不全|由会员分享|下载到本地|\d+\s*页珍藏版|请在.{1,8}上搜索|资源简介|文档简介|版权归属|内容提供方|版权争议|客服联系|进行内容授权|或下架|下载后请|解压|免费预览范围|账户上有足够|\d+(?:\.\d+)?\s*千字|[共约]\s*\d+\s*页|下载文档|文本预览|预览下载声明/
// Notices that the document goes on (a site saying its preview "may" be incomplete does not count).
const PREVIEW_NOTICE = /全文预览已结束|预览已结束|预览加载中|该文档总共\s*\d+\s*页/
const BYLINE_ROLE = /(?:评论员|记者|通讯员|特约撰稿|撰稿人)\s*[\p{Script=Han}·]{2,4}$/u
// What a page title adds to the headline: the site's name, a file extension, a dateline, a colon.
const TITLE_SUFFIX = /\s*[-_|｜—–]\s*[^-_|｜—–]{2,14}(?:网|站|政府|门户|平台|频道|在线)$/
const FILE_EXTENSION = /\.(?:docx?|pdf|pptx?|xlsx?|txt|html?)$/i
const REPOST_PREFIX = /^(?:文章转载|转载|原创|转发|推荐)\s*[|｜:：丨]\s*/
// WeChat's originality mark rendered before the headline with a space: "原创 国家安全部:警惕…" (p-08,
// a copy of an account's article). The mark is the platform's badge, not the headline's first word
// (a headline beginning 原创歌曲… has no space after it).
const ORIGINALITY_MARK = /^(?:原创|原創)[ \t\u3000]+(?=\S)/
export const DATELINE_PREFIX = /^.{0,16}?\d{1,2}月\d{1,2}日[电]\s*(?:题|標題|标题)\s*[:：]\s*/
// A news site's posting time after a headline of the day: "…軟對抗 (11:08)".
const POSTING_TIME = /\s*[（(]\d{1,2}[:：]\d{2}[)）]$/
// The breadcrumb's first item glued before the headline: "首页 [恐怖分子]的解释".
const HOME_PREFIX = /^(?:首页|主页|网站首页)\s+(?=\S)/

/** A consent banner, a prompt to switch to another language's edition, an app's badge (p-03). */
function isSiteBanner(line: Line): boolean {
  const text = line.raw
  if (
    line.length <= CONSENT_MAX_CHARS &&
    CONSENT_PRIVACY.test(text) &&
    CONSENT_AGREE.test(text) &&
    CONSENT_SITE.test(text)
  )
    return true
  if (
    text.length <= LANGUAGE_PROMPT_MAX_CHARS &&
    LANGUAGE_EDITION.test(text) &&
    LANGUAGE_OFFER.test(text)
  )
    return true
  return line.length <= 60 && APP_BADGE.test(text)
}

/** The headline without what the page's title wrapped around it. */
function cleanHeadline(raw: string): string {
  const folded = toSimplified(raw)
  let start = 0
  let end = raw.length
  const prefix =
    DATELINE_PREFIX.exec(folded) ??
    REPOST_PREFIX.exec(folded) ??
    ORIGINALITY_MARK.exec(folded) ??
    HOME_PREFIX.exec(folded)
  if (prefix) start = prefix[0].length
  const suffix =
    TITLE_SUFFIX.exec(folded) ?? FILE_EXTENSION.exec(folded) ?? POSTING_TIME.exec(folded)
  if (suffix && suffix.index - start >= 6) end = suffix.index
  const trimmed = raw
    .slice(start, end)
    .replace(/[:：]\s*$/, '')
    .trim()
  return trimmed || raw
}

// The site greeting its reader (欢迎访问…, …欢迎您!), the page repeating its title in a reading bar, a follow prompt.
const SITE_GREETING =
  /^[•·\s]*(?:欢迎(?:访问|光临|来到)|[^。，,！!？?\s]{2,20}欢迎(?:您|你)[!！]?$|正在阅读\s*[:：]|(?:扫码|点击)?关注\S{0,12}(?:网|号|微信|微博|客户端)$)/
// A photo's caption: "图为…", "（图：…）", or a short line naming a picture (…宣传图, …活动现场).
const CAPTION =
  /^[（(][^()（）]{0,30}(?:图片|圖片|图|圖)(?:[^()（）。，]{0,8})[)）]$|^[（(]?(?:图|圖)(?:为|為|片|\s*[:：])|(?:图|圖|图片|圖片|照片|摄|攝|标识|標識|展板|现场|現場|合影|留影|海报|海報|截图|截圖)[）)]?\s*[|｜]?$/
// (The rights may be claimed "all" at once: 版权均属海口网所有, s-07.)
const RIGHTS_NOTICE =
  /版权(?:均|皆|全部)?(?:为|归|属于|属(?!性)).{0,30}所有|未经(?:授权|许可).{0,6}不得转载|不得转载.{0,10}侵权/
// A link with its label and nothing else: 本文来源:https://…, 平安广金微信推文:https://….
const LABELLED_LINK = /^[^。！？\s]{0,12}[:：]?\s*(?:https?:\/\/|www\.)\S+$/i
// A form field left empty on the page: "类  别:", "时效性:", "文  号：".
// (Labels that open a turn or an answer on the next line are not fields: 提问：, 记者：, 答案：.)
const EMPTY_FIELD =
  /^(?!(?:提问|提問|回答|记者|記者|主持人|答案|解析|正确答案|正確答案|参考答案|參考答案)\s*[:：])[\p{Script=Han}](?:[\s\u3000]*[\p{Script=Han}]){1,4}[\s\u3000]*[:：]$/u
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-–—~～至]\s*(?:19|20)\d{2}$/
// A hijacked page's banner: a Latin brand code with digits, then its "official site" claim:
// "bet36亚洲版 - 官方合作网站" (i-12). A headline names its subject in words, not in a code.
const BRAND_BANNER =
  /^[A-Za-z]{2,}\d+[^\s-_|｜—–]{0,8}\s*[-_|｜—–]\s*\S{0,6}(?:官方|官网|官網)\S{0,6}$/
// The site's contact details, in its header or footer: "联系电话:028-…", "地址:…路 邮编:461000".
// (A hotline the article gives its reader, 举报电话：12339, is the article's.)
const CONTACT_FIELD =
  /^(?:联系|联络|咨询|服务|值班|办公)?(?:电话|手机|地址|邮编|传真|邮箱|电子邮箱|e-?mail|qq)\s*[:：]/i
// A contact label with its value set on the line below, as a site's sidebar lays them out
// ("邮箱:" / "1937867835@qq.com", "地址:" / "北京市海淀区…208室", n-03): the value is the
// sidebar's too, whatever it reads like (an address is a run of place names, like a headline).
const CONTACT_LABEL_ALONE =
  /^(?:联系|联络|咨询|服务|值班|办公)?(?:电话|手机|地址|邮编|传真|邮箱|电子邮箱|e-?mail|qq)\s*[:：]$/i
const CONTACT_VALUE_MAX_CHARS = 60
// A line that is only an e-mail address.
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
// A government page's disclosure attribute shown as a tag above the headline: "公开", "主动公开",
// "公开方式：依申请公开" (n-07). It says how the page was published, not what it says.
const DISCLOSURE_LABEL =
  /^(?:公开(?:方式|属性|类型|类别|形式)\s*[:：]\s*)?(?:主动|依申请|不予|部分)?公开$/
const REPORTING_LINE = /举报|受理/
// A site's own section labels standing alone (lines are compared after t→cn): a homework site's
// 题目解答 between an item and its answer (r-02), a post's 评论列表 / 网友评论 over its comment
// section (r-06). They label the page's parts, not the text's; the text's own labels (答案, 解析) stay.
const SITE_SECTION_LABEL =
  /^(?:题目解答|问题解答|试题解答|题目详情|试题详情|评论列表|网友评论|最新评论|热门评论|全部评论|精彩评论|用户评论|发表评论|我来说两句)(?:\s*[(（]\d+[)）])?$/
// A site account's role shown alone where a poster's name would be: "创始人", "管理员", "小编" under a
// content farm's headline (o-10). A role with no name credits no one: the account's label, chrome.
const ACCOUNT_ROLE_ALONE =
  /^(?:创始人|联合创始人|管理员|超级管理员|站长|小编|楼主|版主|博主|网站编辑|发布者|发布人|注册会员|会员|游客|匿名用户)$/
// A table's label column rendered as text, each cell closed by its mark: "问题 |", "释义 |" (o-04,
// a legal dictionary laid out as a table). The label says which cell follows; the cell is the text.
const TABLE_LABEL_CELL = /^\p{Script=Han}{1,4}\s*[|｜]$/u
// The same table's cell mark closing a line of text: "…作出明确定义? |". Not text either.
const TRAILING_CELL_MARK = /\s+[|｜]\s*$/
// A menu run together into one unpunctuated line from its home link on: "首页评论时政台湾香港华人国际
// 财经…" (o-05, an overseas portal). Its items have lost their separators, so isMenu cannot count
// them; the home link glued to the next item, with no sentence or clause mark after it, tells it.
// (A home link set apart before the headline, "首页 [恐怖分子]的解释", is the breadcrumb's: HOME_PREFIX.)
const RUN_TOGETHER_MENU = /^(?:网站首页|首页|主页)\p{Script=Han}/u
const RUN_TOGETHER_MENU_MIN_CHARS = 12
// A picture's file name glued after a paragraph's last words: "…(下图)   20180922759752879.jpg" (o-08,
// an editor's image slot rendered as its name). A name standing alone is MEDIA_LINE's.
const TRAILING_FILE_NAME = /(?<=\S)[\s\u3000]+[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)[\s\u3000]*$/i
// A site's consent banner: it says it uses cookies or tracking, or asks the reader to agree to its
// privacy terms before a feature works ("本網站使用相關技術…點這裡瞭解中央社隱私聲明…代表您同意上述規範。",
// "請同意我們的隱私權規範,才能啟用聽新聞的功能。", p-03). A privacy word and an agreement word, with
// the site speaking of itself or its reader: the site's notice, not an article on privacy.
const CONSENT_PRIVACY = /隐私|隱私|cookie|个人信息保护政策|個人資料保護/i
const CONSENT_AGREE = /同意|接受|关闭此|關閉此|继续(?:浏览|使用)|繼續(?:瀏覽|使用)/
const CONSENT_SITE =
  /本网站|本網站|本站|我们的|我們的|此视窗|此視窗|此窗口|点这里|點這裡|点击|點擊|才能启用|才能啟用|您/
const CONSENT_MAX_CHARS = 120
// A prompt offering the site in another language: "Your browser does not appear to support Traditional
// Chinese. Would you like to go to CNA's English website…?", "こちらのページは繁体字版です。日本語版「…」に
// 移動しますか。" (p-03). It names another edition and offers to go there.
const LANGUAGE_EDITION =
  /\b(?:english|japanese|chinese|korean|french|spanish)\b[^.?!]{0,40}\b(?:website|site|edition|version|page)\b|(?:英文|英語|英语|日本語|日文|日語|日语|韩文|韓文|简体|簡體|繁体|繁體)[字中文]{0,2}版/i
const LANGUAGE_OFFER =
  /would you like|switch to|go to|移動しますか|ますか|切换|切換|前往|跳转|跳轉/i
const LANGUAGE_PROMPT_MAX_CHARS = 200
// An app's badge rendered as its icon's alt text and label: "中央社一手新聞APP Icon中央社一手新聞APP" (p-03).
const APP_BADGE = /(?:app|客户端|客戶端)\s*(?:icon|logo|图标|圖標)/i
// A statute's promulgation note in brackets under its name: "(2017年3月9日国家保密局令2017年第1号公布自2017年
// 4月1日起施行)", "（2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过）" (p-05). It dates the
// document and says who made it: the document's note, part of its text, never its headline.
const PROMULGATION_NOTE =
  /^[（(][^()（）]*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^()（）]*(?:通过|公布|施行|发布|颁布|修正|修订|批准)[^()（）]*[)）]$/
// A line that is only a phone number: (852) 3600 3600, 010-12345678.
const PHONE_ONLY = /^[\s(（]*\+?\d{2,4}[)）]?[\s-]*\d{3,4}[\s-]?\d{3,4}$/
// "原标题：…" names a reprint's original headline: chrome, or the headline when there is no other.
const ORIGINAL_TITLE = /^原标题\s*[:：]\s*/
// (Also a button: a show/load verb and 更多/全部, "显示更多文章", "加载更多", "展开全部".)
const SEE_MORE =
  /^(?:想要?了解更多|点击查看更多|查看更多|更多.{0,24}请点击|(?:点击)?(?:显示|加载|展开|浏览|查看)(?:更多|全部)\S{0,4}$)/
const HEADLINE_WINDOW = 60
// A short line asking a question, the shape of a Q&A item's question (and of some headlines).
const EDITION_LABEL = /^第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]\s*\S{1,8})?$/
const QUESTION_LINE = /^[^。；;！!]{4,40}[？?]$/
const QUESTION_ITEM_PENALTY = 3
const ARTICLE_BEGUN_PENALTY = 8
// Page footers: licences, copyright, the site's owner.
const FOOTER =
  /©|copyright|icp[备证]|公网安备|许可证|版权所有|主办单位|承办单位|技术支持|网站标识码|未经授权不得转载|未经许可不得|新闻热线|报料/i
const COPYRIGHT_OPENING = /^[(（[【]?\s*(?:©|copyright\b|版权所有|all rights reserved)/i
const PHONE = /\d{3,4}[-－—]\d{7,8}|\d{11}/
// Quiz stems, questions and answer keys are short and unpunctuated too, but they are text.
const ASKS = /[（(]\s*[）)]|[?？:：]$|答案|解析|^[（(]?\d{1,3}[)）.．、]/

function isFooterLine(line: Line): boolean {
  return FOOTER.test(line.text) || RIGHTS_NOTICE.test(line.text)
}

interface Line {
  raw: string
  /** Trimmed, Traditional folded to Simplified, for the features. */
  text: string
  length: number
}

function interfaceShare(line: string): number {
  // A quoted name (点击上方卡片关注“某某法院”公众号) says whose interface it is, not that it is text.
  const text = line.replace(/[“"「『][^”"」』]{1,20}[”"」』]/g, '')
  const meaningful = text.replace(NEUTRAL, '')
  if (meaningful.length === 0) return 0
  const han = meaningful.replace(/[a-z]+/gi, ' ')
  const latin = text.replace(NEUTRAL, ' ')
  const covered =
    (han.match(INTERFACE_HAN) ?? []).join('').length +
    (latin.match(INTERFACE_LATIN) ?? []).join('').length
  return covered / meaningful.length
}

function isProse(line: Line): boolean {
  return line.length >= PROSE_MIN_CHARS && SENTENCE_PUNCTUATION.test(line.text)
}

/** Reads as a paragraph of the article: prose, or a long clause-punctuated line. */
function isArticleText(line: Line): boolean {
  // A headline can run to 60 characters with commas (居安思危,共筑国家安全防线——…综述).
  return isProse(line) || (line.length > 60 && CLAUSE_PUNCTUATION.test(line.text))
}

function items(text: string): string[] {
  return text.split(ITEM_SEPARATORS).filter((item) => item.replace(NEUTRAL, '').length > 0)
}

const ENGLISH_PHRASE =
  /^[^\p{Script=Han}]*[A-Za-z]\s+(?:in|of|the|and|for|on|to|with|at)\s+[A-Za-z]/u

/** A navigation menu: several very short items and no punctuation of a sentence. */
function isMenu(line: Line): boolean {
  // "旗下栏目: 国际 国内 时局 热评": a label may name the menu.
  const text = line.text.replace(/^[^:：\s]{1,6}[:：]\s*/, '')
  if (SENTENCE_PUNCTUATION.test(text) || CLAUSE_PUNCTUATION.test(text)) return false
  if (OPTION_LINE.test(text)) return false
  // English words joined by a lower-case function word are a phrase, not menu items (b-29).
  if (ENGLISH_PHRASE.test(text)) return false
  const parts = items(text)
  if (parts.length < 4) return false
  const average = parts.reduce((sum, part) => sum + part.length, 0) / parts.length
  return average <= 5
}

function isBreadcrumb(line: Line): boolean {
  if (POSITION_LABEL.test(line.text)) return true
  const parts = line.text
    .split(BREADCRUMB_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean)
  return (
    parts.length >= 3 &&
    line.length <= 120 &&
    !SENTENCE_PUNCTUATION.test(line.text) &&
    parts.slice(0, -1).every((part) => part.length <= 12)
  )
}

// A font-size control rendered as text: "T中", "A+ A-", "大 中 小" (a-09's "• T中" beside the byline).
const FONT_SIZE_WIDGET =
  /^[•·\s]*(?:[TA][+\-＋－]?\s*[大中小]?|[大中小])(?:\s*(?:[TA][+\-＋－]?|[大中小]))*$/
// A portal's link to its topic page above a reposted article: "【专题】第五个全民国家安全教育日"
// (h-10). The label names a link, unlike a column label in a headline (【地评线】南方网评:…).
const TOPIC_LINK = /^[【[](?:相关)?(?:专题|专栏|链接|图集|视频)[】\]]\s*\S/

// A prompt to install the site's app: "第一手消息请下载on.cc东网 iPhone/ iPad/ Android/" (h-19).
const APP_PLATFORM = /iphone|ipad|android|ios|app store|google play|安卓|苹果版/i
// A picture's credit in brackets closing its caption: "(Getty Images图片)", "（资料图）", "(记者 张三 摄)".
const PICTURE_CREDIT = /[（(][^()（）]{0,30}(?:图片|图|照片|摄)[)）]/g
const CAPTION_MAX_CHARS = 60
// A caption line closed by its photographer's credit, "图为…博士生导师赵磊 摄影/郑亮" (r-03), "张三 摄",
// "攝影：李四": the picture's, not the text's. Short, and no sentence ends inside it.
const PHOTO_CREDIT_LINE =
  /(?:^|[\s\u3000])(?:[摄攝]影|[摄攝])\s*[/／:：]\s*[\p{Script=Han}·]{2,6}$|[\s\u3000][\p{Script=Han}·]{2,4}\s*[摄攝](?:影)?$/u
// A picture's caption set under it with a triangle, "▲9个睿智的后脑勺", "△国家安全部原副部长余放"
// (r-07): short, and no sentence stop (a point marked ▲ that states something ends on one).
const TRIANGLE_CAPTION = /^[▲△▴▵]\s*\S/u
// A picture's credit after the caption's last sentence, unbracketed: "…國家機密。 圖 : 翻攝自影片",
// "…现场。图/新华社". Only the credit goes; the caption is the article's text.
const TRAILING_CREDIT =
  /(?<=[。！？!?」”）)])\s*(?:图片?|圖片?|照片|[图圖]源|[摄攝]影|影像)\s*[:：/／]\s*[^\s。！？!?，,；;：:]{1,16}(?:\s[^\s。！？!?，,；;：:]{1,8})?$/u

// An e-paper's layout reference after a paragraph's last sentence: a circled number, the page it
// continues on or the picture it points to (…国家安全意识。②10, l-02). Not text: a circled number
// that numbers a point opens it (①…。②…), it does not close a line after the stop.
// A pointer to pictures shown elsewhere, in brackets after a paragraph's last sentence: "…幸福成长。
// (图片见附件1:)" (p-04, a college's page whose photos went into an attachment), "(详见下图)",
// "（附图见文末）". It points at the page's layout; the paragraph is the text.
const TRAILING_PICTURE_POINTER =
  /(?<=[。！？!?」”])[\s\u3000]*[（(]\s*(?:图片?|圖片?|照片|相片|附图|附圖|详情|詳情)?\s*(?:详见|詳見|见|見|请见|請見)\s*(?:附件|附图|附圖|下图|下圖|上图|上圖|图片|圖片|文末)[\d一二三四五六七八九十]{0,3}\s*[:：]?\s*[)）]$/u
const TRAILING_LAYOUT_REFERENCE =
  /(?<=[。！？!?」”）)])\s*[\u2460-\u2473\u2474-\u2487\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]\d{0,3}$/u

/**
 * A line of photo captions, each closed by its picture's credit: "会议经表决通过新修订的《保守国家秘
 * 密法》。(Getty Images图片)", once or repeated on one line as a slideshow renders it (h-19).
 * Every caption is short; a paragraph that ends with "(图)" after long prose is not one.
 */
function isCreditedCaption(line: Line): boolean {
  if (line.length > 3 * CAPTION_MAX_CHARS || !/[)）]$/.test(line.text)) return false
  const credits = line.text.match(PICTURE_CREDIT) ?? []
  if (credits.length === 0 || !line.text.endsWith(credits.at(-1) ?? '')) return false
  return line.text
    .split(PICTURE_CREDIT)
    .every((caption) => caption.trim().length <= CAPTION_MAX_CHARS)
}

/** Why a line is interface rather than text, or null. Metadata lines (来源：, 时间：) are left to the byline stage. */
function interfaceReason(line: Line): ChromeReason | null {
  if (line.length === 0) return null
  if (MEDIA_LINE.test(line.text)) return 'media'
  if (TEMPLATE_DEBRIS.test(line.text) && line.length <= 120) return 'interface'
  if (MARKUP_ONLY.test(line.text)) return 'interface'
  if (SITE_GREETING.test(line.text) && line.length <= 60) return 'interface'
  if (line.length <= 12 && FONT_SIZE_WIDGET.test(line.text)) return 'interface'
  if (isSiteBanner(line)) return 'interface'
  if (line.length <= 80 && /下载/.test(line.text) && APP_PLATFORM.test(line.text))
    return 'interface'
  if (isCreditedCaption(line)) return 'media'
  if (
    line.length <= 2 * CAPTION_MAX_CHARS &&
    PHOTO_CREDIT_LINE.test(line.text) &&
    !SENTENCE_PUNCTUATION.test(line.text)
  )
    return 'media'
  if (
    line.length <= CAPTION_MAX_CHARS &&
    TRIANGLE_CAPTION.test(line.text) &&
    !SENTENCE_PUNCTUATION.test(line.text)
  )
    return 'media'
  if (line.length <= 40 && TOPIC_LINK.test(line.text) && !SENTENCE_PUNCTUATION.test(line.text))
    return 'interface'
  if (CAPTION.test(line.text) && line.length <= 40 && !SENTENCE_PUNCTUATION.test(line.text))
    return 'media'
  if (SHARING_NOTICE.test(line.text) && line.length <= 80) return 'interface'
  // A copyright notice reads as a sentence but is the site's: 本作品的版权为…所有，未经授权不得转载。
  if (line.length <= 120 && RIGHTS_NOTICE.test(line.text)) return 'interface'
  if (LABELLED_LINK.test(line.text)) return 'media'
  if (isProse(line)) return null
  if (isBreadcrumb(line)) return 'breadcrumb'
  if (METADATA_LABEL.test(line.text) && interfaceShare(line.text) < 0.9) return null
  if (QA_LABEL.test(line.text)) return null
  if (EMPTY_FIELD.test(line.text) || /^[A-Za-z]{2,10}\s*[:：]$/.test(line.text)) return 'interface'
  if (PHONE_ONLY.test(line.text) || EMAIL_ONLY.test(line.text)) return 'interface'
  if (DISCLOSURE_LABEL.test(line.text)) return 'interface'
  if (ACCOUNT_ROLE_ALONE.test(line.text)) return 'interface'
  if (SITE_SECTION_LABEL.test(line.text)) return 'interface'
  if (TABLE_LABEL_CELL.test(line.text)) return 'interface'
  if (line.length <= 60 && CONTACT_FIELD.test(line.text) && !REPORTING_LINE.test(line.text))
    return 'interface'
  if (line.length <= 40 && BRAND_BANNER.test(line.text)) return 'interface'
  // A site's copyright years standing alone: "2016 - 2024" (i-10's banner).
  if (YEAR_RANGE.test(line.text)) return 'interface'
  if (line.length <= 10 && !line.text.replace(NEUTRAL, '') && !DATE_IN_LINE.test(line.text))
    return 'interface'
  if (line.length <= 60 && interfaceShare(line.text) >= 0.6) return 'interface'
  if (line.length <= 100 && FOOTER.test(line.text)) return 'interface'
  // A broadcaster's notice in English runs long: "(Copyright 2024 i-CABLE. All Rights Reserved. …)".
  if (line.length <= 300 && COPYRIGHT_OPENING.test(line.text)) return 'interface'
  if (ORIGINAL_TITLE.test(line.text)) return 'interface'
  if (SEE_MORE.test(line.text) && line.length <= 100) return 'interface'
  if (isMenu(line)) return 'menu'
  if (
    line.length >= RUN_TOGETHER_MENU_MIN_CHARS &&
    RUN_TOGETHER_MENU.test(line.text) &&
    !SENTENCE_PUNCTUATION.test(line.text) &&
    !CLAUSE_PUNCTUATION.test(line.text)
  )
    return 'menu'
  return null
}

// A bulleted item of a list of headlines may ask a question ("- “月到中秋分外明” 今晚,你能如愿赏月吗?",
// a-22's block of other headlines above the article): the bullet, not the punctuation, says what
// it is. A bulleted sentence that ends in a full stop is still text.
const BULLETED_HEADLINE = /^[-•·▪]\s[^。]*[^。；;]$/
const LIST_BULLET = /^[-•·▪]\s/

const TIMESTAMP = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/
const ENGLISH_HEADLINE = /^[A-Za-z]+(?:[ \-│|:,'’&]+[A-Za-z]+){2,11}$/

function headlineScore(line: Line, index: number, lines: Line[], firstProse: number): number {
  const text = line.text
  if (line.length < 4 || line.length > 80) return -Infinity
  if (PROMULGATION_NOTE.test(text)) return -Infinity
  if (FIELD_LABEL.test(text)) return -Infinity
  // A headline is in Chinese, or a phrase of English words as a Hong Kong bilingual page titles a
  // column ("FUN Fact in NS│NS related laws", b-29); interface words were taken out before.
  // (Title-case items alone, "Home News Events Contact", are a menu's.)
  if (!/\p{Script=Han}/u.test(text) && !(ENGLISH_HEADLINE.test(text) && /\b[a-z]{2,}\b/.test(text)))
    return -Infinity
  if (METADATA_LABEL.test(text) || PHONE.test(text) || QA_LABEL.test(text)) return -Infinity
  if (/^[\d\s\-/:.年月日时分秒]+$/.test(text)) return -Infinity
  // A timestamp (date and clock time) is a post header's or byline's: "大英融媒 发表于 2024-12-23 10:42:37".
  if (TIMESTAMP.test(text)) return -Infinity
  if (/[。；;]$/.test(text)) return -Infinity
  // Nor with a clause comma: a line that does is a piece of a sentence (a hard-wrapped paragraph).
  if (/[，,、]$/.test(text)) return -Infinity
  // A label with its value missing (类别:), a photo credit (张爽摄), a byline (特约评论员 张润).
  if (/[:：]$/.test(text) && line.length <= 12) return -Infinity
  // A sentence broken off by a scrape: a comma inside, a function word at the end (…教育日的).
  if (/[，,]/.test(text) && /[的了和与及在是对把被将从向为以]$/.test(text)) return -Infinity
  if (/^第\s*[一二三四五六七八九十百零\d\s]+号$/.test(text)) return -Infinity
  if (/[摄攝]\s*[|｜]?$|[|｜]$/.test(text) || BYLINE_ROLE.test(text)) return -Infinity
  let score = 0
  if (line.length >= 8 && line.length <= 45) score += 2
  else if (line.length >= 5) score += 1
  if (/[。；;]/.test(text)) score -= 2
  // A headline is followed by its byline (来源 / 时间 / a timestamp) or opens the prose.
  const next = lines.slice(index + 1, index + 4).filter((other) => other.length > 0)
  const bylineLike = (other: Line) =>
    !isProse(other) && (METADATA_LABEL.test(other.text) || DATE_IN_LINE.test(other.text))
  const bylineBelow = next.some(bylineLike)
  if (bylineBelow) score += 3
  if (next[0] && /^[—–－]{1,2}/.test(next[0].text)) score += 2
  // Repeated in the breadcrumb or as the page title above it.
  const around = lines.slice(0, Math.min(lines.length, firstProse + 4))
  if (around.some((other, i) => i !== index && other.text.endsWith(text) && other.text !== text))
    score += 2
  if (around.slice(0, index).some((other) => other.text === text)) score += 1
  // A short line followed by a longer candidate is a column label (警方资讯, 残联要闻).
  // (A short headline has its byline right below it: 涉密载体 / 发布者：… 浏览次数：…)
  if (line.length <= 6 && !bylineBelow) score -= 2
  if (index > firstProse) score -= 4
  // A list bullet opens an item of a list (other headlines, a-22), not the headline.
  if (LIST_BULLET.test(text)) score -= 3
  return score
}

/** A footer line (copyright, licence) removed below the last line kept as text. */
function footerBelowText(
  lines: Line[],
  reasons: (ChromeReason | null)[],
  tailFrom: number,
): boolean {
  let lastKept = -1
  lines.forEach((line, i) => {
    if (i < tailFrom && !reasons[i] && line.length > 0) lastKept = i
  })
  return lines.some(
    (line, i) => i > lastKept && lastKept >= 0 && reasons[i] === 'interface' && isFooterLine(line),
  )
}

/** The next line of text after `index` is a paragraph of prose: the line's answer, if it asks. */
function answeredBelow(lines: Line[], reasons: (ChromeReason | null)[], index: number): boolean {
  const [next] = nextTextLines(lines, reasons, index, lines.length, 1)
  return next !== undefined && isArticleText(lines[next])
}

/** Indexes of the next `count` lines of text after `index` (chrome and blank lines aside), before `to`. */
function nextTextLines(
  lines: Line[],
  reasons: (ChromeReason | null)[],
  index: number,
  to: number,
  count: number,
): number[] {
  const found: number[] = []
  for (let j = index + 1; j < to && found.length < count; j++)
    if (!reasons[j] && lines[j].length > 0) found.push(j)
  return found
}

// A headline never ends with a clause comma; a line that does is a piece of a sentence.
const CLAUSE_END = /[，,、]$/
const HAN_LINE = /\p{Script=Han}(?:[^\n]*\p{Script=Han}){9}/u

/**
 * Where a paragraph broken into short lines starts in a run of headline-like lines (a flipbook's
 * or a PDF's text layer sets every line apart: i-19), or the run's length when there is none:
 * when a line of the run ends with a clause comma, the Han lines from the first of them on are
 * the article's, not other articles' headlines.
 */
function wrappedParagraphStart(lines: Line[], run: number[]): number {
  const comma = run.findIndex((j) => CLAUSE_END.test(lines[j].text))
  if (comma === -1) return run.length
  const start = run.findIndex((j, k) => k <= comma && HAN_LINE.test(lines[j].text))
  return start === -1 ? comma : start
}

/** Runs of `minRun`+ short unpunctuated lines between two indexes (other articles' headlines above the headline). */
function markRelatedRuns(
  lines: Line[],
  reasons: (ChromeReason | null)[],
  from: number,
  to: number,
  minRun: number,
): void {
  let start = from
  for (let i = from; i <= to; i++) {
    const line = lines[i]
    const headlineLike =
      i < to &&
      line !== undefined &&
      (line.length === 0 ||
        (line.length >= 8 &&
          line.length <= 50 &&
          (!SENTENCE_PUNCTUATION.test(line.text) || BULLETED_HEADLINE.test(line.text))))
    if (headlineLike) continue
    const run = []
    for (let j = start; j < i; j++) if (lines[j].length > 0 && !reasons[j]) run.push(j)
    const listed = run.slice(0, wrappedParagraphStart(lines, run))
    if (listed.length >= minRun) for (const j of listed) reasons[j] = 'related-list'
    start = i + 1
  }
}

// A photo gallery between the headline and the article: numbered captions ("2. 潮商学校同学于集会前
// 进行升旗仪式"), each followed by the picture's alt text, which repeats it in other words (b-33,
// a school sponsor's page). Three or more consecutive numbers, alternating with unnumbered lines,
// none of them a sentence, tell it from a numbered list of the article's points.
const GALLERY_NUMBER = /^(\d{1,2})[.．、]\s*\S/
const MIN_GALLERY_CAPTIONS = 3
// A blank to fill, an answer or explanation label, a question: a quiz's lines, not captions.
const QUIZ_TEXT = /[（(]\s*[）)]|答案|解析|[?？]$/

/** Whether `alt` says most of what `caption` says: they share half of the caption's characters. */
function retells(caption: string, alt: string): boolean {
  const said = new Set(alt)
  const chars = [...caption.replace(NEUTRAL, '')]
  return chars.length > 0 && chars.filter((char) => said.has(char)).length * 2 >= chars.length
}

/** Marks the lines of a captioned photo gallery in [from, to) as media. */
function markGallery(lines: Line[], reasons: (ChromeReason | null)[], from: number, to: number) {
  const run: number[] = []
  for (let i = from; i < to; i++) {
    const line = lines[i]
    if (line.length === 0 || reasons[i]) continue
    if (line.length > 50 || SENTENCE_PUNCTUATION.test(line.text)) return
    // Quiz stems and options are short and unpunctuated too, but they are text.
    if (OPTION_LINE.test(line.text) || QUIZ_TEXT.test(line.text)) return
    if (METADATA_LABEL.test(line.text) || DATE_IN_LINE.test(line.text)) continue
    run.push(i)
  }
  let captions = 0
  let expected = -1
  for (let k = 0; k < run.length; k++) {
    const line = lines[run[k] ?? -1]
    const number = line ? GALLERY_NUMBER.exec(line.text) : null
    if (!line || !number) continue
    // Numbers out of order, or a caption not repeated by its picture's alt text: a list.
    const alt = lines[run[k + 1] ?? -1]
    if (expected !== -1 && Number(number[1]) !== expected) return
    if (
      !alt ||
      GALLERY_NUMBER.test(alt.text) ||
      !retells(line.text.slice(number[0].length - 1), alt.text)
    )
      return
    captions++
    expected = Number(number[1]) + 1
  }
  if (captions < MIN_GALLERY_CAPTIONS) return
  for (const i of run) reasons[i] = 'media'
}

// How much a question-and-answer site's question line adds to the headline it repeats.
const RESTATEMENT_MAX_EXTRA = 20

/**
 * A Q&A site shows the question again below its headline as the asker wrote it, with a plea added:
 * "恐怖主义三大特点是什么,急!求大佬出现,救急!" under "恐怖主义三大特点是什么" (b-18). A short line
 * between the headline and the article that opens with the whole headline is that restatement.
 */
function markRestatedHeadline(
  lines: Line[],
  reasons: (ChromeReason | null)[],
  titleIndex: number,
  firstProse: number,
) {
  // Compared without spaces: the restatement may space the words apart otherwise (j-10's repeat
  // of its headline with a page marker, "…维护国家利益  单元测试题第2页").
  const compact = (text: string) => text.replace(/\s+/g, '')
  const headline = compact(lines[titleIndex]?.text ?? '')
  if (headline.length < 6) return
  // The next three lines of text below the headline (labels and blank lines aside).
  let looked = 0
  for (let i = titleIndex + 1; i < firstProse && looked < 3; i++) {
    const line = lines[i]
    if (reasons[i] || !line || line.length === 0) continue
    looked++
    if (isProse(line)) continue
    const text = compact(line.text)
    const extra = text.length - headline.length
    if (extra > 0 && extra <= RESTATEMENT_MAX_EXTRA && text.startsWith(headline))
      reasons[i] = 'column-label'
  }
}

// A headline of two parallel halves that a poster or a WeChat layout sets on two lines: "共筑保密
// 防线" / "公民人人有责" (b-25). Halves of one length, all Han, are one headline.
const COUPLET_HALF = /^\p{Script=Han}{5,10}$/u

/** Joins the first two lines of text into one headline line when they are the halves of a couplet. */
function joinCoupletHeadline(lines: Line[], reasons: (ChromeReason | null)[]): void {
  const textLines: number[] = []
  for (let i = 0; i < lines.length && textLines.length < 2; i++)
    if (!reasons[i] && (lines[i]?.length ?? 0) > 0) textLines.push(i)
  const [first, second] = textLines
  if (first === undefined || second === undefined) return
  const a = lines[first]
  const b = lines[second]
  if (!a || !b || a.length !== b.length) return
  if (!COUPLET_HALF.test(a.text) || !COUPLET_HALF.test(b.text)) return
  const raw = `${a.raw.trim()} ${b.raw.trim()}`
  lines[first] = { raw, text: `${a.text} ${b.text}`, length: raw.length }
  lines[second] = { raw: '', text: '', length: 0 }
}

// A page that sets each phrase on a line of its own (a meipian or WeChat layout: "提到国家安全" /
// "大家都会联想到间谍、特工、战争等等" / … / "就会做出危害国家安全的事情。", b-28) breaks its
// sentences into short lines that look like headlines. Such a run ends in a short line that closes
// the sentence; a headline is followed by its byline or by a paragraph.
const FRAGMENT_MAX_CHARS = 20
const MIN_FRAGMENTS = 6

/** Lines before `to` that are phrases of a sentence broken one phrase per line. */
function sentenceFragments(
  lines: Line[],
  reasons: (ChromeReason | null)[],
  to: number,
): Set<number> {
  const fragments = new Set<number>()
  let run: number[] = []
  for (let i = 0; i < Math.min(to + 1, lines.length); i++) {
    const line = lines[i]
    if (!line || line.length === 0 || reasons[i]) continue
    const phrase =
      line.length <= FRAGMENT_MAX_CHARS &&
      !SENTENCE_PUNCTUATION.test(line.text) &&
      !METADATA_LABEL.test(line.text) &&
      !DATE_IN_LINE.test(line.text)
    if (phrase) {
      run.push(i)
      continue
    }
    const closes = line.length <= FRAGMENT_MAX_CHARS && /[。！？!?]$/.test(line.text)
    if (closes && run.length >= MIN_FRAGMENTS) for (const j of run) fragments.add(j)
    run = []
  }
  return fragments
}

const SKIP_LINK = /^\d{1,2}[.．]\s*[^\p{Script=Han}]{2,40}$/u
const MIN_SKIP_LINKS = 3

/**
 * Numbered links in another script above a Chinese text's first paragraph: a site's skip links
 * and menu rendered as a list ("1. Inhalt" / "2. Navigation" / … / "6. Choose from 30 Languages").
 * A run of three or more; the text's own numbered items are in its script.
 */
function markSkipLinks(lines: Line[], reasons: (ChromeReason | null)[], firstProse: number) {
  for (let i = 0; i < firstProse; i++) {
    let j = i
    while (j < firstProse && (SKIP_LINK.test(lines[j].text) || lines[j].length === 0)) j++
    const run = lines.slice(i, j).filter((line) => line.length > 0).length
    if (run >= MIN_SKIP_LINKS)
      for (let k = i; k < j; k++) if (lines[k].length > 0) reasons[k] ??= 'menu'
    i = j
  }
}

const WIDGET_MAX_CHARS = 30
const MIN_WIDGET_LINES = 6
const MIN_WIDGET_INTERFACE_SHARE = 0.25

/**
 * Below the last paragraph, a block of an app's widgets: many short lines, a quarter of them or
 * more already known interface (登录, 二维码, 前往小程序), the rest their labels and slogans (专业版
 * 功能, 资讯推送, 进群体验, logo). A dated line there (an article's signature and date) bounds the
 * block: what stands above it stays.
 */
function markWidgetTail(lines: Line[], reasons: (ChromeReason | null)[], lastProse: number) {
  let start = lastProse + 1
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]
    if (line.length > WIDGET_MAX_CHARS || OPTION_LINE.test(line.text) || ASKS.test(line.text))
      return
    if (DATE_IN_LINE.test(line.text)) start = i + 1
  }
  const block = range(start, lines.length).filter((i) => lines[i].length > 0)
  if (block.length < MIN_WIDGET_LINES) return
  const known = block.filter((i) => reasons[i] === 'interface').length
  if (known < MIN_WIDGET_INTERFACE_SHARE * block.length) return
  for (const i of block) reasons[i] ??= 'interface'
}

const TAG_SEPARATORS = /[,，、|｜\s]+/
const TAG_MIN_CHARS = 5
// A tag names something (a place, a school's full name, a campaign); a part longer than a name is
// a clause, and the line a sentence, here one cut off after its comma (s-08's last line).
const TAG_MAX_CHARS = 20
const TAG_TAIL_CHARS = 4

/**
 * The page's keyword tags as the last line below the article: a few names separated by commas,
 * no sentence, each name repeating the text above (whole, or its last characters: the school's
 * full name over its short one). Slogans closing an article ("国家安全，人人有责") have short halves
 * and stay.
 */
function markTagLine(lines: Line[], reasons: (ChromeReason | null)[], lastProse: number) {
  let last = lines.length - 1
  while (last > lastProse && (lines[last].length === 0 || reasons[last])) last--
  if (last <= lastProse || lastProse < 0) return
  const line = lines[last]
  if (SENTENCE_PUNCTUATION.test(line.text) || line.length > 60) return
  const tags = line.text.split(TAG_SEPARATORS).filter(Boolean)
  if (
    tags.length < 2 ||
    tags.some((tag) => tag.length < TAG_MIN_CHARS || tag.length > TAG_MAX_CHARS)
  )
    return
  const above = lines
    .slice(0, last)
    .map((candidate) => candidate.text)
    .join('\n')
  if (tags.every((tag) => above.includes(tag) || above.includes(tag.slice(-TAG_TAIL_CHARS))))
    reasons[last] = 'interface'
}

/** The line below a contact label standing alone (地址: / the address) is that label's value. */
function markContactValues(lines: Line[], reasons: (ChromeReason | null)[]) {
  for (let i = 0; i < lines.length; i++) {
    if (!CONTACT_LABEL_ALONE.test(lines[i].text)) continue
    let value = i + 1
    while (value < lines.length && lines[value].length === 0) value++
    const candidate = lines[value]
    if (!candidate || reasons[value] || CONTACT_LABEL_ALONE.test(candidate.text)) continue
    if (candidate.length <= CONTACT_VALUE_MAX_CHARS && !SENTENCE_PUNCTUATION.test(candidate.text))
      reasons[value] = 'interface'
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)
}

/** Remove site chrome by line features and choose the headline. */
export function stripChrome(text: string): ChromeResult {
  const raws = text.split('\n')
  // One conversion for the whole text rather than one per line; OpenCC keeps line ends.
  const folded = toSimplified(text).split('\n')
  const lines: Line[] = raws.map((raw, i) => {
    const line = (folded.length === raws.length ? folded[i] : toSimplified(raw)) ?? raw
    // trim() covers U+3000; a /^\s+|\s+$/ replace was quadratic on a run of spaces in a line.
    const trimmed = line.trim()
    return { raw, text: trimmed, length: trimmed.length }
  })
  const prose = lines.map((line, i) => (isArticleText(line) ? i : -1)).filter((i) => i >= 0)
  const firstProse = prose[0] ?? lines.length
  const lastProse = prose.at(-1) ?? -1
  // Prose characters before each line, so that any range is one subtraction (a marker per line
  // made this quadratic: 16,000 "相关阅读" lines took 1.6 s).
  const proseBefore = [0]
  lines.forEach((line, i) =>
    proseBefore.push(proseBefore[i] + (isArticleText(line) ? line.length : 0)),
  )
  const proseChars = (from: number, to: number) => proseBefore[to] - proseBefore[from]
  const totalProse = proseChars(0, lines.length)

  const reasons: (ChromeReason | null)[] = lines.map(interfaceReason)
  markContactValues(lines, reasons)
  joinCoupletHeadline(lines, reasons)

  // "Read next" / related-list markers: a tail only when little of the prose comes after them.
  let tailFrom = lines.length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!READ_NEXT.test(line.text) && !RELATED_HEADER.test(line.text)) continue
    const after = proseChars(i + 1, lines.length)
    if (after <= 0.35 * (totalProse - after) && i > firstProse) {
      tailFrom = i
      break
    }
    reasons[i] = 'read-next'
  }

  // The page's footer: from a copyright or licence line after the last paragraph on, the lines
  // are the site's (its address and phone, "您喜歡的新聞" heading more links), not the article's.
  // (Only below an article: a page with no paragraph of prose has no "after" to speak of.)
  for (let i = lastProse + 1; lastProse >= 0 && i < lines.length; i++) {
    if (reasons[i] !== 'interface' || !isFooterLine(lines[i])) continue
    for (let j = i + 1; j < lines.length; j++) if (lines[j].length > 0) reasons[j] ??= 'interface'
    break
  }

  // After the last paragraph: a run of three or more short unpunctuated lines is a related list.
  let runStart = -1
  for (let i = lastProse + 1; i <= lines.length; i++) {
    const line = lines[i]
    const short =
      line !== undefined &&
      line.length > 0 &&
      line.length <= 50 &&
      !SENTENCE_PUNCTUATION.test(line.text) &&
      !OPTION_LINE.test(line.text) &&
      !ASKS.test(line.text)
    const blank = line !== undefined && line.length === 0
    if (short) {
      if (runStart === -1) runStart = i
      continue
    }
    if (blank) continue
    if (runStart !== -1) {
      const run = lines.slice(runStart, i).filter((candidate) => candidate.length > 0)
      // Headlines with their dates; short lines without dates may be the article's closing
      // slogans, so they stay.
      // (A headline and its source-and-date line alternate: a list cut mid-way is a third dated.)
      const dated = run.filter((candidate) => DATE_IN_LINE.test(candidate.text)).length
      const listLike =
        (run.length >= 3 && dated >= Math.ceil(run.length * 0.5)) ||
        (run.length >= 5 && dated >= Math.ceil(run.length / 3))
      // The list starts at its first dated headline: an undated line before it closes the article.
      let listStart = runStart
      while (listStart < i && !DATE_IN_LINE.test(lines[listStart].text)) listStart++
      if (listLike && lastProse >= 0)
        for (let j = listStart; j < i; j++) if (lines[j].length > 0) reasons[j] ??= 'related-list'
    }
    runStart = -1
  }

  if (lastProse >= 0) {
    markWidgetTail(lines, reasons, lastProse)
    markTagLine(lines, reasons, lastProse)
    markSkipLinks(lines, reasons, firstProse)
  }

  // The headline: the best-scoring line before the text starts (prose, a Q&A label, a numbered
  // item); short labels before it are chrome.
  const opensText = (line: Line) => QA_LABEL.test(line.text) || NUMBERED_ITEM.test(line.text)
  // (An empty list item's marker alone, "1." with nothing after it, a mirror's markup rendered as
  // text, q-04, is chrome already: it opens nothing.)
  const firstOpening = lines.findIndex((line, j) => !reasons[j] && opensText(line))
  const firstText = Math.min(firstProse, firstOpening === -1 ? lines.length : firstOpening)
  let title: string | null = null
  let titleLine: string | null = null
  let best = -Infinity
  let titleIndex = -1
  let columnLabel: string | null = null
  const firstLine = lines.findIndex((line, j) => !reasons[j] && line.length > 0)
  // An e-paper's masthead ends with the page's edition label (第B01版:要聞): the lines down to it
  // (an advert, the issue date, a library link) are the paper's, the headline comes below.
  const edition = lines.findIndex((line, j) => j < firstText && EDITION_LABEL.test(line.text))
  let firstLineRejected = false
  // A headline stands near the top: the first HEADLINE_WINDOW candidate lines are scored (each
  // against the lines above the prose), which keeps a page of 16,000 headline-like lines linear.
  let scored = 0
  let articleBegun = false
  // A question line answered by the prose below it, in a text that asks more such questions
  // further down, is the first of its items rather than the headline (保密知识问答 / 什么是国家秘密？
  // / its answer / 国家秘密的密级有哪些？ …).
  const laterQuestion = lines.findIndex(
    (line, j) => j > firstProse && !reasons[j] && QUESTION_LINE.test(line.text),
  )
  // A page that opens mid-way through a sentence broken into phrases has no headline line at all.
  const opensWithFragments = sentenceFragments(lines, reasons, firstText).has(firstLine)
  if (opensWithFragments) firstLineRejected = true
  for (let i = 0; i < firstText && scored < HEADLINE_WINDOW && !opensWithFragments; i++) {
    if (reasons[i] || lines[i].length === 0 || i <= edition) continue
    scored++
    // Below a line broken off at a clause comma the article has begun (a flipbook's hard-wrapped
    // first paragraph, i-19): a headline-like line there is a subhead, as below the first prose.
    // Above such a line, within a few lines, is the start of that paragraph, not a headline.
    const continuedBelow = nextTextLines(lines, reasons, i, firstProse, 3).some(
      (j) => CLAUSE_END.test(lines[j].text) && !SENTENCE_PUNCTUATION.test(lines[j].text),
    )
    const questionItem =
      laterQuestion !== -1 && QUESTION_LINE.test(lines[i].text) && answeredBelow(lines, reasons, i)
    const score =
      headlineScore(lines[i], i, lines, firstProse) -
      (articleBegun || continuedBelow ? ARTICLE_BEGUN_PENALTY : 0) -
      (questionItem ? QUESTION_ITEM_PENALTY : 0)
    if (!reasons[i] && CLAUSE_END.test(lines[i].text)) articleBegun = true
    // A text that opens on a question answered below, with more such questions further down, opens
    // on its first item: a question the scoring passed over is no headline for later stages either.
    if (i === firstLine)
      firstLineRejected =
        (score === -Infinity && lines[i].length >= 4) ||
        continuedBelow ||
        (questionItem && score < 1)
    if (score > best) {
      best = score
      titleIndex = i
    }
  }
  const original = lines.findIndex((line, i) => i < firstText && ORIGINAL_TITLE.test(line.text))
  if (!(titleIndex >= 0 && best >= 1) && original >= 0) {
    const raw = lines[original].raw.trim()
    title = cleanHeadline(raw.slice(ORIGINAL_TITLE.exec(lines[original].text)?.[0].length ?? 0))
  }
  if (titleIndex >= 0 && best >= 1) {
    titleLine = lines[titleIndex].raw.trim()
    title = cleanHeadline(titleLine)
    markRelatedRuns(lines, reasons, 0, titleIndex, 3)
    markGallery(lines, reasons, titleIndex + 1, firstProse)
    markRestatedHeadline(lines, reasons, titleIndex, firstProse)
    for (let i = 0; i < titleIndex; i++) {
      const line = lines[i]
      if (reasons[i] || line.length === 0) continue
      const isLabel =
        line.length <= 8 && !SENTENCE_PUNCTUATION.test(line.text) && !DATE_IN_LINE.test(line.text)
      // The title repeated above itself (page <title>, then the headline) is kept only once.
      if (isLabel || line.text === lines[titleIndex].text) reasons[i] = 'column-label'
      if (isLabel) columnLabel = line.raw.trim()
      else if (line.text !== lines[titleIndex].text) columnLabel = null
    }
    // The page title repeating the headline with the site's name (…秘密法 - 中国人权网).
    for (let i = 0; i < firstText; i++)
      if (
        i !== titleIndex &&
        !reasons[i] &&
        lines[i].length > 0 &&
        cleanHeadline(lines[i].raw.trim()) === title
      )
        reasons[i] = 'column-label'
  }

  const removed: ChromeResult['removed'] = []
  const kept: string[] = []
  lines.forEach((line, i) => {
    const reason = i >= tailFrom ? (reasons[i] ?? 'read-next') : reasons[i]
    if (reason && line.length > 0) {
      removed.push({ line: line.raw.trim(), reason })
      return
    }
    const cellMark = TRAILING_CELL_MARK.exec(line.raw)
    const raw = cellMark ? line.raw.slice(0, cellMark.index) : line.raw
    if (cellMark) removed.push({ line: cellMark[0].trim(), reason: 'interface' })
    const credit =
      TRAILING_CREDIT.exec(raw) ??
      TRAILING_LAYOUT_REFERENCE.exec(raw) ??
      TRAILING_PICTURE_POINTER.exec(raw) ??
      TRAILING_FILE_NAME.exec(raw)
    if (!credit) return kept.push(raw)
    removed.push({ line: credit[0].trim(), reason: 'media' })
    kept.push(raw.slice(0, credit.index))
  })
  // Only the judgements by position can take an article's paragraphs (a tail after a marker, a
  // list after the last paragraph); a notice recognised by its words is chrome whatever its length.
  const removedProse = lines
    .filter(
      (line, i) =>
        (i >= tailFrom || reasons[i] === 'related-list' || reasons[i] === 'read-next') &&
        isProse(line),
    )
    .reduce((sum, line) => sum + line.length, 0)
  const flags: QualityFlag[] = []
  if (totalProse > 0 && removedProse / totalProse > 0.2)
    flags.push({
      type: 'needs-check',
      position: 0,
      message: flagMessage('cut-as-chrome', {
        percent: String(Math.round((100 * removedProse) / totalProse)),
      }),
    })
  return {
    text: kept.join('\n'),
    title,
    titleLine,
    noHeadline: firstLineRejected,
    removed,
    flags,
    preview: lines.some((line) => PREVIEW_NOTICE.test(line.text)),
    footerBelowText: footerBelowText(lines, reasons, tailFrom),
    columnLabel,
  }
}
