ALTER TABLE "audit_log" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain" ON "audit_log" USING btree ("chain_pos");