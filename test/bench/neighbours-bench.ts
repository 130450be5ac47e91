/**
 * A small request's latency beside the heaviest requests the cost ceiling allows: `{ me { … } }`
 * sent one after another, alone (A) and with N heavy requests in flight (B), in alternating
 * phases A B A B …; p50 and p99 of each, and their ratio (the goal: B within 2× of A).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** The small request. */
export const SMALL = '{ me { kind person { name } roles { role division { code name } } } }';

const DIVISION = 'id code name kind level communityType createdAt';

/**
 * The heaviest allowed shape whose answer the data fills: 14 aliases (the limit is 15) of the
 * city's first 500 nodes, every scalar of each node and of three levels of parents (lists other
 * than pages are priced at their bounds, which the data rarely fills; pages it does).
 */
export const heavyQuery = (first = 500): string => `query Heavy {
${Array.from({ length: 14 }, (_, i) => `  a${i}: divisions(under: "530100000000", first: ${first}) { edges { node { ${DIVISION} parent { ${DIVISION} parent { ${DIVISION} parent { ${DIVISION} } } } } } }`).join('\n')}
}`;

export interface NeighbourResult {
  heavy: number;
  heavyBytes: number;
  heavyMs: number;
  alone: { p50: number; p99: number; n: number };
  beside: { p50: number; p99: number; n: number };
  /** The heavy requests sent while the small one was timed beside them: how many, and their median duration. */
  heavyBeside: { n: number; p50: number };
  ratioP50: number;
  ratioP99: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL body; resolves with the status and the body's size (the body is not parsed). */
function send(url: URL, token: string, body: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Sends the small request back to back for `ms`; its latencies. */
async function smallFor(url: URL, token: string, ms: number): Promise<number[]> {
  const body = JSON.stringify({ query: SMALL });
  const out: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = performance.now();
    const r = await send(url, token, body);
    if (r.status !== 200) throw new Error(`the small request answered ${r.status}`);
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * A: the small request alone; B: the same beside `n` heavy requests kept in flight. `rounds`
 * alternations of `phaseMs` each; `heavyBody` must be allowed (checked first).
 */
export async function benchNeighbours(
  base: string,
  token: string,
  heavyBody: string,
  n: number,
  phaseMs: number,
  rounds: number,
): Promise<NeighbourResult> {
  const url = new URL(`${base}/graphql`);
  const t0 = performance.now();
  const probe = await send(url, token, heavyBody);
  const heavyMs = performance.now() - t0;
  if (probe.status !== 200) throw new Error(`the heavy request answered ${probe.status}`);
  await smallFor(url, token, 500); // warm-up
  const alone: number[] = [];
  const beside: number[] = [];
  const heavyDurations: number[] = [];
  for (let r = 0; r < rounds; r++) {
    alone.push(...(await smallFor(url, token, phaseMs)));
    let running = true;
    let timing = false;
    const loops = Array.from({ length: n }, async () => {
      while (running) {
        const h0 = performance.now();
        const started = timing;
        await send(url, token, heavyBody);
        if (started) heavyDurations.push(performance.now() - h0);
      }
    });
    // Let every heavy request get under way before timing.
    await new Promise((res) => setTimeout(res, Math.min(1000, heavyMs)));
    timing = true;
    beside.push(...(await smallFor(url, token, phaseMs)));
    running = false;
    await Promise.all(loops);
  }
  const a = alone.sort((x, y) => x - y);
  const b = beside.sort((x, y) => x - y);
  const stats = (s: number[]) => ({ p50: round(quantile(s, 0.5)), p99: round(quantile(s, 0.99)), n: s.length });
  const A = stats(a);
  const B = stats(b);
  const h = heavyDurations.sort((x, y) => x - y);
  const heavyBeside = { n: h.length, p50: Math.round(quantile(h, 0.5)) };
  return {
    heavy: n,
    heavyBytes: probe.bytes,
    heavyMs: Math.round(heavyMs),
    alone: A,
    beside: B,
    heavyBeside,
    ratioP50: round(B.p50 / A.p50),
    ratioP99: round(B.p99 / A.p99),
  };
}
