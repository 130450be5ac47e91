import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225013 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "designation" ("id" serial primary key, "created_at" timestamptz not null default now(), "title" varchar(200) not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')) not null, "category" text check ("category" in ('HARMONIOUS_COMMUNITY', 'INNOVATION_ZONE', 'WORK_METHOD', 'RURAL_PILOT', 'PURCHASED_SERVICE_PROJECT', 'CO_BUILDING_COMMUNITY', 'SOCIAL_ORGANISATION', 'VOLUNTEER_STATION', 'DEMOCRACY_RULE_OF_LAW')) not null, "year" smallint not null, "holder_id" int not null, "holder_path" varchar(140) not null);`,
    );
    this.addSql(`create index "designation_year_index" on "designation" ("year");`);
    this.addSql(`create index "designation_holder_id_index" on "designation" ("holder_id");`);
    this.addSql(`create index "designation_holder_path_index" on "designation" ("holder_path");`);

    this.addSql(
      `alter table "designation" add constraint "designation_holder_id_foreign" foreign key ("holder_id") references "division" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "designation" cascade;`);
  }
}
