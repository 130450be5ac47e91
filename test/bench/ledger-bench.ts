/**
 * The Golden Bean part of the benchmark: awards (FUND → VOLUNTEER) and redemptions
 * (VOLUNTEER → MERCHANT) through GraphQL at 16 connections, each request with its own
 * idempotency key, then the ledger's auditor.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { hashPassword } from '../../src/auth/passwords';

export interface LedgerBenchRow {
  mutation: 'awardBeans' | 'redeemBeans';
  connections: number;
  rps: number;
  transfersPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface LedgerBenchResult {
  rows: LedgerBenchRow[];
  violations: number;
  transfers: number;
}

type Post = (url: string, body: object, token: string) => Promise<unknown>;

const VOLUNTEERS = 16;
const CONNECTIONS = 16;

/** Prepares a street fund, 16 volunteers with sessions and a merchant; runs both mutations; audits. */
export async function benchLedger(
  base: string,
  dbUrl: string,
  street: string,
  streetToken: string,
  post: Post,
  duration: number,
): Promise<LedgerBenchResult> {
  const password = randomBytes(9).toString('hex');
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  const tokens: string[] = [];
  let merchantAccount: string;
  let donorId: string;
  try {
    const { rows: people } = await c.query<{ id: number; name: string; home_path: string }>(
      `select id, name, home_path from person where home_path like (select path from division where code = $1) || '%' order by id limit $2`,
      [street, VOLUNTEERS],
    );
    const hash = await hashPassword(password);
    for (const p of people) {
      await c.query(
        `insert into account (person_id, username, password_hash) values ($1, $2, $3) on conflict (username) do nothing`,
        [p.id, `bench.v${p.id}`, hash],
      );
      await c.query(
        `insert into bean_account (kind, name, person_id, scope_path) values ('VOLUNTEER', $1, $2, $3) on conflict (person_id) do nothing`,
        [p.name, p.id, p.home_path],
      );
    }
    const { rows: orgs } = await c.query<{ id: number; name: string; division_path: string }>(
      `select id, name, division_path from organisation where division_path like (select path from division where code = $1) || '%' order by id limit 1`,
      [street],
    );
    const { rows: merchant } = await c.query<{ id: number }>(
      `insert into bean_account (kind, name, organisation_id, scope_path) values ('MERCHANT', $1, $2, $3) returning id`,
      [orgs[0].name, orgs[0].id, orgs[0].division_path],
    );
    merchantAccount = String(merchant[0].id);
    // The auditor reads as the city's bureau admin: production seeds no logins, so the bench gives one.
    const { rows: bureau } = await c.query<{ person_id: number }>(
      `select person_id from role_assignment where role = 'BUREAU_ADMIN' and scope_path = (select path from division where parent_id is null) order by id limit 1`,
    );
    await c.query(
      `insert into account (person_id, username, password_hash) values ($1, 'bench.bureau', $2) on conflict (username) do update set person_id = $1, password_hash = $2`,
      [bureau[0].person_id, hash],
    );
    donorId = String(orgs[0].id);
    for (const p of people) {
      const login = (await post(
        `${base}/graphql`,
        {
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: `bench.v${p.id}`, p: password },
        },
        '',
      )) as {
        data: { login: { token: string } };
      };
      tokens.push(login.data.login.token);
    }
  } finally {
    await c.end();
  }

  const fund = (await post(
    `${base}/graphql`,
    {
      query: 'mutation($i: CreateBeanFundInput!) { createBeanFund(input: $i) { id } }',
      variables: { i: { name: '街道金豆基金', divisionCode: street } },
    },
    streetToken,
  )) as {
    data: { createBeanFund: { id: string } };
  };
  const fundId = fund.data.createBeanFund.id;
  await post(
    `${base}/graphql`,
    {
      query: 'mutation($i: IssueBeansInput!) { issueBeans(input: $i) { replayed } }',
      variables: {
        i: {
          fundId,
          amount: 100_000_000,
          idempotencyKey: `bench-issue-${randomBytes(6).toString('hex')}`,
          donorOrganisationId: donorId,
          donationYuan: 1_000_000,
        },
      },
    },
    streetToken,
  );
  const accounts = await volunteerAccounts(base, tokens, post);

  const run = randomBytes(4).toString('hex');
  let n = 0;
  const award = (): { body: string; token: string } => {
    const i = n++;
    return {
      token: streetToken,
      body: JSON.stringify({
        query: 'mutation($i: AwardBeansInput!) { awardBeans(input: $i) { replayed transfer { id } } }',
        variables: {
          i: {
            fundId,
            accountId: accounts[i % accounts.length],
            amount: 10,
            idempotencyKey: `bench-award-${run}-${i}`,
          },
        },
      }),
    };
  };
  const redeem = (): { body: string; token: string } => {
    const i = n++;
    return {
      token: tokens[i % tokens.length],
      body: JSON.stringify({
        query: 'mutation($i: RedeemBeansInput!) { redeemBeans(input: $i) { replayed transfer { id } } }',
        variables: { i: { merchantAccountId: merchantAccount, amount: 1, idempotencyKey: `bench-redeem-${run}-${i}` } },
      }),
    };
  };

  const rows: LedgerBenchRow[] = [];
  for (const [mutation, next] of [
    ['awardBeans', award],
    ['redeemBeans', redeem],
  ] as const) {
    const before = await transferCount(dbUrl);
    const started = Date.now();
    const result = await autocannon({
      url: `${base}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      requests: [
        {
          setupRequest: (req) => {
            const { body, token } = next();
            return { ...req, body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };
          },
        },
      ],
    });
    const seconds = (Date.now() - started) / 1000;
    const made = (await transferCount(dbUrl)) - before;
    rows.push({
      mutation,
      connections: CONNECTIONS,
      rps: Math.round(result.requests.average),
      transfersPerSecond: Math.round(made / seconds),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    });
    console.log(
      `  ${mutation}: ${Math.round(made / seconds)} transfers/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
  }

  const bureau = (await post(
    `${base}/graphql`,
    {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'bench.bureau', p: password },
    },
    '',
  )) as {
    data: { login: { token: string } };
  };
  const audit = (await post(
    `${base}/graphql`,
    { query: '{ beanLedgerAudit { transfers violations { rule detail } } }' },
    bureau.data.login.token,
  )) as {
    data: { beanLedgerAudit: { transfers: number; violations: { rule: string; detail: string }[] } };
  };
  for (const v of audit.data.beanLedgerAudit.violations) console.log(`  VIOLATION ${v.rule}: ${v.detail}`);
  return {
    rows,
    violations: audit.data.beanLedgerAudit.violations.length,
    transfers: audit.data.beanLedgerAudit.transfers,
  };
}

async function volunteerAccounts(base: string, tokens: string[], post: Post): Promise<string[]> {
  const ids: string[] = [];
  for (const token of tokens) {
    const res = (await post(`${base}/graphql`, { query: '{ myBeanAccount { id } }' }, token)) as {
      data: { myBeanAccount: { id: string } };
    };
    ids.push(res.data.myBeanAccount.id);
  }
  return ids;
}

async function transferCount(dbUrl: string): Promise<number> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>('select count(*) as n from bean_transfer');
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}
