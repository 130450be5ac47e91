import { Migration } from '@mikro-orm/migrations';

/** Demo accounts are marked (a production server refuses them); failed sign-ins are counted. */
export class Migration20261201231500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "demo" boolean not null default false;`);
    this.addSql(
      `create table "login_throttle" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
    this.addSql(`alter table "account" drop column "demo";`);
  }
}
