#!/usr/bin/env python3
"""Public top-level types per module, from the compiled classes (run after a build).

Usage (repository root): python3 docs/count-public-types.py . zwk-model zwk-profile ...
Column 2: class files without '$' whose ACC_PUBLIC flag is set (module-info and package-info not
counted). Column 3: of these, the ones in packages that src/main/java/module-info.java exports
(the API a module-path user sees); "-" when the module has no module-info.
LIST=1 lists the types."""
import os, re, struct, sys
def access(path):
    with open(path,'rb') as f: d=f.read()
    n=struct.unpack('>H',d[8:10])[0]; i=10; k=1
    while k<n:
        t=d[i]
        if t==1: l=struct.unpack('>H',d[i+1:i+3])[0]; i+=3+l
        elif t in (3,4,9,10,11,12,17,18): i+=5
        elif t in (5,6): i+=9; k+=1
        elif t in (7,8,16,19,20): i+=3
        elif t==15: i+=4
        else: raise Exception('tag %d'%t)
        k+=1
    return struct.unpack('>H',d[i:i+2])[0]
root=sys.argv[1]; total=0; etotal=[0]
for m in sys.argv[2:]:
    c=0; names=[]
    base=os.path.join(root,m,'target','classes')
    for dp,_,fs in os.walk(base):
        for fn in fs:
            if fn.endswith('.class') and '$' not in fn and fn not in ('module-info.class','package-info.class'):
                if access(os.path.join(dp,fn)) & 1: c+=1; names.append(os.path.relpath(os.path.join(dp,fn),base))
    total+=c
    info=os.path.join(root,m,'src','main','java','module-info.java')
    if os.path.exists(info):
        exp=set(re.findall(r'^\s*exports\s+([\w.]+)\s*;', open(info).read(), re.M))
        e=sum(1 for x in names if os.path.dirname(x).replace('/','.') in exp)
        etotal[0]+=e
    else:
        e='-'
    print(f'{m}\t{c}\t{e}')
    if os.environ.get('LIST'): print('\n'.join('  '+x for x in sorted(names)))
print(f'total\t{total}\t{etotal[0]}')
