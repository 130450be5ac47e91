import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { csvCell, csvHeader, csvRow, findList } from '../../src/modules/analysts/csv';

const schema = buildSchema(`
  type Query { me: Me, org(id: ID!): Org, orgs(first: Int): OrgConnection! }
  type Me { name: String, tags: [String!]! }
  type OrgConnection { totalCount: Int!, edges: [OrgEdge!]!, nodes: [Org!]! }
  type OrgEdge { cursor: String!, node: Org! }
  type Org { id: ID!, name: String!, head: Person, members: [Person!]! }
  type Person { name: String!, phone: String }
`);

function found(query: string, data: unknown) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return findList(schema, document, operation, data);
}

describe('CSV fields (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvCell('五华区')).toBe('五华区');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(false)).toBe('false');
  });

  it('keeps text a spreadsheet would run as a formula from running', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-1,2')).toBe(`"'-1,2"`);
  });

  it('writes lists and objects as JSON', () => {
    expect(csvCell(['a', 'b'], true)).toBe('"[""a"",""b""]"');
    expect(csvCell({ k: 1 })).toBe('"{""k"":1}"');
  });
});

describe('the list of a result', () => {
  it("walks into a connection's edges to the nodes, with columns from the selection (aliases, fragments, nulls)", () => {
    const q = `query { orgs(first: 2) { totalCount edges { cursor node { ...F label: name head { name } members { name } } } } } fragment F on Org { id }`;
    const data = {
      orgs: {
        totalCount: 2,
        edges: [
          { cursor: 'a', node: { id: '1', label: '青阳社区', head: null, members: [{ name: '张三' }] } },
          { cursor: 'b', node: { id: '2', label: 'x,y', head: { name: '李四' }, members: [] } },
        ],
      },
    };
    const list = found(q, data)!;
    expect(list.at).toEqual(['orgs', 'edges', 'node']);
    expect(csvHeader(list.columns)).toBe('id,label,head.name,members\r\n');
    expect(list.rows.map((r) => csvRow(list.columns, r))).toEqual(['1,青阳社区,,"[{""name"":""张三""}]"\r\n', '2,"x,y",李四,[]\r\n']);
  });

  it('takes a plain list, e.g. a connection’s nodes', () => {
    const list = found('{ orgs { nodes { name } } }', { orgs: { nodes: [{ name: 'a' }, { name: 'b' }] } })!;
    expect(list.at).toEqual(['orgs', 'nodes']);
    expect(list.rows).toHaveLength(2);
  });

  it('skips what is not a list of objects; none at all gives null', () => {
    expect(found('{ me { name tags } }', { me: { name: 'a', tags: ['x'] } })).toBeNull();
    expect(found('{ org(id: 1) { name head { name } } }', { org: { name: 'a', head: null } })).toBeNull();
    const list = found('{ me { name } org(id: 1) { members { name phone } } }', { me: { name: 'a' }, org: { members: [{ name: 'b', phone: null }] } })!;
    expect(list.at).toEqual(['org', 'members']);
    expect(csvRow(list.columns, list.rows[0])).toBe('b,\r\n');
  });
});
