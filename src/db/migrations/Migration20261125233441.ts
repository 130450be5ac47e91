import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233441 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "compound" ("id" serial primary key, "created_at" timestamptz not null default now(), "community_id" int not null, "community_path" varchar(140) not null, "name" varchar(120) not null, "property_company_id" int null, "owners_committee_id" int null);`,
    );
    this.addSql(`create index "compound_community_id_index" on "compound" ("community_id");`);
    this.addSql(`create index "compound_community_path_index" on "compound" ("community_path");`);
    this.addSql(`create index "compound_property_company_id_index" on "compound" ("property_company_id");`);

    this.addSql(
      `create table "property_company_profile" ("id" serial primary key, "created_at" timestamptz not null default now(), "organisation_id" int not null, "has_party_organisation" boolean not null);`,
    );
    this.addSql(
      `alter table "property_company_profile" add constraint "property_company_profile_organisation_id_unique" unique ("organisation_id");`,
    );

    this.addSql(
      `alter table "compound" add constraint "compound_community_id_foreign" foreign key ("community_id") references "division" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "compound" add constraint "compound_property_company_id_foreign" foreign key ("property_company_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "compound" add constraint "compound_owners_committee_id_foreign" foreign key ("owners_committee_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "property_company_profile" add constraint "property_company_profile_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "compound" cascade;`);

    this.addSql(`drop table if exists "property_company_profile" cascade;`);
  }
}
