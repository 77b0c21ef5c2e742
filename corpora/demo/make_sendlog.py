"""Generate ``sendlog.csv``: a made-up SMS gateway export for the audit demo.

    python corpora/demo/make_sendlog.py          # rewrite sendlog.csv and README tables
    python corpora/demo/make_sendlog.py --check  # exit 1 if either is not current
    python corpora/demo/make_sendlog.py --table  # only print the README tables
    python corpora/demo/make_sendlog.py --rows   # list the planted rows, with why

The log covers 2026-10-28 to 2026-11-30 (the US leaves daylight saving time on
2026-11-01) for Acme Recovery, a fictitious collector texting US debtors in English and
mainland Chinese debtors (sender 【某某金融】) in Chinese. Every regular message is
rendered from a clean template (sender named, opt-out instruction, no personal data
beyond the debtor's name), sent between 10:00 and 19:00 in the recipient's local time,
at most twice per debtor in any 8 days. On top of that the generator plants, by hand,
every violation the demo shows (:func:`stories`), a few rows that look wrong but are
not, three unreadable rows, and some disorder (gateways export in batches).

The generator does not trust its own plan: after building the log it recomputes quiet
hours, the weekly cap and ignored opt-outs from the rows with independent reference
logic and stops if that disagrees with what was planted, so the README's tables
(which ``--table`` prints) are the whole truth about this file.

Only the standard library is used, and the output is byte-identical on every run.
Everything is invented: names are common given names and surnames, US numbers are in
the 555-0100..555-0199 range reserved for fiction, Chinese mobile numbers, the SSN and
the resident ID number are random (the ID has a valid check digit on purpose) and
``acme.example`` is a reserved domain.

``scaled_rows()`` renders a log of any size the same way (for
``benchmarks/audit_throughput.py``): realistic bodies, and a small share of planted
violations of every kind.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import itertools
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "sendlog.csv"
README = HERE / "README.md"
SEED = 20261028

COLUMNS = (
    "message_id",
    "sent_at",
    "recipient",
    "debtor_id",
    "recipient_relation",
    "recipient_tz",
    "direction",
    "template_id",
    "body",
)
UTC = dt.UTC
LOG_START = dt.date(2026, 10, 28)
LOG_END = dt.date(2026, 11, 30)  # inclusive
THANKSGIVING = dt.date(2026, 11, 26)  # Acme's US desk does not text that day

# What the demo pack enforces (policies/core.yaml, corpora/demo/acme-audit.yaml); the
# reference checks below use the same numbers.
QUIET_FROM, QUIET_TO = dt.time(8, 0), dt.time(21, 0)
WEEKLY_CAP, CAP_WINDOW = 3, dt.timedelta(days=7)
GRACE = dt.timedelta(hours=24)

# --------------------------------------------------------------------------------------
# Numbers and zones
# --------------------------------------------------------------------------------------

#: US area code -> (zone a debtor there lives in, the zones phonenumbers gives it);
#: tests/test_demo_audit.py checks them against phonenumbers
US_AREAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "212": ("America/New_York", ("America/New_York",)),
    "718": ("America/New_York", ("America/New_York",)),
    "404": ("America/New_York", ("America/New_York",)),
    "305": ("America/New_York", ("America/New_York",)),
    "617": ("America/New_York", ("America/New_York",)),
    "215": ("America/New_York", ("America/New_York",)),
    "313": ("America/New_York", ("America/New_York",)),
    "312": ("America/Chicago", ("America/Chicago",)),
    "713": ("America/Chicago", ("America/Chicago",)),
    "214": ("America/Chicago", ("America/Chicago",)),
    "615": ("America/Chicago", ("America/Chicago",)),
    "504": ("America/Chicago", ("America/Chicago",)),
    "303": ("America/Denver", ("America/Denver",)),
    "801": ("America/Denver", ("America/Denver",)),
    "602": ("America/Phoenix", ("America/Phoenix",)),  # no daylight saving time
    "520": ("America/Phoenix", ("America/Phoenix",)),
    "415": ("America/Los_Angeles", ("America/Los_Angeles",)),
    "213": ("America/Los_Angeles", ("America/Los_Angeles",)),
    "206": ("America/Los_Angeles", ("America/Los_Angeles",)),
    "503": ("America/Los_Angeles", ("America/Los_Angeles",)),
    "702": ("America/Los_Angeles", ("America/Los_Angeles",)),
    # Idaho: phonenumbers cannot tell Boise (Mountain) from the panhandle (Pacific)
    "208": ("America/Boise", ("America/Boise", "America/Los_Angeles")),
    "907": ("America/Anchorage", ("America/Adak", "America/Anchorage")),
    "808": ("Pacific/Honolulu", ("Pacific/Honolulu",)),
}
CN_ZONE = "Asia/Shanghai"
CN_PREFIXES = (
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 "
    "177 180 181 182 183 186 187 188 189 191 199"
).split()


def candidate_zones(number: str) -> tuple[str, ...]:
    """The zones phonenumbers gives ``number`` (only for the numbers made here)."""
    if number.startswith("+86"):
        return (CN_ZONE,)
    return US_AREAS[number[2:5]][1]


# --------------------------------------------------------------------------------------
# Names, amounts, identifiers
# --------------------------------------------------------------------------------------

EN_FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
    "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy "
    "Matthew Lisa Anthony Betty Mark Sandra Steven Ashley Andrew Emily Kevin Donna "
    "Brian Michelle Carlos Maria Luis Rosa Jamal Keisha Tyrone Aaliyah Minh Linh Raj "
    "Anita Omar Fatima Diego Sofia Noah Olivia Liam Emma Ethan Ava"
).split()
EN_LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
    "Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee "
    "Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young "
    "Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall "
    "Rivera Campbell Mitchell Carter Roberts Patel Kim Okafor Washington Brooks Reyes"
).split()
ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐"
    "许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈姚卢"
)
ZH_GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 秀英 霞 刚 桂英 建国 志强 晓东 "
    "思琪 雅婷 子涵 浩然 欣怡 俊杰 梓萱 文博 海燕 立新 玉兰 国庆 春梅 宇航"
).split()

CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_AREAS = ("110105", "310104", "440305", "510107", "330106", "420111", "320102")


def cn_resident_id(rng: random.Random) -> str:
    """An 18-character mainland resident ID with a valid check digit (GB 11643)."""
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randint(0, 12_000))
    first17 = f"{rng.choice(CN_ID_AREAS)}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    total = sum(int(d) * w for d, w in zip(first17, CN_ID_WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def us_ssn(rng: random.Random) -> str:
    """A well-formed SSN (area not 000, 666 or 9xx; group and serial not zero)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def cents(value: int, sep: str = ",") -> str:
    return f"{value // 100:,}".replace(",", sep) + f".{value % 100:02d}"


# --------------------------------------------------------------------------------------
# Debtors and templates
# --------------------------------------------------------------------------------------


@dataclass
class Debtor:
    debtor_id: str
    lang: str  # en | zh
    first: str
    last: str
    phone: str
    zone: str  # where the debtor really is
    tz_field: str  # what the log's recipient_tz says ("" = not filled)
    balance: int  # cents
    plan_months: int

    @property
    def full(self) -> str:
        return (
            f"{self.first} {self.last}" if self.lang == "en" else self.last + self.first
        )


class Numbers:
    """Hands out unused numbers: US 555-01xx per area code, random CN mobiles."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.us = {a: [f"+1{a}55501{x:02d}" for x in range(100)] for a in US_AREAS}
        for pool in self.us.values():
            rng.shuffle(pool)
        self.used: set[str] = set()

    def us_number(self, area: str) -> str:
        number = self.us[area].pop()
        self.used.add(number)
        return number

    def cn_number(self) -> str:
        while True:
            number = (
                f"+86{self.rng.choice(CN_PREFIXES)}{self.rng.randint(0, 10**8 - 1):08d}"
            )
            if number not in self.used:
                self.used.add(number)
                return number


def new_debtor(
    rng: random.Random,
    numbers: Numbers,
    index: int,
    lang: str,
    area: str | None = None,
    tz: str | None = None,
    zone: str | None = None,
) -> Debtor:
    """A debtor; ``tz`` None lets a coin decide whether recipient_tz is filled."""
    if lang == "en":
        area = area or rng.choice(list(US_AREAS))
        phone = numbers.us_number(area)
        home = zone or tz or US_AREAS[area][0]
        if area == "208" and not (zone or tz) and rng.random() < 0.5:
            home = "America/Los_Angeles"  # the Idaho panhandle
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    else:
        phone, home = numbers.cn_number(), zone or CN_ZONE
        first, last = rng.choice(ZH_GIVEN), rng.choice(ZH_SURNAMES)
    if tz is None:
        tz = home if rng.random() < 0.4 else ""
    return Debtor(
        debtor_id=f"AC-{100_000 + index * 7 + rng.randint(0, 6)}",
        lang=lang,
        first=first,
        last=last,
        phone=phone,
        zone=home,
        tz_field=tz,
        balance=rng.randint(150_00, 9_000_00),
        plan_months=rng.choice((3, 4, 6, 9, 12)),
    )


EN_TEMPLATES = {
    "en.pre_due": (
        "Acme Recovery: Hi {first}, a reminder that your payment of ${amount} is due "
        "on {due}. Pay at https://acme.example/p/{code} or call 1-800-555-0199. "
        "Reply STOP to opt out."
    ),
    "en.past_due": (
        "Acme Recovery: Hi {full}, your payment of ${amount} was due on {past}. "
        "Please call 1-800-555-0199 to pay or set up a plan. Reply STOP to opt out."
    ),
    "en.plan_offer": (
        "Acme Recovery: Hi {first}, we can split your balance of ${balance} into "
        "{months} monthly payments of ${installment}. Call 1-800-555-0199 or visit "
        "https://acme.example/plan. Reply STOP to opt out."
    ),
    "en.payment_received": (
        "Acme Recovery: Thank you {first}, we received your payment of ${amount} on "
        "{paid}. Ref {ref}. Reply STOP to opt out."
    ),
}
ZH_TEMPLATES = {
    "zh.pre_due": (
        "【某某金融】{full}您好，您的借款本期应还{amount}元，还款日为{due_zh}，"
        "请按时还款。详询400-820-8820。回T退订"
    ),
    "zh.overdue": (
        "【某某金融】尊敬的{full}，您的借款{amount}元已逾期{days}天，请尽快还款，"
        "协商还款请致电400-820-8820。回T退订"
    ),
    "zh.plan_offer": (
        "【某某金融】{full}您好，您可申请分{months}期还款，每期{installment}元，"
        "详询400-820-8820。回T退订"
    ),
    "zh.payment_received": (
        "【某某金融】{full}您好，您已成功还款{amount}元，感谢您的配合！回T退订"
    ),
}
TEMPLATES = {**EN_TEMPLATES, **ZH_TEMPLATES}
TEMPLATE_WEIGHTS = (35, 35, 15, 15)  # pre_due, past/overdue, plan_offer, received

#: the same template with its opt-out sentence lost (an edited copy pushed to the
#: gateway): the demo's missing-opt-out rows
NO_OPT_OUT = {
    "en.past_due.v2": EN_TEMPLATES["en.past_due"].removesuffix(
        " Reply STOP to opt out."
    ),
    "zh.overdue.v2": ZH_TEMPLATES["zh.overdue"].removesuffix("回T退订"),
}
#: ... and a Chinese copy without its 【signature】
NO_SENDER = {
    "zh.overdue.nosig": ZH_TEMPLATES["zh.overdue"].removeprefix("【某某金融】")
}
ALL_TEMPLATES = {**TEMPLATES, **NO_OPT_OUT, **NO_SENDER}

CONFIRM = {
    "en": (
        "Acme Recovery: your opt-out is confirmed. You have been unsubscribed and "
        "will receive no further texts. Reply START to resubscribe."
    ),
    "zh": "【某某金融】您已成功退订，我们将不再向您发送短信。",
}

CONFIRMS = frozenset(CONFIRM.values())

EN_REPLIES = (
    "I get paid Friday, will pay then",
    "ok",
    "Who is this?",
    "Already paid last week",
    "Can I pay half now and half next month?",
    "Thanks",
    "What is the total I owe?",
    "Please call me after 5",
)
ZH_REPLIES = (
    "好的",
    "我周五还款",
    "已还款",
    "请问可以分期吗",
    "知道了",
    "这是哪家公司？",
)


CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def us_date(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def render(template_id: str, debtor: Debtor, day: dt.date, rng: random.Random) -> str:
    """The body of ``template_id`` for ``debtor`` on ``day`` (draws only what the
    template uses: this runs millions of times in the benchmark)."""
    text = ALL_TEMPLATES[template_id]
    sep = "," if debtor.lang == "en" else ""
    installment = -(-debtor.balance // debtor.plan_months)
    values: dict[str, object] = {"first": debtor.first, "full": debtor.full}
    if "{amount}" in text:
        amount = installment
        if rng.random() >= 0.7:
            amount = rng.randint(25_00, debtor.balance)
        values["amount"] = cents(amount, sep)
    if "{balance}" in text:
        values["balance"] = cents(debtor.balance, sep)
    if "{installment}" in text:
        values["installment"] = cents(installment, sep)
        values["months"] = debtor.plan_months
    if "{due" in text:
        due = day + dt.timedelta(days=rng.randint(3, 10))
        values["due"] = us_date(due)
        values["due_zh"] = f"{due.month}月{due.day}日"
    if "{past}" in text or "{days}" in text:
        late = rng.randint(2, 25)
        values["past"] = us_date(day - dt.timedelta(days=late))
        values["days"] = late
    if "{paid}" in text:
        values["paid"] = us_date(day - dt.timedelta(days=rng.randint(0, 2)))
        values["ref"] = rng.randint(10_000_000, 99_999_999)
    if "{code}" in text:
        values["code"] = "".join(rng.choices(CODE_CHARS, k=5))
    return text.format_map(values)


TEMPLATE_IDS = {"en": list(EN_TEMPLATES), "zh": list(ZH_TEMPLATES)}
CUM_WEIGHTS = list(itertools.accumulate(TEMPLATE_WEIGHTS))


def pick_template(debtor: Debtor, rng: random.Random) -> str:
    return rng.choices(TEMPLATE_IDS[debtor.lang], cum_weights=CUM_WEIGHTS)[0]


#: agent-typed messages that break a content rule: rule id -> (lang, body template)
CONTENT_PLANTS: dict[str, tuple[tuple[str, str], ...]] = {
    "threatening-language": (
        (
            "en",
            "Acme Recovery: {first}, pay the ${balance} today or we will have you "
            "arrested. Reply STOP to opt out.",
        ),
        ("zh", "【某某金融】{full}，再不还钱明天就上门找你。回T退订"),
    ),
    "shaming-language": (
        (
            "en",
            "Acme Recovery: {first}, stop acting like a deadbeat and pay the "
            "${balance} you owe. Reply STOP to opt out.",
        ),
        ("zh", "【某某金融】{full}你这个老赖，欠钱不还。回T退订"),
    ),
    "false-authority": (
        (
            "en",
            "Acme Recovery: FINAL NOTICE FROM THE COURT regarding your account. "
            "Call 1-800-555-0199 today. Reply STOP to opt out.",
        ),
        (
            "zh",
            "【某某金融】XX人民法院通知：{full}，请于3日内联系我司处理欠款。回T退订",
        ),
    ),
    "obscene-language": (
        ("en", "Acme Recovery: pay your f*cking bill, {first}. Reply STOP to opt out."),
        ("zh", "【某某金融】{full}，你他妈的还不还钱？回T退订"),
    ),
    "pii-in-text": (
        (
            "en",
            "Acme Recovery: Hi {first}, we have your SSN {ssn} on file. Please call "
            "1-800-555-0199. Reply STOP to opt out.",
        ),
        (
            "zh",
            "【某某金融】{full}您好，您的身份证号{cn_id}已登记，请尽快还款。回T退订",
        ),
    ),
    "third-party-threat": (
        (
            "en",
            "Acme Recovery: {first}, if you don't pay today we will contact your "
            "employer. Reply STOP to opt out.",
        ),
    ),
}

#: messages to a debtor's family or employer: (relation, lang, body, mentions the debt)
THIRD_PARTY_BODIES = {
    "family-en": (
        "family",
        "en",
        "Acme Recovery: Hi, please tell {first} to pay the overdue balance of "
        "${balance} this week. Reply STOP to opt out.",
        True,
    ),
    "employer-en": (
        "employer",
        "en",
        "Acme Recovery: To the payroll office: your employee {full} owes ${balance} "
        "on a past-due account. Please have them call 1-800-555-0199. "
        "Reply STOP to opt out.",
        True,
    ),
    "family-zh": (
        "family",
        "zh",
        "【某某金融】您好，请转告{full}尽快归还欠款{balance}元。回T退订",
        True,
    ),
    "family-en-clean": (
        "family",
        "en",
        "Acme Recovery: we are trying to reach {full}. Please ask {first} to call us "
        "at 1-800-555-0199. Reply STOP to opt out.",
        False,
    ),
}


def fill(text: str, debtor: Debtor, rng: random.Random) -> str:
    sep = "," if debtor.lang == "en" else ""
    return text.format(
        first=debtor.first,
        full=debtor.full,
        balance=cents(debtor.balance, sep),
        ssn=us_ssn(rng),
        cn_id=cn_resident_id(rng),
    )


# --------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------


@dataclass
class Event:
    sent_at: dt.datetime
    recipient: str
    debtor: Debtor
    direction: str = "outbound"
    relation: str = "self"
    template_id: str = ""
    body: str = ""
    tz_field: str | None = None  # None: the debtor's
    expect: list[str] = field(default_factory=list)  # content/third-party rule ids
    note: str = ""
    trap: str = ""  # why this suspicious-looking row is not a violation
    message_id: str = ""
    raw_sent_at: str | None = None  # written instead of sent_at (bad rows)
    raw_recipient: str | None = None
    problem: str = ""  # the input problem this row is

    def row(self) -> list[str]:
        tz = self.debtor.tz_field if self.tz_field is None else self.tz_field
        return [
            self.message_id,
            self.raw_sent_at
            or self.sent_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            self.raw_recipient or self.recipient,
            self.debtor.debtor_id,
            self.relation,
            tz,
            self.direction,
            self.template_id,
            self.body,
        ]


def at(zone: str, day: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """The instant a clock in ``zone`` shows ``day hh:mm:ss``."""
    return dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=ZoneInfo(zone))


def d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def business_hours(zone: str, day: dt.date, rng: random.Random) -> dt.datetime:
    """A compliant time: 10:00-18:59 local."""
    return at(zone, day, rng.randint(10, 18), rng.randint(0, 59), rng.randint(0, 59))


def regular_days(
    rng: random.Random,
    debtor: Debtor,
    keep_clear: list[dt.date],
    clearance: int = 4,
    until: dt.date = LOG_END,
) -> list[dt.date]:
    """Send days up to ``until``: Monday-Saturday, 4-7 days apart, and
    ``clearance`` days or more from each of ``keep_clear``."""
    days: list[dt.date] = []
    day = LOG_START + dt.timedelta(days=rng.randint(0, 5))
    while day <= until:
        closed = day.weekday() == 6 or (debtor.lang == "en" and day == THANKSGIVING)
        if closed or any(abs((day - other).days) < clearance for other in keep_clear):
            day += dt.timedelta(days=1)
            continue
        days.append(day)
        day += dt.timedelta(days=rng.randint(4, 7))
    return days


class Log:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.numbers = Numbers(rng)
        self.events: list[Event] = []
        self.debtors = 0

    def debtor(self, lang: str, **kwargs: str | None) -> Debtor:
        self.debtors += 1
        return new_debtor(self.rng, self.numbers, self.debtors, lang, **kwargs)

    def send(self, debtor: Debtor, when: dt.datetime, **kwargs: object) -> Event:
        """An outbound message to ``debtor`` (a regular template unless ``body``)."""
        event = Event(when, debtor.phone, debtor, **kwargs)  # type: ignore[arg-type]
        if not event.body and event.direction == "outbound":
            event.template_id = event.template_id or pick_template(debtor, self.rng)
            event.body = render(event.template_id, debtor, when.date(), self.rng)
        self.events.append(event)
        return event

    def mark_next(self, debtor: Debtor, after: dt.date, trap: str) -> None:
        """Mark the debtor's first send on or after ``after`` as a trap."""
        sends = [
            e
            for e in self.events
            if e.debtor is debtor
            and e.direction == "outbound"
            and e.sent_at.date() >= after
        ]
        min(sends, key=lambda e: e.sent_at).trap = trap

    def reply(
        self, debtor: Debtor, when: dt.datetime, body: str, note: str = ""
    ) -> Event:
        return self.send(debtor, when, direction="inbound", body=body, note=note)

    def regular(
        self,
        debtor: Debtor,
        keep_clear: list[dt.date] | None = None,
        replies: bool = True,
        clearance: int = 4,
        until: dt.date = LOG_END,
    ) -> None:
        """The debtor's ordinary reminders, and now and then a harmless reply."""
        days = regular_days(self.rng, debtor, keep_clear or [], clearance, until)
        for day in days:
            event = self.send(debtor, business_hours(debtor.zone, day, self.rng))
            if replies and self.rng.random() < 0.05:
                later = event.sent_at + dt.timedelta(minutes=self.rng.randint(2, 300))
                pool = EN_REPLIES if debtor.lang == "en" else ZH_REPLIES
                self.reply(debtor, later, self.rng.choice(pool))


# --------------------------------------------------------------------------------------
# The planted stories
# --------------------------------------------------------------------------------------


def stories(log: Log) -> None:
    rng = log.rng

    def quiet(when: tuple[int, int, int, int], how: str, note: str, trap: bool) -> None:
        """A debtor with one send at local ``(month, day, hour, minute)`` in the zone
        the send is judged in; ``how`` is ``lang area recipient_tz [home zone]``."""
        lang, area, tz, *home = how.split()
        area_kw = {"area": area} if area != "-" else {}
        tz_value = "" if tz == "-" else tz
        zone_kw = {"zone": home[0]} if home else {}
        debtor = log.debtor(lang, tz=tz_value, **area_kw, **zone_kw)
        month, day, hh, mm = when
        sent = at(
            debtor.tz_field or debtor.zone, d(month, day), hh, mm, rng.randint(0, 59)
        )
        log.send(debtor, sent, note=note, trap=note if trap else "")
        log.regular(debtor, keep_clear=[d(month, day)], replies=False)

    # -- quiet hours: 9 sends outside 08:00-21:00 local, then 5 that only look it --
    # ((month, day, hour, minute), "lang area recipient_tz [home zone]", note, trap)
    for when, how, note, trap in (
        (
            (11, 4, 22, 15),
            "en 212 America/New_York",
            "22:15 New York (recipient_tz)",
            False,
        ),
        ((11, 12, 6, 40), "en 312 -", "06:40 Chicago", False),
        (
            (10, 29, 22, 5),
            "en 415 -",
            "22:05 Los Angeles, before the DST change",
            False,
        ),
        (
            (11, 2, 7, 30),
            "en 212 -",
            "07:30 EST, the day after DST ended (08:30 EDT)",
            False,
        ),
        ((11, 6, 22, 40), "zh - -", "22:40 Shanghai", False),
        ((11, 19, 6, 50), "zh - Asia/Shanghai", "06:50 Shanghai", False),
        ((11, 24, 21, 35), "zh - -", "21:35 Shanghai", False),
        # Idaho: 21:30 in Boise is 20:30 in Los Angeles; fine in one candidate zone only
        (
            (11, 10, 21, 30),
            "en 208 - America/Boise",
            "21:30 Boise / 20:30 Los Angeles",
            False,
        ),
        # a San Francisco number whose owner lives in New York (recipient_tz says so)
        (
            (11, 17, 21, 30),
            "en 415 America/New_York",
            "21:30 New York (18:30 at the area code)",
            False,
        ),
        (
            (10, 29, 8, 30),
            "en 212 -",
            "08:30 in New York before DST ended (07:30 in EST)",
            True,
        ),
        (
            (11, 18, 18, 30),
            "en 212 America/Los_Angeles",
            "18:30 in Los Angeles per recipient_tz (21:30 at the New York area code)",
            True,
        ),
        (
            (10, 29, 20, 30),
            "en 602 -",
            "20:30 in Phoenix, which keeps MST (21:30 in Denver)",
            True,
        ),
        (
            (11, 13, 9, 0),
            "en 208 - America/Boise",
            "09:00 in Boise, 08:00 in Los Angeles: inside both zones of area code 208",
            True,
        ),
        ((11, 20, 20, 45), "zh - -", "20:45 in Shanghai", True),
    ):
        quiet(when, how, note, trap)

    # -- weekly cap (acme-weekly-cap, 3 per rolling 7 days per debtor) --
    def burst(lang: str, days: list[dt.date], note: str, trap: str = "") -> None:
        debtor = log.debtor(lang)
        for i, day in enumerate(days, start=1):
            last = trap if i == len(days) else ""
            when = business_hours(debtor.zone, day, rng)
            log.send(debtor, when, note=f"{note} #{i}", trap=last)
        # 8 days clear: no rolling 7-day window can reach a burst from outside
        log.regular(debtor, keep_clear=days, replies=False, clearance=8)

    burst("en", [d(11, 9), d(11, 10), d(11, 12), d(11, 14)], "4 in 6 days")
    burst("en", [d(11, 16), d(11, 17), d(11, 18), d(11, 20), d(11, 21)], "5 in 6 days")
    burst("zh", [d(11, 3), d(11, 4), d(11, 5), d(11, 6)], "4 in 4 days")
    burst(
        "en",
        [d(11, 2), d(11, 4), d(11, 6)],
        "3 in 5 days",
        "3rd text in 5 days: at the cap, not over it",
    )

    # -- third parties -----------------------------------------------------------------
    def third_party(key: str, day: dt.date, note: str) -> None:
        relation, lang, text, mentions_debt = THIRD_PARTY_BODIES[key]
        debtor = log.debtor(lang)
        other = (
            log.numbers.us_number(debtor.phone[2:5])
            if lang == "en"
            else log.numbers.cn_number()
        )
        expect = (
            ["third-party-recipient", "third-party-threat"] if mentions_debt else []
        )
        trap = (
            ""
            if mentions_debt
            else f"to a {relation} member, but does not mention the debt"
        )
        when = business_hours(debtor.zone, day, rng)
        log.events.append(
            Event(
                when,
                other,
                debtor,
                relation=relation,
                template_id="",
                body=fill(text, debtor, rng),
                tz_field="",
                expect=expect,
                note=note,
                trap=trap,
            )
        )
        log.regular(debtor, keep_clear=[day])

    third_party("family-en", d(11, 5), "debt told to the debtor's family")
    third_party("employer-en", d(11, 16), "debt told to the debtor's employer")
    third_party("family-zh", d(11, 23), "debt told to the debtor's family")
    third_party("family-en-clean", d(11, 11), "family asked for a call back, no debt")

    # -- opt-outs ----------------------------------------------------------------------
    # STOP, a confirmation a minute later (allowed), then two more reminders
    debtor = log.debtor("en", area="404", tz="America/New_York")
    first = log.send(debtor, at(debtor.zone, d(11, 9), 11, 4, 12))
    log.reply(debtor, first.sent_at + dt.timedelta(minutes=28), "STOP", "opt-out")
    log.send(
        debtor,
        first.sent_at + dt.timedelta(minutes=29),
        template_id="optout.confirm",
        body=CONFIRM["en"],
        note="confirmation",
        trap="the one confirmation allowed within 24 h of STOP",
    )
    for day in (d(11, 13), d(11, 19)):
        log.send(debtor, business_hours(debtor.zone, day, rng), note="after STOP")
    log.send(debtor, business_hours(debtor.zone, d(10, 29), rng))
    log.send(debtor, business_hours(debtor.zone, d(11, 3), rng))

    # 退订, no confirmation, one more reminder
    debtor = log.debtor("zh")
    first = log.send(debtor, at(debtor.zone, d(11, 12), 15, 20, 5))
    log.reply(debtor, at(debtor.zone, d(11, 12), 20, 10, 44), "退订", "opt-out")
    log.send(debtor, business_hours(debtor.zone, d(11, 17), rng), note="after 退订")
    log.regular(debtor, keep_clear=[d(11, 12)], replies=False, until=d(11, 11))

    # "Stop" at night (inbound: not a quiet-hours matter), a reminder 2.7 days later
    debtor = log.debtor("en", area="713", tz="")
    log.send(debtor, business_hours(debtor.zone, d(11, 16), rng))
    late = log.reply(debtor, at(debtor.zone, d(11, 20), 23, 10, 3), "Stop", "opt-out")
    late.trap = "an inbound Stop at 23:10: quiet hours apply to what Acme sends"
    log.send(
        debtor, at(debtor.zone, d(11, 23), 10, 30, 0), note="after Stop, past the grace"
    )
    log.regular(debtor, keep_clear=[d(11, 16)], replies=False, until=d(11, 15))

    # STOP, confirmation, START three days later, reminders after it: clean
    debtor = log.debtor("en", area="206")
    first = log.send(debtor, business_hours(debtor.zone, d(11, 3), rng))
    stop = first.sent_at + dt.timedelta(hours=2, minutes=7)
    log.reply(debtor, stop, "STOP", "opt-out")
    log.send(
        debtor,
        stop + dt.timedelta(seconds=40),
        template_id="optout.confirm",
        body=CONFIRM["en"],
        note="confirmation",
        trap="the one confirmation allowed within 24 h of STOP",
    )
    log.reply(debtor, at(debtor.zone, d(11, 6), 19, 2, 51), "START", "opt-in")
    log.regular(debtor, keep_clear=[d(11, 3)], replies=False)
    log.mark_next(debtor, d(11, 7), "the first reminder after START")

    # a reply that contains "stop" but is not an opt-out: clean
    debtor = log.debtor("en", area="615")
    first = log.send(debtor, business_hours(debtor.zone, d(11, 10), rng))
    log.reply(
        debtor,
        first.sent_at + dt.timedelta(minutes=45),
        "Please don't stop my payment plan, I will pay on Friday",
        "not an opt-out",
    )
    log.regular(debtor, keep_clear=[d(11, 10)], replies=False)
    log.mark_next(
        debtor,
        d(11, 11),
        'the next reminder after "Please don\'t stop my payment plan"',
    )

    # -- content: agent-typed messages --
    for rule, variants in CONTENT_PLANTS.items():
        for lang, text in variants:
            debtor = log.debtor(lang)
            day = [d(11, 2), d(11, 9), d(11, 16), d(11, 24)][rng.randint(0, 3)]
            log.send(
                debtor,
                business_hours(debtor.zone, day, rng),
                template_id="",
                body=fill(text, debtor, rng),
                expect=[rule],
                note="typed by an agent",
            )
            log.regular(debtor, keep_clear=[day])

    # -- content: edited template copies --
    for template_id, lang, day, rule in (
        ("en.past_due.v2", "en", d(11, 18), "opt-out-instruction"),
        ("en.past_due.v2", "en", d(11, 18), "opt-out-instruction"),
        ("zh.overdue.v2", "zh", d(11, 19), "opt-out-instruction"),
        ("zh.overdue.nosig", "zh", d(11, 25), "sender-identification"),
    ):
        debtor = log.debtor(lang)
        log.send(
            debtor,
            business_hours(debtor.zone, day, rng),
            template_id=template_id,
            expect=[rule],
            note="edited template",
        )
        log.regular(debtor, keep_clear=[day])


def bad_rows(log: Log) -> list[Event]:
    """Rows the audit cannot use; each stays out of every other check."""
    rng = log.rng
    rows = []
    for problem, kwargs in (
        (
            "unparseable timestamp (there is no 31 November)",
            {"raw_sent_at": "2026-11-31T14:05:00Z"},
        ),
        ("invalid phone number (one digit short)", {"raw_recipient": "+1212555014"}),
        ("empty body", {"body": ""}),
    ):
        debtor = log.debtor("en")
        when = business_hours(debtor.zone, d(11, 20 - len(rows) * 7), rng)
        event = Event(
            when, debtor.phone, debtor, template_id="en.past_due", problem=problem
        )
        event.body = render("en.past_due", debtor, when.date(), rng)
        for key, value in kwargs.items():
            setattr(event, key, value)
        rows.append(event)
        log.regular(debtor, keep_clear=[when.date()], replies=False)
    return rows


# --------------------------------------------------------------------------------------
# Building the file, and the reference checks
# --------------------------------------------------------------------------------------


@dataclass
class Demo:
    rows: list[Event]  # file order; row n is rows[n - 1]
    truth: dict[str, list[int]]  # rule id -> rows
    problems: list[tuple[int, str]]

    @property
    def traps(self) -> list[tuple[int, str]]:
        return [(n, e.trap) for n, e in enumerate(self.rows, start=1) if e.trap]

    def csv_text(self) -> str:
        return to_csv(e.row() for e in self.rows)


def to_csv(rows: object) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)  # type: ignore[arg-type]
    return out.getvalue()


def build(seed: int = SEED) -> Demo:
    rng = random.Random(seed)
    log = Log(rng)
    stories(log)
    for i in range(440):
        log.regular(log.debtor("en" if i % 3 else "zh"))
    bad = bad_rows(log)
    for event in log.events:
        prefix = "MO" if event.direction == "inbound" else "SM"
        event.message_id = f"{prefix}{rng.getrandbits(40):010x}"
    for event in bad:
        event.message_id = f"SM{rng.getrandbits(40):010x}"

    # export order: by time, then disorder the way gateway exports do
    rows = sorted(log.events, key=lambda e: e.sent_at)
    rows = disorder(rows, rng)
    for event in bad:  # where the gateway wrote them: among the rows of their time
        rows.insert(
            next(i for i, e in enumerate(rows) if e.sent_at > event.sent_at), event
        )
    demo = Demo(rows, {}, sorted((rows.index(e) + 1, e.problem) for e in bad))
    demo.truth = reference_truth(demo.rows)
    check_plan(demo)
    return demo


def disorder(rows: list[Event], rng: random.Random) -> list[Event]:
    """Gateways export in batches: a late batch of replies, a block written early,
    and neighbours swapped here and there."""
    # the replies received on 2026-11-09 (UTC) arrive at the end of the export
    late = [e for e in rows if e.direction == "inbound" and utc_day(e) == d(11, 9)]
    rows = [e for e in rows if not any(e is x for x in late)] + late
    # the first hours of 2026-11-20 (UTC) are written before 2026-11-19
    start, end = (dt.datetime(2026, 11, 20, h, tzinfo=UTC) for h in (0, 6))
    block = [e for e in rows if start <= e.sent_at < end]
    rows = [e for e in rows if not any(e is x for x in block)]
    at_19 = next(i for i, e in enumerate(rows) if utc_day(e) == d(11, 19))
    rows[at_19:at_19] = block
    # and some neighbours swapped
    for i in range(len(rows) - 1):
        if rng.random() < 0.03:
            rows[i], rows[i + 1] = rows[i + 1], rows[i]
    return rows


def utc_day(event: Event) -> dt.date:
    return event.sent_at.astimezone(UTC).date()


OPT_OUT_WORDS = {"STOP", "退订"}
OPT_IN_WORDS = {"START"}


def reference_truth(rows: list[Event]) -> dict[str, list[int]]:
    """What an audit with the demo pack must find, from the rows alone."""
    truth: dict[str, list[int]] = defaultdict(list)
    good = [(n, e) for n, e in enumerate(rows, start=1) if not e.problem]
    for n, e in good:
        for rule in e.expect:
            truth[rule].append(n)
    outbound = [(n, e) for n, e in good if e.direction == "outbound"]

    # quiet hours: outside 08:00-21:00 in recipient_tz, else in any candidate zone
    for n, e in outbound:
        tz = e.debtor.tz_field if e.tz_field is None else e.tz_field
        zones = [tz] if tz else candidate_zones(e.recipient)
        clocks = [e.sent_at.astimezone(ZoneInfo(z)).time() for z in zones]
        if any(not QUIET_FROM <= c < QUIET_TO for c in clocks):
            truth["quiet-hours"].append(n)

    # weekly cap: the 4th and later sends per debtor in (t - 7 days, t]; the plan keeps
    # clear of the window's edges, so 6 or 8 days would give the same answer
    by_debtor: dict[str, list[tuple[dt.datetime, int]]] = defaultdict(list)
    for n, e in outbound:
        by_debtor[e.debtor.debtor_id].append((e.sent_at.astimezone(UTC), n))
    for sends in by_debtor.values():
        sends.sort()
        for t, n in sends:
            verdicts = {
                sum(t - days < s <= t for s, _ in sends) > WEEKLY_CAP
                for days in (dt.timedelta(days=6), CAP_WINDOW, dt.timedelta(days=8))
            }
            if len(verdicts) != 1:
                raise AssertionError(f"row {n}: the weekly cap depends on the window")
            if verdicts.pop():
                truth["acme-weekly-cap"].append(n)

    # ignored opt-outs, per number in time order: one confirmation within 24 h
    by_number: dict[str, list[tuple[dt.datetime, int, Event]]] = defaultdict(list)
    for n, e in good:
        by_number[e.recipient].append((e.sent_at.astimezone(UTC), n, e))
    for events in by_number.values():
        stopped_at: dt.datetime | None = None
        confirmed = False
        for t, n, e in sorted(events, key=lambda x: x[0]):
            word = e.body.strip().upper()
            if e.direction == "inbound":
                if word in OPT_OUT_WORDS:
                    stopped_at, confirmed = t, False
                elif word in OPT_IN_WORDS:
                    stopped_at = None
            elif stopped_at is not None:
                # the one message allowed must confirm the opt-out
                if not confirmed and t - stopped_at <= GRACE and e.body in CONFIRMS:
                    confirmed = True
                else:
                    truth["opt-out-ignored"].append(n)
    return {rule: sorted(found) for rule, found in sorted(truth.items())}


def check_plan(demo: Demo) -> None:
    """The reference checks find exactly what the stories planted, nothing else."""
    planted = {
        "quiet-hours": 9,
        "acme-weekly-cap": 4,  # 1 + 2 + 1
        "opt-out-ignored": 4,  # 2 + 1 + 1
        "third-party-recipient": 3,
        "third-party-threat": 4,  # 3 to third parties + 1 to the debtor
        "opt-out-instruction": 3,
    }
    for rule, count in planted.items():
        found = len(demo.truth.get(rule, ()))
        if found != count:
            raise AssertionError(f"{rule}: planted {count}, the rows give {found}")
    singles = ("threatening-language", "shaming-language", "false-authority",
               "obscene-language", "pii-in-text")  # fmt: skip
    for rule in singles:
        assert len(demo.truth[rule]) == 2, rule
    assert len(demo.truth["sender-identification"]) == 1
    assert len(demo.rows) == len({e.message_id for e in demo.rows}), "message ids"
    flagged = {n for rows in demo.truth.values() for n in rows}
    for n, why in demo.traps:
        assert n not in flagged, f"row {n} ({why}) is flagged"
    assert len(demo.traps) == 12, demo.traps


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

RULE_NOTES = {
    "quiet-hours": (
        "outbound at 21:30-23:00 or 06:00-07:30 local: New York (one on the Monday"
        " after DST ended), Chicago, Los Angeles, Shanghai (3), an Idaho number with"
        " no recipient_tz (late in Boise, fine in Los Angeles), a San Francisco"
        " number whose recipient_tz is New York"
    ),
    "acme-weekly-cap": (
        "three debtors texted 4, 5 and 4 times within 7 days: the 4th and later sends"
    ),
    "opt-out-ignored": (
        "reminders after STOP (2), after 退订 (1), after a late-night Stop (1, 2.7"
        " days later)"
    ),
    "third-party-recipient": (
        "the debt told to a family member (English, Chinese) and an employer"
    ),
    "third-party-threat": (
        'the same three bodies, plus "we will contact your employer" to a debtor'
    ),
    "threatening-language": '"we will have you arrested", 再不还钱明天就上门找你',
    "shaming-language": '"deadbeat", 你这个老赖',
    "false-authority": '"FINAL NOTICE FROM THE COURT", XX人民法院通知',
    "obscene-language": '"f*cking", 他妈的',
    "pii-in-text": (
        "a full SSN, an 18-digit resident ID number with a valid check digit"
    ),
    "opt-out-instruction": (
        'template copies that lost "Reply STOP to opt out" (2) and 回T退订 (1)'
    ),
    "sender-identification": "a template copy without its 【某某金融】 signature",
}
CATEGORIES = {
    "quiet-hours": "quiet_hours",
    "acme-weekly-cap": "frequency",
    "opt-out-ignored": "opt_out_ignored",
    "third-party-recipient": "third_party",
    "third-party-threat": "third_party",
    "threatening-language": "threat",
    "shaming-language": "shaming",
    "false-authority": "impersonation",
    "obscene-language": "obscene",
    "pii-in-text": "pii",
    "opt-out-instruction": "opt_out",
    "sender-identification": "identification",
}


def tables(demo: Demo) -> list[str]:
    """The README's blocks: findings table, totals line, input problems, traps."""
    findings = [
        "| rule | category | count | rows | what was planted |",
        "|---|---|---|---|---|",
    ]
    by_category: Counter[str] = Counter()
    for rule in RULE_NOTES:
        rows = demo.truth.get(rule, [])
        by_category[CATEGORIES[rule]] += len(rows)
        cells = ", ".join(str(n) for n in rows)
        category = CATEGORIES[rule]
        findings.append(
            f"| `{rule}` | `{category}` | {len(rows)} | {cells} | {RULE_NOTES[rule]} |"
        )
    cats = ", ".join(f"`{c}` {n}" for c, n in by_category.most_common())
    problems = len(demo.problems)
    total = (
        f"Total: {sum(by_category.values())} violations and {problems} input problems,"
        f" from {len(demo.rows)} rows. By category: {cats}; `input` {problems}."
    )
    bad = ["| row | input problem |", "|---|---|"]
    bad += [f"| {n} | {why} |" for n, why in demo.problems]
    traps = ["| row | looks wrong, is not |", "|---|---|"]
    traps += [f"| {n} | {why} |" for n, why in demo.traps]
    return ["\n".join(findings), total, "\n".join(bad), "\n".join(traps)]


def planted_rows(demo: Demo) -> str:
    """One line per row that a rule must report, or that looks wrong and is not."""
    rules: dict[int, list[str]] = defaultdict(list)
    for rule, rows in demo.truth.items():
        for n in rows:
            rules[n].append(rule)
    lines = []
    for n, e in enumerate(demo.rows, start=1):
        if n in rules or e.trap or e.problem:
            what = ", ".join(rules[n]) or ("input" if e.problem else "clean")
            why = e.problem or e.trap or e.note
            lines.append(f"{n:5}  {e.row()[1]}  {e.debtor.debtor_id}  {what}: {why}")
    return "\n".join(lines)


def update_readme(demo: Demo) -> bool:
    """Put the current blocks into README.md's audit section; True if it changed."""
    text = README.read_text(encoding="utf-8")
    head, marker, section = text.partition("## Send-log audit demo")
    if not marker:
        raise SystemExit(f"{README.name} has no '## Send-log audit demo' section")
    for block in tables(demo):
        first = block.split("\n", 1)[0] if block.startswith("|") else "Total: "
        at_ = section.index(first)
        end = section.find("\n\n", at_)
        section = section[:at_] + block + section[end if end != -1 else len(section) :]
    new = head + marker + section
    if new != text:
        README.write_text(new, encoding="utf-8")
    return new != text


def summary(demo: Demo) -> str:
    rows = demo.rows
    outbound = sum(e.direction == "outbound" for e in rows)
    langs = Counter(e.debtor.lang for e in rows)
    debtors = len({e.debtor.debtor_id for e in rows})
    with_tz = sum(bool(e.row()[5]) for e in rows)
    return (
        f"{len(rows)} rows ({outbound} outbound, {len(rows) - outbound} inbound),"
        f" {debtors} debtors, en {langs['en']} / zh {langs['zh']},"
        f" {with_tz} with recipient_tz"
    )


# --------------------------------------------------------------------------------------
# At scale (benchmarks/audit_throughput.py)
# --------------------------------------------------------------------------------------

SCALE_START = dt.date(2026, 9, 1)
SENDS_PER_DEBTOR = 15  # about one per 6 days over 13 weeks


def _exchange(n: int) -> int:
    """A US exchange code (200-999, not N11) for any ``n``."""
    exchange = 200 + n % 800
    return exchange + 1 if exchange % 100 == 11 else exchange


def _scaled_debtor(i: int, seed: int) -> Debtor:
    rng = random.Random(seed * 1_000_003 + i)
    lang = "zh" if i % 3 == 0 else "en"
    if lang == "en":
        area = list(US_AREAS)[i % len(US_AREAS)]
        phone = f"+1{area}{_exchange(i // 10_000)}{i % 10_000:04d}"
        zone = US_AREAS[area][0]
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    else:
        phone = f"+86{CN_PREFIXES[i % len(CN_PREFIXES)]}{(i * 7919) % 10**8:08d}"
        zone, first, last = CN_ZONE, rng.choice(ZH_GIVEN), rng.choice(ZH_SURNAMES)
    return Debtor(
        debtor_id=f"AC-{1_000_000 + i}",
        lang=lang,
        first=first,
        last=last,
        phone=phone,
        zone=zone,
        tz_field=zone if rng.random() < 0.4 else "",
        balance=rng.randint(150_00, 9_000_00),
        plan_months=rng.choice((3, 4, 6, 9, 12)),
    )


def scaled_rows(
    n_rows: int, seed: int = SEED, violation_share: float = 0.01
) -> Iterator[list[str]]:
    """``n_rows`` CSV rows (COLUMNS) of a log like the demo's, day by day.

    Debtors (one per ~15 rows) get reminders 4-7 days apart from 2026-09-01 on;
    about 3 % of sends get a reply. About ``violation_share`` of the rows break a
    rule: sends at night, agent-typed content, template copies without opt-out,
    bursts over the weekly cap, reminders after STOP, the debt told to family.
    Rows are in time order within each day, with neighbours swapped here and there.
    """
    rng = random.Random(seed)
    debtors = max(1, n_rows // SENDS_PER_DEBTOR)
    cache: dict[int, Debtor] = {}
    buckets: dict[int, list[int]] = defaultdict(list)
    for i in range(debtors):
        buckets[i % 6].append(i)
    opted_out: set[int] = set()
    share = violation_share
    written = 0
    day_index = 0
    while written < n_rows:
        day = SCALE_START + dt.timedelta(days=day_index)
        todays = buckets.pop(day_index, [])
        out: list[tuple[dt.datetime, list[str]]] = []
        for i in todays:
            debtor = cache.get(i) or cache.setdefault(i, _scaled_debtor(i, seed))
            if len(cache) > 200_000:
                cache.clear()
            buckets[day_index + rng.randint(4, 7)].append(i)
            if day.weekday() == 6:
                continue
            out.extend(_scaled_sends(debtor, i, day, rng, share, opted_out))
        out.sort(key=lambda x: x[0])
        for j in range(len(out) - 1):
            if rng.random() < 0.02:
                out[j], out[j + 1] = out[j + 1], out[j]
        for _, row in out:
            if written >= n_rows:
                return
            yield row
            written += 1
        day_index += 1


def _scaled_sends(
    debtor: Debtor,
    i: int,
    day: dt.date,
    rng: random.Random,
    share: float,
    opted_out: set[int],
) -> Iterator[tuple[dt.datetime, list[str]]]:
    def row(
        when: dt.datetime, body: str, template: str = "", **kw: str
    ) -> tuple[dt.datetime, list[str]]:
        stamp = when.astimezone(UTC)
        prefix = "MO" if kw.get("direction") == "inbound" else "SM"
        return stamp, [
            f"{prefix}{rng.getrandbits(48):012x}",
            stamp.isoformat()[:19] + "Z",
            kw.get("recipient", debtor.phone),
            debtor.debtor_id,
            kw.get("relation", "self"),
            debtor.tz_field if kw.get("relation", "self") == "self" else "",
            kw.get("direction", "outbound"),
            template,
            body,
        ]

    when = business_hours(debtor.zone, day, rng)
    template = pick_template(debtor, rng)
    roll = rng.random() / share if share else 2.0
    if roll < 0.25:  # at night
        hh, mm = rng.choice(((21, 30), (22, 15), (22, 50), (6, 10), (6, 45), (7, 20)))
        when = at(debtor.zone, day, hh, mm, rng.randint(0, 59))
    elif roll < 0.45:  # agent-typed content
        variants = [
            v for vs in CONTENT_PLANTS.values() for v in vs if v[0] == debtor.lang
        ]
        yield row(when, fill(rng.choice(variants)[1], debtor, rng))
        return
    elif roll < 0.6:  # copy without opt-out
        template = "en.past_due.v2" if debtor.lang == "en" else "zh.overdue.v2"
    elif roll < 0.7:  # a burst over the weekly cap
        for extra in range(1, 4):
            later = business_hours(debtor.zone, day + dt.timedelta(days=extra), rng)
            yield row(later, render(template, debtor, day, rng), template)
    elif roll < 0.8 and i not in opted_out:  # STOP, then the reminders go on
        opted_out.add(i)
        yield row(
            when + dt.timedelta(minutes=rng.randint(5, 90)),
            "STOP" if debtor.lang == "en" else "退订",
            direction="inbound",
        )
    elif roll < 0.9:  # the debt told to family
        key = "family-en" if debtor.lang == "en" else "family-zh"
        if debtor.lang == "en":
            exchange = _exchange(rng.getrandbits(16))
            other = f"+1{debtor.phone[2:5]}{exchange}{rng.randint(0, 9999):04d}"
        else:
            other = f"+86138{rng.randint(0, 10**8 - 1):08d}"
        yield row(
            when,
            fill(THIRD_PARTY_BODIES[key][2], debtor, rng),
            relation="family",
            recipient=other,
        )
        return
    yield row(when, render(template, debtor, day, rng), template)
    if rng.random() < 0.03:
        pool = EN_REPLIES if debtor.lang == "en" else ZH_REPLIES
        yield row(
            when + dt.timedelta(minutes=rng.randint(2, 300)),
            rng.choice(pool),
            direction="inbound",
        )


def write_scaled(path: Path, n_rows: int, seed: int = SEED) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(scaled_rows(n_rows, seed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if sendlog.csv or README is stale"
    )
    parser.add_argument("--table", action="store_true", help="only print the tables")
    parser.add_argument(
        "--rows", action="store_true", help="list every planted or trap row"
    )
    args = parser.parse_args()
    demo = build()
    text = demo.csv_text()
    if args.table:
        print("\n\n".join(tables(demo)))
        return 0
    if args.rows:
        print(planted_rows(demo))
        return 0
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        readme = README.read_text(encoding="utf-8")
        stale = [OUT.name] if current != text else []
        stale += [README.name] if any(b not in readme for b in tables(demo)) else []
        if stale:
            print(
                f"stale: {', '.join(stale)}; run python corpora/demo/make_sendlog.py",
                file=sys.stderr,
            )
            return 1
        print(f"{OUT.name} and the tables in {README.name} are current")
        return 0
    OUT.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}: {summary(demo)}")
    if update_readme(demo):
        print(f"updated the tables in {README.relative_to(HERE.parent.parent)}")
    print()
    print("\n\n".join(tables(demo)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
