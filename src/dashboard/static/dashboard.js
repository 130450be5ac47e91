// Gongzhi city dashboard: sign-in, the division tree, and the panels of the picked node.
// Plain browser ES module; ECharts comes from the vendored UMD bundle (global `echarts`).

import { GqlError, Q, config, getSession, gql, loadConfig, setSession } from './api.js';
import { NODE_PANELS, el, fiveBatches } from './panels.js';

const CHILD_KINDS = { CITY: ['DISTRICT'], DISTRICT: ['STREET'] };
const KIND_LABELS = {
  CITY: '市 City',
  DISTRICT: '区县 District',
  STREET: '街道 Street',
  COMMUNITY: '社区 Community',
  VILLAGE: '村 Village',
};
const FIRST_BATCH_YEAR = 2019;

const $ = (id) => document.getElementById(id);
const charts = new Map(); // panel id → ECharts instance
const childrenOf = new Map(); // node code → Promise of its children
let generation = 0; // bumps on every refresh and sign-out: late answers are dropped

// ---- status and sign-in -------------------------------------------------------

function status(text, kind) {
  const s = $('status');
  s.textContent = text;
  s.dataset.kind = kind || '';
}

function describe(e) {
  return e instanceof GqlError && e.code ? `${e.message} (${e.reason || e.code})` : e.message;
}

function showSignedIn(session) {
  $('login-form').hidden = Boolean(session);
  $('signout').hidden = !session;
  if (session) status(`Signed in as ${session.name} (${session.username}) 已登录`, 'ok');
  else status('Not signed in 未登录');
}

async function signIn(event) {
  event.preventDefault();
  const username = $('username').value.trim();
  const password = $('password').value;
  $('signin').disabled = true;
  status(`Signing in as ${username}… 登录中`);
  try {
    const { login } = await gql(Q.login, { u: username, p: password }, null);
    setSession({ token: login.token, expiresAt: login.expiresAt, username, name: login.person.name });
    $('password').value = '';
    await start();
  } catch (e) {
    status(`Sign-in failed: ${describe(e)} 登录失败`, 'error');
  } finally {
    $('signin').disabled = false;
  }
}

function signOut(message) {
  generation += 1;
  setSession(null);
  for (const chart of charts.values()) chart.dispose();
  charts.clear();
  childrenOf.clear();
  $('tree').replaceChildren(
    el('p', { className: 'hint', text: 'Sign in to pick a district or street. 登录后选择区县或街道。' }),
  );
  $('dashboard').replaceChildren(el('p', { className: 'hint', text: 'Signed out. 已退出。' }));
  $('dashboard').removeAttribute('data-code');
  $('dashboard').removeAttribute('data-state');
  showSignedIn(null);
  if (typeof message === 'string') status(message, 'error');
}

function fillDemoAccounts() {
  const accounts = config.demoAccounts;
  if (!accounts || !accounts.length || !config.demoPassword) return;
  const select = $('demo-select');
  select.append(el('option', { value: '', text: 'Demo account 演示账号…' }));
  for (const a of accounts)
    select.append(el('option', { value: a.username, title: a.description, text: `${a.username} · ${a.role}` }));
  select.hidden = false;
  select.addEventListener('change', () => {
    if (!select.value) return;
    $('username').value = select.value;
    $('password').value = config.demoPassword;
  });
}

// ---- the tree -----------------------------------------------------------------------

/** The highest nodes the viewer holds a role at: the roots of their tree (the city for a bureau or analyst). */
async function rootsOfViewer() {
  const { me } = await gql(Q.me);
  const nodes = me.roles.map((r) => r.division).filter(Boolean);
  const order = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'VILLAGE'];
  const top = Math.min(...nodes.map((n) => order.indexOf(n.kind)).filter((i) => i >= 0));
  const roots = nodes.filter((n) => order.indexOf(n.kind) === top);
  return [...new Map(roots.map((n) => [n.code, n])).values()];
}

function loadChildren(node) {
  const kinds = CHILD_KINDS[node.kind];
  if (!kinds) return Promise.resolve([]);
  if (!childrenOf.has(node.code)) {
    const p = gql(Q.children, { parent: node.code, kinds }).then((d) => d.divisions.edges.map((e) => e.node));
    p.catch(() => childrenOf.delete(node.code));
    childrenOf.set(node.code, p);
  }
  return childrenOf.get(node.code);
}

function treeItem(node) {
  const expandable = Boolean(CHILD_KINDS[node.kind]);
  const button = el('button', { type: 'button', 'data-code': node.code, 'data-kind': node.kind, text: node.name });
  const li = el('li', { role: 'treeitem', 'aria-expanded': expandable ? 'false' : null }, button);
  button.addEventListener('click', () => pick(node, li));
  return li;
}

/** Expands `li` with the node's children, collapsing its expanded siblings. */
async function expand(node, li) {
  for (const sib of li.parentElement.children) {
    if (sib !== li && sib.getAttribute('aria-expanded') === 'true') {
      sib.setAttribute('aria-expanded', 'false');
      sib.querySelector(':scope > ul')?.remove();
    }
  }
  if (li.getAttribute('aria-expanded') !== 'false') return;
  li.setAttribute('aria-expanded', 'true');
  try {
    const children = await loadChildren(node);
    if (li.getAttribute('aria-expanded') !== 'true' || li.querySelector(':scope > ul')) return;
    if (children.length) li.append(el('ul', { role: 'group' }, children.map(treeItem)));
  } catch (e) {
    li.append(el('p', { className: 'error', role: 'alert', text: describe(e) }));
  }
}

function pick(node, li) {
  for (const b of $('tree').querySelectorAll('button[aria-current]')) b.removeAttribute('aria-current');
  li.querySelector(':scope > button').setAttribute('aria-current', 'true');
  if (CHILD_KINDS[node.kind]) void expand(node, li);
  void refresh(node);
}

// ---- panels -------------------------------------------------------------------------

function card(panel) {
  return el(
    'section',
    {
      className: panel.wide ? 'card wide' : 'card',
      id: `panel-${panel.id}`,
      'data-panel': panel.id,
      'data-state': 'loading',
      'aria-labelledby': `h-${panel.id}`,
    },
    el('h3', { id: `h-${panel.id}`, text: panel.title }),
    el('div', { className: 'chart', 'data-chart': panel.id, role: 'img', 'aria-label': panel.title }),
    el('div', { className: 'table-wrap' }),
  );
}

/** Runs a panel's query and fills its card; a failure marks that card only. */
async function fill(section, panel, variables, gen) {
  try {
    const data = await gql(panel.query, variables);
    if (gen !== generation) return;
    const { table, option } = panel.build(data);
    section.querySelector('.table-wrap').replaceChildren(table);
    const box = section.querySelector('.chart');
    box.hidden = false;
    let chart = charts.get(panel.id);
    if (!chart || chart.getDom() !== box) {
      chart?.dispose();
      chart = window.echarts.init(box, null, { renderer: 'canvas' });
      charts.set(panel.id, chart);
    }
    chart.setOption(option, true);
    section.dataset.state = 'ready';
  } catch (e) {
    if (gen !== generation) return;
    if (e instanceof GqlError && e.code === 'UNAUTHENTICATED')
      return signOut(`Session no longer valid: ${e.message} 请重新登录`);
    const missing = panel.optional && e instanceof GqlError && e.code === 'GRAPHQL_VALIDATION_FAILED';
    section.dataset.state = missing ? 'unavailable' : 'error';
    section.querySelector('.chart').hidden = true;
    section.querySelector('.table-wrap').replaceChildren(
      el('p', {
        className: missing ? 'hint' : 'error',
        role: missing ? null : 'alert',
        text: missing ? 'Not available on this server yet. 暂无数据。' : describe(e),
      }),
    );
  }
}

/** Shows the figures of `node`: one card per panel, all queried at once. */
async function refresh(node) {
  const gen = ++generation;
  const main = $('dashboard');
  main.dataset.code = node.code;
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  const cards = NODE_PANELS.map(card);
  main.replaceChildren(
    el('h2', { id: 'node-title' }, node.name, ' ', el('small', { text: KIND_LABELS[node.kind] || node.kind })),
    el('div', { className: 'cards' }, cards),
    fiveBatchesSection(),
  );
  for (const chart of charts.values()) chart.dispose();
  charts.clear();
  await Promise.all([...NODE_PANELS.map((p, i) => fill(cards[i], p, { code: node.code }, gen)), loadFiveBatches(gen)]);
  if (gen !== generation) return;
  main.dataset.state = 'ready';
  main.setAttribute('aria-busy', 'false');
}

// ---- five batches (city-wide, by year) ------------------------------------------------

function fiveBatchesSection() {
  const year = new Date().getFullYear();
  const select = el('select', { id: 'five-batches-year', 'aria-label': 'Year 年度' });
  for (let y = year; y >= FIRST_BATCH_YEAR; y--) select.append(el('option', { value: y, text: `${y}年` }));
  select.value = String(fiveBatchesYear || year - 1);
  select.addEventListener('change', () => {
    fiveBatchesYear = Number(select.value);
    void loadFiveBatches(generation);
  });
  const section = card(fiveBatches);
  section.querySelector('h3').append(' ', el('small', { text: '全市 city-wide' }), ' ', select);
  return section;
}

let fiveBatchesYear = null;

function loadFiveBatches(gen) {
  const section = document.querySelector('[data-panel="fiveBatches"]');
  const year = Number($('five-batches-year').value);
  section.dataset.state = 'loading';
  section.dataset.year = String(year);
  return fill(section, fiveBatches, { year }, gen);
}

// ---- start ----------------------------------------------------------------------------

async function start() {
  const session = getSession();
  showSignedIn(session);
  if (!session) return;
  const gen = generation;
  try {
    const roots = await rootsOfViewer();
    if (gen !== generation) return;
    if (!roots.length) throw new Error('This account holds no role at a node of the tree. 此账号无区划职务。');
    const items = roots.map(treeItem);
    $('tree').replaceChildren(el('ul', { role: 'tree', 'aria-label': 'Divisions 区划' }, items));
    pick(roots[0], items[0]);
  } catch (e) {
    if (e instanceof GqlError && e.code === 'UNAUTHENTICATED')
      return signOut(`Session no longer valid: ${e.message} 请重新登录`);
    $('tree').replaceChildren(el('p', { className: 'error', role: 'alert', text: describe(e) }));
  }
}

async function boot() {
  $('login-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', () => signOut());
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  if (!window.echarts) status('Chart library failed to load. 图表库未加载。', 'error');
  await loadConfig();
  fillDemoAccounts();
  await start();
}

void boot();
