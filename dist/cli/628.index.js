var A=Object.defineProperty;var o=(C,P)=>A(C,"name",{value:P,configurable:!0});const j=628,S=[628],I={749:((C,P,s)=>{s.r(P),s.d(P,{cspPreviewCommand:o(()=>l,"cspPreviewCommand"),pageUrls:o(()=>r,"pageUrls")});var y=s(1455),$=s.n(y),h=s(6760),g=s.n(h),m=s(7975),u=s.n(m),f=s(5883),p=s(688),E=s(3479),w=s(2927),_=s(3916),v=s(4851),n=s(2931),d=s(8617),i=s(5217);const c="usage: headerguard csp-preview --policy FILE --url URL [--url URL]... [--json FILE] [--browser PATH]";function e(t){try{const{values:a}=(0,m.parseArgs)({args:t,options:{policy:{type:"string",short:"p"},url:{type:"string",multiple:!0},json:{type:"string"},browser:{type:"string"}},strict:!0});return{...a,url:a.url??[]}}catch(a){throw new _.dz(`${(0,_.gJ)(a)}
${c}`)}}o(e,"parse");function r(t){return t.map(a=>{let O;try{O=new URL(a)}catch{throw new _.dz(`--url '${a}' is not a URL: give the full page address, e.g. https://www.example.com/checkout`)}if(!/^https?:$/.test(O.protocol))throw new _.dz(`--url '${a}' must be an http or https page`);return O.href})}o(r,"pageUrls");async function l(t){const a=e(t.args),O=(0,n.Oz)(t.cwd,a.policy),x=await(0,n.tb)(O);for(const M of x.diagnostics)(0,i._)(t.stderr,(0,v.xy)(M));if((0,v.Cs)(x.diagnostics)||!x.policy)return(0,i._)(t.stderr,`headerguard csp-preview: ${O} has errors; nothing was previewed`),i.y.cannotRun;const D=r(a.url.length>0?a.url:x.policy.verify.urls);if(D.length===0)return(0,i._)(t.stderr,`headerguard csp-preview: no page to load: give --url (or verify.url in the policy)
${c}`),i.y.cannotRun;const T=(0,E.Kz)(a.browser,t.env);if(!T)return(0,i._)(t.stderr,`headerguard csp-preview: ${E.Mm}`),i.y.cannotRun;const L=await(0,p.openEdgePreview)((0,f.buildEdgePackage)(x.policy).zip),R=await(0,w.previewCsp)({edge:L,urls:D,browser:T,onPage:o(M=>(0,i._)(t.stderr,`loading ${M}`),"onPage")}).finally(()=>L.close());return(0,i._)(t.stdout,(0,d.RH)(R)),a.json&&await(0,y.writeFile)((0,h.resolve)(t.cwd,a.json),`${JSON.stringify(R,null,2)}
`),R.pages.some(M=>(0,w.y)(M)>0)?i.y.failed:R.pages.some(M=>M.error)?i.y.cannotRun:i.y.ok}o(l,"cspPreviewCommand")}),9008:((C,P,s)=>{s.d(P,{A:o(()=>u,"A"),l:o(()=>v,"l")});var y=s(3916),$=s(8109),h=s(6668),g=s(303),m=s(4211);class u extends y.hs{static{o(this,"EdgeBuildError")}}function f(n){return n?`${n.file}:${n.line}:${n.col}: `:""}o(f,"at");function p(n){const d=f(n.pos);if(typeof n.name!="string"||!(0,h.sg)(n.name)||n.name!==n.name.toLowerCase())throw new u(`${d}header name ${JSON.stringify(n.name)} must be a lowercase RFC 9110 token`);if(n.name==="__proto__")throw new u(`${d}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof n.key!="string"||n.key.toLowerCase()!==n.name)throw new u(`${d}header key ${JSON.stringify(n.key)} must spell '${n.name}' (any casing)`);const i=(0,$.we)(n.name);if(i)throw new u(`${d}'${n.key}' is ${i} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof n.value!="string")throw new u(`${d}the value of '${n.key}' must be a string`);const c=(0,m.$g)(n.value);if(c)throw new u(`${d}the value of '${n.key}' contains ${c}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof n.override!="boolean")throw new u(`${d}'override' of '${n.key}' must be true or false`);for(const[e,r]of n.when?.statuses??[])if(!Number.isInteger(e)||!Number.isInteger(r)||e<100||r>599||e>r)throw new u(`${d}status range [${e}, ${r}] of '${n.key}' must be within 100-599, low first`);for(const e of n.when?.contentTypes??[])if(typeof e!="string"||!(0,g.sX)(e))throw new u(`${d}content type ${JSON.stringify(e)} of '${n.key}' must look like 'text/html' or 'text/*'`)}o(p,"checkHeaderRule");function E(n,d){const i=f(d);if(typeof n!="string")throw new u(`${i}remove entries must be header names`);const c=n.endsWith("*")?n.slice(0,-1):void 0,e=c??n;if(!(0,h.sg)(e)||e!==e.toLowerCase())throw new u(`${i}remove entry ${JSON.stringify(n)} must be a lowercase header name, optionally ending in '*'`);if(e==="__proto__")throw new u(`${i}'__proto__' cannot be removed by name: it is no header name a policy may use`);const r=c===void 0?(0,$.we)(n):$.C4.some(l=>c.startsWith(l))?"disallowed":void 0;if(r)throw new u(`${i}'${n}' is ${r} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}o(E,"checkRemoveName");function w(n){const d={key:n.key,value:n.value,override:n.override},i={};return n.when?.statuses&&(i.statuses=n.when.statuses.map(([c,e])=>[c,e])),n.when?.contentTypes&&(i.contentTypes=n.when.contentTypes.map(c=>c.toLowerCase())),(i.statuses||i.contentTypes)&&(d.when=i),d}o(w,"compileRule");function _(n){const d=new Map;for(const i of n.headers){p(i);const c=d.get(i.name)??[];c.push(w(i)),d.set(i.name,c)}for(const i of n.remove)E(i.name,i.pos);return{set:[...d].map(([i,c])=>({name:i,rules:c})),remove:n.remove.map(i=>i.name)}}o(_,"compileSet");function v(n){return{version:1,defaults:_(n.defaults),paths:n.paths.map(d=>{const i=(0,g.oY)(d.match);if(d.pattern!==i)throw new u(`${f(d.pos)}path pattern for '${d.match}' is ${JSON.stringify(d.pattern)}, expected ${JSON.stringify(i)}; re-resolve the policy with the loader`);return{match:d.match,pattern:i,..._(d)}})}}o(v,"compileEdgeConfig")}),5883:((C,P,s)=>{s.d(P,{buildEdgePackage:o(()=>c,"buildEdgePackage"),$D:o(()=>l,"$D"),RB:o(()=>e,"RB")});var y=s(7598),$=s(1455),h=s(6760),g=s(1306),m=s(311),u=s(9008);const f=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,p="index.handler",E="index.mjs",w="config.json",_={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function v(t){return(0,y.createHash)("sha256").update(t).digest("base64")}o(v,"codeSha256");function n(t){const a=Object.create(null);for(const O of t.set){const x=O.rules[0];x&&(a[O.name]=x.value)}return{headers:a,remove:[...t.remove]}}o(n,"packagedSet");function d(t){return{defaults:n(t.defaults),paths:t.paths.map(a=>({match:a.match,...n(a)}))}}o(d,"packagedHeaders");function i(t){return(0,g.L)({[E]:[(0,g._u)(f),_],[w]:[(0,g._u)(JSON.stringify(t)),_]},_)}o(i,"zipEdgeConfig");function c(t,a={}){const O=(0,u.l)(t),x=i(O),D={codeSha256:v(x),bytes:x.byteLength,runtime:a.runtime??t.lambda.runtime,handler:p,policyHash:t.hash,headers:d(O),builtBy:`headerguard ${m.y}`};return{zip:x,manifest:D}}o(c,"buildEdgePackage");async function e(t,a){await(0,$.mkdir)(t,{recursive:!0}),await(0,$.writeFile)((0,h.join)(t,"edge.zip"),a.zip),await(0,$.writeFile)((0,h.join)(t,"manifest.json"),`${JSON.stringify(a.manifest,null,2)}
`)}o(e,"writeEdgePackage");function r(t){let a;try{const x=(0,g.AO)(t,{filter:o(D=>D.name===w,"filter")})[w];if(!x)throw new Error(`it has no ${w}`);a=(0,g.he)(x)}catch(x){throw new u.A(`the zip is not a headerguard edge package: ${x instanceof Error?x.message:String(x)}`)}const O=JSON.parse(a);if(O.version!==1)throw new u.A(`the package's ${w} has unsupported version ${O.version}`);return O}o(r,"readEdgeConfig");function l(t){return d(r(t))}o(l,"readPackagedHeaders")}),3479:((C,P,s)=>{s.d(P,{Kz:o(()=>w,"Kz"),Mm:o(()=>_,"Mm"),fo:o(()=>u,"fo")});var y=s(3024),$=s.n(y),h=s(6760),g=s.n(h),m=s(3916);class u extends m.hs{static{o(this,"BrowserUnavailableError")}}const f={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},p=["chromium","chromium-browser"];function E(v,n,d){for(const i of(n.PATH??"").split(h.delimiter))if(i&&d((0,h.join)(i,v)))return(0,h.join)(i,v)}o(E,"onPath");function w(v,n,d=process.platform,i=y.existsSync){if(v){if(!i(v))throw new u(`browser-path '${v}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:v,from:"browser-path"}}if(n.CHROME_PATH&&i(n.CHROME_PATH))return{path:n.CHROME_PATH,from:"CHROME_PATH"};const c=(f[d]??[]).find(e=>i(e));if(c)return{path:c,from:"Google Chrome"};for(const e of p){const r=E(e,n,i);if(r)return{path:r,from:"PATH"}}}o(w,"findBrowser");const _="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),4851:((C,P,s)=>{s.d(P,{Cs:o(()=>$,"Cs"),Ds:o(()=>h,"Ds"),w0:o(()=>m,"w0"),xy:o(()=>y,"xy")});function y(u){return`${u.pos.file}:${u.pos.line}:${u.pos.col}: ${u.severity}: ${u.message}`}o(y,"formatDiagnostic");function $(u){return u.some(f=>f.severity==="error")}o($,"hasErrors");function h(u){return u.map((f,p)=>({d:f,index:p})).sort((f,p)=>f.d.pos.line-p.d.pos.line||f.d.pos.col-p.d.pos.col||g(f.d.severity)-g(p.d.severity)||f.index-p.index).map(({d:f})=>f)}o(h,"sortDiagnostics");function g(u){return u==="error"?0:1}o(g,"severityRank");class m{static{o(this,"DiagnosticList")}items=[];seen=new Set;add(f,p,E,w){const _=`${w.line}:${w.col}:${p}:${E}`;this.seen.has(_)||(this.seen.add(_),this.items.push({severity:f,rule:p,message:E,pos:w}))}error(f,p,E){this.add("error",f,p,E)}warning(f,p,E){this.add("warning",f,p,E)}}}),688:((C,P,s)=>{s.r(P),s.d(P,{openEdgePreview:o(()=>m,"openEdgePreview")});var y=s(8279),$=s(3379),h=s(6380);function g(u,f,p){return{status:u,headers:{"content-type":["text/html"],"x-cache":[`${f} from cloudfront`]},rejected:p}}o(g,"cloudFrontError");async function m(u){const f=await(0,h.TW)(u,{isolated:!0});return{async apply(p,E){const w=Object.entries(E.headers).flatMap(([c,e])=>e.map(r=>[c,r])),_=(0,y.S)({uri:p,status:E.status,headers:w}),v=_.Records[0]?.cf.response,n=await f.invoke(_);if(!n.response||!v)return g(503,"LambdaExecutionError",n.error??"the function returned nothing");const d=(0,$.d)(v,n.response);if(d.length>0)return g(502,"LambdaValidationError",d.join("; "));const i=Object.create(null);for(const[c,e]of Object.entries(n.response.headers??{}))i[c]=e.map(r=>r.value);return{status:Number(n.response.status),headers:i}},close:o(()=>f.close(),"close")}}o(m,"openEdgePreview")}),8776:((C,P,s)=>{s.d(P,{BK:o(()=>n,"BK"),Oz:o(()=>w,"Oz"),g$:o(()=>v,"g$"),mk:o(()=>_,"mk")});var y=s(3024),$=s.n(y),h=s(6760),g=s.n(h),m=s(7975),u=s.n(m);const f=(0,m.promisify)(y.readFile),p=(0,m.promisify)(y.stat),E=[".github/security-headers.yml",".github/security-headers.yaml",".github/security-headers.json"];function w(c,e){if(e!==void 0&&e!=="")return(0,h.isAbsolute)(e)?e:(0,h.join)(c,e);for(const r of E){const l=(0,h.join)(c,r);if((0,y.existsSync)(l))return l}return(0,h.join)(c,E[0])}o(w,"findPolicyFile");const _=1024*1024;function v(c,e){return{diagnostics:[{severity:"error",rule:"policy-file-too-large",message:`the policy file is ${e} bytes, over headerguard's limit of ${_} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,pos:{file:c,line:1,col:1}}]}}o(v,"tooLarge");async function n(c){let e;try{const r=await p(c);if(!r.isFile()&&!r.isDirectory())return d(c,"the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file");if(r.size>_)return v(c,r.size);const l=await f(c),t=i(l);if(t)return d(c,t);e=l.toString("utf8")}catch(r){const l=r.code;return{diagnostics:[{severity:"error",rule:"policy-file",message:l==="ENOENT"?"policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input":l==="EISDIR"?"the policy path is a directory; give the path of a .yml, .yaml or .json file":`cannot read the policy file: ${r instanceof Error?r.message:String(r)}`,pos:{file:c,line:1,col:1}}]}}return{text:e}}o(n,"readPolicyFile");function d(c,e){return{diagnostics:[{severity:"error",rule:"policy-file",message:e,pos:{file:c,line:1,col:1}}]}}o(d,"fileProblem");function i(c){const e=c.subarray(0,2);return e[0]===255&&e[1]===254||e[0]===254&&e[1]===255||c.length>=4&&(c[0]===0||c[1]===0)&&c.subarray(0,64).includes(0)?"the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)":void 0}o(i,"utf16Hint")}),8617:((C,P,s)=>{s.d(P,{RH:o(()=>d,"RH")});var y=s(5655);function $(e){return e.blocked!=="inline"?e.blocked:e.directive==="style-src-attr"?"style attribute":e.directive==="script-src-attr"?"inline event handler":e.directive.startsWith("style")?"inline style":"inline script"}o($,"blockedLabel");function h(e){try{const r=new URL(e);return`${r.pathname}${r.search}`}catch{return e}}o(h,"pagePath");function g(e,r){if(!e.source)return"";const l=e.source===r?h(e.source):e.source;return e.line?`${l}:${e.line}`:l}o(g,"where");function m(e){return e.violations.filter(r=>r.enforced)}o(m,"blocked");function u(e){const r=e.pages.filter(t=>m(t).length>0);if(r.length===0){const t=e.pages.filter(a=>!a.error).length;return`the new CSP blocks nothing on ${(0,y.L)(t,"page")} loaded in ${e.browser}`}return`the new CSP would block ${r.map((t,a)=>`${a===0?(0,y.L)(m(t).length,"resource"):m(t).length} on ${h(t.url)}`).join(" and ")}`}o(u,"previewVerdict");const f=/^('[^']*'|[a-z][a-z0-9+.-]*:\S*|[a-z]+(-[a-z]+)*-(src|elem|attr)|form-action|base-uri)$/i;function p(e,r){return e.split(" ").map(l=>{const t=/[,)]$/.exec(l)?.[0]??"",a=t?l.slice(0,-1):l;return f.test(a)?`${codeCell(a,r)}${text(t)}`:text(l,r)}).join(" ")}o(p,"fixCell");function E(e,r){const l=e.violations.map(t=>[t.enforced?"blocked":"reported",codeCell(t.directive,r),codeCell($(t),r),codeCell(g(t,e.url)||null,r),t.count>1?String(t.count):"1",p(t.suggestion,r)]);return table(["","directive","blocked","where","times","fix"],l)}o(E,"pageTable");function w(e,r){const l=[];return e.error&&l.push(`Not previewed: ${text(e.error,r)}`),e.violations.length>0?l.push(E(e,r)):e.error||l.push("Nothing blocked."),e.policyWarnings.length>0&&l.push(`The browser's own warnings about the policy:
${e.policyWarnings.map(t=>`- ${text(t,r)}`).join(`
`)}`),e.problems.length>0&&l.push(`Not seen completely:
${e.problems.map(t=>`- ${text(t,r)}`).join(`
`)}`),l.join(`

`)}o(w,"pageBody");function _(e,r){const l=e.pages.map(t=>{const a=m(t).length,O=`<code>${htmlText(h(t.url),r)}</code>${t.status!==void 0?` (${t.status})`:""}: ${t.error?"not previewed":a>0?`would block ${a}`:"nothing blocked"}`;return details(O,w(t,r),a>0)});return["### CSP preview",`${text(v(u(e)),r)} (${text(e.browser,r)}, the policy served report-only on the live pages).`,...l].join(`

`)}o(_,"cspPreviewSection");function v(e){return e.charAt(0).toUpperCase()+e.slice(1)}o(v,"capitalise");const n=o((e,r=200)=>(0,y.e)(e,r),"plain");function d(e){const r=[`csp-preview (${n(e.browser)}): ${n(u(e))}`];for(const l of e.pages){const t=m(l).length;r.push(`${n(l.url)}${l.status!==void 0?` (${l.status})`:""}: ${l.error?`not previewed: ${n(l.error)}`:t>0?`would block ${t}`:"nothing blocked"}`);for(const a of l.violations){const O=g(a,l.url);r.push(`  ${a.enforced?"BLOCKED ":"reported"}  ${n(a.directive)}  ${n($(a))}${O?`  at ${n(O)}`:""}${a.count>1?`  x${a.count}`:""}`),r.push(`            fix: ${n(a.suggestion,400)}`)}for(const a of l.policyWarnings)r.push(`  policy warning: ${n(a,400)}`);for(const a of l.problems)r.push(`  not seen: ${n(a,400)}`)}return r.join(`
`)}o(d,"renderCspPreview");function i(e){const r=e.policy;return[...r?.defaults.headers??[],...r?.paths.flatMap(t=>t.headers)??[]].find(t=>t.name==="content-security-policy")?.pos.line??1}o(i,"cspLine");function c(e){const r=e.cspPreview;if(!r)return[];const l=i(e);return r.pages.flatMap(t=>m(t).map(a=>({level:"warning",title:"headerguard: CSP preview",message:n(`the new CSP would block ${$(a)} (${a.directive}) on ${h(t.url)}: ${a.suggestion}`,1e3),file:e.policyFile,startLine:l})))}o(c,"cspPreviewAnnotations")}),5655:((C,P,s)=>{s.d(P,{L:o(()=>y,"L"),e:o(()=>$,"e")});function y(h,g){return`${h} ${g}${h===1?"":"s"}`}o(y,"plural");function $(h,g){if(h===null)return"-";const m=h.replace(/[\u0000-\u001f\u007f-\u009f]/g,"?");return m.length>g?`${m.slice(0,g-1)}…`:m}o($,"terminalText")})};export{j as id,S as ids,I as modules};
