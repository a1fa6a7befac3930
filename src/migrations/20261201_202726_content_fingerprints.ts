import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`imports_similar\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`title\` text,
  	\`similarity\` numeric,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_similar_order_idx\` ON \`imports_similar\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`imports_similar_parent_id_idx\` ON \`imports_similar\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_similar_article_idx\` ON \`imports_similar\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`content_fingerprints_bands\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_fingerprints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_fingerprints_bands_order_idx\` ON \`content_fingerprints_bands\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_fingerprints_bands_parent_id_idx\` ON \`content_fingerprints_bands\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_fingerprints_bands_key_idx\` ON \`content_fingerprints_bands\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`content_fingerprints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`algorithm\` text NOT NULL,
  	\`signature\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_fingerprints_article_idx\` ON \`content_fingerprints\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`content_fingerprints_updated_at_idx\` ON \`content_fingerprints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_fingerprints_created_at_idx\` ON \`content_fingerprints\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`reprint_attached_to_id\` integer REFERENCES articles(id);`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`reprint_attached_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`imports\` ADD \`reprint_attached_at\` text;`)
  await db.run(sql`CREATE INDEX \`imports_reprint_reprint_attached_to_idx\` ON \`imports\` (\`reprint_attached_to_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_reprint_reprint_attached_by_idx\` ON \`imports\` (\`reprint_attached_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_fingerprints_id\` integer REFERENCES content_fingerprints(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_fingerprints_id_idx\` ON \`payload_locked_documents_rels\` (\`content_fingerprints_id\`);`)
}

// Written by hand (as the committed migrations are): drizzle-kit's down rebuilt the `imports` and
// `payload_locked_documents_rels` tables, and a rebuild of a parent table is unsafe here (see the
// project notes). SQLite drops a column once no index names it.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`imports_similar\`;`)
  await db.run(sql`DROP TABLE \`content_fingerprints_bands\`;`)
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_content_fingerprints_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`content_fingerprints_id\`;`)
  await db.run(sql`DROP TABLE \`content_fingerprints\`;`)
  await db.run(sql`DROP INDEX \`imports_reprint_reprint_attached_to_idx\`;`)
  await db.run(sql`DROP INDEX \`imports_reprint_reprint_attached_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`reprint_attached_to_id\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`reprint_attached_by_id\`;`)
  await db.run(sql`ALTER TABLE \`imports\` DROP COLUMN \`reprint_attached_at\`;`)
}
