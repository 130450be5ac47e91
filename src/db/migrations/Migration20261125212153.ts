import { Migration } from '@mikro-orm/migrations';

export class Migration20261125212153 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_person_id" int null, "actor_token_id" int null, "operation" varchar(80) not null, "target_ids" text[] not null, "outcome" varchar(40) not null, "reason" varchar(80) null, "scope_path" varchar(140) not null, "request_id" varchar(64) null);`,
    );
    this.addSql(`create index "audit_entry_scope_path_id_index" on "audit_entry" ("scope_path", "id");`);

    this.addSql(
      `create table "person" ("id" serial primary key, "created_at" timestamptz not null default now(), "name" varchar(60) not null, "phone" varchar(20) null, "id_number" varchar(18) null, "home_id" int null, "home_path" varchar(140) null);`,
    );
    this.addSql(`create index "person_home_id_index" on "person" ("home_id");`);
    this.addSql(`create index "person_home_path_index" on "person" ("home_path");`);

    this.addSql(
      `create table "division" ("id" serial primary key, "created_at" timestamptz not null default now(), "code" varchar(18) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'VILLAGE', 'GROUP', 'BUILDING')) not null, "community_type" text check ("community_type" in ('URBAN', 'VILLAGE_TO_RESIDENCE')) null, "level" smallint not null, "path" varchar(140) not null, "parent_id" int null, "household_head_id" int null);`,
    );
    this.addSql(`alter table "division" add constraint "division_code_unique" unique ("code");`);
    this.addSql(`create index "division_parent_id_index" on "division" ("parent_id");`);
    this.addSql(`create index "division_kind_code_index" on "division" ("kind", "code");`);
    this.addSql(`create index "division_path_prefix_idx" on "division" ("path" text_pattern_ops);`);

    this.addSql(
      `create table "organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "name" varchar(120) not null, "kind" text check ("kind" in ('CIVIL_AFFAIRS_BUREAU', 'STREET_OFFICE', 'COMMUNITY_COMMITTEE', 'PARTY_ORGANISATION', 'POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'ENTERPRISE')) not null, "status" text check ("status" in ('PENDING', 'ACTIVE', 'DECLINED')) not null default 'ACTIVE', "division_id" int not null, "division_path" varchar(140) not null, "contact_name" varchar(60) null, "contact_phone" varchar(20) null, "applied_by_id" int null, "decided_by_id" int null, "decided_at" timestamptz null, "decision_reason" varchar(500) null);`,
    );
    this.addSql(`create index "organisation_division_id_index" on "organisation" ("division_id");`);
    this.addSql(`create index "organisation_division_path_index" on "organisation" ("division_path");`);

    this.addSql(
      `create table "api_token" ("id" serial primary key, "created_at" timestamptz not null default now(), "organisation_id" int not null, "name" varchar(80) not null, "prefix" varchar(16) not null, "digest" varchar(64) not null, "scopes" text[] not null, "created_by_id" int null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`create index "api_token_organisation_id_index" on "api_token" ("organisation_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_digest_unique" unique ("digest");`);

    this.addSql(
      `create table "account" ("id" serial primary key, "created_at" timestamptz not null default now(), "person_id" int not null, "username" varchar(60) not null, "password_hash" varchar(200) not null, "last_login_at" timestamptz null);`,
    );
    this.addSql(`alter table "account" add constraint "account_person_id_unique" unique ("person_id");`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(
      `create table "role_assignment" ("id" serial primary key, "created_at" timestamptz not null default now(), "person_id" int not null, "role" text check ("role" in ('BUREAU_ADMIN', 'DISTRICT_OFFICIAL', 'STREET_OFFICIAL', 'COMMUNITY_SECRETARY', 'COMMUNITY_STAFF', 'ANALYST', 'ORG_ADMIN', 'ORG_MEMBER', 'RESIDENT')) not null, "division_id" int null, "organisation_id" int null, "scope_path" varchar(140) not null, "starts_on" date not null, "ends_on" date null);`,
    );
    this.addSql(`create index "role_assignment_person_id_index" on "role_assignment" ("person_id");`);
    this.addSql(`create index "role_assignment_division_id_index" on "role_assignment" ("division_id");`);
    this.addSql(`create index "role_assignment_organisation_id_index" on "role_assignment" ("organisation_id");`);
    this.addSql(`create index "role_assignment_scope_path_index" on "role_assignment" ("scope_path");`);

    this.addSql(
      `alter table "person" add constraint "person_home_id_foreign" foreign key ("home_id") references "division" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "division" add constraint "division_parent_id_foreign" foreign key ("parent_id") references "division" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "division" add constraint "division_household_head_id_foreign" foreign key ("household_head_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_applied_by_id_foreign" foreign key ("applied_by_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    // The audit trail is append-only: refuse every update, delete and truncate.
    this.addSql(
      `create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only' using errcode = 'insufficient_privilege'; end $$;`,
    );
    this.addSql(
      `create trigger "audit_entry_no_change" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`,
    );
    this.addSql(
      `create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`,
    );
  }
}
