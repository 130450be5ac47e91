import { Migration } from '@mikro-orm/migrations';

export class Migration20261126004049 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "analyst_cost_window" ("person_id" int not null, "window_start" timestamptz not null, "spent" int not null, constraint "analyst_cost_window_pkey" primary key ("person_id", "window_start"));`,
    );

    this.addSql(
      `create table "saved_query" ("id" serial primary key, "created_at" timestamptz not null default now(), "owner_id" int not null, "organisation_id" int null, "name" varchar(100) not null, "document" text not null, "variables" jsonb not null, "shared" boolean not null default false, "updated_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "saved_query_owner_id_index" on "saved_query" ("owner_id");`);
    this.addSql(`create index "saved_query_organisation_id_index" on "saved_query" ("organisation_id");`);
    this.addSql(
      `alter table "saved_query" add constraint "saved_query_owner_id_name_unique" unique ("owner_id", "name");`,
    );

    this.addSql(
      `alter table "saved_query" add constraint "saved_query_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "saved_query" add constraint "saved_query_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "account" add column "session_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analyst_cost_window" cascade;`);

    this.addSql(`drop table if exists "saved_query" cascade;`);

    this.addSql(`alter table "account" drop column "session_version";`);
  }
}
