var T=Object.defineProperty;var t=(R,x)=>T(R,"name",{value:x,configurable:!0});const M=183,L=[183],A={4046:((R,x,s)=>{s.r(x),s.d(x,{buildCommand:t(()=>e,"buildCommand")});var g=s(3916),O=s(6760),y=s.n(O),h=s(8431),_=s(7975),i=s.n(_),d=s(9008),f=s(5883),E=s(4851),v=s(2931),u=s(5217);const D="usage: headerguard build [--policy FILE] --out DIR";async function e(n){let o;try{o=(0,_.parseArgs)({args:n.args,options:{policy:{type:"string",short:"p"},out:{type:"string",short:"o"}},strict:!0}).values}catch(m){return(0,u._)(n.stderr,`headerguard build: ${(0,g.gJ)(m)}
${D}`),u.y.cannotRun}if(!o.out)return(0,u._)(n.stderr,`headerguard build: --out DIR is required (where edge.zip and manifest.json go)
${D}`),u.y.cannotRun;const r=(0,v.Oz)(n.cwd,o.policy),a=(0,h.N)(n.cwd,r),c=await(0,v.tb)(r);for(const m of c.diagnostics)(0,u._)(n.stderr,(0,E.xy)({...m,pos:{...m.pos,file:a}}));if((0,E.Cs)(c.diagnostics)||!c.policy)return(0,u._)(n.stderr,`${a}: not built, fix the errors above`),u.y.failed;let w;try{w=(0,f.S1)(c.policy)}catch(m){if(!(m instanceof d.A))throw m;return(0,u._)(n.stderr,m.message),u.y.failed}const l=(0,O.resolve)(n.cwd,o.out);await(0,f.RB)(l,w);const{manifest:p}=w;return(0,u._)(n.stdout,`${(0,h.N)(n.cwd,l)}/edge.zip: ${p.bytes} bytes, ${p.runtime}, ${p.handler}`),(0,u._)(n.stdout,`codeSha256 ${p.codeSha256}`),u.y.ok}t(e,"buildCommand")}),9008:((R,x,s)=>{s.d(x,{A:t(()=>i,"A"),l:t(()=>D,"l")});var g=s(3916),O=s(8109),y=s(6668),h=s(303),_=s(4211);class i extends g.hs{static{t(this,"EdgeBuildError")}}function d(e){return e?`${e.file}:${e.line}:${e.col}: `:""}t(d,"at");function f(e){const n=d(e.pos);if(typeof e.name!="string"||!(0,y.sg)(e.name)||e.name!==e.name.toLowerCase())throw new i(`${n}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new i(`${n}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new i(`${n}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const o=(0,O.we)(e.name);if(o)throw new i(`${n}'${e.key}' is ${o} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new i(`${n}the value of '${e.key}' must be a string`);const r=(0,_.$g)(e.value);if(r)throw new i(`${n}the value of '${e.key}' contains ${r}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new i(`${n}'override' of '${e.key}' must be true or false`);for(const[a,c]of e.when?.statuses??[])if(!Number.isInteger(a)||!Number.isInteger(c)||a<100||c>599||a>c)throw new i(`${n}status range [${a}, ${c}] of '${e.key}' must be within 100-599, low first`);for(const a of e.when?.contentTypes??[])if(typeof a!="string"||!(0,h.sX)(a))throw new i(`${n}content type ${JSON.stringify(a)} of '${e.key}' must look like 'text/html' or 'text/*'`)}t(f,"checkHeaderRule");function E(e,n){const o=d(n);if(typeof e!="string")throw new i(`${o}remove entries must be header names`);const r=e.endsWith("*")?e.slice(0,-1):void 0,a=r??e;if(!(0,y.sg)(a)||a!==a.toLowerCase())throw new i(`${o}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(a==="__proto__")throw new i(`${o}'__proto__' cannot be removed by name: it is no header name a policy may use`);const c=r===void 0?(0,O.we)(e):O.C4.some(w=>r.startsWith(w))?"disallowed":void 0;if(c)throw new i(`${o}'${e}' is ${c} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}t(E,"checkRemoveName");function v(e){const n={key:e.key,value:e.value,override:e.override},o={};return e.when?.statuses&&(o.statuses=e.when.statuses.map(([r,a])=>[r,a])),e.when?.contentTypes&&(o.contentTypes=e.when.contentTypes.map(r=>r.toLowerCase())),(o.statuses||o.contentTypes)&&(n.when=o),n}t(v,"compileRule");function u(e){const n=new Map;for(const o of e.headers){f(o);const r=n.get(o.name)??[];r.push(v(o)),n.set(o.name,r)}for(const o of e.remove)E(o.name,o.pos);return{set:[...n].map(([o,r])=>({name:o,rules:r})),remove:e.remove.map(o=>o.name)}}t(u,"compileSet");function D(e){return{version:1,defaults:u(e.defaults),paths:e.paths.map(n=>{const o=(0,h.oY)(n.match);if(n.pattern!==o)throw new i(`${d(n.pos)}path pattern for '${n.match}' is ${JSON.stringify(n.pattern)}, expected ${JSON.stringify(o)}; re-resolve the policy with the loader`);return{match:n.match,pattern:o,...u(n)}})}}t(D,"compileEdgeConfig")}),5883:((R,x,s)=>{s.d(x,{S1:t(()=>r,"S1"),$D:t(()=>w,"$D"),RB:t(()=>a,"RB")});var g=s(7598),O=s(1455),y=s(6760),h=s(1306),_=s(311),i=s(9008);const d=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,f="index.handler",E="index.mjs",v="config.json",u={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function D(l){return(0,g.createHash)("sha256").update(l).digest("base64")}t(D,"codeSha256");function e(l){const p=Object.create(null);for(const m of l.set){const P=m.rules[0];P&&(p[m.name]=P.value)}return{headers:p,remove:[...l.remove]}}t(e,"packagedSet");function n(l){return{defaults:e(l.defaults),paths:l.paths.map(p=>({match:p.match,...e(p)}))}}t(n,"packagedHeaders");function o(l){return(0,h.L)({[E]:[(0,h._u)(d),u],[v]:[(0,h._u)(JSON.stringify(l)),u]},u)}t(o,"zipEdgeConfig");function r(l,p={}){const m=(0,i.l)(l),P=o(m),$={codeSha256:D(P),bytes:P.byteLength,runtime:p.runtime??l.lambda.runtime,handler:f,policyHash:l.hash,headers:n(m),builtBy:`headerguard ${_.y}`};return{zip:P,manifest:$}}t(r,"buildEdgePackage");async function a(l,p){await(0,O.mkdir)(l,{recursive:!0}),await(0,O.writeFile)((0,y.join)(l,"edge.zip"),p.zip),await(0,O.writeFile)((0,y.join)(l,"manifest.json"),`${JSON.stringify(p.manifest,null,2)}
`)}t(a,"writeEdgePackage");function c(l){let p;try{const P=(0,h.AO)(l,{filter:t($=>$.name===v,"filter")})[v];if(!P)throw new Error(`it has no ${v}`);p=(0,h.he)(P)}catch(P){throw new i.A(`the zip is not a headerguard edge package: ${P instanceof Error?P.message:String(P)}`)}const m=JSON.parse(p);if(m.version!==1)throw new i.A(`the package's ${v} has unsupported version ${m.version}`);return m}t(c,"readEdgeConfig");function w(l){return n(c(l))}t(w,"readPackagedHeaders")}),4851:((R,x,s)=>{s.d(x,{Cs:t(()=>O,"Cs"),Ds:t(()=>y,"Ds"),w0:t(()=>_,"w0"),xy:t(()=>g,"xy")});function g(i){return`${i.pos.file}:${i.pos.line}:${i.pos.col}: ${i.severity}: ${i.message}`}t(g,"formatDiagnostic");function O(i){return i.some(d=>d.severity==="error")}t(O,"hasErrors");function y(i){return i.map((d,f)=>({d,index:f})).sort((d,f)=>d.d.pos.line-f.d.pos.line||d.d.pos.col-f.d.pos.col||h(d.d.severity)-h(f.d.severity)||d.index-f.index).map(({d})=>d)}t(y,"sortDiagnostics");function h(i){return i==="error"?0:1}t(h,"severityRank");class _{static{t(this,"DiagnosticList")}items=[];seen=new Set;add(d,f,E,v){const u=`${v.line}:${v.col}:${f}:${E}`;this.seen.has(u)||(this.seen.add(u),this.items.push({severity:d,rule:f,message:E,pos:v}))}error(d,f,E){this.add("error",d,f,E)}warning(d,f,E){this.add("warning",d,f,E)}}}),8431:((R,x,s)=>{s.d(x,{N:t(()=>y,"N")});var g=s(6760),O=s.n(g);function y(h,_){let i=_;if(h&&(0,g.isAbsolute)(_)){const d=(0,g.relative)(h,_);d&&!d.startsWith("..")&&!(0,g.isAbsolute)(d)&&(i=d)}return i.replace(/\\/g,"/").replace(/^\.\//,"")}t(y,"repoRelative")}),8776:((R,x,s)=>{s.d(x,{BK:t(()=>e,"BK"),Oz:t(()=>v,"Oz"),g$:t(()=>D,"g$"),mk:t(()=>u,"mk")});var g=s(3024),O=s.n(g),y=s(6760),h=s.n(y),_=s(7975),i=s.n(_);const d=(0,_.promisify)(g.readFile),f=(0,_.promisify)(g.stat),E=[".github/security-headers.yml",".github/security-headers.yaml",".github/security-headers.json"];function v(r,a){if(a!==void 0&&a!=="")return(0,y.isAbsolute)(a)?a:(0,y.join)(r,a);for(const c of E){const w=(0,y.join)(r,c);if((0,g.existsSync)(w))return w}return(0,y.join)(r,E[0])}t(v,"findPolicyFile");const u=1024*1024;function D(r,a){return{diagnostics:[{severity:"error",rule:"policy-file-too-large",message:`the policy file is ${a} bytes, over headerguard's limit of ${u} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,pos:{file:r,line:1,col:1}}]}}t(D,"tooLarge");async function e(r){let a;try{const c=await f(r);if(!c.isFile()&&!c.isDirectory())return n(r,"the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file");if(c.size>u)return D(r,c.size);const w=await d(r),l=o(w);if(l)return n(r,l);a=w.toString("utf8")}catch(c){const w=c.code;return{diagnostics:[{severity:"error",rule:"policy-file",message:w==="ENOENT"?"policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input":w==="EISDIR"?"the policy path is a directory; give the path of a .yml, .yaml or .json file":`cannot read the policy file: ${c instanceof Error?c.message:String(c)}`,pos:{file:r,line:1,col:1}}]}}return{text:a}}t(e,"readPolicyFile");function n(r,a){return{diagnostics:[{severity:"error",rule:"policy-file",message:a,pos:{file:r,line:1,col:1}}]}}t(n,"fileProblem");function o(r){const a=r.subarray(0,2);return a[0]===255&&a[1]===254||a[0]===254&&a[1]===255||r.length>=4&&(r[0]===0||r[1]===0)&&r.subarray(0,64).includes(0)?"the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)":void 0}t(o,"utf16Hint")})};export{M as id,L as ids,A as modules};
