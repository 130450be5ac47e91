import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224738 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "pay_scale" ("id" serial primary key, "created_at" timestamptz not null default now(), "post" text check ("post" in ('HEAD', 'DEPUTY', 'MEMBER', 'WORKER')) not null, "grade" smallint not null, "monthly_yuan" int not null);`,
    );
    this.addSql(`alter table "pay_scale" add constraint "pay_scale_post_grade_unique" unique ("post", "grade");`);

    this.addSql(
      `create table "staff_record" ("id" serial primary key, "created_at" timestamptz not null default now(), "person_id" int not null, "division_id" int not null, "division_path" varchar(140) not null, "kind" text check ("kind" in ('COMMUNITY_WORKER', 'VILLAGE_CADRE')) not null, "post" text check ("post" in ('HEAD', 'DEPUTY', 'MEMBER', 'WORKER')) not null, "grade" smallint null, "secretary_also_director" boolean not null default false, "base_yuan" int not null default 0, "performance_yuan" int not null default 0, "collective_reward_yuan" int not null default 0, "pension_yuan" int not null default 0, "group_allowance_yuan" int not null default 0, constraint staff_record_pay_not_negative check (base_yuan >= 0 and performance_yuan >= 0 and collective_reward_yuan >= 0 and pension_yuan >= 0 and group_allowance_yuan >= 0));`,
    );
    this.addSql(`alter table "staff_record" add constraint "staff_record_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "staff_record_division_id_index" on "staff_record" ("division_id");`);
    this.addSql(`create index "staff_record_division_path_index" on "staff_record" ("division_path");`);

    this.addSql(
      `alter table "staff_record" add constraint "staff_record_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "staff_record" add constraint "staff_record_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('BUREAU_ADMIN', 'DISTRICT_OFFICIAL', 'STREET_OFFICIAL', 'COMMUNITY_SECRETARY', 'COMMUNITY_STAFF', 'ANALYST', 'ORG_ADMIN', 'ORG_MEMBER', 'RESIDENT', 'HR_OFFICER'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pay_scale" cascade;`);

    this.addSql(`drop table if exists "staff_record" cascade;`);

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('BUREAU_ADMIN', 'DISTRICT_OFFICIAL', 'STREET_OFFICIAL', 'COMMUNITY_SECRETARY', 'COMMUNITY_STAFF', 'ANALYST', 'ORG_ADMIN', 'ORG_MEMBER', 'RESIDENT'));`,
    );
  }
}
