ALTER TABLE `audit_log` ADD `chain_pos` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `audit_chain` ON `audit_log` (`chain_pos`);