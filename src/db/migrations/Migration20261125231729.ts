import { Migration } from '@mikro-orm/migrations';

export class Migration20261125231729 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "party_committee" ("id" serial primary key, "created_at" timestamptz not null default now(), "community_id" int not null, "community_path" varchar(140) not null, "name" varchar(120) not null, "big" boolean not null default false);`,
    );
    this.addSql(
      `alter table "party_committee" add constraint "party_committee_community_id_unique" unique ("community_id");`,
    );
    this.addSql(`create index "party_committee_community_path_index" on "party_committee" ("community_path");`);

    this.addSql(
      `create table "committee_seat" ("id" serial primary key, "created_at" timestamptz not null default now(), "committee_id" int not null, "community_path" varchar(140) not null, "person_id" int not null, "kind" text check ("kind" in ('FULL_TIME', 'PART_TIME')) not null, "unit_id" int null, "status" text check ("status" in ('NOMINATED', 'ACTIVE', 'DECLINED', 'ENDED')) not null, "starts_on" date not null, "ends_on" date null, "reason" varchar(300) null);`,
    );
    this.addSql(`create index "committee_seat_committee_id_index" on "committee_seat" ("committee_id");`);
    this.addSql(`create index "committee_seat_community_path_index" on "committee_seat" ("community_path");`);
    this.addSql(`create index "committee_seat_person_id_index" on "committee_seat" ("person_id");`);
    this.addSql(`create index "committee_seat_unit_id_index" on "committee_seat" ("unit_id");`);
    this.addSql(
      `create unique index "committee_seat_one_open_per_person" on "committee_seat" ("committee_id", "person_id") where status in ('NOMINATED', 'ACTIVE');`,
    );

    this.addSql(
      `alter table "party_committee" add constraint "party_committee_community_id_foreign" foreign key ("community_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "committee_seat" add constraint "committee_seat_committee_id_foreign" foreign key ("committee_id") references "party_committee" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "committee_seat" add constraint "committee_seat_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "committee_seat" add constraint "committee_seat_unit_id_foreign" foreign key ("unit_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "committee_seat" drop constraint "committee_seat_committee_id_foreign";`);

    this.addSql(`drop table if exists "party_committee" cascade;`);

    this.addSql(`drop table if exists "committee_seat" cascade;`);
  }
}
