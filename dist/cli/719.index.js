const T=719,b=[719],A={9008:((P,_,s)=>{s.d(_,{A:()=>a,l:()=>w});var f=s(3916),h=s(8109),i=s(6668),d=s(303),p=s(4211);class a extends f.hs{name="EdgeBuildError"}function m(e){return e?`${e.file}:${e.line}:${e.col}: `:""}function g(e){const n=m(e.pos);if(typeof e.name!="string"||!(0,i.sg)(e.name)||e.name!==e.name.toLowerCase())throw new a(`${n}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new a(`${n}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new a(`${n}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const t=(0,h.we)(e.name);if(t)throw new a(`${n}'${e.key}' is ${t} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new a(`${n}the value of '${e.key}' must be a string`);const r=(0,p.$g)(e.value);if(r)throw new a(`${n}the value of '${e.key}' contains ${r}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new a(`${n}'override' of '${e.key}' must be true or false`);for(const[o,c]of e.when?.statuses??[])if(!Number.isInteger(o)||!Number.isInteger(c)||o<100||c>599||o>c)throw new a(`${n}status range [${o}, ${c}] of '${e.key}' must be within 100-599, low first`);for(const o of e.when?.contentTypes??[])if(typeof o!="string"||!(0,d.sX)(o))throw new a(`${n}content type ${JSON.stringify(o)} of '${e.key}' must look like 'text/html' or 'text/*'`)}function y(e,n){const t=m(n);if(typeof e!="string")throw new a(`${t}remove entries must be header names`);const r=e.endsWith("*")?e.slice(0,-1):void 0,o=r??e;if(!(0,i.sg)(o)||o!==o.toLowerCase())throw new a(`${t}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(o==="__proto__")throw new a(`${t}'__proto__' cannot be removed by name: it is no header name a policy may use`);const c=r===void 0?(0,h.we)(e):h.C4.some(O=>r.startsWith(O))?"disallowed":void 0;if(c)throw new a(`${t}'${e}' is ${c} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}function l(e){const n={key:e.key,value:e.value,override:e.override},t={};return e.when?.statuses&&(t.statuses=e.when.statuses.map(([r,o])=>[r,o])),e.when?.contentTypes&&(t.contentTypes=e.when.contentTypes.map(r=>r.toLowerCase())),(t.statuses||t.contentTypes)&&(n.when=t),n}function E(e){const n=new Map;for(const t of e.headers){g(t);const r=n.get(t.name)??[];r.push(l(t)),n.set(t.name,r)}for(const t of e.remove)y(t.name,t.pos);return{set:[...n].map(([t,r])=>({name:t,rules:r})),remove:e.remove.map(t=>t.name)}}function w(e){return{version:1,defaults:E(e.defaults),paths:e.paths.map(n=>{const t=(0,d.oY)(n.match);if(n.pattern!==t)throw new a(`${m(n.pos)}path pattern for '${n.match}' is ${JSON.stringify(n.pattern)}, expected ${JSON.stringify(t)}; re-resolve the policy with the loader`);return{match:n.match,pattern:t,...E(n)}})}}}),5883:((P,_,s)=>{s.d(_,{S1:()=>r,$D:()=>O,RB:()=>o});var f=s(7598),h=s(1455),i=s(6760),d=s(1306),p=s(311),a=s(9008);const m=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,g="index.handler",y="index.mjs",l="config.json",E={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function w(u){return(0,f.createHash)("sha256").update(u).digest("base64")}function e(u){const v=Object.create(null);for(const C of u.set){const x=C.rules[0];x&&(v[C.name]=x.value)}return{headers:v,remove:[...u.remove]}}function n(u){return{defaults:e(u.defaults),paths:u.paths.map(v=>({match:v.match,...e(v)}))}}function t(u){return(0,d.L)({[y]:[(0,d._u)(m),E],[l]:[(0,d._u)(JSON.stringify(u)),E]},E)}function r(u,v={}){const C=(0,a.l)(u),x=t(C),R={codeSha256:w(x),bytes:x.byteLength,runtime:v.runtime??u.lambda.runtime,handler:g,policyHash:u.hash,headers:n(C),builtBy:`headerguard ${p.y}`};return{zip:x,manifest:R}}async function o(u,v){await(0,h.mkdir)(u,{recursive:!0}),await(0,h.writeFile)((0,i.join)(u,"edge.zip"),v.zip),await(0,h.writeFile)((0,i.join)(u,"manifest.json"),`${JSON.stringify(v.manifest,null,2)}
`)}function c(u){let v;try{const x=(0,d.AO)(u,{filter:R=>R.name===l})[l];if(!x)throw new Error(`it has no ${l}`);v=(0,d.he)(x)}catch(x){throw new a.A(`the zip is not a headerguard edge package: ${x instanceof Error?x.message:String(x)}`)}const C=JSON.parse(v);if(C.version!==1)throw new a.A(`the package's ${l} has unsupported version ${C.version}`);return C}function O(u){return n(c(u))}}),3479:((P,_,s)=>{s.d(_,{Kz:()=>l,Mm:()=>w,fo:()=>a});var f=s(3024),h=s.n(f),i=s(6760),d=s.n(i),p=s(3916);class a extends p.hs{name="BrowserUnavailableError"}const m={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},g=["chromium","chromium-browser"];function y(e,n,t){for(const r of(n.PATH??"").split(i.delimiter))if(r&&t((0,i.join)(r,e)))return(0,i.join)(r,e)}function l(e,n,t=process.platform,r=f.existsSync){const o=E(e,n,t,r);return o&&n.NODE_EXTRA_CA_CERTS?{...o,extraCaCerts:n.NODE_EXTRA_CA_CERTS}:o}function E(e,n,t,r){if(e){if(!r(e))throw new a(`browser-path '${e}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:e,from:"browser-path"}}if(n.CHROME_PATH&&r(n.CHROME_PATH))return{path:n.CHROME_PATH,from:"CHROME_PATH"};const o=(m[t]??[]).find(c=>r(c));if(o)return{path:o,from:"Google Chrome"};for(const c of g){const O=y(c,n,r);if(O)return{path:O,from:"PATH"}}}const w="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path or CHROME_PATH"}),6876:((P,_,s)=>{s.d(_,{f:()=>h,o:()=>f});function f(i){return i.error!==void 0?`not loaded: ${i.url} (reported below)`:`loaded ${i.url} (${i.status??"no status"}) in ${(i.ms/1e3).toFixed(1)} s`}async function h(i,d){const p=performance.now(),a=await i();return d?.({...a,ms:performance.now()-p}),a}}),3241:((P,_,s)=>{s.d(_,{QZ:()=>w,Vq:()=>E});var f=s(7598),h=s.n(f),i=s(3024),d=s.n(i);const p=/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;function a(e){const n=e.publicKey.export({type:"spki",format:"der"});return(0,f.createHash)("sha256").update(n).digest("base64")}function m(e){const n=new Set;for(const t of e.match(p)??[])try{n.add(a(new f.X509Certificate(t)))}catch{continue}return[...n]}function g(e){return e.length>0?[`--ignore-certificate-errors-spki-list=${e.join(",")}`]:[]}function y(e){const n=e.replace(/\.$/,"");return n==="localhost"||n==="[::1]"||/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(n)}function l(e){return e.length>0&&e.every(n=>{try{return y(new URL(n).hostname)}catch{return!1}})}function E(e,n){if(!(!e||l(n)))return`the browser does not trust NODE_EXTRA_CA_CERTS (${e}) for pages off loopback: a site behind a private CA needs that CA in the browser's trust store (Chrome or Chromium on Linux, its NSS database: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n name -i ca.pem)`}function w(e,n,t=r=>(0,i.readFileSync)(r,"utf8")){if(!e||!l(n))return[];let r;try{r=t(e)}catch{return[]}return g(m(r))}}),688:((P,_,s)=>{s.d(_,{C:()=>p});var f=s(8279),h=s(3379),i=s(6380);function d(a,m,g){return{status:a,headers:{"content-type":["text/html"],"x-cache":[`${m} from cloudfront`]},rejected:g}}async function p(a){const m=await(0,i.TW)(a,{isolated:!0});return{async apply(g,y){const l=Object.entries(y.headers).flatMap(([r,o])=>o.map(c=>[r,c])),E=(0,f.S)({uri:g,status:y.status,headers:l}),w=E.Records[0]?.cf.response,e=await m.invoke(E);if(!e.response||!w)return d(503,"LambdaExecutionError",e.error??"the function returned nothing");const n=(0,h.d)(w,e.response);if(n.length>0)return d(502,"LambdaValidationError",n.join("; "));const t=Object.create(null);for(const[r,o]of Object.entries(e.response.headers??{}))t[r]=o.map(c=>c.value);return{status:Number(e.response.status),headers:t}},close:()=>m.close()}}}),9537:((P,_,s)=>{s.d(_,{_:()=>h,s:()=>f});async function f(i,d,p){return h(i,{perKey:d,total:d,keyOf:()=>""},p)}function h(i,d,p){const a=Math.max(1,Math.floor(d.perKey)),m=Math.max(1,Math.floor(d.total)),g=new Map;i.forEach((e,n)=>{const t=d.keyOf(e);let r=g.get(t);r===void 0&&g.set(t,r={indices:[],head:0,running:0}),r.indices.push(n)});const y=new Array(i.length);let l=0,E=0,w=!1;return new Promise((e,n)=>{const t=()=>{let o;for(const c of g.values())c.running>=a||c.head>=c.indices.length||(o===void 0||c.indices[c.head]<o.indices[o.head])&&(o=c);return o},r=()=>{for(let o=t();!w&&l<m&&o;o=t()){const c=o.indices[o.head++],O=o;O.running++,l++,Promise.resolve().then(()=>p(i[c],c)).then(u=>{y[c]=u,O.running--,l--,++E===i.length?e(y):r()},u=>{w=!0,n(u)})}};i.length===0?e(y):r()})}})};export{T as id,b as ids,A as modules};
