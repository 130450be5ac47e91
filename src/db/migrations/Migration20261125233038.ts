import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233038 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_project" ("id" serial primary key, "created_at" timestamptz not null default now(), "title" varchar(200) not null, "buyer_id" int not null, "buyer_path" varchar(140) not null, "contractor_id" int not null, "budget_yuan" int not null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in ('PLANNED', 'RUNNING', 'COMPLETED', 'EVALUATED')) not null, "evaluation_score" smallint null, "evaluation_note" varchar(500) null, constraint service_project_budget check (budget_yuan >= 0));`,
    );
    this.addSql(`create index "service_project_buyer_path_index" on "service_project" ("buyer_path");`);
    this.addSql(`create index "service_project_contractor_id_index" on "service_project" ("contractor_id");`);

    this.addSql(
      `create table "service_project_community" ("id" serial primary key, "created_at" timestamptz not null default now(), "project_id" int not null, "community_id" int not null);`,
    );
    this.addSql(
      `create index "service_project_community_project_id_index" on "service_project_community" ("project_id");`,
    );
    this.addSql(
      `alter table "service_project_community" add constraint "service_project_community_project_id_community_id_unique" unique ("project_id", "community_id");`,
    );

    this.addSql(
      `create table "service_record" ("id" serial primary key, "created_at" timestamptz not null default now(), "project_id" int not null, "worker_id" int not null, "served_on" date not null, "hours" smallint not null, "beneficiaries" int not null, "notes" varchar(1000) not null, constraint service_record_figures check (hours > 0 and beneficiaries >= 0));`,
    );
    this.addSql(`create index "service_record_project_id_index" on "service_record" ("project_id");`);

    this.addSql(
      `create table "service_project_worker" ("id" serial primary key, "created_at" timestamptz not null default now(), "project_id" int not null, "worker_id" int not null);`,
    );
    this.addSql(`create index "service_project_worker_project_id_index" on "service_project_worker" ("project_id");`);
    this.addSql(
      `alter table "service_project_worker" add constraint "service_project_worker_project_id_worker_id_unique" unique ("project_id", "worker_id");`,
    );

    this.addSql(
      `alter table "service_project" add constraint "service_project_buyer_id_foreign" foreign key ("buyer_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_project" add constraint "service_project_contractor_id_foreign" foreign key ("contractor_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_project_community" add constraint "service_project_community_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_project_community" add constraint "service_project_community_community_id_foreign" foreign key ("community_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_record" add constraint "service_record_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_record" add constraint "service_record_worker_id_foreign" foreign key ("worker_id") references "social_worker" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_project_worker" add constraint "service_project_worker_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_project_worker" add constraint "service_project_worker_worker_id_foreign" foreign key ("worker_id") references "social_worker" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "service_project_community" drop constraint "service_project_community_project_id_foreign";`,
    );

    this.addSql(`alter table "service_record" drop constraint "service_record_project_id_foreign";`);

    this.addSql(`alter table "service_project_worker" drop constraint "service_project_worker_project_id_foreign";`);

    this.addSql(`drop table if exists "service_project" cascade;`);

    this.addSql(`drop table if exists "service_project_community" cascade;`);

    this.addSql(`drop table if exists "service_record" cascade;`);

    this.addSql(`drop table if exists "service_project_worker" cascade;`);
  }
}
