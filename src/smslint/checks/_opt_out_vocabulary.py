"""The shipped reply vocabulary of ``opt_out_ignored``: what STOP and START look like.

Sources: the FCC's per-se revocation words (47 CFR 64.1200(a)(10), FCC 24-24: stop,
quit, end, revoke, opt out, cancel, unsubscribe), the CTIA/carrier keywords (STOPALL,
REMOVE; START and UNSTOP to opt back in) and Chinese carrier conventions (回T退订, 回N,
回TD, 拒收请回复R). Phrase patterns use the syntax of
:mod:`smslint.detectors.opt_out_replies`; every decision below is a NOTE.

Decisions:

* **YES is not an opt-in.** Carriers accept it, but a debtor answering "Yes" to
  "Can you pay today?" would end an opt-out and hide every later violation.
* **T, N, TD, R** (Chinese conventions) count only as the whole reply: as a clause
  they are initials ("St. N. Main").
* **Calls are not texts.** "don't call me, text me" is no SMS opt-out, so "call" is not
  a ``contact`` word; "stop calling and texting me" still is one (``also``).
* **Restrictions are not revocations**: "don't text me at work", "stop texting me
  before 9", "stop texting my wife" (``limit``); "text me back" asks for a reply.
* **Other objects**: "don't stop my payment plan", "stop the late fee", "stop by the
  office", "remove me from the payment plan", "不要停止我的还款计划", "不要发票" are not
  opt-outs; neither is **"退订会员"** (unsubscribe *a membership*): it names another
  service, so a reader cannot honestly take it as "stop these texts". A pack that
  disagrees adds it to ``keywords``.
* **"wrong number"** is left to third-party rules: it says the number is not the
  debtor's, not that its owner revokes consent.
"""

from __future__ import annotations

from typing import Any


def _items(text: str) -> list[str]:
    """Comma-separated entries (entries may contain spaces)."""
    return [item.strip() for item in text.split(",") if item.strip()]


_WORDS_EN = {
    # right before a phrase, voids it ("don't stop texting me")
    "negation": _items("don't, dont, do not, never, not, won't, wont, will not"),
    "stop": _items("stop, quit, cease, halt, end"),
    "also": _items("calling and, calling or, calling &, calling me and, calling me or"),
    "contact": _items(
        "text, txt, message, msg, sms, contact, send, bother, harass, spam"
    ),
    # nouns, written out: "text~" would bring "texting", which <contact>~ covers
    "medium": _items(
        "text, texts, txt, txts, message, messages, msg, msgs, sms, smses, sms's,"
        " notification, notifications, reminder, reminders, alert, alerts"
    ),
    "object": _items(
        "me, us, this number, my number, this phone, my phone, my cell,"
        " this phone number, my phone number"
    ),
    "determiner": _items(
        "the, these, those, this, all, all the, all these, any, any more, more, your,"
        " ur, such"
    ),
    "limit": _items(
        "at work, at my work, at night, at this hour, at this time, before, after,"
        " during, between, until, till, while, when, early, late, so early, so late,"
        " too early, too late, in the morning, on weekends, on the weekend, back, my,"
        " his, her, their, them, him, our"
    ),
    "want": _items("want, wanna, wish, need"),
    "revoke": _items("revoke, withdraw, cancel, rescind, retract"),
    "consent": _items("consent, permission, authorization, authorisation"),
    "remove": _items("remove, delete, erase"),
    "list": _items(
        "text, texting, sms, mailing, contact, call, calling, message, messaging,"
        " marketing, distribution"
    ),
    "optout": _items("opt out, optout, unsubscribe"),
}

_PHRASES_EN = [
    "<stop> [<also>] <contact>~ [<object>] !<limit>",  # stop texting me
    "<stop> [<determiner>] <medium> !<limit>",  # stop the texts
    "<negation> [ever] [again] <contact>~ <object> !<limit>",  # don't text me
    "no more [of] [<determiner>] <medium>",
    "<negation> <want>~ [to] [receive|get] [<determiner>] <medium> !<limit>",
    "<negation> <want>~ to be <contact>~ !<limit>",  # I don't want to be contacted
    "<revoke>~ [my|your|the|all|any] [prior|previous] <consent>",  # I revoke consent
    "<negation> <consent> $",  # I do not consent
    "<remove>~|take me|us|<object> from|off [<determiner>] [<list>] list|lists",
    "<remove>~ my [phone|cell|mobile] number|#",  # delete my number
    "<optout>~ [me|us] $",  # how do I opt out?
    "<optout>~ [me|us] of|from [<determiner>] [text] <medium>|texting|messaging",
    "opt me|us out $",
    "opt me|us out of|from [<determiner>] [text] <medium>|texting|messaging",
    "leave me|us alone",
    "lose|forget my|this [phone|cell] number",  # lose my number
    "cease and desist",
]

_WORDS_ZH = {
    # 取消 voids "退订" after it: 取消退订 asks to opt back in
    "negation": _items(
        "不要, 别, 勿, 请勿, 不准, 不许, 不用, 不必, 不, 没, 没有, 取消"
    ),
    # 唔好 (Cantonese "don't") reads 不好: "唔好再send嘢俾我"
    "dont": _items("不要, 别, 勿, 请勿, 不准, 不许, 不用, 不必, 莫, 不好"),
    "again": _items("再, 再也, 再次, 继续, 以后, 今后"),
    "to_me": _items("给我, 跟我, 向我, 对我, 和我"),
    "send": _items("发, 发送, 发来, 群发, 推送, 传送, send"),
    "contact": _items("联系, 联络, 打扰, 骚扰, 烦"),
    "me": _items(
        "我, 我们, 本人, 这个号码, 此号码, 本号码, 这个号, 我的号码, 我的手机,"
        " 我的手机号, 我的电话"
    ),
    "kind": _items("此类, 这类, 这种, 这些, 你们的, 你的, 任何, 类似"),
    "medium": _items("短信, 信息, 消息, 讯息, 简讯, 通知, 提醒, 垃圾短信, 东西"),
    "stop": _items("停止, 停发, 暂停"),
    "refuse": _items(
        "拒绝接收, 拒绝, 不想收到, 不想再收到, 不再接收, 不愿接收, 不接收, 不想接收,"
        " 不要再收到"
    ),
    "remove": _items("删除, 删掉, 删了, 移除, 去掉, 除名"),
    "list": _items("名单, 列表, 通讯录, 号码库, 发送列表"),
}

_PHRASES_ZH = [
    # 不要再发了, 别再给我发短信; not 不要发票, 别发火
    "<dont> [<again>] [<to_me>] <send> [<to_me>] [<kind>] [<medium>] [<to_me>] $",
    "<dont> [<again>] <contact> [<me>] $",  # 不要再联系我; not 不要联系我的家人
    "<stop> [<to_me>] <send>|<contact> [<me>] [<kind>] [<medium>] $",  # 请停止发送
    "<stop> [<kind>] <medium> $",
    "拒收 [<kind>] [<medium>] $",
    "<refuse> [<again>] [接收] [<kind>] <medium> $",  # 不想再收到你们的短信
    "把 <me> [从] [<kind>] [<list>] [中|里|上] <remove>",  # 把我从名单中删除
    "<remove> <me> $",  # 删除我的号码
    "取消 [<kind>] [<medium>] 订阅|通知|提醒|推送 $",  # 取消短信通知
    "退订 [<medium>] $",  # 已还清，请退订; not 退订会员
]

VOCABULARY: dict[str, Any] = {
    "opt_out": {
        "keywords": {
            "en": _items(
                "STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT,"
                " OPT OUT, REMOVE"
            ),
            "zh": _items("退订, 退订短信, TD, T, N, R, 取消, 拒收, 停止, 停发"),
        },
        "phrases": {"en": _PHRASES_EN, "zh": _PHRASES_ZH},
    },
    "opt_in": {
        "keywords": {
            "en": _items("START, UNSTOP"),
            "zh": _items("取消退订, 恢复接收, 恢复发送, 重新订阅, 恢复短信"),
        },
        "phrases": {},
    },
    "words": {"en": _WORDS_EN, "zh": _WORDS_ZH},
    "filler": {
        "en": {
            "lead": _items(
                "please, pls, plz, kindly, just, ok, okay, hey, hi, hello, reply,"
                " i said, i want to, i wanna, i would like to, i'd like to"
            ),
            "trail": _items(
                "please, pls, plz, thanks, thank you, thx, ty, now, right now, asap,"
                " immediately, already, again, anymore, ok, okay, it, all, this, me,"
                " period"
            ),
        },
        "zh": {
            "lead": _items("请, 我要, 我想, 麻烦, 帮我, 申请, 要求, 回复, 我"),
            "trail": _items(
                "谢谢, 谢了, 谢谢你, 多谢, 了, 啦, 吧, 啊, 呀, 哦, 噢, 立即, 马上,"
                " 立刻, 全部, 所有, 短信, 信息, 消息, 好吗, 可以吗"
            ),
        },
    },
}
