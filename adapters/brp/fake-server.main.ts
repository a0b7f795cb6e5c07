// npm run fake-brp: a local BRP Personen API with the demo persons (PORT, default 8081; BRP_API_KEY optional).
import { startFakeBrpServer } from './fake-server.ts';

const server = await startFakeBrpServer({ port: Number(process.env.PORT ?? 8081), apiKey: process.env.BRP_API_KEY });
console.log(`fake BRP listening on ${server.url} (POST /personen)`);
