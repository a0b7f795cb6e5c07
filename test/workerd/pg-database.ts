// test/helpers/pg-database.ts inside workerd: the workerd project runs on D1 only, and pg must not load there.
export async function freshPgDatabase(): Promise<string> {
  throw new Error('workerd tests run on D1; TEST_DATABASE_URL does not apply');
}
export async function dropPgDatabase(): Promise<void> {}
