/**
 * Where the bound of every list field comes from. The cost of a request multiplies by these
 * bounds (src/shared/cost.ts), and a list whose data outgrew its bound fails its field: so each
 * bound must really hold. It holds because of
 * - `input`: every write path validates the size (say, 2–10 options of a vote);
 * - `structure`: the shape of the domain (an enum's values, the tree's depth, a list made of others);
 * - `reference`: reference data no mutation grows (the city's nodes and committees, pay scales);
 * - `cap`: a write-time cap (src/shared/caps.ts): the service counts under a lock and refuses the
 *   row that would go over (CONFLICT with the cap's reason and `extensions.limit`).
 * test/unit/list-bounds.test.ts fails a bounded field missing here, or whose bound differs.
 * `connection` marks lists that grow with use and should become connections.
 */
import { CAP, MATTER_TIMELINE_MAX, type Cap } from './shared/caps';
import { Scope } from './auth/scopes';
import { SAVED_QUERIES_LISTED_MAX } from './modules/analysts';
import { LEDGER_VIOLATIONS_MAX, ACTIVITY_CAPACITY_MAX } from './modules/beans';
import { DECISION_TASKS_MAX, MEETING_DECISIONS_MAX } from './modules/committees';
import { AFFECTED_MAX } from './modules/consultation';
import { FIVE_BATCHES } from './modules/designations';
import { FacilityKind } from './modules/facilities';
import { DIVISION_CHILDREN_MAX } from './modules/tree';

/** Why a list's bound holds. */
export interface BoundOrigin {
  bound: number;
  source: 'input' | 'structure' | 'reference' | 'cap';
  why: string;
  /** For a cap: the cap the service enforces. */
  cap?: Cap;
  /** The list grows with use: a candidate for a connection. */
  connection?: boolean;
}

const input = (bound: number, why: string): BoundOrigin => ({ bound, source: 'input', why });
const structure = (bound: number, why: string): BoundOrigin => ({ bound, source: 'structure', why });
const reference = (bound: number, why: string): BoundOrigin => ({ bound, source: 'reference', why });
const capped = (cap: Cap, why: string, connection = false): BoundOrigin => ({
  bound: cap.limit,
  source: 'cap',
  why,
  cap,
  ...(connection ? { connection } : {}),
});

const SCOPES = Object.keys(Scope).length;

/** Every list field with a declared bound (`Type.field`), and where its bound comes from. */
export const LIST_BOUNDS: Readonly<Record<string, BoundOrigin>> = {
  // The tree: reference data (no mutation adds or moves a node).
  'Division.children': reference(
    DIVISION_CHILDREN_MAX,
    'seeded tree: 22 children at most in the city; codes allow 399 communities per street, real records a few dozen',
  ),
  'Division.ancestors': structure(5, 'the tree has six levels (city to building): five above the deepest node'),
  'Division.organisations': capped(
    CAP.nodeOrganisations,
    'approving an application and creating a volunteer station count the active organisations at the node',
  ),
  'Division.roleHolders': capped(CAP.nodeRoles, 'assigning a role counts the roles not over at the node'),
  'Query.staff': reference(100, 'seeded staff of a community or village (a dozen); no mutation adds staff'),
  'Query.payScale': reference(100, 'seeded post × grade table (18 rows); no mutation changes it'),
  'Query.compounds': reference(100, 'seeded residential compounds of a community; no mutation adds one'),
  'Query.partyCommittees': reference(
    1000,
    'seeded committees, one per community (770 in the city); no mutation adds one',
  ),
  'Query.socialWorkers': reference(500, 'seeded social workers of an organisation (dozens); no mutation adds one'),
  // People, roles, tokens, organisations.
  'Person.roles': capped(
    CAP.personRoles,
    "assigning a role (and approving an application, which makes its applicant ORG_ADMIN) counts the person's roles not over",
  ),
  'Me.roles': capped(CAP.personRoles, "the signed-in person's active roles: the same cap as Person.roles"),
  'Me.scopes': structure(SCOPES, 'the values of Scope, without repeats'),
  'ApiToken.scopes': structure(SCOPES, 'the values of Scope, de-duplicated when the token is issued'),
  'Query.apiTokens': capped(
    CAP.organisationTokens,
    "issuing a token counts the organisation's tokens, revoked and expired ones included",
    true,
  ),
  'Organisation.roleHolders': capped(
    CAP.organisationRoles,
    'assigning a role and approving an application count the roles not over in the organisation',
  ),
  'AuditEntry.targetIds': structure(20, 'the recorder keeps the first 20 distinct targets of a mutation'),
  // Consultation.
  'ConsultationMatter.affected': input(
    AFFECTED_MAX,
    'proposing and splitting take 1–20 codes; merging refuses matters that together affect more',
  ),
  'ConsultationMatter.attachments': input(
    10,
    'proposing and editing take at most 10; a split part copies its origin’s; a merged matter has none',
  ),
  'ConsultationMatter.origins': input(10, 'a merge takes 2–10 matters; a split part has one origin'),
  'ConsultationMatter.successors': input(10, 'a split makes 2–10 parts; a merge one matter; either ends the matter'),
  'ConsultationMatter.sessions': capped(
    CAP.matterSessions,
    'scheduling a session counts the matter’s sessions (sized so the street’s open matters with sessions and participants fit the cost ceiling)',
  ),
  'ConsultationMatter.votes': capped(
    CAP.matterVotes,
    'opening a vote counts the matter’s votes (a failed vote sends it back to deliberation)',
  ),
  'ConsultationMatter.tasks': capped(CAP.matterTasks, 'assigning a task counts the matter’s tasks'),
  'ConsultationMatter.timeline': structure(
    MATTER_TIMELINE_MAX,
    'one entry per step; steps that repeat are capped: 5 + sessions + 2 × votes + tasks',
  ),
  'ConsultationSession.participants': input(200, 'scheduling a session invites 1–200 people; no other path adds any'),
  'ConsultationSession.opinions': input(500, 'recording a session takes 1–500 opinions, once'),
  'ConsultationVote.options': input(10, 'opening a vote takes 2–10 options'),
  'ConsultationVote.tallies': input(10, 'one per option'),
  'ConsultationResult.tallies': input(10, 'one per option'),
  'ConsultationTask.progress': capped(
    CAP.taskProgress,
    'reporting progress counts the task’s reports under its row lock',
  ),
  'ConsultationProgress.feedback': capped(
    CAP.progressFeedback,
    'giving feedback counts the report’s feedback under its row lock',
  ),
  'Query.myConsultationSessions': capped(
    CAP.personSessions,
    'scheduling a session counts each invited person’s sessions',
    true,
  ),
  'Mutation.splitMatter': input(10, 'a split makes 2–10 parts'),
  // Committees.
  'PartyCommittee.seats': capped(
    CAP.committeeSeats,
    'nominating counts the committee’s seats, past ones included',
    true,
  ),
  'PartyCommittee.meetings': capped(CAP.committeeMeetings, 'recording a meeting counts the committee’s meetings', true),
  'CommitteeMeeting.agenda': input(30, 'a meeting has 1–30 agenda items'),
  'CommitteeMeeting.attendeeSeatIds': structure(
    CAP.committeeSeats.limit,
    'distinct seats of the committee, so at most its seats',
  ),
  'CommitteeMeeting.decisions': input(MEETING_DECISIONS_MAX, 'recording a meeting takes at most 10 decisions'),
  'CommitteeDecision.tasks': input(DECISION_TASKS_MAX, 'a decision sets at most 10 follow-up tasks'),
  'FollowUpTask.progress': capped(
    CAP.followUpProgress,
    'reporting progress counts the task’s reports under its row lock',
  ),
  // Beans and volunteering.
  'BeanFund.donations': capped(
    CAP.fundDonations,
    'issuing beans against a donation counts the fund’s donations under its row lock',
    true,
  ),
  'BeanLedgerAudit.violations': structure(
    LEDGER_VIOLATIONS_MAX,
    'mismatched accounts are listed up to a point and the rest counted in one line; four other rules, once each',
  ),
  'Query.volunteerActivities': capped(
    CAP.stationActivities,
    'posting an activity counts the station’s activities',
    true,
  ),
  'Query.myParticipations': capped(
    CAP.personParticipations,
    'joining an activity counts the volunteer’s participations',
    true,
  ),
  'Query.activityParticipations': input(
    ACTIVITY_CAPACITY_MAX,
    'an activity’s capacity is 1–10000, and joining counts places under the activity’s row lock',
  ),
  'Query.beanCatalogue': capped(
    CAP.catalogueItems,
    'listing an item counts the whole catalogue (the list is city-wide without a merchant)',
    true,
  ),
  // Designations, facilities, linkage, projects.
  'Query.designations': capped(
    CAP.designations,
    'granting a designation counts them all (the unfiltered list is city-wide)',
    true,
  ),
  'Query.fiveBatches': structure(Object.keys(FIVE_BATCHES).length, 'one row per category of the five batches'),
  'Query.facilities': capped(CAP.nodeFacilities, 'recording a facility counts the node’s facilities'),
  'Facility.upgrades': capped(CAP.facilityUpgrades, 'recording an upgrade counts the facility’s upgrades'),
  'FacilityFigures.kinds': structure(Object.keys(FacilityKind).length, 'one row per FacilityKind'),
  'FacilityFigures.steps': structure(3, 'one row per upgrade step; a step is 1–3'),
  'Query.socialOrganisations': capped(
    CAP.socialOrganisations,
    'registering counts them all (beneath the city the list is city-wide)',
    true,
  ),
  'ServiceProject.records': capped(CAP.projectRecords, 'recording a service counts the project’s records', true),
  // Analysts.
  'Query.savedQueries': structure(
    SAVED_QUERIES_LISTED_MAX,
    'own queries (capped per person) and those shared in each organisation the caller is an analyst of (capped per organisation; a person is an analyst of at most 10 organisations, capped at assignment)',
  ),
  // Work lists.
  'Query.workListVersions': capped(CAP.workListVersions, 'publishing counts the published versions (one a year)'),
  'WorkListVersion.items': capped(
    CAP.workItems,
    'approving a request counts the draft’s items; a draft starts as a copy of a version',
  ),
  'WorkListDiff.added': structure(CAP.workItems.limit, 'items of one version'),
  'WorkListDiff.removed': structure(CAP.workItems.limit, 'items of one version'),
  'WorkListDiff.changed': structure(CAP.workItems.limit, 'items of one version'),
  'Query.accessRequests': capped(
    CAP.accessRequests,
    'filing a request counts them all (the bureau’s list is city-wide)',
    true,
  ),
  'Query.communityTasks': capped(CAP.communityTasks, 'assigning a task counts the community’s tasks', true),
  'Query.outOfListReports': capped(
    CAP.outOfListReports,
    'reporting counts them all (beneath the city the list is city-wide)',
    true,
  ),
};
