// The one pagination (src/store/page.ts) as the edges see it: the cursor of a `volgende` link.
export { type Cursor, decodeCursor, encodeCursor } from '../store/page.ts';
