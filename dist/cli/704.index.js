var F=Object.defineProperty;var n=(j,R)=>F(j,"name",{value:R,configurable:!0});const G=704,J=[704,628],Y={749:((j,R,o)=>{o.r(R),o.d(R,{cspPreviewCommand:n(()=>u,"cspPreviewCommand"),pageUrls:n(()=>s,"pageUrls")});var $=o(1455),M=o.n($),g=o(6760),_=o.n(g),E=o(7975),l=o.n(E),m=o(5883),w=o(688),v=o(3479),x=o(2927),P=o(3916),C=o(4851),t=o(2931),p=o(8617),i=o(5217);const c="usage: headerguard csp-preview --policy FILE --url URL [--url URL]... [--json FILE] [--browser PATH]";function e(r){try{const{values:a}=(0,E.parseArgs)({args:r,options:{policy:{type:"string",short:"p"},url:{type:"string",multiple:!0},json:{type:"string"},browser:{type:"string"}},strict:!0});return{...a,url:a.url??[]}}catch(a){throw new P.dz(`${(0,P.gJ)(a)}
${c}`)}}n(e,"parse");function s(r){return r.map(a=>{let O;try{O=new URL(a)}catch{throw new P.dz(`--url '${a}' is not a URL: give the full page address, e.g. https://www.example.com/checkout`)}if(!/^https?:$/.test(O.protocol))throw new P.dz(`--url '${a}' must be an http or https page`);return O.href})}n(s,"pageUrls");async function u(r){const a=e(r.args),O=(0,t.Oz)(r.cwd,a.policy),L=await(0,t.tb)(O);for(const I of L.diagnostics)(0,i._)(r.stderr,(0,C.xy)(I));if((0,C.Cs)(L.diagnostics)||!L.policy)return(0,i._)(r.stderr,`headerguard csp-preview: ${O} has errors; nothing was previewed`),i.y.cannotRun;const A=s(a.url.length>0?a.url:L.policy.verify.urls);if(A.length===0)return(0,i._)(r.stderr,`headerguard csp-preview: no page to load: give --url (or verify.url in the policy)
${c}`),i.y.cannotRun;const K=(0,v.Kz)(a.browser,r.env);if(!K)return(0,i._)(r.stderr,`headerguard csp-preview: ${v.Mm}`),i.y.cannotRun;const H=await(0,w.openEdgePreview)((0,m.buildEdgePackage)(L.policy).zip),B=await(0,x.previewCsp)({edge:H,urls:A,browser:K,onPage:n(I=>(0,i._)(r.stderr,`loading ${I}`),"onPage")}).finally(()=>H.close());return(0,i._)(r.stdout,(0,p.RH)(B)),a.json&&await(0,$.writeFile)((0,g.resolve)(r.cwd,a.json),`${JSON.stringify(B,null,2)}
`),B.pages.some(I=>(0,x.y)(I)>0)?i.y.failed:B.pages.some(I=>I.error)?i.y.cannotRun:i.y.ok}n(u,"cspPreviewCommand")}),1377:((j,R,o)=>{o.r(R),o.d(R,{cspSuggestCommand:n(()=>I,"cspSuggestCommand")});var $=o(7975),M=o(3479),g=o(5908),_=o(6668),E=o(6841),l=o(279);const m=["default-src 'none'","script-src 'none' 'report-sample'","script-src-attr 'none' 'report-sample'","style-src 'none' 'report-sample'","style-src-attr 'none' 'report-sample'","img-src 'none'","font-src 'none'","connect-src 'none'","media-src 'none'","object-src 'none'","frame-src 'none'","child-src 'none'","worker-src 'none'","manifest-src 'none'","form-action 'none'","base-uri 'none'"].join("; ");function w(f){return f==="child-src"?"frame-src":(0,l.t6)(f)}n(w,"outputDirective");const v=["default-src","script-src","style-src","img-src","font-src","connect-src","media-src","frame-src","worker-src","manifest-src","object-src","base-uri","form-action"];function x(f,d,h){const y=f.get(d)??new Set;y.add(h),f.set(d,y)}n(x,"add");function P(f,d,h){return f.blocked==="inline"?typeof f.text!="string"?(h.add(`an inline ${f.directive.startsWith("style")?"style":"script"} on ${d} could not be hashed (move it into a file)`),[]):f.directive.endsWith("-attr")?["'unsafe-hashes'",(0,l.cB)(f.text)]:[(0,l.cB)(f.text)]:f.blocked==="eval"?(h.add(`${d} uses eval() or new Function(): 'unsafe-eval' is needed until that code changes`),["'unsafe-eval'"]):f.blocked==="wasm-eval"?["'wasm-unsafe-eval'"]:f.blocked.startsWith("trusted-types")?[]:[(0,l.Lo)(f.blocked,f.frame??d)]}n(P,"sourcesFor");function C(f,d){const h=new Set,y=new Map,S=new Set;for(const{page:D,violation:b}of f.violations){const W=w(b.directive);for(const U of P(b,D,h))x(y,W,U);W==="script-src"&&b.blocked!=="inline"&&/^https?:/.test(b.blocked)&&S.add(b.blocked)}for(const{page:D,action:b}of f.forms)x(y,"form-action",(0,l.Lo)(b,D));if(d){const D=[...y.get("script-src")??[]].filter(b=>b.startsWith("'"));y.set("script-src",new Set(["'strict-dynamic'",...D.filter(b=>b!=="'self'")])),S.size>0&&h.add(`'strict-dynamic' ignores host sources: the ${S.size} script(s) loaded by <script src> tags (${[...S].slice(0,5).join(", ")}) must be added by an allowed script, or carry a nonce`)}const T=new Map([["default-src",["'none'"]]]),z=[...new Set([...v,...y.keys()])];for(const D of z){const b=y.get(D);b&&b.size>0&&T.set(D,p([...b]))}return T.has("object-src")||T.set("object-src",["'none'"]),T.set("base-uri",d||!y.has("base-uri")?["'none'"]:p([...y.get("base-uri")])),T.has("form-action")||T.set("form-action",["'none'"]),{directives:t(T),notes:[...h]}}n(C,"suggestDirectives");function t(f){const d=n(h=>v.includes(h)?v.indexOf(h):v.length,"rank");return new Map([...f].sort(([h],[y])=>d(h)-d(y)||h.localeCompare(y)))}n(t,"ordered");function p(f){const d=n(h=>h.startsWith("'sha")?1:h.startsWith("'")?0:2,"rank");return[...new Set(f)].sort((h,y)=>d(h)-d(y)||(d(h)===1?0:h.localeCompare(y)))}n(p,"sortSources");function i(f,d){const h=d.map(y=>`# ${y.replace(/[\r\n]+/g," ")}`);h.push("content-security-policy:","  directives:");for(const[y,S]of f.directives)h.push(`    ${y}: [${S.map(T=>JSON.stringify(T)).join(", ")}]`);return`${h.join(`
`)}
`}n(i,"suggestionYaml");const c=10,e=100,s=/\.(pdf|zip|gz|tgz|dmg|exe|msi|png|jpe?g|gif|webp|avif|svg|ico|mp[34]|webm|mov|woff2?|ttf|css|js|mjs|json|xml|txt)$/i;function u(f){const d=Object.create(null);for(const[h,y]of Object.entries(f.headers))(0,_.ag)(h)||(d[h]=y);return d["content-security-policy-report-only"]=[m],{status:f.status,headers:d}}n(u,"withoutSiteCsp");function r(f){const d=new URL(f);return d.hash="",d.href}n(r,"pageKey");async function a(f,d,h,y){const S=new URL(d).origin,T=[r(d)],z=new Set(T),D={usage:{violations:[],forms:[]},pages:[],notCrawled:[],problems:[]};for(;T.length>0&&D.pages.length<h;){const b=T.shift();y?.(b);const W=await(0,E.w)(f.browser,b,{origins:[S],rewrite:n(async(U,N)=>u(N),"rewrite"),readLinks:!0});if(W.error){D.problems.push(`${b}: ${W.error}`);continue}D.pages.push(b),D.problems.push(...W.problems.map(U=>`${b}: ${U}`));for(const U of W.violations)D.usage.violations.push({page:b,violation:U});for(const U of W.forms)D.usage.forms.push({page:b,action:U});for(const U of W.links){let N;try{N=r(U)}catch{continue}new URL(N).origin!==S||z.has(N)||s.test(new URL(N).pathname)||(z.add(N),T.push(N))}}return D.notCrawled=T,D}n(a,"crawlSite");var O=o(3916),L=o(749),A=o(5217);const K="usage: headerguard csp-suggest --url URL [--pages N] [--strict] [--browser PATH]";function H(f){let d;try{d=(0,$.parseArgs)({args:f,options:{url:{type:"string"},pages:{type:"string"},strict:{type:"boolean"},browser:{type:"string"}},strict:!0}).values}catch(y){throw new O.dz(`${(0,O.gJ)(y)}
${K}`)}if(!d.url)throw new O.dz(`--url is required: the page to start crawling from
${K}`);const h=d.pages===void 0?c:Number(d.pages);if(!Number.isInteger(h)||h<1||h>e)throw new O.dz(`--pages '${d.pages}' must be a whole number from 1 to ${e}`);return{url:(0,L.pageUrls)([d.url])[0],pages:h,strict:d.strict===!0,browser:d.browser}}n(H,"parse");function B(f,d){const h=["Not seen: resources loaded only after user interaction (clicks, scrolling, form submits, logins),","pages not linked from the crawled ones, and frame-ancestors (who may frame the site): add it yourself."];return f.length>0&&h.push(`Not crawled (the --pages ${d} bound was reached): ${f.length} more same-origin page(s), e.g. ${f.slice(0,3).join(", ")}`),h}n(B,"limits");async function I(f){const d=H(f.args),h=(0,M.Kz)(d.browser,f.env);if(!h)return(0,A._)(f.stderr,`headerguard csp-suggest: ${M.Mm}`),A.y.cannotRun;const{crawl:y,name:S}=await(0,g.Ds)(h,async D=>({crawl:await a(D,d.url,d.pages,b=>(0,A._)(f.stderr,`loading ${b}`)),name:D.name}));for(const D of y.problems)(0,A._)(f.stderr,`warning: ${D}`);if(y.pages.length===0)return(0,A._)(f.stderr,`headerguard csp-suggest: no page could be loaded from ${d.url}`),A.y.cannotRun;const T=C(y.usage,d.strict),z=[`headerguard csp-suggest${d.strict?" --strict":""}: what ${y.pages.length} page(s) of ${new URL(d.url).origin} used in ${S}.`,"Paste under headers: in the policy file, then check it with headerguard csp-preview.",...B(y.notCrawled,d.pages),...T.notes];return(0,A._)(f.stdout,i(T,z)),A.y.ok}n(I,"cspSuggestCommand")}),9008:((j,R,o)=>{o.d(R,{A:n(()=>l,"A"),l:n(()=>C,"l")});var $=o(3916),M=o(8109),g=o(6668),_=o(303),E=o(4211);class l extends $.hs{static{n(this,"EdgeBuildError")}}function m(t){return t?`${t.file}:${t.line}:${t.col}: `:""}n(m,"at");function w(t){const p=m(t.pos);if(typeof t.name!="string"||!(0,g.sg)(t.name)||t.name!==t.name.toLowerCase())throw new l(`${p}header name ${JSON.stringify(t.name)} must be a lowercase RFC 9110 token`);if(t.name==="__proto__")throw new l(`${p}'__proto__' cannot be a header name here: it would replace the header map's prototype in the edge function`);if(typeof t.key!="string"||t.key.toLowerCase()!==t.name)throw new l(`${p}header key ${JSON.stringify(t.key)} must spell '${t.name}' (any casing)`);const i=(0,M.we)(t.name);if(i)throw new l(`${p}'${t.key}' is ${i} in Lambda@Edge origin-response; setting it makes CloudFront answer 502. Remove it from the policy`);if(typeof t.value!="string")throw new l(`${p}the value of '${t.key}' must be a string`);const c=(0,E.$g)(t.value);if(c)throw new l(`${p}the value of '${t.key}' contains ${c}; header values may hold only tabs, spaces and visible ASCII (RFC 9110 5.5; no CR, LF, NUL, DEL or non-ASCII)`);if(typeof t.override!="boolean")throw new l(`${p}'override' of '${t.key}' must be true or false`);for(const[e,s]of t.when?.statuses??[])if(!Number.isInteger(e)||!Number.isInteger(s)||e<100||s>599||e>s)throw new l(`${p}status range [${e}, ${s}] of '${t.key}' must be within 100-599, low first`);for(const e of t.when?.contentTypes??[])if(typeof e!="string"||!(0,_.sX)(e))throw new l(`${p}content type ${JSON.stringify(e)} of '${t.key}' must look like 'text/html' or 'text/*'`)}n(w,"checkHeaderRule");function v(t,p){const i=m(p);if(typeof t!="string")throw new l(`${i}remove entries must be header names`);const c=t.endsWith("*")?t.slice(0,-1):void 0,e=c??t;if(!(0,g.sg)(e)||e!==e.toLowerCase())throw new l(`${i}remove entry ${JSON.stringify(t)} must be a lowercase header name, optionally ending in '*'`);if(e==="__proto__")throw new l(`${i}'__proto__' cannot be removed by name: it is no header name a policy may use`);const s=c===void 0?(0,M.we)(t):M.C4.some(u=>c.startsWith(u))?"disallowed":void 0;if(s)throw new l(`${i}'${t}' is ${s} in Lambda@Edge origin-response; deleting it makes CloudFront answer 502. Remove it from 'remove'`)}n(v,"checkRemoveName");function x(t){const p={key:t.key,value:t.value,override:t.override},i={};return t.when?.statuses&&(i.statuses=t.when.statuses.map(([c,e])=>[c,e])),t.when?.contentTypes&&(i.contentTypes=t.when.contentTypes.map(c=>c.toLowerCase())),(i.statuses||i.contentTypes)&&(p.when=i),p}n(x,"compileRule");function P(t){const p=new Map;for(const i of t.headers){w(i);const c=p.get(i.name)??[];c.push(x(i)),p.set(i.name,c)}for(const i of t.remove)v(i.name,i.pos);return{set:[...p].map(([i,c])=>({name:i,rules:c})),remove:t.remove.map(i=>i.name)}}n(P,"compileSet");function C(t){return{version:1,defaults:P(t.defaults),paths:t.paths.map(p=>{const i=(0,_.oY)(p.match);if(p.pattern!==i)throw new l(`${m(p.pos)}path pattern for '${p.match}' is ${JSON.stringify(p.pattern)}, expected ${JSON.stringify(i)}; re-resolve the policy with the loader`);return{match:p.match,pattern:i,...P(p)}})}}n(C,"compileEdgeConfig")}),5883:((j,R,o)=>{o.d(R,{buildEdgePackage:n(()=>c,"buildEdgePackage"),$D:n(()=>u,"$D"),RB:n(()=>e,"RB")});var $=o(7598),M=o(1455),g=o(6760),_=o(1306),E=o(311),l=o(9008);const m=`// headerguard's Lambda@Edge origin-response function. No dependencies; runs on nodejs20.x,
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
`,w="index.handler",v="index.mjs",x="config.json",P={level:9,mtime:new Date(1980,0,1,0,0,0),os:3,attrs:33188<<16>>>0};function C(r){return(0,$.createHash)("sha256").update(r).digest("base64")}n(C,"codeSha256");function t(r){const a=Object.create(null);for(const O of r.set){const L=O.rules[0];L&&(a[O.name]=L.value)}return{headers:a,remove:[...r.remove]}}n(t,"packagedSet");function p(r){return{defaults:t(r.defaults),paths:r.paths.map(a=>({match:a.match,...t(a)}))}}n(p,"packagedHeaders");function i(r){return(0,_.L)({[v]:[(0,_._u)(m),P],[x]:[(0,_._u)(JSON.stringify(r)),P]},P)}n(i,"zipEdgeConfig");function c(r,a={}){const O=(0,l.l)(r),L=i(O),A={codeSha256:C(L),bytes:L.byteLength,runtime:a.runtime??r.lambda.runtime,handler:w,policyHash:r.hash,headers:p(O),builtBy:`headerguard ${E.y}`};return{zip:L,manifest:A}}n(c,"buildEdgePackage");async function e(r,a){await(0,M.mkdir)(r,{recursive:!0}),await(0,M.writeFile)((0,g.join)(r,"edge.zip"),a.zip),await(0,M.writeFile)((0,g.join)(r,"manifest.json"),`${JSON.stringify(a.manifest,null,2)}
`)}n(e,"writeEdgePackage");function s(r){let a;try{const L=(0,_.AO)(r,{filter:n(A=>A.name===x,"filter")})[x];if(!L)throw new Error(`it has no ${x}`);a=(0,_.he)(L)}catch(L){throw new l.A(`the zip is not a headerguard edge package: ${L instanceof Error?L.message:String(L)}`)}const O=JSON.parse(a);if(O.version!==1)throw new l.A(`the package's ${x} has unsupported version ${O.version}`);return O}n(s,"readEdgeConfig");function u(r){return p(s(r))}n(u,"readPackagedHeaders")}),3479:((j,R,o)=>{o.d(R,{Kz:n(()=>x,"Kz"),Mm:n(()=>P,"Mm"),fo:n(()=>l,"fo")});var $=o(3024),M=o.n($),g=o(6760),_=o.n(g),E=o(3916);class l extends E.hs{static{n(this,"BrowserUnavailableError")}}const m={linux:["/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/opt/google/chrome/chrome"],darwin:["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],win32:["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]},w=["chromium","chromium-browser"];function v(C,t,p){for(const i of(t.PATH??"").split(g.delimiter))if(i&&p((0,g.join)(i,C)))return(0,g.join)(i,C)}n(v,"onPath");function x(C,t,p=process.platform,i=$.existsSync){if(C){if(!i(C))throw new l(`browser-path '${C}' does not exist: give the path of a Chrome or Chromium executable, or leave it empty to look for one`);return{path:C,from:"browser-path"}}if(t.CHROME_PATH&&i(t.CHROME_PATH))return{path:t.CHROME_PATH,from:"CHROME_PATH"};const c=(m[p]??[]).find(e=>i(e));if(c)return{path:c,from:"Google Chrome"};for(const e of w){const s=v(e,t,i);if(s)return{path:s,from:"PATH"}}}n(x,"findBrowser");const P="no Chrome or Chromium found (browser-path, CHROME_PATH, Google Chrome, chromium on PATH): install one (apt-get install chromium) or set browser-path"}),4851:((j,R,o)=>{o.d(R,{Cs:n(()=>M,"Cs"),Ds:n(()=>g,"Ds"),w0:n(()=>E,"w0"),xy:n(()=>$,"xy")});function $(l){return`${l.pos.file}:${l.pos.line}:${l.pos.col}: ${l.severity}: ${l.message}`}n($,"formatDiagnostic");function M(l){return l.some(m=>m.severity==="error")}n(M,"hasErrors");function g(l){return l.map((m,w)=>({d:m,index:w})).sort((m,w)=>m.d.pos.line-w.d.pos.line||m.d.pos.col-w.d.pos.col||_(m.d.severity)-_(w.d.severity)||m.index-w.index).map(({d:m})=>m)}n(g,"sortDiagnostics");function _(l){return l==="error"?0:1}n(_,"severityRank");class E{static{n(this,"DiagnosticList")}items=[];seen=new Set;add(m,w,v,x){const P=`${x.line}:${x.col}:${w}:${v}`;this.seen.has(P)||(this.seen.add(P),this.items.push({severity:m,rule:w,message:v,pos:x}))}error(m,w,v){this.add("error",m,w,v)}warning(m,w,v){this.add("warning",m,w,v)}}}),688:((j,R,o)=>{o.r(R),o.d(R,{openEdgePreview:n(()=>E,"openEdgePreview")});var $=o(8279),M=o(3379),g=o(6380);function _(l,m,w){return{status:l,headers:{"content-type":["text/html"],"x-cache":[`${m} from cloudfront`]},rejected:w}}n(_,"cloudFrontError");async function E(l){const m=await(0,g.TW)(l,{isolated:!0});return{async apply(w,v){const x=Object.entries(v.headers).flatMap(([c,e])=>e.map(s=>[c,s])),P=(0,$.S)({uri:w,status:v.status,headers:x}),C=P.Records[0]?.cf.response,t=await m.invoke(P);if(!t.response||!C)return _(503,"LambdaExecutionError",t.error??"the function returned nothing");const p=(0,M.d)(C,t.response);if(p.length>0)return _(502,"LambdaValidationError",p.join("; "));const i=Object.create(null);for(const[c,e]of Object.entries(t.response.headers??{}))i[c]=e.map(s=>s.value);return{status:Number(t.response.status),headers:i}},close:n(()=>m.close(),"close")}}n(E,"openEdgePreview")}),8776:((j,R,o)=>{o.d(R,{BK:n(()=>t,"BK"),Oz:n(()=>x,"Oz"),g$:n(()=>C,"g$"),mk:n(()=>P,"mk")});var $=o(3024),M=o.n($),g=o(6760),_=o.n(g),E=o(7975),l=o.n(E);const m=(0,E.promisify)($.readFile),w=(0,E.promisify)($.stat),v=[".github/security-headers.yml",".github/security-headers.yaml",".github/security-headers.json"];function x(c,e){if(e!==void 0&&e!=="")return(0,g.isAbsolute)(e)?e:(0,g.join)(c,e);for(const s of v){const u=(0,g.join)(c,s);if((0,$.existsSync)(u))return u}return(0,g.join)(c,v[0])}n(x,"findPolicyFile");const P=1024*1024;function C(c,e){return{diagnostics:[{severity:"error",rule:"policy-file-too-large",message:`the policy file is ${e} bytes, over headerguard's limit of ${P} bytes (1 MiB): a policy this large is not a real one (CloudFront allows 20 KiB of headers per response); shrink it`,pos:{file:c,line:1,col:1}}]}}n(C,"tooLarge");async function t(c){let e;try{const s=await w(c);if(!s.isFile()&&!s.isDirectory())return p(c,"the policy path is not a regular file (a pipe, socket or device); give the path of a .yml, .yaml or .json file");if(s.size>P)return C(c,s.size);const u=await m(c),r=i(u);if(r)return p(c,r);e=u.toString("utf8")}catch(s){const u=s.code;return{diagnostics:[{severity:"error",rule:"policy-file",message:u==="ENOENT"?"policy file not found: create it (see examples/static-site.yml) or pass its path with --policy / the 'policy' input":u==="EISDIR"?"the policy path is a directory; give the path of a .yml, .yaml or .json file":`cannot read the policy file: ${s instanceof Error?s.message:String(s)}`,pos:{file:c,line:1,col:1}}]}}return{text:e}}n(t,"readPolicyFile");function p(c,e){return{diagnostics:[{severity:"error",rule:"policy-file",message:e,pos:{file:c,line:1,col:1}}]}}n(p,"fileProblem");function i(c){const e=c.subarray(0,2);return e[0]===255&&e[1]===254||e[0]===254&&e[1]===255||c.length>=4&&(c[0]===0||c[1]===0)&&c.subarray(0,64).includes(0)?"the policy file is UTF-16 encoded; save it as UTF-8 (YAML and JSON policies are read as UTF-8)":void 0}n(i,"utf16Hint")}),8617:((j,R,o)=>{o.d(R,{RH:n(()=>p,"RH")});var $=o(5655);function M(e){return e.blocked!=="inline"?e.blocked:e.directive==="style-src-attr"?"style attribute":e.directive==="script-src-attr"?"inline event handler":e.directive.startsWith("style")?"inline style":"inline script"}n(M,"blockedLabel");function g(e){try{const s=new URL(e);return`${s.pathname}${s.search}`}catch{return e}}n(g,"pagePath");function _(e,s){if(!e.source)return"";const u=e.source===s?g(e.source):e.source;return e.line?`${u}:${e.line}`:u}n(_,"where");function E(e){return e.violations.filter(s=>s.enforced)}n(E,"blocked");function l(e){const s=e.pages.filter(r=>E(r).length>0);if(s.length===0){const r=e.pages.filter(a=>!a.error).length;return`the new CSP blocks nothing on ${(0,$.L)(r,"page")} loaded in ${e.browser}`}return`the new CSP would block ${s.map((r,a)=>`${a===0?(0,$.L)(E(r).length,"resource"):E(r).length} on ${g(r.url)}`).join(" and ")}`}n(l,"previewVerdict");const m=/^('[^']*'|[a-z][a-z0-9+.-]*:\S*|[a-z]+(-[a-z]+)*-(src|elem|attr)|form-action|base-uri)$/i;function w(e,s){return e.split(" ").map(u=>{const r=/[,)]$/.exec(u)?.[0]??"",a=r?u.slice(0,-1):u;return m.test(a)?`${codeCell(a,s)}${text(r)}`:text(u,s)}).join(" ")}n(w,"fixCell");function v(e,s){const u=e.violations.map(r=>[r.enforced?"blocked":"reported",codeCell(r.directive,s),codeCell(M(r),s),codeCell(_(r,e.url)||null,s),r.count>1?String(r.count):"1",w(r.suggestion,s)]);return table(["","directive","blocked","where","times","fix"],u)}n(v,"pageTable");function x(e,s){const u=[];return e.error&&u.push(`Not previewed: ${text(e.error,s)}`),e.violations.length>0?u.push(v(e,s)):e.error||u.push("Nothing blocked."),e.policyWarnings.length>0&&u.push(`The browser's own warnings about the policy:
${e.policyWarnings.map(r=>`- ${text(r,s)}`).join(`
`)}`),e.problems.length>0&&u.push(`Not seen completely:
${e.problems.map(r=>`- ${text(r,s)}`).join(`
`)}`),u.join(`

`)}n(x,"pageBody");function P(e,s){const u=e.pages.map(r=>{const a=E(r).length,O=`<code>${htmlText(g(r.url),s)}</code>${r.status!==void 0?` (${r.status})`:""}: ${r.error?"not previewed":a>0?`would block ${a}`:"nothing blocked"}`;return details(O,x(r,s),a>0)});return["### CSP preview",`${text(C(l(e)),s)} (${text(e.browser,s)}, the policy served report-only on the live pages).`,...u].join(`

`)}n(P,"cspPreviewSection");function C(e){return e.charAt(0).toUpperCase()+e.slice(1)}n(C,"capitalise");const t=n((e,s=200)=>(0,$.e)(e,s),"plain");function p(e){const s=[`csp-preview (${t(e.browser)}): ${t(l(e))}`];for(const u of e.pages){const r=E(u).length;s.push(`${t(u.url)}${u.status!==void 0?` (${u.status})`:""}: ${u.error?`not previewed: ${t(u.error)}`:r>0?`would block ${r}`:"nothing blocked"}`);for(const a of u.violations){const O=_(a,u.url);s.push(`  ${a.enforced?"BLOCKED ":"reported"}  ${t(a.directive)}  ${t(M(a))}${O?`  at ${t(O)}`:""}${a.count>1?`  x${a.count}`:""}`),s.push(`            fix: ${t(a.suggestion,400)}`)}for(const a of u.policyWarnings)s.push(`  policy warning: ${t(a,400)}`);for(const a of u.problems)s.push(`  not seen: ${t(a,400)}`)}return s.join(`
`)}n(p,"renderCspPreview");function i(e){const s=e.policy;return[...s?.defaults.headers??[],...s?.paths.flatMap(r=>r.headers)??[]].find(r=>r.name==="content-security-policy")?.pos.line??1}n(i,"cspLine");function c(e){const s=e.cspPreview;if(!s)return[];const u=i(e);return s.pages.flatMap(r=>E(r).map(a=>({level:"warning",title:"headerguard: CSP preview",message:t(`the new CSP would block ${M(a)} (${a.directive}) on ${g(r.url)}: ${a.suggestion}`,1e3),file:e.policyFile,startLine:u})))}n(c,"cspPreviewAnnotations")}),5655:((j,R,o)=>{o.d(R,{L:n(()=>$,"L"),e:n(()=>M,"e")});function $(g,_){return`${g} ${_}${g===1?"":"s"}`}n($,"plural");function M(g,_){if(g===null)return"-";const E=g.replace(/[\u0000-\u001f\u007f-\u009f]/g,"?");return E.length>_?`${E.slice(0,_-1)}…`:E}n(M,"terminalText")})};export{G as id,J as ids,Y as modules};
