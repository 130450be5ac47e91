import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224345 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "facility" ("id" serial primary key, "created_at" timestamptz not null default now(), "division_id" int not null, "division_path" varchar(140) not null, "kind" text check ("kind" in ('OFFICE_ACTIVITY_SPACE', 'ONE_STOP_SERVICE', 'PARTY_ACTIVITY_ROOM', 'READING_ROOM', 'VILLAGE_VENUE', 'GROUP_VENUE')) not null, "name" varchar(120) not null, "floor_area_m2" int not null, constraint facility_area_positive check (floor_area_m2 > 0));`,
    );
    this.addSql(`create index "facility_division_id_index" on "facility" ("division_id");`);
    this.addSql(`create index "facility_division_path_index" on "facility" ("division_path");`);

    this.addSql(
      `create table "facility_upgrade" ("id" serial primary key, "created_at" timestamptz not null default now(), "facility_id" int not null, "division_path" varchar(140) not null, "step" smallint not null, "year" smallint not null, "investment_yuan" int not null, "area_before_m2" int not null, "area_after_m2" int not null, "result" varchar(200) not null, constraint facility_upgrade_investment check (investment_yuan >= 0), constraint facility_upgrade_step check (step >= 1 and step <= 3));`,
    );
    this.addSql(`create index "facility_upgrade_facility_id_index" on "facility_upgrade" ("facility_id");`);
    this.addSql(`create index "facility_upgrade_division_path_index" on "facility_upgrade" ("division_path");`);

    this.addSql(
      `alter table "facility" add constraint "facility_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "facility_upgrade" add constraint "facility_upgrade_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "facility_upgrade" drop constraint "facility_upgrade_facility_id_foreign";`);

    this.addSql(`drop table if exists "facility" cascade;`);

    this.addSql(`drop table if exists "facility_upgrade" cascade;`);
  }
}
