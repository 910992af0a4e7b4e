var C=Object.defineProperty;var r=(D,y)=>C(D,"name",{value:y,configurable:!0});const M=46,b=[46],L={4046:((D,y,s)=>{s.r(y),s.d(y,{buildCommand:r(()=>e,"buildCommand")});var E=s(3916),g=s(6760),w=s.n(g),f=s(8431),v=s(7975),a=s.n(v),p=s(9008),O=s(5883),P=s(4851),_=s(2931),c=s(5217);const R="usage: headerguard build [--policy FILE] --out DIR";async function e(n){let t;try{t=(0,v.parseArgs)({args:n.args,options:{policy:{type:"string",short:"p"},out:{type:"string",short:"o"}},strict:!0}).values}catch(u){return(0,c._)(n.stderr,`headerguard build: ${(0,E.gJ)(u)}
${R}`),c.y.cannotRun}if(!t.out)return(0,c._)(n.stderr,`headerguard build: --out DIR is required (where edge.zip and manifest.json go)
${R}`),c.y.cannotRun;const i=(0,_.Oz)(n.cwd,t.policy),d=(0,f.N)(n.cwd,i),h=await(0,_.tb)(i);for(const u of h.diagnostics)(0,c._)(n.stderr,(0,P.xy)({...u,pos:{...u.pos,file:d}}));if((0,P.Cs)(h.diagnostics)||!h.policy)return(0,c._)(n.stderr,`${d}: not built, fix the errors above`),c.y.failed;let x;try{x=(0,O.S1)(h.policy)}catch(u){if(!(u instanceof p.A))throw u;return(0,c._)(n.stderr,u.message),c.y.failed}const o=(0,g.resolve)(n.cwd,t.out);await(0,O.RB)(o,x);const{manifest:l}=x;return(0,c._)(n.stdout,`${(0,f.N)(n.cwd,o)}/edge.zip: ${l.bytes} bytes, ${l.runtime}, ${l.handler}`),(0,c._)(n.stdout,`codeSha256 ${l.codeSha256}`),c.y.ok}r(e,"buildCommand")}),9008:((D,y,s)=>{s.d(y,{A:r(()=>a,"A"),l:r(()=>R,"l")});var E=s(3916),g=s(8109),w=s(6668),f=s(303),v=s(4211);class a extends E.hs{static{r(this,"EdgeBuildError")}}function p(e){return e?`${e.file}:${e.line}:${e.col}: `:""}r(p,"at");function O(e){const n=p(e.pos);if(typeof e.name!="string"||!(0,w.sg)(e.name)||e.name!==e.name.toLowerCase())throw new a(`${n}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new a(`${n}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new a(`${n}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const t=(0,g.we)(e.name);if(t)throw new a(`${n}'${e.key}' is ${t} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new a(`${n}the value of '${e.key}' must be a string`);const i=(0,v.$g)(e.value);if(i)throw new a(`${n}the value of '${e.key}' contains ${i}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new a(`${n}'override' of '${e.key}' must be true or false`);for(const[d,h]of e.when?.statuses??[])if(!Number.isInteger(d)||!Number.isInteger(h)||d<100||h>599||d>h)throw new a(`${n}status range [${d}, ${h}] of '${e.key}' must be within 100-599, low first`);for(const d of e.when?.contentTypes??[])if(typeof d!="string"||!(0,f.sX)(d))throw new a(`${n}content type ${JSON.stringify(d)} of '${e.key}' must look like 'text/html' or 'text/*'`)}r(O,"checkHeaderRule");function P(e,n){const t=p(n);if(typeof e!="string")throw new a(`${t}remove entries must be header names`);const i=e.endsWith("*")?e.slice(0,-1):void 0,d=i??e;if(!(0,w.sg)(d)||d!==d.toLowerCase())throw new a(`${t}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(d==="__proto__")throw new a(`${t}'__proto__' cannot be removed by name: it is no header name a policy may use`);const h=i===void 0?(0,g.we)(e):g.C4.some(x=>i.startsWith(x))?"disallowed":void 0;if(h)throw new a(`${t}'${e}' is ${h} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}r(P,"checkRemoveName");function _(e){const n={key:e.key,value:e.value,override:e.override},t={};return e.when?.statuses&&(t.statuses=e.when.statuses.map(([i,d])=>[i,d])),e.when?.contentTypes&&(t.contentTypes=e.when.contentTypes.map(i=>i.toLowerCase())),(t.statuses||t.contentTypes)&&(n.when=t),n}r(_,"compileRule");function c(e){const n=new Map;for(const t of e.headers){O(t);const i=n.get(t.name)??[];i.push(_(t)),n.set(t.name,i)}for(const t of e.remove)P(t.name,t.pos);return{set:[...n].map(([t,i])=>({name:t,rules:i})),remove:e.remove.map(t=>t.name)}}r(c,"compileSet");function R(e){return{version:1,defaults:c(e.defaults),paths:e.paths.map(n=>{const t=(0,f.oY)(n.match);if(n.pattern!==t)throw new a(`${p(n.pos)}path pattern for '${n.match}' is ${JSON.stringify(n.pattern)}, expected ${JSON.stringify(t)}; re-resolve the policy with the loader`);return{match:n.match,pattern:t,...c(n)}})}}r(R,"compileEdgeConfig")}),5883:((D,y,s)=>{s.d(y,{S1:r(()=>i,"S1"),$D:r(()=>x,"$D"),RB:r(()=>d,"RB")});var E=s(7598),g=s(1455),w=s(6760),f=s(1306),v=s(311),a=s(9008);const p=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,O="index.handler",P="index.mjs",_="config.json",c={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function R(o){return(0,E.createHash)("sha256").update(o).digest("base64")}r(R,"codeSha256");function e(o){const l=Object.create(null);for(const u of o.set){const m=u.rules[0];m&&(l[u.name]=m.value)}return{headers:l,remove:[...o.remove]}}r(e,"packagedSet");function n(o){return{defaults:e(o.defaults),paths:o.paths.map(l=>({match:l.match,...e(l)}))}}r(n,"packagedHeaders");function t(o){return(0,f.L)({[P]:[(0,f._u)(p),c],[_]:[(0,f._u)(JSON.stringify(o)),c]},c)}r(t,"zipEdgeConfig");function i(o,l={}){const u=(0,a.l)(o),m=t(u),$={codeSha256:R(m),bytes:m.byteLength,runtime:l.runtime??o.lambda.runtime,handler:O,policyHash:o.hash,headers:n(u),builtBy:`headerguard ${v.y}`};return{zip:m,manifest:$}}r(i,"buildEdgePackage");async function d(o,l){await(0,g.mkdir)(o,{recursive:!0}),await(0,g.writeFile)((0,w.join)(o,"edge.zip"),l.zip),await(0,g.writeFile)((0,w.join)(o,"manifest.json"),`${JSON.stringify(l.manifest,null,2)}
`)}r(d,"writeEdgePackage");function h(o){let l;try{const m=(0,f.AO)(o,{filter:r($=>$.name===_,"filter")})[_];if(!m)throw new Error(`it has no ${_}`);l=(0,f.he)(m)}catch(m){throw new a.A(`the zip is not a headerguard edge package: ${m instanceof Error?m.message:String(m)}`)}const u=JSON.parse(l);if(u.version!==1)throw new a.A(`the package's ${_} has unsupported version ${u.version}`);return u}r(h,"readEdgeConfig");function x(o){return n(h(o))}r(x,"readPackagedHeaders")}),8431:((D,y,s)=>{s.d(y,{N:r(()=>w,"N")});var E=s(6760),g=s.n(E);function w(f,v){let a=v;if(f&&(0,E.isAbsolute)(v)){const p=(0,E.relative)(f,v);p&&!p.startsWith("..")&&!(0,E.isAbsolute)(p)&&(a=p)}return a.replace(/\\/g,"/").replace(/^\.\//,"")}r(w,"repoRelative")})};export{M as id,b as ids,L as modules};
