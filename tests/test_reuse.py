"""Unquoted reuse (lawref/reuse/scan.py, issue 11): statute text reproduced without quotation marks.

Positive articles are built from the store's own texts (never retyped): whole articles after
规定：, lists of items, text broken over lines and subtitle frames, Traditional script (converted
with OpenCC here), English renderings, and a few with a word changed. Each must be found, through
``Checker(store).check_text``, with the right statute, article and verdict. Negative articles are
news prose written by hand, dense with the store's common phrases, reproducing nothing: no
``marks="none"`` quote may come out of them. ``test_thresholds_separate_the_sets`` prints the
measurement the length thresholds were set from (run with ``-s``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawref.match.matcher import Matcher
from lawref.pipeline.checker import Checker
from lawref.report import Document, Quote
from lawref.reuse import scan as reuse
from lawref.reuse.scan import ScanStats, find_reuse
from lawref.store.files import Store
from lawref.store.load import load_store
from lawref.text.tokens import TOKEN_RE, has_cjk


@pytest.fixture(scope="module")
def store() -> Store:
    return load_store()


@pytest.fixture(scope="module")
def matcher(checker: Checker) -> Matcher:
    return checker.matcher


# --- building articles from the store ---------------------------------------------------------

_S2T = opencc.OpenCC("s2t")


# The version each case was written for: the CSL cases quote the 2016 text (its Arts. 28 and 37,
# which reporting cites; since 2026 they are Arts. 30 and 39).
WRITTEN_FOR = {"cn-cybersecurity-law": "2016"}


def article(store: Store, statute: str, number: str) -> str:
    found = store.resolve(statute).article(number, WRITTEN_FOR.get(statute))
    assert found is not None, (statute, number)
    return found.text


def paragraphs(store: Store, statute: str, number: str) -> list[str]:
    return article(store, statute, number).split("\n\n")


def rendering(store: Store, statute: str, number: str, publisher: str) -> str:
    found = store.resolve(statute).article(number, WRITTEN_FOR.get(statute))
    assert found is not None
    for translation in found.translations:
        if translation.publisher.startswith(publisher):
            return translation.text
    raise AssertionError(f"no rendering of {statute} {number} by {publisher!r}")


def changed(text: str, old: str, new: str) -> str:
    """The text with one word changed (the way a careless reproduction alters a statute)."""
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def srt(pieces: list[str], first: int = 1) -> str:
    """Subtitle frames (SRT), one piece of text per frame."""
    frames = []
    for i, piece in enumerate(pieces):
        start, end = 3 * i, 3 * i + 3
        frames.append(f"{first + i}\n00:00:{start:02d},000 --> 00:00:{end:02d},500\n{piece}\n")
    return "\n".join(frames)


def wrap(text: str, width: int) -> str:
    """Hard-wrapped every ``width`` characters (Chinese) the way scraped pages break lines."""
    flat = text.replace("\n\n", "")
    return "\n".join(flat[i : i + width] for i in range(0, len(flat), width))


def wrap_words(text: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in " ".join(text.split()).split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def split_at(text: str, marks: str, count: int) -> list[str]:
    """``text`` cut after the first ``count`` of ``marks`` (subtitle frames end at a comma)."""
    pieces: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if char in marks and len(pieces) < count:
            pieces.append(text[start : i + 1])
            start = i + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


# --- positive articles ------------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    statute: str
    article: str
    verdict: str
    attribution: str | None = None
    translation: str | None = None  # a prefix of the matched rendering's publisher
    same_words: tuple[str, ...] = ()  # other articles of the statute with these very words


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Store], str]
    expect: tuple[Expect, ...]


DSL, NIL, CEL = "cn-data-security-law", "cn-national-intelligence-law", "cn-counter-espionage-law"
CSL, NSL, PIPL = (
    "cn-cybersecurity-law",
    "cn-national-security-law",
    "cn-personal-information-protection-law",
)
HK, AFSL, CRYPTO, GDPR = (
    "cn-hong-kong-national-security-law",
    "cn-anti-foreign-sanctions-law",
    "cn-cryptography-law",
    "eu-gdpr",
)


def _items_renumbered(s: Store) -> str:
    lead, *items = paragraphs(s, CEL, "4")
    lines = [f"{n}. {item.split('）', 1)[1]}" for n, item in enumerate(items[:3], 1)]
    return (
        "新修订的反间谍法扩大了间谍行为的范围。记者梳理发现，法律列举的间谍行为包括：\n"
        + "\n".join(lines)
        + "\n修订后的法律自2023年7月1日起施行。"
    )


def _after_number(line: str) -> str:
    """A GDPR paragraph or point without its number: "1.   The …" / "(a)<TAB>…" → "The …"
    (EUR-Lex puts three no-break spaces or a tab after it)."""
    return re.split(r"[ \u00a0]{3}|\t", line, maxsplit=1)[1]


def _gdpr_bullets(s: Store) -> str:
    first, *rest = article(s, GDPR, "17").split("\n2.")[0].split("\n")
    lead = _after_number(first)
    bullets = [f"- {_after_number(line)}" for line in rest]
    return (
        "What does the right to be forgotten actually cover? The text is worth reading in full.\n\n"
        f"{lead}\n\n" + "\n".join(bullets) + "\n\nIn practice, regulators have read it narrowly."
    )


POSITIVE: list[Case] = [
    Case(
        "dsl36-after-guiding-colon",
        lambda s: (
            "针对外国执法机构调取境内数据的问题，记者注意到，数据安全法第三十六条规定："
            + article(s, DSL, "36")
            + "专家认为，这一条款为企业拒绝外国的直接调取请求提供了法律依据。"
        ),
        (Expect(DSL, "36", "verbatim", "consistent"),),
    ),
    Case(
        "nil7-narrative",
        lambda s: (
            "华为多次表示不会向政府提供数据。但根据《国家情报法》第七条，"
            + paragraphs(s, NIL, "7")[0]
            + "西方国家据此质疑中国企业的独立性。"
        ),
        (Expect(NIL, "7", "verbatim", "consistent"),),
    ),
    Case(
        "nil7-one-clause",
        lambda s: (
            "批评者常引用的一句话是，"
            + article(s, NIL, "7").split("，")[0]
            + "，他们认为企业因此无法拒绝情报机构的要求。"
        ),
        (Expect(NIL, "7", "verbatim"),),
    ),
    Case(
        "cel4-items-inline",
        lambda s: (
            "新修订的反间谍法将网络攻击纳入间谍行为。该法第四条规定，"
            + article(s, CEL, "4").split("\n\n间谍组织及其代理人在")[0].replace("\n\n", "")
            + "有律师指出，这一定义比2014年版本宽泛得多。"
        ),
        (Expect(CEL, "4", "verbatim", "consistent"),),
    ),
    Case(
        "cel4-items-renumbered",
        _items_renumbered,
        (
            # The items numbered "1." for "（一）": one reproduction of them, minor (the same
            # items in another numbering style; item (一) alone is also the 2014 Art. 38's).
            Expect(CEL, "4", "minor", same_words=("38",)),
        ),
    ),
    Case(
        "dsl36-traditional",
        lambda s: _S2T.convert(
            "據了解，數據安全法第三十六條明確，" + article(s, DSL, "36") + "香港媒體對此高度關注。"
        ),
        (Expect(DSL, "36", "verbatim", "consistent"),),
    ),
    Case(
        "nil7-subtitles",
        lambda s: (
            "WEBVTT\n\n"
            + srt(split_at(article(s, NIL, "7"), "，。", 3))
            + "\n4\n00:00:12,000 --> 00:00:15,000\n（节目完）\n"
        ),
        (Expect(NIL, "7", "verbatim"), Expect(NIL, "7", "verbatim")),
    ),
    Case(
        "csl37-hard-wrapped",
        lambda s: (
            "关于数据本地化，网络安全法有明确要求\n"
            + wrap(article(s, CSL, "37"), 18)
            + "\n多家外资企业因此在国内建设数据中心。"
        ),
        (Expect(CSL, "37", "verbatim"),),
    ),
    Case(
        "pipl38-altered",
        lambda s: (
            "个人信息保护法第三十八条规定，"
            + changed(paragraphs(s, PIPL, "38")[0], "确需", "需要")
            + "此后，国家网信部门陆续出台了配套规定。"
        ),
        (Expect(PIPL, "38", "altered", "consistent"),),
    ),
    Case(
        "csl28-uncited",
        lambda s: (
            "多名受访的企业负责人坦言，"
            + article(s, CSL, "28")
            + "这句话让不少在华外企感到担忧，但也有人认为这是各国通行的做法。"
        ),
        (Expect(CSL, "28", "verbatim", "uncited"),),
    ),
    Case(
        "nil7-misattributed",
        lambda s: (
            "有评论文章写道，国家安全法第七条规定，"
            + paragraphs(s, NIL, "7")[0]
            + "但这一表述实际上出自另一部法律。"
        ),
        (Expect(NIL, "7", "verbatim", "misattributed"),),
    ),
    Case(
        "hk29-traditional",
        lambda s: _S2T.convert(
            "港區國安法第二十九條列明，" + paragraphs(s, HK, "29")[0] + "其後列出五類行為。"
        ),
        (Expect(HK, "29", "verbatim", "consistent"),),
    ),
    Case(
        "afsl12-commentary",
        lambda s: (
            "反外国制裁法实施两年来，企业合规压力明显上升。按照法律要求，"
            + paragraphs(s, AFSL, "12")[0]
            + "这让跨国公司陷入两难境地。"
        ),
        (Expect(AFSL, "12", "verbatim"),),
    ),
    Case(
        "crypto31-source-code",
        lambda s: (
            "在外资企业关心的源代码问题上，密码法作出了回应："
            + paragraphs(s, CRYPTO, "31")[1]
            + "美国商会对此表示欢迎。"
        ),
        (Expect(CRYPTO, "31", "verbatim"),),
    ),
    Case(
        "dsl35-and-36",
        lambda s: (
            "数据安全法对境内外调取数据作了区分。"
            + article(s, DSL, "35")
            + article(s, DSL, "36")
            + "两条规定共同构成了数据调取的基本框架。"
        ),
        (Expect(DSL, "35", "verbatim"), Expect(DSL, "36", "verbatim")),
    ),
    Case(
        "nsl77-items-inline",
        lambda s: (
            "国家安全法第七十七条规定，"
            + "".join(paragraphs(s, NSL, "77")[:7])
            + "有学者认为，这些义务与其他国家的规定并无本质不同。"
        ),
        (Expect(NSL, "77", "verbatim", "consistent"),),
    ),
    Case(
        "pipl13-items-one-per-line",
        lambda s: (
            "个人信息保护法第十三条列出了处理个人信息的合法性基础。\n"
            + "\n".join(paragraphs(s, PIPL, "13")[:4])
            + "\n与欧盟的规定相比，中国法律没有规定“正当利益”。"
        ),
        (Expect(PIPL, "13", "verbatim"),),
    ),
    # --- English ---
    Case(
        "gdpr17-pasted",
        lambda s: (
            "The right to erasure is not absolute. Here is what Article 17 says.\n\n"
            + article(s, GDPR, "17").split("\n2.")[0]
            + "\n\nCompanies often reject such requests."
        ),
        (Expect(GDPR, "17", "verbatim"),),
    ),
    Case(
        "gdpr17-bullets",
        _gdpr_bullets,
        tuple(Expect(GDPR, "17", "verbatim") for _ in range(7)),  # the lead and six grounds
    ),
    Case(
        "nil7-clt-blog",
        lambda s: (
            "Critics of Huawei point to one provision above all. "
            + rendering(s, NIL, "7", "China Law Translate")
            + " Supporters of the company say the clause is rarely invoked against foreign firms."
        ),
        (Expect(NIL, "7", "verbatim", translation="China Law Translate"),),
    ),
    Case(
        "nil7-clt-one-clause",
        lambda s: (
            "Critics cite the rule that "
            + rendering(s, NIL, "7", "China Law Translate").split(", and shall")[0][0].lower()
            + rendering(s, NIL, "7", "China Law Translate").split(", and shall")[0][1:]
            + ", which they say leaves companies no room to refuse."
        ),
        (Expect(NIL, "7", "minor", translation="China Law Translate"),),
    ),
    Case(
        "usc230-c1",
        lambda s: (
            "The twenty-six words that created the internet are simple enough: "
            + next(p for p in paragraphs(s, "us-47-usc-230", "230") if p.startswith("No provider"))
            + " Both parties now want to change them."
        ),
        (Expect("us-47-usc-230", "230", "verbatim"),),
    ),
    Case(
        "usc2511-wrapped",
        lambda s: (
            "Under federal law, a person commits an offence who\n"
            + wrap_words(paragraphs(s, "us-18-usc-2511", "2511")[1], 60)
            + "\nThe penalty can reach five years in prison."
        ),
        (Expect("us-18-usc-2511", "2511", "verbatim"),),
    ),
    Case(
        "gdpr5-subtitles",
        lambda s: srt(
            split_at(_after_number(article(s, GDPR, "5").split("\n(c)")[0]), ",;", 3),
            first=17,
        ),
        (Expect(GDPR, "5", "verbatim"),),
    ),
    Case(
        "gdpr48-altered",
        lambda s: (
            "Data held in Europe is protected from foreign courts, lawyers argue. "
            + changed(article(s, GDPR, "48"), "may only be", "may be")
            + " US prosecutors disagree."
        ),
        (Expect(GDPR, "48", "altered"),),
    ),
    Case(
        "secure-networks-1601b",
        lambda s: (
            "The FCC list is not discretionary. By statute, "
            + paragraphs(s, "us-secure-and-trusted-communications-networks-act", "1601")[3][
                0
            ].lower()
            + paragraphs(s, "us-secure-and-trusted-communications-networks-act", "1601")[3][1:]
            + " Huawei and ZTE were the first names on it."
        ),
        (Expect("us-secure-and-trusted-communications-networks-act", "1601", "minor"),),
    ),
    Case(
        "hk38-english",
        lambda s: (
            "The law's reach is global. "
            + rendering(s, HK, "38", "HKSAR Government")
            + " Activists abroad say they now avoid transit through Hong Kong."
        ),
        (Expect(HK, "38", "verbatim", translation="HKSAR Government"),),
    ),
    Case(
        "gdpr6-list",
        lambda s: (
            "Every processing operation needs a legal basis.\n\n"
            + article(s, GDPR, "6").split("\n(d)")[0]
            + "\n\nConsent is the basis most often misunderstood."
        ),
        (Expect(GDPR, "6", "verbatim"),),
    ),
    Case(
        "ndaa889-reflowed",
        lambda s: (
            "Section 889 bars agencies from buying the equipment. "
            + " ".join(article(s, "us-ndaa-fy2019", "889").split("(B) enter")[0].split())
            + " Contractors had two years to comply."
        ),
        (Expect("us-ndaa-fy2019", "889", "verbatim"),),
    ),
    Case(
        # A negative while the store held GDPR Arts. 5, 6, 17 and 44-49 only: these are Art. 32(1)'s
        # own words ("… shall implement appropriate technical and organisational measures to ensure
        # a level of security appropriate to the risk, …"), reproduced without quotation marks.
        "gdpr32-guidance",
        lambda s: (
            "Controllers and processors must put in place appropriate technical and organisational "
            "measures to ensure a level of security appropriate to the risk, the regulator reminded "
            "companies in guidance published on Monday."
        ),
        (Expect(GDPR, "32", "verbatim"),),
    ),
    Case(
        "csl37-english",
        lambda s: (
            "Data localisation is the rule. "
            + rendering(s, CSL, "37", "China Law & Practice")
            + " Foreign firms have lobbied against it."
        ),
        (Expect(CSL, "37", "verbatim", translation="China Law & Practice"),),
    ),
]


def _unquoted(document: Document) -> list[Quote]:
    return [q for q in document.quotes if q.marks == "none"]


def _fits(quote: Quote, expect: Expect) -> bool:
    if quote.match is None:
        return False
    return (
        quote.match.statute == expect.statute
        and quote.match.article in (expect.article, *expect.same_words)
        and quote.verdict == expect.verdict
        and (expect.attribution is None or quote.attribution == expect.attribution)
        and (
            expect.translation is None
            or (quote.match.translation or "").startswith(expect.translation)
        )
    )


@pytest.mark.parametrize("case", POSITIVE, ids=[c.name for c in POSITIVE])
def test_reproductions_are_found(case: Case, store: Store, checker: Checker) -> None:
    text = case.build(store)
    document = checker.check_text(text)
    unquoted = _unquoted(document)
    for quote in document.quotes:
        assert text[quote.start : quote.end] == quote.text
    remaining = list(unquoted)
    for expect in case.expect:
        found = next((q for q in remaining if _fits(q, expect)), None)
        assert found is not None, (
            expect,
            [
                (q.text[:40], q.verdict, q.match and q.match.article, q.attribution)
                for q in unquoted
            ],
        )
        remaining.remove(found)
    # nothing unquoted that the matcher could not link
    assert all(q.match is not None for q in unquoted)


# --- negative articles: common legal phrases, nothing reproduced --------------------------------
# Written by hand as news prose. They share words and phrases with the store ("national
# security", "in accordance with the law", 依法, 国家安全机关, 任何组织和个人, "personal
# information", "critical information infrastructure" …) but copy no provision.

NEGATIVE: list[str] = [
    "国家安全机关依法履行职责，任何组织和个人都应当支持配合。专家表示，依法治国是根本，"
    "维护国家安全是全社会的共同责任。今年以来，各地国家安全机关依法查处了一批危害国家安全的"
    "案件，有关部门还将继续加大普法宣传力度。",
    "个人信息保护法实施以来，监管部门依法开展专项整治，督促企业落实个人信息保护责任。业内人士"
    "认为，处理个人信息应当遵循合法、正当、必要原则，企业要依法履行告知义务，不得过度收集。",
    "关键信息基础设施的安全直接关系国家安全。国家网信部门负责人表示，将会同有关部门依法加强"
    "监督管理，对违反法律、行政法规的行为依法追究法律责任，同时鼓励企业加大安全投入。",
    "据新华社报道，全国人大常委会今天表决通过了修订后的反间谍法。新法完善了间谍行为的定义，"
    "明确了国家安全机关的职权，并加强了对公民和组织的保护，将于今年七月一日起施行。",
    "数据出境安全评估办法出台后，一些跨国公司表示，将依照有关法律、行政法规的规定，向国家网信"
    "部门申报安全评估。律师指出，违反规定的企业，可能被责令改正、给予警告并处以罚款。",
    "香港特区政府发言人表示，香港国安法实施以来，社会恢复稳定，市民安居乐业。发言人强调，任何"
    "人不得以任何形式干预香港事务，特区政府将依法打击危害国家安全的犯罪行为。",
    "外交部发言人在例行记者会上说，中方一贯依法保护外国投资者的合法权益，同时坚决反对外国对"
    "中国公民、组织采取歧视性限制措施，必要时将采取相应的反制措施，维护国家主权和发展利益。",
    "国家密码管理局负责人在发布会上介绍，商用密码产业发展迅速。今年将推进商用密码检测认证体系"
    "建设，依法加强事中事后监管，同时切实保护企业的商业秘密和个人隐私。",
    "有网民担心，国家情报法要求任何组织和公民配合情报工作。对此，学者解释说，这一义务以依法为"
    "前提，国家也对提供协助的个人和组织给予保护，外界不必过度解读，更不应借此炒作。",
    "公安机关提醒，网络运营者应当依法履行网络安全保护义务，发现违法信息要及时处置并向有关主管"
    "部门报告；构成犯罪的，依法追究刑事责任。警方还公布了多起典型案例。",
    "在数据安全领域，国家建立数据分类分级保护制度。记者了解到，各地区、各部门正在抓紧制定本"
    "地区、本部门的重要数据目录，一些行业协会也发布了数据安全指引。",
    "中华人民共和国境内的组织和个人，都应当遵守法律法规。专家说，维护国家的安全、荣誉和利益，"
    "是每个公民的基本义务，也是宪法规定的公民义务。",
    "央视新闻评论指出，网络安全为人民，网络安全靠人民。维护网络安全需要政府、企业、社会组织"
    "和广大网民共同参与，共同营造清朗的网络空间。",
    "警方通报称，对违反规定、构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究"
    "刑事责任。警方同时提醒广大市民，不信谣、不传谣，发现线索及时举报。",
    "市场监管部门表示，对直接负责的主管人员和其他直接责任人员依法给予处分，涉事企业已被责令"
    "限期整改。该局还将对辖区内其他企业开展拉网式排查。",
    "The ministry said national security agencies would act in accordance with the law, and that "
    "any organization or individual must support their work. Critics said the wording was vague "
    "and left room for abuse.",
    "Under the new rules, companies that handle personal information must obtain consent and "
    "protect the rights of individuals, lawyers said. Operators of critical information "
    "infrastructure face stricter oversight and must store important data within China.",
    "Huawei has repeatedly said that it would never hand over data to the Chinese government and "
    "that no law requires it to install backdoors. US officials pointed to the National "
    "Intelligence Law, which they say obliges firms to cooperate with intelligence work.",
    "The GDPR gives people the right to have their personal data erased in some cases, for "
    "example when the data are no longer needed or when they withdraw consent. Regulators have "
    "fined several companies for ignoring such requests.",
    "Section 230 has long shielded online platforms from liability for what their users post, "
    "but lawmakers from both parties want to narrow the protection for interactive computer "
    "services that amplify harmful content.",
    "The Committee on Foreign Investment in the United States reviews transactions that could "
    "result in control of a US business by a foreign person, including deals touching critical "
    "infrastructure, sensitive personal data and national security.",
    "The FCC said it would publish a list of covered communications equipment and services that "
    "pose an unacceptable risk to the national security of the United States, and it set aside "
    "funds to replace equipment made by Huawei and ZTE.",
    "Under the Wiretap Act it is generally a crime to intentionally intercept a wire, oral or "
    "electronic communication, although there are exceptions for consent and for providers of "
    "communication services protecting their own networks.",
    "Hong Kong's national security law criminalises secession, subversion, terrorism and "
    "collusion with foreign forces. Officials said the law would only target a small minority "
    "of people who endanger national security.",
    "The Data Security Law says data processing must not harm national security or the public "
    "interest, and that the state protects the lawful rights and interests of individuals and "
    "organizations in relation to data.",
    "Section 301 of the Trade Act lets the United States Trade Representative take action "
    "against unreasonable or discriminatory practices of a foreign country that burden or "
    "restrict United States commerce, and tariffs on Chinese goods followed.",
    "In accordance with the law, the data subject has the right to object, and the controller "
    "must then stop processing the personal data unless it shows compelling legitimate grounds, "
    "the court held on Tuesday.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[f"neg{i:02d}" for i in range(len(NEGATIVE))])
def test_common_phrases_are_not_reuse(text: str, checker: Checker) -> None:
    document = checker.check_text(text)
    assert _unquoted(document) == [], [(q.text, q.verdict) for q in _unquoted(document)]


def test_thresholds_separate_the_sets(
    store: Store, matcher: Matcher, figures: Callable[..., None]
) -> None:
    """The measurement behind MIN_CJK_CHARS / MIN_LATIN_CHARS: the longest dense aligned run in
    any negative article, and the shortest run that makes up each expected reproduction."""
    longest = {True: 0, False: 0}  # runs the matcher links, boilerplate of several laws aside
    raw = {True: 0, False: 0}  # every dense run
    worst: dict[bool, str] = {True: "", False: ""}
    for text in NEGATIVE:
        for c in reuse.candidates(text, matcher):
            raw[c.cjk] = max(raw[c.cjk], c.chars)
            if c.linked and c.chars > longest[c.cjk]:
                longest[c.cjk], worst[c.cjk] = c.chars, text[c.start : c.end]
    shortest = {True: 10**9, False: 10**9}
    for case in POSITIVE:
        text = case.build(store)
        runs = reuse.candidates(text, matcher)
        wanted = {(e.statute, e.article) for e in case.expect}
        best = max((c.chars for c in runs if (c.statute, c.article) in wanted), default=0)
        cjk = any(c.cjk for c in runs if (c.statute, c.article) in wanted)
        shortest[cjk] = min(shortest[cjk], best)
    figures(
        f"\nreuse thresholds: CJK negatives max {longest[True]} ({worst[True]!r}; "
        f"{raw[True]} with boilerplate), positives min {shortest[True]}, "
        f"MIN_CJK_CHARS={reuse.MIN_CJK_CHARS}; Latin negatives max {longest[False]} "
        f"({worst[False]!r}; {raw[False]} with boilerplate), positives min {shortest[False]}, "
        f"MIN_LATIN_CHARS={reuse.MIN_LATIN_CHARS}"
    )
    assert longest[True] < reuse.MIN_CJK_CHARS <= shortest[True]
    assert longest[False] < reuse.MIN_LATIN_CHARS <= shortest[False]


# --- the scan itself ----------------------------------------------------------------------------


def test_quotations_already_found_are_left_alone(store: Store, checker: Checker) -> None:
    text = (
        "数据安全法第三十六条规定：“"
        + article(store, DSL, "36")
        + "”另据报道，"
        + paragraphs(store, NIL, "7")[0]
    )
    document = checker.check_text(text)
    marks = sorted((q.marks, q.match.article if q.match else None) for q in document.quotes)
    assert marks == [("none", "7"), ("quoted", "36")]
    quoted = next(q for q in document.quotes if q.marks == "quoted")
    assert all(q.end <= quoted.start or q.start >= quoted.end for q in _unquoted(document))


def test_exclude_splits_and_never_overlaps(store: Store, matcher: Matcher) -> None:
    text = "记者看到：" + article(store, DSL, "36")
    middle = text.index("或者按照平等互惠原则")
    exclude = [(middle, middle + 10)]
    for span in find_reuse(text, matcher, exclude):
        assert text[span.start : span.end] == span.text and span.marks == "none"
        assert span.end <= exclude[0][0] or span.start >= exclude[0][1]


def test_block_after_lead_in_is_found_by_the_scan_too(store: Store, matcher: Matcher) -> None:
    """A paragraph after "规定：" is the quotation finder's block quote; with nothing excluded the
    scan finds the same words (so it does not depend on the finder for them)."""
    text = "数据安全法第三十六条规定：\n\n" + article(store, DSL, "36") + "\n\n专家对此进行了解读。"
    spans = find_reuse(text, matcher, [])
    assert [s.text for s in spans] == [article(store, DSL, "36")]
    assert spans[0].lead_in and spans[0].lead_in.endswith("规定：")


def test_no_reuse_option(store: Store) -> None:
    text = POSITIVE[0].build(store)
    assert not _unquoted(Checker(store, reuse=False).check_text(text))
    assert _unquoted(Checker(store).check_text(text))


def test_cli_no_reuse(store: Store, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    import json

    from lawref.cli.app import run

    path = tmp_path / "story.txt"
    path.write_text(POSITIVE[0].build(store), encoding="utf-8")
    assert run(["check", "--format", "json", str(path)]) == 0
    quotes = json.loads(capsys.readouterr().out)["documents"][0]["quotes"]
    assert [(q["marks"], q["match"]["article"], q["verdict"]) for q in quotes] == [
        ("none", "36", "verbatim")
    ]
    assert run(["check", "--no-reuse", "--format", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["quotes"] == []


def test_reports_say_reproduced_without_quotation_marks(store: Store, checker: Checker) -> None:
    from io import StringIO

    from rich.console import Console

    from lawref.render.html import render_html
    from lawref.render.text import render_text
    from lawref.report import Report

    text = POSITIVE[0].build(store)
    report = Report(lawref_version="test", documents=[checker.check_text(text)])
    out = StringIO()
    render_text(report, [text], store, Console(file=out, width=120, no_color=True))
    assert "reproduced without quotation marks" in out.getvalue()
    html = render_html(report, [text], store)
    assert "k-none" in html and "reproduced without quotation marks" in html


# --- bounded work -------------------------------------------------------------------------------


def _doubling(unit: str, matcher: Matcher, sizes: tuple[int, ...]) -> list[tuple[int, ScanStats]]:
    out = []
    for n in sizes:
        text = "\n\n".join([unit] * n)
        stats = ScanStats()
        before = matcher.index.probes
        find_reuse(text, matcher, [], stats=stats)
        assert matcher.index.probes - before >= stats.probes  # the index counted them too
        out.append((len(text), stats))
    return out


@pytest.mark.parametrize(
    "shape",
    [
        "news",
        "back-to-back-article",
        "boilerplate",
        "one-character",
        "side-by-side-articles",
        "colon-heads",
    ],
)
def test_work_is_linear_in_document_length(shape: str, store: Store, matcher: Matcher) -> None:
    """Probes (posting entries read), look-ups, windows, aligned tokens and matcher calls
    grow no faster than the document: doubling it at most doubles them (10% slack + a constant
    for the edges)."""
    units = {
        "news": "\n\n".join([*NEGATIVE[:4], POSITIVE[0].build(store), *NEGATIVE[14:18]]),
        "back-to-back-article": article(store, DSL, "36"),
        "boilerplate": "构成犯罪的，依法追究刑事责任。任何组织和个人不得危害国家安全。"
        "in accordance with the law, national security ",
        "one-character": "的",
        # two short articles another article holds together (reuse/remainders.py)
        "side-by-side-articles": "第十二条 安全保护措施应当与关键信息基础设施同步规划、同步建设、"
        "同步使用。\n第十三条 运营者应当建立健全网络安全保护制度和责任制，保障人力、财力、物力投入。",
        # a writer's head closed by a colon before the law's words (reuse/colon_head.py)
        "colon-heads": "说到底是数据安全义务：受托方应当依照法律、法规的规定和合同约定履行数据安全保护"
        "义务，不得擅自留存、使用、泄露或者向他人提供政务数据。",
    }
    (n1, small), (n2, large) = _doubling(units[shape], matcher, (16, 32))
    assert n2 >= 2 * n1
    for name in ("lookups", "windows", "probes", "chains", "aligned", "verified"):
        a, b = getattr(small, name), getattr(large, name)
        assert b <= 2.2 * a + 64, (name, a, b)
    assert large.probes <= 64 * large.tokens  # bounded work per token, whatever the text


# --- invariants on arbitrary mixtures -----------------------------------------------------------

_MATCHER: list[Matcher] = []


def _shared_matcher() -> Matcher:
    if not _MATCHER:
        _MATCHER.append(Matcher(load_store()))
    return _MATCHER[0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_spans_are_exact_sorted_disjoint_and_outside_exclude(data: st.DataObject) -> None:
    matcher = _shared_matcher()
    texts = matcher.index.texts
    pieces = []
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["statute", "prose", "noise"]))
        if kind == "statute":
            stored = texts[data.draw(st.integers(0, len(texts) - 1))].text
            a = data.draw(st.integers(0, max(0, len(stored) - 1)))
            pieces.append(stored[a : a + data.draw(st.integers(1, 300))])
        elif kind == "prose":
            pieces.append(data.draw(st.sampled_from(NEGATIVE)))
        else:
            pieces.append(
                data.draw(
                    st.sampled_from(
                        [
                            "\n",
                            "\n\n12\n00:00:01,000 --> 00:00:02,000\n",
                            "（三）",
                            "\n2. ",
                            "- ",
                            " ",
                        ]
                    )
                )
            )
    text = "".join(pieces)
    cut = data.draw(st.integers(0, len(text)))
    exclude = [(cut, min(len(text), cut + data.draw(st.integers(0, 200))))]
    spans = find_reuse(text, matcher, exclude)
    for span in spans:
        assert text[span.start : span.end] == span.text and span.marks == "none"
        assert span.text == span.text.strip() and span.text
        assert (
            span.end <= exclude[0][0]
            or span.start >= exclude[0][1]
            or exclude[0][0] == exclude[0][1]
        )
    assert all(x.end <= y.start for x, y in zip(spans, spans[1:], strict=False))


# --- recall on clauses sampled from the store ---------------------------------------------------


def _sampled_clauses(matcher: Matcher, seed: int, count: int) -> list[tuple[str, str, bool]]:
    """(clause, statute, cjk): runs of stored text cut at random, at least 25 CJK characters or
    100 Latin letters long (a quarter above the thresholds), copied as they stand."""
    import random

    rng = random.Random(seed)
    texts = matcher.index.texts
    out: list[tuple[str, str, bool]] = []
    for cjk in (True, False):
        pool = [t for t in texts if (t.language == "zh") == cjk]
        while sum(1 for _, _, c in out if c == cjk) < count:
            stored = rng.choice(pool)
            words = list(TOKEN_RE.finditer(stored.text))
            want = rng.randint(25, 40) if cjk else rng.randint(16, 26)  # characters / words
            if len(words) < want + 1:
                continue
            first = rng.randint(0, len(words) - want)
            clause = stored.text[words[first].start() : words[first + want - 1].end()]
            letters = sum(len(w.group()) for w in words[first : first + want])
            if cjk or letters >= 100:
                out.append((clause, stored.statute, cjk))
    return out


def test_sampled_clauses_are_found(matcher: Matcher, figures: Callable[..., None]) -> None:
    """Clauses cut at random from the store and set in news prose are found, and nothing in the
    prose around them is. The misses are clauses several laws share word for word (boilerplate,
    dropped on purpose) or that sit in more than GENERIC_ARTICLES articles."""
    found = 0
    clauses = _sampled_clauses(matcher, seed=11, count=60)
    misses = []
    for i, (clause, statute, cjk) in enumerate(clauses):
        prose = [t for t in NEGATIVE if has_cjk(t) == cjk]
        lead = prose[i % len(prose)]
        text = f"{lead}\n\n{'记者注意到，' if cjk else 'The text says that '}{clause}"
        text += "。专家认为这一规定很重要。" if cjk else ". Lawyers disagree about it."
        at = text.index(clause, len(lead))
        spans = find_reuse(text, matcher, [])
        assert all(s.start >= len(lead) for s in spans), (clause, spans)
        hits = [s for s in spans if s.start < at + len(clause) and s.end > at]
        if hits:
            found += 1
            linked = matcher.match(hits[0].text).match
            assert linked is not None and linked.statute == statute, (clause, linked)
        else:
            misses.append(clause)
    rate = found / len(clauses)
    figures(f"\nsampled clauses found: {found}/{len(clauses)} ({rate:.0%}); misses: {misses}")
    assert rate >= 0.85


def test_stored_words_are_the_content_tokens_of_the_text(matcher: Matcher) -> None:
    """What seeding and aligning a run read of a stored text (its words, each pair's index term
    and where a term stands) is what its content tokens say: over every text of the store,
    list-numbered and subtitle-like ones included (a wrong word or position would seed chains on
    the wrong diagonal)."""
    from lawref.reuse.runs import MAX_POSITIONS
    from lawref.reuse.tokens import StoredWords, content_tokens

    texts = matcher.index.texts
    noisy = 0
    for text_id in range(0, len(texts), 3):
        text = texts.text(text_id)
        tokens = content_tokens(text)
        words = StoredWords.of(text)
        assert words.words == tokens.words, text_id
        keys = tokens.keys()
        assert words.keys == keys, text_id
        for key in set(keys[:20]):
            expected = [i for i, k in enumerate(keys) if k == key][:MAX_POSITIONS]
            assert words.positions(key, MAX_POSITIONS) == expected  # type: ignore[arg-type]
        noisy += len(tokens.noise) > 0
    assert noisy > 10  # the noisy path (markers dropped) was exercised too


@pytest.mark.parametrize(
    "text",
    [
        "第一条 为了规范数据处理活动，保障数据安全，制定本法。\n（一）收集；（二）存储\n1. 使用",
        "00:00:01,000 --> 00:00:04,000\n12\n[00:12] 网络运营者应当\n\nWEBVTT\n- a list item",
        "Article 5 (a) the controller shall, (b) process personal data lawfully\n  iv. fairly",
        "",
    ],
)
def test_a_text_with_nothing_excluded_has_the_general_scans_tokens(text: str) -> None:
    """reuse/tokens.py reads a text with nothing excluded (a stored text) in C-level loops; an
    excluded span past its end sends it through the general token-by-token scan instead, which
    must give the same tokens, offsets and segments (layout noise dropped by both)."""
    from lawref.reuse.tokens import content_tokens

    fast = content_tokens(text)
    general = content_tokens(text, [(len(text), len(text) + 1)])
    for column in ("words", "starts", "ends", "sk_ends", "segments", "noise", "breaks"):
        assert getattr(fast, column) == getattr(general, column), column
    assert fast.words or not text
