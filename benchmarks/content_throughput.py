"""Content-rule throughput: messages/second on generated SMS, beside presidio's default analyzer.

Generates N realistic messages (default 100,000; seeded; about half English, 30 %
Simplified and 20 % Traditional Chinese; mostly clean reminders with names, amounts,
dates, hotlines, links and masked cards; about 3 % carry literal personal data and
about 2 % abusive language), then, in one process:

1. times every content rule of the pack (kinds ``lexicon`` and ``pii_text``) end to
   end per message: build a ``Message``, run each check, consume its hits;
2. the same with the other text rules added (``length``, ``required_phrase``): the
   "all text rules" line;
3. times presidio's ``AnalyzerEngine`` with the full predefined recognizer registry,
   built offline from blank spaCy pipelines (research/feasibility.md, snippet A), on
   the first ``--presidio-sample`` messages of the same list (default 5,000) and
   extrapolates to N, saying so. ``--presidio-sample 100000`` runs it on all of them.

It prints messages/second, µs/message and the peak RSS of the process (peak RSS only
grows, so the figure after presidio includes smslint's).

The generated messages are formulaic: a lexicon trigger stands in about a third of
their readings (到, "online", "credit bureaus", "group", 联络 …), and an entry is
complete in about one in eight, mostly Chinese disclaimers (本行人员不会到府催收…) that
the context logic then clears. Hand-written messages are another matter: in the
evaluation sets' honest messages a trigger stands in four of five. ``--corpus FILE.jsonl ...`` adds a line timing the content rules on
such messages (the evaluation sets' format: ``text`` and ``lang`` per line), e.g. the
sets we tune on:

    python benchmarks/content_throughput.py [--n 100000] [--presidio-sample 5000]
                                            [--no-presidio] [--json]
                                            [--corpus corpora/eval/set*/dev.jsonl]
"""

from __future__ import annotations

import os

# Before anything can import tldextract (presidio's email validator): never fetch the
# public-suffix list, use the snapshot bundled in the wheel.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpora" / "eval"))

import make_ids  # noqa: E402
from _content_rules import CONTENT_KINDS, load_rules  # noqa: E402

from smslint.message import Message  # noqa: E402

OTHER_TEXT_KINDS = ("length", "required_phrase")
LANG_WEIGHTS = (("en", 0.5), ("zh-Hans", 0.3), ("zh-Hant", 0.2))
PII_SHARE, ABUSE_SHARE = 0.03, 0.02

# --------------------------------------------------------------------------------------
# Message generator
# --------------------------------------------------------------------------------------

EN_FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
    "Barbara Richard Susan Joseph Jessica Thomas Sarah Carlos Maria Wei Priya Ahmed "
    "Keisha Luis Olivia Noah Emma Liam Ava Ethan Mia Lucas Chloe Mateo Aaliyah"
).split()
EN_LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Nguyen Patel "
    "Kim Okafor Whitfield Alvarez Chen Brooks Reyes"
).split()
EN_SENDERS = (
    "Meridian Recovery Group",
    "Northgate Credit Services",
    "Bayside Collections",
    "Summit Account Solutions",
    "Clearpath Financial Recovery",
    "Harbor & Pine Receivables",
    "Ridgeline Asset Management",
    "Tri-County Recovery",
)
EN_CREDITORS = (
    "Lumen Bank",
    "Zephyr Card",
    "Brightwave Telecom",
    "St. Agnes Medical Center",
    "QuickCash Online",
    "Peacock Federal Credit Union",
    "Essex Water",
)
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
ZH_GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建国 志强 "
    "晓东 思琪 雅婷 子涵 浩然 欣怡 俊杰 梓萱"
).split()
ZHT_SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅高鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余于杜葉程魏蘇呂丁任沈姚盧"
ZHS_BRANDS = (
    "恒瑞银行",
    "鑫融信贷",
    "安诚资产",
    "融易分期",
    "快借钱包",
    "众合消费金融",
)
ZHT_BRANDS = ("恆信銀行", "和泰資產管理", "晨星小額信貸", "安達財務")
ZHT_GIVEN_T = {
    "伟": "偉",
    "丽": "麗",
    "强": "強",
    "军": "軍",
    "艳": "豔",
    "杰": "傑",
    "娟": "娟",
    "涛": "濤",
    "秀英": "秀英",
    "刚": "剛",
    "建国": "建國",
    "志强": "志強",
    "晓东": "曉東",
    "思琪": "思琪",
    "雅婷": "雅婷",
    "浩然": "浩然",
    "欣怡": "欣怡",
    "俊杰": "俊傑",
    "梓萱": "梓萱",
}

EN_ABUSE = (
    "you deadbeat",
    "pay up or we will have you arrested",
    "we know where you live",
    "we will call your employer and your family",
    "you piece of shit",
    "a warrant has been issued in your name",
    "everyone will know you don't pay",
)
ZHS_ABUSE = (
    "你这个老赖",
    "再不还钱明天就上门",
    "后果自负",
    "我们将通知你通讯录里的所有联系人",
    "我局已立案",
    "你他妈的还不还钱",
    "把你的照片挂到网上",
)
ZHT_ABUSE = (
    "你這個老賴",
    "再不還錢明天就到府拜訪",
    "後果自負",
    "我們會聯絡你的老闆和同事",
    "地檢署已分案偵辦",
    "幹，還不還錢",
    "把你的照片貼到臉書公審",
)


def _money(rng: random.Random) -> str:
    return f"{rng.randint(20, 9000):,}.{rng.randint(0, 99):02d}"


def _date(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


def _en_hotline(rng: random.Random) -> str:
    return f"1-{rng.choice(('800', '888', '877', '866', '855', '844', '833'))}-555-01{rng.randint(0, 99):02d}"


def _zh_hotline(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    return f"955{rng.randint(10, 99)}"


def _link(rng: random.Random, host: str) -> str:
    code = "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(4, 7))
    )
    return f"https://{host}/p/{code}"


def _pii(rng: random.Random, lang: str) -> str:
    kind = rng.choice(("card", "id", "ssn", "email", "phone", "address", "dob"))
    if kind == "card":
        prefix, length = rng.choice(
            (("4", 16), ("51", 16), ("37", 15), ("6011", 16), ("62", 19))
        )
        card = make_ids.random_card(
            rng,
            prefix + "".join(rng.choice("0123456789") for _ in range(5 - len(prefix))),
            length,
        )
        return {
            "en": f"Card on file: {card}.",
            "zh-Hans": f"还款卡号{card}。",
            "zh-Hant": f"扣款卡號{card}。",
        }[lang]
    if kind == "id" or (kind == "ssn" and lang != "en"):
        if lang == "en":
            return f"SSN {make_ids.random_ssn(rng)}."
        area = rng.choice(("110105", "310104", "440305", "510107", "330106", "420111"))
        birth = (
            f"{rng.randint(1960, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        )
        value = make_ids.cn_id(area, birth, f"{rng.randint(0, 999):03d}")
        if lang == "zh-Hant" and rng.random() < 0.5:
            letter = rng.choice("ABEFH")
            value = make_ids.tw_id(
                letter, f"{rng.randint(1, 2)}{rng.randint(0, 9999999):07d}"
            )
            return f"身分證字號{value}。"
        return f"身份证号{value}。" if lang == "zh-Hans" else f"身份證號碼{value}。"
    if kind == "ssn":
        return f"SSN: {make_ids.random_ssn(rng)}."
    if kind == "email":
        user = f"{rng.choice(EN_FIRST).lower()}.{rng.choice(EN_LAST).lower()}{rng.randint(1, 99)}"
        domain = rng.choice(
            ("gmail.com", "yahoo.com", "outlook.com", "163.com", "qq.com")
        )
        return {
            "en": f"Statement sent to {user}@{domain}.",
            "zh-Hans": f"账单已发送至{user}@{domain}。",
            "zh-Hant": f"帳單已寄至{user}@{domain}。",
        }[lang]
    if kind == "phone":
        if lang == "en":
            return f"We also reached your sister at ({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}."
        number = (
            f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
        )
        if lang == "zh-Hant":
            number = f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
        return {
            "zh-Hans": f"紧急联系人电话{number}。",
            "zh-Hant": f"緊急聯絡人電話{number}。",
        }[lang]
    if kind == "address":
        return {
            "en": f"Mail goes to {rng.randint(10, 9999)} {rng.choice(('Maple', 'Oak', 'Cedar', 'Pine'))} "
            f"{rng.choice(('St', 'Ave', 'Rd', 'Ln'))}, Springfield, IL 627{rng.randint(0, 99):02d}.",
            "zh-Hans": f"寄送地址：上海市徐汇区漕溪北路{rng.randint(1, 300)}号{rng.randint(1, 20)}0{rng.randint(1, 4)}室。",
            "zh-Hant": f"寄送地址：臺中市西屯區文心路三段{rng.randint(1, 300)}號{rng.randint(2, 20)}樓。",
        }[lang]
    m, d = _date(rng)
    year = rng.randint(1960, 2003)
    return {
        "en": f"DOB on file {m:02d}/{d:02d}/{year}.",
        "zh-Hans": f"出生日期{year}年{m}月{d}日。",
        "zh-Hant": f"出生日期{year}年{m}月{d}日。",
    }[lang]


def _en(rng: random.Random) -> str:
    name = f"{rng.choice(EN_FIRST)}" + (
        f" {rng.choice(EN_LAST)}" if rng.random() < 0.5 else ""
    )
    sender, creditor = rng.choice(EN_SENDERS), rng.choice(EN_CREDITORS)
    amt, (m, d), tail = _money(rng), _date(rng), f"{rng.randint(0, 9999):04d}"
    host = sender.split()[0].lower() + ".example"
    body = rng.choice(
        (
            f"Hi {name}, a payment of ${amt} on your {creditor} account is due {m}/{d}. Pay at {_link(rng, host)} or call {_en_hotline(rng)}.",
            f"{name}, your balance of ${amt} (card ending {tail}) is past due. Plans from $25/mo: {_en_hotline(rng)}.",
            f"Thank you {name}! We received ${amt} on {m}/{d}. Confirmation #PMT-{rng.randint(10000, 99999)}.",
            f"Reminder: ${amt} is scheduled for {m}/{d} from the account ending {tail}. To change it call {_en_hotline(rng)}.",
            f"Hi {name}, settle your {creditor} balance today for ${amt}: {_link(rng, host)}",
            f"We may report information about your account to credit bureaus. Balance ${amt}. Ref {rng.randint(100, 999)}-{tail}.",
            f"{name}, your dispute was received. Collection is paused until we mail verification.",
            f"Your plan is active: first payment ${amt} on {m}/{d} (Visa ending {tail}).",
        )
    )
    if rng.random() < 0.85:
        body += f" {sender}, a debt collector."
    if rng.random() < 0.9:
        body += rng.choice(
            (
                " Reply STOP to opt out.",
                " Reply STOP to stop texts to this number.",
                " Txt STOP to opt out.",
            )
        )
    return body


def _zh(rng: random.Random, trad: bool) -> str:
    surname, given = (
        rng.choice(ZHT_SURNAMES if trad else ZH_SURNAMES),
        rng.choice(ZH_GIVEN),
    )
    if trad:
        given = ZHT_GIVEN_T.get(given, given)
    title = rng.choice(("先生", "女士")) if not trad else rng.choice(("先生", "小姐"))
    amt, (m, d), tail = _money(rng), _date(rng), f"{rng.randint(0, 9999):04d}"
    if not trad:
        brand = rng.choice(ZHS_BRANDS)
        body = rng.choice(
            (
                f"【{brand}】尊敬的{surname}{title}，您尾号{tail}的信用卡本期账单¥{amt}，到期还款日{m}月{d}日，请按时还款。客服{_zh_hotline(rng)}。",
                f"【{brand}】{surname}{given}您好，您的借款本期应还{amt}元，已逾期{rng.randint(1, 90)}天，请尽快还款，协商请致电{_zh_hotline(rng)}。",
                f"【{brand}】您已成功还款{amt}元，下期还款日{m}月{d}日，感谢您的配合！",
                f"【{brand}】{surname}{title}，您预留的手机号1{rng.randint(30, 89)}****{tail}绑定的还款计划已生效，首期{amt}元。",
                f"【{brand}】如遇冒充公检法的诈骗短信请报警，我司不会要求您向个人账户转账。详询{_zh_hotline(rng)}。",
                f"【{brand}】您的逾期信息将按规定报送征信系统，请于{m}月{d}日前还款。还款入口：{_link(rng, 'm.example.cn')}",
            )
        )
        return body + (" 回T退订" if rng.random() < 0.6 else "")
    brand = rng.choice(ZHT_BRANDS)
    hotline = f"0800-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    body = rng.choice(
        (
            f"【{brand}】親愛的{surname}{title}，您尾號{tail}的信用卡本期應繳NT${amt}，繳款截止日{m}月{d}日。客服{hotline}。",
            f"【{brand}】{surname}{given}您好，您的欠款NT${amt}已逾期，如需分期請撥{hotline}。",
            f"【{brand}】您的繳款NT${amt}已入帳，感謝您！下期繳款日{m}月{d}日。",
            f"【{brand}】你好，你嘅分期還款計劃已生效，每月還款HK${amt}，首期於{m}月{d}日。",
            f"【{brand}】提醒您：本行人員不會到府催收，也不會聯絡您的親友。查證請撥{hotline}。",
        )
    )
    return body + (" 回覆STOP退訂" if rng.random() < 0.4 else "")


def generate(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    langs = [lang for lang, _ in LANG_WEIGHTS]
    weights = [w for _, w in LANG_WEIGHTS]
    out = []
    for _ in range(n):
        lang = rng.choices(langs, weights)[0]
        text = _en(rng) if lang == "en" else _zh(rng, trad=lang == "zh-Hant")
        roll = rng.random()
        if roll < PII_SHARE:
            text += (" " if lang == "en" else "") + _pii(rng, lang)
        elif roll < PII_SHARE + ABUSE_SHARE:
            abuse = rng.choice(
                {"en": EN_ABUSE, "zh-Hans": ZHS_ABUSE, "zh-Hant": ZHT_ABUSE}[lang]
            )
            text = (
                f"{abuse[0].upper()}{abuse[1:]}. {text}"
                if lang == "en"
                else f"{abuse}！{text}"
            )
        out.append((text, lang))
    return out


# --------------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------------


def read_corpus(files: list[Path]) -> list[tuple[str, str]]:
    """(text, lang) of every message in JSONL files of the evaluation sets' format."""
    messages = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    messages.append((record["text"], record["lang"]))
    return messages


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def time_rules(
    checks: list[Any], messages: list[tuple[str, str]], warmup: int
) -> dict[str, Any]:
    """Run every check on every message; the first ``warmup`` messages are timed apart
    (lazily built detectors are built on first use)."""

    def run(batch: list[tuple[str, str]]) -> tuple[float, int, int]:
        hits = flagged = 0
        start = time.perf_counter()
        for text, lang in batch:
            message = Message(text, lang, is_template=False)
            found = 0
            for _rule, check in checks:
                for _hit in check(message):
                    found += 1
            hits += found
            flagged += found > 0
        return time.perf_counter() - start, hits, flagged

    first, _, _ = run(messages[:warmup])
    seconds, hits, flagged = run(messages)
    return {
        "messages": len(messages),
        "seconds": seconds,
        "msg_per_s": len(messages) / seconds if seconds else None,
        "us_per_msg": seconds / len(messages) * 1e6,
        "hits": hits,
        "flagged": flagged,
        "first_use_seconds": first,
    }


def build_presidio(segmenter: str | None) -> tuple[Any, str, float]:
    """presidio's predefined recognizers on blank spaCy pipelines: no model, no download."""
    start = time.perf_counter()
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from spacy.language import Language

    if "bench_lower_lemma" not in Language.factories:

        @Language.component("bench_lower_lemma")
        def lower_lemma(doc: Any) -> Any:  # blank pipelines leave lemma_ empty
            for token in doc:
                token.lemma_ = token.lower_
            return doc

    if segmenter is None:
        try:
            import jieba  # noqa: F401

            segmenter = "jieba"
        except ImportError:
            segmenter = "char"

    def blank(lang: str) -> Any:
        nlp = (
            spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
            if lang == "zh"
            else spacy.blank(lang)
        )
        nlp.add_pipe("bench_lower_lemma")
        return nlp

    class BlankSpacyNlpEngine(SpacyNlpEngine):  # type: ignore[misc]
        def __init__(self, pipelines: dict[str, Any]) -> None:
            super().__init__(
                models=[
                    {"lang_code": k, "model_name": f"blank:{k}"} for k in pipelines
                ],
                ner_model_configuration=NerModelConfiguration(),
            )
            self._pipelines = dict(pipelines)

        def load(self) -> None:  # never spacy.load / spacy.cli.download
            self.nlp = dict(self._pipelines)

    engine = BlankSpacyNlpEngine({"en": blank("en"), "zh": blank("zh")})
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en", "zh"])
    registry.load_predefined_recognizers(languages=["en", "zh"], nlp_engine=engine)
    registry.remove_recognizer(
        "SpacyRecognizer"
    )  # needs NER; finds nothing on blank pipelines
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=engine, supported_languages=["en", "zh"]
    )
    return analyzer, segmenter, time.perf_counter() - start


def time_presidio(
    analyzer: Any, messages: list[tuple[str, str]], warmup: int
) -> dict[str, Any]:
    def run(batch: list[tuple[str, str]]) -> tuple[float, int]:
        flagged = 0
        start = time.perf_counter()
        for text, lang in batch:
            results = analyzer.analyze(text, language="en" if lang == "en" else "zh")
            flagged += any(r.score >= 0.5 for r in results)
        return time.perf_counter() - start, flagged

    first, _ = run(messages[:warmup])
    seconds, flagged = run(messages)
    return {
        "messages": len(messages),
        "seconds": seconds,
        "msg_per_s": len(messages) / seconds,
        "us_per_msg": seconds / len(messages) * 1e6,
        "flagged_score_ge_0_5": flagged,
        "first_use_seconds": first,
    }


class _NoNetwork:
    """Fail loudly if anything tries a DNS lookup while presidio is built and used."""

    def __enter__(self) -> _NoNetwork:
        import socket

        self._socket, self._orig = socket, socket.getaddrinfo

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise OSError(f"content_throughput: network access attempted: {args[:2]}")

        socket.getaddrinfo = refuse  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: Any) -> None:
        self._socket.getaddrinfo = self._orig  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="messages to generate")
    parser.add_argument("--seed", type=int, default=20260130)
    parser.add_argument(
        "--policy", "-p", action="append", help="pack id or path (default core)"
    )
    parser.add_argument(
        "--presidio-sample",
        type=int,
        default=5_000,
        metavar="N",
        help="messages presidio analyzes; the rest is extrapolated (default 5000)",
    )
    parser.add_argument(
        "--no-presidio", action="store_true", help="skip the presidio line"
    )
    parser.add_argument(
        "--segmenter",
        choices=("char", "jieba", "pkuseg"),
        help="spaCy zh segmenter for presidio (default: jieba if installed, else char)",
    )
    parser.add_argument(
        "--corpus",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="also time the content rules on these JSONL messages (text, lang)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    say: Callable[..., None] = (lambda *a, **k: None) if args.json else print
    packs = args.policy or ["core"]

    start = time.perf_counter()
    messages = generate(args.n, args.seed)
    gen_seconds = time.perf_counter() - start
    by_lang = {
        lang: sum(1 for _, x in messages if x == lang) for lang, _ in LANG_WEIGHTS
    }
    say(
        f"generated {len(messages):,} messages in {gen_seconds:.1f} s (seed {args.seed}): "
        + ", ".join(f"{k} {v:,}" for k, v in by_lang.items())
        + f"; ~{PII_SHARE:.0%} with literal PII, ~{ABUSE_SHARE:.0%} abusive"
    )
    say(f"single process; pack(s): {', '.join(packs)}")
    say()
    report: dict[str, Any] = {
        "n": len(messages),
        "seed": args.seed,
        "by_lang": by_lang,
        "packs": packs,
        "lines": {},
    }
    warmup = min(200, len(messages))

    head = f"{'what':<44}{'msg/s':>10}{'µs/msg':>10}{'flagged':>10}"
    say(head)
    say("-" * len(head))

    for name, kinds in (
        ("content rules (lexicon, pii_text)", CONTENT_KINDS),
        (
            "all text rules (+ length, required_phrase)",
            CONTENT_KINDS + OTHER_TEXT_KINDS,
        ),
    ):
        t0 = time.perf_counter()
        rules = load_rules(packs, kinds)
        build_seconds = time.perf_counter() - t0
        entry: dict[str, Any] = {
            "rules": rules.describe(),
            "build_errors": rules.build_errors,
            "build_seconds": build_seconds,
        }
        for e in rules.build_errors:
            say(f"  could not build rule {e}")
        if not rules.checks:
            entry["measured"] = False
            say(
                f"{name:<44}{'not measured: no rule of these kinds in the pack yet':>30}"
            )
        else:
            entry.update(time_rules(rules.checks, messages, warmup), measured=True)
            say(
                f"{name:<44}{entry['msg_per_s']:>10,.0f}{entry['us_per_msg']:>10.1f}"
                f"{entry['flagged']:>10,}   ({len(rules.checks)} rules: "
                + ", ".join(r["id"] for r in entry["rules"])
                + ")"
            )
        report["lines"][name] = entry
    if args.corpus:
        written = read_corpus(args.corpus)
        rules = load_rules(packs, CONTENT_KINDS)
        entry = time_rules(rules.checks, written, min(200, len(written)))
        name = f"content rules, {len(written):,} hand-written"
        say(
            f"{name:<44}{entry['msg_per_s']:>10,.0f}{entry['us_per_msg']:>10.1f}"
            f"{entry['flagged']:>10,}   ({len(args.corpus)} files)"
        )
        report["lines"][name] = {**entry, "files": [str(f) for f in args.corpus]}
    report["peak_rss_mib_smslint"] = peak_rss_mib()
    say(
        f"{'peak RSS so far (smslint only)':<44}{report['peak_rss_mib_smslint']:>10.0f} MiB"
    )

    if not args.no_presidio:
        sample = messages[: max(1, min(args.presidio_sample, len(messages)))]
        with _NoNetwork():
            analyzer, segmenter, build_seconds = build_presidio(args.segmenter)
            result = time_presidio(analyzer, sample, min(50, len(sample)))
        recognizers = len(analyzer.registry.recognizers)
        extrapolated = len(sample) < len(messages)
        result.update(
            build_seconds=build_seconds,
            segmenter=segmenter,
            recognizers=recognizers,
            extrapolated=extrapolated,
            seconds_for_all=result["seconds"] * len(messages) / len(sample),
        )
        report["presidio"] = result
        label = f"presidio AnalyzerEngine (predefined, zh={segmenter})"
        say(
            f"{label:<44}{result['msg_per_s']:>10,.0f}{result['us_per_msg']:>10.1f}"
            f"{result['flagged_score_ge_0_5']:>10,}   (score >= 0.5; {recognizers} recognizers)"
        )
        if extrapolated:
            say(
                f"  presidio ran on the first {len(sample):,} of the {len(messages):,} messages only; "
                f"{len(messages):,} messages would take about {result['seconds_for_all']:,.0f} s "
                f"(EXTRAPOLATED from the sample). Use --presidio-sample {len(messages)} for a full run."
            )
        else:
            say(
                f"  presidio analyzed all {len(messages):,} messages in {result['seconds']:,.0f} s."
            )
        say(
            f"  presidio setup (blank spaCy pipelines, registry) {build_seconds:.1f} s, not in the rate"
        )
        report["peak_rss_mib_total"] = peak_rss_mib()
        say(
            f"{'peak RSS (smslint + presidio, same process)':<44}{report['peak_rss_mib_total']:>10.0f} MiB"
        )

    content = report["lines"]["content rules (lexicon, pii_text)"]
    if content.get("measured") and "presidio" in report:
        ratio = content["msg_per_s"] / report["presidio"]["msg_per_s"]
        report["speedup_vs_presidio"] = ratio
        say(
            f"\ncontent rules are {ratio:,.0f}x presidio's default analyzer on these messages"
        )
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
