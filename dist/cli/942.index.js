var R=Object.defineProperty;var o=(C,_)=>R(C,"name",{value:_,configurable:!0});const M=942,S=[942],A={9008:((C,_,u)=>{u.d(_,{A:o(()=>l,"A"),l:o(()=>h,"l")});var E=u(3916),p=u(8109),m=u(6668),f=u(303),b=u(4211);class l extends E.hs{static{o(this,"EdgeBuildError")}}function g(n){return n?`${n.file}:${n.line}:${n.col}: `:""}o(g,"at");function $(n){const c=g(n.pos);if(typeof n.name!="string"||!(0,m.sg)(n.name)||n.name!==n.name.toLowerCase())throw new l(`${c}header name ${JSON.stringify(n.name)} must be a lowercase RFC 9110 token`);if(n.name==="__proto__")throw new l(`${c}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof n.key!="string"||n.key.toLowerCase()!==n.name)throw new l(`${c}header key ${JSON.stringify(n.key)} must spell '${n.name}' (any casing)`);const s=(0,p.we)(n.name);if(s)throw new l(`${c}'${n.key}' is ${s} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof n.value!="string")throw new l(`${c}the value of '${n.key}' must be a string`);const d=(0,b.$g)(n.value);if(d)throw new l(`${c}the value of '${n.key}' contains ${d}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof n.override!="boolean")throw new l(`${c}'override' of '${n.key}' must be true or false`);for(const[e,t]of n.when?.statuses??[])if(!Number.isInteger(e)||!Number.isInteger(t)||e<100||t>599||e>t)throw new l(`${c}status range [${e}, ${t}] of '${n.key}' must be within 100-599, low first`);for(const e of n.when?.contentTypes??[])if(typeof e!="string"||!(0,f.sX)(e))throw new l(`${c}content type ${JSON.stringify(e)} of '${n.key}' must look like 'text/html' or 'text/*'`)}o($,"checkHeaderRule");function O(n,c){const s=g(c);if(typeof n!="string")throw new l(`${s}remove entries must be header names`);const d=n.endsWith("*")?n.slice(0,-1):void 0,e=d??n;if(!(0,m.sg)(e)||e!==e.toLowerCase())throw new l(`${s}remove entry ${JSON.stringify(n)} must be a lowercase header name, optionally ending in '*'`);if(e==="__proto__")throw new l(`${s}'__proto__' cannot be removed by name: it is no header name a policy may use`);const t=d===void 0?(0,p.we)(n):p.C4.some(a=>d.startsWith(a))?"disallowed":void 0;if(t)throw new l(`${s}'${n}' is ${t} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}o(O,"checkRemoveName");function w(n){const c={key:n.key,value:n.value,override:n.override},s={};return n.when?.statuses&&(s.statuses=n.when.statuses.map(([d,e])=>[d,e])),n.when?.contentTypes&&(s.contentTypes=n.when.contentTypes.map(d=>d.toLowerCase())),(s.statuses||s.contentTypes)&&(c.when=s),c}o(w,"compileRule");function x(n){const c=new Map;for(const s of n.headers){$(s);const d=c.get(s.name)??[];d.push(w(s)),c.set(s.name,d)}for(const s of n.remove)O(s.name,s.pos);return{set:[...c].map(([s,d])=>({name:s,rules:d})),remove:n.remove.map(s=>s.name)}}o(x,"compileSet");function h(n){return{version:1,defaults:x(n.defaults),paths:n.paths.map(c=>{const s=(0,f.oY)(c.match);if(c.pattern!==s)throw new l(`${g(c.pos)}path pattern for '${c.match}' is ${JSON.stringify(c.pattern)}, expected ${JSON.stringify(s)}; re-resolve the policy with the loader`);return{match:c.match,pattern:s,...x(c)}})}}o(h,"compileEdgeConfig")}),5883:((C,_,u)=>{u.d(_,{S1:o(()=>d,"S1"),$D:o(()=>a,"$D"),RB:o(()=>e,"RB")});var E=u(7598),p=u(1455),m=u(6760),f=u(1306),b=u(311),l=u(9008);const g=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,$="index.handler",O="index.mjs",w="config.json",x={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function h(r){return(0,E.createHash)("sha256").update(r).digest("base64")}o(h,"codeSha256");function n(r){const i=Object.create(null);for(const y of r.set){const v=y.rules[0];v&&(i[y.name]=v.value)}return{headers:i,remove:[...r.remove]}}o(n,"packagedSet");function c(r){return{defaults:n(r.defaults),paths:r.paths.map(i=>({match:i.match,...n(i)}))}}o(c,"packagedHeaders");function s(r){return(0,f.L)({[O]:[(0,f._u)(g),x],[w]:[(0,f._u)(JSON.stringify(r)),x]},x)}o(s,"zipEdgeConfig");function d(r,i={}){const y=(0,l.l)(r),v=s(y),P={codeSha256:h(v),bytes:v.byteLength,runtime:i.runtime??r.lambda.runtime,handler:$,policyHash:r.hash,headers:c(y),builtBy:`headerguard ${b.y}`};return{zip:v,manifest:P}}o(d,"buildEdgePackage");async function e(r,i){await(0,p.mkdir)(r,{recursive:!0}),await(0,p.writeFile)((0,m.join)(r,"edge.zip"),i.zip),await(0,p.writeFile)((0,m.join)(r,"manifest.json"),`${JSON.stringify(i.manifest,null,2)}
`)}o(e,"writeEdgePackage");function t(r){let i;try{const v=(0,f.AO)(r,{filter:o(P=>P.name===w,"filter")})[w];if(!v)throw new Error(`it has no ${w}`);i=(0,f.he)(v)}catch(v){throw new l.A(`the zip is not a headerguard edge package: ${v instanceof Error?v.message:String(v)}`)}const y=JSON.parse(i);if(y.version!==1)throw new l.A(`the package's ${w} has unsupported version ${y.version}`);return y}o(t,"readEdgeConfig");function a(r){return c(t(r))}o(a,"readPackagedHeaders")}),3479:((C,_,u)=>{u.d(_,{Kz:o(()=>w,"Kz"),Mm:o(()=>x,"Mm"),fo:o(()=>l,"fo")});var E=u(3024),p=u.n(E),m=u(6760),f=u.n(m),b=u(3916);class l extends b.hs{static{o(this,"BrowserUnavailableError")}}const g={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},$=["chromium","chromium-browser"];function O(h,n,c){for(const s of(n.PATH??"").split(m.delimiter))if(s&&c((0,m.join)(s,h)))return(0,m.join)(s,h)}o(O,"onPath");function w(h,n,c=process.platform,s=E.existsSync){if(h){if(!s(h))throw new l(`browser-path '${h}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:h,from:"browser-path"}}if(n.CHROME_PATH&&s(n.CHROME_PATH))return{path:n.CHROME_PATH,from:"CHROME_PATH"};const d=(g[c]??[]).find(e=>s(e));if(d)return{path:d,from:"Google Chrome"};for(const e of $){const t=O(e,n,s);if(t)return{path:t,from:"PATH"}}}o(w,"findBrowser");const x="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),688:((C,_,u)=>{u.d(_,{C:o(()=>b,"C")});var E=u(8279),p=u(3379),m=u(6380);function f(l,g,$){return{status:l,headers:{"content-type":["text/html"],"x-cache":[`${g} from cloudfront`]},rejected:$}}o(f,"cloudFrontError");async function b(l){const g=await(0,m.TW)(l,{isolated:!0});return{async apply($,O){const w=Object.entries(O.headers).flatMap(([d,e])=>e.map(t=>[d,t])),x=(0,E.S)({uri:$,status:O.status,headers:w}),h=x.Records[0]?.cf.response,n=await g.invoke(x);if(!n.response||!h)return f(503,"LambdaExecutionError",n.error??"the function returned nothing");const c=(0,p.d)(h,n.response);if(c.length>0)return f(502,"LambdaValidationError",c.join("; "));const s=Object.create(null);for(const[d,e]of Object.entries(n.response.headers??{}))s[d]=e.map(t=>t.value);return{status:Number(n.response.status),headers:s}},close:o(()=>g.close(),"close")}}o(b,"openEdgePreview")}),8617:((C,_,u)=>{u.d(_,{RH:o(()=>c,"RH")});function E(e){return e.blocked!=="inline"?e.blocked:e.directive==="style-src-attr"?"style attribute":e.directive==="script-src-attr"?"inline event handler":e.directive.startsWith("style")?"inline style":"inline script"}o(E,"blockedLabel");function p(e){try{const t=new URL(e);return`${t.pathname}${t.search}`}catch{return e}}o(p,"pagePath");function m(e,t){if(!e.source)return"";const a=e.source===t?p(e.source):e.source;return e.line?`${a}:${e.line}`:a}o(m,"where");function f(e){return e.violations.filter(t=>t.enforced)}o(f,"blocked");function b(e,t){return`${e} ${t}${e===1?"":"s"}`}o(b,"plural");function l(e){const t=e.pages.filter(r=>f(r).length>0);if(t.length===0){const r=e.pages.filter(i=>!i.error).length;return`the new CSP blocks nothing on ${b(r,"page")} loaded in ${e.browser}`}return`the new CSP would block ${t.map((r,i)=>`${i===0?b(f(r).length,"resource"):f(r).length} on ${p(r.url)}`).join(" and ")}`}o(l,"previewVerdict");const g=/^('[^']*'|[a-z][a-z0-9+.-]*:\S*|[a-z]+(-[a-z]+)*-(src|elem|attr)|form-action|base-uri)$/i;function $(e,t){return e.split(" ").map(a=>{const r=/[,)]$/.exec(a)?.[0]??"",i=r?a.slice(0,-1):a;return g.test(i)?`${codeCell(i,t)}${text(r)}`:text(a,t)}).join(" ")}o($,"fixCell");function O(e,t){const a=e.violations.map(r=>[r.enforced?"blocked":"reported",codeCell(r.directive,t),codeCell(E(r),t),codeCell(m(r,e.url)||null,t),r.count>1?String(r.count):"1",$(r.suggestion,t)]);return table(["","directive","blocked","where","times","fix"],a)}o(O,"pageTable");function w(e,t){const a=[];return e.error&&a.push(`Not previewed: ${text(e.error,t)}`),e.violations.length>0?a.push(O(e,t)):e.error||a.push("Nothing blocked."),e.policyWarnings.length>0&&a.push(`The browser's own warnings about the policy:
${e.policyWarnings.map(r=>`- ${text(r,t)}`).join(`
`)}`),e.problems.length>0&&a.push(`Not seen completely:
${e.problems.map(r=>`- ${text(r,t)}`).join(`
`)}`),a.join(`

`)}o(w,"pageBody");function x(e,t){const a=e.pages.map(r=>{const i=f(r).length,y=`<code>${htmlText(p(r.url),t)}</code>${r.status!==void 0?` (${r.status})`:""}: ${r.error?"not previewed":i>0?`would block ${i}`:"nothing blocked"}`;return details(y,w(r,t),i>0)});return["### CSP preview",`${text(h(l(e)),t)} (${text(e.browser,t)}, the policy served report-only on the live pages).`,...a].join(`

`)}o(x,"cspPreviewSection");function h(e){return e.charAt(0).toUpperCase()+e.slice(1)}o(h,"capitalise");function n(e,t=200){const a=e.replace(/[\u0000-\u001f\u007f-\u009f]/g,"?");return a.length>t?`${a.slice(0,t-1)}…`:a}o(n,"plain");function c(e){const t=[`csp-preview (${n(e.browser)}): ${n(l(e))}`];for(const a of e.pages){const r=f(a).length;t.push(`${n(a.url)}${a.status!==void 0?` (${a.status})`:""}: ${a.error?`not previewed: ${n(a.error)}`:r>0?`would block ${r}`:"nothing blocked"}`);for(const i of a.violations){const y=m(i,a.url);t.push(`  ${i.enforced?"BLOCKED ":"reported"}  ${n(i.directive)}  ${n(E(i))}${y?`  at ${n(y)}`:""}${i.count>1?`  x${i.count}`:""}`),t.push(`            fix: ${n(i.suggestion,400)}`)}for(const i of a.policyWarnings)t.push(`  policy warning: ${n(i,400)}`);for(const i of a.problems)t.push(`  not seen: ${n(i,400)}`)}return t.join(`
`)}o(c,"renderCspPreview");function s(e){const t=e.policy;return[...t?.defaults.headers??[],...t?.paths.flatMap(r=>r.headers)??[]].find(r=>r.name==="content-security-policy")?.pos.line??1}o(s,"cspLine");function d(e){const t=e.cspPreview;if(!t)return[];const a=s(e);return t.pages.flatMap(r=>f(r).map(i=>({level:"warning",title:"headerguard: CSP preview",message:n(`the new CSP would block ${E(i)} (${i.directive}) on ${p(r.url)}: ${i.suggestion}`,1e3),file:e.policyFile,startLine:a})))}o(d,"cspPreviewAnnotations")})};export{M as id,S as ids,A as modules};
