var R=Object.defineProperty;var o=(C,v)=>R(C,"name",{value:v,configurable:!0});const M=942,L=[942],A={9008:((C,v,l)=>{l.d(v,{A:o(()=>u,"A"),l:o(()=>m,"l")});var y=l(3916),g=l(8109),f=l(6668),h=l(303),p=l(4211);class u extends y.hs{static{o(this,"EdgeBuildError")}}function w(e){return e?`${e.file}:${e.line}:${e.col}: `:""}o(w,"at");function b(e){const i=w(e.pos);if(typeof e.name!="string"||!(0,f.sg)(e.name)||e.name!==e.name.toLowerCase())throw new u(`${i}header name ${JSON.stringify(e.name)} must be a lowercase RFC 9110 token`);if(e.name==="__proto__")throw new u(`${i}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof e.key!="string"||e.key.toLowerCase()!==e.name)throw new u(`${i}header key ${JSON.stringify(e.key)} must spell '${e.name}' (any casing)`);const s=(0,g.we)(e.name);if(s)throw new u(`${i}'${e.key}' is ${s} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof e.value!="string")throw new u(`${i}the value of '${e.key}' must be a string`);const d=(0,p.$g)(e.value);if(d)throw new u(`${i}the value of '${e.key}' contains ${d}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof e.override!="boolean")throw new u(`${i}'override' of '${e.key}' must be true or false`);for(const[n,r]of e.when?.statuses??[])if(!Number.isInteger(n)||!Number.isInteger(r)||n<100||r>599||n>r)throw new u(`${i}status range [${n}, ${r}] of '${e.key}' must be within 100-599, low first`);for(const n of e.when?.contentTypes??[])if(typeof n!="string"||!(0,h.sX)(n))throw new u(`${i}content type ${JSON.stringify(n)} of '${e.key}' must look like 'text/html' or 'text/*'`)}o(b,"checkHeaderRule");function O(e,i){const s=w(i);if(typeof e!="string")throw new u(`${s}remove entries must be header names`);const d=e.endsWith("*")?e.slice(0,-1):void 0,n=d??e;if(!(0,f.sg)(n)||n!==n.toLowerCase())throw new u(`${s}remove entry ${JSON.stringify(e)} must be a lowercase header name, optionally ending in '*'`);if(n==="__proto__")throw new u(`${s}'__proto__' cannot be removed by name: it is no header name a policy may use`);const r=d===void 0?(0,g.we)(e):g.C4.some(c=>d.startsWith(c))?"disallowed":void 0;if(r)throw new u(`${s}'${e}' is ${r} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}o(O,"checkRemoveName");function _(e){const i={key:e.key,value:e.value,override:e.override},s={};return e.when?.statuses&&(s.statuses=e.when.statuses.map(([d,n])=>[d,n])),e.when?.contentTypes&&(s.contentTypes=e.when.contentTypes.map(d=>d.toLowerCase())),(s.statuses||s.contentTypes)&&(i.when=s),i}o(_,"compileRule");function $(e){const i=new Map;for(const s of e.headers){b(s);const d=i.get(s.name)??[];d.push(_(s)),i.set(s.name,d)}for(const s of e.remove)O(s.name,s.pos);return{set:[...i].map(([s,d])=>({name:s,rules:d})),remove:e.remove.map(s=>s.name)}}o($,"compileSet");function m(e){return{version:1,defaults:$(e.defaults),paths:e.paths.map(i=>{const s=(0,h.oY)(i.match);if(i.pattern!==s)throw new u(`${w(i.pos)}path pattern for '${i.match}' is ${JSON.stringify(i.pattern)}, expected ${JSON.stringify(s)}; re-resolve the policy with the loader`);return{match:i.match,pattern:s,...$(i)}})}}o(m,"compileEdgeConfig")}),5883:((C,v,l)=>{l.d(v,{S1:o(()=>d,"S1"),$D:o(()=>c,"$D"),RB:o(()=>n,"RB")});var y=l(7598),g=l(1455),f=l(6760),h=l(1306),p=l(311),u=l(9008);const w=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,b="index.handler",O="index.mjs",_="config.json",$={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function m(t){return(0,y.createHash)("sha256").update(t).digest("base64")}o(m,"codeSha256");function e(t){const a=Object.create(null);for(const E of t.set){const x=E.rules[0];x&&(a[E.name]=x.value)}return{headers:a,remove:[...t.remove]}}o(e,"packagedSet");function i(t){return{defaults:e(t.defaults),paths:t.paths.map(a=>({match:a.match,...e(a)}))}}o(i,"packagedHeaders");function s(t){return(0,h.L)({[O]:[(0,h._u)(w),$],[_]:[(0,h._u)(JSON.stringify(t)),$]},$)}o(s,"zipEdgeConfig");function d(t,a={}){const E=(0,u.l)(t),x=s(E),P={codeSha256:m(x),bytes:x.byteLength,runtime:a.runtime??t.lambda.runtime,handler:b,policyHash:t.hash,headers:i(E),builtBy:`headerguard ${p.y}`};return{zip:x,manifest:P}}o(d,"buildEdgePackage");async function n(t,a){await(0,g.mkdir)(t,{recursive:!0}),await(0,g.writeFile)((0,f.join)(t,"edge.zip"),a.zip),await(0,g.writeFile)((0,f.join)(t,"manifest.json"),`${JSON.stringify(a.manifest,null,2)}
`)}o(n,"writeEdgePackage");function r(t){let a;try{const x=(0,h.AO)(t,{filter:o(P=>P.name===_,"filter")})[_];if(!x)throw new Error(`it has no ${_}`);a=(0,h.he)(x)}catch(x){throw new u.A(`the zip is not a headerguard edge package: ${x instanceof Error?x.message:String(x)}`)}const E=JSON.parse(a);if(E.version!==1)throw new u.A(`the package's ${_} has unsupported version ${E.version}`);return E}o(r,"readEdgeConfig");function c(t){return i(r(t))}o(c,"readPackagedHeaders")}),3479:((C,v,l)=>{l.d(v,{Kz:o(()=>_,"Kz"),Mm:o(()=>$,"Mm"),fo:o(()=>u,"fo")});var y=l(3024),g=l.n(y),f=l(6760),h=l.n(f),p=l(3916);class u extends p.hs{static{o(this,"BrowserUnavailableError")}}const w={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},b=["chromium","chromium-browser"];function O(m,e,i){for(const s of(e.PATH??"").split(f.delimiter))if(s&&i((0,f.join)(s,m)))return(0,f.join)(s,m)}o(O,"onPath");function _(m,e,i=process.platform,s=y.existsSync){if(m){if(!s(m))throw new u(`browser-path '${m}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:m,from:"browser-path"}}if(e.CHROME_PATH&&s(e.CHROME_PATH))return{path:e.CHROME_PATH,from:"CHROME_PATH"};const d=(w[i]??[]).find(n=>s(n));if(d)return{path:d,from:"Google Chrome"};for(const n of b){const r=O(n,e,s);if(r)return{path:r,from:"PATH"}}}o(_,"findBrowser");const $="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),688:((C,v,l)=>{l.d(v,{C:o(()=>p,"C")});var y=l(8279),g=l(3379),f=l(6380);function h(u,w,b){return{status:u,headers:{"content-type":["text/html"],"x-cache":[`${w} from cloudfront`]},rejected:b}}o(h,"cloudFrontError");async function p(u){const w=await(0,f.TW)(u,{isolated:!0});return{async apply(b,O){const _=Object.entries(O.headers).flatMap(([d,n])=>n.map(r=>[d,r])),$=(0,y.S)({uri:b,status:O.status,headers:_}),m=$.Records[0]?.cf.response,e=await w.invoke($);if(!e.response||!m)return h(503,"LambdaExecutionError",e.error??"the function returned nothing");const i=(0,g.d)(m,e.response);if(i.length>0)return h(502,"LambdaValidationError",i.join("; "));const s=Object.create(null);for(const[d,n]of Object.entries(e.response.headers??{}))s[d]=n.map(r=>r.value);return{status:Number(e.response.status),headers:s}},close:o(()=>w.close(),"close")}}o(p,"openEdgePreview")}),8617:((C,v,l)=>{l.d(v,{RH:o(()=>i,"RH")});var y=l(5655);function g(n){return n.blocked!=="inline"?n.blocked:n.directive==="style-src-attr"?"style attribute":n.directive==="script-src-attr"?"inline event handler":n.directive.startsWith("style")?"inline style":"inline script"}o(g,"blockedLabel");function f(n){try{const r=new URL(n);return`${r.pathname}${r.search}`}catch{return n}}o(f,"pagePath");function h(n,r){if(!n.source)return"";const c=n.source===r?f(n.source):n.source;return n.line?`${c}:${n.line}`:c}o(h,"where");function p(n){return n.violations.filter(r=>r.enforced)}o(p,"blocked");function u(n){const r=n.pages.filter(t=>p(t).length>0);if(r.length===0){const t=n.pages.filter(a=>!a.error).length;return`the new CSP blocks nothing on ${(0,y.L)(t,"page")} loaded in ${n.browser}`}return`the new CSP would block ${r.map((t,a)=>`${a===0?(0,y.L)(p(t).length,"resource"):p(t).length} on ${f(t.url)}`).join(" and ")}`}o(u,"previewVerdict");const w=/^('[^']*'|[a-z][a-z0-9+.-]*:\S*|[a-z]+(-[a-z]+)*-(src|elem|attr)|form-action|base-uri)$/i;function b(n,r){return n.split(" ").map(c=>{const t=/[,)]$/.exec(c)?.[0]??"",a=t?c.slice(0,-1):c;return w.test(a)?`${codeCell(a,r)}${text(t)}`:text(c,r)}).join(" ")}o(b,"fixCell");function O(n,r){const c=n.violations.map(t=>[t.enforced?"blocked":"reported",codeCell(t.directive,r),codeCell(g(t),r),codeCell(h(t,n.url)||null,r),t.count>1?String(t.count):"1",b(t.suggestion,r)]);return table(["","directive","blocked","where","times","fix"],c)}o(O,"pageTable");function _(n,r){const c=[];return n.error&&c.push(`Not previewed: ${text(n.error,r)}`),n.violations.length>0?c.push(O(n,r)):n.error||c.push("Nothing blocked."),n.policyWarnings.length>0&&c.push(`The browser's own warnings about the policy:
${n.policyWarnings.map(t=>`- ${text(t,r)}`).join(`
`)}`),n.problems.length>0&&c.push(`Not seen completely:
${n.problems.map(t=>`- ${text(t,r)}`).join(`
`)}`),c.join(`

`)}o(_,"pageBody");function $(n,r){const c=n.pages.map(t=>{const a=p(t).length,E=`<code>${htmlText(f(t.url),r)}</code>${t.status!==void 0?` (${t.status})`:""}: ${t.error?"not previewed":a>0?`would block ${a}`:"nothing blocked"}`;return details(E,_(t,r),a>0)});return["### CSP preview",`${text(m(u(n)),r)} (${text(n.browser,r)}, the policy served report-only on the live pages).`,...c].join(`

`)}o($,"cspPreviewSection");function m(n){return n.charAt(0).toUpperCase()+n.slice(1)}o(m,"capitalise");const e=o((n,r=200)=>(0,y.e)(n,r),"plain");function i(n){const r=[`csp-preview (${e(n.browser)}): ${e(u(n))}`];for(const c of n.pages){const t=p(c).length;r.push(`${e(c.url)}${c.status!==void 0?` (${c.status})`:""}: ${c.error?`not previewed: ${e(c.error)}`:t>0?`would block ${t}`:"nothing blocked"}`);for(const a of c.violations){const E=h(a,c.url);r.push(`  ${a.enforced?"BLOCKED ":"reported"}  ${e(a.directive)}  ${e(g(a))}${E?`  at ${e(E)}`:""}${a.count>1?`  x${a.count}`:""}`),r.push(`            fix: ${e(a.suggestion,400)}`)}for(const a of c.policyWarnings)r.push(`  policy warning: ${e(a,400)}`);for(const a of c.problems)r.push(`  not seen: ${e(a,400)}`)}return r.join(`
`)}o(i,"renderCspPreview");function s(n){const r=n.policy;return[...r?.defaults.headers??[],...r?.paths.flatMap(t=>t.headers)??[]].find(t=>t.name==="content-security-policy")?.pos.line??1}o(s,"cspLine");function d(n){const r=n.cspPreview;if(!r)return[];const c=s(n);return r.pages.flatMap(t=>p(t).map(a=>({level:"warning",title:"headerguard: CSP preview",message:e(`the new CSP would block ${g(a)} (${a.directive}) on ${f(t.url)}: ${a.suggestion}`,1e3),file:n.policyFile,startLine:c})))}o(d,"cspPreviewAnnotations")}),5655:((C,v,l)=>{l.d(v,{L:o(()=>y,"L"),e:o(()=>g,"e")});function y(f,h){return`${f} ${h}${f===1?"":"s"}`}o(y,"plural");function g(f,h){if(f===null)return"-";const p=f.replace(/[\u0000-\u001f\u007f-\u009f]/g,"?");return p.length>h?`${p.slice(0,h-1)}…`:p}o(g,"terminalText")})};export{M as id,L as ids,A as modules};
