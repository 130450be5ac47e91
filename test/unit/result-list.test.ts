import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { cellsOf, findList, headerOf } from '../../src/modules/analysts/result-list';

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
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return findList(schema, document, operation, data);
}

describe('the list of a result (what a saved-query export writes)', () => {
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
    expect(headerOf(list.columns)).toEqual(['id', 'label', 'head.name', 'members']);
    expect(list.rows.map((r) => cellsOf(list.columns, r))).toEqual([
      ['1', '青阳社区', null, [{ name: '张三' }]],
      ['2', 'x,y', '李四', []],
    ]);
  });

  it('takes a plain list, e.g. a connection’s nodes', () => {
    const list = found('{ orgs { nodes { name } } }', { orgs: { nodes: [{ name: 'a' }, { name: 'b' }] } })!;
    expect(list.at).toEqual(['orgs', 'nodes']);
    expect(list.rows).toHaveLength(2);
  });

  it('skips what is not a list of objects; none at all gives null', () => {
    expect(found('{ me { name tags } }', { me: { name: 'a', tags: ['x'] } })).toBeNull();
    expect(found('{ org(id: 1) { name head { name } } }', { org: { name: 'a', head: null } })).toBeNull();
    const list = found('{ me { name } org(id: 1) { members { name phone } } }', {
      me: { name: 'a' },
      org: { members: [{ name: 'b', phone: null }] },
    })!;
    expect(list.at).toEqual(['org', 'members']);
    expect(cellsOf(list.columns, list.rows[0])).toEqual(['b', null]);
  });
});
