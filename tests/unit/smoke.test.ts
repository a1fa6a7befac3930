import { pinyin } from 'pinyin-pro'
test('pinyin', () => { expect(pinyin('银行', { toneType: 'none' })).toBe('yin hang') })
