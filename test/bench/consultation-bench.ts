/**
 * The consultation part of the benchmark: the street's office raising matters on its platform
 * (proposeMatter: a matter and its first timeline entry in one transaction) at 16 connections;
 * every acknowledged request must have left exactly one matter: the matters stored exceed the
 * acknowledged answers only by requests still in flight when the load stopped (at most one per
 * connection), never fall short of them.
 */
import autocannon from 'autocannon';
import { Client } from 'pg';

export interface ConsultationBenchRow {
  mutation: 'proposeMatter';
  connections: number;
  rps: number;
  madePerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Matters stored minus answers acknowledged: the requests in flight at the stop, 0…connections. */
  inFlightAtStop: number;
}

const CONNECTIONS = 16;

async function matterCount(dbUrl: string, street: string): Promise<number> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>(
      `select count(*) as n from consultation_matter where platform_path = (select path from division where code = $1)`,
      [street],
    );
    return Number(rows[0].n);
  } finally {
    await c.end();
  }
}

export async function benchConsultation(
  base: string,
  dbUrl: string,
  street: string,
  streetToken: string,
  duration: number,
): Promise<ConsultationBenchRow> {
  const before = await matterCount(dbUrl, street);
  let n = 0;
  let acknowledged = 0;
  const started = Date.now();
  const result = await autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${streetToken}` },
          body: JSON.stringify({
            query: 'mutation($i: ProposeMatterInput!) { proposeMatter(input: $i) { id state } }',
            variables: {
              i: {
                platformCode: street,
                title: `主干道停车管理 ${n++}`,
                description: '主干道停车秩序整治，请街道协商议事会议定。',
                category: 'SAFETY',
                affectedCodes: [street],
              },
            },
          }),
        }),
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) acknowledged++;
        },
      },
    ],
  });
  const seconds = (Date.now() - started) / 1000;
  const made = (await matterCount(dbUrl, street)) - before;
  const row: ConsultationBenchRow = {
    mutation: 'proposeMatter',
    connections: CONNECTIONS,
    rps: Math.round(result.requests.average),
    madePerSecond: Math.round(made / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    inFlightAtStop: made - acknowledged,
  };
  console.log(
    `  proposeMatter: ${row.madePerSecond} matters/s, p50 ${row.p50} ms, p99 ${row.p99} ms, stored − acknowledged = ${row.inFlightAtStop}`,
  );
  if (row.inFlightAtStop < 0 || row.inFlightAtStop > CONNECTIONS)
    throw new Error(
      `proposeMatter: ${row.inFlightAtStop} stored beyond the acknowledged answers (0–${CONNECTIONS} expected)`,
    );
  return row;
}
