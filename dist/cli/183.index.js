const $=183,T=[183],C={4046:((D,O,t)=>{t.r(O),t.d(O,{buildCommand:()=>e});var m=t(3916),w=t(6760),g=t.n(w),f=t(8431),y=t(7975),a=t.n(y),i=t(9008),u=t(5883),E=t(4851),_=t(6445),c=t(5217);const P="usage: headerguard build [--policy FILE] --out DIR";async function e(n){let r;try{r=(0,y.parseArgs)({args:n.args,options:{policy:{type:"string",short:"p"},out:{type:"string",short:"o"}},strict:!0}).values}catch(p){return(0,c._)(n.stderr,`headerguard build: ${(0,m.gJ)(p)}
${P}`),c.y.cannotRun}if(!r.out)return(0,c._)(n.stderr,`headerguard build: --out DIR is required (where edge.zip and manifest.json go)
${P}`),c.y.cannotRun;const s=(0,_.Oz)(n.cwd,r.policy),o=(0,f.N)(n.cwd,s),l=await(0,_.tb)(s);for(const p of l.diagnostics)(0,c._)(n.stderr,(0,E.xy)({...p,pos:{...p.pos,file:o}}));if((0,E.Cs)(l.diagnostics)||!l.policy)return(0,c._)(n.stderr,`${o}: not built, fix the errors above`),c.y.failed;let v;try{v=(0,u.S1)(l.policy)}catch(p){if(!(p instanceof i.A))throw p;return(0,c._)(n.stderr,p.message),c.y.failed}const d=(0,w.resolve)(n.cwd,r.out);await(0,u.RB)(d,v);const{manifest:h}=v;return(0,c._)(n.stdout,`${(0,f.N)(n.cwd,d)}/edge.zip: ${h.bytes} bytes, ${h.runtime}, ${h.handler}`),(0,c._)(n.stdout,`codeSha256 ${h.codeSha256}`),c.y.ok}}),9008:((D,O,t)=>{t.d(O,{A:()=>a,l:()=>P});var m=t(3916),w=t(8109),g=t(6668),f=t(303),y=t(4211);class a extends m.hs{name="EdgeBuildError"}function i(e){return e?`${e.file}:${e.line}:${e.col}: `:""}function u(e){const n=i(e.pos);if(typeof e.name!="string"||!(0,g.sg)(e.name)||e.name!==e.name.toLowerCase())throw new a(`${n}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new a(`${n}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new a(`${n}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const r=(0,w.we)(e.name);if(r)throw new a(`${n}'${e.key}' is ${r} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new a(`${n}the value of '${e.key}' must be a string`);const s=(0,y.$g)(e.value);if(s)throw new a(`${n}the value of '${e.key}' contains ${s}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new a(`${n}'override' of '${e.key}' must be true or false`);for(const[o,l]of e.when?.statuses??[])if(!Number.isInteger(o)||!Number.isInteger(l)||o<100||l>599||o>l)throw new a(`${n}status range [${o}, ${l}] of '${e.key}' must be within 100-599, low first`);for(const o of e.when?.contentTypes??[])if(typeof o!="string"||!(0,f.sX)(o))throw new a(`${n}content type ${JSON.stringify(o)} of '${e.key}' must look like 'text/html' or 'text/*'`)}function E(e,n){const r=i(n);if(typeof e!="string")throw new a(`${r}remove entries must be header names`);const s=e.endsWith("*")?e.slice(0,-1):void 0,o=s??e;if(!(0,g.sg)(o)||o!==o.toLowerCase())throw new a(`${r}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(o==="__proto__")throw new a(`${r}'__proto__' cannot be removed by name: it is no header name a policy may use`);const l=s===void 0?(0,w.we)(e):w.C4.some(v=>s.startsWith(v))?"disallowed":void 0;if(l)throw new a(`${r}'${e}' is ${l} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}function _(e){const n={key:e.key,value:e.value,override:e.override},r={};return e.when?.statuses&&(r.statuses=e.when.statuses.map(([s,o])=>[s,o])),e.when?.contentTypes&&(r.contentTypes=e.when.contentTypes.map(s=>s.toLowerCase())),(r.statuses||r.contentTypes)&&(n.when=r),n}function c(e){const n=new Map;for(const r of e.headers){u(r);const s=n.get(r.name)??[];s.push(_(r)),n.set(r.name,s)}for(const r of e.remove)E(r.name,r.pos);return{set:[...n].map(([r,s])=>({name:r,rules:s})),remove:e.remove.map(r=>r.name)}}function P(e){return{version:1,defaults:c(e.defaults),paths:e.paths.map(n=>{const r=(0,f.oY)(n.match);if(n.pattern!==r)throw new a(`${i(n.pos)}path pattern for '${n.match}' is ${JSON.stringify(n.pattern)}, expected ${JSON.stringify(r)}; re-resolve the policy with the loader`);return{match:n.match,pattern:r,...c(n)}})}}}),5883:((D,O,t)=>{t.d(O,{S1:()=>s,$D:()=>v,RB:()=>o});var m=t(7598),w=t(1455),g=t(6760),f=t(1306),y=t(311),a=t(9008);const i=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,u="index.handler",E="index.mjs",_="config.json",c={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function P(d){return(0,m.createHash)("sha256").update(d).digest("base64")}function e(d){const h=Object.create(null);for(const p of d.set){const x=p.rules[0];x&&(h[p.name]=x.value)}return{headers:h,remove:[...d.remove]}}function n(d){return{defaults:e(d.defaults),paths:d.paths.map(h=>({match:h.match,...e(h)}))}}function r(d){return(0,f.L)({[E]:[(0,f._u)(i),c],[_]:[(0,f._u)(JSON.stringify(d)),c]},c)}function s(d,h={}){const p=(0,a.l)(d),x=r(p),R={codeSha256:P(x),bytes:x.byteLength,runtime:h.runtime??d.lambda.runtime,handler:u,policyHash:d.hash,headers:n(p),builtBy:`headerguard ${y.y}`};return{zip:x,manifest:R}}async function o(d,h){await(0,w.mkdir)(d,{recursive:!0}),await(0,w.writeFile)((0,g.join)(d,"edge.zip"),h.zip),await(0,w.writeFile)((0,g.join)(d,"manifest.json"),`${JSON.stringify(h.manifest,null,2)}
`)}function l(d){let h;try{const x=(0,f.AO)(d,{filter:R=>R.name===_})[_];if(!x)throw new Error(`it has no ${_}`);h=(0,f.he)(x)}catch(x){throw new a.A(`the zip is not a headerguard edge package: ${x instanceof Error?x.message:String(x)}`)}const p=JSON.parse(h);if(p.version!==1)throw new a.A(`the package's ${_} has unsupported version ${p.version}`);return p}function v(d){return n(l(d))}}),4851:((D,O,t)=>{t.d(O,{Cs:()=>w,Ds:()=>g,w0:()=>y,xy:()=>m});function m(a){return`${a.pos.file}:${a.pos.line}:${a.pos.col}: ${a.severity}: ${a.message}`}function w(a){return a.some(i=>i.severity==="error")}function g(a){return a.map((i,u)=>({d:i,index:u})).sort((i,u)=>i.d.pos.line-u.d.pos.line||i.d.pos.col-u.d.pos.col||f(i.d.severity)-f(u.d.severity)||i.index-u.index).map(({d:i})=>i)}function f(a){return a==="error"?0:1}class y{items=[];seen=new Set;add(i,u,E,_){const c=`${_.line}:${_.col}:${u}:${E}`;this.seen.has(c)||(this.seen.add(c),this.items.push({severity:i,rule:u,message:E,pos:_}))}error(i,u,E){this.add("error",i,u,E)}warning(i,u,E){this.add("warning",i,u,E)}}}),8431:((D,O,t)=>{t.d(O,{N:()=>g});var m=t(6760),w=t.n(m);function g(f,y){let a=y;if(f&&(0,m.isAbsolute)(y)){const i=(0,m.relative)(f,y);i&&!i.startsWith("..")&&!(0,m.isAbsolute)(i)&&(a=i)}return a.replace(/\\/g,"/").replace(/^\.\//,"")}}),8776:((D,O,t)=>{t.d(O,{BK:()=>e,Oz:()=>_,g$:()=>P,mk:()=>c});var m=t(3024),w=t.n(m),g=t(6760),f=t.n(g),y=t(7975),a=t.n(y);const i=(0,y.promisify)(m.readFile),u=(0,y.promisify)(m.stat),E=[".github/security-headers.yml",".github/security-headers.yaml",".github/security-headers.json"];function _(s,o){if(o!==void 0&&o!=="")return(0,g.isAbsolute)(o)?o:(0,g.join)(s,o);for(const l of E){const v=(0,g.join)(s,l);if((0,m.existsSync)(v))return v}return(0,g.join)(s,E[0])}const c=1024*1024;function P(s,o){return{diagnostics:[{severity:"error",rule:"policy-file-too-large",message:`the policy file is ${o} bytes, over headerguard's limit of ${c} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,pos:{file:s,line:1,col:1}}]}}async function e(s){let o;try{const l=await u(s);if(!l.isFile()&&!l.isDirectory())return n(s,"the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file");if(l.size>c)return P(s,l.size);const v=await i(s),d=r(v);if(d)return n(s,d);o=v.toString("utf8")}catch(l){const v=l.code;return{diagnostics:[{severity:"error",rule:"policy-file",message:v==="ENOENT"?"policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input":v==="EISDIR"?"the policy path is a directory; give the path of a .yml, .yaml or .json file":`cannot read the policy file: ${l instanceof Error?l.message:String(l)}`,pos:{file:s,line:1,col:1}}]}}return{text:o}}function n(s,o){return{diagnostics:[{severity:"error",rule:"policy-file",message:o,pos:{file:s,line:1,col:1}}]}}function r(s){const o=s.subarray(0,2);return o[0]===255&&o[1]===254||o[0]===254&&o[1]===255||s.length>=4&&(s[0]===0||s[1]===0)&&s.subarray(0,64).includes(0)?"the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)":void 0}})};export{$ as id,T as ids,C as modules};
