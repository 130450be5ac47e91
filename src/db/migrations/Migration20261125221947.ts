import { Migration } from '@mikro-orm/migrations';

export class Migration20261125221947 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "catalogue_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "merchant_id" int not null, "name" varchar(120) not null, "price" int not null, "stock" int not null, constraint catalogue_item_stock_not_negative check (stock >= 0), constraint catalogue_item_price_positive check (price > 0));`,
    );
    this.addSql(`create index "catalogue_item_merchant_id_index" on "catalogue_item" ("merchant_id");`);

    this.addSql(
      `create table "redemption" ("id" serial primary key, "created_at" timestamptz not null default now(), "item_id" int not null, "transfer_id" bigint not null);`,
    );
    this.addSql(`create index "redemption_item_id_index" on "redemption" ("item_id");`);
    this.addSql(`alter table "redemption" add constraint "redemption_transfer_id_unique" unique ("transfer_id");`);

    this.addSql(
      `create table "volunteer" ("id" serial primary key, "created_at" timestamptz not null default now(), "person_id" int not null, "channel" text check ("channel" in ('COMMUNITY', 'PARTY_ORGANISATION', 'SOCIAL_ORGANISATION', 'SCHOOL', 'ENTERPRISE', 'ONLINE', 'OTHER')) not null);`,
    );
    this.addSql(`alter table "volunteer" add constraint "volunteer_person_id_unique" unique ("person_id");`);

    this.addSql(
      `create table "volunteer_station" ("id" serial primary key, "created_at" timestamptz not null default now(), "organisation_id" int not null, "fund_id" int not null, "beans_per_hour" int not null, "division_path" varchar(140) not null, constraint volunteer_station_rate_positive check (beans_per_hour > 0));`,
    );
    this.addSql(
      `alter table "volunteer_station" add constraint "volunteer_station_organisation_id_unique" unique ("organisation_id");`,
    );
    this.addSql(`create index "volunteer_station_division_path_index" on "volunteer_station" ("division_path");`);

    this.addSql(
      `create table "volunteer_activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "station_id" int not null, "title" varchar(120) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null);`,
    );
    this.addSql(`create index "volunteer_activity_station_id_index" on "volunteer_activity" ("station_id");`);

    this.addSql(
      `create table "participation" ("id" serial primary key, "created_at" timestamptz not null default now(), "activity_id" int not null, "person_id" int not null, "station_organisation_id" int not null, "status" text check ("status" in ('JOINED', 'SIGNED_IN', 'SIGNED_OUT', 'VERIFIED', 'DISPUTED')) not null default 'JOINED', "signed_in_at" timestamptz null, "signed_out_at" timestamptz null, "verified_minutes" int null, "dispute_reason" varchar(200) null, "earning_id" bigint null);`,
    );
    this.addSql(`create index "participation_activity_id_index" on "participation" ("activity_id");`);
    this.addSql(`alter table "participation" add constraint "participation_earning_id_unique" unique ("earning_id");`);
    this.addSql(
      `alter table "participation" add constraint "participation_activity_id_person_id_unique" unique ("activity_id", "person_id");`,
    );

    this.addSql(
      `alter table "catalogue_item" add constraint "catalogue_item_merchant_id_foreign" foreign key ("merchant_id") references "bean_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "redemption" add constraint "redemption_item_id_foreign" foreign key ("item_id") references "catalogue_item" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "redemption" add constraint "redemption_transfer_id_foreign" foreign key ("transfer_id") references "bean_transfer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "volunteer" add constraint "volunteer_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "volunteer_station" add constraint "volunteer_station_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "volunteer_station" add constraint "volunteer_station_fund_id_foreign" foreign key ("fund_id") references "bean_fund" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "volunteer_activity" add constraint "volunteer_activity_station_id_foreign" foreign key ("station_id") references "volunteer_station" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "participation" add constraint "participation_activity_id_foreign" foreign key ("activity_id") references "volunteer_activity" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_earning_id_foreign" foreign key ("earning_id") references "bean_transfer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_AFFAIRS_BUREAU', 'STREET_OFFICE', 'COMMUNITY_COMMITTEE', 'PARTY_ORGANISATION', 'POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'ENTERPRISE', 'VOLUNTEER_STATION', 'MERCHANT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "redemption" drop constraint "redemption_item_id_foreign";`);

    this.addSql(`alter table "volunteer_activity" drop constraint "volunteer_activity_station_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_activity_id_foreign";`);

    this.addSql(`drop table if exists "catalogue_item" cascade;`);

    this.addSql(`drop table if exists "redemption" cascade;`);

    this.addSql(`drop table if exists "volunteer" cascade;`);

    this.addSql(`drop table if exists "volunteer_station" cascade;`);

    this.addSql(`drop table if exists "volunteer_activity" cascade;`);

    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('CIVIL_AFFAIRS_BUREAU', 'STREET_OFFICE', 'COMMUNITY_COMMITTEE', 'PARTY_ORGANISATION', 'POLICE_STATION', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'SOCIAL_ORGANISATION', 'ENTERPRISE'));`,
    );
  }
}
