/**
 * A field's label opening a line, alone (题目, a homework page's label above its item, r-02) or
 * before its value (法律依據:《中華人民共和國保守國家秘密法》, a law office's snippet naming the
 * statute it quotes, r-08). It names what the line below or after it is; it is not a headline.
 * (题目辨析, 法律依据解读 are section names that go on: the label must end the line or take a colon.)
 */
export const FIELD_LABEL =
  /^[【[]?(?:题目|題目|题干|題干|试题|試題|原题|原題|法律依据|法律依據|法条依据|法條依據|依据|依據|相关法条|相關法條|相关法律|相關法律|参考法条|參考法條)[】\]]?(?:\s*[:：].*)?$/u
