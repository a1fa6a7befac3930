/** min–max of some figures, e.g. "12–48"; one figure when they all round to the same. */
export function spread(values: number[], digits = 0): string {
  const low = Math.min(...values).toFixed(digits)
  const high = Math.max(...values).toFixed(digits)
  return low === high ? low : `${low}–${high}`
}
