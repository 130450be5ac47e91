import { registerEnumType } from 'type-graphql';

/** Which of the two lists an item is on. */
export enum WorkItemKind {
  /** 社区工作事项清单 */
  WORK = 'WORK',
  /** 社区印章使用清单 */
  SEAL = 'SEAL',
}

/** Where an access request stands. */
export enum AccessRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** Where a report of an out-of-list task stands. */
export enum OutOfListReportStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(WorkItemKind, {
  name: 'WorkItemKind',
  description: 'Work item or seal item. 事项类型',
  valuesConfig: {
    WORK: { description: 'A work item a department may place on communities. 社区工作事项' },
    SEAL: { description: 'A matter a community may put its seal to. 盖章事项' },
  },
});
registerEnumType(AccessRequestStatus, {
  name: 'AccessRequestStatus',
  description: 'An access request’s standing. 准入申请状态',
  valuesConfig: {
    PENDING: { description: 'Awaiting the bureau. 待审核' },
    APPROVED: { description: 'Approved: enters the next version. 已准入' },
    REJECTED: { description: 'Rejected, with a reason. 未准入' },
  },
});
registerEnumType(OutOfListReportStatus, {
  name: 'OutOfListReportStatus',
  description: 'A report’s standing. 清单外事项报告状态',
  valuesConfig: {
    OPEN: { description: 'Being investigated. 调查中' },
    CLOSED: { description: 'Closed with an outcome. 已办结' },
  },
});
