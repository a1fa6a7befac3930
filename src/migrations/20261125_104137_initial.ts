import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_sources_order_idx\` ON \`articles_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_sources_parent_id_idx\` ON \`articles_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_sources_source_idx\` ON \`articles_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_legal_basis_order_idx\` ON \`articles_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_legal_basis_parent_id_idx\` ON \`articles_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_legal_basis_law_idx\` ON \`articles_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_legal_basis_locales_locale_parent_id_unique\` ON \`articles_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_quality_flags_order_idx\` ON \`articles_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_quality_flags_parent_id_idx\` ON \`articles_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_corrections_order_idx\` ON \`articles_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_corrections_parent_id_idx\` ON \`articles_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_corrections_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_corrections_locales_locale_parent_id_unique\` ON \`articles_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'explainer',
  	\`cover_image_id\` integer,
  	\`original_script\` text DEFAULT 'zh-Hans',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`for_we_chat\` integer DEFAULT false,
  	\`retraction_retracted\` integer DEFAULT false,
  	\`retraction_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_due_date_idx\` ON \`articles\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`articles_submitted_by_idx\` ON \`articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_last_edited_by_idx\` ON \`articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`byline\` text,
  	\`retraction_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
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
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_laws_id_idx\` ON \`articles_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_qa_entries_id_idx\` ON \`articles_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_glossary_terms_id_idx\` ON \`articles_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_order_idx\` ON \`_articles_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_parent_id_idx\` ON \`_articles_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_sources_source_idx\` ON \`_articles_v_version_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_legal_basis_order_idx\` ON \`_articles_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_legal_basis_parent_id_idx\` ON \`_articles_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_legal_basis_law_idx\` ON \`_articles_v_version_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_legal_basis_locales_locale_parent_id_uni\` ON \`_articles_v_version_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_quality_flags_order_idx\` ON \`_articles_v_version_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_quality_flags_parent_id_idx\` ON \`_articles_v_version_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_corrections_locales_locale_parent_id_uni\` ON \`_articles_v_version_corrections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_due_date\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'explainer',
  	\`version_cover_image_id\` integer,
  	\`version_original_script\` text DEFAULT 'zh-Hans',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_for_we_chat\` integer DEFAULT false,
  	\`version_retraction_retracted\` integer DEFAULT false,
  	\`version_retraction_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_due_date_idx\` ON \`_articles_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_by_idx\` ON \`_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_edited_by_idx\` ON \`_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_byline\` text,
  	\`version_retraction_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_laws_id_idx\` ON \`_articles_v_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_qa_entries_id_idx\` ON \`_articles_v_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_glossary_terms_id_idx\` ON \`_articles_v_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_sets_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_sets_sources_order_idx\` ON \`qa_sets_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_sources_parent_id_idx\` ON \`qa_sets_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_sources_source_idx\` ON \`qa_sets_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_sets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`qa_sets_slug_idx\` ON \`qa_sets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_created_by_idx\` ON \`qa_sets\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_updated_by_idx\` ON \`qa_sets\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_updated_at_idx\` ON \`qa_sets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_created_at_idx\` ON \`qa_sets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets__status_idx\` ON \`qa_sets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`qa_sets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`qa_sets_locales_locale_parent_id_unique\` ON \`qa_sets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_sets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_sets_rels_order_idx\` ON \`qa_sets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_rels_parent_idx\` ON \`qa_sets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_rels_path_idx\` ON \`qa_sets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`qa_sets_rels_topics_id_idx\` ON \`qa_sets_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_sets_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_sources_order_idx\` ON \`_qa_sets_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_sources_parent_id_idx\` ON \`_qa_sets_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_sources_source_idx\` ON \`_qa_sets_v_version_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_sets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_parent_idx\` ON \`_qa_sets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version_slug_idx\` ON \`_qa_sets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version_created_by_idx\` ON \`_qa_sets_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version_updated_by_idx\` ON \`_qa_sets_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version_updated_at_idx\` ON \`_qa_sets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version_created_at_idx\` ON \`_qa_sets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_version_version__status_idx\` ON \`_qa_sets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_created_at_idx\` ON \`_qa_sets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_updated_at_idx\` ON \`_qa_sets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_snapshot_idx\` ON \`_qa_sets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_published_locale_idx\` ON \`_qa_sets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_latest_idx\` ON \`_qa_sets_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_autosave_idx\` ON \`_qa_sets_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_qa_sets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_qa_sets_v_locales_locale_parent_id_unique\` ON \`_qa_sets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_sets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_qa_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_rels_order_idx\` ON \`_qa_sets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_rels_parent_idx\` ON \`_qa_sets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_rels_path_idx\` ON \`_qa_sets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_qa_sets_v_rels_topics_id_idx\` ON \`_qa_sets_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_entries_legal_basis_order_idx\` ON \`qa_entries_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_legal_basis_parent_id_idx\` ON \`qa_entries_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_legal_basis_law_idx\` ON \`qa_entries_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_entries_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`qa_entries_legal_basis_locales_locale_parent_id_unique\` ON \`qa_entries_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_entries_sources_order_idx\` ON \`qa_entries_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_sources_parent_id_idx\` ON \`qa_entries_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_sources_source_idx\` ON \`qa_entries_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_entries_quality_flags_order_idx\` ON \`qa_entries_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_quality_flags_parent_id_idx\` ON \`qa_entries_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`scheduled_for\` text,
  	\`slug\` text,
  	\`set_id\` integer,
  	\`position\` numeric DEFAULT 0,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`set_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`qa_entries_workflow_state_idx\` ON \`qa_entries\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_assignee_idx\` ON \`qa_entries\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_due_date_idx\` ON \`qa_entries\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_submitted_by_idx\` ON \`qa_entries\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_last_edited_by_idx\` ON \`qa_entries\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_approved_by_idx\` ON \`qa_entries\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`qa_entries_slug_idx\` ON \`qa_entries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_set_idx\` ON \`qa_entries\` (\`set_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_published_at_idx\` ON \`qa_entries\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_created_by_idx\` ON \`qa_entries\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_updated_by_idx\` ON \`qa_entries\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_updated_at_idx\` ON \`qa_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_created_at_idx\` ON \`qa_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries__status_idx\` ON \`qa_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_locales\` (
  	\`question\` text,
  	\`summary\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`qa_entries_locales_locale_parent_id_unique\` ON \`qa_entries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_entries_rels\` (
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
  await db.run(sql`CREATE INDEX \`qa_entries_rels_order_idx\` ON \`qa_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_parent_idx\` ON \`qa_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_path_idx\` ON \`qa_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_topics_id_idx\` ON \`qa_entries_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`qa_entries_rels_glossary_terms_id_idx\` ON \`qa_entries_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_legal_basis_order_idx\` ON \`_qa_entries_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_legal_basis_parent_id_idx\` ON \`_qa_entries_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_legal_basis_law_idx\` ON \`_qa_entries_v_version_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_version_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_entries_v_version_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_qa_entries_v_version_legal_basis_locales_locale_parent_id_u\` ON \`_qa_entries_v_version_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_sources_order_idx\` ON \`_qa_entries_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_sources_parent_id_idx\` ON \`_qa_entries_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_sources_source_idx\` ON \`_qa_entries_v_version_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_version_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_quality_flags_order_idx\` ON \`_qa_entries_v_version_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_quality_flags_parent_id_idx\` ON \`_qa_entries_v_version_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_due_date\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_slug\` text,
  	\`version_set_id\` integer,
  	\`version_position\` numeric DEFAULT 0,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_set_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_parent_idx\` ON \`_qa_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_workflow_state_idx\` ON \`_qa_entries_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_assignee_idx\` ON \`_qa_entries_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_due_date_idx\` ON \`_qa_entries_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_submitted_by_idx\` ON \`_qa_entries_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_last_edited_by_idx\` ON \`_qa_entries_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_approved_by_idx\` ON \`_qa_entries_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_slug_idx\` ON \`_qa_entries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_set_idx\` ON \`_qa_entries_v\` (\`version_set_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_published_at_idx\` ON \`_qa_entries_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_created_by_idx\` ON \`_qa_entries_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_updated_by_idx\` ON \`_qa_entries_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_updated_at_idx\` ON \`_qa_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version_created_at_idx\` ON \`_qa_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_version_version__status_idx\` ON \`_qa_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_created_at_idx\` ON \`_qa_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_updated_at_idx\` ON \`_qa_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_snapshot_idx\` ON \`_qa_entries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_published_locale_idx\` ON \`_qa_entries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_latest_idx\` ON \`_qa_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_autosave_idx\` ON \`_qa_entries_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_locales\` (
  	\`version_question\` text,
  	\`version_summary\` text,
  	\`version_answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_qa_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_qa_entries_v_locales_locale_parent_id_unique\` ON \`_qa_entries_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_qa_entries_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_order_idx\` ON \`_qa_entries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_parent_idx\` ON \`_qa_entries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_path_idx\` ON \`_qa_entries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_topics_id_idx\` ON \`_qa_entries_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_qa_entries_v_rels_glossary_terms_id_idx\` ON \`_qa_entries_v_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_legal_basis_order_idx\` ON \`glossary_terms_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_legal_basis_parent_id_idx\` ON \`glossary_terms_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_legal_basis_law_idx\` ON \`glossary_terms_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_legal_basis_locales_locale_parent_id_unique\` ON \`glossary_terms_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_sources_order_idx\` ON \`glossary_terms_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_sources_parent_id_idx\` ON \`glossary_terms_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_sources_source_idx\` ON \`glossary_terms_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_quality_flags_order_idx\` ON \`glossary_terms_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_quality_flags_parent_id_idx\` ON \`glossary_terms_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`submitted_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`scheduled_for\` text,
  	\`term\` text,
  	\`slug\` text,
  	\`pinyin\` text,
  	\`pinyin_sort_key\` text,
  	\`term_key\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_workflow_state_idx\` ON \`glossary_terms\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_assignee_idx\` ON \`glossary_terms\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_due_date_idx\` ON \`glossary_terms\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_submitted_by_idx\` ON \`glossary_terms\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_last_edited_by_idx\` ON \`glossary_terms\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_approved_by_idx\` ON \`glossary_terms\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_slug_idx\` ON \`glossary_terms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_pinyin_sort_key_idx\` ON \`glossary_terms\` (\`pinyin_sort_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_term_key_idx\` ON \`glossary_terms\` (\`term_key\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_by_idx\` ON \`glossary_terms\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_by_idx\` ON \`glossary_terms\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_at_idx\` ON \`glossary_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_at_idx\` ON \`glossary_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms__status_idx\` ON \`glossary_terms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_locales\` (
  	\`definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_locales_locale_parent_id_unique\` ON \`glossary_terms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_texts_order_parent\` ON \`glossary_terms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_rels\` (
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
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_order_idx\` ON \`glossary_terms_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_parent_idx\` ON \`glossary_terms_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_path_idx\` ON \`glossary_terms_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_topics_id_idx\` ON \`glossary_terms_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_rels_glossary_terms_id_idx\` ON \`glossary_terms_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law_id\` integer,
  	\`article\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`law_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_legal_basis_order_idx\` ON \`_glossary_terms_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_legal_basis_parent_id_idx\` ON \`_glossary_terms_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_legal_basis_law_idx\` ON \`_glossary_terms_v_version_legal_basis\` (\`law_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_legal_basis_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v_version_legal_basis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_terms_v_version_legal_basis_locales_locale_parent_\` ON \`_glossary_terms_v_version_legal_basis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`role\` text DEFAULT 'cites',
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_sources_order_idx\` ON \`_glossary_terms_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_sources_parent_id_idx\` ON \`_glossary_terms_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_sources_source_idx\` ON \`_glossary_terms_v_version_sources\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_version_quality_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	\`resolved\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_quality_flags_order_idx\` ON \`_glossary_terms_v_version_quality_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_quality_flags_parent_id_idx\` ON \`_glossary_terms_v_version_quality_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_assignee_id\` integer,
  	\`version_due_date\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_scheduled_for\` text,
  	\`version_term\` text,
  	\`version_slug\` text,
  	\`version_pinyin\` text,
  	\`version_pinyin_sort_key\` text,
  	\`version_term_key\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_parent_idx\` ON \`_glossary_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_workflow_state_idx\` ON \`_glossary_terms_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_assignee_idx\` ON \`_glossary_terms_v\` (\`version_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_due_date_idx\` ON \`_glossary_terms_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_submitted_by_idx\` ON \`_glossary_terms_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_last_edited_by_idx\` ON \`_glossary_terms_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_approved_by_idx\` ON \`_glossary_terms_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_slug_idx\` ON \`_glossary_terms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_pinyin_sort_key_idx\` ON \`_glossary_terms_v\` (\`version_pinyin_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_term_key_idx\` ON \`_glossary_terms_v\` (\`version_term_key\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_created_by_idx\` ON \`_glossary_terms_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_updated_by_idx\` ON \`_glossary_terms_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_updated_at_idx\` ON \`_glossary_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_created_at_idx\` ON \`_glossary_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version__status_idx\` ON \`_glossary_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_created_at_idx\` ON \`_glossary_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_updated_at_idx\` ON \`_glossary_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_snapshot_idx\` ON \`_glossary_terms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_published_locale_idx\` ON \`_glossary_terms_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_latest_idx\` ON \`_glossary_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_autosave_idx\` ON \`_glossary_terms_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_locales\` (
  	\`version_definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_terms_v_locales_locale_parent_id_unique\` ON \`_glossary_terms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_texts_order_parent\` ON \`_glossary_terms_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_order_idx\` ON \`_glossary_terms_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_parent_idx\` ON \`_glossary_terms_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_path_idx\` ON \`_glossary_terms_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_topics_id_idx\` ON \`_glossary_terms_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_rels_glossary_terms_id_idx\` ON \`_glossary_terms_v_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`parent_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_by_idx\` ON \`topics\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_by_idx\` ON \`topics\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_parent_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_parent_idx\` ON \`_topics_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_by_idx\` ON \`_topics_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_by_idx\` ON \`_topics_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_autosave_idx\` ON \`_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_topics_v_locales_locale_parent_id_unique\` ON \`_topics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`adopted_at\` text,
  	\`effective_at\` text,
  	\`url\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_slug_idx\` ON \`laws\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_by_idx\` ON \`laws\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_by_idx\` ON \`laws\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laws__status_idx\` ON \`laws\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`laws_locales\` (
  	\`name\` text,
  	\`short_name\` text,
  	\`issuing_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laws_locales_locale_parent_id_unique\` ON \`laws_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_adopted_at\` text,
  	\`version_effective_at\` text,
  	\`version_url\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_parent_idx\` ON \`_laws_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_slug_idx\` ON \`_laws_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_by_idx\` ON \`_laws_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_by_idx\` ON \`_laws_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_at_idx\` ON \`_laws_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_at_idx\` ON \`_laws_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version__status_idx\` ON \`_laws_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_created_at_idx\` ON \`_laws_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_updated_at_idx\` ON \`_laws_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_snapshot_idx\` ON \`_laws_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_published_locale_idx\` ON \`_laws_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_latest_idx\` ON \`_laws_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_autosave_idx\` ON \`_laws_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v_locales\` (
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_issuing_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laws_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_laws_v_locales_locale_parent_id_unique\` ON \`_laws_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`outlet\` text,
  	\`outlet_type\` text DEFAULT 'other',
  	\`url\` text,
  	\`author\` text,
  	\`interviewee\` text,
  	\`editor\` text,
  	\`published_date\` text,
  	\`retrieved_at\` text,
  	\`rights_status\` text DEFAULT 'unknown' NOT NULL,
  	\`rights_licence\` text,
  	\`rights_evidence_id\` integer,
  	\`rights_may_modify\` integer DEFAULT false,
  	\`rights_source_line_required\` integer DEFAULT true,
  	\`rights_expires_at\` text,
  	\`verification_status\` text DEFAULT 'unverified' NOT NULL,
  	\`verification_verified_by_id\` integer,
  	\`verification_verified_at\` text,
  	\`verification_notes\` text,
  	\`raw_snapshot\` text,
  	\`raw_sha256\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rights_evidence_id\`) REFERENCES \`evidence_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verification_verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_rights_rights_evidence_idx\` ON \`sources\` (\`rights_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_status_idx\` ON \`sources\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_verified_by_idx\` ON \`sources\` (\`verification_verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_raw_sha256_idx\` ON \`sources\` (\`raw_sha256\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_by_idx\` ON \`sources\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_by_idx\` ON \`sources\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`evidence_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_files_updated_at_idx\` ON \`evidence_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence_files_created_at_idx\` ON \`evidence_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`evidence_files_filename_idx\` ON \`evidence_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`copyright\` text,
  	\`source_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wechat_cover_url\` text,
  	\`sizes_wechat_cover_width\` numeric,
  	\`sizes_wechat_cover_height\` numeric,
  	\`sizes_wechat_cover_mime_type\` text,
  	\`sizes_wechat_cover_filesize\` numeric,
  	\`sizes_wechat_cover_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_source_idx\` ON \`media\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wechat_cover_sizes_wechat_cover_filename_idx\` ON \`media\` (\`sizes_wechat_cover_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`imports_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`message\` text,
  	\`position\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_flags_order_idx\` ON \`imports_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`imports_flags_parent_id_idx\` ON \`imports_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text,
  	\`stage\` text,
  	\`error\` text,
  	\`file_name\` text,
  	\`sha256\` text,
  	\`origin\` text,
  	\`imported_by_id\` integer,
  	\`attempts\` numeric DEFAULT 1,
  	\`kind\` text,
  	\`script\` text,
  	\`encoding\` text,
  	\`bytes\` numeric,
  	\`counts_qa\` numeric,
  	\`counts_terms\` numeric,
  	\`counts_terms_reused\` numeric,
  	\`counts_laws\` numeric,
  	\`counts_sections\` numeric,
  	\`counts_flags\` numeric,
  	\`incomplete\` integer,
  	\`source_id\` integer,
  	\`article_id\` integer,
  	\`qa_set_id\` integer,
  	\`timings\` text,
  	\`analysis\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`qa_set_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`imports_sha256_idx\` ON \`imports\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`imports_imported_by_idx\` ON \`imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_source_idx\` ON \`imports\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_article_idx\` ON \`imports\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_qa_set_idx\` ON \`imports\` (\`qa_set_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`imports_filename_idx\` ON \`imports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`imports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`qa_entries_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`laws_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qa_entries_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_rels_order_idx\` ON \`imports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_parent_idx\` ON \`imports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_path_idx\` ON \`imports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_qa_entries_id_idx\` ON \`imports_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_glossary_terms_id_idx\` ON \`imports_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_laws_id_idx\` ON \`imports_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE TABLE \`wechat_publications_content_images\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`wechat_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_publications_content_images_order_idx\` ON \`wechat_publications_content_images\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_content_images_parent_id_idx\` ON \`wechat_publications_content_images\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`wechat_publications_error_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`step\` text NOT NULL,
  	\`code\` numeric,
  	\`message\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`wechat_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_publications_error_log_order_idx\` ON \`wechat_publications_error_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_error_log_parent_id_idx\` ON \`wechat_publications_error_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`wechat_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`requested_by_id\` integer,
  	\`thumb_media_id\` text,
  	\`cover_url\` text,
  	\`draft_media_id\` text,
  	\`publish_id\` text,
  	\`wechat_article_id\` text,
  	\`article_url\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`polls\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`published_at\` text,
  	\`failure_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_publications_article_idx\` ON \`wechat_publications\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_status_idx\` ON \`wechat_publications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_requested_by_idx\` ON \`wechat_publications\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_updated_at_idx\` ON \`wechat_publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_publications_created_at_idx\` ON \`wechat_publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`field_path\` text,
  	\`quote\` text,
  	\`blocking\` integer DEFAULT false,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_item_collection_idx\` ON \`review_comments\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_item_id_idx\` ON \`review_comments\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_idx\` ON \`review_comments\` (\`resolved\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_by_idx\` ON \`review_comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`version\` text,
  	\`action\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`actor_id\` text,
  	\`actor_name\` text,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	\`reason\` text,
  	\`gate\` text,
  	\`four_eyes_override\` integer DEFAULT false,
  	\`override_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_item_collection_idx\` ON \`workflow_events\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_item_id_idx\` ON \`workflow_events\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_event_idx\` ON \`workflow_events\` (\`event\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_id_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` integer,
  	\`event\` text NOT NULL,
  	\`job\` text,
  	\`attempt\` numeric,
  	\`status_code\` numeric,
  	\`ok\` integer,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_job_idx\` ON \`webhook_deliveries\` (\`job\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_at_idx\` ON \`webhook_deliveries\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`qa_sets_id\` integer,
  	\`qa_entries_id\` integer,
  	\`glossary_terms_id\` integer,
  	\`topics_id\` integer,
  	\`laws_id\` integer,
  	\`sources_id\` integer,
  	\`evidence_files_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`imports_id\` integer,
  	\`wechat_publications_id\` integer,
  	\`review_comments_id\` integer,
  	\`workflow_events_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qa_sets_id\`) REFERENCES \`qa_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`qa_entries_id\`) REFERENCES \`qa_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_files_id\`) REFERENCES \`evidence_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wechat_publications_id\`) REFERENCES \`wechat_publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_qa_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`qa_sets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_qa_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`qa_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wechat_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`wechat_publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_sources\`;`)
  await db.run(sql`DROP TABLE \`articles_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`articles_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`articles_corrections\`;`)
  await db.run(sql`DROP TABLE \`articles_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`qa_sets_sources\`;`)
  await db.run(sql`DROP TABLE \`qa_sets\`;`)
  await db.run(sql`DROP TABLE \`qa_sets_locales\`;`)
  await db.run(sql`DROP TABLE \`qa_sets_rels\`;`)
  await db.run(sql`DROP TABLE \`_qa_sets_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_qa_sets_v\`;`)
  await db.run(sql`DROP TABLE \`_qa_sets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_qa_sets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_sources\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`qa_entries\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`qa_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_version_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_version_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_qa_entries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_sources\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_texts\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_rels\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_legal_basis_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_version_quality_flags\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`DROP TABLE \`laws_locales\`;`)
  await db.run(sql`DROP TABLE \`_laws_v\`;`)
  await db.run(sql`DROP TABLE \`_laws_v_locales\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`evidence_files\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`imports_flags\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`imports_rels\`;`)
  await db.run(sql`DROP TABLE \`wechat_publications_content_images\`;`)
  await db.run(sql`DROP TABLE \`wechat_publications_error_log\`;`)
  await db.run(sql`DROP TABLE \`wechat_publications\`;`)
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
