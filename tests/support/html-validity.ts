/**
 * Delivered HTML through html-validate's recommended rules (a maintained validator, not our own
 * checks). The project's exceptions, each with its reason, are the rules turned off here.
 */
import { HtmlValidate } from 'html-validate'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Body HTML is a fragment placed inside the website's own page: no <html>, <head> or <title>.
    'missing-doctype': 'off',
    // Alignment and indent are the editor's per-paragraph choices, written as Payload's converters
    // write them (text-align, padding-inline-start). The HTML travels without a stylesheet (feeds,
    // other sites' pages), so inline is the only form that survives; the sanitizer lets through
    // only those properties (src/delivery/richtext/sanitize.ts).
    'no-inline-style': 'off',
  },
})

/** The rule and message of every problem; empty when the HTML is valid. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
    ),
  )
}
