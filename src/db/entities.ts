import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Account } from '../modules/auth/account.entity';
import { LoginThrottleCounter } from '../modules/auth/login-throttle.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { Person } from '../modules/people/person.entity';
import { RoleAssignment } from '../modules/roles/role-assignment.entity';
import { ApiToken } from '../modules/tokens/api-token.entity';
import { Division } from '../modules/tree/division.entity';
import { BeanAccount } from '../modules/beans/bean-account.entity';
import { BeanDonation } from '../modules/beans/bean-donation.entity';
import { BeanFund } from '../modules/beans/bean-fund.entity';
import { BeanTransfer } from '../modules/beans/bean-transfer.entity';
import { CatalogueItem, Redemption } from '../modules/beans/catalogue.entities';
import { Participation, Volunteer, VolunteerActivity, VolunteerStation } from '../modules/beans/volunteer.entities';
import { AccessRequest, CommunityTask, OutOfListReport, WorkItem, WorkListVersion } from '../modules/worklist/worklist.entities';
import { Facility, FacilityUpgrade } from '../modules/facilities/facility.entities';
import { PayScale, StaffRecord } from '../modules/staff/staff.entities';
import { Designation } from '../modules/designations/designation.entities';
import { SocialOrganisation, SocialOrganisationArea, SocialWorker } from '../modules/linkage/linkage.entities';
import { ServiceProject, ServiceProjectCommunity, ServiceProjectWorker, ServiceRecord } from '../modules/linkage/project.entities';
import { CommitteeSeat, PartyCommittee } from '../modules/committees/committee.entities';
import { CommitteeDecision, CommitteeMeeting, FollowUpProgress, FollowUpTask } from '../modules/committees/meeting.entities';
import { Compound, PropertyCompanyProfile } from '../modules/property/property.entities';
import {
  ConsultationBallot,
  ConsultationEvaluation,
  ConsultationFeedback,
  ConsultationLineage,
  ConsultationMatter,
  ConsultationOpinion,
  ConsultationParticipant,
  ConsultationProgress,
  ConsultationSession,
  ConsultationTask,
  ConsultationTransition,
  ConsultationVote,
} from '../modules/consultation/consultation.entities';
import { AnalystCostWindow } from '../modules/analysts/analyst-cost.entity';
import { SavedQuery } from '../modules/analysts/saved-query.entity';
import { BaseEntity } from '../shared/base.entity';

/** Every MikroORM entity of the platform. */
export const ENTITIES = [BaseEntity, Division, Person, Account, Organisation, RoleAssignment, ApiToken, AuditEntry, BeanFund, BeanAccount, BeanTransfer, BeanDonation, Volunteer, VolunteerStation, VolunteerActivity, Participation, CatalogueItem, Redemption, WorkListVersion, WorkItem, AccessRequest, CommunityTask, OutOfListReport, Facility, FacilityUpgrade, PayScale, StaffRecord, Designation, SocialOrganisation, SocialOrganisationArea, SocialWorker, PartyCommittee, CommitteeSeat, CommitteeMeeting, CommitteeDecision, FollowUpTask, FollowUpProgress, ServiceProject, ServiceProjectCommunity, ServiceProjectWorker, ServiceRecord, PropertyCompanyProfile, Compound, SavedQuery, AnalystCostWindow, LoginThrottleCounter,
  ConsultationMatter, ConsultationTransition, ConsultationLineage, ConsultationSession, ConsultationParticipant, ConsultationOpinion, ConsultationVote, ConsultationBallot, ConsultationTask, ConsultationProgress, ConsultationFeedback, ConsultationEvaluation];
