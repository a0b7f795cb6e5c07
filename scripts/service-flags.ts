// The V8 heap limits the service runs with (`npm start`, `npm run workers`, the bench): measured on the 2-core
// machine, the heap otherwise grows to ~350 MB of garbage during a replay; capped, RSS stays under 300 MB for a
// 50,000-event replay at a small cost in throughput (docs/adr/0014-embedded-performance.md). package.json's start
// script repeats them; a test keeps the two in step.
export const SERVICE_NODE_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=16'] as const;
