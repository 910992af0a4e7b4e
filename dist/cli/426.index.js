var O=Object.defineProperty;var n=($,x)=>O($,"name",{value:x,configurable:!0});const P=426,N=[426,883],T={9008:(($,x,l)=>{l.d(x,{A:n(()=>i,"A"),l:n(()=>p,"l")});var E=l(3916),g=l(8109),y=l(6668),m=l(303),w=l(4211);class i extends E.hs{static{n(this,"EdgeBuildError")}}function c(e){return e?`${e.file}:${e.line}:${e.col}: `:""}n(c,"at");function r(e){const a=c(e.pos);if(typeof e.name!="string"||!(0,y.sg)(e.name)||e.name!==e.name.toLowerCase())throw new i(`${a}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new i(`${a}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new i(`${a}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const o=(0,g.we)(e.name);if(o)throw new i(`${a}'${e.key}' is ${o} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new i(`${a}the value of '${e.key}' must be a string`);const d=(0,w.$g)(e.value);if(d)throw new i(`${a}the value of '${e.key}' contains ${d}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new i(`${a}'override' of '${e.key}' must be true or false`);for(const[f,R]of e.when?.statuses??[])if(!Number.isInteger(f)||!Number.isInteger(R)||f<100||R>599||f>R)throw new i(`${a}status range [${f}, ${R}] of '${e.key}' must be within 100-599, low first`);for(const f of e.when?.contentTypes??[])if(typeof f!="string"||!(0,m.sX)(f))throw new i(`${a}content type ${JSON.stringify(f)} of '${e.key}' must look like 'text/html' or 'text/*'`)}n(r,"checkHeaderRule");function t(e,a){const o=c(a);if(typeof e!="string")throw new i(`${o}remove entries must be header names`);const d=e.endsWith("*")?e.slice(0,-1):void 0,f=d??e;if(!(0,y.sg)(f)||f!==f.toLowerCase())throw new i(`${o}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(f==="__proto__")throw new i(`${o}'__proto__' cannot be removed by name: it is no header name a policy may use`);const R=d===void 0?(0,g.we)(e):g.C4.some(S=>d.startsWith(S))?"disallowed":void 0;if(R)throw new i(`${o}'${e}' is ${R} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}n(t,"checkRemoveName");function s(e){const a={key:e.key,value:e.value,override:e.override},o={};return e.when?.statuses&&(o.statuses=e.when.statuses.map(([d,f])=>[d,f])),e.when?.contentTypes&&(o.contentTypes=e.when.contentTypes.map(d=>d.toLowerCase())),(o.statuses||o.contentTypes)&&(a.when=o),a}n(s,"compileRule");function u(e){const a=new Map;for(const o of e.headers){r(o);const d=a.get(o.name)??[];d.push(s(o)),a.set(o.name,d)}for(const o of e.remove)t(o.name,o.pos);return{set:[...a].map(([o,d])=>({name:o,rules:d})),remove:e.remove.map(o=>o.name)}}n(u,"compileSet");function p(e){return{version:1,defaults:u(e.defaults),paths:e.paths.map(a=>{const o=(0,m.oY)(a.match);if(a.pattern!==o)throw new i(`${c(a.pos)}path pattern for '${a.match}' is ${JSON.stringify(a.pattern)}, expected ${JSON.stringify(o)}; re-resolve the policy with the loader`);return{match:a.match,pattern:o,...u(a)}})}}n(p,"compileEdgeConfig")}),3426:(($,x,l)=>{l.r(x),l.d(x,{EMPTY_HEADERS:n(()=>g,"EMPTY_HEADERS"),comparePackages:n(()=>r,"comparePackages"),describeChange:n(()=>c,"describeChange"),diffHeaders:n(()=>m,"diffHeaders")});var E=l(5883);const g={defaults:{headers:{},remove:[]},paths:[]};function y(t){const s=new Map,u=[{path:void 0,set:t.defaults},...t.paths.map(p=>({path:p.match,set:p}))];for(const{path:p,set:e}of u){const a=p===void 0?{}:{path:p};for(const[o,d]of Object.entries(e.headers)){const f=`${p??""}\0set\0${o}`;s.set(f,{key:f,change:{name:o,...a},value:d})}for(const o of e.remove){const d=`${p??""}\0remove\0${o}`;s.set(d,{key:d,change:{name:o,...a,action:"remove"},value:""})}}return s}n(y,"entries");function m(t,s){const u=y(t),p=y(s),e={added:[],changed:[],removed:[]},a=n((o,d)=>o.change.action==="remove"?{...o.change}:{...o.change,[d]:o.value},"withValue");for(const[o,d]of p){const f=u.get(o);f?f.value!==d.value&&e.changed.push({...d.change,before:f.value,after:d.value}):e.added.push(a(d,"after"))}for(const[o,d]of u)p.has(o)||e.removed.push(a(d,"before"));return e}n(m,"diffHeaders");const w=120;function i(t){return t.length>w?`${t.slice(0,w)}… (${t.length} chars)`:t}n(i,"shorten");function c(t){const s=t.path?` (paths ${t.path})`:"";return t.action==="remove"?`remove ${t.name}${s}`:t.before!==void 0&&t.after!==void 0?`${t.name}${s}: ${i(t.before)} → ${i(t.after)}`:`${t.name}${s}: ${i(t.after??t.before??"")}`}n(c,"describeChange");const r={diff:n((t,s)=>m(t?(0,E.$D)(t):g,s.manifest.headers),"diff"),describe:c}}),5883:(($,x,l)=>{l.d(x,{buildEdgePackage:n(()=>d,"buildEdgePackage"),$D:n(()=>S,"$D"),RB:n(()=>f,"RB")});var E=l(7598),g=l(1455),y=l(6760),m=l(1306),w=l(311),i=l(9008);const c=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,r="index.handler",t="index.mjs",s="config.json",u={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function p(h){return(0,E.createHash)("sha256").update(h).digest("base64")}n(p,"codeSha256");function e(h){const v=Object.create(null);for(const b of h.set){const _=b.rules[0];_&&(v[b.name]=_.value)}return{headers:v,remove:[...h.remove]}}n(e,"packagedSet");function a(h){return{defaults:e(h.defaults),paths:h.paths.map(v=>({match:v.match,...e(v)}))}}n(a,"packagedHeaders");function o(h){return(0,m.L)({[t]:[(0,m._u)(c),u],[s]:[(0,m._u)(JSON.stringify(h)),u]},u)}n(o,"zipEdgeConfig");function d(h,v={}){const b=(0,i.l)(h),_=o(b),A={codeSha256:p(_),bytes:_.byteLength,runtime:v.runtime??h.lambda.runtime,handler:r,policyHash:h.hash,headers:a(b),builtBy:`headerguard ${w.y}`};return{zip:_,manifest:A}}n(d,"buildEdgePackage");async function f(h,v){await(0,g.mkdir)(h,{recursive:!0}),await(0,g.writeFile)((0,y.join)(h,"edge.zip"),v.zip),await(0,g.writeFile)((0,y.join)(h,"manifest.json"),`${JSON.stringify(v.manifest,null,2)}
`)}n(f,"writeEdgePackage");function R(h){let v;try{const _=(0,m.AO)(h,{filter:n(A=>A.name===s,"filter")})[s];if(!_)throw new Error(`it has no ${s}`);v=(0,m.he)(_)}catch(_){throw new i.A(`the zip is not a headerguard edge package: ${_ instanceof Error?_.message:String(_)}`)}const b=JSON.parse(v);if(b.version!==1)throw new i.A(`the package's ${s} has unsupported version ${b.version}`);return b}n(R,"readEdgeConfig");function S(h){return a(R(h))}n(S,"readPackagedHeaders")}),8109:(($,x,l)=>{l.d(x,{C4:n(()=>g,"C4"),EY:n(()=>y,"EY"),n_:n(()=>w,"n_"),we:n(()=>m,"we")});const E=["connection","expect","keep-alive","proxy-authenticate","proxy-authorization","proxy-connection","trailer","upgrade","x-accel-buffering","x-accel-charset","x-accel-limit-rate","x-accel-redirect","x-amzn-auth","x-amzn-cf-billing","x-amzn-cf-id","x-amzn-cf-xff","x-amzn-errortype","x-amzn-fle-profile","x-amzn-header-count","x-amzn-header-order","x-amzn-lambda-integration-tag","x-amzn-requestid","x-cache","x-forwarded-proto","x-real-ip"],g=["x-amz-cf-","x-edge-"],y=["transfer-encoding","via"];function m(i){const c=i.toLowerCase();if(E.includes(c)||g.some(r=>c.startsWith(r)))return"disallowed";if(y.includes(c))return"read-only"}n(m,"edgeRestriction");const w=20480}),6668:(($,x,l)=>{l.d(x,{EV:n(()=>i,"EV"),_Q:n(()=>w,"_Q"),ag:n(()=>c,"ag"),ny:n(()=>m,"ny"),sg:n(()=>g,"sg")});const E=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function g(r){return E.test(r)}n(g,"isToken");const y={"content-security-policy":"Content-Security-Policy","content-security-policy-report-only":"Content-Security-Policy-Report-Only","www-authenticate":"WWW-Authenticate","x-xss-protection":"X-XSS-Protection","x-dns-prefetch-control":"X-DNS-Prefetch-Control","x-ua-compatible":"X-UA-Compatible","x-powered-by":"X-Powered-By",nel:"NEL",dnt:"DNT",etag:"ETag",te:"TE",sourcemap:"SourceMap","x-sourcemap":"X-SourceMap","x-aspnet-version":"X-AspNet-Version","x-aspnetmvc-version":"X-AspNetMvc-Version"};function m(r){const t=r.toLowerCase(),s=Object.hasOwn(y,t)?y[t]:void 0;return s||t.split("-").map(u=>u&&u[0].toUpperCase()+u.slice(1)).join("-")}n(m,"canonicalHeaderKey");const w=["access-control-allow-origin","cache-control","content-security-policy","content-security-policy-report-only","cross-origin-embedder-policy","cross-origin-embedder-policy-report-only","cross-origin-opener-policy","cross-origin-opener-policy-report-only","cross-origin-resource-policy","nel","origin-agent-cluster","permissions-policy","referrer-policy","report-to","reporting-endpoints","strict-transport-security","x-content-type-options","x-dns-prefetch-control","x-frame-options","x-permitted-cross-domain-policies","x-robots-tag","x-xss-protection"],i=new Set(["content-security-policy","content-security-policy-report-only"]);function c(r){return i.has(r.toLowerCase())}n(c,"isCspHeader")}),303:(($,x,l)=>{l.d(x,{_t:n(()=>c,"_t"),gl:n(()=>y,"gl"),oY:n(()=>g,"oY"),sX:n(()=>m,"sX")});var E=l(6668);function g(r){let t="^";for(const s of r)s==="*"?t+=".*":s==="?"?t+=".":t+=s.replace(/[\\^$.|+()[\]{}/-]/g,u=>`\\${u}`);return`${t}$`}n(g,"globToRegExpSource");function y(r,t){for(const s of r.paths)if(new RegExp(s.pattern).test(t))return s;return r.defaults}n(y,"selectHeaderSet");function m(r){const t=r.indexOf("/");if(t<=0)return!1;const s=r.slice(0,t),u=r.slice(t+1);return s!=="*"&&(0,E.sg)(s)&&(u==="*"||(0,E.sg)(u))}n(m,"isMediaRange");function w(r){if(r===void 0)return;const t=r.split(";")[0]?.trim().toLowerCase();return t||void 0}n(w,"mediaType");function i(r,t){if(!r)return!0;if(r.statuses&&!r.statuses.some(([s,u])=>t.status>=s&&t.status<=u))return!1;if(r.contentTypes){const s=w(t.contentType);return s===void 0?!1:r.contentTypes.some(u=>{const p=u.toLowerCase();return p.endsWith("/*")?s.startsWith(p.slice(0,-1)):s===p})}return!0}n(i,"conditionMatches");function c(r,t){const s=new Set,u=[];for(const p of r.headers)s.has(p.name)||!i(p.when,t)||(s.add(p.name),u.push(p));return u}n(c,"applicableHeaders")}),4211:(($,x,l)=>{l.d(x,{$g:n(()=>i,"$g"),dO:n(()=>w,"dO"),pk:n(()=>y,"pk")});function E(c){return c===9||c>=32&&c<=126}n(E,"isAllowedValueCode");const g={0:"NUL",9:"CHARACTER TABULATION",10:"LINE FEED",13:"CARRIAGE RETURN",127:"DELETE",133:"NEXT LINE",160:"NO-BREAK SPACE",8203:"ZERO WIDTH SPACE",8232:"LINE SEPARATOR",8233:"PARAGRAPH SEPARATOR",65279:"ZERO WIDTH NO-BREAK SPACE"};function y(c){const r=c.toString(16).toUpperCase().padStart(4,"0"),t=g[c];return t?`U+${r} ${t}`:`U+${r}`}n(y,"describeCodePoint");function m(c){for(let r=0;r<c.length;r++){const t=c.charCodeAt(r);if(!E(t))return{offset:r,codePoint:c.codePointAt(r)??t}}}n(m,"firstBadValueChar");function w(c){const r=m(c);if(!r)return[];const s=r.codePoint===10&&r.offset===c.length-1?" (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)":r.codePoint===10||r.codePoint===13?" (a line break in a header value would let it inject headers)":"";return[{severity:"error",rule:"header-value-chars",message:`header value contains ${y(r.codePoint)} at offset ${r.offset}: only visible ASCII, space and tab are allowed${s}`,offset:r.offset}]}n(w,"checkValueChars");function i(c){const r=m(c);return r===void 0?void 0:`U+${r.codePoint.toString(16).toUpperCase().padStart(4,"0")}`}n(i,"forbiddenValueChar")})};export{P as id,N as ids,T as modules};
