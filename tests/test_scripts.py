"""The scripts a text holds, and the rules for Chinese or Japanese text skipped without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawref.pipeline.checker import Checker
from lawref.store.load import load_store
from lawref.text.scripts import (
    Scripts,
    holds_ideograph,
    ideograph_count,
    in_latin_script,
    scripts_of,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_scripts_of_tells_han_and_kana_apart() -> None:
    assert scripts_of("Article 7 of the law says that") == Scripts(han=False, kana=False)
    assert scripts_of("China's National Intelligence Law (国家情报法)") == Scripts(True, False)
    assert scripts_of("組織及び個人を保護する(第7条)") == Scripts(True, True)
    assert scripts_of("カタカナ only") == Scripts(False, True)
    assert scripts_of("compatibility ideograph \uf900") == Scripts(True, False)


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("The processor must notify the controller.", True),  # English
        ("Le sous-traitant notifie la violation à l'autorité de contrôle.", True),  # French
        ("Verarbeitung für die Zwecke gemäß Artikel 6", True),  # German
        ("数据处理者应当履行数据安全保护义务。", False),  # Simplified Chinese
        ("數據處理者應當履行數據安全保護義務。", False),  # Traditional Chinese
        ("組織及び個人を保護する", False),  # Japanese
        ("개인정보처리자는 의무를 진다", False),  # Korean
        ("the GDPR (一般数据保护条例)", False),  # mixed: a Han letter is not Latin
        ("Статья 33", False),  # Cyrillic
        ("33 ; 72", False),  # no letter at all
    ],
)
def test_in_latin_script_takes_accented_latin_letters_only(text: str, latin: bool) -> None:
    # (pipeline/cited_restatements.py reads a French sentence beside its GDPR article)
    assert in_latin_script(text) is latin


def test_a_run_holding_an_ideograph_is_weighed_as_chinese_words() -> None:
    # (pipeline/agreement.py: a run shared with the cited article; pipeline/carried.py: a word)
    assert holds_ideograph("第二十四条")
    assert holds_ideograph("gdpr第5条")  # a run that mixes scripts
    assert holds_ideograph("\u3400")  # Extension A
    assert not holds_ideograph("article 24")
    assert not holds_ideograph("カタカナ")


def test_a_chinese_head_is_measured_in_its_ideographs() -> None:
    # (pipeline/changed_head.py, lead_in_head.py: a head of at most so many characters;
    # listed_items.py: an item's weight)
    assert ideograph_count("网络运营者") == 5
    assert ideograph_count("GDPR第5条") == 2  # the Latin letters and digits are no ideographs
    assert ideograph_count("サイバー") == 0
    assert ideograph_count("\u3400\u9fff") == 2  # the span's two ends


def test_chinese_and_japanese_rules_do_not_run_on_english_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(*args: object) -> list[object]:
        raise AssertionError("a rule for Chinese or Japanese text ran on English text")

    checker = Checker(load_store())
    english = (EXAMPLES / "huawei-intelligence-law.txt").read_text(encoding="utf-8")
    english = english.replace("(国家情报法)", "")
    assert scripts_of(english) == Scripts(False, False)
    expected = checker.check_text(english)
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import headed_chinese as headed_chinese_rule

    monkeypatch.setattr(headed_chinese_rule, "headed_chinese", never)
    # the rule is imported where it is used (issue 20): taken out where it is defined
    from lawref.pipeline import japanese_cited as japanese_cited_rule

    monkeypatch.setattr(japanese_cited_rule, "japanese_cited_renderings", never)
    assert checker.check_text(english) == expected
