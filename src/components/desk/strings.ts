import type { Lang } from '../workflow/labels.js'

/** The desk views' own strings (review queue, dashboard block, calendar), in both admin languages. */
const STRINGS = {
  desk: ['Desk', '编辑台'],
  queueTitle: ['Review queue', '审核队列'],
  calendarTitle: ['Editorial calendar', '编辑日历'],
  myWork: ['My work', '我的工作'],
  openQueue: ['Open the review queue', '打开审核队列'],
  openCalendar: ['Open the editorial calendar', '打开编辑日历'],
  type: ['Type', '类型'],
  allTypes: ['All types', '全部类型'],
  title: ['Title', '标题'],
  state: ['State', '状态'],
  assignee: ['Reviewer', '审核人'],
  due: ['Review due', '审核截止'],
  updated: ['Updated', '更新时间'],
  overdue: ['Overdue', '逾期'],
  untitled: ['(untitled)', '（无标题）'],
  nobody: ['—', '—'],
  empty: ['Nothing here.', '暂无内容。'],
  more: ['More in the review queue', '更多内容见审核队列'],
  staffOnly: ['Only newsroom staff can see this page.', '只有编辑部人员可以查看此页面。'],
  day: ['Day', '日'],
  week: ['Week', '周'],
  month: ['Month', '月'],
  previous: ['Previous', '上一页'],
  next: ['Next', '下一页'],
  today: ['Today', '今天'],
  loading: ['Loading…', '加载中…'],
  nothingScheduled: ['Nothing scheduled or published.', '没有排期或发布的内容。'],
  truncated: ['Only the first 500 entries of a kind are shown.', '每类最多显示 500 条。'],
  kindPublish: ['Scheduled publish', '定时发布'],
  kindUnpublish: ['Scheduled unpublish', '定时撤下'],
  kindPublished: ['Published', '已发布'],
} as const

export type DeskStringKey = keyof typeof STRINGS
export const deskText = (key: DeskStringKey, lang: Lang): string =>
  STRINGS[key][lang === 'zh' ? 1 : 0]
