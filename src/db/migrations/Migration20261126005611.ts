import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005611 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consultation_matter" ("id" serial primary key, "created_at" timestamptz not null default now(), "platform_id" int not null, "platform_path" varchar(140) not null, "level" text check ("level" in ('COMMUNITY', 'STREET')) not null, "title" varchar(120) not null, "description" varchar(2000) not null, "category" text check ("category" in ('PUBLIC_SPACE', 'PROPERTY_SERVICE', 'ENVIRONMENT', 'SAFETY', 'ELDERLY_AND_CHILDREN', 'FACILITIES', 'OTHER')) not null, "affected_paths" text[] not null, "attachments" jsonb not null, "proposer_id" int null, "proposer_organisation_id" int null, "state" text check ("state" in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'MERGED', 'SPLIT', 'DELIBERATING', 'VOTING', 'DECIDED', 'PUBLISHED', 'IMPLEMENTING', 'EVALUATING', 'CLOSED')) not null, "reasons" varchar(2000) null, "decided_at" timestamptz null, "published_at" timestamptz null, "closed_at" timestamptz null, "satisfaction" numeric(3,2) null);`,
    );
    this.addSql(`create index "consultation_matter_platform_id_index" on "consultation_matter" ("platform_id");`);
    this.addSql(`create index "consultation_matter_platform_path_index" on "consultation_matter" ("platform_path");`);
    this.addSql(`create index "consultation_matter_proposer_id_index" on "consultation_matter" ("proposer_id");`);
    this.addSql(`create index "consultation_matter_state_index" on "consultation_matter" ("state");`);
    this.addSql(`create index "consultation_matter_decided_at_index" on "consultation_matter" ("decided_at");`);
    this.addSql(`create index "consultation_matter_published_at_index" on "consultation_matter" ("published_at");`);

    this.addSql(
      `create table "consultation_vote" ("id" serial primary key, "created_at" timestamptz not null default now(), "matter_id" int not null, "question" varchar(300) not null, "options" text[] not null, "deadline" timestamptz not null, "quorum_percent" smallint not null, "threshold_percent" smallint not null, "eligible_ids" integer[] not null, "status" text check ("status" in ('OPEN', 'CLOSED', 'CANCELLED')) not null, "closed_at" timestamptz null, "outcome" text check ("outcome" in ('ADOPTED', 'NOT_ADOPTED', 'NO_QUORUM')) null, "tallies" integer[] null, "adopted_option" smallint null, constraint consultation_vote_percents check (quorum_percent >= 1 and quorum_percent <= 100 and threshold_percent >= 50 and threshold_percent <= 100));`,
    );
    this.addSql(`create index "consultation_vote_matter_id_index" on "consultation_vote" ("matter_id");`);
    this.addSql(
      `create unique index "consultation_vote_one_open" on "consultation_vote" ("matter_id") where status = 'OPEN';`,
    );

    this.addSql(
      `create table "consultation_transition" ("id" serial primary key, "created_at" timestamptz not null default now(), "matter_id" int not null, "action" text check ("action" in ('PROPOSE', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'MERGE', 'SPLIT', 'SCHEDULE_SESSION', 'OPEN_VOTE', 'CLOSE_VOTE', 'PUBLISH', 'ASSIGN_TASK', 'OPEN_EVALUATION', 'CLOSE')) not null, "from_state" text check ("from_state" in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'MERGED', 'SPLIT', 'DELIBERATING', 'VOTING', 'DECIDED', 'PUBLISHED', 'IMPLEMENTING', 'EVALUATING', 'CLOSED')) null, "to_state" text check ("to_state" in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'MERGED', 'SPLIT', 'DELIBERATING', 'VOTING', 'DECIDED', 'PUBLISHED', 'IMPLEMENTING', 'EVALUATING', 'CLOSED')) not null, "actor_id" int null, "reason" varchar(500) null);`,
    );
    this.addSql(`create index "consultation_transition_matter_id_index" on "consultation_transition" ("matter_id");`);

    this.addSql(
      `create table "consultation_task" ("id" serial primary key, "created_at" timestamptz not null default now(), "matter_id" int not null, "platform_path" varchar(140) not null, "unit_id" int not null, "title" varchar(200) not null, "due_on" date not null, "status" text check ("status" in ('OPEN', 'DONE')) not null);`,
    );
    this.addSql(`create index "consultation_task_matter_id_index" on "consultation_task" ("matter_id");`);
    this.addSql(`create index "consultation_task_unit_id_index" on "consultation_task" ("unit_id");`);

    this.addSql(
      `create table "consultation_progress" ("id" serial primary key, "created_at" timestamptz not null default now(), "task_id" int not null, "note" varchar(1000) not null, "done" boolean not null);`,
    );
    this.addSql(`create index "consultation_progress_task_id_index" on "consultation_progress" ("task_id");`);

    this.addSql(
      `create table "consultation_session" ("id" serial primary key, "created_at" timestamptz not null default now(), "matter_id" int not null, "platform_path" varchar(140) not null, "title" varchar(120) not null, "starts_at" timestamptz not null, "venue" varchar(200) not null, "status" text check ("status" in ('PLANNED', 'HELD')) not null, "summary" varchar(2000) null);`,
    );
    this.addSql(`create index "consultation_session_matter_id_index" on "consultation_session" ("matter_id");`);

    this.addSql(
      `create table "consultation_participant" ("id" serial primary key, "created_at" timestamptz not null default now(), "session_id" int not null, "matter_id" int not null, "person_id" int not null, "kind" text check ("kind" in ('RESIDENT', 'MEMBER_UNIT', 'SOCIAL_ORGANISATION', 'EXPERT')) not null, "organisation_id" int null);`,
    );
    this.addSql(
      `create index "consultation_participant_session_id_index" on "consultation_participant" ("session_id");`,
    );
    this.addSql(`create index "consultation_participant_matter_id_index" on "consultation_participant" ("matter_id");`);
    this.addSql(`create index "consultation_participant_person_id_index" on "consultation_participant" ("person_id");`);
    this.addSql(
      `alter table "consultation_participant" add constraint "consultation_participant_session_id_person_id_unique" unique ("session_id", "person_id");`,
    );

    this.addSql(
      `create table "consultation_opinion" ("id" serial primary key, "created_at" timestamptz not null default now(), "session_id" int not null, "participant_id" int not null, "stance" text check ("stance" in ('SUPPORT', 'OPPOSE', 'NEUTRAL')) not null, "text" varchar(1000) not null);`,
    );
    this.addSql(`create index "consultation_opinion_session_id_index" on "consultation_opinion" ("session_id");`);

    this.addSql(
      `create table "consultation_lineage" ("id" serial primary key, "created_at" timestamptz not null default now(), "origin_id" int not null, "successor_id" int not null, "kind" text check ("kind" in ('PROPOSE', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'MERGE', 'SPLIT', 'SCHEDULE_SESSION', 'OPEN_VOTE', 'CLOSE_VOTE', 'PUBLISH', 'ASSIGN_TASK', 'OPEN_EVALUATION', 'CLOSE')) not null);`,
    );
    this.addSql(`create index "consultation_lineage_origin_id_index" on "consultation_lineage" ("origin_id");`);
    this.addSql(`create index "consultation_lineage_successor_id_index" on "consultation_lineage" ("successor_id");`);
    this.addSql(
      `alter table "consultation_lineage" add constraint "consultation_lineage_origin_id_successor_id_unique" unique ("origin_id", "successor_id");`,
    );

    this.addSql(
      `create table "consultation_feedback" ("id" serial primary key, "created_at" timestamptz not null default now(), "progress_id" int not null, "author_id" int not null, "text" varchar(1000) not null);`,
    );
    this.addSql(`create index "consultation_feedback_progress_id_index" on "consultation_feedback" ("progress_id");`);

    this.addSql(
      `create table "consultation_evaluation" ("id" serial primary key, "created_at" timestamptz not null default now(), "matter_id" int not null, "resident_id" int not null, "rating" smallint not null, "comment" varchar(500) null, constraint consultation_evaluation_rating check (rating >= 1 and rating <= 5));`,
    );
    this.addSql(`create index "consultation_evaluation_matter_id_index" on "consultation_evaluation" ("matter_id");`);
    this.addSql(
      `alter table "consultation_evaluation" add constraint "consultation_evaluation_matter_id_resident_id_unique" unique ("matter_id", "resident_id");`,
    );

    this.addSql(
      `create table "consultation_ballot" ("id" serial primary key, "created_at" timestamptz not null default now(), "vote_id" int not null, "voter_id" int not null, "option" smallint not null);`,
    );
    this.addSql(`create index "consultation_ballot_voter_id_index" on "consultation_ballot" ("voter_id");`);
    this.addSql(
      `alter table "consultation_ballot" add constraint "consultation_ballot_vote_id_voter_id_unique" unique ("vote_id", "voter_id");`,
    );

    this.addSql(
      `alter table "consultation_matter" add constraint "consultation_matter_platform_id_foreign" foreign key ("platform_id") references "division" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_matter" add constraint "consultation_matter_proposer_id_foreign" foreign key ("proposer_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "consultation_matter" add constraint "consultation_matter_proposer_organisation_id_foreign" foreign key ("proposer_organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "consultation_vote" add constraint "consultation_vote_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_transition" add constraint "consultation_transition_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_transition" add constraint "consultation_transition_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "consultation_task" add constraint "consultation_task_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_task" add constraint "consultation_task_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_progress" add constraint "consultation_progress_task_id_foreign" foreign key ("task_id") references "consultation_task" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_session" add constraint "consultation_session_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_participant" add constraint "consultation_participant_session_id_foreign" foreign key ("session_id") references "consultation_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_participant" add constraint "consultation_participant_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_participant" add constraint "consultation_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_participant" add constraint "consultation_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "consultation_opinion" add constraint "consultation_opinion_session_id_foreign" foreign key ("session_id") references "consultation_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_opinion" add constraint "consultation_opinion_participant_id_foreign" foreign key ("participant_id") references "consultation_participant" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_lineage" add constraint "consultation_lineage_origin_id_foreign" foreign key ("origin_id") references "consultation_matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_lineage" add constraint "consultation_lineage_successor_id_foreign" foreign key ("successor_id") references "consultation_matter" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_feedback" add constraint "consultation_feedback_progress_id_foreign" foreign key ("progress_id") references "consultation_progress" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_feedback" add constraint "consultation_feedback_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_evaluation" add constraint "consultation_evaluation_matter_id_foreign" foreign key ("matter_id") references "consultation_matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_evaluation" add constraint "consultation_evaluation_resident_id_foreign" foreign key ("resident_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "consultation_ballot" add constraint "consultation_ballot_vote_id_foreign" foreign key ("vote_id") references "consultation_vote" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "consultation_ballot" add constraint "consultation_ballot_voter_id_foreign" foreign key ("voter_id") references "person" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consultation_vote" drop constraint "consultation_vote_matter_id_foreign";`);

    this.addSql(`alter table "consultation_transition" drop constraint "consultation_transition_matter_id_foreign";`);

    this.addSql(`alter table "consultation_task" drop constraint "consultation_task_matter_id_foreign";`);

    this.addSql(`alter table "consultation_session" drop constraint "consultation_session_matter_id_foreign";`);

    this.addSql(`alter table "consultation_participant" drop constraint "consultation_participant_matter_id_foreign";`);

    this.addSql(`alter table "consultation_lineage" drop constraint "consultation_lineage_origin_id_foreign";`);

    this.addSql(`alter table "consultation_lineage" drop constraint "consultation_lineage_successor_id_foreign";`);

    this.addSql(`alter table "consultation_evaluation" drop constraint "consultation_evaluation_matter_id_foreign";`);

    this.addSql(`alter table "consultation_ballot" drop constraint "consultation_ballot_vote_id_foreign";`);

    this.addSql(`alter table "consultation_progress" drop constraint "consultation_progress_task_id_foreign";`);

    this.addSql(`alter table "consultation_feedback" drop constraint "consultation_feedback_progress_id_foreign";`);

    this.addSql(
      `alter table "consultation_participant" drop constraint "consultation_participant_session_id_foreign";`,
    );

    this.addSql(`alter table "consultation_opinion" drop constraint "consultation_opinion_session_id_foreign";`);

    this.addSql(`alter table "consultation_opinion" drop constraint "consultation_opinion_participant_id_foreign";`);

    this.addSql(`drop table if exists "consultation_matter" cascade;`);

    this.addSql(`drop table if exists "consultation_vote" cascade;`);

    this.addSql(`drop table if exists "consultation_transition" cascade;`);

    this.addSql(`drop table if exists "consultation_task" cascade;`);

    this.addSql(`drop table if exists "consultation_progress" cascade;`);

    this.addSql(`drop table if exists "consultation_session" cascade;`);

    this.addSql(`drop table if exists "consultation_participant" cascade;`);

    this.addSql(`drop table if exists "consultation_opinion" cascade;`);

    this.addSql(`drop table if exists "consultation_lineage" cascade;`);

    this.addSql(`drop table if exists "consultation_feedback" cascade;`);

    this.addSql(`drop table if exists "consultation_evaluation" cascade;`);

    this.addSql(`drop table if exists "consultation_ballot" cascade;`);
  }
}
