CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" bigint NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_org" text,
	"operation" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"purpose" text NOT NULL,
	"subject_pseudonym" text,
	"outcome" text NOT NULL,
	"prev_hash" text,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"municipality_code" text NOT NULL,
	"child_bsn" text,
	"declarant_bsn" text,
	"country_code" text,
	"registration_date" text,
	"child" jsonb,
	"departure" jsonb,
	"custody" jsonb,
	"assessment" jsonb,
	"risk" jsonb,
	"closed_reason" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"purged_at" bigint
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"content_hash" text NOT NULL,
	"case_id" text,
	"status" text NOT NULL,
	"time" text,
	"data" jsonb,
	"received_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"key" text,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"run_at" bigint NOT NULL,
	"attempts" integer NOT NULL,
	"max_attempts" integer NOT NULL,
	"locked_until" bigint,
	"last_error" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	"recipient_bsn" text,
	"recipient" jsonb,
	"status" text NOT NULL,
	"hold_reasons" jsonb,
	"reference" text NOT NULL,
	"due_date" text NOT NULL,
	"channel" text,
	"delivery_attempts" integer NOT NULL,
	"last_error" text,
	"history" jsonb NOT NULL,
	"follow_ups" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"recipient" text NOT NULL,
	"level" text NOT NULL,
	"status" text NOT NULL,
	"view" jsonb NOT NULL,
	"sla_due_at" bigint NOT NULL,
	"delivery" text NOT NULL,
	"delivery_attempts" integer NOT NULL,
	"outcome" jsonb,
	"updates" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sis_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"signal_id" text NOT NULL,
	"case_id" text NOT NULL,
	"status" text NOT NULL,
	"request" jsonb NOT NULL,
	"history" jsonb NOT NULL,
	"review_date" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_markings" (
	"id" text PRIMARY KEY NOT NULL,
	"child_bsn" text NOT NULL,
	"reason" text NOT NULL,
	"valid_until" text NOT NULL,
	"organisation" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" bigint NOT NULL,
	"removed_at" bigint
);
--> statement-breakpoint
CREATE INDEX "audit_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_subject" ON "audit_log" USING btree ("subject_pseudonym");--> statement-breakpoint
CREATE INDEX "cases_child_bsn" ON "cases" USING btree ("child_bsn");--> statement-breakpoint
CREATE INDEX "cases_declarant_bsn" ON "cases" USING btree ("declarant_bsn");--> statement-breakpoint
CREATE INDEX "cases_municipality" ON "cases" USING btree ("municipality_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_source_event_id" ON "events" USING btree ("source","event_id");--> statement-breakpoint
CREATE INDEX "events_case_id" ON "events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "jobs_due" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "jobs_key" ON "jobs" USING btree ("key","status");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_case_recipient" ON "notifications" USING btree ("case_id","recipient_bsn");--> statement-breakpoint
CREATE INDEX "notifications_worklist" ON "notifications" USING btree ("municipality_code","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signals_case_recipient" ON "signals" USING btree ("case_id","recipient");--> statement-breakpoint
CREATE INDEX "signals_worklist" ON "signals" USING btree ("recipient","status","created_at");--> statement-breakpoint
CREATE INDEX "sis_requests_signal" ON "sis_requests" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "watch_markings_child" ON "watch_markings" USING btree ("child_bsn");