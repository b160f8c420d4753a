"""The review queue's resemblance search (curation.review._Resemblance) against the brute force it
narrows: difflib's ratio of a name with every registry name (0.9 when one contains the other, 4+
characters). The search may skip a name only when it cannot reach RESEMBLANCE: by its length
(real_quick_ratio), its shared characters (quick_ratio) or not being contained."""
import difflib
import random

from pipeline.curation.review import RESEMBLANCE, _Resemblance


def brute_force(keys: list[str], key: str) -> dict[int, float]:
    out = {}
    for i, k in enumerate(keys):
        ratio = difflib.SequenceMatcher(None, key, k).ratio()
        if min(len(key), len(k)) >= 4 and (key in k or k in key):
            ratio = max(ratio, 0.9)
        if ratio >= RESEMBLANCE:
            out[i] = ratio
    return out


def test_resemblance_finds_every_pair_the_brute_force_finds():
    rng = random.Random(3)
    words = ["taiwan", "coast guard", "japan", "ministry of defence", "pla", "navy", "self-defense forces",
             "kishida", "lai ching-te", "beijing", "ç", "日本"]
    keys = sorted({" ".join(rng.sample(words, rng.randrange(1, 3))) for _ in range(60)} | set(words) | {""})
    queries = keys[:20] + [k[:-1] for k in keys[:20] if k] + [k + "s" for k in keys[:20]] + \
        ["".join(rng.sample(k, len(k))) for k in keys[:20]] + ["the " + k for k in keys[:20]] + ["", "x", "pla forces"] + \
        [k + "qwxz"[:n] for k in keys[:30] for n in range(1, 5)]   # lengths near the bound's threshold
    search = _Resemblance(keys)
    for q in queries:
        found = {i: r for i, r in search.ratios(q) if r >= RESEMBLANCE}
        assert found == brute_force(keys, q), q
