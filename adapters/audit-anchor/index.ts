// The anchor stores a Node deployment writes to: the file always, the receiver too when AUDIT_ANCHOR_URL is set.
// (A Worker has no file system: it uses createHttpAnchorStore alone.)
import { join } from 'node:path';
import { allAnchorStores } from '../../src/app/audit/anchor.ts';
import type { AuditAnchorPort } from '../../src/ports/audit-anchor.ts';
import { createFileAnchorStore } from './file.ts';
import { createHttpAnchorStore } from './http.ts';

export const DEFAULT_ANCHOR_FILE = 'audit-anchors.jsonl';

export function createAuditAnchors(
  settings: { AUDIT_ANCHOR_FILE?: string; AUDIT_ANCHOR_URL?: string },
  dataDir: string,
): AuditAnchorPort {
  const file = createFileAnchorStore(settings.AUDIT_ANCHOR_FILE ?? join(dataDir, DEFAULT_ANCHOR_FILE));
  return settings.AUDIT_ANCHOR_URL
    ? allAnchorStores([file, createHttpAnchorStore({ url: settings.AUDIT_ANCHOR_URL })])
    : file;
}
