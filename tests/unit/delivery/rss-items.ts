import type { CheerioAPI } from 'cheerio'

/** The items of an RSS document as the feed tests read them, in document order. */
export function rssItems($: CheerioAPI) {
  return $('item')
    .toArray()
    .map((el) => ({
      title: $(el).find('title').text(),
      guid: $(el).find('guid').text(),
      pubDate: $(el).find('pubDate').text(),
      content: $(el).find('content\\:encoded').text(),
    }))
}
