/**
 * What slicing costs requests too light to be sliced: queries (a) and (b) of the mix against the
 * server as configured and against a twin with slicing off (HEAVY_SLICE_AFTER=0) on the same
 * database, in alternating runs; their throughput and the ratio on ÷ off.
 */
import autocannon from 'autocannon';
import type { BenchQuery } from './queries';

export interface SlicingRow {
  query: string;
  /** Requests per second of each alternating run, slicing on and off. */
  on: number[];
  off: number[];
  ratio: number;
}

/** `rounds` alternations of `seconds` per variant, `connections` at once, for each query. */
export async function benchSlicingOverhead(
  on: string,
  off: string,
  token: string,
  queries: BenchQuery[],
  connections: number,
  seconds: number,
  rounds: number,
): Promise<SlicingRow[]> {
  const rows: SlicingRow[] = [];
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const run = async (base: string) => {
      const r = await autocannon({
        url: `${base}/graphql`,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      if (r.errors + r.non2xx > 0) throw new Error(`query (${q.id}) answered errors`);
      return Math.round(r.requests.average);
    };
    const row: SlicingRow = { query: q.id, on: [], off: [], ratio: 0 };
    for (let i = 0; i < rounds; i++) {
      // Alternate which variant goes first, so that neither always runs on a warmer machine.
      for (const which of i % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const))
        row[which].push(await run(which === 'on' ? on : off));
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    row.ratio = Math.round((sum(row.on) / sum(row.off)) * 100) / 100;
    rows.push(row);
  }
  return rows;
}
