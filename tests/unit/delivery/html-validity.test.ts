/** The html-validate wrapper finds real problems (so an empty result on delivered HTML means something). */
import { htmlProblems } from '../../support/html-validity.js'

test('valid body HTML passes; a duplicate id, an img without alt and a stray end tag do not', async () => {
  expect(
    await htmlProblems('<h2 id="a">标题</h2><p>正文<a href="https://example.org">链接</a></p>'),
  ).toEqual([])
  const problems = (
    await htmlProblems('<h2 id="a">一</h2><h2 id="a">二</h2><img src="x.png"><p>文</div>')
  ).join('\n')
  expect(problems).toMatch(/no-dup-id/)
  expect(problems).toMatch(/wcag\/h37|alt/)
  expect(problems).toMatch(/close-order|stray/)
})
