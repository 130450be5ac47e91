import { registerEnumType } from 'type-graphql';

/** Where a matter stands in the cycle 民提 → 民议 → 民决 → 公开 → 落实 → 民评. */
export enum MatterState {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  MERGED = 'MERGED',
  SPLIT = 'SPLIT',
  DELIBERATING = 'DELIBERATING',
  VOTING = 'VOTING',
  DECIDED = 'DECIDED',
  PUBLISHED = 'PUBLISHED',
  IMPLEMENTING = 'IMPLEMENTING',
  EVALUATING = 'EVALUATING',
  CLOSED = 'CLOSED',
}

/** What moved a matter from one state to the next (the timeline's verbs). */
export enum MatterAction {
  PROPOSE = 'PROPOSE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  SCHEDULE_SESSION = 'SCHEDULE_SESSION',
  OPEN_VOTE = 'OPEN_VOTE',
  CLOSE_VOTE = 'CLOSE_VOTE',
  PUBLISH = 'PUBLISH',
  ASSIGN_TASK = 'ASSIGN_TASK',
  OPEN_EVALUATION = 'OPEN_EVALUATION',
  CLOSE = 'CLOSE',
}

/** The platform level a matter is raised on (两级协商议事平台). */
export enum PlatformLevel {
  COMMUNITY = 'COMMUNITY',
  STREET = 'STREET',
}

/** What a matter is about. */
export enum MatterCategory {
  PUBLIC_SPACE = 'PUBLIC_SPACE',
  PROPERTY_SERVICE = 'PROPERTY_SERVICE',
  ENVIRONMENT = 'ENVIRONMENT',
  SAFETY = 'SAFETY',
  ELDERLY_AND_CHILDREN = 'ELDERLY_AND_CHILDREN',
  FACILITIES = 'FACILITIES',
  OTHER = 'OTHER',
}

/** Who takes part in a session. */
export enum ParticipantKind {
  RESIDENT = 'RESIDENT',
  MEMBER_UNIT = 'MEMBER_UNIT',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  EXPERT = 'EXPERT',
}

export enum SessionStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
}

export enum Stance {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  NEUTRAL = 'NEUTRAL',
}

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** What a closed vote came to, computed from the ballots. */
export enum VoteOutcome {
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  NO_QUORUM = 'NO_QUORUM',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

registerEnumType(MatterState, {
  name: 'MatterState',
  description: 'Where a consultation matter stands. 议题状态',
  valuesConfig: {
    PROPOSED: { description: 'Raised, awaiting acceptance. 已提出' },
    ACCEPTED: { description: 'Accepted for consultation. 已受理' },
    DECLINED: { description: 'Declined, with a reason. 不予受理' },
    WITHDRAWN: { description: 'Withdrawn by its proposer. 已撤回' },
    MERGED: { description: 'Merged into another matter. 已合并' },
    SPLIT: { description: 'Split into other matters. 已拆分' },
    DELIBERATING: { description: 'Being deliberated in sessions. 民议' },
    VOTING: { description: 'A vote is open. 民决' },
    DECIDED: { description: 'Decided by vote, not yet published. 已表决' },
    PUBLISHED: { description: 'Decision published. 已公开' },
    IMPLEMENTING: { description: 'Being implemented. 落实中' },
    EVALUATING: { description: 'Residents are rating the outcome. 民评' },
    CLOSED: { description: 'Closed with its satisfaction score. 已办结' },
  },
});
registerEnumType(MatterAction, {
  name: 'MatterAction',
  description: 'A step in a matter’s history. 操作',
  valuesConfig: {
    PROPOSE: { description: 'Raised. 提出' },
    ACCEPT: { description: 'Accepted. 受理' },
    DECLINE: { description: 'Declined. 不予受理' },
    WITHDRAW: { description: 'Withdrawn. 撤回' },
    MERGE: { description: 'Merged. 合并' },
    SPLIT: { description: 'Split. 拆分' },
    SCHEDULE_SESSION: { description: 'A session scheduled. 召开议事会' },
    OPEN_VOTE: { description: 'Put to the vote. 发起表决' },
    CLOSE_VOTE: { description: 'Vote closed and counted. 计票' },
    PUBLISH: { description: 'Decision published. 公开' },
    ASSIGN_TASK: { description: 'Task assigned. 交办任务' },
    OPEN_EVALUATION: { description: 'Evaluation opened. 开始评价' },
    CLOSE: { description: 'Closed. 办结' },
  },
});
registerEnumType(PlatformLevel, {
  name: 'PlatformLevel',
  description: 'Consultation platform level. 协商平台层级',
  valuesConfig: {
    COMMUNITY: { description: 'A community’s (or village’s) platform. 社区' },
    STREET: { description: 'A street’s platform. 街道' },
  },
});
registerEnumType(MatterCategory, {
  name: 'MatterCategory',
  description: 'What a matter is about. 议题类别',
  valuesConfig: {
    PUBLIC_SPACE: { description: 'Public space. 公共空间' },
    PROPERTY_SERVICE: { description: 'Property services. 物业服务' },
    ENVIRONMENT: { description: 'Environment and sanitation. 环境卫生' },
    SAFETY: { description: 'Safety. 平安建设' },
    ELDERLY_AND_CHILDREN: { description: 'Care for the old and the young. 一老一小' },
    FACILITIES: { description: 'Facilities. 设施改造' },
    OTHER: { description: 'Other. 其他' },
  },
});
registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'Who a participant is. 参与方',
  valuesConfig: {
    RESIDENT: { description: 'A resident. 居民' },
    MEMBER_UNIT: { description: 'A member unit’s representative. 成员单位' },
    SOCIAL_ORGANISATION: { description: 'A social organisation’s representative. 社会组织' },
    EXPERT: { description: 'An expert. 专家' },
  },
});
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Planned or held. 会议状态',
  valuesConfig: { PLANNED: { description: 'Planned. 待召开' }, HELD: { description: 'Held and recorded. 已召开' } },
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'An opinion’s stance. 意见倾向',
  valuesConfig: {
    SUPPORT: { description: 'For. 赞成' },
    OPPOSE: { description: 'Against. 反对' },
    NEUTRAL: { description: 'Neither. 中立' },
  },
});
registerEnumType(VoteStatus, {
  name: 'VoteStatus',
  description: 'Open, closed or cancelled. 表决状态',
  valuesConfig: {
    OPEN: { description: 'Taking ballots. 进行中' },
    CLOSED: { description: 'Closed and counted. 已计票' },
    CANCELLED: { description: 'Cancelled with its matter. 已取消' },
  },
});
registerEnumType(VoteOutcome, {
  name: 'VoteOutcome',
  description: 'What a closed vote came to. 表决结果',
  valuesConfig: {
    ADOPTED: { description: 'An option reached the threshold. 通过' },
    NOT_ADOPTED: { description: 'Quorum met, no option reached the threshold. 未通过' },
    NO_QUORUM: { description: 'Too few ballots. 未达法定人数' },
  },
});
registerEnumType(TaskStatus, {
  name: 'ConsultationTaskStatus',
  description: 'Open or done. 任务状态',
  valuesConfig: { OPEN: { description: 'Under way. 进行中' }, DONE: { description: 'Done. 已完成' } },
});
