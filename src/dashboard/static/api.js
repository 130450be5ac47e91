// Gongzhi dashboard: the GraphQL calls and the session. Plain browser ES module, no build step.

const SESSION_KEY = 'gongzhi.dashboard.session';

/** Server config (config.json next to the page); defaults until it is loaded. */
export const config = { graphqlPath: '/graphql', demoAccounts: null, demoPassword: null };

/** The operations the page sends, one per panel so that one failing panel spoils no other. */
export const Q = {
  login:
    'mutation DashboardLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt person { name } } }',
  me: 'query DashboardMe { me { person { name } roles { role division { code name kind } } } }',
  children:
    'query DashboardChildren($parent: String!, $kinds: [DivisionKind!]) { divisions(parent: $parent, kinds: $kinds, first: 500) { edges { node { code name kind } } } }',
  figures:
    'query DashboardFigures($code: String!) { figures(code: $code) { districts streets communities urbanCommunities villageToResidenceCommunities villages groups buildings } }',
  committees:
    'query DashboardCommittees($code: String!) { committeeFigures(code: $code) { committees bigCommittees partTimeMembers } }',
  linkage:
    'query DashboardLinkage($code: String!) { linkageFigures(code: $code) { socialOrganisations socialWorkers licensedSocialWorkers } }',
  consultation:
    'query DashboardConsultation($code: String!) { consultationRate(code: $code) { code from to communities consulted rate } }',
  facilities:
    'query DashboardFacilities($code: String!) { facilityFigures(code: $code) { kinds { kind facilities meetingStandard upgraded investmentYuan } } }',
  beans:
    'query DashboardBeans($code: String!) { beanFigures(code: $code) { issued redeemed earned held settled volunteers } }',
  property:
    'query DashboardProperty($code: String!) { redPropertyFigures(code: $code) { compounds partyLedCompounds } }',
  designations:
    'query DashboardDesignations($code: String!) { designations(filter: { under: $code }) { level category year } }',
  fiveBatches: 'query DashboardFiveBatches($year: Int!) { fiveBatches(year: $year) { category target achieved met } }',
};

/** A GraphQL failure with the server's code and reason, when it gave them. */
export class GqlError extends Error {
  constructor(message, code, reason) {
    super(message);
    this.code = code || null;
    this.reason = reason || null;
  }
}

function readSession() {
  try {
    const s = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
    return s && s.token ? s : null;
  } catch {
    return null;
  }
}

/** The signed-in session ({ token, username, name, expiresAt }), or null; expired ones are dropped. */
export function getSession() {
  const s = readSession();
  if (s && s.expiresAt && Date.parse(s.expiresAt) <= Date.now()) {
    setSession(null);
    return null;
  }
  return s;
}

/** Keeps the session for this tab only (sessionStorage), or forgets it. */
export function setSession(session) {
  try {
    if (session) window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else window.sessionStorage.removeItem(SESSION_KEY);
  } catch {
    /* storage disabled: the session lives as long as the page */
  }
}

/** Posts one operation as the signed-in user; resolves to its data or throws a GqlError. */
export async function gql(query, variables, token = getSession()?.token) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const operationName = /^(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  let res;
  try {
    res = await fetch(config.graphqlPath, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName, variables: variables || {} }),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new GqlError(`Network error: ${e.message}`, 'NETWORK');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GqlError(`HTTP ${res.status}`, 'HTTP');
  }
  const err = body.errors && body.errors[0];
  if (err || !body.data) {
    const ext = (err && err.extensions) || {};
    throw new GqlError(err ? err.message : `HTTP ${res.status}`, ext.code, ext.reason);
  }
  return body.data;
}

/** Loads config.json from next to this script. */
export async function loadConfig() {
  try {
    const res = await fetch(new URL('config.json', import.meta.url), { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    Object.assign(config, await res.json());
  } catch (e) {
    console.warn('Dashboard config unavailable, using defaults:', e);
  }
}
