import type { Field, TextFieldSingleValidation } from 'payload'
import { label } from '../i18n/label.js'
import { message } from '../i18n/message.js'

const PARTIAL_DATE = [
  /^\d{4}$/, // 2024
  /^\d{4}-\d{1,2}(-\d{1,2})?( \d{1,2}:\d{2}(:\d{2})?)?$/, // 2024-10-09 07:33:45
  /^(\d{4}年)?\d{1,2}月(\d{1,2}日)?$/, // 4月26日, 2017年9月
  /^\d{4}年$/,
]

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.some((pattern) => pattern.test(value.trim()))
}

const validatePartialDate: TextFieldSingleValidation = (value, { req }) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'string' && isPartialDate(value))
    ? true
    : message(
        req,
        `"${String(value)}" is not a date such as 2024-10-09, 2017年9月 or 4月26日`,
        `“${String(value)}”不是日期，应写作 2024-10-09、2017年9月 或 4月26日`,
      )

/** A date as the source states it: "4月26日" stays without a year rather than gaining an invented one. */
export function partialDateField(name: string, en: string, zh: string): Field {
  return {
    name,
    type: 'text',
    label: label(en, zh),
    admin: {
      description: label(
        'As stated: 2024-10-09, 2017年9月 or 4月26日 (year unknown).',
        '按原文填写：2024-10-09、2017年9月，或 4月26日（年份不详）。',
      ),
    },
    validate: validatePartialDate,
  }
}
