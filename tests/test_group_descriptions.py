"""Kind descriptions ('the two allies', 'both leaders', 'the delegation') name the actors of that kind in reach."""
import pytest

from pipeline.extract.group_descriptions import compile_groups, group_descriptions
from pipeline.extract.names import Mention

GROUPS = compile_groups({"plural": {"allies": ["state"], "countries": ["state"], "leaders": ["person"]},
                         "singular": {"delegation": ["legislature"]}})
TYPES = {"FRA": "state", "DEU": "state", "RUS": "state", "ITA": "state", "macron": "person", "scholz": "person",
         "bundestag": "legislature", "senate": "legislature"}


def mentions_of(text: str, names: dict[str, str]) -> list[Mention]:
    out = []
    for name, actor in names.items():
        i = text.index(name)
        out.append(Mention(i, i + len(name), name, actor, "alias", 1.0))
    return sorted(out, key=lambda m: m.start)


def resolved(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    found = group_descriptions(text, 0, len(text), mentions_of(text, names), compiled=GROUPS, type_of=TYPES.get,
                               outside=lambda a, b: True)
    return [(m.text, m.actor_id) for m in found if m.method == "description"]


@pytest.mark.parametrize("text, names, expected", [
    ("France and Germany signed a treaty.\nThe two allies also condemned Russia's strikes.",
     {"France": "FRA", "Germany": "DEU", "Russia": "RUS"},
     [("The two allies", "FRA"), ("The two allies", "DEU")]),
    ("Macron hosted Scholz in Paris. Both leaders pledged more aid.", {"Macron": "macron", "Scholz": "scholz"},
     [("Both leaders", "macron"), ("Both leaders", "scholz")]),
    # three states in reach: which two is a guess, so none
    ("France, Germany and Italy met. The two countries agreed on tariffs.",
     {"France": "FRA", "Germany": "DEU", "Italy": "ITA"}, []),
    # a single state is not 'the two countries'
    ("France protested. The two countries later met.", {"France": "FRA"}, []),
    ("A delegation from the Bundestag arrived on Monday. The delegation held talks with officials.",
     {"Bundestag": "bundestag"}, [("The delegation", "bundestag")]),
    # (actors6) a delegation names only a body the text tied the noun to: 'members of X' also opens 'Members of the
    # X criticized ...', and the one body in reach is often the host or the office that announced the visit
    ("Members of the Bundestag arrived on Monday. The delegation held talks with officials.",
     {"Bundestag": "bundestag"}, []),
    # two legislatures in reach: ambiguous
    ("The Bundestag and the Senate sent members. The delegation held talks.",
     {"Bundestag": "bundestag", "Senate": "senate"}, []),
    # 'the delegation of X' names its owner itself
    ("The Bundestag met. The delegation of Italy arrived.", {"Bundestag": "bundestag", "Italy": "ITA"}, []),
    # out of reach: two paragraphs back
    ("France and Germany met.\nThey talked.\nIt rained.\nThe two countries signed.", {"France": "FRA", "Germany": "DEU"}, []),
])
def test_group_descriptions(text, names, expected):
    assert resolved(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # more than two in reach, but the latest two were joined by 'and': that pair
    ("Scholz said Macron would host talks with President Putin and Chancellor Olaf Merkel. The two leaders met on Friday.",
     {"Scholz": "scholz", "Macron": "macron", "Putin": "putin", "Olaf Merkel": "merkel"},
     [("The two leaders", "putin"), ("The two leaders", "merkel")]),
    # the joined pair is not the latest mention of that kind: ambiguous, none
    ("Talks between France and Germany ended. Italy protested. The two countries signed.",
     {"France": "FRA", "Germany": "DEU", "Italy": "ITA"}, []),
])
def test_coordinated_pair(text, names, expected):
    types = {**TYPES, "putin": "person", "merkel": "person"}
    found = group_descriptions(text, 0, len(text), mentions_of(text, names), compiled=GROUPS, type_of=types.get,
                               outside=lambda a, b: True)
    assert [(m.text, m.actor_id) for m in found if m.method == "description"] == expected


def test_a_kind_description_gives_each_actor_its_own_mention_id(seed_extractor):
    # one span ('The two countries') names two actors: two mention rows, two IDs (one ID would make the mentions
    # schema reject both rows as duplicates); a span naming one actor keeps the span-only ID
    from pipeline.extract.claims import DocumentInput, stable_id

    text = "Japan and Australia signed a defence pact on Monday.\nThe two countries also agreed to hold joint drills."
    doc = DocumentInput("doc-0000000000000000", text, body_start=0, body_end=len(text))
    mentions = seed_extractor.extract(doc).mentions
    described = [m for m in mentions if m["text"] == "The two countries"]
    assert len(described) == 2 and len({m["actor_id"] for m in described}) == 2
    assert len({m["mention_id"] for m in mentions}) == len(mentions)
    japan = next(m for m in mentions if m["text"] == "Japan")
    assert japan["mention_id"] == stable_id("mnt", doc.doc_id, japan["char_start"], japan["char_end"])
