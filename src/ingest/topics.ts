/**
 * Guesses which default topics (src/seed/topics.ts) a document belongs to, by counting the
 * words each topic is about in its Simplified text. An editor corrects the guess in review.
 */
const TOPIC_WORDS = {
  'fan-jian-die': /间谍|谍报|情报机关|策反|窃密/g,
  'fan-kong-bu': /恐怖|反恐|极端主义|暴恐/g,
  'bao-mi': /保密|国家秘密|泄密|涉密|定密/g,
  'wang-luo-an-quan': /网络安全|数据安全|个人信息|网络攻击|网络犯罪/g,
  'guo-jia-an-quan': /国家安全|国安/g,
} satisfies Record<string, RegExp>

const MIN_MENTIONS = 3
const MAX_TOPICS = 3

/** Topic slugs, most mentioned first; the general 国家安全 topic only when nothing more specific fits or it dominates. */
export function guessTopics(simplifiedText: string): string[] {
  const counts = Object.entries(TOPIC_WORDS)
    .map(([slug, words]) => ({ slug, count: simplifiedText.match(words)?.length ?? 0 }))
    .filter(({ count }) => count >= MIN_MENTIONS)
    .sort((a, b) => b.count - a.count)
  if (counts.length === 0) {
    return (simplifiedText.match(TOPIC_WORDS['guo-jia-an-quan'])?.length ?? 0) > 0
      ? ['guo-jia-an-quan']
      : []
  }
  return counts.slice(0, MAX_TOPICS).map(({ slug }) => slug)
}
