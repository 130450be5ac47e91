// Gongzhi playground: a token bar above GraphiQL 3. Plain browser JS, no build step.
// Globals from the vendored UMD bundles: React, ReactDOM, GraphiQL.
(function () {
  'use strict';

  var TOKEN_KEY = 'gongzhi.token';
  var IDENTITY_KEY = 'gongzhi.identity';
  var DEFAULT_QUERY = [
    '# City-wide counts (sign in first).',
    'query City {',
    '  figures {',
    '    communities',
    '    urbanCommunities',
    '    villageToResidenceCommunities',
    '    villages',
    '  }',
    '}',
    '',
  ].join('\n');
  var LOGIN =
    'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt person { name } } }';
  var ME = 'query Me { me { kind person { name } organisation { name } } }';
  var SAVE = 'mutation SaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { id name exportPath } }';

  // Everything else lives next to this script (the router's mount point).
  var BASE = new URL('.', document.currentScript.src);
  var config = { graphqlPath: '/graphql', demoAccounts: null, demoPassword: null };
  var root = null;
  var generation = 0;
  // What the editors hold, as GraphiQL reports it (the query editor itself is read first when saving).
  var edited = { query: null, variables: null };

  function $(id) {
    return document.getElementById(id);
  }

  // ---- storage --------------------------------------------------------------

  function readStore(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function writeStore(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) {
      /* storage disabled: the token lives for this page only */
    }
  }

  function getToken() {
    return readStore(TOKEN_KEY);
  }

  function getIdentity() {
    try {
      return JSON.parse(readStore(IDENTITY_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function setSession(token, identity) {
    writeStore(TOKEN_KEY, token);
    writeStore(IDENTITY_KEY, token && identity ? JSON.stringify(identity) : null);
    renderStatus();
    mountGraphiQL();
  }

  // ---- status ---------------------------------------------------------------

  function renderStatus(message, isError) {
    var status = $('status');
    var token = getToken();
    var who = getIdentity();
    var text;
    if (message) text = message;
    else if (!token) text = 'Anonymous';
    else if (who && who.kind === 'demo') text = 'Signed in as ' + who.name + ' (' + who.username + ')';
    else if (who && who.kind === 'pasted' && who.label) text = 'Using a pasted token · ' + who.label;
    else text = 'Using a pasted token';
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.classList.toggle('signed-in', Boolean(token) && !isError);
    $('signout').disabled = !token;
    $('save-form').hidden = !token;
  }

  // ---- GraphQL over HTTP ----------------------------------------------------

  function hasHeader(headers, name) {
    return Object.keys(headers).some(function (k) {
      return k.toLowerCase() === name;
    });
  }

  // POSTs one GraphQL request; headers from GraphiQL's header editor win over the stored token.
  async function post(params, extraHeaders, token) {
    var headers = Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, extraHeaders || {});
    if (token && !hasHeader(headers, 'authorization')) headers.Authorization = 'Bearer ' + token;
    var res = await fetch(config.graphqlPath, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    var text = await res.text();
    try {
      return JSON.parse(text);
    } catch (e) {
      return { errors: [{ message: 'HTTP ' + res.status + ': ' + text.slice(0, 500) }] };
    }
  }

  function firstError(result) {
    return result && result.errors && result.errors.length ? result.errors[0] : null;
  }

  function makeFetcher(token) {
    return async function (params, opts) {
      var result = await post(params, opts && opts.headers, token);
      var err = firstError(result);
      if (token && err && err.extensions && err.extensions.code === 'UNAUTHENTICATED' && !result.data) {
        renderStatus('Token rejected (' + err.message + '). Sign in again.', true);
      }
      return result;
    };
  }

  // ---- GraphiQL -------------------------------------------------------------

  // GraphiQL plus a commit marker: #graphiql[data-auth] says which credentials the mounted instance
  // uses, once React has actually committed it (tests and scripts can wait on it).
  function Playground(props) {
    // A stable fetcher: GraphiQL re-introspects whenever the fetcher's identity changes.
    var fetcher = React.useMemo(
      function () {
        return makeFetcher(props.token);
      },
      [props.token],
    );
    React.useEffect(
      function () {
        var container = $('graphiql');
        container.dataset.auth = props.token ? 'token' : 'anonymous';
        container.dataset.generation = String(props.generation);
      },
      [props.generation, props.token],
    );
    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      shouldPersistHeaders: false,
      onEditQuery: function (value) {
        edited.query = value;
      },
      onEditVariables: function (value) {
        edited.variables = value;
      },
    });
  }

  // (Re)mounts GraphiQL with a fresh key so the schema is introspected with the current token.
  function mountGraphiQL() {
    var container = $('graphiql');
    if (!root) {
      container.textContent = '';
      root = ReactDOM.createRoot(container);
    }
    generation += 1;
    container.removeAttribute('data-auth');
    root.render(
      React.createElement(Playground, { key: 'graphiql-' + generation, generation: generation, token: getToken() }),
    );
  }

  // ---- actions --------------------------------------------------------------

  async function useToken(event) {
    event.preventDefault();
    var raw = $('token-input')
      .value.trim()
      .replace(/^bearer\s+/i, '');
    if (!raw) {
      renderStatus('Paste a token first.', true);
      return;
    }
    $('token-input').value = '';
    setSession(raw, { kind: 'pasted' });
    // Best effort: say whose token it is. Failure leaves the token in place; queries will show why.
    try {
      var me = await post({ query: ME, operationName: 'Me' }, null, raw);
      var m = me && me.data && me.data.me;
      if (m && getToken() === raw) {
        var label = m.person ? m.person.name : m.organisation ? m.organisation.name + ' (partner token)' : '';
        writeStore(IDENTITY_KEY, JSON.stringify({ kind: 'pasted', label: label }));
        renderStatus();
      } else if (firstError(me) && getToken() === raw) {
        renderStatus('Using a pasted token · rejected: ' + firstError(me).message, true);
      }
    } catch (e) {
      /* network trouble: leave the status as it is */
    }
  }

  async function demoSignIn(event) {
    event.preventDefault();
    var username = $('demo-select').value;
    if (!username || !config.demoPassword) return;
    var button = $('demo-signin');
    button.disabled = true;
    renderStatus('Signing in as ' + username + '…');
    try {
      var result = await post(
        { query: LOGIN, operationName: 'Login', variables: { u: username, p: config.demoPassword } },
        null,
        null,
      );
      var session = result && result.data && result.data.login;
      if (!session) throw new Error(firstError(result) ? firstError(result).message : 'no session returned');
      setSession(session.token, {
        kind: 'demo',
        username: username,
        name: session.person.name,
        expiresAt: session.expiresAt,
      });
    } catch (e) {
      renderStatus('Sign-in failed: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  function signOut() {
    setSession(null, null);
  }

  // The query editor's text (CodeMirror keeps its instance on its element), else what GraphiQL reported.
  function currentQuery() {
    var editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    if (editor && editor.CodeMirror) return editor.CodeMirror.getValue();
    return edited.query || readStore('graphiql:query') || DEFAULT_QUERY;
  }

  function currentVariables() {
    var text = edited.variables !== null ? edited.variables : readStore('graphiql:variables');
    if (!text || !text.trim()) return {};
    return JSON.parse(text);
  }

  // Saves the editor's query and variables as a named saved query (analysts; others are refused).
  async function saveQuery(event) {
    event.preventDefault();
    var name = $('save-name').value.trim();
    if (!name) {
      renderStatus('Name the query first.', true);
      return;
    }
    var variables;
    try {
      variables = currentVariables();
    } catch (e) {
      renderStatus('The variables are not valid JSON: ' + e.message, true);
      return;
    }
    var button = $('save-query');
    button.disabled = true;
    try {
      var result = await post(
        {
          query: SAVE,
          operationName: 'SaveQuery',
          variables: { input: { name: name, document: currentQuery(), variables: variables } },
        },
        null,
        getToken(),
      );
      var saved = result && result.data && result.data.saveQuery;
      if (!saved) throw new Error(firstError(result) ? firstError(result).message : 'nothing saved');
      $('save-name').value = '';
      renderStatus('Saved “' + saved.name + '” (#' + saved.id + ') · CSV at ' + saved.exportPath);
    } catch (e) {
      renderStatus('Not saved: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // ---- start ----------------------------------------------------------------

  function fillDemoAccounts() {
    var accounts = config.demoAccounts;
    if (!accounts || !accounts.length || !config.demoPassword) return;
    var select = $('demo-select');
    accounts.forEach(function (a) {
      var option = document.createElement('option');
      option.value = a.username;
      option.textContent = a.username + ' · ' + a.role;
      option.title = a.description;
      select.appendChild(option);
    });
    $('demo-form').hidden = false;
  }

  // Forget a session token that has already expired, so the page does not start out rejected.
  function dropExpiredSession() {
    var who = getIdentity();
    if (who && who.expiresAt && Date.parse(who.expiresAt) <= Date.now()) {
      writeStore(TOKEN_KEY, null);
      writeStore(IDENTITY_KEY, null);
    }
  }

  async function start() {
    $('token-form').addEventListener('submit', useToken);
    $('demo-form').addEventListener('submit', demoSignIn);
    $('signout').addEventListener('click', signOut);
    $('save-form').addEventListener('submit', saveQuery);
    try {
      var res = await fetch(new URL('config.json', BASE), { credentials: 'same-origin' });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      config = await res.json();
    } catch (e) {
      console.warn('Playground config unavailable, using defaults:', e);
    }
    fillDemoAccounts();
    dropExpiredSession();
    renderStatus();
    mountGraphiQL();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
