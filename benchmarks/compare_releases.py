"""python benchmarks/compare_releases.py A B: every file of two release folders compared; manifest.json without created_at/code_revision/files,
README.md, report.html and datapackage.json with their created/code lines masked. Prints what differs."""
import json, re, sys
from pathlib import Path
a, b = Path(sys.argv[1]), Path(sys.argv[2])
fa = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file()); fb = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
bad = []
if fa != fb: bad.append(f"file lists differ: {set(fa) ^ set(fb)}")
def mask(t):
    t = re.sub(r"created [^·<\n]*", "created X", t); t = re.sub(r"code [0-9a-f]{7,}[^ ·<\n]*|code unknown", "code X", t)
    return re.sub(r'"created": "[^"]*"', '"created": X', t)
for f in sorted(set(fa) & set(fb)):
    x, y = (a / f).read_bytes(), (b / f).read_bytes()
    if x == y: continue
    if f.name == "manifest.json":
        mx, my = json.loads(x), json.loads(y)
        for m in (mx, my):
            for k in ("created_at", "code_revision", "files"): m.pop(k, None)
        if mx == my: continue
        bad.append(f"{f}: keys differ {[k for k in mx if mx.get(k) != my.get(k)]}")
    elif f.suffix in (".md", ".html", ".json") or f.name == "SHA256SUMS":
        if f.name == "SHA256SUMS":
            ok = {l for l in x.decode().splitlines() if not re.search(r"README|report.html|manifest|datapackage", l)} == \
                 {l for l in y.decode().splitlines() if not re.search(r"README|report.html|manifest|datapackage", l)}
            if not ok: bad.append(f"{f}: differs beyond the masked files")
            continue
        if mask(x.decode()) != mask(y.decode()): bad.append(f"{f}: differs beyond created/code")
    else:
        bad.append(f"{f}: bytes differ")
print("\n".join(bad) or f"IDENTICAL (but created/code): {len(fa)} files")
