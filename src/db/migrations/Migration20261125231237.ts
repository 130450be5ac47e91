import { Migration } from '@mikro-orm/migrations';

export class Migration20261125231237 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "social_organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "organisation_id" int not null, "organisation_path" varchar(140) not null, "credit_code" varchar(18) not null, "registration_level" text check ("registration_level" in ('MUNICIPAL', 'COUNTY', 'STREET_FILED')) not null, "category" text check ("category" in ('COMMUNITY_SERVICE', 'CHARITY', 'CULTURE_SPORTS', 'MEDIATION', 'ELDERLY_CARE')) not null);`,
    );
    this.addSql(
      `alter table "social_organisation" add constraint "social_organisation_organisation_id_unique" unique ("organisation_id");`,
    );
    this.addSql(
      `create index "social_organisation_organisation_path_index" on "social_organisation" ("organisation_path");`,
    );
    this.addSql(
      `alter table "social_organisation" add constraint "social_organisation_credit_code_unique" unique ("credit_code");`,
    );

    this.addSql(
      `create table "social_organisation_area" ("id" serial primary key, "created_at" timestamptz not null default now(), "organisation_id" int not null, "division_id" int not null);`,
    );
    this.addSql(
      `create index "social_organisation_area_organisation_id_index" on "social_organisation_area" ("organisation_id");`,
    );
    this.addSql(
      `create index "social_organisation_area_division_id_index" on "social_organisation_area" ("division_id");`,
    );
    this.addSql(
      `alter table "social_organisation_area" add constraint "social_organisation_area_organisation_id_division_id_unique" unique ("organisation_id", "division_id");`,
    );

    this.addSql(
      `create table "social_worker" ("id" serial primary key, "created_at" timestamptz not null default now(), "person_id" int not null, "employer_id" int not null, "employer_path" varchar(140) not null, "level" text check ("level" in ('ASSISTANT', 'INTERMEDIATE', 'SENIOR')) not null, "licence_number" varchar(30) not null, "issued_on" date not null, "expires_on" date not null);`,
    );
    this.addSql(`alter table "social_worker" add constraint "social_worker_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "social_worker_employer_id_index" on "social_worker" ("employer_id");`);
    this.addSql(`create index "social_worker_employer_path_index" on "social_worker" ("employer_path");`);
    this.addSql(
      `alter table "social_worker" add constraint "social_worker_licence_number_unique" unique ("licence_number");`,
    );

    this.addSql(
      `alter table "social_organisation" add constraint "social_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "social_organisation_area" add constraint "social_organisation_area_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "social_organisation_area" add constraint "social_organisation_area_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "social_worker" add constraint "social_worker_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "social_worker" add constraint "social_worker_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_organisation" cascade;`);

    this.addSql(`drop table if exists "social_organisation_area" cascade;`);

    this.addSql(`drop table if exists "social_worker" cascade;`);
  }
}
