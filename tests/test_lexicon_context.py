"""What context may and may not change: negation, titles, Chinese conditions."""

from __future__ import annotations

from conftest import lexicon_terms as terms

from smslint.detectors.lexicon_entries import CATEGORIES


def everything(text: str, lang: str = "zh-Hans") -> dict[str, list[str]]:
    """Every category's terms on ``text``; English unless it has Chinese."""
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        lang = "en"
    found = {c: terms(text, c, lang) for c in CATEGORIES}
    return {c: t for c, t in found.items() if t}


# --- 1. profanity is profane whatever the polarity --------------------------------


def test_a_negator_does_not_clear_profanity() -> None:
    assert terms("Stop sending me this crap, I never said I owed you.", "obscene")
    assert terms("Do not pull that shit on me again.", "obscene")
    assert terms("You can't keep dodging us, you damn liar.", "obscene")
    assert terms("别他妈装死，赶紧还钱。", "obscene", "zh-Hans")
    assert terms("你不要他妈的再躲了。", "obscene", "zh-Hans")


def test_a_negator_does_not_clear_a_custom_obscene_word() -> None:
    extra = {"en": [{"term": "frak", "note": "invented curse"}]}
    assert terms("We will not frak around any longer.", "obscene", extra_terms=extra)
    zh = {"zh": [{"term": "狗日", "note": "粗口"}]}
    assert terms("我们不会再等了，狗日的。", "obscene", "zh-Hans", extra_terms=zh)
    assert terms("我们不狗日的等了。", "obscene", "zh-Hans", extra_terms=zh)


def test_protective_context_does_not_clear_profanity() -> None:
    assert terms("Beware of scams, and pay your damn bill.", "obscene")
    assert terms("谨防诈骗，别他妈再拖了。", "obscene", "zh-Hans")


def test_negation_still_clears_other_categories() -> None:
    assert not terms("We will never threaten arrest.", "threat")
    assert not terms("我们不会联系您的家人。", "third_party", "zh-Hans")


# --- 2. a title's dot ends no clause --------------------------------------------


def test_a_title_before_a_name_does_not_end_the_clause() -> None:
    assert terms("We showed your colleague Mr. Chen your overdue card.", "third_party")
    assert terms("Your colleague Dr. Chen knows you owe us.", "third_party")
    assert terms("Your neighbour MRS. Wong now knows you owe us.", "shaming")
    assert terms("Your neighbour ms. Wong now knows you owe us.", "third_party")
    assert terms("Your neighbour St. Clair knows you owe us.", "third_party")


def test_a_title_is_read_through_spacing_and_other_scripts() -> None:
    assert terms("Your neighbour Mr.   Wong knows you owe us.", "third_party")
    assert terms("Your neighbour Mr. Émile knows you owe us.", "third_party")
    assert terms("您好！Your neighbour Mr. Wong knows you owe us.", "third_party")


def test_a_title_dot_before_a_lowercase_word_still_ends_the_sentence() -> None:
    # without a capitalised name after it, the dot may well end the sentence
    assert terms("Your colleague saw the dr now knows you owe us.", "third_party")
    assert not terms("Your colleague saw the dr. now knows you owe us.", "third_party")


def test_a_word_ending_in_a_title_is_no_title() -> None:
    # "Amr." ends in "mr" but is not the title; its dot ends the sentence
    assert terms("Your colleague is Amr Chen now knows you owe us.", "third_party")
    assert not terms("Your colleague is Amr. Chen now knows you owe us.", "third_party")


# --- 3. a condition of not paying states a consequence; a modal hedges it ----------


def test_the_feminine_you_reads_as_you() -> None:
    # Taiwan writes 妳 to a woman: entries written with 你 apply, and so does their context
    assert terms("妳再不還錢，我們就通知妳的家人和同事。", "third_party", "zh-Hant")
    assert not terms("我們不會聯絡妳的家人或同事。", "third_party", "zh-Hant")


def test_a_condition_of_not_paying_does_not_hedge_enforcement() -> None:
    assert terms("如果您不还款，我们将冻结您的账户。", "threat", "zh-Hans")
    assert terms("倘若阁下仍未结清，下周一起查封名下房产。", "threat", "zh-Hans")
    assert terms("如果你唔还钱，我哋会冻结你名下账户。", "threat", "zh-Hant")


def test_a_modal_on_the_consequence_still_hedges_it() -> None:
    assert not terms("如果您不还款，我们可能冻结您的账户。", "threat", "zh-Hans")
    assert not terms("若未清偿，本所有权依法申请冻结您的账户。", "threat", "zh-Hans")
    assert not terms("如您需要解冻账户，请联系客服。", "threat", "zh-Hans")


def test_a_condition_of_not_paying_still_excuses_a_lawsuit() -> None:
    # a lawsuit is a lawful consequence, as after 否则
    assert not terms("如果您不还款，我们将提起诉讼。", "threat", "zh-Hans")
    assert not terms("If you do not pay by Friday, we will file suit.", "threat")


def test_a_negated_modal_is_no_hedge() -> None:
    assert terms("你不可以再拖了，我们将冻结您的账户。", "threat", "zh-Hans")
    assert terms("你唔可以再拖，我哋会冻结你名下账户。", "threat", "zh-Hant")
    assert not terms("你可以申请延期，否则我们可能冻结您的账户。", "threat", "zh-Hans")


def test_a_condition_of_falling_behind_does_not_hedge_enforcement() -> None:
    assert terms("若逾期，本所将即刻声请假扣押。", "threat", "zh-Hans")
    assert terms("若您继续拖欠，下周即查封您的房产。", "threat", "zh-Hans")
    assert not terms("若逾期，本所有权依法声请假扣押。", "threat", "zh-Hans")
    assert not terms("如逾期，将影响您的征信。", "threat", "zh-Hans")


def test_english_reads_a_condition_of_not_paying_alike() -> None:
    assert terms("If you fail to pay, we will evict you by the weekend.", "threat")
    assert terms("If you do not pay rent, we will evict you by the weekend.", "threat")
    assert not terms("If you fail to pay, we may evict you.", "threat")


# --- 5. a Chinese A-not-A question asks; it does not negate -----------------------

VISIT = {"zh": [{"term": "飞访", "note": "an invented visit word"}]}


def test_an_a_not_a_question_is_no_negation() -> None:
    """要不要, 是不是, 有没有 ask a question: the 不 and 没 in them negate nothing."""
    for text in (
        "要不要我们去飞访你？",
        "是不是想让我们去飞访？",
        "你家有没有人在？我们飞访一下。",
        "我们会不会飞访，你自己想。",
        "你知不知道我们明天飞访？",
    ):
        assert terms(text, "threat", "zh-Hans", extra_terms=VISIT) == ["飞访"], text


def test_still_not_repaying_is_no_question() -> None:
    """还不还 reads both ways ("pay or not?", "still not repaying"): it stays a
    negator, so "若还不还" remains a condition of not paying and the step stands."""
    lawful = {"zh": [{**VISIT["zh"][0], "conditional_ok": True}]}
    assert terms(
        "若今天还不还款，我们马上飞访。", "threat", "zh-Hans", extra_terms=lawful
    )
    assert not terms(
        "若您方便，我们马上飞访。", "threat", "zh-Hans", extra_terms=lawful
    )


def test_a_plain_negator_still_negates() -> None:
    assert not terms("我们不会飞访你。", "threat", "zh-Hans", extra_terms=VISIT)
    assert not terms("我们没有飞访过你。", "threat", "zh-Hans", extra_terms=VISIT)
    assert not terms("要是不方便，我们不飞访。", "threat", "zh-Hans", extra_terms=VISIT)


# --- 6. a negator inside a co-occurrence obeys clauses and breakers -----------------

CUT_OFF = {
    "zh": [
        {
            "all": [["甲乙费"], ["丙丁"]],
            "within": 12,
            "across_clauses": True,
            "note": "an invented cut-off entry",
        }
    ]
}


def test_a_negator_in_a_gap_belongs_to_its_own_clause() -> None:
    """In "物业费不交清，门禁停用" the 不 is the debtor's (not paying); the cut-off
    in the next clause stands. In one clause, "物业费不会停用", it is negated.
    (甲乙费 and 丙丁 are invented stand-ins, so no shipped entry answers.)"""
    found = terms(
        "甲乙费不还清，明天就丙丁。", "threat", "zh-Hans", extra_terms=CUT_OFF
    )
    assert found == ["甲乙费不还清，明天就丙丁"]
    assert not terms("甲乙费欠着也不会丙丁。", "threat", "zh-Hans", extra_terms=CUT_OFF)


def test_a_negator_in_a_gap_still_negates_in_english() -> None:
    assert not terms("Your employer will not be contacted.", "third_party")
    assert terms(
        "If you don't pay, your employer will be contacted.", "third_party"
    ) or terms("If you don't pay, we will contact your employer.", "third_party")


# --- 7. one negator governs the verb phrases coordinated with its own --------------


def test_a_negator_governs_the_phrases_joined_to_its_own() -> None:
    """The joined phrases share the negated verb's subject and modal, beyond the
    negator's window and behind the commas of a list closed by a conjunction."""
    for text in (
        "We won't visit your home, contact your boss or post anything online.",
        "We will not visit your home, contact your boss, or post your name online.",
        "We do not call employers, call relatives or visit homes.",
        "We will not threaten you, arrest you or contact your employer.",
        "We won't call or text your employer.",
        "We will not call you at work or contact your employer.",
        "No one will visit your home or call your employer.",
    ):
        assert not everything(text), text


def test_chinese_coordination_joins_with_conjunctions_not_commas() -> None:
    assert not everything(
        "我们承诺绝不会上门催收、给您的家人打电话或者在网上曝光您的信息。"
    )
    assert not everything(
        "我們不會上門催收、致電您的家人或在網上公開您的資料。", "zh-Hant"
    )
    assert not everything("我们不会骚扰您的家人，或者到您单位找您。")
    # a Chinese comma with no conjunction starts a clause of its own
    assert terms("我们不会再宽限，马上联系你的家人和单位。", "third_party", "zh-Hans")


def test_or_opening_a_clause_of_its_own_is_otherwise() -> None:
    """After the conjunction, a subject or modal of its own makes a new clause whose
    polarity is its own: the threat stands."""
    assert terms(
        "We won't wait any longer or we will call your employer.", "third_party"
    )
    assert terms("Don't ignore this or we will tell your family.", "third_party")
    assert terms("Pay now or we will sue.", "threat")
    assert terms("We won't call your boss and will visit your house.", "threat")
    assert terms("We won't call your boss, but we will visit your house.", "threat")
    assert terms("We will never call your boss and instead visit your home.", "threat")
    assert terms(
        "We won't be patient forever or your employer will be told.", "third_party"
    )
    assert terms("我们不会上门，或者马上通知你的单位。", "third_party", "zh-Hans")
    # 将 as a preposition ("put") is no modal: the list stays negated
    assert not terms(
        "我们不会上门，或者将欠款信息透露给你的单位。", "third_party", "zh-Hans"
    )


def test_after_a_command_or_means_otherwise() -> None:
    """A negator opening its clause (a command, a fragment) governs no joined phrase."""
    for text in (
        "Don't delay or face arrest.",
        "Do not delay or face arrest.",
        "Please don't delay, or face arrest.",
        "Pay in full, not in part, or face arrest.",
    ):
        assert terms(text, "threat") == ["arrest"], text


def test_a_negator_of_a_noun_governs_no_joined_verb_phrase() -> None:
    assert terms("Pay without delay or face arrest.", "threat") == ["arrest"]
    assert terms("No excuses, or face arrest.", "threat") == ["arrest"]


def test_a_comma_splice_or_another_mark_starts_a_new_clause() -> None:
    assert terms("We won't hesitate, legal action and arrest will follow.", "threat")
    assert terms("We won't call your boss: we'll visit your home instead.", "threat")
    assert terms(
        "We would never threaten you; we will call your employer.", "third_party"
    )


def test_a_condition_of_not_paying_still_stands_before_a_list() -> None:
    assert terms("If you do not pay, call your employer or visit your home.", "threat")


def test_coordination_reaches_only_the_clause_of_the_list() -> None:
    """A later sentence, or a clause after a comma splice, is not in the list."""
    assert terms(
        "We will not call your boss or text you. We will visit your home.", "threat"
    )


# --- 8. the writer's reluctance is no denial ----------------------------------------


def test_the_writers_reluctance_does_not_negate() -> None:
    """The writer's "I'd rather not" says what they would prefer, not what they will
    do."""
    assert terms(
        "I'd really rather not drive out and have this chat in front of the whole "
        "family, but you're leaving me no choice.",
        "third_party",
    )
    assert terms("We'd rather not contact your employer.", "third_party")
    assert not terms("We will not contact your employer.", "third_party")


def test_the_readers_preference_stays_a_negator() -> None:
    assert not terms("If you'd rather not have a visit, call us.", "threat")


# --- 9. a lawful basis of the whole message -------------------------------------------


def test_a_right_party_check_anywhere_makes_a_call_back_request_lawful() -> None:
    """ "Please ask him to call us back" in a message that checks it reached the right
    person ("Wrong number? Reply WRONG") is a location request, whichever sentence
    says so."""
    assert not terms(
        "Hi, this is Acme calling for John Smith. Please ask him to call us back at "
        "555-0101. Wrong number? Reply WRONG and we'll stop texting this number.",
        "third_party",
    )
    assert not terms(
        "您好，這裡是大順租賃，想找陳志豪先生，麻煩請他回電0800-555-213，謝謝。"
        "若您不認識此人，請回覆「錯誤」。",
        "third_party",
        "zh-Hant",
    )


def test_without_the_check_the_call_back_request_stands() -> None:
    assert terms(
        "Hi, this is Acme calling for John Smith. Please ask him to call us back.",
        "third_party",
    )
    assert terms("您好，想找陈志豪先生，麻烦请他回电，谢谢。", "third_party", "zh-Hans")


def test_a_right_party_check_never_excuses_a_demand_for_payment() -> None:
    """Asking a third party to make the debtor pay discloses the debt, whatever the
    message says about wrong numbers."""
    assert terms(
        "Please ask him to pay his overdue balance. Wrong number? Reply WRONG.",
        "third_party",
    )
    assert terms(
        "您好，想找陳志豪先生，麻煩請他儘快還款，謝謝。若您不認識此人，請回覆「錯誤」。",
        "third_party",
        "zh-Hant",
    )


def test_lawful_if_message_in_a_custom_entry() -> None:
    extra = {
        "en": [
            {
                "term": "zorblat",
                "note": "an invented word",
                "lawful_if_message": ["quibbed"],
                "lawful_if": ["flurm"],
            }
        ]
    }
    assert terms("The zorblat came.", "threat", extra_terms=extra)
    assert not terms("The zorblat came. Nothing quibbed.", "threat", extra_terms=extra)
    assert not terms("Quibbed! The zorblat came.", "threat", extra_terms=extra)
    # lawful_if stays within its sentence
    assert not terms("The zorblat came, flurm.", "threat", extra_terms=extra)
    assert terms("The zorblat came. Flurm.", "threat", extra_terms=extra)


def test_not_after_a_generic_antecedent_in_a_custom_entry() -> None:
    """``not_after`` phrases earlier in the match's sentence drop it (a pronoun with a
    generic antecedent names no one); later ones, or in another sentence, do not."""
    extra = {
        "en": [
            {
                "all": [["he", "they"], ["zorbs"]],
                "within": 2,
                "note": "an invented construction",
                "not_after": ["anyone who", "real flurms"],
            }
        ]
    }
    assert terms("He zorbs daily.", "threat", extra_terms=extra)
    assert not terms("Anyone who asks, he zorbs.", "threat", extra_terms=extra)
    assert not terms("Real flurms pay what they zorbs.", "threat", extra_terms=extra)
    # after the match, or in another sentence, it is no antecedent
    assert terms("He zorbs, and anyone who asks knows.", "threat", extra_terms=extra)
    assert terms("Anyone who asks knows. He zorbs.", "threat", extra_terms=extra)
    # matched as written, not inflected: "real flurm" is someone
    assert terms("A real flurm said they zorbs.", "threat", extra_terms=extra)


def test_a_generic_antecedent_names_no_third_person() -> None:
    """A pronoun whose antecedent is a generic noun phrase of its sentence ("real men",
    "anyone who", "a man who") is no third person's debt; a named one still is."""
    for text in (
        "Real men pay what they owe.",
        "Only a coward hides from his debts.",
        "Anyone who owes more than $500 can ask about a hardship plan.",
        "Grown adults pay what they owe. Act like one.",
        "A man who won't pay his debts is no man at all.",
        "Most people pay what they owe.",
    ):
        assert not terms(text, "third_party"), text
    for text in (
        "John owes us $400.",
        "He owes us $400 and has not paid.",
        "She hasn't paid her balance since May.",
        "He owes us $400, and anyone who sees him should say so.",
    ):
        assert terms(text, "third_party"), text


def test_chinese_drops_subjects_an_opening_negator_still_governs() -> None:
    """Chinese states no subject where English would: "请放心：不会上门催收、……" is a
    statement, and its negator governs the joined phrases."""
    assert not everything(
        "请放心：不会上门催收、给您的家人打电话或者在网上曝光您的个人信息。"
    )


# --- 10. an aside between commas after a negator keeps it in reach ---------------------


def test_an_aside_after_a_hanging_negator_keeps_the_negation() -> None:
    """A negator left before a comma ("we will not, ...") waits for its verb: the
    adverbial aside between commas ends no clause of its own."""
    assert not everything(
        "We will not, under any circumstances, contact your employer."
    )
    assert not everything("We will never, ever, call your family.")
    assert not everything("We won't, at any point, call your boss.")
    assert not everything("我们不会，也从来没有，联系您的家人。")
    assert not everything("我们不会，无论如何，联系您的家人。")


def test_a_clause_of_its_own_after_the_comma_still_fires() -> None:
    """The abusive twins: the negator took its own verb before the comma, or what
    follows has its own subject or modal."""
    assert everything("We will not wait, we will contact your employer.")
    assert everything("We won't stop, we will call your boss.")
    assert everything("We will not wait, contact your employer is next.")
    assert everything(
        "We will not, under any circumstances, wait; we will call your boss."
    )
    assert everything("我们不会再等了，马上联系您的家人。")
    assert everything("我们不会，也不想再等，马上联系您的家人。")


def test_a_hanging_negator_of_a_condition_or_an_answer_reaches_nothing() -> None:
    """ "If you do not," ends a condition (its verb is the paying before it); "No,"
    opening a clause answers: neither negates the step after the comma."""
    assert everything("If you do not, your employer will be contacted.")
    assert everything("If not, your employer will be contacted.")
    assert everything("No, we will contact your employer.")
    assert everything("如果不，我们马上联系您的家人。")


def test_a_negator_ending_its_own_clause_reaches_nothing() -> None:
    """Without an aside the comma ends the negator's clause, and an aside that
    negates something of its own is a clause too."""
    assert everything("一点担当都没有，你真没骨气。")
    assert everything("一点担当都没有，也没有良心，你真没骨气。")
    assert everything("We will not, you deadbeat.")


def test_an_aside_reaches_only_the_negators_window() -> None:
    """Past the aside the verb must stand within the negator's window, as it would
    with no commas at all."""
    assert everything(
        "We will not, in the coming days and weeks and months ahead of us, "
        "contact your employer's office manager directly to explain things."
    ) == {"third_party": ["contact your employer"]}


# --- 11. words that hold a negator and negate nothing -----------------------------------


def test_chinese_conjunctions_with_bu_are_no_negators() -> None:
    """不过 (but), 不管/不论 (no matter), 不仅/不但/不只 (not only) join clauses; the 不
    in them negates nothing, in Simplified or Traditional."""
    assert everything("不过会通知你的单位。")
    assert everything("不过我们会通知你的单位。")
    assert everything("不管怎样，我们会上门。")
    assert everything("不管怎样都上门。")
    assert everything("不仅会上门催收，还要曝光你。")
    assert everything("不但上门，还会找你家人。")
    assert everything("不论如何都要上门。")
    assert everything("不過會通知你的單位。")
    assert everything("不僅會上門催收。")
    assert everything("不論怎樣都上門。")


def test_double_negatives_and_adverbs_with_bu_assert() -> None:
    """不得不 (have to), 不久/不日 (soon), 不断/不停 (without end) state the step."""
    assert everything("我们不得不联系您的家人。")
    assert everything("不日上门。")
    assert everything("我们将不停联系你的家人。")
    assert everything("我们会不断联系您的家人。")


def test_english_litotes_and_not_only_assert() -> None:
    assert everything("We won't hesitate to contact your employer.")
    assert everything("We will not hesitate to contact your employer.")
    assert everything("We are not afraid to contact your employer.")
    assert everything("We will not only contact your employer but also your family.")


def test_a_one_character_breaker_inside_another_word_breaks_nothing() -> None:
    """交 (the debtor paying), 接 (answering), 理 (heeding), 便 and 等 break a negation
    as words of their own; inside 直接, 经理, 移交, 理由, 代理, 方便 they are not the
    debtor's act, and an honest promise stays clean (``negation.not_breakers``)."""
    assert not everything("我们不会直接联系您的家人或同事。")
    assert not everything("我們不會直接聯絡您的家人。")
    assert not everything("我们不会让客户经理联系您的家人。")
    assert not everything("我们不会以任何理由联系您的单位。")
    assert not everything("本公司不会委托代理机构上门催收。")
    assert not everything("我们不会为了方便催收而联系您的单位。")
    assert not everything("我们不会把您的案件交给公安处理。")
    assert not everything("我们不会将此事交由律师处理。")


def test_the_one_character_breakers_still_break_as_words() -> None:
    """The debtor's own act between a negator and the match still shows the negator is
    the debtor's: 不交钱 / 不接电话 / 不理 ... then the step."""
    assert everything("你不交钱我们就联系你的家人。")
    assert everything("你不接电话我们只好联系你的单位。")
    assert everything("你不理我们，那我们联系你的家人。")
    assert everything("如果不交钱，我们就把案件移交公安。")


def test_the_plain_negators_beside_them_still_negate() -> None:
    """The honest twins: a real negator next to these words still clears the match."""
    assert not everything("我们不会通知你的单位。")
    assert not everything("不过请放心，我们不会通知你的单位。")
    assert not everything("不管怎样，我们都不会上门。")
    assert not everything("我們不會上門，也不會通知你的單位。")
    assert not everything("We will not contact your employer.")
    assert not everything(
        "We will not only waive the fee but never contact your employer."
    )


# --- 12. a short question opening a sentence pair reads as a condition -------------------

ACROSS = {
    "en": [{"all": [["flurb"], ["zorp"]], "across_clauses": True, "note": "invented"}],
    "zh": [{"all": [["飞拖"], ["飞访"]], "across_clauses": True, "note": "invented"}],
}


def test_a_rhetorical_question_joins_the_sentence_after_it() -> None:
    """ "不还钱？你会知道后果的" is "不还钱，你会知道后果的" asked: a short question
    (a fragment, a few units) is a clause of the sentence it opens."""
    assert terms("不还钱？你会知道后果的。", "threat", "zh-Hans")
    assert terms("还不还？你会知道后果的！", "threat", "zh-Hans")
    assert terms("不还钱？！你会知道后果的。", "threat", "zh-Hans")
    assert terms("Flurb? Zorp.", "threat", extra_terms=ACROSS)
    assert terms("还在飞拖？马上飞访。", "threat", "zh-Hans", extra_terms=ACROSS)


def test_a_statement_or_a_long_question_still_ends_the_sentence() -> None:
    assert not terms("Flurb. Zorp.", "threat", extra_terms=ACROSS)
    assert not terms(
        "Did you flurb the form we sent you last week at all? Zorp.",
        "threat",
        extra_terms=ACROSS,
    )
    assert not terms("不还钱。你会知道后果的。", "threat", "zh-Hans")


def test_only_entries_across_clauses_read_across_a_question() -> None:
    one_clause = {"en": [{"all": [["flurb"], ["zorp"]], "note": "invented"}]}
    assert not terms("Flurb? Zorp.", "threat", extra_terms=one_clause)
    assert not terms("Flurb, zorp.", "threat", extra_terms=one_clause)


def test_an_honest_question_and_answer_stays_clean() -> None:
    for text in (
        "有疑问？请致电客服。",
        "Questions? Call us at 555-0100.",
        "已还款？请忽略本短信。",
        "Already paid? Please ignore this message.",
        "Not sure what you owe? Log in and you'll see your balance.",
    ):
        assert not everything(text), text


# --- 13. a quoted message that the text calls a scam ---------------------------------

QUOTED_SCAMS_ZH = (
    "近期有不法分子发送“您已涉嫌诈骗，公安已立案，请立即转账”的短信，这就是诈骗短信，请勿理会。",
    "收到“法院传票已送达，请点击链接”之类的信息，就是诈骗！",
    "收到“法院传票已送达，请点击链接”之类的信息。这是诈骗！",
    "“公安已立案，明天上门抓人”这类短信是诈骗，请勿理会。",
    "“公安已立案，明天上门抓人。”这是诈骗短信，请勿理会。",
    "‘警察明天上门抓你’这种信息是假的，请勿理会。",
    "以下短信是诈骗短信：「法院已立案，明天上门查封你的房产」。",
)

QUOTED_SCAMS_ZH_HANT = (
    "如果你收到「你已被法院起訴，警察將上門拘捕」的短信。這就是詐騙，請勿理會。",
    "有人傳來『法院將查封你的房產』的訊息，係詐騙，請勿回覆。",
    "「警方已立案，將拘捕你」此類短訊屬詐騙。",
    "聲稱“公安已立案，明天上門抓人”的短信都是詐騙。",
    "收到“公安已立案，明天上門抓人”的短訊？這是詐騙短訊，並非本行發出。",
)

QUOTED_SCAMS_EN = (
    'Got a text saying "A warrant has been issued for your arrest, pay now"? '
    "That is a scam. We never send such messages.",
    '"Your account will be seized today" - this is a fake message, do not reply.',
    "If you get a message like 'police will arrest you today', it is fraudulent. "
    "Ignore it.",
    '"We will call your employer today." This text is not from us.',
    "Received “a warrant is out for your arrest”? It's a scam.",
    "The following text is fake: 'Sheriff will seize your car tomorrow.'",
    "Texts that say 'your account will be seized today' are fraudulent.",
)


def test_a_quoted_message_called_a_scam_is_clean() -> None:
    for text in QUOTED_SCAMS_ZH:
        assert not everything(text), text
    for text in QUOTED_SCAMS_ZH_HANT:
        assert not everything(text, "zh-Hant"), text
    for text in QUOTED_SCAMS_EN:
        assert not everything(text), text


def test_a_collector_denying_a_scam_protects_nothing() -> None:
    # "这不是诈骗", "this is not a scam": the negated phrase calls nothing a scam
    assert terms("公安已立案。这不是诈骗，请立即还款。", "impersonation", "zh-Hans")
    assert terms(
        "“公安已立案，明天上门抓人”。这不是诈骗短信，请立即还款。", "threat", "zh-Hans"
    )
    assert terms("「警方已立案，將拘捕你」並非詐騙，請立即還款。", "threat", "zh-Hant")
    assert terms(
        '"A warrant has been issued for your arrest." This is not a scam.', "threat"
    )
    assert terms(
        "'Police will arrest you today.' This text isn't fake, pay now.", "threat"
    )


def test_a_threat_outside_the_quote_still_fires() -> None:
    # the phrase calls the quote a scam, not the collector's own words around it
    assert terms(
        "“法院传票已送达”这类短信是诈骗。但你再不还钱，我们明天上门抓人。",
        "threat",
        "zh-Hans",
    )
    assert terms(
        "公安已立案，明天上门抓人。“请点击链接领取补贴”是诈骗短信，请勿理会。",
        "threat",
        "zh-Hans",
    )
    assert terms(
        'We will visit your home tomorrow. "Claim your prize now" is a scam, though.',
        "threat",
    )
    assert terms(
        'A warrant has been issued for your arrest. "Win a free phone" is a scam.',
        "threat",
    )


def test_a_quote_too_far_from_the_phrase_is_not_called_a_scam() -> None:
    # only the sentence of the quote and the one right before or after it
    assert terms(
        "我们说过“明天上门抓人”。你一直不还。今天再不还款。冒充法院的就是诈骗。",
        "threat",
        "zh-Hans",
    )
    assert terms(
        'We told you "we will visit your home". You ignored us. Pay today. '
        "Anything else is a scam.",
        "threat",
    )


def test_a_quote_the_sender_endorses_still_fires() -> None:
    assert terms("我们早就告诉过你：“我们会上门找你”。", "threat", "zh-Hans")
    assert terms('We told you: "we will visit your home". Pay today.', "threat")
    # a question whether it is a scam calls it none
    assert terms(
        '"We will visit your home tomorrow." Think this is a scam? Try us.', "threat"
    )
    assert terms("“明天上门抓人”，你以为是诈骗吗？", "threat", "zh-Hans")


def test_calling_the_debtor_a_fraud_about_a_quote_still_fires() -> None:
    # 就是诈骗 about what the debtor said (no threat inside the quote) is the
    # collector calling the debtor a fraud
    assert terms("你说“我没钱”，这就是诈骗！", "threat", "zh-Hans")
    assert terms("你一直说“下周就还”，这就是诈骗。", "threat", "zh-Hans")


def test_a_hanging_negator_after_a_chinese_full_stop_is_read() -> None:
    # the clause after "。" begins past all three bytes of the mark
    # (it crashed reading the clause from inside the mark); read as in a first clause
    assert terms(
        "您好。不会，也从来没有，联系您的家人。", "third_party", "zh-Hans"
    ) == (terms("不会，也从来没有，联系您的家人。", "third_party", "zh-Hans"))
    assert not terms(
        "您好。我们不会，也从来没有，联系您的家人。", "third_party", "zh-Hans"
    )


def test_someone_elses_belief_that_a_quote_is_fake_disowns_nothing() -> None:
    for text in (
        "“明天上门抓人”，别以为是假的。",
        "“明天上门抓人”，你以为是假的？",
        "“我们明天上门抓人”可不是骗人的。",
        "“明天上门抓人”并非虚假信息，请尽快还款。",
    ):
        assert terms(text, "threat", "zh-Hans"), text
    for text in (
        '"We will visit your home tomorrow." Anyone who says this is fake is wrong.',
        '"We will visit your home tomorrow." If you think this is a scam, try us.',
        "'We will visit your home tomorrow.' It's not a scam.",
        '"Police will arrest you today." This message is not from a scammer.',
    ):
        assert terms(text, "threat"), text
