import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`qa_entries_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_users_id_idx\` ON \`qa_entries_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_qa_entries_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_users_id_idx\` ON \`_qa_entries_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`glossary_terms_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_users_id_idx\` ON \`glossary_terms_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_glossary_terms_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_users_id_idx\` ON \`_glossary_terms_v_rels\` (\`users_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`laws_id\` integer,
  	\`qa_entries_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qa_entries_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "topics_id", "laws_id", "qa_entries_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "laws_id", "qa_entries_id", "glossary_terms_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_laws_id_idx\` ON \`articles_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_qa_entries_id_idx\` ON \`articles_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_glossary_terms_id_idx\` ON \`articles_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`laws_id\` integer,
  	\`qa_entries_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qa_entries_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "topics_id", "laws_id", "qa_entries_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "laws_id", "qa_entries_id", "glossary_terms_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_laws_id_idx\` ON \`_articles_v_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_qa_entries_id_idx\` ON \`_articles_v_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_glossary_terms_id_idx\` ON \`_articles_v_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_qa_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_qa_entries_rels\`("id", "order", "parent_id", "path", "topics_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "glossary_terms_id" FROM \`qa_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_qa_entries_rels\` RENAME TO \`qa_entries_rels\`;`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_order_idx\` ON \`qa_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_parent_idx\` ON \`qa_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_path_idx\` ON \`qa_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_topics_id_idx\` ON \`qa_entries_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_glossary_terms_id_idx\` ON \`qa_entries_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__qa_entries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_qa_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__qa_entries_v_rels\`("id", "order", "parent_id", "path", "topics_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "glossary_terms_id" FROM \`_qa_entries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__qa_entries_v_rels\` RENAME TO \`_qa_entries_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_order_idx\` ON \`_qa_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_parent_idx\` ON \`_qa_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_path_idx\` ON \`_qa_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_topics_id_idx\` ON \`_qa_entries_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_glossary_terms_id_idx\` ON \`_qa_entries_v_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_glossary_terms_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_glossary_terms_rels\`("id", "order", "parent_id", "path", "topics_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "glossary_terms_id" FROM \`glossary_terms_rels\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_glossary_terms_rels\` RENAME TO \`glossary_terms_rels\`;`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_order_idx\` ON \`glossary_terms_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_parent_idx\` ON \`glossary_terms_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_path_idx\` ON \`glossary_terms_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_topics_id_idx\` ON \`glossary_terms_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_glossary_terms_id_idx\` ON \`glossary_terms_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__glossary_terms_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`glossary_terms_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__glossary_terms_v_rels\`("id", "order", "parent_id", "path", "topics_id", "glossary_terms_id") SELECT "id", "order", "parent_id", "path", "topics_id", "glossary_terms_id" FROM \`_glossary_terms_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__glossary_terms_v_rels\` RENAME TO \`_glossary_terms_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_order_idx\` ON \`_glossary_terms_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_parent_idx\` ON \`_glossary_terms_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_path_idx\` ON \`_glossary_terms_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_topics_id_idx\` ON \`_glossary_terms_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_glossary_terms_id_idx\` ON \`_glossary_terms_v_rels\` (\`glossary_terms_id\`);`)
}
