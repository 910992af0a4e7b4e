const b=416,T=[416],M={9008:((C,x,r)=>{r.d(x,{A:()=>o,l:()=>d});var w=r(3916),y=r(8109),f=r(6668),h=r(303),O=r(4211);class o extends w.hs{name="EdgeBuildError"}function m(e){return e?`${e.file}:${e.line}:${e.col}: `:""}function E(e){const t=m(e.pos);if(typeof e.name!="string"||!(0,f.sg)(e.name)||e.name!==e.name.toLowerCase())throw new o(`${t}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new o(`${t}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new o(`${t}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const n=(0,y.we)(e.name);if(n)throw new o(`${t}'${e.key}' is ${n} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new o(`${t}the value of '${e.key}' must be a string`);const a=(0,O.$g)(e.value);if(a)throw new o(`${t}the value of '${e.key}' contains ${a}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new o(`${t}'override' of '${e.key}' must be true or false`);for(const[s,c]of e.when?.statuses??[])if(!Number.isInteger(s)||!Number.isInteger(c)||s<100||c>599||s>c)throw new o(`${t}status range [${s}, ${c}] of '${e.key}' must be within 100-599, low first`);for(const s of e.when?.contentTypes??[])if(typeof s!="string"||!(0,h.sX)(s))throw new o(`${t}content type ${JSON.stringify(s)} of '${e.key}' must look like 'text/html' or 'text/*'`)}function _(e,t){const n=m(t);if(typeof e!="string")throw new o(`${n}remove entries must be header names`);const a=e.endsWith("*")?e.slice(0,-1):void 0,s=a??e;if(!(0,f.sg)(s)||s!==s.toLowerCase())throw new o(`${n}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(s==="__proto__")throw new o(`${n}'__proto__' cannot be removed by name: it is no header name a policy may use`);const c=a===void 0?(0,y.we)(e):y.C4.some(P=>a.startsWith(P))?"disallowed":void 0;if(c)throw new o(`${n}'${e}' is ${c} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}function p(e){const t={key:e.key,value:e.value,override:e.override},n={};return e.when?.statuses&&(n.statuses=e.when.statuses.map(([a,s])=>[a,s])),e.when?.contentTypes&&(n.contentTypes=e.when.contentTypes.map(a=>a.toLowerCase())),(n.statuses||n.contentTypes)&&(t.when=n),t}function g(e){const t=new Map;for(const n of e.headers){E(n);const a=t.get(n.name)??[];a.push(p(n)),t.set(n.name,a)}for(const n of e.remove)_(n.name,n.pos);return{set:[...t].map(([n,a])=>({name:n,rules:a})),remove:e.remove.map(n=>n.name)}}function d(e){return{version:1,defaults:g(e.defaults),paths:e.paths.map(t=>{const n=(0,h.oY)(t.match);if(t.pattern!==n)throw new o(`${m(t.pos)}path pattern for '${t.match}' is ${JSON.stringify(t.pattern)}, expected ${JSON.stringify(n)}; re-resolve the policy with the loader`);return{match:t.match,pattern:n,...g(t)}})}}}),5883:((C,x,r)=>{r.d(x,{S1:()=>a,$D:()=>P,RB:()=>s});var w=r(7598),y=r(1455),f=r(6760),h=r(1306),O=r(311),o=r(9008);const m=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
// nodejs22.x and nodejs24.x (async handler: nodejs24.x has no callbacks).
//
// The policy arrives as data in ./config.json, written by headerguard's compiler. It is read
// and turned into ready-made CloudFront header entries once, at cold start; a request only
// picks the header set for its path and merges. Nothing from the policy is ever code.

// process.getBuiltinModule (Node.js 20.16+, 22.3+) rather than an import statement: one module
// resolution less at cold start. Lambda@Edge requires the Auto runtime-update mode, so every
// nodejs20.x/22.x/24.x it runs is recent enough.
const { readFileSync } = process.getBuiltinModule('node:fs')

// Lambda@Edge answers 502 when a function adds, changes or deletes these (CloudFront Developer
// Guide, "Restrictions on all edge functions" and "Restrictions on Lambda@Edge"). The compiler
// refuses policies that name them; this list makes the function safe even without that check.
export const PROTECTED_HEADERS = Object.freeze([
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'trailer',
  'upgrade',
  'x-accel-buffering',
  'x-accel-charset',
  'x-accel-limit-rate',
  'x-accel-redirect',
  'x-amzn-auth',
  'x-amzn-cf-billing',
  'x-amzn-cf-id',
  'x-amzn-cf-xff',
  'x-amzn-errortype',
  'x-amzn-fle-profile',
  'x-amzn-header-count',
  'x-amzn-header-order',
  'x-amzn-lambda-integration-tag',
  'x-amzn-requestid',
  'x-cache',
  'x-forwarded-proto',
  'x-real-ip',
  'transfer-encoding',
  'via'
])
export const PROTECTED_HEADER_PREFIXES = Object.freeze(['x-amz-cf-', 'x-edge-'])

const protectedNames = new Set(PROTECTED_HEADERS)

function isProtected(name) {
  if (protectedNames.has(name)) return true
  for (let i = 0; i < PROTECTED_HEADER_PREFIXES.length; i++) {
    if (name.startsWith(PROTECTED_HEADER_PREFIXES[i])) return true
  }
  return false
}

function flatRanges(ranges) {
  const flat = []
  for (const [low, high] of ranges) flat.push(low, high)
  return flat
}

// A header rule ready to apply: the entry array is built once and shared by every response
// (Lambda serialises the returned object, so sharing is safe; frozen so nothing can edit it).
function compileRule(rule) {
  const when = rule.when
  const types = []
  const typePrefixes = []
  if (when && when.contentTypes) {
    for (const type of when.contentTypes) {
      const t = type.toLowerCase()
      if (t.endsWith('/*')) typePrefixes.push(t.slice(0, -1))
      else types.push(t)
    }
  }
  return {
    entry: Object.freeze([Object.freeze({ key: rule.key, value: rule.value })]),
    override: rule.override === true,
    statuses: when && when.statuses ? flatRanges(when.statuses) : null,
    types: when && when.contentTypes ? types : null,
    typePrefixes
  }
}

function compileGroup(group) {
  const rules = group.rules.map(compileRule)
  const only =
    rules.length === 1 && rules[0].statuses === null && rules[0].types === null ? rules[0] : null
  return { name: group.name, only, rules }
}

// A CloudFront path pattern as the cheapest equivalent test: equality, a prefix, or the
// anchored RegExp the compiler derived from it.
function compileMatcher(match, pattern) {
  const star = match.indexOf('*')
  if (match.indexOf('?') === -1) {
    if (star === -1) return { exact: match, prefix: null, regexp: null }
    if (star === match.length - 1) return { exact: null, prefix: match.slice(0, -1), regexp: null }
  }
  return { exact: null, prefix: null, regexp: new RegExp(pattern) }
}

// Header maps are plain objects that CloudFront's JSON fills: only own properties are headers.
// A name such as \`constructor\` must not read Object.prototype's member, and \`__proto__\` is
// never assigned (it would replace the map's prototype); the compiler refuses it as well.
function ownHeader(headers, name) {
  return Object.hasOwn(headers, name) ? headers[name] : undefined
}

function compileSet(set, match, pattern) {
  const removeExact = []
  const removePrefixes = []
  for (const name of set.remove) {
    if (name.endsWith('*')) removePrefixes.push(name.slice(0, -1))
    else if (!isProtected(name) && name !== '__proto__') removeExact.push(name)
  }
  return {
    matcher: match === null ? null : compileMatcher(match, pattern),
    removeExact: removeExact.length > 0 ? removeExact : null,
    removePrefixes: removePrefixes.length > 0 ? removePrefixes : null,
    groups: set.set
      .filter((group) => !isProtected(group.name) && group.name !== '__proto__')
      .map(compileGroup)
  }
}

const config = JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8'))
if (config.version !== 1)
  throw new Error(\`config.json version \${config.version} is not supported by this handler\`)
const defaults = compileSet(config.defaults, null, null)
const paths = config.paths.map((p) => compileSet(p, p.match, p.pattern))

function selectSet(uri) {
  for (let i = 0; i < paths.length; i++) {
    const m = paths[i].matcher
    if (
      m.exact !== null
        ? uri === m.exact
        : m.prefix !== null
          ? uri.startsWith(m.prefix)
          : m.regexp.test(uri)
    ) {
      return paths[i]
    }
  }
  return defaults
}

// Content types repeat across responses: remember each one parsed (bounded in count and in
// value length, so an origin sending endless distinct values cannot grow it without limit).
const mediaTypes = new Map()
function mediaTypeOf(headers) {
  const entries = ownHeader(headers, 'content-type')
  if (entries === undefined || entries.length === 0) return undefined
  const value = entries[0].value
  let type = mediaTypes.get(value)
  if (type === undefined) {
    const semicolon = value.indexOf(';')
    type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase()
    if (value.length <= 128) {
      if (mediaTypes.size >= 256) mediaTypes.clear()
      mediaTypes.set(value, type)
    }
  }
  return type === '' ? undefined : type
}

function typeMatches(rule, media) {
  for (let i = 0; i < rule.types.length; i++) if (media === rule.types[i]) return true
  for (let i = 0; i < rule.typePrefixes.length; i++)
    if (media.startsWith(rule.typePrefixes[i])) return true
  return false
}

function statusMatches(ranges, status) {
  for (let i = 0; i < ranges.length; i += 2)
    if (status >= ranges[i] && status <= ranges[i + 1]) return true
  return false
}

// A removed header is set to undefined rather than deleted: Lambda returns the result as
// JSON, which leaves undefined members out, so CloudFront never sees the header; and the
// header map keeps its fast shape (a delete would turn it into a slow dictionary).
function removeHeaders(headers, set) {
  const exact = set.removeExact
  if (exact !== null) {
    for (let i = 0; i < exact.length; i++) {
      if (ownHeader(headers, exact[i]) !== undefined) headers[exact[i]] = undefined
    }
  }
  const prefixes = set.removePrefixes
  if (prefixes !== null) {
    for (const name in headers) {
      for (let i = 0; i < prefixes.length; i++) {
        if (name.startsWith(prefixes[i])) {
          if (headers[name] !== undefined && !isProtected(name)) headers[name] = undefined
          break
        }
      }
    }
  }
}

const UNKNOWN = -1

export const handler = async (event) => {
  const cf = event.Records[0].cf
  const response = cf.response
  const set = paths.length === 0 ? defaults : selectSet(cf.request.uri)
  const headers = response.headers
  if (set.removeExact !== null || set.removePrefixes !== null) removeHeaders(headers, set)
  const groups = set.groups
  let status = UNKNOWN
  let media = null
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]
    let rule = group.only
    if (rule === null) {
      // Several rules or conditions for one header: the first whose \`when\` holds applies.
      const rules = group.rules
      for (let r = 0; r < rules.length; r++) {
        const candidate = rules[r]
        if (candidate.statuses !== null) {
          if (status === UNKNOWN) status = +response.status
          if (!statusMatches(candidate.statuses, status)) continue
        }
        if (candidate.types !== null) {
          if (media === null) media = mediaTypeOf(headers)
          if (media === undefined || !typeMatches(candidate, media)) continue
        }
        rule = candidate
        break
      }
      if (rule === null) continue
    }
    if (!rule.override) {
      const current = ownHeader(headers, group.name)
      if (current !== undefined && current.length !== 0) continue
    }
    headers[group.name] = rule.entry
  }
  return response
}
`,E="index.handler",_="index.mjs",p="config.json",g={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function d(i){return(0,w.createHash)("sha256").update(i).digest("base64")}function e(i){const l=Object.create(null);for(const v of i.set){const u=v.rules[0];u&&(l[v.name]=u.value)}return{headers:l,remove:[...i.remove]}}function t(i){return{defaults:e(i.defaults),paths:i.paths.map(l=>({match:l.match,...e(l)}))}}function n(i){return(0,h.L)({[_]:[(0,h._u)(m),g],[p]:[(0,h._u)(JSON.stringify(i)),g]},g)}function a(i,l={}){const v=(0,o.l)(i),u=n(v),R={codeSha256:d(u),bytes:u.byteLength,runtime:l.runtime??i.lambda.runtime,handler:E,policyHash:i.hash,headers:t(v),builtBy:`headerguard ${O.y}`};return{zip:u,manifest:R}}async function s(i,l){await(0,y.mkdir)(i,{recursive:!0}),await(0,y.writeFile)((0,f.join)(i,"edge.zip"),l.zip),await(0,y.writeFile)((0,f.join)(i,"manifest.json"),`${JSON.stringify(l.manifest,null,2)}
`)}function c(i){let l;try{const u=(0,h.AO)(i,{filter:R=>R.name===p})[p];if(!u)throw new Error(`it has no ${p}`);l=(0,h.he)(u)}catch(u){throw new o.A(`the zip is not a headerguard edge package: ${u instanceof Error?u.message:String(u)}`)}const v=JSON.parse(l);if(v.version!==1)throw new o.A(`the package's ${p} has unsupported version ${v.version}`);return v}function P(i){return t(c(i))}}),3479:((C,x,r)=>{r.d(x,{Kz:()=>p,Mm:()=>g,fo:()=>o});var w=r(3024),y=r.n(w),f=r(6760),h=r.n(f),O=r(3916);class o extends O.hs{name="BrowserUnavailableError"}const m={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},E=["chromium","chromium-browser"];function _(d,e,t){for(const n of(e.PATH??"").split(f.delimiter))if(n&&t((0,f.join)(n,d)))return(0,f.join)(n,d)}function p(d,e,t=process.platform,n=w.existsSync){if(d){if(!n(d))throw new o(`browser-path '${d}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:d,from:"browser-path"}}if(e.CHROME_PATH&&n(e.CHROME_PATH))return{path:e.CHROME_PATH,from:"CHROME_PATH"};const a=(m[t]??[]).find(s=>n(s));if(a)return{path:a,from:"Google Chrome"};for(const s of E){const c=_(s,e,n);if(c)return{path:c,from:"PATH"}}}const g="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),688:((C,x,r)=>{r.d(x,{C:()=>O});var w=r(8279),y=r(3379),f=r(6380);function h(o,m,E){return{status:o,headers:{"content-type":["text/html"],"x-cache":[`${m} from cloudfront`]},rejected:E}}async function O(o){const m=await(0,f.TW)(o,{isolated:!0});return{async apply(E,_){const p=Object.entries(_.headers).flatMap(([a,s])=>s.map(c=>[a,c])),g=(0,w.S)({uri:E,status:_.status,headers:p}),d=g.Records[0]?.cf.response,e=await m.invoke(g);if(!e.response||!d)return h(503,"LambdaExecutionError",e.error??"the function returned nothing");const t=(0,y.d)(d,e.response);if(t.length>0)return h(502,"LambdaValidationError",t.join("; "));const n=Object.create(null);for(const[a,s]of Object.entries(e.response.headers??{}))n[a]=s.map(c=>c.value);return{status:Number(e.response.status),headers:n}},close:()=>m.close()}}})};export{b as id,T as ids,M as modules};
