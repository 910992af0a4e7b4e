const D=375,M=[375],O={3375:((o,s,_)=>{_.d(s,{hideBin:()=>t.a});var a=_(5246),t=_(6526),n=_(5374),p=_(7993);const i=(E,l,d)=>_applyExtends(E,l,d,shim)})};export{D as id,M as ids,O as modules};
