import { Migration } from '@mikro-orm/migrations';

export class Migration20261125222926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bean_donation" ("id" serial primary key, "created_at" timestamptz not null default now(), "fund_id" int not null, "donor_id" int not null, "yuan" int not null, "issuance_id" bigint not null, constraint bean_donation_yuan_positive check (yuan > 0));`,
    );
    this.addSql(`create index "bean_donation_fund_id_index" on "bean_donation" ("fund_id");`);
    this.addSql(
      `alter table "bean_donation" add constraint "bean_donation_issuance_id_unique" unique ("issuance_id");`,
    );

    this.addSql(
      `alter table "bean_donation" add constraint "bean_donation_fund_id_foreign" foreign key ("fund_id") references "bean_fund" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bean_donation" add constraint "bean_donation_donor_id_foreign" foreign key ("donor_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bean_donation" add constraint "bean_donation_issuance_id_foreign" foreign key ("issuance_id") references "bean_transfer" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bean_donation" cascade;`);
  }
}
