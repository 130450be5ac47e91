import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232652 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "committee_meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "committee_id" int not null, "community_path" varchar(140) not null, "title" varchar(120) not null, "held_on" date not null, "agenda" text[] not null, "attendee_seat_ids" integer[] not null);`,
    );
    this.addSql(`create index "committee_meeting_committee_id_index" on "committee_meeting" ("committee_id");`);
    this.addSql(`create index "committee_meeting_community_path_index" on "committee_meeting" ("community_path");`);

    this.addSql(
      `create table "committee_decision" ("id" serial primary key, "created_at" timestamptz not null default now(), "meeting_id" int not null, "text" varchar(500) not null);`,
    );
    this.addSql(`create index "committee_decision_meeting_id_index" on "committee_decision" ("meeting_id");`);

    this.addSql(
      `create table "follow_up_task" ("id" serial primary key, "created_at" timestamptz not null default now(), "decision_id" int not null, "unit_id" int not null, "community_path" varchar(140) not null, "title" varchar(200) not null, "due_on" date not null, "status" text check ("status" in ('OPEN', 'DONE')) not null);`,
    );
    this.addSql(`create index "follow_up_task_decision_id_index" on "follow_up_task" ("decision_id");`);
    this.addSql(`create index "follow_up_task_unit_id_index" on "follow_up_task" ("unit_id");`);

    this.addSql(
      `create table "follow_up_progress" ("id" serial primary key, "created_at" timestamptz not null default now(), "task_id" int not null, "note" varchar(500) not null, "done" boolean not null);`,
    );
    this.addSql(`create index "follow_up_progress_task_id_index" on "follow_up_progress" ("task_id");`);

    this.addSql(
      `alter table "committee_meeting" add constraint "committee_meeting_committee_id_foreign" foreign key ("committee_id") references "party_committee" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "committee_decision" add constraint "committee_decision_meeting_id_foreign" foreign key ("meeting_id") references "committee_meeting" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "follow_up_task" add constraint "follow_up_task_decision_id_foreign" foreign key ("decision_id") references "committee_decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "follow_up_task" add constraint "follow_up_task_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "follow_up_progress" add constraint "follow_up_progress_task_id_foreign" foreign key ("task_id") references "follow_up_task" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "committee_decision" drop constraint "committee_decision_meeting_id_foreign";`);

    this.addSql(`alter table "follow_up_task" drop constraint "follow_up_task_decision_id_foreign";`);

    this.addSql(`alter table "follow_up_progress" drop constraint "follow_up_progress_task_id_foreign";`);

    this.addSql(`drop table if exists "committee_meeting" cascade;`);

    this.addSql(`drop table if exists "committee_decision" cascade;`);

    this.addSql(`drop table if exists "follow_up_task" cascade;`);

    this.addSql(`drop table if exists "follow_up_progress" cascade;`);
  }
}
