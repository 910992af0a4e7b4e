var C=Object.defineProperty;var n=(b,y)=>C(b,"name",{value:y,configurable:!0});const N=883,$=[883],T={9008:((b,y,d)=>{d.d(y,{A:n(()=>c,"A"),l:n(()=>v,"l")});var w=d(3916),m=d(8109),g=d(6668),f=d(303),_=d(4211);class c extends w.hs{static{n(this,"EdgeBuildError")}}function a(e){return e?`${e.file}:${e.line}:${e.col}: `:""}n(a,"at");function t(e){const i=a(e.pos);if(typeof e.name!="string"||!(0,g.sg)(e.name)||e.name!==e.name.toLowerCase())throw new c(`${i}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new c(`${i}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new c(`${i}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const s=(0,m.we)(e.name);if(s)throw new c(`${i}'${e.key}' is ${s} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new c(`${i}the value of '${e.key}' must be a string`);const p=(0,_.$g)(e.value);if(p)throw new c(`${i}the value of '${e.key}' contains ${p}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new c(`${i}'override' of '${e.key}' must be true or false`);for(const[h,R]of e.when?.statuses??[])if(!Number.isInteger(h)||!Number.isInteger(R)||h<100||R>599||h>R)throw new c(`${i}status range [${h}, ${R}] of '${e.key}' must be within 100-599, low first`);for(const h of e.when?.contentTypes??[])if(typeof h!="string"||!(0,f.sX)(h))throw new c(`${i}content type ${JSON.stringify(h)} of '${e.key}' must look like 'text/html' or 'text/*'`)}n(t,"checkHeaderRule");function r(e,i){const s=a(i);if(typeof e!="string")throw new c(`${s}remove entries must be header names`);const p=e.endsWith("*")?e.slice(0,-1):void 0,h=p??e;if(!(0,g.sg)(h)||h!==h.toLowerCase())throw new c(`${s}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(h==="__proto__")throw new c(`${s}'__proto__' cannot be removed by name: it is no header name a policy may use`);const R=p===void 0?(0,m.we)(e):m.C4.some(A=>p.startsWith(A))?"disallowed":void 0;if(R)throw new c(`${s}'${e}' is ${R} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}n(r,"checkRemoveName");function o(e){const i={key:e.key,value:e.value,override:e.override},s={};return e.when?.statuses&&(s.statuses=e.when.statuses.map(([p,h])=>[p,h])),e.when?.contentTypes&&(s.contentTypes=e.when.contentTypes.map(p=>p.toLowerCase())),(s.statuses||s.contentTypes)&&(i.when=s),i}n(o,"compileRule");function u(e){const i=new Map;for(const s of e.headers){t(s);const p=i.get(s.name)??[];p.push(o(s)),i.set(s.name,p)}for(const s of e.remove)r(s.name,s.pos);return{set:[...i].map(([s,p])=>({name:s,rules:p})),remove:e.remove.map(s=>s.name)}}n(u,"compileSet");function v(e){return{version:1,defaults:u(e.defaults),paths:e.paths.map(i=>{const s=(0,f.oY)(i.match);if(i.pattern!==s)throw new c(`${a(i.pos)}path pattern for '${i.match}' is ${JSON.stringify(i.pattern)}, expected ${JSON.stringify(s)}; re-resolve the policy with the loader`);return{match:i.match,pattern:s,...u(i)}})}}n(v,"compileEdgeConfig")}),5883:((b,y,d)=>{d.d(y,{buildEdgePackage:n(()=>p,"buildEdgePackage"),$D:n(()=>A,"$D"),RB:n(()=>h,"RB")});var w=d(7598),m=d(1455),g=d(6760),f=d(1306),_=d(311),c=d(9008);const a=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,t="index.handler",r="index.mjs",o="config.json",u={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function v(l){return(0,w.createHash)("sha256").update(l).digest("base64")}n(v,"codeSha256");function e(l){const x=Object.create(null);for(const S of l.set){const E=S.rules[0];E&&(x[S.name]=E.value)}return{headers:x,remove:[...l.remove]}}n(e,"packagedSet");function i(l){return{defaults:e(l.defaults),paths:l.paths.map(x=>({match:x.match,...e(x)}))}}n(i,"packagedHeaders");function s(l){return(0,f.L)({[r]:[(0,f._u)(a),u],[o]:[(0,f._u)(JSON.stringify(l)),u]},u)}n(s,"zipEdgeConfig");function p(l,x={}){const S=(0,c.l)(l),E=s(S),O={codeSha256:v(E),bytes:E.byteLength,runtime:x.runtime??l.lambda.runtime,handler:t,policyHash:l.hash,headers:i(S),builtBy:`headerguard ${_.y}`};return{zip:E,manifest:O}}n(p,"buildEdgePackage");async function h(l,x){await(0,m.mkdir)(l,{recursive:!0}),await(0,m.writeFile)((0,g.join)(l,"edge.zip"),x.zip),await(0,m.writeFile)((0,g.join)(l,"manifest.json"),`${JSON.stringify(x.manifest,null,2)}
`)}n(h,"writeEdgePackage");function R(l){let x;try{const E=(0,f.AO)(l,{filter:n(O=>O.name===o,"filter")})[o];if(!E)throw new Error(`it has no ${o}`);x=(0,f.he)(E)}catch(E){throw new c.A(`the zip is not a headerguard edge package: ${E instanceof Error?E.message:String(E)}`)}const S=JSON.parse(x);if(S.version!==1)throw new c.A(`the package's ${o} has unsupported version ${S.version}`);return S}n(R,"readEdgeConfig");function A(l){return i(R(l))}n(A,"readPackagedHeaders")}),8109:((b,y,d)=>{d.d(y,{C4:n(()=>m,"C4"),EY:n(()=>g,"EY"),n_:n(()=>_,"n_"),we:n(()=>f,"we")});const w=["connection","expect","keep-alive","proxy-authenticate","proxy-authorization","proxy-connection","trailer","upgrade","x-accel-buffering","x-accel-charset","x-accel-limit-rate","x-accel-redirect","x-amzn-auth","x-amzn-cf-billing","x-amzn-cf-id","x-amzn-cf-xff","x-amzn-errortype","x-amzn-fle-profile","x-amzn-header-count","x-amzn-header-order","x-amzn-lambda-integration-tag","x-amzn-requestid","x-cache","x-forwarded-proto","x-real-ip"],m=["x-amz-cf-","x-edge-"],g=["transfer-encoding","via"];function f(c){const a=c.toLowerCase();if(w.includes(a)||m.some(t=>a.startsWith(t)))return"disallowed";if(g.includes(a))return"read-only"}n(f,"edgeRestriction");const _=20480}),6668:((b,y,d)=>{d.d(y,{EV:n(()=>c,"EV"),_Q:n(()=>_,"_Q"),ag:n(()=>a,"ag"),ny:n(()=>f,"ny"),sg:n(()=>m,"sg")});const w=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function m(t){return w.test(t)}n(m,"isToken");const g={"content-security-policy":"Content-Security-Policy","content-security-policy-report-only":"Content-Security-Policy-Report-Only","www-authenticate":"WWW-Authenticate","x-xss-protection":"X-XSS-Protection","x-dns-prefetch-control":"X-DNS-Prefetch-Control","x-ua-compatible":"X-UA-Compatible","x-powered-by":"X-Powered-By",nel:"NEL",dnt:"DNT",etag:"ETag",te:"TE",sourcemap:"SourceMap","x-sourcemap":"X-SourceMap","x-aspnet-version":"X-AspNet-Version","x-aspnetmvc-version":"X-AspNetMvc-Version"};function f(t){const r=t.toLowerCase(),o=Object.hasOwn(g,r)?g[r]:void 0;return o||r.split("-").map(u=>u&&u[0].toUpperCase()+u.slice(1)).join("-")}n(f,"canonicalHeaderKey");const _=["access-control-allow-origin","cache-control","content-security-policy","content-security-policy-report-only","cross-origin-embedder-policy","cross-origin-embedder-policy-report-only","cross-origin-opener-policy","cross-origin-opener-policy-report-only","cross-origin-resource-policy","nel","origin-agent-cluster","permissions-policy","referrer-policy","report-to","reporting-endpoints","strict-transport-security","x-content-type-options","x-dns-prefetch-control","x-frame-options","x-permitted-cross-domain-policies","x-robots-tag","x-xss-protection"],c=new Set(["content-security-policy","content-security-policy-report-only"]);function a(t){return c.has(t.toLowerCase())}n(a,"isCspHeader")}),303:((b,y,d)=>{d.d(y,{_t:n(()=>a,"_t"),gl:n(()=>g,"gl"),oY:n(()=>m,"oY"),sX:n(()=>f,"sX")});var w=d(6668);function m(t){let r="^";for(const o of t)o==="*"?r+=".*":o==="?"?r+=".":r+=o.replace(/[\\^$.|+()[\]{}/-]/g,u=>`\\${u}`);return`${r}$`}n(m,"globToRegExpSource");function g(t,r){for(const o of t.paths)if(new RegExp(o.pattern).test(r))return o;return t.defaults}n(g,"selectHeaderSet");function f(t){const r=t.indexOf("/");if(r<=0)return!1;const o=t.slice(0,r),u=t.slice(r+1);return o!=="*"&&(0,w.sg)(o)&&(u==="*"||(0,w.sg)(u))}n(f,"isMediaRange");function _(t){if(t===void 0)return;const r=t.split(";")[0]?.trim().toLowerCase();return r||void 0}n(_,"mediaType");function c(t,r){if(!t)return!0;if(t.statuses&&!t.statuses.some(([o,u])=>r.status>=o&&r.status<=u))return!1;if(t.contentTypes){const o=_(r.contentType);return o===void 0?!1:t.contentTypes.some(u=>{const v=u.toLowerCase();return v.endsWith("/*")?o.startsWith(v.slice(0,-1)):o===v})}return!0}n(c,"conditionMatches");function a(t,r){const o=new Set,u=[];for(const v of t.headers)o.has(v.name)||!c(v.when,r)||(o.add(v.name),u.push(v));return u}n(a,"applicableHeaders")}),4211:((b,y,d)=>{d.d(y,{$g:n(()=>c,"$g"),dO:n(()=>_,"dO"),pk:n(()=>g,"pk")});function w(a){return a===9||a>=32&&a<=126}n(w,"isAllowedValueCode");const m={0:"NUL",9:"CHARACTER TABULATION",10:"LINE FEED",13:"CARRIAGE RETURN",127:"DELETE",133:"NEXT LINE",160:"NO-BREAK SPACE",8203:"ZERO WIDTH SPACE",8232:"LINE SEPARATOR",8233:"PARAGRAPH SEPARATOR",65279:"ZERO WIDTH NO-BREAK SPACE"};function g(a){const t=a.toString(16).toUpperCase().padStart(4,"0"),r=m[a];return r?`U+${t} ${r}`:`U+${t}`}n(g,"describeCodePoint");function f(a){for(let t=0;t<a.length;t++){const r=a.charCodeAt(t);if(!w(r))return{offset:t,codePoint:a.codePointAt(t)??r}}}n(f,"firstBadValueChar");function _(a){const t=f(a);if(!t)return[];const o=t.codePoint===10&&t.offset===a.length-1?" (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)":t.codePoint===10||t.codePoint===13?" (a line break in a header value would let it inject headers)":"";return[{severity:"error",rule:"header-value-chars",message:`header value contains ${g(t.codePoint)} at offset ${t.offset}: only visible ASCII, space and tab are allowed${o}`,offset:t.offset}]}n(_,"checkValueChars");function c(a){const t=f(a);return t===void 0?void 0:`U+${t.codePoint.toString(16).toUpperCase().padStart(4,"0")}`}n(c,"forbiddenValueChar")})};export{N as id,$ as ids,T as modules};
