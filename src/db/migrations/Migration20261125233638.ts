import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233638 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "designation" add column "project_id" int null;`);
    this.addSql(
      `alter table "designation" add constraint "designation_project_id_foreign" foreign key ("project_id") references "service_project" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "designation" drop constraint "designation_project_id_foreign";`);

    this.addSql(`alter table "designation" drop column "project_id";`);
  }
}
