/** `--name <n>` from the command line when it is a positive number, otherwise `fallback`. */
export function numericArgument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** Whether `--name` is on the command line. */
export function flagArgument(name: string): boolean {
  return process.argv.includes(`--${name}`)
}
