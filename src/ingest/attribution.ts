export type OutletType =
  'wechat-account' | 'news-agency' | 'website' | 'magazine' | 'document-sharing-site'

export interface Attribution {
  outlet: string | null
  outletType: OutletType | null
  originalOutlet: string | null
  agency: string | null
  dateline: string | null
  publishedAt: string | null
  author: string | null
  editor: string | null
  interviewer: string | null
  interviewee: string | null
}

export interface AttributionResult {
  attribution: Attribution
  /** The text without metadata-only lines (时间/来源 lines, 责任编辑, "最后更新:" prefixes). */
  body: string
}

const AGENCIES =
  '新华社|新華社|中新社|中新網|中新网|人民网|人民網|央视网|央視網|中央社|法制日报|法制日報'
const DATELINE = new RegExp(
  `[（(]\\s*(${AGENCIES})\\s*([\\p{Script=Han}]{2,8}?)\\s*(\\d{1,2}月\\d{1,2}日)\\s*[电電][）)]`,
  'u',
)
const TIMESTAMP = '\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?'
const TIME_FIELD = new RegExp(
  `(?:发稿时间|發稿時間|发布时间|發布時間|最后更新|最後更新|更新时间|更新時間|时间|時間|日期)\\s*[:：]\\s*(${TIMESTAMP})`,
)
const SOURCE_FIELD =
  /(?:信息来源|信息來源|来源|來源|出处|出處)\s*[:：][ \t\u3000]*([^\s:：][^\n]*?)?\s*$/m
const WECHAT = /微信公[众眾][号號]\s*[“"「『]([^”"」』\n]{1,30})[”"」』]/
const EDITOR = /(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*([\p{Script=Han}·]{2,8})/u
const AUTHOR = /^(?:作者|文)\s*[:：|｜]\s*([\p{Script=Han}·]{2,8})\s*$/mu
const INTERVIEW_BY =
  /((?:《[^》\n]{1,20}》|[\p{Script=Han}]{2,10}?)(?:杂志|雜誌|日报|日報|晚报|晚報|报|報|电视台|電視台|通讯社|通訊社)?)\s*记者(?:专访|專訪|采访了|採訪了|采访|採訪)\s*(?:了)?([^，。,\n]{0,24}?)([\p{Script=Han}]{2,4})[。，,]/u

// Lines that only carry metadata and are not part of the body.
const METADATA_LINE = new RegExp(
  `^[-—\\s]*(?:(?:时间|時間|发布时间|發布時間|发稿时间|發稿時間)\\s*[:：]\\s*${TIMESTAMP}\\s*(?:(?:来源|來源)\\s*[:：].*)?|(?:责任编辑|責任編輯|编辑|編輯)\\s*[:：].*|(?:来源|來源|信息来源|信息來源)\\s*[:：].{0,30})$`,
)
const LEADING_UPDATE = new RegExp(
  `^(?:最后更新|最後更新|更新时间|更新時間)\\s*[:：]\\s*${TIMESTAMP}\\s*`,
)

function firstGroup(pattern: RegExp, text: string): string | null {
  const value = pattern.exec(text)?.[1]?.trim()
  return value ? value : null
}

export interface InterviewParties {
  interviewerLabel?: string | null
  intervieweeLabel?: string | null
}

/** Facts stated in the text about who published, wrote, edited and was interviewed; absent facts are null. */
export function extractAttribution(
  text: string,
  parties: InterviewParties = {},
): AttributionResult {
  const dateline = DATELINE.exec(text)
  const wechat = firstGroup(WECHAT, text)
  const source = firstGroup(SOURCE_FIELD, text)
  const interview = INTERVIEW_BY.exec(text)
  const agency = dateline?.[1] ?? null
  const attribution: Attribution = {
    outlet: source,
    outletType: wechat ? 'wechat-account' : agency ? 'news-agency' : null,
    originalOutlet: wechat,
    agency,
    dateline: dateline?.[2] ?? null,
    publishedAt: firstGroup(TIME_FIELD, text) ?? dateline?.[3] ?? null,
    author: firstGroup(AUTHOR, text),
    editor: firstGroup(EDITOR, text),
    interviewer: interview?.[1]?.trim() || parties.interviewerLabel || null,
    interviewee: parties.intervieweeLabel ?? interview?.[3] ?? null,
  }
  const body = text
    .split('\n')
    .map((line) => line.replace(LEADING_UPDATE, ''))
    .filter((line) => !METADATA_LINE.test(line.trim()))
    .join('\n')
  return { attribution, body }
}
