"""The split of the stance rules (pipeline/extract/stances.py into stance_cues.py and stance_subjects.py) changed
no behaviour; these tests guard what a split can break silently: a name another module or test imports from the
old place."""
import pytest

from pipeline.extract import stance_cues, stance_subjects, stances


@pytest.mark.parametrize("name", ["TopicCues", "about_other_partner", "compile_topics", "topics_gate"])
def test_stances_reexports_the_cues(name):
    assert getattr(stances, name) is getattr(stance_cues, name)


@pytest.mark.parametrize("name", ["CAUSAL_OPENING", "NOT_A_VERB", "PART_OF_GROUP", "PREPOSITION_BEFORE", "clause_subject",
                                  "drop_modifiers", "speaker_group"])
def test_stances_reexports_the_subjects(name):
    assert getattr(stances, name) is getattr(stance_subjects, name)
