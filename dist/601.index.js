var W=Object.defineProperty;var t=(E,p)=>W(E,"name",{value:p,configurable:!0});const U=601,X=[601],B={18601:((E,p,d)=>{d.d(p,{buildEdgePackage:t(()=>z,"buildEdgePackage"),$D:t(()=>I,"$D")});var h=d(77598),x=d(51455),g=d(76760),f=d(51306),w=d(311),y=d(83916),c=d(18109),n=d(46668),s=d(70303),u=d(44211);class a extends y.hs{static{t(this,"EdgeBuildError")}}function m(e){return e?`${e.file}:${e.line}:${e.col}: `:""}t(m,"at");function N(e){const r=m(e.pos);if(typeof e.name!="string"||!(0,n.sg)(e.name)||e.name!==e.name.toLowerCase())throw new a(`${r}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new a(`${r}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new a(`${r}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const o=(0,c.we)(e.name);if(o)throw new a(`${r}'${e.key}' is ${o} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new a(`${r}the value of '${e.key}' must be a string`);const i=(0,u.$g)(e.value);if(i)throw new a(`${r}the value of '${e.key}' contains ${i}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new a(`${r}'override' of '${e.key}' must be true or false`);for(const[l,v]of e.when?.statuses??[])if(!Number.isInteger(l)||!Number.isInteger(v)||l<100||v>599||l>v)throw new a(`${r}status range [${l}, ${v}] of '${e.key}' must be within 100-599, low first`);for(const l of e.when?.contentTypes??[])if(typeof l!="string"||!(0,s.sX)(l))throw new a(`${r}content type ${JSON.stringify(l)} of '${e.key}' must look like 'text/html' or 'text/*'`)}t(N,"checkHeaderRule");function $(e,r){const o=m(r);if(typeof e!="string")throw new a(`${o}remove entries must be header names`);const i=e.endsWith("*")?e.slice(0,-1):void 0,l=i??e;if(!(0,n.sg)(l)||l!==l.toLowerCase())throw new a(`${o}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(l==="__proto__")throw new a(`${o}'__proto__' cannot be removed by name: it is no header name a policy may use`);const v=i===void 0?(0,c.we)(e):c.C4.some(j=>i.startsWith(j))?"disallowed":void 0;if(v)throw new a(`${o}'${e}' is ${v} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}t($,"checkRemoveName");function O(e){const r={key:e.key,value:e.value,override:e.override},o={};return e.when?.statuses&&(o.statuses=e.when.statuses.map(([i,l])=>[i,l])),e.when?.contentTypes&&(o.contentTypes=e.when.contentTypes.map(i=>i.toLowerCase())),(o.statuses||o.contentTypes)&&(r.when=o),r}t(O,"compileRule");function b(e){const r=new Map;for(const o of e.headers){N(o);const i=r.get(o.name)??[];i.push(O(o)),r.set(o.name,i)}for(const o of e.remove)$(o.name,o.pos);return{set:[...r].map(([o,i])=>({name:o,rules:i})),remove:e.remove.map(o=>o.name)}}t(b,"compileSet");function P(e){return{version:1,defaults:b(e.defaults),paths:e.paths.map(r=>{const o=(0,s.oY)(r.match);if(r.pattern!==o)throw new a(`${m(r.pos)}path pattern for '${r.match}' is ${JSON.stringify(r.pattern)}, expected ${JSON.stringify(o)}; re-resolve the policy with the loader`);return{match:r.match,pattern:o,...b(r)}})}}t(P,"compileEdgeConfig");const _=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,T="index.handler",L="index.mjs",R="config.json",S={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function D(e){return(0,h.createHash)("sha256").update(e).digest("base64")}t(D,"codeSha256");function A(e){const r=Object.create(null);for(const o of e.set){const i=o.rules[0];i&&(r[o.name]=i.value)}return{headers:r,remove:[...e.remove]}}t(A,"packagedSet");function C(e){return{defaults:A(e.defaults),paths:e.paths.map(r=>({match:r.match,...A(r)}))}}t(C,"packagedHeaders");function k(e){return(0,f.L)({[L]:[(0,f._u)(_),S],[R]:[(0,f._u)(JSON.stringify(e)),S]},S)}t(k,"zipEdgeConfig");function z(e,r={}){const o=P(e),i=k(o),l={codeSha256:D(i),bytes:i.byteLength,runtime:r.runtime??e.lambda.runtime,handler:T,policyHash:e.hash,headers:C(o),builtBy:`headerguard ${w.y}`};return{zip:i,manifest:l}}t(z,"buildEdgePackage");async function F(e,r){await mkdir(e,{recursive:!0}),await writeFile(join(e,"edge.zip"),r.zip),await writeFile(join(e,"manifest.json"),`${JSON.stringify(r.manifest,null,2)}
`)}t(F,"writeEdgePackage");function H(e){let r;try{const i=(0,f.AO)(e,{filter:t(l=>l.name===R,"filter")})[R];if(!i)throw new Error(`it has no ${R}`);r=(0,f.he)(i)}catch(i){throw new a(`the zip is not a headerguard edge package: ${i instanceof Error?i.message:String(i)}`)}const o=JSON.parse(r);if(o.version!==1)throw new a(`the package's ${R} has unsupported version ${o.version}`);return o}t(H,"readEdgeConfig");function I(e){return C(H(e))}t(I,"readPackagedHeaders")}),18109:((E,p,d)=>{d.d(p,{C4:t(()=>x,"C4"),EY:t(()=>g,"EY"),n_:t(()=>w,"n_"),we:t(()=>f,"we")});const h=["connection","expect","keep-alive","proxy-authenticate","proxy-authorization","proxy-connection","trailer","upgrade","x-accel-buffering","x-accel-charset","x-accel-limit-rate","x-accel-redirect","x-amzn-auth","x-amzn-cf-billing","x-amzn-cf-id","x-amzn-cf-xff","x-amzn-errortype","x-amzn-fle-profile","x-amzn-header-count","x-amzn-header-order","x-amzn-lambda-integration-tag","x-amzn-requestid","x-cache","x-forwarded-proto","x-real-ip"],x=["x-amz-cf-","x-edge-"],g=["transfer-encoding","via"];function f(y){const c=y.toLowerCase();if(h.includes(c)||x.some(n=>c.startsWith(n)))return"disallowed";if(g.includes(c))return"read-only"}t(f,"edgeRestriction");const w=20480}),46668:((E,p,d)=>{d.d(p,{EV:t(()=>y,"EV"),_Q:t(()=>w,"_Q"),ag:t(()=>c,"ag"),ny:t(()=>f,"ny"),sg:t(()=>x,"sg")});const h=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function x(n){return h.test(n)}t(x,"isToken");const g={"content-security-policy":"Content-Security-Policy","content-security-policy-report-only":"Content-Security-Policy-Report-Only","www-authenticate":"WWW-Authenticate","x-xss-protection":"X-XSS-Protection","x-dns-prefetch-control":"X-DNS-Prefetch-Control","x-ua-compatible":"X-UA-Compatible","x-powered-by":"X-Powered-By",nel:"NEL",dnt:"DNT",etag:"ETag",te:"TE",sourcemap:"SourceMap","x-sourcemap":"X-SourceMap","x-aspnet-version":"X-AspNet-Version","x-aspnetmvc-version":"X-AspNetMvc-Version"};function f(n){const s=n.toLowerCase(),u=Object.hasOwn(g,s)?g[s]:void 0;return u||s.split("-").map(a=>a&&a[0].toUpperCase()+a.slice(1)).join("-")}t(f,"canonicalHeaderKey");const w=["access-control-allow-origin","cache-control","content-security-policy","content-security-policy-report-only","cross-origin-embedder-policy","cross-origin-embedder-policy-report-only","cross-origin-opener-policy","cross-origin-opener-policy-report-only","cross-origin-resource-policy","nel","origin-agent-cluster","permissions-policy","referrer-policy","report-to","reporting-endpoints","strict-transport-security","x-content-type-options","x-dns-prefetch-control","x-frame-options","x-permitted-cross-domain-policies","x-robots-tag","x-xss-protection"],y=new Set(["content-security-policy","content-security-policy-report-only"]);function c(n){return y.has(n.toLowerCase())}t(c,"isCspHeader")}),70303:((E,p,d)=>{d.d(p,{_t:t(()=>c,"_t"),gl:t(()=>g,"gl"),oY:t(()=>x,"oY"),sX:t(()=>f,"sX")});var h=d(46668);function x(n){let s="^";for(const u of n)u==="*"?s+=".*":u==="?"?s+=".":s+=u.replace(/[\\^$.|+()[\]{}/-]/g,a=>`\\${a}`);return`${s}$`}t(x,"globToRegExpSource");function g(n,s){for(const u of n.paths)if(new RegExp(u.pattern).test(s))return u;return n.defaults}t(g,"selectHeaderSet");function f(n){const s=n.indexOf("/");if(s<=0)return!1;const u=n.slice(0,s),a=n.slice(s+1);return u!=="*"&&(0,h.sg)(u)&&(a==="*"||(0,h.sg)(a))}t(f,"isMediaRange");function w(n){if(n===void 0)return;const s=n.split(";")[0]?.trim().toLowerCase();return s||void 0}t(w,"mediaType");function y(n,s){if(!n)return!0;if(n.statuses&&!n.statuses.some(([u,a])=>s.status>=u&&s.status<=a))return!1;if(n.contentTypes){const u=w(s.contentType);return u===void 0?!1:n.contentTypes.some(a=>{const m=a.toLowerCase();return m.endsWith("/*")?u.startsWith(m.slice(0,-1)):u===m})}return!0}t(y,"conditionMatches");function c(n,s){const u=new Set,a=[];for(const m of n.headers)u.has(m.name)||!y(m.when,s)||(u.add(m.name),a.push(m));return a}t(c,"applicableHeaders")}),44211:((E,p,d)=>{d.d(p,{$g:t(()=>y,"$g"),dO:t(()=>w,"dO"),pk:t(()=>g,"pk")});function h(c){return c===9||c>=32&&c<=126}t(h,"isAllowedValueCode");const x={0:"NUL",9:"CHARACTER TABULATION",10:"LINE FEED",13:"CARRIAGE RETURN",127:"DELETE",133:"NEXT LINE",160:"NO-BREAK SPACE",8203:"ZERO WIDTH SPACE",8232:"LINE SEPARATOR",8233:"PARAGRAPH SEPARATOR",65279:"ZERO WIDTH NO-BREAK SPACE"};function g(c){const n=c.toString(16).toUpperCase().padStart(4,"0"),s=x[c];return s?`U+${n} ${s}`:`U+${n}`}t(g,"describeCodePoint");function f(c){for(let n=0;n<c.length;n++){const s=c.charCodeAt(n);if(!h(s))return{offset:n,codePoint:c.codePointAt(n)??s}}}t(f,"firstBadValueChar");function w(c){const n=f(c);if(!n)return[];const u=n.codePoint===10&&n.offset===c.length-1?" (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)":n.codePoint===10||n.codePoint===13?" (a line break in a header value would let it inject headers)":"";return[{severity:"error",rule:"header-value-chars",message:`header value contains ${g(n.codePoint)} at offset ${n.offset}: only visible ASCII, space and tab are allowed${u}`,offset:n.offset}]}t(w,"checkValueChars");function y(c){const n=f(c);return n===void 0?void 0:`U+${n.codePoint.toString(16).toUpperCase().padStart(4,"0")}`}t(y,"forbiddenValueChar")}),311:((E,p,d)=>{d.d(p,{y:t(()=>h,"y")});const h="0.1.0"})};export{U as id,X as ids,B as modules};
