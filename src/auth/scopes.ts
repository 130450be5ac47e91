import { registerEnumType } from 'type-graphql';

/**
 * What a partner organisation's token may do. A token never reaches beyond its
 * organisation's subtree, whatever its scopes.
 */
export enum Scope {
  TREE_READ = 'TREE_READ',
  PEOPLE_READ = 'PEOPLE_READ',
  ORGANISATIONS_READ = 'ORGANISATIONS_READ',
  ORGANISATION_WRITE = 'ORGANISATION_WRITE',
  FIGURES_READ = 'FIGURES_READ',
  SERVICE_RECORDS_WRITE = 'SERVICE_RECORDS_WRITE',
}

registerEnumType(Scope, {
  name: 'Scope',
  description: "A partner token's scope. 令牌权限范围",
  valuesConfig: {
    TREE_READ: { description: 'Read tree nodes in the subtree. 读取治理树' },
    PEOPLE_READ: { description: 'Read people in the subtree, personal data always masked. 读取人员' },
    ORGANISATIONS_READ: { description: 'Read organisations and role assignments in the subtree. 读取机构' },
    ORGANISATION_WRITE: { description: "Update the token's own organisation's profile. 修改本机构" },
    FIGURES_READ: { description: 'Read the figures of the subtree. 读取统计数据' },
    SERVICE_RECORDS_WRITE: { description: "Write service records for the organisation's own projects. 填报服务记录" },
  },
});
