/**
 * Text at the edge, over the whole schema: every String, ID or custom-scalar position of every
 * query and mutation (arguments and input fields, nested in objects and lists) is fed hostile
 * strings, signed in as the city's administrator and anonymously. No answer is an internal
 * error; characters PostgreSQL rejects or that are unsafe (NUL, a lone surrogate, C0 controls)
 * answer BAD_USER_INPUT `INPUT.BAD_CHARACTERS` naming the position, given through variables or
 * written inline. The odd-but-harmless strings may well succeed: this file's database is its own.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { connect } from 'node:net';
import { buildBareSchema } from '../../src/schema';
import { codes, startTestApp, type GqlResponse, type TestApp } from '../harness/app';

/** A hostile string class: the text, whether it must be refused, and whether it is also sent inline. */
interface Hostile {
  name: string;
  text: string;
  refused: boolean;
  inline?: boolean;
}

const HOSTILE: Hostile[] = [
  { name: 'NUL', text: 'a\u0000b', refused: true, inline: true },
  { name: 'lone surrogate', text: 'a\ud800b', refused: true },
  { name: 'C0 control', text: 'a\u001b[2Jb', refused: true, inline: true },
  { name: 'very long', text: '长'.repeat(10_000), refused: false },
  { name: 'SQL', text: "'; drop table person; --", refused: false },
  { name: 'LIKE wildcards', text: '%_\\%', refused: false },
  { name: 'RTL override and emoji', text: '\u202egnp.exe 👩‍👩‍👧 𠜎', refused: false },
];

/** Scalars that carry no text. */
const NOT_TEXT = new Set(['Int', 'Float', 'Boolean']);
/** Scalars whose literals are taken as written; a literal of any other (a date) is refused by validation before anything reads it. */
const TEXT_LITERALS = new Set(['String', 'ID', 'JSONObject']);
/** Harmless values of the scalars, for the arguments not under test. */
const SAMPLES: Record<string, unknown> = {
  String: '530100000000',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: true,
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  JSONObject: {},
};

let t: TestApp;
let schema: GraphQLSchema;
let adminToken: string;
beforeAll(async () => {
  [t, schema] = await Promise.all([startTestApp(), buildBareSchema()]);
  adminToken = await t.tokenOf('bureau.admin');
});
afterAll(() => t?.close());

/** A value of `type` that passes GraphQL validation: required input fields only. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  const named = getNamedType(type).name;
  if (!(named in SAMPLES)) throw new Error(`no sample for scalar ${named}`);
  return SAMPLES[named];
}

/** A text position below an argument: the path to it (list items at index 0) and its scalar. */
interface Position {
  path: (string | number)[];
  scalar: string;
}

/** Every text position in `type`, recursively (an input type already on the way is not re-entered). */
function positionsIn(
  type: GraphQLInputType,
  path: (string | number)[],
  seen: ReadonlySet<string> = new Set(),
): Position[] {
  if (isNonNullType(type)) return positionsIn(type.ofType, path, seen);
  if (isListType(type)) return positionsIn(type.ofType, [...path, 0], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).flatMap((f) => positionsIn(f.type, [...path, f.name], inner));
  }
  return isScalarType(type) && !NOT_TEXT.has(type.name) ? [{ path, scalar: type.name }] : [];
}

/** `current` (or a sample of `type`) with `leaf` placed at `path`. */
function place(type: GraphQLInputType, current: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (isNonNullType(type)) return place(type.ofType, current, path, leaf);
  if (!path.length) return leaf;
  if (isListType(type)) {
    const list = Array.isArray(current) && current.length ? [...current] : [sample(type.ofType)];
    list[0] = place(type.ofType, list[0], path.slice(1), leaf);
    return list;
  }
  if (!isInputObjectType(type)) throw new Error(`cannot descend into ${String(type)}`);
  const object = { ...((current && typeof current === 'object' ? current : sample(type)) as Record<string, unknown>) };
  const key = String(path[0]);
  object[key] = place(type.getFields()[key].type, object[key], path.slice(1), leaf);
  return object;
}

/** `value` written as a GraphQL literal of `type`. */
function literal(type: GraphQLInputType, value: unknown): string {
  if (isNonNullType(type)) return literal(type.ofType, value);
  if (value === null || value === undefined) return 'null';
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(type.ofType, v)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(fields[k].type, v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ')}}`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** One probe: a field called with `hostile` at one position, through variables or inline. */
interface Probe {
  label: string;
  hostile: Hostile;
  /** Where the refusal must point: the argument's path, dotted (`input.attachments.0.name`). */
  field: string;
  body: { query: string; variables: Record<string, unknown> };
}

/** The probes of one root field: one per text position, hostile class and form. */
function probesOf(
  kind: 'query' | 'mutation',
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): Probe[] {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const probes: Probe[] = [];
  for (const arg of field.args) {
    for (const position of positionsIn(arg.type, [])) {
      for (const hostile of HOSTILE) {
        // A JSON object carries the text as a property value.
        const leaf = position.scalar === 'JSONObject' ? { k: hostile.text } : hostile.text;
        const path =
          position.scalar === 'JSONObject' ? [arg.name, ...position.path, 'k'] : [arg.name, ...position.path];
        const args = [...new Set([...required, arg])];
        const values = Object.fromEntries(
          args.map((a) => [a.name, a === arg ? place(a.type, undefined, position.path, leaf) : sample(a.type)]),
        );
        const label = `${parent.name}.${field.name}(${path.join('.')}) ${hostile.name}`;
        const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const call = (list: string) => `${kind} Hostile${list} { ${field.name}(`;
        probes.push({
          label,
          hostile,
          field: path.join('.'),
          body: {
            query: `${call(`(${decl})`)}${args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`,
            variables: values,
          },
        });
        if (hostile.inline && TEXT_LITERALS.has(position.scalar)) {
          const inline = args.map((a) => `${a.name}: ${literal(a.type, values[a.name])}`).join(', ');
          probes.push({
            label: `${label} inline`,
            hostile,
            field: path.join('.'),
            body: { query: `${call('')}${inline})${selection} }`, variables: {} },
          });
        }
      }
    }
  }
  return probes;
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** What is wrong with the answer to `probe`, or null. */
function wrong(probe: Probe, res: GqlResponse<unknown>): string | null {
  const got = codes(res);
  if (res.status >= 500 || got.includes('INTERNAL_SERVER_ERROR')) return `${res.status} ${got.join()}`;
  if (!probe.hostile.refused) return null;
  const [error] = res.errors ?? [];
  const named = (error?.extensions?.inputErrors as { field?: string }[] | undefined)?.[0]?.field;
  if (got.join() !== 'BAD_USER_INPUT' || error.extensions?.reason !== 'INPUT.BAD_CHARACTERS' || named !== probe.field) {
    return `${res.status} ${got.join()} ${String(error?.extensions?.reason)} ${String(named)}`;
  }
  return null;
}

describe('hostile strings in every text position of the schema', () => {
  const probes = () => {
    const all: Probe[] = [];
    for (const [kind, type] of [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(type.getFields())) all.push(...probesOf(kind, type, field));
    }
    return all;
  };

  it.each([
    ['the city administrator', () => ({ authorization: `Bearer ${adminToken}` })],
    ['an anonymous caller', () => ({})],
  ])(
    'never answer %s with an internal error, and refuse unsafe characters by name',
    async (_who, headers) => {
      const all = probes();
      // Every position gets every class, each through variables; NUL and controls also inline.
      expect(all.length).toBeGreaterThan(1500);
      const failures: string[] = [];
      await pool(all, 4, async (probe) => {
        const res = await t.post(probe.body, headers());
        const problem = wrong(probe, res);
        if (problem) failures.push(`${probe.label}: ${problem}`);
      });
      expect(failures).toEqual([]);
    },
    300_000,
  );
});

/** The status line of a request written byte for byte (no client would send a NUL in a header). */
function rawStatus(url: string, request: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (m) {
        resolve(Number(m[1]));
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}

describe('hostile strings over HTTP outside GraphQL', () => {
  it('refuse a saved-query export whose variables hold characters not allowed, by name', async () => {
    const analyst = { authorization: `Bearer ${await t.tokenOf('analyst')}` };
    const saved = await t.post(
      {
        query: 'mutation S($input: SaveQueryInput!) { saveQuery(input: $input) { id } }',
        variables: {
          input: {
            name: '社区',
            document:
              'query Q($name: String!) { divisions(nameContains: $name, first: 5) { edges { node { code name } } } }',
            variables: { name: '华' },
          },
        },
      },
      analyst,
    );
    expect(saved.errors).toBeUndefined();
    const id = (saved.data as { saveQuery: { id: string } }).saveQuery.id;
    for (const name of ['a\u0000b', 'a\ud800b', 'a\u0007b']) {
      const res = await fetch(
        `${t.url}/export/saved-queries/${id}.csv?variables=${encodeURIComponent(JSON.stringify({ name }))}`,
        { headers: analyst },
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        errors: { message: string; extensions: { code: string; reason: string } }[];
      };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.BAD_CHARACTERS' });
      expect(body.errors[0].message).toMatch(/^variables\.name /);
    }
    // The same export with a harmless odd value runs.
    const ok = await fetch(
      `${t.url}/export/saved-queries/${id}.csv?variables=${encodeURIComponent(JSON.stringify({ name: "'; drop table person; --" }))}`,
      { headers: analyst },
    );
    expect(ok.status).toBe(200);
  });

  it('refuse a bean statement asked for with a hostile account id', async () => {
    const admin = { authorization: `Bearer ${adminToken}` };
    for (const id of ['%00', '1%00', '%ED%A0%80', "1';drop table bean_transfer;--", '%25', '1e400']) {
      const res = await fetch(`${t.url}/export/bean-transfers.csv?accountId=${id}`, { headers: admin });
      expect(`${id}: ${res.status}`).toBe(`${id}: 400`);
    }
  });

  it('answer credentials holding a NUL or SQL with a 4xx, never an internal error', async () => {
    for (const credential of ['a\u0000b', `gz_${'a'.repeat(20)}\u0000${'b'.repeat(22)}`, 'eyJ\u0000.x.y']) {
      const status = await rawStatus(
        t.url,
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 27\r\nAuthorization: Bearer ${credential}\r\nConnection: close\r\n\r\n{"query":"{ __typename }"}`,
      );
      expect(status).toBe(400);
    }
    for (const credential of [
      `gz_${"'; drop table api_token; --".padEnd(43, '_')}`,
      "gz_'; drop table api_token; --",
      '%00',
    ]) {
      const res = await t.post({ query: '{ me { kind } }' }, { authorization: `Bearer ${credential}` });
      expect(`${res.status} ${codes(res).join()}`).toBe('401 UNAUTHENTICATED');
    }
  });
});
