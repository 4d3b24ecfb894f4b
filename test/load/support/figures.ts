/** Prints a measured figure under the test's name, so a run's output gives the numbers. */
export function reportFigure(line: string): void {
  process.stdout.write(`      ${line}\n`)
}
