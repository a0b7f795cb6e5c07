import { defineConfig } from 'drizzle-kit';

export default defineConfig({ dialect: 'postgresql', schema: './schemas/db/pg.ts', out: './migrations/pg' });
