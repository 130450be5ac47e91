import { Migration } from '@mikro-orm/migrations';

export class Migration20261125221431 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "bean_fund" ("id" serial primary key, "created_at" timestamptz not null default now(), "name" varchar(120) not null, "division_id" int not null, "division_path" varchar(140) not null);`,
    );
    this.addSql(`create index "bean_fund_division_id_index" on "bean_fund" ("division_id");`);

    this.addSql(
      `create table "bean_account" ("id" serial primary key, "created_at" timestamptz not null default now(), "kind" text check ("kind" in ('FUND', 'ISSUANCE', 'VOLUNTEER', 'MERCHANT')) not null, "name" varchar(120) not null, "fund_id" int null, "person_id" int null, "organisation_id" int null, "scope_path" varchar(140) not null, "balance" int not null default 0, constraint bean_account_balance_sign check ((kind = 'ISSUANCE' and balance <= 0) or (kind <> 'ISSUANCE' and balance >= 0)));`,
    );
    this.addSql(`alter table "bean_account" add constraint "bean_account_person_id_unique" unique ("person_id");`);
    this.addSql(
      `alter table "bean_account" add constraint "bean_account_organisation_id_unique" unique ("organisation_id");`,
    );
    this.addSql(`create index "bean_account_scope_path_index" on "bean_account" ("scope_path");`);
    this.addSql(
      `alter table "bean_account" add constraint "bean_account_fund_id_kind_unique" unique ("fund_id", "kind");`,
    );

    this.addSql(
      `create table "bean_transfer" ("id" bigserial primary key, "kind" text check ("kind" in ('ISSUE', 'EARN', 'REDEEM', 'SETTLE', 'REVERSAL')) not null, "from_id" int not null, "to_id" int not null, "amount" int not null, "idempotency_key" varchar(100) not null, "request_hash" varchar(64) not null, "reverses_id" bigint null, "memo" varchar(200) null, "created_by_person_id" int null, "at" timestamptz not null default now(), constraint bean_transfer_two_accounts check (from_id <> to_id), constraint bean_transfer_amount_positive check (amount > 0));`,
    );
    this.addSql(
      `alter table "bean_transfer" add constraint "bean_transfer_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `alter table "bean_transfer" add constraint "bean_transfer_reverses_id_unique" unique ("reverses_id");`,
    );
    this.addSql(`create index "bean_transfer_to_id_id_index" on "bean_transfer" ("to_id", "id");`);
    this.addSql(`create index "bean_transfer_from_id_id_index" on "bean_transfer" ("from_id", "id");`);

    this.addSql(
      `alter table "bean_fund" add constraint "bean_fund_division_id_foreign" foreign key ("division_id") references "division" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "bean_account" add constraint "bean_account_fund_id_foreign" foreign key ("fund_id") references "bean_fund" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "bean_account" add constraint "bean_account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "bean_account" add constraint "bean_account_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "bean_transfer" add constraint "bean_transfer_from_id_foreign" foreign key ("from_id") references "bean_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bean_transfer" add constraint "bean_transfer_to_id_foreign" foreign key ("to_id") references "bean_account" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bean_transfer" add constraint "bean_transfer_reverses_id_foreign" foreign key ("reverses_id") references "bean_transfer" ("id") on update cascade on delete set null;`,
    );

    // The ledger keeps itself: inserting a transfer moves the balances of both accounts (in id
    // order, so concurrent transfers never deadlock), and the sign check on bean_account refuses
    // an overdraw. Balances change in no other way, and transfers are never changed or deleted.
    this.addSql(`create function "bean_transfer_apply"() returns trigger language plpgsql as $$
begin
  if new.from_id < new.to_id then
    update bean_account set balance = balance - new.amount where id = new.from_id;
    update bean_account set balance = balance + new.amount where id = new.to_id;
  else
    update bean_account set balance = balance + new.amount where id = new.to_id;
    update bean_account set balance = balance - new.amount where id = new.from_id;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "bean_transfer_apply" after insert on "bean_transfer" for each row execute function "bean_transfer_apply"();`,
    );
    this.addSql(
      `create function "bean_transfer_immutable"() returns trigger language plpgsql as $$ begin raise exception 'bean_transfer is immutable: reverse a transfer instead' using errcode = 'insufficient_privilege'; end $$;`,
    );
    this.addSql(
      `create trigger "bean_transfer_no_change" before update or delete on "bean_transfer" for each row execute function "bean_transfer_immutable"();`,
    );
    this.addSql(
      `create trigger "bean_transfer_no_truncate" before truncate on "bean_transfer" for each statement execute function "bean_transfer_immutable"();`,
    );
    this.addSql(`create function "bean_account_guard"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' and new.balance <> 0 then
    raise exception 'a bean account opens with a zero balance' using errcode = 'check_violation';
  end if;
  if tg_op = 'UPDATE' and new.balance <> old.balance and pg_trigger_depth() < 2 then
    raise exception 'a bean balance changes only through transfers' using errcode = 'insufficient_privilege';
  end if;
  return new;
end $$;`);
    this.addSql(
      `create trigger "bean_account_guard" before insert or update on "bean_account" for each row execute function "bean_account_guard"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "bean_account_guard" on "bean_account";`);
    this.addSql(`drop function if exists "bean_account_guard"();`);
    this.addSql(`drop trigger if exists "bean_transfer_no_truncate" on "bean_transfer";`);
    this.addSql(`drop trigger if exists "bean_transfer_no_change" on "bean_transfer";`);
    this.addSql(`drop function if exists "bean_transfer_immutable"();`);
    this.addSql(`drop trigger if exists "bean_transfer_apply" on "bean_transfer";`);
    this.addSql(`drop function if exists "bean_transfer_apply"();`);
    this.addSql(`alter table "bean_account" drop constraint "bean_account_fund_id_foreign";`);

    this.addSql(`alter table "bean_transfer" drop constraint "bean_transfer_from_id_foreign";`);

    this.addSql(`alter table "bean_transfer" drop constraint "bean_transfer_to_id_foreign";`);

    this.addSql(`alter table "bean_transfer" drop constraint "bean_transfer_reverses_id_foreign";`);

    this.addSql(`drop table if exists "bean_fund" cascade;`);

    this.addSql(`drop table if exists "bean_account" cascade;`);

    this.addSql(`drop table if exists "bean_transfer" cascade;`);
  }
}
