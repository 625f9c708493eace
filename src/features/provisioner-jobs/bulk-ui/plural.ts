import { formatNumber } from '../../../lib/format'

/** "1 job", "1,204 jobs". */
export const plural = (n: number, noun: string, pluralNoun = `${noun}s`) =>
  `${formatNumber(n)} ${n === 1 ? noun : pluralNoun}`
