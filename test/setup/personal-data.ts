// What counts as personal data in log output: a BSN-shaped number or a demo person's name. Shared by the log
// capture of the Node projects (stdout/stderr) and of the workerd project (console).

const BSN_SHAPED = /(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])/;

async function forbiddenNames(): Promise<string[]> {
  try {
    const mod = await import('../../adapters/brp/demo-persons.ts');
    return mod.demoNames();
  } catch {
    return [];
  }
}

/** Throws when a captured line holds personal data; the message masks it, so the report does not repeat it. */
export async function assertNoPersonalData(captured: string[]): Promise<void> {
  const names = await forbiddenNames();
  const offending = captured
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => BSN_SHAPED.test(line) || names.some((n) => line.includes(n)));
  if (offending.length > 0) {
    const masked = names.reduce((l, n) => l.split(n).join('<naam>'), offending[0].replace(/[0-9]{9}/g, '<bsn>'));
    throw new Error(`personal data in log output (${offending.length} lines), first: ${masked.slice(0, 200)}`);
  }
}
