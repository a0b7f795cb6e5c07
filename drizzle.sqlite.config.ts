import { defineConfig } from 'drizzle-kit';

export default defineConfig({ dialect: 'sqlite', schema: './schemas/db/sqlite.ts', out: './migrations/sqlite' });
