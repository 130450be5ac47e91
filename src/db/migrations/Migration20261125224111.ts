import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224111 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "out_of_list_report" ("id" serial primary key, "created_at" timestamptz not null default now(), "community_id" int not null, "community_path" varchar(140) not null, "reported_by_person_id" int not null, "title" varchar(200) not null, "imposed_by" varchar(80) not null, "description" varchar(1000) not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "outcome" varchar(1000) null, "closed_at" timestamptz null);`,
    );
    this.addSql(`create index "out_of_list_report_community_id_index" on "out_of_list_report" ("community_id");`);
    this.addSql(`create index "out_of_list_report_community_path_index" on "out_of_list_report" ("community_path");`);

    this.addSql(
      `create table "access_request" ("id" serial primary key, "created_at" timestamptz not null default now(), "department_id" int not null, "kind" text check ("kind" in ('WORK', 'SEAL')) not null, "title" varchar(200) not null, "category" varchar(40) not null, "legal_basis" varchar(300) not null, "reason" varchar(500) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "decision_reason" varchar(500) null, "decided_at" timestamptz null, "item_code" varchar(20) null);`,
    );
    this.addSql(`create index "access_request_department_id_index" on "access_request" ("department_id");`);

    this.addSql(
      `create table "work_list_version" ("id" serial primary key, "created_at" timestamptz not null default now(), "label" varchar(40) not null, "effective_from" date null, "published" boolean not null default false);`,
    );
    this.addSql(`alter table "work_list_version" add constraint "work_list_version_label_unique" unique ("label");`);

    this.addSql(
      `create table "work_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "version_id" int not null, "code" varchar(20) not null, "kind" text check ("kind" in ('WORK', 'SEAL')) not null, "title" varchar(200) not null, "category" varchar(40) not null, "legal_basis" varchar(300) not null, "department" varchar(80) not null);`,
    );
    this.addSql(
      `alter table "work_item" add constraint "work_item_version_id_code_unique" unique ("version_id", "code");`,
    );

    this.addSql(
      `create table "community_task" ("id" serial primary key, "created_at" timestamptz not null default now(), "item_id" int not null, "item_code" varchar(20) not null, "community_id" int not null, "community_path" varchar(140) not null, "department_id" int not null, "title" varchar(200) not null, "due_on" date not null);`,
    );
    this.addSql(`create index "community_task_community_id_index" on "community_task" ("community_id");`);
    this.addSql(`create index "community_task_community_path_index" on "community_task" ("community_path");`);

    this.addSql(
      `alter table "out_of_list_report" add constraint "out_of_list_report_community_id_foreign" foreign key ("community_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "access_request" add constraint "access_request_department_id_foreign" foreign key ("department_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "work_item" add constraint "work_item_version_id_foreign" foreign key ("version_id") references "work_list_version" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "community_task" add constraint "community_task_item_id_foreign" foreign key ("item_id") references "work_item" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "community_task" add constraint "community_task_community_id_foreign" foreign key ("community_id") references "division" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "community_task" add constraint "community_task_department_id_foreign" foreign key ("department_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_AFFAIRS_BUREAU', 'STREET_OFFICE', 'COMMUNITY_COMMITTEE', 'PARTY_ORGANISATION', 'POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'ENTERPRISE', 'VOLUNTEER_STATION', 'MERCHANT', 'GOVERNMENT_DEPARTMENT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_item" drop constraint "work_item_version_id_foreign";`);

    this.addSql(`alter table "community_task" drop constraint "community_task_item_id_foreign";`);

    this.addSql(`drop table if exists "out_of_list_report" cascade;`);

    this.addSql(`drop table if exists "access_request" cascade;`);

    this.addSql(`drop table if exists "work_list_version" cascade;`);

    this.addSql(`drop table if exists "work_item" cascade;`);

    this.addSql(`drop table if exists "community_task" cascade;`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_AFFAIRS_BUREAU', 'STREET_OFFICE', 'COMMUNITY_COMMITTEE', 'PARTY_ORGANISATION', 'POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'ENTERPRISE', 'VOLUNTEER_STATION', 'MERCHANT'));`,
    );
  }
}
