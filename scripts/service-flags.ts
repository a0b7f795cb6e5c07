// How the service process runs (`npm start`, `npm run workers`, the bench). V8 heap limits: measured on the 2-core
// machine, the heaps otherwise grow to ~350 MB of garbage during a replay; capped, RSS stays under 300 MB for a
// 50,000-event replay at a small cost in throughput (docs/adr/0014-embedded-performance.md; the job thread has its
// own limits in adapters/queue/thread.ts). MALLOC_ARENA_MAX: two threads (HTTP and jobs) would otherwise each grow
// glibc malloc arenas of their own; two arenas took ~15 MB off the replay's peak. package.json's start script
// repeats both; a test keeps them in step.
export const SERVICE_NODE_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=8'] as const;
export const SERVICE_ENV = { MALLOC_ARENA_MAX: '2' } as const;
