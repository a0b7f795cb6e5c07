// Audit anchors as JSON lines appended to a file (AUDIT_ANCHOR_FILE, default audit-anchors.jsonl in the data
// directory). Append-only by use: nothing here rewrites a line; give the file to another owner or an append-only
// mount (chattr +a, WORM storage) so the service account cannot truncate it either. Node only.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type AuditAnchorPort, SignedAuditAnchor } from '../../src/ports/audit-anchor.ts';

export function createFileAnchorStore(path: string): AuditAnchorPort {
  return {
    async append(anchor) {
      await mkdir(dirname(path), { recursive: true });
      // One write per line ('a' opens with O_APPEND): concurrent appenders never interleave within a line.
      await appendFile(path, `${JSON.stringify(SignedAuditAnchor.parse(anchor))}\n`, { encoding: 'utf8', flag: 'a' });
    },
    async latest() {
      const text = await readIfPresent(path);
      if (text === null) return null;
      let newest: SignedAuditAnchor | null = null;
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const anchor = parseLine(line);
        if (anchor && (!newest || anchor.chainPos > newest.chainPos)) newest = anchor;
      }
      return newest;
    },
  };
}

/** The file's text; null when there is no file yet (no anchor written). */
async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** One anchor line; null for a line cut off by a crash mid-write (every complete one counts). */
function parseLine(line: string): SignedAuditAnchor | null {
  try {
    const parsed = SignedAuditAnchor.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
