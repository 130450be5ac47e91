/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An access request’s standing. 准入申请状态 */
export type AccessRequestStatus =
  /** Approved: enters the next version. 已准入 */
  | 'APPROVED'
  /** Awaiting the bureau. 待审核 */
  | 'PENDING'
  /** Rejected, with a reason. 未准入 */
  | 'REJECTED';

/** An application to join as a partner organisation. 入驻申请 */
export type ApplyToJoinInput = {
  /** Contact person. 联系人 */
  contactName: string;
  /** Contact mobile phone (11 digits). 联系电话 */
  contactPhone: string;
  /** Code of the node where it works. 所在节点代码 */
  divisionCode: string;
  /** Kind. 类型 */
  kind: OrganisationKind;
  /** Name, 2–120 characters. 名称 */
  name: string;
};

/** Place a task from the current list on a community. 下派社区任务 */
export type AssignCommunityTaskInput = {
  /** The community or village (code). 社区代码 */
  communityCode: string;
  /** Your department. 部门 */
  departmentId: string;
  /** Due (YYYY-MM-DD). 截止日期 */
  dueOn: string;
  /** Code of the item on the current list. 事项编号 */
  itemCode: string;
  /** What to do. 任务 */
  title: string;
};

/** Give a person a role at a node or in an organisation, for a term. 任命 */
export type AssignRoleInput = {
  /** The node (code), for roles held at a node. 节点代码 */
  divisionCode?: string | null | undefined;
  /** Last day (YYYY-MM-DD); open-ended if omitted. 任期结束 */
  endsOn?: string | null | undefined;
  /** The organisation, for ORG_ADMIN and ORG_MEMBER; for an ANALYST (with divisionCode), the organisation they work for, where their saved queries are shared. 机构 */
  organisationId?: string | null | undefined;
  /** The person. 人员 */
  personId: string;
  /** The role. 角色 */
  role: Role;
  /** First day (YYYY-MM-DD); today if omitted. 任期开始 */
  startsOn?: string | null | undefined;
};

/** An attachment, by reference. 附件 */
export type AttachmentInput = {
  /** Name shown. 名称 */
  name: string;
  /** Where it is (https: or urn:). 地址 */
  uri: string;
};

/** Award beans from a fund to a volunteer's account for verified service. 服务奖励 */
export type AwardBeansInput = {
  /** The volunteer's account. 志愿者账户 */
  accountId: string;
  /** Beans, a whole number above zero. 数量 */
  amount: number;
  /** The paying fund. 基金 */
  fundId: string;
  /** Your key for this request (8–100 characters): resending it returns the first result. 幂等键 */
  idempotencyKey: string;
  /** What it is for, ≤ 200 characters. 备注 */
  memo?: string | null | undefined;
};

/** Owner of a Golden Bean account. 金豆账户类型 */
export type BeanAccountKind =
  /** A fund's beans available to award. 基金账户 */
  | 'FUND'
  /** A fund's issuance (minus the beans in circulation). 发行账户 */
  | 'ISSUANCE'
  /** A merchant's beans. 商家账户 */
  | 'MERCHANT'
  /** A volunteer's beans. 志愿者账户 */
  | 'VOLUNTEER';

/** Why Golden Beans moved. 金豆流转类型 */
export type BeanTransferKind =
  /** Earned for verified service. 服务奖励 */
  | 'EARN'
  /** Issued against a donation. 发行 */
  | 'ISSUE'
  /** Redeemed at a merchant. 兑换 */
  | 'REDEEM'
  /** Reverses an earlier transfer. 冲正 */
  | 'REVERSAL'
  /** Settled back with the fund. 结算 */
  | 'SETTLE';

/** A ballot. 投票 */
export type CastBallotInput = {
  /** The chosen option’s index (from 0). 选项序号 */
  option: number;
  /** The vote. 表决 */
  voteId: string;
};

/** Close a report with what the investigation found and did. 办结报告 */
export type CloseOutOfListInput = {
  /** The report. 报告 */
  id: string;
  /** The outcome. 处理结果 */
  outcome: string;
};

/** Type of a community. 社区类型 */
export type CommunityType =
  /** Urban community. 城市社区 */
  | 'URBAN'
  /** Village-to-residence community. “村改居”社区 */
  | 'VILLAGE_TO_RESIDENCE';

/** Progress on a task. 任务进展 */
export type ConsultationProgressInput = {
  /** Whether this completes the task. 是否完成 */
  done: boolean;
  /** What was done. 进展 */
  note: string;
  /** The task. 任务 */
  taskId: string;
};

/** A task implementing a decision. 落实任务 */
export type ConsultationTaskInput = {
  /** Due (YYYY-MM-DD). 截止日期 */
  dueOn: string;
  /** The matter. 议题 */
  matterId: string;
  /** What to do. 任务 */
  title: string;
  /** The responsible unit (organisation). 责任单位 */
  unitId: string;
};

/** Open or done. 任务状态 */
export type ConsultationTaskStatus =
  /** Done. 已完成 */
  | 'DONE'
  /** Under way. 进行中 */
  | 'OPEN';

/** A new Golden Bean fund at the bureau or a street. 新建金豆基金 */
export type CreateBeanFundInput = {
  /** The node whose subtree it serves (code). 节点代码 */
  divisionCode: string;
  /** Name, 2–120 characters. 名称 */
  name: string;
};

/** A service project to buy. 新建购买服务项目 */
export type CreateServiceProjectInput = {
  /** Budget in yuan. 预算（元） */
  budgetYuan: number;
  /** The buyer: the bureau, a street office or a community committee. 购买方 */
  buyerId: string;
  /** Communities served (codes). 服务社区 */
  communityCodes: Array<string>;
  /** The contractor, a social organisation. 承接方 */
  contractorId: string;
  /** Ends (YYYY-MM-DD). 结束 */
  endsOn: string;
  /** Starts (YYYY-MM-DD). 开始 */
  startsOn: string;
  /** Title. 项目名称 */
  title: string;
  /** The contractor's social workers assigned. 派驻社工 */
  workerIds: Array<string>;
};

/** A new volunteer service station at a community, paid by a fund above it. 新建志愿服务站 */
export type CreateStationInput = {
  /** Beans per verified hour, 1–1000. 每小时金豆 */
  beansPerHour: number;
  /** The community or village (code). 所在社区代码 */
  divisionCode: string;
  /** The fund that pays its volunteers. 基金 */
  fundId: string;
  /** Name. 名称 */
  name: string;
};

/** The bureau’s decision on an access request. 准入审核 */
export type DecideAccessRequestInput = {
  /** Approve (it enters the next version) or reject. 是否准入 */
  approve: boolean;
  /** The request. 申请 */
  id: string;
  /** Reason (required to reject). 审核意见 */
  reason?: string | null | undefined;
};

/** A decision on an application. 入驻审核 */
export type DecideApplicationInput = {
  /** Approve (true) or decline (false). 是否批准 */
  approve: boolean;
  /** The applying organisation. 申请机构 */
  organisationId: string;
  /** Reason (required when declining). 审核意见 */
  reason?: string | null | undefined;
};

/** The secretary's decision on a nomination. 确认或不同意 */
export type DecideSeatInput = {
  /** Confirm (true) or decline. 是否确认 */
  confirm: boolean;
  /** Reason (required to decline). 原因 */
  reason?: string | null | undefined;
  /** The seat. 席位 */
  seatId: string;
};

/** A decision and its follow-up tasks. 会议决定 */
export type DecisionInput = {
  /** Tasks for member units. 落实任务 */
  tasks?: Array<FollowUpTaskInput>;
  /** What was decided. 决定事项 */
  text: string;
};

/** A new designation. 授予称号 */
export type DesignateInput = {
  /** Category. 类别 */
  category: DesignationCategory;
  /** The holder (node code). 获得者代码 */
  holderCode: string;
  /** Level. 级别 */
  level: DesignationLevel;
  /** Title. 称号 */
  title: string;
  /** Year. 年度 */
  year: number;
};

/** What the designation is for. 示范/试点类别 */
export type DesignationCategory =
  /** Five batches: co-building community (10 a year). 共建共治共享示范社区 */
  | 'CO_BUILDING_COMMUNITY'
  /** Five batches: democracy-and-rule-of-law community (20 a year). 民主法治示范社区 */
  | 'DEMOCRACY_RULE_OF_LAW'
  /** Harmonious-community demonstration. 和谐社区建设示范 */
  | 'HARMONIOUS_COMMUNITY'
  /** Community governance innovation zone. 社区治理和服务创新实验区 */
  | 'INNOVATION_ZONE'
  /** Five batches: purchased-service demonstration project (10 a year). 政府购买服务示范项目 */
  | 'PURCHASED_SERVICE_PROJECT'
  /** Rural community pilot. 农村社区建设试点 */
  | 'RURAL_PILOT'
  /** Five batches: excellent social organisation (10 a year). 优秀社会组织 */
  | 'SOCIAL_ORGANISATION'
  /** Five batches: volunteer station (20 a year). 学雷锋志愿服务站 */
  | 'VOLUNTEER_STATION'
  /** A community work method held up as a model. 社区工作法 */
  | 'WORK_METHOD';

/** Filters of the designations. 筛选 */
export type DesignationFilter = {
  /** Category. 类别 */
  category?: DesignationCategory | null | undefined;
  /** Level. 级别 */
  level?: DesignationLevel | null | undefined;
  /** Only holders beneath this node (code). 节点代码 */
  under?: string | null | undefined;
  /** Year. 年度 */
  year?: number | null | undefined;
};

/** Granting level. 级别 */
export type DesignationLevel =
  /** County. 县级 */
  | 'COUNTY'
  /** Municipal. 市级 */
  | 'MUNICIPAL'
  /** National. 国家级 */
  | 'NATIONAL'
  /** Provincial. 省级 */
  | 'PROVINCIAL';

/** Dispute a volunteer's hours: nothing is earned. 时长异议 */
export type DisputeHoursInput = {
  /** The participation. 参与记录 */
  participationId: string;
  /** Why. 原因 */
  reason: string;
};

/** Level of the five-level governance tree. 五级治理层级 */
export type DivisionKind =
  /** A building or courtyard, with its household head. 楼栋/户长 */
  | 'BUILDING'
  /** The city. 市 */
  | 'CITY'
  /** An urban or village-to-residence community. 社区 */
  | 'COMMUNITY'
  /** A district, county-level city or county. 区县 */
  | 'DISTRICT'
  /** A residents' or villagers' group. 居民小组/村民小组 */
  | 'GROUP'
  /** A street office or township. 街道/乡镇 */
  | 'STREET'
  /** An administrative village. 村 */
  | 'VILLAGE';

/** Changes to a matter’s text, before a vote. 修改议题 */
export type EditMatterInput = {
  /** New attachments. 附件 */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** New category. 类别 */
  category?: MatterCategory | null | undefined;
  /** New description. 内容 */
  description?: string | null | undefined;
  /** The matter. 议题 */
  matterId: string;
  /** New title. 议题 */
  title?: string | null | undefined;
};

/** End a role assignment. 免职 */
export type EndRoleInput = {
  /** Last day (YYYY-MM-DD); yesterday if omitted, so it ends at once. 任期结束 */
  endsOn?: string | null | undefined;
  /** The assignment. 任职 */
  id: string;
};

/** End a seat. 终止席位 */
export type EndSeatInput = {
  /** Why. 原因 */
  reason: string;
  /** The seat. 席位 */
  seatId: string;
};

/** A resident’s rating of the outcome. 评价 */
export type EvaluateMatterInput = {
  /** Comment. 评价 */
  comment?: string | null | undefined;
  /** The matter. 议题 */
  matterId: string;
  /** Rating, 1–5. 评分 */
  rating: number;
};

/** The buyer's evaluation. 项目评估 */
export type EvaluateProjectInput = {
  /** Evaluation. 意见 */
  note: string;
  /** The project. 项目 */
  projectId: string;
  /** Score, 1–5. 得分 */
  score: number;
};

/** Kind of service facility. 综合服务设施类型 */
export type FacilityKind =
  /** A villager group's venue, standard 70 m². 村民小组活动场所 */
  | 'GROUP_VENUE'
  /** A community's office and activity space, standard 400 m². 社区“两房” */
  | 'OFFICE_ACTIVITY_SPACE'
  /** One-stop service station. “一站式”为民服务站 */
  | 'ONE_STOP_SERVICE'
  /** Party members' activity room. 党员活动室 */
  | 'PARTY_ACTIVITY_ROOM'
  /** Reading room. 图书阅览室 */
  | 'READING_ROOM'
  /** A village's activity venue, standard 200 m². 村级活动场所 */
  | 'VILLAGE_VENUE';

/** A department's request to place a new task on communities. 准入申请 */
export type FileAccessRequestInput = {
  /** Category. 类别 */
  category: string;
  /** Your department. 申请部门 */
  departmentId: string;
  /** Work or seal item. 类型 */
  kind: WorkItemKind;
  /** Legal basis (required: items on the list have a source). 设立依据 */
  legalBasis: string;
  /** Why communities should carry it. 申请理由 */
  reason: string;
  /** Title, 2–200 characters. 事项名称 */
  title: string;
};

/** Standing of a follow-up task. 任务状态 */
export type FollowUpStatus =
  /** Done. 已完成 */
  | 'DONE'
  /** Under way. 进行中 */
  | 'OPEN';

/** A follow-up task for a member unit. 落实任务 */
export type FollowUpTaskInput = {
  /** Due (YYYY-MM-DD). 截止日期 */
  dueOn: string;
  /** What to do. 任务 */
  title: string;
  /** The member unit. 责任单位 */
  unitId: string;
};

/** A resident’s feedback on progress. 反馈 */
export type GiveFeedbackInput = {
  /** The progress update. 进展 */
  progressId: string;
  /** What you have to say. 反馈 */
  text: string;
};

/** Issue beans into a fund against a donation. 发行金豆 */
export type IssueBeansInput = {
  /** Beans, a whole number above zero. 数量 */
  amount: number;
  /** The donation in yuan, above zero. 捐赠金额（元） */
  donationYuan: number;
  /** The donor organisation (enterprise, social organisation, …). 捐赠方 */
  donorOrganisationId: string;
  /** The fund. 基金 */
  fundId: string;
  /** Your key for this request (8–100 characters): resending it returns the first result. 幂等键 */
  idempotencyKey: string;
  /** What it is for, ≤ 200 characters. 备注 */
  memo?: string | null | undefined;
};

/** A new partner token for an organisation. 新令牌 */
export type IssueTokenInput = {
  /** Days until it expires, 1–366 (default 90). 有效天数 */
  expiresInDays?: number;
  /** A name to recognise it by, 1–80 characters. 名称 */
  name: string;
  /** The organisation. 机构 */
  organisationId: string;
  /** What it may do (at least one). 权限范围 */
  scopes: Array<Scope>;
};

/** A social worker's licence level. 社会工作者职业资格等级 */
export type LicenceLevel =
  /** Assistant social worker. 助理社会工作师 */
  | 'ASSISTANT'
  /** Social worker. 社会工作师 */
  | 'INTERMEDIATE'
  /** Senior social worker. 高级社会工作师 */
  | 'SENIOR';

/** Offer goods or a service for beans. 上架商品 */
export type ListItemInput = {
  /** The merchant's account. 商家账户 */
  merchantAccountId: string;
  /** Name. 名称 */
  name: string;
  /** Price in beans, above zero. 价格 */
  price: number;
  /** Stock, zero or more. 库存 */
  stock: number;
};

/** A step in a matter’s history. 操作 */
export type MatterAction =
  /** Accepted. 受理 */
  | 'ACCEPT'
  /** Task assigned. 交办任务 */
  | 'ASSIGN_TASK'
  /** Closed. 办结 */
  | 'CLOSE'
  /** Vote closed and counted. 计票 */
  | 'CLOSE_VOTE'
  /** Declined. 不予受理 */
  | 'DECLINE'
  /** Merged. 合并 */
  | 'MERGE'
  /** Evaluation opened. 开始评价 */
  | 'OPEN_EVALUATION'
  /** Put to the vote. 发起表决 */
  | 'OPEN_VOTE'
  /** Raised. 提出 */
  | 'PROPOSE'
  /** Decision published. 公开 */
  | 'PUBLISH'
  /** A session scheduled. 召开议事会 */
  | 'SCHEDULE_SESSION'
  /** Split. 拆分 */
  | 'SPLIT'
  /** Withdrawn. 撤回 */
  | 'WITHDRAW';

/** What a matter is about. 议题类别 */
export type MatterCategory =
  /** Care for the old and the young. 一老一小 */
  | 'ELDERLY_AND_CHILDREN'
  /** Environment and sanitation. 环境卫生 */
  | 'ENVIRONMENT'
  /** Facilities. 设施改造 */
  | 'FACILITIES'
  /** Other. 其他 */
  | 'OTHER'
  /** Property services. 物业服务 */
  | 'PROPERTY_SERVICE'
  /** Public space. 公共空间 */
  | 'PUBLIC_SPACE'
  /** Safety. 平安建设 */
  | 'SAFETY';

/** Where a consultation matter stands. 议题状态 */
export type MatterState =
  /** Accepted for consultation. 已受理 */
  | 'ACCEPTED'
  /** Closed with its satisfaction score. 已办结 */
  | 'CLOSED'
  /** Decided by vote, not yet published. 已表决 */
  | 'DECIDED'
  /** Declined, with a reason. 不予受理 */
  | 'DECLINED'
  /** Being deliberated in sessions. 民议 */
  | 'DELIBERATING'
  /** Residents are rating the outcome. 民评 */
  | 'EVALUATING'
  /** Being implemented. 落实中 */
  | 'IMPLEMENTING'
  /** Merged into another matter. 已合并 */
  | 'MERGED'
  /** Raised, awaiting acceptance. 已提出 */
  | 'PROPOSED'
  /** Decision published. 已公开 */
  | 'PUBLISHED'
  /** Split into other matters. 已拆分 */
  | 'SPLIT'
  /** A vote is open. 民决 */
  | 'VOTING'
  /** Withdrawn by its proposer. 已撤回 */
  | 'WITHDRAWN';

/** A step on a matter, with a reason. 议题操作 */
export type MatterStepInput = {
  /** The matter. 议题 */
  matterId: string;
  /** Why (required to decline). 理由 */
  reason?: string | null | undefined;
};

/** Merge matters of one platform into a new one. 合并议题 */
export type MergeMattersInput = {
  /** Its category. 类别 */
  category: MatterCategory;
  /** Its description. 内容 */
  description: string;
  /** The matters to merge (2–10). 被合并议题 */
  matterIds: Array<string>;
  /** Title of the merged matter. 议题 */
  title: string;
};

/** A member unit's nomination of its delegate. 推荐兼职委员 */
export type NominateDelegateInput = {
  /** The committee. 党委 */
  committeeId: string;
  /** Term ends (YYYY-MM-DD). 任期结束 */
  endsOn?: string | null | undefined;
  /** The delegate. 人员 */
  personId: string;
  /** Term starts (YYYY-MM-DD). 任期开始 */
  startsOn: string;
  /** Your unit. 驻社区单位 */
  unitId: string;
};

/** A vote to open. 发起表决 */
export type OpenVoteInput = {
  /** Ballots are taken until then (in the future, within 90 days). 截止时间 */
  deadline: string;
  /** The matter. 议题 */
  matterId: string;
  /** Options (2–10, distinct). 选项 */
  options: Array<string>;
  /** The question. 表决事项 */
  question: string;
  /** Share of the eligible who must vote, percent (1–100). 法定人数（%） */
  quorumPercent: number;
  /** Share of ballots an option needs, percent (50–100). 通过比例（%） */
  thresholdPercent: number;
};

/** An opinion given in a session. 意见 */
export type OpinionInput = {
  /** The participant. 参会人 */
  participantId: string;
  /** For, against or neither. 倾向 */
  stance: Stance;
  /** What was said. 意见 */
  text: string;
};

/** Kind of organisation. 机构类型 */
export type OrganisationKind =
  /** Civil-affairs bureau. 民政局 */
  | 'CIVIL_AFFAIRS_BUREAU'
  /** Residents' or villagers' committee. 居委会/村委会 */
  | 'COMMUNITY_COMMITTEE'
  /** Enterprise or institution. 企事业单位 */
  | 'ENTERPRISE'
  /** A functional department of government that places tasks on communities. 职能部门 */
  | 'GOVERNMENT_DEPARTMENT'
  /** Shop or service provider accepting Golden Beans. 金豆商家 */
  | 'MERCHANT'
  /** Owners' committee. 业主委员会 */
  | 'OWNERS_COMMITTEE'
  /** Party organisation. 党组织 */
  | 'PARTY_ORGANISATION'
  /** Police station. 派出所 */
  | 'POLICE_STATION'
  /** Property management company. 物业公司 */
  | 'PROPERTY_COMPANY'
  /** Social organisation. 社会组织 */
  | 'SOCIAL_ORGANISATION'
  /** Street office or township government. 街道办事处/乡镇政府 */
  | 'STREET_OFFICE'
  /** Volunteer service station. 学雷锋志愿服务站 */
  | 'VOLUNTEER_STATION';

/** An organisation's standing. 机构状态 */
export type OrganisationStatus =
  /** Approved and active. 已加入 */
  | 'ACTIVE'
  /** Application declined. 已拒绝 */
  | 'DECLINED'
  /** Applied to join, awaiting a decision. 待审核 */
  | 'PENDING';

/** A report’s standing. 清单外事项报告状态 */
export type OutOfListReportStatus =
  /** Closed with an outcome. 已办结 */
  | 'CLOSED'
  /** Being investigated. 调查中 */
  | 'OPEN';

/** Someone invited to a session. 参会人 */
export type ParticipantInput = {
  /** Who they are. 参与方 */
  kind: ParticipantKind;
  /** The unit or organisation they represent. 所代表单位 */
  organisationId?: string | null | undefined;
  /** The person. 人员 */
  personId: string;
};

/** Who a participant is. 参与方 */
export type ParticipantKind =
  /** An expert. 专家 */
  | 'EXPERT'
  /** A member unit’s representative. 成员单位 */
  | 'MEMBER_UNIT'
  /** A resident. 居民 */
  | 'RESIDENT'
  /** A social organisation’s representative. 社会组织 */
  | 'SOCIAL_ORGANISATION';

/** A volunteer's participation in an activity. 参与状态 */
export type ParticipationStatus =
  /** Hours disputed; nothing earned. 有异议 */
  | 'DISPUTED'
  /** Signed up. 已报名 */
  | 'JOINED'
  /** Signed in at the start. 已签到 */
  | 'SIGNED_IN'
  /** Signed out, hours awaiting verification. 已签退 */
  | 'SIGNED_OUT'
  /** Hours verified; beans earned. 已核验 */
  | 'VERIFIED';

/** Consultation platform level. 协商平台层级 */
export type PlatformLevel =
  /** A community’s (or village’s) platform. 社区 */
  | 'COMMUNITY'
  /** A street’s platform. 街道 */
  | 'STREET';

/** A new activity at a station. 发布志愿活动 */
export type PostActivityInput = {
  /** Places, 1–10000. 名额 */
  capacity: number;
  /** Ends. 结束 */
  endsAt: string;
  /** Starts. 开始 */
  startsAt: string;
  /** The station. 服务站 */
  stationId: string;
  /** Title. 标题 */
  title: string;
};

/** Stage of a service project. 项目阶段 */
export type ProjectStatus =
  /** Completed, awaiting the buyer’s evaluation. 已完成 */
  | 'COMPLETED'
  /** Evaluated by the buyer. 已评估 */
  | 'EVALUATED'
  /** Planned. 计划中 */
  | 'PLANNED'
  /** Running: the contractor records services. 实施中 */
  | 'RUNNING';

/** A matter to raise on a platform. 提出议题 */
export type ProposeMatterInput = {
  /** Codes of the nodes whose residents it affects (within the platform; 1–20). 涉及范围 */
  affectedCodes: Array<string>;
  /** Attachments by reference (up to 10). 附件 */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** Category. 类别 */
  category: MatterCategory;
  /** What and why, 2–2,000 characters. 内容 */
  description: string;
  /** Raise it on behalf of your organisation. 代表单位 */
  organisationId?: string | null | undefined;
  /** The community, village or street whose platform it goes to (code). 平台节点代码 */
  platformCode: string;
  /** Title, 2–120 characters. 议题 */
  title: string;
};

/** Publish a decision with its reasons. 公开决定 */
export type PublishDecisionInput = {
  /** The matter. 议题 */
  matterId: string;
  /** The reasons, 2–2,000 characters. 决定理由 */
  reasons: string;
};

/** The yearly review: publish the next version. 清单动态调整 */
export type PublishWorkListInput = {
  /** In force from (YYYY-MM-DD). 施行日期 */
  effectiveFrom: string;
  /** Label of the new version, e.g. 2026年版. 版本 */
  label: string;
  /** Codes of current items to drop. 取消事项编号 */
  removeCodes?: Array<string>;
};

/** A facility of a node. 登记设施 */
export type RecordFacilityInput = {
  /** The node (code). 节点代码 */
  divisionCode: string;
  /** Floor area, m². 建筑面积 */
  floorAreaM2: number;
  /** Kind. 类型 */
  kind: FacilityKind;
  /** Name. 名称 */
  name: string;
};

/** A committee meeting to record. 会议记录 */
export type RecordMeetingInput = {
  /** Matters of common interest. 议题 */
  agenda: Array<string>;
  /** Seats present. 出席委员席位 */
  attendeeSeatIds: Array<string>;
  /** The committee. 党委 */
  committeeId: string;
  /** Decisions. 决定 */
  decisions?: Array<DecisionInput>;
  /** Held on (YYYY-MM-DD). 日期 */
  heldOn: string;
  /** Title. 会议名称 */
  title: string;
};

/** A service delivered by one of the project's workers. 服务记录 */
export type RecordServiceInput = {
  /** Beneficiaries. 服务人数 */
  beneficiaries: number;
  /** Hours, 1–24. 时长 */
  hours: number;
  /** Notes. 记录 */
  notes: string;
  /** The project. 项目 */
  projectId: string;
  /** Date (YYYY-MM-DD). 日期 */
  servedOn: string;
  /** The social worker. 社工 */
  workerId: string;
};

/** The record of a held session. 会议记录 */
export type RecordSessionInput = {
  /** Opinions given (1–500). 意见 */
  opinions: Array<OpinionInput>;
  /** The session. 会议 */
  sessionId: string;
  /** Minutes. 会议纪要 */
  summary: string;
};

/** An upgrade of a facility; it sets the facility's new area. 登记改造升级 */
export type RecordUpgradeInput = {
  /** Floor area after, m². 改造后面积 */
  areaAfterM2: number;
  /** The facility. 设施 */
  facilityId: string;
  /** Investment in yuan. 投资（元） */
  investmentYuan: number;
  /** Result. 成效 */
  result: string;
  /** Step 1–3 (“三步走”). 步骤 */
  step: number;
  /** Year. 年度 */
  year: number;
};

/** Spend beans from your own account at a merchant. 兑换 */
export type RedeemBeansInput = {
  /** Beans, a whole number above zero. 数量 */
  amount: number;
  /** Your key for this request (8–100 characters): resending it returns the first result. 幂等键 */
  idempotencyKey: string;
  /** What it is for, ≤ 200 characters. 备注 */
  memo?: string | null | undefined;
  /** The merchant's account. 商家账户 */
  merchantAccountId: string;
};

/** Redeem one item with beans from your account. 兑换商品 */
export type RedeemItemInput = {
  /** Your key for this request. 幂等键 */
  idempotencyKey: string;
  /** The item. 商品 */
  itemId: string;
};

/** Register a social organisation's credit code and kind. 社会组织登记 */
export type RegisterSocialOrganisationInput = {
  /** Kind. 类别 */
  category: SocialOrganisationCategory;
  /** Unified social credit code. 统一社会信用代码 */
  creditCode: string;
  /** The organisation (kind SOCIAL_ORGANISATION). 机构 */
  organisationId: string;
  /** Registration level. 登记层级 */
  registrationLevel: RegistrationLevel;
};

/** Register as a volunteer. 志愿者注册 */
export type RegisterVolunteerInput = {
  /** How you came. 招募渠道 */
  channel: VolunteerChannel;
};

/** Registration level of a social organisation. 登记层级 */
export type RegistrationLevel =
  /** Registered with the district or county. 县级登记 */
  | 'COUNTY'
  /** Registered with the city. 市级登记 */
  | 'MUNICIPAL'
  /** Filed with the street (community organisations). 街道备案 */
  | 'STREET_FILED';

/** Report a task imposed from outside the list. 报告清单外事项 */
export type ReportOutOfListInput = {
  /** Your community (code). 社区代码 */
  communityCode: string;
  /** What happened. 情况说明 */
  description: string;
  /** Who imposed it. 下派单位 */
  imposedBy: string;
  /** The task. 事项 */
  title: string;
};

/** A member unit's progress report. 进展报告 */
export type ReportProgressInput = {
  /** Whether the task is done with this. 是否完成 */
  done: boolean;
  /** What was done. 进展 */
  note: string;
  /** The task. 任务 */
  taskId: string;
};

/** Reverse a transfer with an opposite one. 冲正 */
export type ReverseBeanTransferInput = {
  /** Your key for this request. 幂等键 */
  idempotencyKey: string;
  /** Why. 原因 */
  memo?: string | null | undefined;
  /** The transfer to reverse. 原流水 */
  transferId: string;
};

/** A role held at a tree node or in an organisation. 角色 */
export type Role =
  /** An analyst: reads the subtree, personal data masked. 数据分析员 */
  | 'ANALYST'
  /** The civil-affairs bureau's administrator: the whole city. 民政局管理员 */
  | 'BUREAU_ADMIN'
  /** The community party committee's secretary: the community. 社区书记 */
  | 'COMMUNITY_SECRETARY'
  /** A full-time community worker: reads the community. 专职社区工作者 */
  | 'COMMUNITY_STAFF'
  /** A district or county official: the district. 区县干部 */
  | 'DISTRICT_OFFICIAL'
  /** The bureau's or a street's HR officer: reads staff pay in the subtree. 人事专员 */
  | 'HR_OFFICER'
  /** An organisation's administrator: its profile, members and tokens. 机构管理员 */
  | 'ORG_ADMIN'
  /** A member of an organisation. 机构成员 */
  | 'ORG_MEMBER'
  /** A resident. 居民 */
  | 'RESIDENT'
  /** A street office or township official: the street. 街道干部 */
  | 'STREET_OFFICIAL';

/** A query to save from the playground. 保存查询 */
export type SaveQueryInput = {
  /** The GraphQL document: exactly one query operation (fragments allowed), at most 20000 characters. 查询文本 */
  document: string;
  /** Name, 1–100 characters, unique among your queries. 名称 */
  name: string;
  /** Variables to save with it (declared by the operation). 变量 */
  variables?: Record<string, unknown> | null | undefined;
};

/** A deliberation session to hold. 召开议事会 */
export type ScheduleSessionInput = {
  /** The matter. 议题 */
  matterId: string;
  /** Invited participants (1–200). 参会人 */
  participants: Array<ParticipantInput>;
  /** Starts. 开始时间 */
  startsAt: string;
  /** Title. 会议名称 */
  title: string;
  /** Where. 地点 */
  venue: string;
};

/** A partner token's scope. 令牌权限范围 */
export type Scope =
  /** Read the figures of the subtree. 读取统计数据 */
  | 'FIGURES_READ'
  /** Read organisations and role assignments in the subtree. 读取机构 */
  | 'ORGANISATIONS_READ'
  /** Update the token's own organisation's profile. 修改本机构 */
  | 'ORGANISATION_WRITE'
  /** Read people in the subtree, personal data always masked. 读取人员 */
  | 'PEOPLE_READ'
  /** Write service records for the organisation's own projects. 填报服务记录 */
  | 'SERVICE_RECORDS_WRITE'
  /** Read tree nodes in the subtree. 读取治理树 */
  | 'TREE_READ';

/** Kind of committee seat. 委员类型 */
export type SeatKind =
  /** Full-time member. 专职委员 */
  | 'FULL_TIME'
  /** Part-time member delegated by a member unit. 兼职委员 */
  | 'PART_TIME';

/** Standing of a seat. 席位状态 */
export type SeatStatus =
  /** Confirmed (active while its term runs). 已确认 */
  | 'ACTIVE'
  /** Declined by the secretary. 未通过 */
  | 'DECLINED'
  /** Ended by the unit or the secretary. 已终止 */
  | 'ENDED'
  /** Nominated by the unit, awaiting the secretary. 已推荐 */
  | 'NOMINATED';

/** Planned or held. 会议状态 */
export type SessionStatus =
  /** Held and recorded. 已召开 */
  | 'HELD'
  /** Planned. 待召开 */
  | 'PLANNED';

/** Settle a merchant's beans back with a fund, retiring them. 结算 */
export type SettleBeansInput = {
  /** Beans, a whole number above zero. 数量 */
  amount: number;
  /** The fund. 基金 */
  fundId: string;
  /** Your key for this request (8–100 characters): resending it returns the first result. 幂等键 */
  idempotencyKey: string;
  /** What it is for, ≤ 200 characters. 备注 */
  memo?: string | null | undefined;
  /** The merchant's account. 商家账户 */
  merchantAccountId: string;
};

/** Kind of social organisation. 社会组织类别 */
export type SocialOrganisationCategory =
  /** Charity. 公益慈善类 */
  | 'CHARITY'
  /** Community services. 社区服务类 */
  | 'COMMUNITY_SERVICE'
  /** Culture and sports. 文体娱乐类 */
  | 'CULTURE_SPORTS'
  /** Elderly care. 养老服务类 */
  | 'ELDERLY_CARE'
  /** Mediation. 专业调处类 */
  | 'MEDIATION';

/** Split a matter into parts. 拆分议题 */
export type SplitMatterInput = {
  /** The matter. 议题 */
  matterId: string;
  /** The parts (2–10). 拆分后议题 */
  parts: Array<SplitPartInput>;
};

/** One part of a split. 拆分部分 */
export type SplitPartInput = {
  /** Affected nodes (codes, within the original’s). 涉及范围 */
  affectedCodes: Array<string>;
  /** Description. 内容 */
  description: string;
  /** Title. 议题 */
  title: string;
};

/** Full-time community worker or village cadre. 人员类别 */
export type StaffKind =
  /** Full-time community worker, paid by post and grade. 专职社区工作者 */
  | 'COMMUNITY_WORKER'
  /** Village cadre, paid in components. 村干部 */
  | 'VILLAGE_CADRE';

/** Post on the pay scale. 岗位 */
export type StaffPost =
  /** Deputy. 副职 */
  | 'DEPUTY'
  /** Secretary or director. 正职 */
  | 'HEAD'
  /** Committee member. 委员 */
  | 'MEMBER'
  /** Community worker. 社区工作者 */
  | 'WORKER';

/** An opinion’s stance. 意见倾向 */
export type Stance =
  /** Neither. 中立 */
  | 'NEUTRAL'
  /** Against. 反对 */
  | 'OPPOSE'
  /** For. 赞成 */
  | 'SUPPORT';

/** Changes to a tree node. 节点修改 */
export type UpdateDivisionInput = {
  /** Code of the node to change. 代码 */
  code: string;
  /** Household head (a person's id), for buildings. 户长 */
  householdHeadId?: string | null | undefined;
  /** New name, 1–100 characters. 名称 */
  name?: string | null | undefined;
};

/** Changes to an organisation's profile. 机构信息修改 */
export type UpdateOrganisationInput = {
  /** New contact person. 联系人 */
  contactName?: string | null | undefined;
  /** New contact phone. 联系电话 */
  contactPhone?: string | null | undefined;
  /** The organisation. 机构 */
  id: string;
  /** New name. 名称 */
  name?: string | null | undefined;
};

/** Changes to a saved query; omitted fields stay as they are. 修改查询 */
export type UpdateSavedQueryInput = {
  /** New document. 查询文本 */
  document?: string | null | undefined;
  /** New name. 名称 */
  name?: string | null | undefined;
  /** New variables (replacing the saved ones). 变量 */
  variables?: Record<string, unknown> | null | undefined;
};

/** Verify a volunteer's hours; they earn the station's rate. 核验时长 */
export type VerifyHoursInput = {
  /** Your key for this request. 幂等键 */
  idempotencyKey: string;
  /** Minutes to credit (at most the signed time); the signed time if omitted. 核验分钟 */
  minutes?: number | null | undefined;
  /** The participation. 参与记录 */
  participationId: string;
};

/** A signed-in person or a partner token. 调用方类型 */
export type ViewerKind =
  /** A signed-in person. 个人 */
  | 'PERSON'
  /** A partner organisation's token. 合作机构令牌 */
  | 'TOKEN';

/** The channel a volunteer came through. 招募渠道 */
export type VolunteerChannel =
  /** Their community. 社区 */
  | 'COMMUNITY'
  /** An enterprise. 企业 */
  | 'ENTERPRISE'
  /** Online. 网络 */
  | 'ONLINE'
  /** Another channel. 其他 */
  | 'OTHER'
  /** A party organisation. 党组织 */
  | 'PARTY_ORGANISATION'
  /** A school. 学校 */
  | 'SCHOOL'
  /** A social organisation. 社会组织 */
  | 'SOCIAL_ORGANISATION';

/** What a closed vote came to. 表决结果 */
export type VoteOutcome =
  /** An option reached the threshold. 通过 */
  | 'ADOPTED'
  /** Quorum met, no option reached the threshold. 未通过 */
  | 'NOT_ADOPTED'
  /** Too few ballots. 未达法定人数 */
  | 'NO_QUORUM';

/** Open, closed or cancelled. 表决状态 */
export type VoteStatus =
  /** Cancelled with its matter. 已取消 */
  | 'CANCELLED'
  /** Closed and counted. 已计票 */
  | 'CLOSED'
  /** Taking ballots. 进行中 */
  | 'OPEN';

/** Work item or seal item. 事项类型 */
export type WorkItemKind =
  /** A matter a community may put its seal to. 盖章事项 */
  | 'SEAL'
  /** A work item a department may place on communities. 社区工作事项 */
  | 'WORK';

export type SavedQueryPartsFragment = { id: string, name: string, document: string, variables: Record<string, unknown>, shared: boolean, mine: boolean, exportPath: string, updatedAt: string, owner: { id: string, name: string } | null, organisation: { id: string, name: string } | null };

export type SaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type SaveQueryMutation = { saveQuery: { id: string, name: string, document: string, variables: Record<string, unknown>, shared: boolean, mine: boolean, exportPath: string, updatedAt: string, owner: { id: string, name: string } | null, organisation: { id: string, name: string } | null } };

export type UpdateSavedQueryMutationVariables = Exact<{
  id: string;
  input: UpdateSavedQueryInput;
}>;


export type UpdateSavedQueryMutation = { updateSavedQuery: { id: string, name: string, document: string, variables: Record<string, unknown>, shared: boolean, mine: boolean, exportPath: string, updatedAt: string, owner: { id: string, name: string } | null, organisation: { id: string, name: string } | null } };

export type ShareSavedQueryMutationVariables = Exact<{
  id: string;
  shared: boolean;
}>;


export type ShareSavedQueryMutation = { shareSavedQuery: { id: string, shared: boolean } };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: string };

export type SavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedQueriesQuery = { savedQueries: Array<{ id: string, name: string, document: string, variables: Record<string, unknown>, shared: boolean, mine: boolean, exportPath: string, updatedAt: string, owner: { id: string, name: string } | null, organisation: { id: string, name: string } | null }> };

export type SavedQueryQueryVariables = Exact<{
  id: string;
}>;


export type SavedQueryQuery = { savedQuery: { id: string, name: string, document: string, variables: Record<string, unknown>, shared: boolean, mine: boolean, exportPath: string, updatedAt: string, owner: { id: string, name: string } | null, organisation: { id: string, name: string } | null } };

export type RunSavedQueryQueryVariables = Exact<{
  id: string;
  variables?: Record<string, unknown> | null | undefined;
}>;


export type RunSavedQueryQuery = { runSavedQuery: Record<string, unknown> };

export type CheapDivisionQueryVariables = Exact<{
  code: string;
}>;


export type CheapDivisionQuery = { division: { code: string, name: string } };

export type AuditEntriesQueryVariables = Exact<{
  under: string;
  operation?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorPersonId: string | null, actorTokenId: string | null, operation: string, targetIds: Array<string>, outcome: string, reason: string | null, requestId: string | null } }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, person: { id: string, name: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: ViewerKind, scopes: Array<Scope> | null, person: { id: string, name: string, phone: string | null, idNumber: string | null } | null, roles: Array<{ id: string, role: Role, startsOn: string, endsOn: string | null, division: { code: string, name: string } | null, organisation: { id: string, name: string } | null }>, organisation: { id: string, name: string, kind: OrganisationKind } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CreateBeanFundMutationVariables = Exact<{
  input: CreateBeanFundInput;
}>;


export type CreateBeanFundMutation = { createBeanFund: { id: string, name: string, account: { id: string, kind: BeanAccountKind, balance: number }, issuance: { id: string, kind: BeanAccountKind, balance: number } } };

export type OpenVolunteerAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenVolunteerAccountMutation = { openVolunteerAccount: { id: string, kind: BeanAccountKind, name: string, balance: number } };

export type OpenMerchantAccountMutationVariables = Exact<{
  organisationId: string;
}>;


export type OpenMerchantAccountMutation = { openMerchantAccount: { id: string, kind: BeanAccountKind, name: string, balance: number } };

export type IssueBeansMutationVariables = Exact<{
  input: IssueBeansInput;
}>;


export type IssueBeansMutation = { issueBeans: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string, memo: string | null } } };

export type AwardBeansMutationVariables = Exact<{
  input: AwardBeansInput;
}>;


export type AwardBeansMutation = { awardBeans: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string } } };

export type RedeemBeansMutationVariables = Exact<{
  input: RedeemBeansInput;
}>;


export type RedeemBeansMutation = { redeemBeans: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string } } };

export type SettleBeansMutationVariables = Exact<{
  input: SettleBeansInput;
}>;


export type SettleBeansMutation = { settleBeans: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string } } };

export type ReverseBeanTransferMutationVariables = Exact<{
  input: ReverseBeanTransferInput;
}>;


export type ReverseBeanTransferMutation = { reverseBeanTransfer: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string, reversesId: string | null } } };

export type MyBeanAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBeanAccountQuery = { myBeanAccount: { id: string, kind: BeanAccountKind, balance: number } | null };

export type BeanAccountQueryVariables = Exact<{
  id: string;
}>;


export type BeanAccountQuery = { beanAccount: { id: string, kind: BeanAccountKind, name: string, balance: number } };

export type BeanTransfersQueryVariables = Exact<{
  accountId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type BeanTransfersQuery = { beanTransfers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string, memo: string | null, at: string } }> } };

export type BeanLedgerAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type BeanLedgerAuditQuery = { beanLedgerAudit: { transfers: number, accounts: number, issued: number, retired: number, outstanding: number, violations: Array<{ rule: string, detail: string }> } };

export type BeanFiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type BeanFiguresQuery = { beanFigures: { volunteers: number, issued: number, earned: number, redeemed: number, settled: number, held: number } };

export type BeanFundQueryVariables = Exact<{
  id: string;
}>;


export type BeanFundQuery = { beanFund: { id: string, name: string, account: { balance: number }, issuance: { balance: number }, donations: Array<{ yuan: number, issuanceId: string, donor: { id: string, name: string } | null }> } };

export type CommitteeFiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type CommitteeFiguresQuery = { committeeFigures: { committees: number, bigCommittees: number, partTimeMembers: number } };

export type PartyCommitteeQueryVariables = Exact<{
  communityCode: string;
}>;


export type PartyCommitteeQuery = { partyCommittee: { id: string, name: string, big: boolean, seats: Array<{ id: string, kind: SeatKind, status: SeatStatus, active: boolean, startsOn: string, endsOn: string | null, reason: string | null, person: { id: string, name: string } | null, unit: { id: string, name: string, kind: OrganisationKind } | null }> } };

export type NominateDelegateMutationVariables = Exact<{
  input: NominateDelegateInput;
}>;


export type NominateDelegateMutation = { nominateDelegate: { id: string, status: SeatStatus, kind: SeatKind, active: boolean, unit: { id: string } | null, person: { id: string } | null } };

export type DecideSeatMutationVariables = Exact<{
  input: DecideSeatInput;
}>;


export type DecideSeatMutation = { decideSeat: { id: string, status: SeatStatus, active: boolean, reason: string | null } };

export type EndSeatMutationVariables = Exact<{
  input: EndSeatInput;
}>;


export type EndSeatMutation = { endSeat: { id: string, status: SeatStatus, active: boolean, endsOn: string | null, reason: string | null } };

export type PartyCommitteesQueryVariables = Exact<{
  under: string;
}>;


export type PartyCommitteesQuery = { partyCommittees: Array<{ id: string, name: string, big: boolean, community: { code: string, name: string, parent: { name: string } | null } | null, seats: Array<{ kind: SeatKind, status: SeatStatus, active: boolean, person: { name: string, phone: string | null } | null, unit: { name: string, kind: OrganisationKind } | null }> }> };

export type RecordCommitteeMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordCommitteeMeetingMutation = { recordCommitteeMeeting: { id: string, title: string, heldOn: string, agenda: Array<string>, attendeeSeatIds: Array<string>, decisions: Array<{ id: string, text: string, tasks: Array<{ id: string, title: string, dueOn: string, status: FollowUpStatus, unit: { id: string } | null }> }> } };

export type ReportFollowUpProgressMutationVariables = Exact<{
  input: ReportProgressInput;
}>;


export type ReportFollowUpProgressMutation = { reportFollowUpProgress: { id: string, status: FollowUpStatus, progress: Array<{ note: string, done: boolean }> } };

export type CommitteeMeetingsQueryVariables = Exact<{
  communityCode: string;
}>;


export type CommitteeMeetingsQuery = { partyCommittee: { id: string, meetings: Array<{ id: string, title: string, heldOn: string, agenda: Array<string>, decisions: Array<{ text: string, tasks: Array<{ id: string, status: FollowUpStatus, progress: Array<{ note: string, done: boolean }> }> }> }> } };

export type MatterPartsFragment = { id: string, title: string, description: string, category: MatterCategory, state: MatterState, level: PlatformLevel, proposedBy: string | null, reasons: string | null, decidedAt: string | null, publishedAt: string | null, closedAt: string | null, satisfactionScore: number | null, platform: { code: string, name: string }, affected: Array<{ code: string }>, attachments: Array<{ name: string, uri: string }>, origins: Array<{ id: string, state: MatterState }>, successors: Array<{ id: string, state: MatterState }> };

export type VotePartsFragment = { id: string, matterId: string, question: string, options: Array<string>, deadline: string, status: VoteStatus, quorumPercent: number, thresholdPercent: number, eligible: number, ballotsCast: number, outcome: VoteOutcome | null, adopted: string | null, iAmEligible: boolean, myBallot: number | null, closedAt: string | null, tallies: Array<{ option: string, ballots: number }> | null };

export type ResultPartsFragment = { matterId: string, title: string, category: MatterCategory, level: PlatformLevel, platformCode: string, platformName: string, question: string, decision: string, eligible: number, ballotsCast: number, quorumPercent: number, thresholdPercent: number, reasons: string, decidedAt: string, publishedAt: string, state: MatterState, satisfaction: number | null, tallies: Array<{ option: string, ballots: number }> };

export type ConsultationMatterQueryVariables = Exact<{
  id: string;
}>;


export type ConsultationMatterQuery = { consultationMatter: { id: string, title: string, description: string, category: MatterCategory, state: MatterState, level: PlatformLevel, proposedBy: string | null, reasons: string | null, decidedAt: string | null, publishedAt: string | null, closedAt: string | null, satisfactionScore: number | null, timeline: Array<{ action: MatterAction, fromState: MatterState | null, toState: MatterState, reason: string | null, actorName: string | null, createdAt: string }>, sessions: Array<{ id: string, title: string, status: SessionStatus, summary: string | null, startsAt: string, venue: string, participants: Array<{ id: string, name: string, kind: ParticipantKind, organisationName: string | null }>, opinions: Array<{ participantId: string, stance: Stance, text: string }> }>, votes: Array<{ id: string, matterId: string, question: string, options: Array<string>, deadline: string, status: VoteStatus, quorumPercent: number, thresholdPercent: number, eligible: number, ballotsCast: number, outcome: VoteOutcome | null, adopted: string | null, iAmEligible: boolean, myBallot: number | null, closedAt: string | null, tallies: Array<{ option: string, ballots: number }> | null }>, tasks: Array<{ id: string, title: string, dueOn: string, status: ConsultationTaskStatus, unitId: string, unitName: string, progress: Array<{ id: string, note: string, done: boolean, feedback: Array<{ text: string }> }> }>, evaluations: { count: number, average: number | null }, result: { matterId: string, title: string, category: MatterCategory, level: PlatformLevel, platformCode: string, platformName: string, question: string, decision: string, eligible: number, ballotsCast: number, quorumPercent: number, thresholdPercent: number, reasons: string, decidedAt: string, publishedAt: string, state: MatterState, satisfaction: number | null, tallies: Array<{ option: string, ballots: number }> } | null, platform: { code: string, name: string }, affected: Array<{ code: string }>, attachments: Array<{ name: string, uri: string }>, origins: Array<{ id: string, state: MatterState }>, successors: Array<{ id: string, state: MatterState }> } };

export type ConsultationMatterBasicQueryVariables = Exact<{
  id: string;
}>;


export type ConsultationMatterBasicQuery = { consultationMatter: { id: string, title: string, state: MatterState } };

export type ConsultationMatterSessionsQueryVariables = Exact<{
  id: string;
}>;


export type ConsultationMatterSessionsQuery = { consultationMatter: { id: string, sessions: Array<{ id: string, title: string }> } };

export type ConsultationMattersQueryVariables = Exact<{
  under: string;
  states?: Array<MatterState> | MatterState | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type ConsultationMattersQuery = { consultationMatters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, state: MatterState, platform: { code: string } } }> } };

export type StreetOpenMattersQueryVariables = Exact<{
  under: string;
}>;


export type StreetOpenMattersQuery = { consultationMatters: { totalCount: number, edges: Array<{ node: { id: string, title: string, state: MatterState, platform: { code: string, name: string }, sessions: Array<{ id: string, title: string, status: SessionStatus, startsAt: string, participants: Array<{ id: string, kind: ParticipantKind }> }>, votes: Array<{ id: string, status: VoteStatus, eligible: number, ballotsCast: number, adopted: string | null, tallies: Array<{ option: string, ballots: number }> | null }> } }> } };

export type PublishedConsultationsQueryVariables = Exact<{
  code?: string;
  first?: number;
  after?: string | null | undefined;
}>;


export type PublishedConsultationsQuery = { publishedConsultations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { matterId: string, title: string, category: MatterCategory, level: PlatformLevel, platformCode: string, platformName: string, question: string, decision: string, eligible: number, ballotsCast: number, quorumPercent: number, thresholdPercent: number, reasons: string, decidedAt: string, publishedAt: string, state: MatterState, satisfaction: number | null, tallies: Array<{ option: string, ballots: number }> } }> } };

export type ConsultationResultQueryVariables = Exact<{
  matterId: string;
}>;


export type ConsultationResultQuery = { consultationResult: { matterId: string, title: string, category: MatterCategory, level: PlatformLevel, platformCode: string, platformName: string, question: string, decision: string, eligible: number, ballotsCast: number, quorumPercent: number, thresholdPercent: number, reasons: string, decidedAt: string, publishedAt: string, state: MatterState, satisfaction: number | null, tallies: Array<{ option: string, ballots: number }> } };

export type ConsultationRateQueryVariables = Exact<{
  code?: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsultationRateQuery = { consultationRate: { code: string, from: string, to: string, communities: number, consulted: number, rate: number } };

export type MyConsultationSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsultationSessionsQuery = { myConsultationSessions: Array<{ id: string, title: string, matterId: string }> };

export type ProposeMatterMutationVariables = Exact<{
  input: ProposeMatterInput;
}>;


export type ProposeMatterMutation = { proposeMatter: { id: string, title: string, description: string, category: MatterCategory, state: MatterState, level: PlatformLevel, proposedBy: string | null, reasons: string | null, decidedAt: string | null, publishedAt: string | null, closedAt: string | null, satisfactionScore: number | null, platform: { code: string, name: string }, affected: Array<{ code: string }>, attachments: Array<{ name: string, uri: string }>, origins: Array<{ id: string, state: MatterState }>, successors: Array<{ id: string, state: MatterState }> } };

export type AcceptMatterMutationVariables = Exact<{
  input: MatterStepInput;
}>;


export type AcceptMatterMutation = { acceptMatter: { id: string, state: MatterState } };

export type DeclineMatterMutationVariables = Exact<{
  input: MatterStepInput;
}>;


export type DeclineMatterMutation = { declineMatter: { id: string, state: MatterState } };

export type WithdrawMatterMutationVariables = Exact<{
  input: MatterStepInput;
}>;


export type WithdrawMatterMutation = { withdrawMatter: { id: string, state: MatterState } };

export type EditMatterMutationVariables = Exact<{
  input: EditMatterInput;
}>;


export type EditMatterMutation = { editMatter: { id: string, title: string, description: string, state: MatterState } };

export type MergeMattersMutationVariables = Exact<{
  input: MergeMattersInput;
}>;


export type MergeMattersMutation = { mergeMatters: { id: string, title: string, description: string, category: MatterCategory, state: MatterState, level: PlatformLevel, proposedBy: string | null, reasons: string | null, decidedAt: string | null, publishedAt: string | null, closedAt: string | null, satisfactionScore: number | null, platform: { code: string, name: string }, affected: Array<{ code: string }>, attachments: Array<{ name: string, uri: string }>, origins: Array<{ id: string, state: MatterState }>, successors: Array<{ id: string, state: MatterState }> } };

export type SplitMatterMutationVariables = Exact<{
  input: SplitMatterInput;
}>;


export type SplitMatterMutation = { splitMatter: Array<{ id: string, title: string, description: string, category: MatterCategory, state: MatterState, level: PlatformLevel, proposedBy: string | null, reasons: string | null, decidedAt: string | null, publishedAt: string | null, closedAt: string | null, satisfactionScore: number | null, platform: { code: string, name: string }, affected: Array<{ code: string }>, attachments: Array<{ name: string, uri: string }>, origins: Array<{ id: string, state: MatterState }>, successors: Array<{ id: string, state: MatterState }> }> };

export type ScheduleConsultationSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleConsultationSessionMutation = { scheduleConsultationSession: { id: string, status: SessionStatus, participants: Array<{ id: string, name: string, kind: ParticipantKind }> } };

export type RecordConsultationSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type RecordConsultationSessionMutation = { recordConsultationSession: { id: string, status: SessionStatus, summary: string | null, opinions: Array<{ participantId: string, stance: Stance, text: string }> } };

export type OpenConsultationVoteMutationVariables = Exact<{
  input: OpenVoteInput;
}>;


export type OpenConsultationVoteMutation = { openConsultationVote: { id: string, matterId: string, question: string, options: Array<string>, deadline: string, status: VoteStatus, quorumPercent: number, thresholdPercent: number, eligible: number, ballotsCast: number, outcome: VoteOutcome | null, adopted: string | null, iAmEligible: boolean, myBallot: number | null, closedAt: string | null, tallies: Array<{ option: string, ballots: number }> | null } };

export type CastConsultationBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastConsultationBallotMutation = { castConsultationBallot: { id: string, ballotsCast: number, myBallot: number | null, tallies: Array<{ option: string, ballots: number }> | null } };

export type CloseConsultationVoteMutationVariables = Exact<{
  voteId: string;
}>;


export type CloseConsultationVoteMutation = { closeConsultationVote: { id: string, matterId: string, question: string, options: Array<string>, deadline: string, status: VoteStatus, quorumPercent: number, thresholdPercent: number, eligible: number, ballotsCast: number, outcome: VoteOutcome | null, adopted: string | null, iAmEligible: boolean, myBallot: number | null, closedAt: string | null, tallies: Array<{ option: string, ballots: number }> | null } };

export type PublishConsultationDecisionMutationVariables = Exact<{
  input: PublishDecisionInput;
}>;


export type PublishConsultationDecisionMutation = { publishConsultationDecision: { id: string, state: MatterState, reasons: string | null, publishedAt: string | null, result: { matterId: string, title: string, category: MatterCategory, level: PlatformLevel, platformCode: string, platformName: string, question: string, decision: string, eligible: number, ballotsCast: number, quorumPercent: number, thresholdPercent: number, reasons: string, decidedAt: string, publishedAt: string, state: MatterState, satisfaction: number | null, tallies: Array<{ option: string, ballots: number }> } | null } };

export type AssignConsultationTaskMutationVariables = Exact<{
  input: ConsultationTaskInput;
}>;


export type AssignConsultationTaskMutation = { assignConsultationTask: { id: string, title: string, status: ConsultationTaskStatus, unitId: string } };

export type ReportConsultationProgressMutationVariables = Exact<{
  input: ConsultationProgressInput;
}>;


export type ReportConsultationProgressMutation = { reportConsultationProgress: { id: string, status: ConsultationTaskStatus, progress: Array<{ id: string, note: string, done: boolean }> } };

export type GiveConsultationFeedbackMutationVariables = Exact<{
  input: GiveFeedbackInput;
}>;


export type GiveConsultationFeedbackMutation = { giveConsultationFeedback: { id: string, text: string } };

export type OpenConsultationEvaluationMutationVariables = Exact<{
  matterId: string;
}>;


export type OpenConsultationEvaluationMutation = { openConsultationEvaluation: { id: string, state: MatterState } };

export type EvaluateConsultationMatterMutationVariables = Exact<{
  input: EvaluateMatterInput;
}>;


export type EvaluateConsultationMatterMutation = { evaluateConsultationMatter: { id: string, rating: number, comment: string | null } };

export type CloseConsultationMatterMutationVariables = Exact<{
  matterId: string;
}>;


export type CloseConsultationMatterMutation = { closeConsultationMatter: { id: string, state: MatterState, satisfactionScore: number | null, closedAt: string | null, evaluations: { count: number, average: number | null } } };

export type DashboardNodeQueryVariables = Exact<{
  code: string;
}>;


export type DashboardNodeQuery = { figures: { districts: number, streets: number, communities: number, urbanCommunities: number, villageToResidenceCommunities: number, villages: number, groups: number, buildings: number }, committeeFigures: { committees: number, bigCommittees: number, partTimeMembers: number }, linkageFigures: { socialOrganisations: number, socialWorkers: number, licensedSocialWorkers: number }, facilityFigures: { kinds: Array<{ kind: FacilityKind, facilities: number, meetingStandard: number | null, upgraded: number, investmentYuan: number }> }, beanFigures: { issued: number, redeemed: number, earned: number, held: number, settled: number, volunteers: number }, redPropertyFigures: { compounds: number, partyLedCompounds: number }, designations: Array<{ level: DesignationLevel, category: DesignationCategory }>, consultationRate: { from: string, to: string, communities: number, consulted: number, rate: number } };

export type DashboardFiveBatchesOfQueryVariables = Exact<{
  year: number;
}>;


export type DashboardFiveBatchesOfQuery = { fiveBatches: Array<{ category: DesignationCategory, target: number, achieved: number, met: boolean }> };

export type DesignationsQueryVariables = Exact<{
  filter?: DesignationFilter | null | undefined;
}>;


export type DesignationsQuery = { designations: Array<{ id: string, title: string, level: DesignationLevel, category: DesignationCategory, year: number, projectTitle: string | null, holder: { code: string, name: string, kind: DivisionKind } | null }> };

export type FiveBatchesQueryVariables = Exact<{
  year: number;
}>;


export type FiveBatchesQuery = { fiveBatches: Array<{ category: DesignationCategory, target: number, achieved: number, met: boolean }> };

export type DesignateMutationVariables = Exact<{
  input: DesignateInput;
}>;


export type DesignateMutation = { designate: { id: string, title: string, year: number, holder: { code: string } | null } };

export type EdgeDivisionNameQueryVariables = Exact<{
  code: string;
}>;


export type EdgeDivisionNameQuery = { division: { code: string, name: string } };

export type EdgeOrganisationStatusQueryVariables = Exact<{
  id: string;
}>;


export type EdgeOrganisationStatusQuery = { organisation: { id: string, name: string, status: OrganisationStatus } };

export type EdgeMutationFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdgeMutationFieldsQuery = { __schema: { mutationType: { fields: Array<{ name: string }> | null } | null } };

export type EdgeTwoRenamesMutationVariables = Exact<{
  a: UpdateDivisionInput;
  b: UpdateDivisionInput;
}>;


export type EdgeTwoRenamesMutation = { first: { code: string, name: string }, second: { code: string, name: string } };

export type EdgeDivisionCursorsQueryVariables = Exact<{
  under: string;
}>;


export type EdgeDivisionCursorsQuery = { divisions: { totalCount: number, edges: Array<{ cursor: string }> } };

export type FacilitiesQueryVariables = Exact<{
  code: string;
}>;


export type FacilitiesQuery = { facilities: Array<{ id: string, kind: FacilityKind, name: string, floorAreaM2: number, standardM2: number | null, meetsStandard: boolean | null, upgrades: Array<{ step: number, year: number, investmentYuan: number, areaBeforeM2: number, areaAfterM2: number }> }> };

export type FacilityFiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type FacilityFiguresQuery = { facilityFigures: { kinds: Array<{ kind: FacilityKind, facilities: number, meetingStandard: number | null, upgraded: number, investmentYuan: number }>, steps: Array<{ step: number, upgrades: number, investmentYuan: number }> } };

export type RecordFacilityMutationVariables = Exact<{
  input: RecordFacilityInput;
}>;


export type RecordFacilityMutation = { recordFacility: { id: string, kind: FacilityKind, floorAreaM2: number, meetsStandard: boolean | null } };

export type RecordFacilityUpgradeMutationVariables = Exact<{
  input: RecordUpgradeInput;
}>;


export type RecordFacilityUpgradeMutation = { recordFacilityUpgrade: { id: string, step: number, areaBeforeM2: number, areaAfterM2: number } };

export type LinkageFiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type LinkageFiguresQuery = { linkageFigures: { socialOrganisations: number, socialWorkers: number, licensedSocialWorkers: number } };

export type SocialOrganisationsQueryVariables = Exact<{
  under: string;
}>;


export type SocialOrganisationsQuery = { socialOrganisations: Array<{ id: string, creditCode: string, registrationLevel: RegistrationLevel, category: SocialOrganisationCategory, organisation: { id: string, name: string, kind: OrganisationKind } | null }> };

export type SocialWorkersQueryVariables = Exact<{
  organisationId: string;
}>;


export type SocialWorkersQuery = { socialWorkers: Array<{ id: string, level: LicenceLevel, licenceNumber: string, issuedOn: string, expiresOn: string, licensed: boolean, person: { name: string } | null }> };

export type RegisterSocialOrganisationMutationVariables = Exact<{
  input: RegisterSocialOrganisationInput;
}>;


export type RegisterSocialOrganisationMutation = { registerSocialOrganisation: { id: string, creditCode: string, registrationLevel: RegistrationLevel, category: SocialOrganisationCategory } };

export type MatrixDivisionPublicQueryVariables = Exact<{
  code: string;
}>;


export type MatrixDivisionPublicQuery = { division: { code: string, name: string, kind: DivisionKind } };

export type MatrixDivisionOrganisationsQueryVariables = Exact<{
  code: string;
}>;


export type MatrixDivisionOrganisationsQuery = { division: { code: string, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> | null } };

export type MatrixDivisionRoleHoldersQueryVariables = Exact<{
  code: string;
}>;


export type MatrixDivisionRoleHoldersQuery = { division: { code: string, roleHolders: Array<{ id: string, role: Role }> | null } };

export type MatrixRoleHolderPhonesQueryVariables = Exact<{
  code: string;
}>;


export type MatrixRoleHolderPhonesQuery = { division: { code: string, roleHolders: Array<{ id: string, role: Role, person: { id: string, phone: string | null } | null }> | null } };

export type MatrixHouseholdHeadQueryVariables = Exact<{
  code: string;
}>;


export type MatrixHouseholdHeadQuery = { division: { code: string, householdHead: { id: string, name: string, phone: string | null, idNumber: string | null } | null } };

export type MatrixPersonQueryVariables = Exact<{
  id: string;
}>;


export type MatrixPersonQuery = { person: { id: string, name: string, phone: string | null, idNumber: string | null } };

export type MatrixOrganisationQueryVariables = Exact<{
  id: string;
}>;


export type MatrixOrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind } };

export type MatrixSubtreeOrganisationsQueryVariables = Exact<{
  under: string;
}>;


export type MatrixSubtreeOrganisationsQuery = { divisions: { edges: Array<{ node: { code: string, organisations: Array<{ id: string, kind: OrganisationKind }> | null } }> } };

export type MatrixDivisionCursorsQueryVariables = Exact<{
  under: string;
}>;


export type MatrixDivisionCursorsQuery = { divisions: { totalCount: number, edges: Array<{ cursor: string }> } };

export type MatrixMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixMeQuery = { me: { kind: ViewerKind, scopes: Array<Scope> | null, roles: Array<{ role: Role, division: { code: string, organisations: Array<{ id: string }> | null } | null, organisation: { id: string } | null }>, organisation: { id: string, division: { code: string } | null } | null } };

export type MatrixRenameDivisionMutationVariables = Exact<{
  code: string;
  name: string;
}>;


export type MatrixRenameDivisionMutation = { updateDivision: { code: string, name: string } };

export type MatrixAssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type MatrixAssignRoleMutation = { assignRole: { id: string, role: Role, division: { code: string } | null } };

export type MatrixRenameOrganisationMutationVariables = Exact<{
  id: string;
  name: string;
}>;


export type MatrixRenameOrganisationMutation = { updateOrganisation: { id: string, name: string } };

export type MatrixIssueTokenMutationVariables = Exact<{
  organisationId: string;
  name: string;
  scopes: Array<Scope> | Scope;
}>;


export type MatrixIssueTokenMutation = { issueToken: { secret: string } };

export type OrganisationQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus, contactName: string | null, contactPhone: string | null, decidedAt: string | null, decisionReason: string | null, division: { code: string, name: string } | null, roleHolders: Array<{ role: Role, person: { id: string, name: string } | null }> | null } };

export type OrganisationsQueryVariables = Exact<{
  under?: string | null | undefined;
  kinds?: Array<OrganisationKind> | OrganisationKind | null | undefined;
  status?: OrganisationStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus, division: { code: string } | null } }> } };

export type ApplyToJoinMutationVariables = Exact<{
  input: ApplyToJoinInput;
}>;


export type ApplyToJoinMutation = { applyToJoin: { id: string, name: string, kind: OrganisationKind, status: OrganisationStatus } };

export type DecideApplicationMutationVariables = Exact<{
  input: DecideApplicationInput;
}>;


export type DecideApplicationMutation = { decideApplication: { id: string, status: OrganisationStatus, decidedAt: string | null, decisionReason: string | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, contactName: string | null, contactPhone: string | null } };

export type PersonQueryVariables = Exact<{
  id: string;
}>;


export type PersonQuery = { person: { id: string, name: string, phone: string | null, idNumber: string | null, home: { code: string, name: string } | null, roles: Array<{ role: Role, division: { code: string } | null }> | null } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, role: Role, startsOn: string, endsOn: string | null, person: { id: string } | null, division: { code: string } | null, organisation: { id: string } | null } };

export type EndRoleAssignmentMutationVariables = Exact<{
  input: EndRoleInput;
}>;


export type EndRoleAssignmentMutation = { endRoleAssignment: { id: string, endsOn: string | null } };

export type CreateServiceProjectMutationVariables = Exact<{
  input: CreateServiceProjectInput;
}>;


export type CreateServiceProjectMutation = { createServiceProject: { id: string, title: string, status: ProjectStatus, budgetYuan: number | null } };

export type ServiceProjectQueryVariables = Exact<{
  id: string;
}>;


export type ServiceProjectQuery = { serviceProject: { id: string, title: string, status: ProjectStatus, budgetYuan: number | null, evaluationScore: number | null, contractor: { id: string } | null, records: Array<{ servedOn: string, hours: number, beneficiaries: number }> } };

export type StartServiceProjectMutationVariables = Exact<{
  id: string;
}>;


export type StartServiceProjectMutation = { startServiceProject: { id: string, status: ProjectStatus } };

export type CompleteServiceProjectMutationVariables = Exact<{
  id: string;
}>;


export type CompleteServiceProjectMutation = { completeServiceProject: { id: string, status: ProjectStatus } };

export type EvaluateServiceProjectMutationVariables = Exact<{
  input: EvaluateProjectInput;
}>;


export type EvaluateServiceProjectMutation = { evaluateServiceProject: { id: string, status: ProjectStatus, evaluationScore: number | null, evaluationNote: string | null } };

export type RecordServiceDeliveryMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type RecordServiceDeliveryMutation = { recordServiceDelivery: { id: string, servedOn: string, hours: number, beneficiaries: number } };

export type CompoundsQueryVariables = Exact<{
  communityCode: string;
}>;


export type CompoundsQuery = { compounds: Array<{ id: string, name: string, partyLed: boolean, propertyCompany: { id: string, name: string } | null, ownersCommittee: { id: string, name: string } | null }> };

export type RedPropertyFiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type RedPropertyFiguresQuery = { redPropertyFigures: { compounds: number, partyLedCompounds: number } };

export type PayScaleQueryVariables = Exact<{ [key: string]: never; }>;


export type PayScaleQuery = { payScale: Array<{ post: StaffPost, grade: number, monthlyYuan: number }> };

export type StaffQueryVariables = Exact<{
  code: string;
}>;


export type StaffQuery = { staff: Array<{ id: string, kind: StaffKind, post: StaffPost, grade: number | null, secretaryAlsoDirector: boolean, person: { id: string, name: string } | null, pay: { monthlyTotal: number, scaleYuan: number | null, baseYuan: number, performanceYuan: number, collectiveRewardYuan: number, pensionYuan: number, groupAllowanceYuan: number } | null }> };

export type MyStaffRecordQueryVariables = Exact<{ [key: string]: never; }>;


export type MyStaffRecordQuery = { myStaffRecord: { id: string, kind: StaffKind, post: StaffPost, grade: number | null, pay: { monthlyTotal: number, scaleYuan: number | null } | null } | null };

export type IssueTokenMutationVariables = Exact<{
  input: IssueTokenInput;
}>;


export type IssueTokenMutation = { issueToken: { secret: string, token: { id: string, name: string, prefix: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null } } };

export type RevokeTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeTokenMutation = { revokeToken: { id: string, revokedAt: string | null } };

export type ApiTokensQueryVariables = Exact<{
  organisationId: string;
}>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<Scope>, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type DivisionQueryVariables = Exact<{
  code: string;
}>;


export type DivisionQuery = { division: { id: string, code: string, name: string, kind: DivisionKind, communityType: CommunityType | null, level: number, parent: { code: string, name: string } | null, ancestors: Array<{ code: string, name: string, kind: DivisionKind }>, children: Array<{ code: string, name: string, kind: DivisionKind }> } };

export type DivisionWithPeopleQueryVariables = Exact<{
  code: string;
}>;


export type DivisionWithPeopleQuery = { division: { code: string, name: string, householdHead: { id: string, name: string, phone: string | null, idNumber: string | null } | null, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> | null, roleHolders: Array<{ id: string, role: Role, person: { id: string, name: string, phone: string | null } | null }> | null } };

export type SearchDivisionsQueryVariables = Exact<{
  under?: string | null | undefined;
  parent?: string | null | undefined;
  kinds?: Array<DivisionKind> | DivisionKind | null | undefined;
  nameContains?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchDivisionsQuery = { divisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { code: string, name: string, kind: DivisionKind, communityType: CommunityType | null } }> } };

export type StreetDashboardQueryVariables = Exact<{
  under: string;
  first: number;
}>;


export type StreetDashboardQuery = { divisions: { edges: Array<{ node: { code: string, name: string, communityType: CommunityType | null, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> | null } }> } };

export type UpdateDivisionMutationVariables = Exact<{
  input: UpdateDivisionInput;
}>;


export type UpdateDivisionMutation = { updateDivision: { code: string, name: string, householdHead: { id: string, name: string } | null } };

export type FiguresQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type FiguresQuery = { figures: { districts: number, streets: number, communities: number, urbanCommunities: number, villageToResidenceCommunities: number, villages: number, groups: number, buildings: number, division: { code: string, name: string } } };

export type RegisterVolunteerMutationVariables = Exact<{
  input: RegisterVolunteerInput;
}>;


export type RegisterVolunteerMutation = { registerVolunteer: { id: string, channel: VolunteerChannel } };

export type CreateVolunteerStationMutationVariables = Exact<{
  input: CreateStationInput;
}>;


export type CreateVolunteerStationMutation = { createVolunteerStation: { id: string, beansPerHour: number, fundId: string, organisation: { id: string, name: string, kind: OrganisationKind } | null } };

export type PostVolunteerActivityMutationVariables = Exact<{
  input: PostActivityInput;
}>;


export type PostVolunteerActivityMutation = { postVolunteerActivity: { id: string, title: string, capacity: number, station: { id: string } } };

export type VolunteerActivitiesQueryVariables = Exact<{
  stationId: string;
}>;


export type VolunteerActivitiesQuery = { volunteerActivities: Array<{ id: string, title: string, startsAt: string, endsAt: string, capacity: number }> };

export type JoinVolunteerActivityMutationVariables = Exact<{
  activityId: string;
}>;


export type JoinVolunteerActivityMutation = { joinVolunteerActivity: { id: string, status: ParticipationStatus } };

export type SignInVolunteerActivityMutationVariables = Exact<{
  participationId: string;
}>;


export type SignInVolunteerActivityMutation = { signInVolunteerActivity: { id: string, status: ParticipationStatus, signedInAt: string | null } };

export type SignOutVolunteerActivityMutationVariables = Exact<{
  participationId: string;
}>;


export type SignOutVolunteerActivityMutation = { signOutVolunteerActivity: { id: string, status: ParticipationStatus, signedOutAt: string | null } };

export type VerifyVolunteerHoursMutationVariables = Exact<{
  input: VerifyHoursInput;
}>;


export type VerifyVolunteerHoursMutation = { verifyVolunteerHours: { replayed: boolean, participation: { id: string, status: ParticipationStatus, verifiedMinutes: number | null }, transfer: { id: string, kind: BeanTransferKind, amount: number, toAccountId: string } | null } };

export type DisputeVolunteerHoursMutationVariables = Exact<{
  input: DisputeHoursInput;
}>;


export type DisputeVolunteerHoursMutation = { disputeVolunteerHours: { id: string, status: ParticipationStatus, disputeReason: string | null } };

export type MyParticipationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyParticipationsQuery = { myParticipations: Array<{ id: string, status: ParticipationStatus, verifiedMinutes: number | null, activity: { id: string, title: string, station: { id: string, beansPerHour: number } } }> };

export type ActivityParticipationsQueryVariables = Exact<{
  activityId: string;
}>;


export type ActivityParticipationsQuery = { activityParticipations: Array<{ id: string, status: ParticipationStatus }> };

export type ListCatalogueItemMutationVariables = Exact<{
  input: ListItemInput;
}>;


export type ListCatalogueItemMutation = { listCatalogueItem: { id: string, name: string, price: number, stock: number, merchantAccountId: string } };

export type BeanCatalogueQueryVariables = Exact<{
  merchantAccountId?: string | null | undefined;
}>;


export type BeanCatalogueQuery = { beanCatalogue: Array<{ id: string, name: string, price: number, stock: number, merchantAccountId: string }> };

export type RedeemCatalogueItemMutationVariables = Exact<{
  input: RedeemItemInput;
}>;


export type RedeemCatalogueItemMutation = { redeemCatalogueItem: { replayed: boolean, transfer: { id: string, kind: BeanTransferKind, amount: number, fromAccountId: string, toAccountId: string, memo: string | null } } };

export type WorkListVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkListVersionsQuery = { workListVersions: Array<{ id: string, label: string, effectiveFrom: string | null, published: boolean, workItems: number, sealItems: number }> };

export type CurrentWorkListQueryVariables = Exact<{
  kind?: WorkItemKind | null | undefined;
}>;


export type CurrentWorkListQuery = { currentWorkList: { id: string, label: string, workItems: number, sealItems: number, items: Array<{ code: string, kind: WorkItemKind, title: string, category: string, department: string }> } };

export type WorkListDiffQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkListDiffQuery = { workListDiff: { added: Array<{ code: string, title: string }>, removed: Array<{ code: string, title: string }>, changed: Array<{ before: { code: string, title: string }, after: { code: string, title: string } }> } };

export type FileAccessRequestMutationVariables = Exact<{
  input: FileAccessRequestInput;
}>;


export type FileAccessRequestMutation = { fileAccessRequest: { id: string, status: AccessRequestStatus, title: string, department: { id: string, name: string } | null } };

export type AccessRequestsQueryVariables = Exact<{
  departmentId?: string | null | undefined;
}>;


export type AccessRequestsQuery = { accessRequests: Array<{ id: string, status: AccessRequestStatus, title: string, itemCode: string | null }> };

export type DecideAccessRequestMutationVariables = Exact<{
  input: DecideAccessRequestInput;
}>;


export type DecideAccessRequestMutation = { decideAccessRequest: { id: string, status: AccessRequestStatus, itemCode: string | null, decisionReason: string | null, decidedAt: string | null } };

export type PublishWorkListVersionMutationVariables = Exact<{
  input: PublishWorkListInput;
}>;


export type PublishWorkListVersionMutation = { publishWorkListVersion: { id: string, label: string, effectiveFrom: string | null, published: boolean, workItems: number, sealItems: number } };

export type AssignCommunityTaskMutationVariables = Exact<{
  input: AssignCommunityTaskInput;
}>;


export type AssignCommunityTaskMutation = { assignCommunityTask: { id: string, itemCode: string, title: string, dueOn: string, community: { code: string } | null } };

export type CommunityTasksQueryVariables = Exact<{
  communityCode: string;
}>;


export type CommunityTasksQuery = { communityTasks: Array<{ id: string, itemCode: string, title: string, dueOn: string }> };

export type ReportOutOfListTaskMutationVariables = Exact<{
  input: ReportOutOfListInput;
}>;


export type ReportOutOfListTaskMutation = { reportOutOfListTask: { id: string, status: OutOfListReportStatus, title: string, imposedBy: string } };

export type OutOfListReportsQueryVariables = Exact<{
  under: string;
}>;


export type OutOfListReportsQuery = { outOfListReports: Array<{ id: string, status: OutOfListReportStatus, title: string, outcome: string | null, community: { code: string } | null }> };

export type CloseOutOfListReportMutationVariables = Exact<{
  input: CloseOutOfListInput;
}>;


export type CloseOutOfListReportMutation = { closeOutOfListReport: { id: string, status: OutOfListReportStatus, outcome: string | null, closedAt: string | null } };

export const SavedQueryPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedQueryPartsFragment, unknown>;
export const MatterPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MatterPartsFragment, unknown>;
export const VotePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationVote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"iAmEligible"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<VotePartsFragment, unknown>;
export const ResultPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<ResultPartsFragment, unknown>;
export const SaveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SaveQueryMutation, SaveQueryMutationVariables>;
export const UpdateSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSavedQueryMutation, UpdateSavedQueryMutationVariables>;
export const ShareSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}}]}}]}}]} as unknown as DocumentNode<ShareSavedQueryMutation, ShareSavedQueryMutationVariables>;
export const DeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const SavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const SavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedQueryQuery, SavedQueryQueryVariables>;
export const RunSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variables"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"variables"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variables"}}}]}]}}]} as unknown as DocumentNode<RunSavedQueryQuery, RunSavedQueryQueryVariables>;
export const CheapDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheapDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CheapDivisionQuery, CheapDivisionQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CreateBeanFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBeanFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBeanFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeanFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBeanFundMutation, CreateBeanFundMutationVariables>;
export const OpenVolunteerAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenVolunteerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVolunteerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<OpenVolunteerAccountMutation, OpenVolunteerAccountMutationVariables>;
export const OpenMerchantAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMerchantAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMerchantAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<OpenMerchantAccountMutation, OpenMerchantAccountMutationVariables>;
export const IssueBeansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBeans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueBeansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBeans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]} as unknown as DocumentNode<IssueBeansMutation, IssueBeansMutationVariables>;
export const AwardBeansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardBeans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardBeansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardBeans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<AwardBeansMutation, AwardBeansMutationVariables>;
export const RedeemBeansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemBeans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemBeansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemBeans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemBeansMutation, RedeemBeansMutationVariables>;
export const SettleBeansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleBeans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleBeansInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleBeans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<SettleBeansMutation, SettleBeansMutationVariables>;
export const ReverseBeanTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseBeanTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseBeanTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseBeanTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}}]}}]}}]}}]} as unknown as DocumentNode<ReverseBeanTransferMutation, ReverseBeanTransferMutationVariables>;
export const MyBeanAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBeanAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBeanAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MyBeanAccountQuery, MyBeanAccountQueryVariables>;
export const BeanAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<BeanAccountQuery, BeanAccountQueryVariables>;
export const BeanTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeanTransfersQuery, BeanTransfersQueryVariables>;
export const BeanLedgerAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanLedgerAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanLedgerAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<BeanLedgerAuditQuery, BeanLedgerAuditQueryVariables>;
export const BeanFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}}]} as unknown as DocumentNode<BeanFiguresQuery, BeanFiguresQueryVariables>;
export const BeanFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}},{"kind":"Field","name":{"kind":"Name","value":"issuanceId"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeanFundQuery, BeanFundQueryVariables>;
export const CommitteeFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"}},{"kind":"Field","name":{"kind":"Name","value":"bigCommittees"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeMembers"}}]}}]}}]} as unknown as DocumentNode<CommitteeFiguresQuery, CommitteeFiguresQueryVariables>;
export const PartyCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"big"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartyCommitteeQuery, PartyCommitteeQueryVariables>;
export const NominateDelegateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateDelegate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateDelegateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateDelegate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NominateDelegateMutation, NominateDelegateMutationVariables>;
export const DecideSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DecideSeatMutation, DecideSeatMutationVariables>;
export const EndSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<EndSeatMutation, EndSeatMutationVariables>;
export const PartyCommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyCommittees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyCommittees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"big"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartyCommitteesQuery, PartyCommitteesQueryVariables>;
export const RecordCommitteeMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitteeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitteeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeSeatIds"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommitteeMeetingMutation, RecordCommitteeMeetingMutationVariables>;
export const ReportFollowUpProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFollowUpProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFollowUpProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<ReportFollowUpProgressMutation, ReportFollowUpProgressMutationVariables>;
export const CommitteeMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeMeetingsQuery, CommitteeMeetingsQueryVariables>;
export const ConsultationMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterParts"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationVote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"iAmEligible"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<ConsultationMatterQuery, ConsultationMatterQueryVariables>;
export const ConsultationMatterBasicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationMatterBasic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsultationMatterBasicQuery, ConsultationMatterBasicQueryVariables>;
export const ConsultationMatterSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationMatterSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationMatterSessionsQuery, ConsultationMatterSessionsQueryVariables>;
export const ConsultationMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationMattersQuery, ConsultationMattersQueryVariables>;
export const StreetOpenMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetOpenMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"DELIBERATING"},{"kind":"EnumValue","value":"VOTING"},{"kind":"EnumValue","value":"DECIDED"},{"kind":"EnumValue","value":"PUBLISHED"},{"kind":"EnumValue","value":"IMPLEMENTING"},{"kind":"EnumValue","value":"EVALUATING"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreetOpenMattersQuery, StreetOpenMattersQueryVariables>;
export const PublishedConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"530100000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<PublishedConsultationsQuery, PublishedConsultationsQueryVariables>;
export const ConsultationResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<ConsultationResultQuery, ConsultationResultQueryVariables>;
export const ConsultationRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"530100000000","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<ConsultationRateQuery, ConsultationRateQueryVariables>;
export const MyConsultationSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsultationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}}]}}]}}]} as unknown as DocumentNode<MyConsultationSessionsQuery, MyConsultationSessionsQueryVariables>;
export const ProposeMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ProposeMatterMutation, ProposeMatterMutationVariables>;
export const AcceptMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AcceptMatterMutation, AcceptMatterMutationVariables>;
export const DeclineMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineMatterMutation, DeclineMatterMutationVariables>;
export const WithdrawMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<WithdrawMatterMutation, WithdrawMatterMutationVariables>;
export const EditMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<EditMatterMutation, EditMatterMutationVariables>;
export const MergeMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeMattersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MergeMattersMutation, MergeMattersMutationVariables>;
export const SplitMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"origins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SplitMatterMutation, SplitMatterMutationVariables>;
export const ScheduleConsultationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleConsultationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConsultationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleConsultationSessionMutation, ScheduleConsultationSessionMutationVariables>;
export const RecordConsultationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsultationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsultationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsultationSessionMutation, RecordConsultationSessionMutationVariables>;
export const OpenConsultationVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenConsultationVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConsultationVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationVote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"iAmEligible"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<OpenConsultationVoteMutation, OpenConsultationVoteMutationVariables>;
export const CastConsultationBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastConsultationBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castConsultationBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}}]}}]}}]} as unknown as DocumentNode<CastConsultationBallotMutation, CastConsultationBallotMutationVariables>;
export const CloseConsultationVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConsultationVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConsultationVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationVote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"iAmEligible"}},{"kind":"Field","name":{"kind":"Name","value":"myBallot"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<CloseConsultationVoteMutation, CloseConsultationVoteMutationVariables>;
export const PublishConsultationDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishConsultationDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConsultationDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"tallies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"ballots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ballotsCast"}},{"kind":"Field","name":{"kind":"Name","value":"quorumPercent"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]} as unknown as DocumentNode<PublishConsultationDecisionMutation, PublishConsultationDecisionMutationVariables>;
export const AssignConsultationTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignConsultationTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignConsultationTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]}}]} as unknown as DocumentNode<AssignConsultationTaskMutation, AssignConsultationTaskMutationVariables>;
export const ReportConsultationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportConsultationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportConsultationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<ReportConsultationProgressMutation, ReportConsultationProgressMutationVariables>;
export const GiveConsultationFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveConsultationFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveConsultationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GiveConsultationFeedbackMutation, GiveConsultationFeedbackMutationVariables>;
export const OpenConsultationEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenConsultationEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConsultationEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OpenConsultationEvaluationMutation, OpenConsultationEvaluationMutationVariables>;
export const EvaluateConsultationMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateConsultationMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateConsultationMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<EvaluateConsultationMatterMutation, EvaluateConsultationMatterMutationVariables>;
export const CloseConsultationMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConsultationMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConsultationMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<CloseConsultationMatterMutation, CloseConsultationMatterMutationVariables>;
export const DashboardNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"streets"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"urbanCommunities"}},{"kind":"Field","name":{"kind":"Name","value":"villageToResidenceCommunities"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committees"}},{"kind":"Field","name":{"kind":"Name","value":"bigCommittees"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeMembers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkageFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"licensedSocialWorkers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilityFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStandard"}},{"kind":"Field","name":{"kind":"Name","value":"upgraded"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beanFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"redeemed"}},{"kind":"Field","name":{"kind":"Name","value":"earned"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redPropertyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compounds"}},{"kind":"Field","name":{"kind":"Name","value":"partyLedCompounds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultationRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<DashboardNodeQuery, DashboardNodeQueryVariables>;
export const DashboardFiveBatchesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFiveBatchesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<DashboardFiveBatchesOfQuery, DashboardFiveBatchesOfQueryVariables>;
export const DesignationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Designations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DesignationsQuery, DesignationsQueryVariables>;
export const FiveBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiveBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiveBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<FiveBatchesQuery, FiveBatchesQueryVariables>;
export const DesignateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Designate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DesignateMutation, DesignateMutationVariables>;
export const EdgeDivisionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeDivisionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EdgeDivisionNameQuery, EdgeDivisionNameQueryVariables>;
export const EdgeOrganisationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeOrganisationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EdgeOrganisationStatusQuery, EdgeOrganisationStatusQueryVariables>;
export const EdgeMutationFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeMutationFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EdgeMutationFieldsQuery, EdgeMutationFieldsQueryVariables>;
export const EdgeTwoRenamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeTwoRenames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDivisionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EdgeTwoRenamesMutation, EdgeTwoRenamesMutationVariables>;
export const EdgeDivisionCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeDivisionCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeDivisionCursorsQuery, EdgeDivisionCursorsQueryVariables>;
export const FacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Facilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"standardM2"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}},{"kind":"Field","name":{"kind":"Name","value":"upgrades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaBeforeM2"}},{"kind":"Field","name":{"kind":"Name","value":"areaAfterM2"}}]}}]}}]}}]} as unknown as DocumentNode<FacilitiesQuery, FacilitiesQueryVariables>;
export const FacilityFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStandard"}},{"kind":"Field","name":{"kind":"Name","value":"upgraded"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"upgrades"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}}]}}]}}]}}]} as unknown as DocumentNode<FacilityFiguresQuery, FacilityFiguresQueryVariables>;
export const RecordFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"meetsStandard"}}]}}]}}]} as unknown as DocumentNode<RecordFacilityMutation, RecordFacilityMutationVariables>;
export const RecordFacilityUpgradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFacilityUpgrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordUpgradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFacilityUpgrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"areaBeforeM2"}},{"kind":"Field","name":{"kind":"Name","value":"areaAfterM2"}}]}}]}}]} as unknown as DocumentNode<RecordFacilityUpgradeMutation, RecordFacilityUpgradeMutationVariables>;
export const LinkageFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkageFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkageFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"licensedSocialWorkers"}}]}}]}}]} as unknown as DocumentNode<LinkageFiguresQuery, LinkageFiguresQueryVariables>;
export const SocialOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SocialOrganisationsQuery, SocialOrganisationsQueryVariables>;
export const SocialWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SocialWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SocialWorkersQuery, SocialWorkersQueryVariables>;
export const RegisterSocialOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSocialOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSocialOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSocialOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<RegisterSocialOrganisationMutation, RegisterSocialOrganisationMutationVariables>;
export const MatrixDivisionPublicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixDivisionPublic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MatrixDivisionPublicQuery, MatrixDivisionPublicQueryVariables>;
export const MatrixDivisionOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixDivisionOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixDivisionOrganisationsQuery, MatrixDivisionOrganisationsQueryVariables>;
export const MatrixDivisionRoleHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixDivisionRoleHolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roleHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixDivisionRoleHoldersQuery, MatrixDivisionRoleHoldersQueryVariables>;
export const MatrixRoleHolderPhonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixRoleHolderPhones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roleHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixRoleHolderPhonesQuery, MatrixRoleHolderPhonesQueryVariables>;
export const MatrixHouseholdHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixHouseholdHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"householdHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixHouseholdHeadQuery, MatrixHouseholdHeadQueryVariables>;
export const MatrixPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]} as unknown as DocumentNode<MatrixPersonQuery, MatrixPersonQueryVariables>;
export const MatrixOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MatrixOrganisationQuery, MatrixOrganisationQueryVariables>;
export const MatrixSubtreeOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSubtreeOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY"},{"kind":"EnumValue","value":"VILLAGE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixSubtreeOrganisationsQuery, MatrixSubtreeOrganisationsQueryVariables>;
export const MatrixDivisionCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixDivisionCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixDivisionCursorsQuery, MatrixDivisionCursorsQueryVariables>;
export const MatrixMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixMeQuery, MatrixMeQueryVariables>;
export const MatrixRenameDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRenameDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixRenameDivisionMutation, MatrixRenameDivisionMutationVariables>;
export const MatrixAssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixAssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixAssignRoleMutation, MatrixAssignRoleMutationVariables>;
export const MatrixRenameOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRenameOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixRenameOrganisationMutation, MatrixRenameOrganisationMutationVariables>;
export const MatrixIssueTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixIssueToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"IntValue","value":"30"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<MatrixIssueTokenMutation, MatrixIssueTokenMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ApplyToJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyToJoinMutation, ApplyToJoinMutationVariables>;
export const DecideApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const EndRoleAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRoleAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRoleAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<EndRoleAssignmentMutation, EndRoleAssignmentMutationVariables>;
export const CreateServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYuan"}}]}}]}}]} as unknown as DocumentNode<CreateServiceProjectMutation, CreateServiceProjectMutationVariables>;
export const ServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYuan"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationScore"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceProjectQuery, ServiceProjectQueryVariables>;
export const StartServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartServiceProjectMutation, StartServiceProjectMutationVariables>;
export const CompleteServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteServiceProjectMutation, CompleteServiceProjectMutationVariables>;
export const EvaluateServiceProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateServiceProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateServiceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationScore"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationNote"}}]}}]}}]} as unknown as DocumentNode<EvaluateServiceProjectMutation, EvaluateServiceProjectMutationVariables>;
export const RecordServiceDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordServiceDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}}]}}]}}]} as unknown as DocumentNode<RecordServiceDeliveryMutation, RecordServiceDeliveryMutationVariables>;
export const CompoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Compounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyLed"}},{"kind":"Field","name":{"kind":"Name","value":"propertyCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownersCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompoundsQuery, CompoundsQueryVariables>;
export const RedPropertyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedPropertyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redPropertyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compounds"}},{"kind":"Field","name":{"kind":"Name","value":"partyLedCompounds"}}]}}]}}]} as unknown as DocumentNode<RedPropertyFiguresQuery, RedPropertyFiguresQueryVariables>;
export const PayScaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyYuan"}}]}}]}}]} as unknown as DocumentNode<PayScaleQuery, PayScaleQueryVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"secretaryAlsoDirector"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"}},{"kind":"Field","name":{"kind":"Name","value":"scaleYuan"}},{"kind":"Field","name":{"kind":"Name","value":"baseYuan"}},{"kind":"Field","name":{"kind":"Name","value":"performanceYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveRewardYuan"}},{"kind":"Field","name":{"kind":"Name","value":"pensionYuan"}},{"kind":"Field","name":{"kind":"Name","value":"groupAllowanceYuan"}}]}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;
export const MyStaffRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStaffRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myStaffRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"pay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"}},{"kind":"Field","name":{"kind":"Name","value":"scaleYuan"}}]}}]}}]}}]} as unknown as DocumentNode<MyStaffRecordQuery, MyStaffRecordQueryVariables>;
export const IssueTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssueTokenMutation, IssueTokenMutationVariables>;
export const RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const DivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Division"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communityType"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DivisionQuery, DivisionQueryVariables>;
export const DivisionWithPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionWithPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"householdHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DivisionWithPeopleQuery, DivisionWithPeopleQueryVariables>;
export const SearchDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DivisionKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"parent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communityType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchDivisionsQuery, SearchDivisionsQueryVariables>;
export const StreetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMUNITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"communityType"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreetDashboardQuery, StreetDashboardQueryVariables>;
export const UpdateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"householdHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDivisionMutation, UpdateDivisionMutationVariables>;
export const FiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Figures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"streets"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"urbanCommunities"}},{"kind":"Field","name":{"kind":"Name","value":"villageToResidenceCommunities"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"}}]}}]}}]} as unknown as DocumentNode<FiguresQuery, FiguresQueryVariables>;
export const RegisterVolunteerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVolunteer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVolunteerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<RegisterVolunteerMutation, RegisterVolunteerMutationVariables>;
export const CreateVolunteerStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVolunteerStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVolunteerStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beansPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVolunteerStationMutation, CreateVolunteerStationMutationVariables>;
export const PostVolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostVolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PostVolunteerActivityMutation, PostVolunteerActivityMutationVariables>;
export const VolunteerActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<VolunteerActivitiesQuery, VolunteerActivitiesQueryVariables>;
export const JoinVolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinVolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JoinVolunteerActivityMutation, JoinVolunteerActivityMutationVariables>;
export const SignInVolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInVolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}}]}}]}}]} as unknown as DocumentNode<SignInVolunteerActivityMutation, SignInVolunteerActivityMutationVariables>;
export const SignOutVolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutVolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutVolunteerActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOutAt"}}]}}]}}]} as unknown as DocumentNode<SignOutVolunteerActivityMutation, SignOutVolunteerActivityMutationVariables>;
export const VerifyVolunteerHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyVolunteerHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyVolunteerHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyVolunteerHoursMutation, VerifyVolunteerHoursMutationVariables>;
export const DisputeVolunteerHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeVolunteerHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeVolunteerHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}}]}}]}}]} as unknown as DocumentNode<DisputeVolunteerHoursMutation, DisputeVolunteerHoursMutationVariables>;
export const MyParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beansPerHour"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyParticipationsQuery, MyParticipationsQueryVariables>;
export const ActivityParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityParticipations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityParticipations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivityParticipationsQuery, ActivityParticipationsQueryVariables>;
export const ListCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccountId"}}]}}]}}]} as unknown as DocumentNode<ListCatalogueItemMutation, ListCatalogueItemMutationVariables>;
export const BeanCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeanCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beanCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantAccountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccountId"}}]}}]}}]} as unknown as DocumentNode<BeanCatalogueQuery, BeanCatalogueQueryVariables>;
export const RedeemCatalogueItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemCatalogueItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemCatalogueItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fromAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"toAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemCatalogueItemMutation, RedeemCatalogueItemMutationVariables>;
export const WorkListVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkListVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workListVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"}},{"kind":"Field","name":{"kind":"Name","value":"sealItems"}}]}}]}}]} as unknown as DocumentNode<WorkListVersionsQuery, WorkListVersionsQueryVariables>;
export const CurrentWorkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentWorkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItemKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentWorkList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"}},{"kind":"Field","name":{"kind":"Name","value":"sealItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentWorkListQuery, CurrentWorkListQueryVariables>;
export const WorkListDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkListDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workListDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkListDiffQuery, WorkListDiffQueryVariables>;
export const FileAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FileAccessRequestMutation, FileAccessRequestMutationVariables>;
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}}]}}]}}]} as unknown as DocumentNode<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const DecideAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideAccessRequestMutation, DecideAccessRequestMutationVariables>;
export const PublishWorkListVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWorkListVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishWorkListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWorkListVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"}},{"kind":"Field","name":{"kind":"Name","value":"sealItems"}}]}}]}}]} as unknown as DocumentNode<PublishWorkListVersionMutation, PublishWorkListVersionMutationVariables>;
export const AssignCommunityTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCommunityTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCommunityTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCommunityTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCommunityTaskMutation, AssignCommunityTaskMutationVariables>;
export const CommunityTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<CommunityTasksQuery, CommunityTasksQueryVariables>;
export const ReportOutOfListTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOutOfListTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportOutOfListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOutOfListTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"imposedBy"}}]}}]}}]} as unknown as DocumentNode<ReportOutOfListTaskMutation, ReportOutOfListTaskMutationVariables>;
export const OutOfListReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutOfListReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outOfListReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OutOfListReportsQuery, OutOfListReportsQueryVariables>;
export const CloseOutOfListReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOutOfListReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseOutOfListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeOutOfListReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseOutOfListReportMutation, CloseOutOfListReportMutationVariables>;