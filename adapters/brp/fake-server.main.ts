// npm run fake-brp: a local BRP Personen API with the demo persons, for development:
//   PORT=8081 npx tsx adapters/brp/fake-server.main.ts   then   BRP_API_URL=http://127.0.0.1:8081 npm start
// BRP_API_KEY, when set, is required as X-API-KEY. Prints only its URL; never logs requests (they carry BSNs).
import { startFakeBrpServer } from './fake-server.ts';

const server = await startFakeBrpServer({ port: Number(process.env.PORT ?? 8081), apiKey: process.env.BRP_API_KEY || undefined });
console.log(server.url);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
