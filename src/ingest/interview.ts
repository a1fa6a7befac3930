import type { StructureBlock } from './structure.js'
import type { QaPair } from './qa.js'

export interface InterviewResult {
  pairs: QaPair[]
  interviewerLabel: string | null
  intervieweeLabel: string | null
  /** The interviewer labelled by an outlet (齐鲁晚报：…): that outlet published the interview. */
  outlet: string | null
}

// A label may be a name set with spaces to the width of a longer one, as transcripts align their
// speakers (雷  杰: under 主持人:, s-06); the padding is dropped, so both spellings are one speaker.
const TURN =
  /^([\p{Script=Han}A-Za-z·《》]{1,12}|\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3})\s*[:：]\s*(\S[\s\S]*)$/u
const INTERVIEWER_ROLES =
  /^(?:(?:本报|本報|本站|本网|本網|本台|本刊)?(?:记者|記者|主持人|采访者|採訪者)|问|問|Q)$/i
const OUTLET = /(?:报|報|杂志|雜誌|电视台|電視台|广播|廣播|网|網|社|周刊|週刊)$/
// "习近平总书记指出:" quotes someone; it is not a turn.
const SPEECH_VERB = /(?:指出|表示|说|說|认为|認為|强调|強調|提出|透露|介绍|介紹|称|稱)$/
const NOT_SPEAKERS =
  /^(?:时间|時間|来源|來源|编辑|編輯|责任编辑|責任編輯|作者|答|A|回答|全文如下|原文|注|备注|備註)$/i
const MIN_TURNS = 2

function labelOf(block: StructureBlock | undefined): { label: string; rest: string } | null {
  if (block?.type !== 'paragraph') return null
  const match = TURN.exec(block.text)
  if (!match) return null
  const label = match[1].replace(/[ \u3000]+/g, '')
  if (SPEECH_VERB.test(label) || NOT_SPEAKERS.test(label)) return null
  return { label, rest: match[2] }
}

/** How much a speaker's turns read as questions: the share ending in ？, and their mean length. */
function askingScore(blocks: StructureBlock[], label: string): number {
  const turns = blocks
    .map(labelOf)
    .filter((turn): turn is { label: string; rest: string } => turn?.label === label)
  if (turns.length === 0) return 0
  const asking = turns.filter((turn) => /[?？]\s*$/.test(turn.rest)).length / turns.length
  const meanLength = turns.reduce((sum, turn) => sum + turn.rest.length, 0) / turns.length
  // Questions are short: at equal question share, the shorter turns are the interviewer's.
  return asking + 0.5 / (1 + meanLength / 40)
}

/**
 * The interviewer by what the turns say (short turns ending in ？ ask), not by who speaks first: a
 * "Name: quote" headline may open the page. A role label (记者) or an outlet (某某晚报) wins a tie.
 */
function chooseInterviewer(blocks: StructureBlock[], speakers: string[]): string | undefined {
  const ranked = speakers
    .map((label) => ({
      label,
      score:
        askingScore(blocks, label) +
        (INTERVIEWER_ROLES.test(label) ? 0.3 : 0) +
        (OUTLET.test(label) ? 0.2 : 0),
    }))
    .sort((a, b) => b.score - a.score)
  return ranked[0]?.label
}

/** The labels of a question turn (ending in ？) and the turn that answers it right after, if any. */
function askedExchange(blocks: StructureBlock[]): [string, string] | null {
  for (let i = 0; i < blocks.length; i++) {
    const question = labelOf(blocks[i])
    // 问：/答： pairs are Q&A, read by qa.ts.
    if (!question || /^(?:问|問|Q)$/i.test(question.label) || !/[?？]\s*$/.test(question.rest))
      continue
    const answer = labelOf(blocks[i + 1])
    if (answer && answer.label !== question.label && answer.rest.length > question.rest.length / 2)
      return [question.label, answer.label]
  }
  return null
}

const PERSON_LABEL = /^[\p{Script=Han}·]{2,4}$/u
const MIN_PANEL_TURNS = 4

/**
 * A panel page where one guest speaks often and the host and another guest once each (黄靖：…
 * 邱震海：… 黄靖：… 郑又平：… 黄靖：…, i-05, one page of a long transcript): names open the turns,
 * and no name opens two turns in a row, as speakers take turns. Then every named label speaks.
 */
function panelSpeakers(blocks: StructureBlock[], counts: Map<string, number>): string[] | null {
  const labels = [...counts.keys()]
  if (labels.length < 3 || !labels.every((label) => PERSON_LABEL.test(label))) return null
  const turns = blocks.map(labelOf).filter((turn) => turn !== null)
  if (turns.length < MIN_PANEL_TURNS) return null
  for (let i = 1; i < turns.length; i++) if (turns[i]?.label === turns[i - 1]?.label) return null
  return labels
}

/**
 * Turns labelled by role (记者), outlet (齐鲁晚报) or person (程国平); a label must open at least two
 * paragraphs to count, so a colon in a title or a quotation is not a turn. Unlabelled paragraphs
 * continue the last turn; a heading ends it.
 */
export function findInterviewPairs(blocks: StructureBlock[]): InterviewResult {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    const turn = labelOf(block)
    if (turn) counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1)
  }
  let speakers = [...counts].filter(([, count]) => count >= MIN_TURNS).map(([label]) => label)
  let minPairs = MIN_TURNS
  const panel = speakers.length === 1 ? panelSpeakers(blocks, counts) : null
  if (panel) {
    speakers = panel
    minPairs = 1
  }
  if (speakers.length < 2) {
    // A page cut after one exchange: one label asks (its turn ends in ？) and another answers at once.
    const exchange = askedExchange(blocks)
    if (exchange) {
      speakers = exchange
      minPairs = 1
    }
  }
  const none: InterviewResult = {
    pairs: [],
    interviewerLabel: null,
    intervieweeLabel: null,
    outlet: null,
  }
  if (speakers.length < 2) return none
  const interviewer = chooseInterviewer(blocks, speakers)
  if (!interviewer) return none
  const isSpeaker = (label: string) => speakers.includes(label)
  const pairs: QaPair[] = []
  for (let i = 0; i < blocks.length; i++) {
    const question = labelOf(blocks[i])
    if (!question || question.label !== interviewer) continue
    let j = i + 1
    const questionParts = [question.rest]
    for (; j < blocks.length && blocks[j]?.type === 'paragraph' && !labelOf(blocks[j]); j++) {
      questionParts.push(blocks[j].text)
    }
    const answer = labelOf(blocks[j])
    if (!answer || answer.label === interviewer || !isSpeaker(answer.label)) continue
    const answerParts = [answer.rest]
    let end = j + 1
    for (; end < blocks.length; end++) {
      const next = blocks[end]
      if (next.type === 'heading') break
      const turn = labelOf(next)
      if (turn && isSpeaker(turn.label)) break
      answerParts.push(next.text)
    }
    pairs.push({
      question: questionParts.join('\n\n'),
      answer: answerParts.join('\n\n'),
      start: i,
      end,
    })
    i = end - 1
  }
  if (pairs.length < minPairs) return none
  const interviewee =
    pairs
      .map((pair) => labelOf(blocks[pair.start + 1])?.label)
      .find((label) => label && label !== interviewer) ?? null
  return {
    pairs,
    interviewerLabel: INTERVIEWER_ROLES.test(interviewer) ? null : interviewer,
    outlet: !INTERVIEWER_ROLES.test(interviewer) && OUTLET.test(interviewer) ? interviewer : null,
    intervieweeLabel:
      interviewee && !INTERVIEWER_ROLES.test(interviewee) && !/^(?:答|A)$/i.test(interviewee)
        ? interviewee
        : null,
  }
}
