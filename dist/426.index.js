var M=Object.defineProperty;var n=(R,h)=>M(R,"name",{value:h,configurable:!0});const U=426,X=[426,601],B={3426:((R,h,u)=>{u.r(h),u.d(h,{EMPTY_HEADERS:n(()=>w,"EMPTY_HEADERS"),comparePackages:n(()=>r,"comparePackages"),describeChange:n(()=>c,"describeChange"),diffHeaders:n(()=>p,"diffHeaders")});var y=u(18601);const w={defaults:{headers:{},remove:[]},paths:[]};function x(t){const i=new Map,a=[{path:void 0,set:t.defaults},...t.paths.map(l=>({path:l.match,set:l}))];for(const{path:l,set:b}of a){const S=l===void 0?{}:{path:l};for(const[m,g]of Object.entries(b.headers)){const $=`${l??""}\0set\0${m}`;i.set($,{key:$,change:{name:m,...S},value:g})}for(const m of b.remove){const g=`${l??""}\0remove\0${m}`;i.set(g,{key:g,change:{name:m,...S,action:"remove"},value:""})}}return i}n(x,"entries");function p(t,i){const a=x(t),l=x(i),b={added:[],changed:[],removed:[]},S=n((m,g)=>m.change.action==="remove"?{...m.change}:{...m.change,[g]:m.value},"withValue");for(const[m,g]of l){const $=a.get(m);$?$.value!==g.value&&b.changed.push({...g.change,before:$.value,after:g.value}):b.added.push(S(g,"after"))}for(const[m,g]of a)l.has(m)||b.removed.push(S(g,"before"));return b}n(p,"diffHeaders");const v=120;function E(t){return t.length>v?`${t.slice(0,v)}… (${t.length} chars)`:t}n(E,"shorten");function c(t){const i=t.path?` (paths ${t.path})`:"";return t.action==="remove"?`remove ${t.name}${i}`:t.before!==void 0&&t.after!==void 0?`${t.name}${i}: ${E(t.before)} → ${E(t.after)}`:`${t.name}${i}: ${E(t.after??t.before??"")}`}n(c,"describeChange");const r={diff:n((t,i)=>p(t?(0,y.$D)(t):w,i.manifest.headers),"diff"),describe:c}}),18601:((R,h,u)=>{u.d(h,{buildEdgePackage:n(()=>H,"buildEdgePackage"),$D:n(()=>I,"$D")});var y=u(77598),w=u(51455),x=u(76760),p=u(51306),v=u(311),E=u(83916),c=u(18109),r=u(46668),t=u(70303),i=u(44211);class a extends E.hs{static{n(this,"EdgeBuildError")}}function l(e){return e?`${e.file}:${e.line}:${e.col}: `:""}n(l,"at");function b(e){const o=l(e.pos);if(typeof e.name!="string"||!(0,r.sg)(e.name)||e.name!==e.name.toLowerCase())throw new a(`${o}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new a(`${o}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new a(`${o}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const s=(0,c.we)(e.name);if(s)throw new a(`${o}'${e.key}' is ${s} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new a(`${o}the value of '${e.key}' must be a string`);const d=(0,i.$g)(e.value);if(d)throw new a(`${o}the value of '${e.key}' contains ${d}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new a(`${o}'override' of '${e.key}' must be true or false`);for(const[f,A]of e.when?.statuses??[])if(!Number.isInteger(f)||!Number.isInteger(A)||f<100||A>599||f>A)throw new a(`${o}status range [${f}, ${A}] of '${e.key}' must be within 100-599, low first`);for(const f of e.when?.contentTypes??[])if(typeof f!="string"||!(0,t.sX)(f))throw new a(`${o}content type ${JSON.stringify(f)} of '${e.key}' must look like 'text/html' or 'text/*'`)}n(b,"checkHeaderRule");function S(e,o){const s=l(o);if(typeof e!="string")throw new a(`${s}remove entries must be header names`);const d=e.endsWith("*")?e.slice(0,-1):void 0,f=d??e;if(!(0,r.sg)(f)||f!==f.toLowerCase())throw new a(`${s}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(f==="__proto__")throw new a(`${s}'__proto__' cannot be removed by name: it is no header name a policy may use`);const A=d===void 0?(0,c.we)(e):c.C4.some(j=>d.startsWith(j))?"disallowed":void 0;if(A)throw new a(`${s}'${e}' is ${A} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}n(S,"checkRemoveName");function m(e){const o={key:e.key,value:e.value,override:e.override},s={};return e.when?.statuses&&(s.statuses=e.when.statuses.map(([d,f])=>[d,f])),e.when?.contentTypes&&(s.contentTypes=e.when.contentTypes.map(d=>d.toLowerCase())),(s.statuses||s.contentTypes)&&(o.when=s),o}n(m,"compileRule");function g(e){const o=new Map;for(const s of e.headers){b(s);const d=o.get(s.name)??[];d.push(m(s)),o.set(s.name,d)}for(const s of e.remove)S(s.name,s.pos);return{set:[...o].map(([s,d])=>({name:s,rules:d})),remove:e.remove.map(s=>s.name)}}n(g,"compileSet");function $(e){return{version:1,defaults:g(e.defaults),paths:e.paths.map(o=>{const s=(0,t.oY)(o.match);if(o.pattern!==s)throw new a(`${l(o.pos)}path pattern for '${o.match}' is ${JSON.stringify(o.pattern)}, expected ${JSON.stringify(s)}; re-resolve the policy with the loader`);return{match:o.match,pattern:s,...g(o)}})}}n($,"compileEdgeConfig");const T=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,_="index.handler",L="index.mjs",C="config.json",O={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function D(e){return(0,y.createHash)("sha256").update(e).digest("base64")}n(D,"codeSha256");function N(e){const o=Object.create(null);for(const s of e.set){const d=s.rules[0];d&&(o[s.name]=d.value)}return{headers:o,remove:[...e.remove]}}n(N,"packagedSet");function P(e){return{defaults:N(e.defaults),paths:e.paths.map(o=>({match:o.match,...N(o)}))}}n(P,"packagedHeaders");function k(e){return(0,p.L)({[L]:[(0,p._u)(T),O],[C]:[(0,p._u)(JSON.stringify(e)),O]},O)}n(k,"zipEdgeConfig");function H(e,o={}){const s=$(e),d=k(s),f={codeSha256:D(d),bytes:d.byteLength,runtime:o.runtime??e.lambda.runtime,handler:_,policyHash:e.hash,headers:P(s),builtBy:`headerguard ${v.y}`};return{zip:d,manifest:f}}n(H,"buildEdgePackage");async function W(e,o){await mkdir(e,{recursive:!0}),await writeFile(join(e,"edge.zip"),o.zip),await writeFile(join(e,"manifest.json"),`${JSON.stringify(o.manifest,null,2)}
`)}n(W,"writeEdgePackage");function z(e){let o;try{const d=(0,p.AO)(e,{filter:n(f=>f.name===C,"filter")})[C];if(!d)throw new Error(`it has no ${C}`);o=(0,p.he)(d)}catch(d){throw new a(`the zip is not a headerguard edge package: ${d instanceof Error?d.message:String(d)}`)}const s=JSON.parse(o);if(s.version!==1)throw new a(`the package's ${C} has unsupported version ${s.version}`);return s}n(z,"readEdgeConfig");function I(e){return P(z(e))}n(I,"readPackagedHeaders")}),18109:((R,h,u)=>{u.d(h,{C4:n(()=>w,"C4"),EY:n(()=>x,"EY"),n_:n(()=>v,"n_"),we:n(()=>p,"we")});const y=["connection","expect","keep-alive","proxy-authenticate","proxy-authorization","proxy-connection","trailer","upgrade","x-accel-buffering","x-accel-charset","x-accel-limit-rate","x-accel-redirect","x-amzn-auth","x-amzn-cf-billing","x-amzn-cf-id","x-amzn-cf-xff","x-amzn-errortype","x-amzn-fle-profile","x-amzn-header-count","x-amzn-header-order","x-amzn-lambda-integration-tag","x-amzn-requestid","x-cache","x-forwarded-proto","x-real-ip"],w=["x-amz-cf-","x-edge-"],x=["transfer-encoding","via"];function p(E){const c=E.toLowerCase();if(y.includes(c)||w.some(r=>c.startsWith(r)))return"disallowed";if(x.includes(c))return"read-only"}n(p,"edgeRestriction");const v=20480}),46668:((R,h,u)=>{u.d(h,{EV:n(()=>E,"EV"),_Q:n(()=>v,"_Q"),ag:n(()=>c,"ag"),ny:n(()=>p,"ny"),sg:n(()=>w,"sg")});const y=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function w(r){return y.test(r)}n(w,"isToken");const x={"content-security-policy":"Content-Security-Policy","content-security-policy-report-only":"Content-Security-Policy-Report-Only","www-authenticate":"WWW-Authenticate","x-xss-protection":"X-XSS-Protection","x-dns-prefetch-control":"X-DNS-Prefetch-Control","x-ua-compatible":"X-UA-Compatible","x-powered-by":"X-Powered-By",nel:"NEL",dnt:"DNT",etag:"ETag",te:"TE",sourcemap:"SourceMap","x-sourcemap":"X-SourceMap","x-aspnet-version":"X-AspNet-Version","x-aspnetmvc-version":"X-AspNetMvc-Version"};function p(r){const t=r.toLowerCase(),i=Object.hasOwn(x,t)?x[t]:void 0;return i||t.split("-").map(a=>a&&a[0].toUpperCase()+a.slice(1)).join("-")}n(p,"canonicalHeaderKey");const v=["access-control-allow-origin","cache-control","content-security-policy","content-security-policy-report-only","cross-origin-embedder-policy","cross-origin-embedder-policy-report-only","cross-origin-opener-policy","cross-origin-opener-policy-report-only","cross-origin-resource-policy","nel","origin-agent-cluster","permissions-policy","referrer-policy","report-to","reporting-endpoints","strict-transport-security","x-content-type-options","x-dns-prefetch-control","x-frame-options","x-permitted-cross-domain-policies","x-robots-tag","x-xss-protection"],E=new Set(["content-security-policy","content-security-policy-report-only"]);function c(r){return E.has(r.toLowerCase())}n(c,"isCspHeader")}),70303:((R,h,u)=>{u.d(h,{_t:n(()=>c,"_t"),gl:n(()=>x,"gl"),oY:n(()=>w,"oY"),sX:n(()=>p,"sX")});var y=u(46668);function w(r){let t="^";for(const i of r)i==="*"?t+=".*":i==="?"?t+=".":t+=i.replace(/[\\^$.|+()[\]{}/-]/g,a=>`\\${a}`);return`${t}$`}n(w,"globToRegExpSource");function x(r,t){for(const i of r.paths)if(new RegExp(i.pattern).test(t))return i;return r.defaults}n(x,"selectHeaderSet");function p(r){const t=r.indexOf("/");if(t<=0)return!1;const i=r.slice(0,t),a=r.slice(t+1);return i!=="*"&&(0,y.sg)(i)&&(a==="*"||(0,y.sg)(a))}n(p,"isMediaRange");function v(r){if(r===void 0)return;const t=r.split(";")[0]?.trim().toLowerCase();return t||void 0}n(v,"mediaType");function E(r,t){if(!r)return!0;if(r.statuses&&!r.statuses.some(([i,a])=>t.status>=i&&t.status<=a))return!1;if(r.contentTypes){const i=v(t.contentType);return i===void 0?!1:r.contentTypes.some(a=>{const l=a.toLowerCase();return l.endsWith("/*")?i.startsWith(l.slice(0,-1)):i===l})}return!0}n(E,"conditionMatches");function c(r,t){const i=new Set,a=[];for(const l of r.headers)i.has(l.name)||!E(l.when,t)||(i.add(l.name),a.push(l));return a}n(c,"applicableHeaders")}),44211:((R,h,u)=>{u.d(h,{$g:n(()=>E,"$g"),dO:n(()=>v,"dO"),pk:n(()=>x,"pk")});function y(c){return c===9||c>=32&&c<=126}n(y,"isAllowedValueCode");const w={0:"NUL",9:"CHARACTER TABULATION",10:"LINE FEED",13:"CARRIAGE RETURN",127:"DELETE",133:"NEXT LINE",160:"NO-BREAK SPACE",8203:"ZERO WIDTH SPACE",8232:"LINE SEPARATOR",8233:"PARAGRAPH SEPARATOR",65279:"ZERO WIDTH NO-BREAK SPACE"};function x(c){const r=c.toString(16).toUpperCase().padStart(4,"0"),t=w[c];return t?`U+${r} ${t}`:`U+${r}`}n(x,"describeCodePoint");function p(c){for(let r=0;r<c.length;r++){const t=c.charCodeAt(r);if(!y(t))return{offset:r,codePoint:c.codePointAt(r)??t}}}n(p,"firstBadValueChar");function v(c){const r=p(c);if(!r)return[];const i=r.codePoint===10&&r.offset===c.length-1?" (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)":r.codePoint===10||r.codePoint===13?" (a line break in a header value would let it inject headers)":"";return[{severity:"error",rule:"header-value-chars",message:`header value contains ${x(r.codePoint)} at offset ${r.offset}: only visible ASCII, space and tab are allowed${i}`,offset:r.offset}]}n(v,"checkValueChars");function E(c){const r=p(c);return r===void 0?void 0:`U+${r.codePoint.toString(16).toUpperCase().padStart(4,"0")}`}n(E,"forbiddenValueChar")}),311:((R,h,u)=>{u.d(h,{y:n(()=>y,"y")});const y="0.1.0"})};export{U as id,X as ids,B as modules};
