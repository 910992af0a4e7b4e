var T=Object.defineProperty;var r=(P,v)=>T(P,"name",{value:v,configurable:!0});const $=416,A=[416],D={9008:((P,v,o)=>{o.d(v,{A:r(()=>s,"A"),l:r(()=>u,"l")});var x=o(3916),E=o(8109),h=o(6668),m=o(303),C=o(4211);class s extends x.hs{static{r(this,"EdgeBuildError")}}function p(e){return e?`${e.file}:${e.line}:${e.col}: `:""}r(p,"at");function w(e){const t=p(e.pos);if(typeof e.name!="string"||!(0,h.sg)(e.name)||e.name!==e.name.toLowerCase())throw new s(`${t}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new s(`${t}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new s(`${t}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const n=(0,E.we)(e.name);if(n)throw new s(`${t}'${e.key}' is ${n} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new s(`${t}the value of '${e.key}' must be a string`);const i=(0,C.$g)(e.value);if(i)throw new s(`${t}the value of '${e.key}' contains ${i}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new s(`${t}'override' of '${e.key}' must be true or false`);for(const[a,d]of e.when?.statuses??[])if(!Number.isInteger(a)||!Number.isInteger(d)||a<100||d>599||a>d)throw new s(`${t}status range [${a}, ${d}] of '${e.key}' must be within 100-599, low first`);for(const a of e.when?.contentTypes??[])if(typeof a!="string"||!(0,m.sX)(a))throw new s(`${t}content type ${JSON.stringify(a)} of '${e.key}' must look like 'text/html' or 'text/*'`)}r(w,"checkHeaderRule");function O(e,t){const n=p(t);if(typeof e!="string")throw new s(`${n}remove entries must be header names`);const i=e.endsWith("*")?e.slice(0,-1):void 0,a=i??e;if(!(0,h.sg)(a)||a!==a.toLowerCase())throw new s(`${n}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(a==="__proto__")throw new s(`${n}'__proto__' cannot be removed by name: it is no header name a policy may use`);const d=i===void 0?(0,E.we)(e):E.C4.some(R=>i.startsWith(R))?"disallowed":void 0;if(d)throw new s(`${n}'${e}' is ${d} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}r(O,"checkRemoveName");function g(e){const t={key:e.key,value:e.value,override:e.override},n={};return e.when?.statuses&&(n.statuses=e.when.statuses.map(([i,a])=>[i,a])),e.when?.contentTypes&&(n.contentTypes=e.when.contentTypes.map(i=>i.toLowerCase())),(n.statuses||n.contentTypes)&&(t.when=n),t}r(g,"compileRule");function y(e){const t=new Map;for(const n of e.headers){w(n);const i=t.get(n.name)??[];i.push(g(n)),t.set(n.name,i)}for(const n of e.remove)O(n.name,n.pos);return{set:[...t].map(([n,i])=>({name:n,rules:i})),remove:e.remove.map(n=>n.name)}}r(y,"compileSet");function u(e){return{version:1,defaults:y(e.defaults),paths:e.paths.map(t=>{const n=(0,m.oY)(t.match);if(t.pattern!==n)throw new s(`${p(t.pos)}path pattern for '${t.match}' is ${JSON.stringify(t.pattern)}, expected ${JSON.stringify(n)}; re-resolve the policy with the loader`);return{match:t.match,pattern:n,...y(t)}})}}r(u,"compileEdgeConfig")}),5883:((P,v,o)=>{o.d(v,{S1:r(()=>i,"S1"),$D:r(()=>R,"$D"),RB:r(()=>a,"RB")});var x=o(7598),E=o(1455),h=o(6760),m=o(1306),C=o(311),s=o(9008);const p=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,w="index.handler",O="index.mjs",g="config.json",y={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function u(c){return(0,x.createHash)("sha256").update(c).digest("base64")}r(u,"codeSha256");function e(c){const l=Object.create(null);for(const _ of c.set){const f=_.rules[0];f&&(l[_.name]=f.value)}return{headers:l,remove:[...c.remove]}}r(e,"packagedSet");function t(c){return{defaults:e(c.defaults),paths:c.paths.map(l=>({match:l.match,...e(l)}))}}r(t,"packagedHeaders");function n(c){return(0,m.L)({[O]:[(0,m._u)(p),y],[g]:[(0,m._u)(JSON.stringify(c)),y]},y)}r(n,"zipEdgeConfig");function i(c,l={}){const _=(0,s.l)(c),f=n(_),b={codeSha256:u(f),bytes:f.byteLength,runtime:l.runtime??c.lambda.runtime,handler:w,policyHash:c.hash,headers:t(_),builtBy:`headerguard ${C.y}`};return{zip:f,manifest:b}}r(i,"buildEdgePackage");async function a(c,l){await(0,E.mkdir)(c,{recursive:!0}),await(0,E.writeFile)((0,h.join)(c,"edge.zip"),l.zip),await(0,E.writeFile)((0,h.join)(c,"manifest.json"),`${JSON.stringify(l.manifest,null,2)}
`)}r(a,"writeEdgePackage");function d(c){let l;try{const f=(0,m.AO)(c,{filter:r(b=>b.name===g,"filter")})[g];if(!f)throw new Error(`it has no ${g}`);l=(0,m.he)(f)}catch(f){throw new s.A(`the zip is not a headerguard edge package: ${f instanceof Error?f.message:String(f)}`)}const _=JSON.parse(l);if(_.version!==1)throw new s.A(`the package's ${g} has unsupported version ${_.version}`);return _}r(d,"readEdgeConfig");function R(c){return t(d(c))}r(R,"readPackagedHeaders")}),3479:((P,v,o)=>{o.d(v,{Kz:r(()=>g,"Kz"),Mm:r(()=>y,"Mm"),fo:r(()=>s,"fo")});var x=o(3024),E=o.n(x),h=o(6760),m=o.n(h),C=o(3916);class s extends C.hs{static{r(this,"BrowserUnavailableError")}}const p={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},w=["chromium","chromium-browser"];function O(u,e,t){for(const n of(e.PATH??"").split(h.delimiter))if(n&&t((0,h.join)(n,u)))return(0,h.join)(n,u)}r(O,"onPath");function g(u,e,t=process.platform,n=x.existsSync){if(u){if(!n(u))throw new s(`browser-path '${u}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:u,from:"browser-path"}}if(e.CHROME_PATH&&n(e.CHROME_PATH))return{path:e.CHROME_PATH,from:"CHROME_PATH"};const i=(p[t]??[]).find(a=>n(a));if(i)return{path:i,from:"Google Chrome"};for(const a of w){const d=O(a,e,n);if(d)return{path:d,from:"PATH"}}}r(g,"findBrowser");const y="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),688:((P,v,o)=>{o.d(v,{C:r(()=>C,"C")});var x=o(8279),E=o(3379),h=o(6380);function m(s,p,w){return{status:s,headers:{"content-type":["text/html"],"x-cache":[`${p} from cloudfront`]},rejected:w}}r(m,"cloudFrontError");async function C(s){const p=await(0,h.TW)(s,{isolated:!0});return{async apply(w,O){const g=Object.entries(O.headers).flatMap(([i,a])=>a.map(d=>[i,d])),y=(0,x.S)({uri:w,status:O.status,headers:g}),u=y.Records[0]?.cf.response,e=await p.invoke(y);if(!e.response||!u)return m(503,"LambdaExecutionError",e.error??"the function returned nothing");const t=(0,E.d)(u,e.response);if(t.length>0)return m(502,"LambdaValidationError",t.join("; "));const n=Object.create(null);for(const[i,a]of Object.entries(e.response.headers??{}))n[i]=a.map(d=>d.value);return{status:Number(e.response.status),headers:n}},close:r(()=>p.close(),"close")}}r(C,"openEdgePreview")})};export{$ as id,A as ids,D as modules};
