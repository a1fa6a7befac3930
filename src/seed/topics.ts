/** The topics every installation starts with. */
export const DEFAULT_TOPICS = [
  {
    name: '国家安全',
    nameHant: '國家安全',
    slug: 'guo-jia-an-quan',
    description: '总体国家安全观、国家安全法与全民国家安全教育日。',
  },
  {
    name: '反间谍',
    nameHant: '反間諜',
    slug: 'fan-jian-die',
    description: '反间谍法、间谍行为的识别与举报。',
    parent: 'guo-jia-an-quan',
  },
  {
    name: '反恐怖',
    nameHant: '反恐怖',
    slug: 'fan-kong-bu',
    description: '反恐怖主义法、反恐怖工作职责与国际合作。',
    parent: 'guo-jia-an-quan',
  },
  {
    name: '保密',
    nameHant: '保密',
    slug: 'bao-mi',
    description: '保守国家秘密法、涉密信息的管理。',
    parent: 'guo-jia-an-quan',
  },
  {
    name: '网络安全',
    nameHant: '網絡安全',
    slug: 'wang-luo-an-quan',
    description: '网络安全法、数据安全与个人信息保护。',
    parent: 'guo-jia-an-quan',
  },
] as const
