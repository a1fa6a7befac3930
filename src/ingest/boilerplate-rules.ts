/**
 * Site boilerplate as data. Kinds:
 * - `line`: drop every line matching `pattern`;
 * - `tail`: drop the first matching line and everything after it;
 * - `after`: keep the first matching line, drop everything after it;
 * - `prefix`: drop the matching part at the start of a line, keep the rest;
 * - `inline`: drop every match inside a line (the pattern is global), keep the rest;
 * - `repeated-line`: drop short lines repeated `minRepeats` times or more (watermarks).
 * `marksIncomplete`: the page is a preview of a longer document.
 */
export type BoilerplateRuleKind = 'line' | 'tail' | 'after' | 'prefix' | 'inline' | 'repeated-line'

export interface BoilerplateRule {
  name: string
  kind: BoilerplateRuleKind
  pattern?: RegExp
  minRepeats?: number
  maxLength?: number
  marksIncomplete?: boolean
  /**
   * A `line` rule whose first match opens the page's content area (a breadcrumb): short lines above
   * it, before any prose, are the site's header (a slogan banner) and go with it.
   */
  siteHeaderAbove?: boolean
  description: string
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'page-marker',
    kind: 'line',
    pattern: /^.{0,80}_第\s*\d+\s*[頁页]$/,
    description: 'Document-sharing page markers such as "反恐怖工作職責_第1頁".',
  },
  {
    name: 'preview-notice',
    kind: 'line',
    pattern: /已[閱阅][讀读]\s*\d+\s*[頁页].{0,4}[還还]剩\s*\d+\s*[頁页]未[讀读]/,
    marksIncomplete: true,
    description:
      '"已閱讀5頁,還剩18頁未讀, 繼續免費閱讀": only a preview of the document was captured.',
  },
  {
    name: 'continue-reading',
    kind: 'line',
    pattern: /^(?:[繼继][續续])?免[費费][閱阅][讀读]$|^[點点][擊击]?[查閱阅][看讀读]全文$/,
    description: '"繼續免費閱讀" / "点击阅读全文" buttons.',
  },
  {
    name: 'download-button',
    kind: 'line',
    pattern: /^(?:下[載载]本文[檔档]|[立马馬]即下[載载]|下[載载]文[檔档])$/,
    description: '"下載本文檔" download buttons.',
  },
  {
    name: 'copyright-notice',
    kind: 'line',
    pattern: /^版[權权][說说]明\s*[:：]/,
    description: 'The sharing site\'s 版權說明 notice ("本文檔由用戶提供並上傳…").',
  },
  {
    name: 'document-summary-label',
    kind: 'line',
    pattern: /^文[檔档][簡简]介$/,
    description: 'The "文檔簡介" label above the document body.',
  },
  {
    name: 'site-tips-tail',
    kind: 'tail',
    pattern: /^[溫温]馨提示\s*[:：]?$/,
    description: 'The 溫馨提示 list of site terms at the end, and everything after it.',
  },
  {
    name: 'latest-documents',
    kind: 'line',
    pattern: /^(?:最新文[檔档]|相[關关]文[檔档]|猜你喜[歡欢])$/,
    description: '"最新文檔" and similar listing headers.',
  },
  {
    name: 'comment-widget',
    kind: 'line',
    // A counter ("0/150", a viewer's "5/10") is not zero-padded; "04/27" is a date's month and day.
    pattern:
      /^(?:[評评][論论]|提交[評评][論论]|[發发]表[評评][論论]|(?!0\d\s*\/\s*\d{2}$)\d+\s*\/\s*\d+)$/,
    description: 'Comment widget text: "評論", "0/150", "提交評論".',
  },
  {
    name: 'breadcrumb',
    kind: 'line',
    pattern: /^(?:首[页頁]|[当當]前位置\s*[:：]?\s*首?[页頁]?).{0,60}?(?:>|›|»|＞).{0,60}$/,
    siteHeaderAbove: true,
    description:
      'Breadcrumbs such as "首页 > 博弈 > 正文", and a short banner line above one ("感恩一路有你" over "首页 > 词典").',
  },
  {
    name: 'view-counter',
    kind: 'line',
    pattern:
      /^(?:(?:[阅閱][读讀]|[浏瀏][览覽]|点击|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d+\s*次?|\d+\s*(?:次[阅閱][读讀]|人[阅閱][读讀]|次[浏瀏][览覽]))$/,
    description: 'View counters such as "阅读 1234" or "1234次阅读".',
  },
  {
    name: 'read-next-tail',
    kind: 'tail',
    pattern: /^(?:[阅閱][读讀])?下一篇\s*[:：]?/,
    description: '"阅读下一篇" and the teaser of another article after it.',
  },
  {
    name: 'related-tail',
    kind: 'tail',
    pattern:
      /^(?:相[關关]推[薦荐]|相[關关][阅閱][读讀]|相[關关]新[聞闻]|延伸[阅閱][读讀]|热门推荐|熱門推薦)/,
    description: '"相關推薦" blocks of related headlines.',
  },
  {
    name: 'after-editor-line',
    kind: 'after',
    pattern: /^[-—\s【[(（]*(?:[责責]任[编編][辑輯]|[编編][辑輯])\s*[:：]/,
    description: 'Everything after the 責任編輯 line (related headlines with timestamps).',
  },
  {
    name: 'full-text-lead-in',
    kind: 'line',
    pattern: /^(?:全文如下|原文如下|以下[为為]全文)\s*[:：]?$/,
    description: '"全文如下:" lead-ins before a reprinted text.',
  },
  {
    name: 'decorative-line',
    kind: 'line',
    pattern: /^[\s\-—_=*~·•.。…]+$/,
    description: 'Lines made only of dashes, dots or stars.',
  },
  {
    // A scrape that dropped a page's markup but not all of it leaves a tag's remains at the end of
    // a sentence: "…重要责任?!?/span>" (b-21). A whole line of debris is the chrome stage's.
    name: 'html-debris',
    kind: 'inline',
    pattern:
      /<?\/(?:span|div|p|font|strong|em|b|i|a)>|<(?:span|div|p|font|strong|em|b|i|a|br)\s?\/?>/g,
    description: 'Fragments of HTML tags left inside a line of extracted text ("/span>", "<br/>").',
  },
  {
    // A hacked school or government page has a betting site's name written into its sentences,
    // often in place of the organisation's own name: "传达了kaiyun欧洲杯app党委…" (b-38),
    // "信息来源:151amjs澳金沙门保密观" (b-27). The shape: a Latin brand code glued to a betting word
    // (欧洲杯, 金沙, 葡京 …), then perhaps "app" or 官网. Both halves must be there: an English word
    // before 体育 or 世界杯 in a sentence is no spam.
    name: 'betting-spam',
    kind: 'inline',
    pattern:
      /[0-9A-Za-z]{0,8}[A-Za-z][0-9A-Za-z]{1,8}(?:欧洲杯|歐洲盃|世界杯|世界盃|澳金沙门|澳门金沙|澳門金沙|金沙|新葡京|葡京|威尼斯人|百家乐|百家樂|博彩|棋牌|电竞|電競|真人|娱乐城|娛樂城|开云|開雲)(?:app|APP|官网|官網|官方网站|平台|入口|下载|下載)?/g,
    description:
      'Betting-site names injected into the text of a hacked page ("kaiyun欧洲杯app", "151amjs澳金沙门").',
  },
  {
    // A seller's ad spliced into a shared document's text: "企业管理课程、名师大咖讲座、…、方案模板素材,
    // 微信:2151212031" between two items of a law (i-13). The evidence is the contact handle that closes
    // it; the ad runs back to the previous sentence end and holds no sentence of its own.
    name: 'contact-ad',
    kind: 'inline',
    pattern:
      /(?<=[。；;！!？?])[^。；;！!？?\n]{0,100}?(?:微信号?|微信|QQ|qq|VX|vx|V信)\s*[:：]\s*[A-Za-z0-9_-]{5,20}(?![A-Za-z0-9_-])/g,
    description:
      'A product list ending in a WeChat/QQ contact, spliced into the text by a sharing site.',
  },
  {
    name: 'watermark',
    kind: 'repeated-line',
    minRepeats: 3,
    maxLength: 40,
    description: 'Short identical lines repeated through the text (site watermarks).',
  },
]
