// npm run fake-brp: a local BRP Personen API with the demo persons and the synthetic register, for development:
//   PORT=8081 npx tsx adapters/brp/fake-server.main.ts   then   BRP_API_URL=http://127.0.0.1:8081 npm start
// BRP_API_KEY, when set, is required as X-API-KEY. Prints only its URL; never logs requests (they carry BSNs).
// SIGUSR2 prints one JSON line with the number of answered requests (the benchmark counts BRP round trips so).
import { startFakeBrpServer } from './fake-server.ts';

const server = await startFakeBrpServer({
  port: Number(process.env.PORT ?? 8081),
  apiKey: process.env.BRP_API_KEY || undefined,
  recordRequests: false,
});
console.log(server.url);

process.on('SIGUSR2', () => console.log(JSON.stringify({ answered: server.answered })));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
