"""Chinese classes of veiled wording: each class with sentences of its own, both ways.

Veiled threats name no act: associates "dropping by for tea", a route home that is
"not safe", a door that will "change colour", fingers counted against the debt, a
物业 that cuts the water until the fee is paid. Third-party talk asks whether a
relative knows, or says a relative was told. Shaming builds insults from a vice and a
suffix (赌狗, 撒谎精) or tells a whole class or village. Each class is pinned with
positives in other words than any evaluation message and honest look-alikes that stay
clean. Split characters (扌丁 for 打) and Bopomofo (ㄍㄢˋ) are the Normalizer's job.
"""

from __future__ import annotations

import pytest

from smslint.normalize import Normalizer
from tests.conftest import lexicon_hits

FOUND = [
    # threat: associates "dropping by" (crew + go + visit called a chat or a stroll)
    ("threat", "zh-Hans", "过几天我们兄弟去你那边坐一坐，喝杯茶。"),
    ("threat", "zh-Hans", "俺们这边的人明儿就到你们村转一转。"),
    ("threat", "zh-Hant", "我哋同事今晚上嚟你度飲茶。"),
    ("threat", "zh-Hans", "我表弟他们过去帮你长长记性。"),
    # threat: the debtor's route or neighbourhood "is not safe"
    ("threat", "zh-Hans", "你每天接孩子那段路挺危险的，自己掂量。"),
    ("threat", "zh-Hans", "听说你们小区最近不太平，晚上少出门。"),
    ("threat", "zh-Hant", "你放工行嗰條巷好危險㗎。"),
    # threat: a 物业 or landlord cutting water or power until paid
    ("threat", "zh-Hans", "你户的燃气明天就停掉，钱到位再说。"),
    ("threat", "zh-Hans", "物业费再拖，下周就给你家拉闸。"),
    ("threat", "zh-Hans", "管理费不交清，电梯卡和门禁我们一律停用。"),
    ("threat", "zh-Hans", "什么时候把钱交上，什么时候给你通电。"),
    # threat: fields, machines, shop stock taken for the debt, stated as certain
    ("threat", "zh-Hans", "你家的承包地和收割机，开春就拿去抵债。"),
    ("threat", "zh-Hans", "你店铺里的存货下周全部拉走。"),
    # threat: red-paint imagery
    ("threat", "zh-Hans", "你那卷帘门颜色太素，给你添点红。"),
    ("threat", "zh-Hant", "你家大門過兩日會變個色。"),
    # threat: body parts priced against the debt
    ("threat", "zh-Hans", "五千块换你一根手指，自己选。"),
    ("threat", "zh-Hans", "你的腿，我们留下一条当利息。"),
    # threat: a relative's workplace already visited
    ("threat", "zh-Hans", "你妈上班的那个厂我们去过，门卫都认识了。"),
    ("threat", "zh-Hant", "你老公間舖頭我哋去過。"),
    # threat: a split character (扌丁 = 打) and a 派出所 homophone
    ("threat", "zh-Hans", "再拖就扌丁断你的手。"),
    # third_party: does the relative know?
    ("third_party", "zh-Hans", "你丈夫知不知道你在外面欠了网贷？"),
    ("third_party", "zh-Hans", "也不晓得她知不知道你欠我们三万。"),
    ("third_party", "zh-Hant", "你阿爸知唔知你欠咗錢？"),
    # third_party: "we'll ring them one by one"
    ("third_party", "zh-Hans", "再不接，咱们就一个个打过去。"),
    # third_party: honorific relatives told, or promising to pay
    ("third_party", "zh-Hant", "令尊已表示願意代您還款。"),
    ("third_party", "zh-Hant", "閣下之胞姐已獲本公司告知閣下之債務。"),
    ("third_party", "zh-Hans", "你妈张某某的手机号我们早就有了。"),
    # third_party: letters to the employer's HR, papers served at work, residents told
    ("third_party", "zh-Hans", "我们已去函你公司人力资源部。"),
    ("third_party", "zh-Hans", "催收函会直接投递到你们单位。"),
    ("third_party", "zh-Hans", "我们会让全体住户知悉此事。"),
    # shaming: a vice + a contemptuous suffix
    ("shaming", "zh-Hans", "你就是个撒谎精。"),
    ("shaming", "zh-Hans", "烂赌狗，还钱！"),
    ("shaming", "zh-Hant", "你呢個走數王。"),
    ("shaming", "zh-Hant", "講到尾你都係個幹話王。"),
    # shaming: "a disgrace to the village"
    ("shaming", "zh-Hans", "你简直是咱们村的耻辱。"),
    # shaming: the whole class, department or village told
    ("shaming", "zh-Hans", "再拖下去整个年级都会知道。"),
    ("shaming", "zh-Hans", "你也不希望全厂都知道吧？"),
    # shaming: named at a meeting, on the loudspeaker; flyers with the debt
    ("shaming", "zh-Hans", "下周职工大会上会点你的名。"),
    ("shaming", "zh-Hans", "村里大喇叭明天会念你名字。"),
    ("shaming", "zh-Hant", "我哋會派印住你個相嘅單張。"),
    ("shaming", "zh-Hans", "欠钱不还的海报已经印好了。"),
    ("shaming", "zh-Hans", "明天就给你bg。"),
    # obscene: 草 as an exclamation; Bopomofo 幹
    ("obscene", "zh-Hans", "草！还敢拉黑我？"),
    ("obscene", "zh-Hant", "ㄍㄢˋ，又不讀不回。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_finds_the_class(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


CLEAN = [
    # staff visits and invitations that are service, not a veiled visit
    ("threat", "zh-Hans", "我们同事明天会给您回电，请保持手机畅通。"),
    ("threat", "zh-Hans", "欢迎您有空来营业厅坐坐，咨询分期方案。"),
    ("threat", "zh-Hans", "我们的人工客服今晚九点前在线。"),
    # weather and traffic notices about roads
    ("threat", "zh-Hans", "暴雨期间你回家的路积水严重不太安全，请绕行。"),
    # planned maintenance and a utility's own service notice
    ("threat", "zh-Hans", "您家的水表将于周三检修，请留人在家。"),
    ("threat", "zh-Hans", "小区将于周五计划停电检修，物业提前通知。"),
    ("threat", "zh-Hans", "您户水费已欠缴两月，请尽快缴纳。"),
    ("threat", "zh-Hans", "缴费后将自动恢复通话功能。"),
    # lawful or agreed settlement with property
    ("threat", "zh-Hans", "经法院判决后，您名下车辆可能依法拍卖抵债。"),
    ("threat", "zh-Hans", "您的车贷已结清，抵押已解除。"),
    # decoration offers and fingerprints
    ("threat", "zh-Hans", "装修公司优惠：大门换个颜色只要三百元。"),
    ("threat", "zh-Hans", "请本人到网点按手指指纹，一根即可。"),
    # split forms only where the first half is a radical: 弓虽然 stays as written
    ("threat", "zh-Hans", "他拉弓虽然用力，箭还是偏了。"),
    # third_party: the debtor's own address; a bank's own notice to the debtor
    ("third_party", "zh-Hans", "账单已寄到你的户籍地址，请查收。"),
    ("third_party", "zh-Hans", "特此通知您的欠款已逾期，请尽快处理。"),
    ("third_party", "zh-Hans", "我们会逐个联系符合条件的客户办理减免。"),
    ("third_party", "zh-Hans", "紧急联系人王某（父亲）13800000000。"),
    ("third_party", "zh-Hans", "我们不知道他是否还有其他负债。"),
    # shaming: words that hold a vice and a suffix by accident, and plain facts
    ("shaming", "zh-Hans", "您拖欠货款的明细已发至邮箱。"),
    ("shaming", "zh-Hans", "请联系客户经理王先生。"),
    ("shaming", "zh-Hans", "大家都知道按时还款很重要。"),
    ("shaming", "zh-Hans", "这是我们全公司都知道的优惠活动。"),
    ("shaming", "zh-Hans", "请完成BG check后再申请。"),
    # obscene: 草 inside a word
    ("obscene", "zh-Hans", "合同已起草，请查收。"),
    ("obscene", "zh-Hans", "小区杂草，物业本周清理。"),
    ("obscene", "zh-Hant", "ㄍㄢˋ嘛不接電話？"),
]


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_look_alike_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("扌丁断", "打断"),
        ("亻尔欠的", "你欠的"),
        ("犭句东西", "狗东西"),
        ("派处所", "派出所"),
        ("ㄍㄢˋ", "干"),
        # both halves ordinary characters: left alone
        ("拉弓虽然", "拉弓虽然"),
    ],
)
def test_split_characters_and_bopomofo_are_read_whole(source: str, text: str) -> None:
    assert Normalizer()(source).text == text


MORE_FOUND = [
    # impersonation: the case "has entered" a judicial stage
    ("impersonation", "zh-Hans", "你的欠款案已转入审理阶段，请勿拖延。"),
    # shaming: the 老赖 homophone 老来 naming the debtor; 幹話 is profane too
    ("shaming", "zh-Hans", "你这个老来，脸都不要了。"),
    ("obscene", "zh-Hant", "少講幹話，快還錢。"),
    # threat: fees withheld, so water or power is cut
    ("threat", "zh-Hans", "房租不给，明天就给你断电。"),
    ("threat", "zh-Hant", "管理費唔交，下個月停你水電。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), MORE_FOUND)
def test_finds_more_of_the_class(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


MORE_CLEAN = [
    ("impersonation", "zh-Hans", "若协商不成，此案可能进入诉讼程序。"),
    ("shaming", "zh-Hans", "老来得子，全家都很高兴。"),
    ("threat", "zh-Hans", "物业费已缴清，谢谢；周三计划停水检修。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), MORE_CLEAN)
def test_more_look_alikes_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


WATCHED = [
    # threat: the debtor's or a relative's day watched; repeated visits; the shop
    ("threat", "zh-Hans", "你媳妇每天早上七点去菜场，我们都看着呢。"),
    ("threat", "zh-Hant", "你屋企樓下嗰間便利店，我哋啲人成日喺度。"),
    ("threat", "zh-Hans", "听说你闺女学钢琴，每周六下午在少年宫。"),
    ("threat", "zh-Hant", "台端若仍置之不理，本公司人員將不定時前往關心。"),
    ("threat", "zh-Hans", "你那个小卖部生意不错啊，哪天我们去照顾照顾。"),
    ("threat", "zh-Hans", "钱不到位，你这店也别想开下去了。"),
    ("threat", "zh-Hant", "再唔還，你間舖頭聽日就冇得做。"),
    ("threat", "zh-Hans", "再拖，明天你店门口就热闹了。"),
    ("threat", "zh-Hans", "车停在外面小心被划。"),
    ("threat", "zh-Hans", "你那辆车的刹车最近检查过吗？"),
    ("threat", "zh-Hans", "你爹妈年纪大了，经不起折腾吧。"),
    ("threat", "zh-Hans", "你住的那栋楼几单元几楼，我们门儿清。"),
    ("threat", "zh-Hans", "出门多看看身后。"),
    # third_party: the boss "would be interested", a colleague "talked to us", finance
    ("third_party", "zh-Hans", "你欠钱的事，你们单位的领导应该有兴趣知道。"),
    ("third_party", "zh-Hans", "你同事小王已经跟我们聊过了。"),
    ("third_party", "zh-Hans", "你们公司财务那边我们会发一份函。"),
    ("third_party", "zh-Hans", "你媳妇单位的电话我们也有。"),
    ("third_party", "zh-Hant", "你個老細我哋已經約咗飲茶。"),
    # shaming: "what are you", shameless, a kept man
    ("shaming", "zh-Hans", "你算个什么玩意儿。"),
    ("shaming", "zh-Hant", "你呢條友冇廉冇恥。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), WATCHED)
def test_finds_the_watched_and_the_told(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


SERVICE = [
    ("threat", "zh-Hans", "我们去核实一下您的还款记录。"),
    ("threat", "zh-Hans", "您的父母年纪大了，请多保重身体。"),
    ("threat", "zh-Hans", "客户经理将不定期上门回访，了解您的经营情况。"),
    ("threat", "zh-Hans", "您的店铺如暂停营业，可申请延期还款。"),
    ("threat", "zh-Hans", "请定期检查车辆刹车和轮胎，安全出行。"),
    ("threat", "zh-Hans", "您的还款计划我们都看到了，谢谢配合。"),
    ("threat", "zh-Hans", "您的孩子放学后可以参加我行的少儿理财课。"),
    ("threat", "zh-Hans", "感谢您对小店的照顾，欢迎常来坐坐。"),
    ("third_party", "zh-Hans", "本公司不会联系您的家人或同事。"),
    ("shaming", "zh-Hans", "全公司都知道的福利活动：分期免息。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), SERVICE)
def test_service_messages_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


ASKED = [
    # threat: rhetorical questions; "we have people in your village"
    ("threat", "zh-Hans", "你觉得你还能安稳几天？"),
    ("threat", "zh-Hans", "你以为换个号码我们就找不到你了？"),
    ("threat", "zh-Hans", "你是想让我们亲自去一趟吗？"),
    ("threat", "zh-Hans", "你家那扇门经得起几脚？"),
    ("threat", "zh-Hans", "这钱你是打算拿命还吗？"),
    ("threat", "zh-Hans", "屋里的家具还想不想要了？"),
    ("threat", "zh-Hans", "听说你老婆在人民医院上班，挺辛苦的吧。"),
    ("threat", "zh-Hans", "晚上走路当心点，最近不太平。"),
    ("threat", "zh-Hans", "你孩子的班主任姓李吧？"),
    ("threat", "zh-Hant", "你架車泊喺邊我哋知。"),
    ("threat", "zh-Hans", "在你们村，我们也有自己人。"),
    # third_party: A-not-A offers ("shall we tell your mother-in-law?"), HR, the village head
    ("third_party", "zh-Hans", "你丈母娘那边要不要我们去说一声？"),
    ("third_party", "zh-Hans", "用不用我们跟你领导聊聊？"),
    ("third_party", "zh-Hans", "你们班主任的电话我们有。"),
    ("third_party", "zh-Hans", "我们已经给你们村长打过招呼了。"),
    ("third_party", "zh-Hans", "你公司前台说你今天请假了。"),
    ("third_party", "zh-Hant", "你公司HR話你已經辭職。"),
    # shaming: regional insults, "look at your conduct", gossip spread
    ("shaming", "zh-Hans", "就你这德行还想借钱？"),
    ("shaming", "zh-Hans", "你这个瘪犊子。"),
    ("shaming", "zh-Hans", "瓜娃子，钱还不还？"),
    ("shaming", "zh-Hant", "你真係冇鬼用。"),
    ("shaming", "zh-Hans", "穷疯了吧你。"),
    ("shaming", "zh-Hans", "你的事情你们小区的人都在传。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), ASKED)
def test_finds_the_asked_and_the_regional(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


ASKED_HONESTLY = [
    ("threat", "zh-Hans", "您还能享受优惠几天，欢迎办理。"),
    ("threat", "zh-Hans", "如需我们上门办理，请预约。"),
    ("threat", "zh-Hans", "您的东西还要不要了？快递柜已超期。"),
    ("threat", "zh-Hans", "门窗经得起台风吗？请检查。"),
    ("threat", "zh-Hans", "听说您家人住院了，可申请延期还款。"),
    ("threat", "zh-Hans", "在你们小区，我们也有服务网点。"),
    ("third_party", "zh-Hans", "要不要我们帮您办理分期？"),
    ("third_party", "zh-Hans", "需不需要我们给您寄一份纸质账单？"),
    ("third_party", "zh-Hans", "您家人的电话请勿填写为本人号码。"),
    ("shaming", "zh-Hans", "大家都在说这个活动好。"),
    ("threat", "zh-Hans", "我们同事明天会去您单位附近的网点办理业务。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), ASKED_HONESTLY)
def test_honest_questions_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


FORMAL_AND_PASSIVE = [
    # threat: formal Hong Kong and Taiwan registers, passive and third person
    ("threat", "zh-Hant", "本公司外勤人員已掌握台端之日常作息。"),
    ("threat", "zh-Hant", "若再拖延，屆時勿謂言之不預。"),
    ("threat", "zh-Hant", "閣下家人之安全，本公司恕難保證。"),
    ("threat", "zh-Hant", "你老母每朝去街市買餸，我哋都見到。"),
    ("threat", "zh-Hant", "錢不還，你家小孩上下學要小心喔。"),
    ("threat", "zh-Hant", "欠錢不還，我們兄弟很多。"),
    ("threat", "zh-Hans", "你最好祈祷别在路上碰到我们。"),
    ("threat", "zh-Hant", "你部車停喺停車場第三行，我哋見到。"),
    ("threat", "zh-Hans", "你儿子的自行车是蓝色的吧。"),
    ("threat", "zh-Hans", "这两天你家附近会有人转悠。"),
    ("threat", "zh-Hans", "你家老人一个人在家吧？"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FORMAL_AND_PASSIVE)
def test_finds_formal_and_passive_wording(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


SAFETY_NOTICES = [
    ("threat", "zh-Hans", "请注意用电安全，停电期间物业无法保证电梯运行。"),
    ("threat", "zh-Hans", "为保障您的资金安全，本行不能保证第三方链接的安全性。"),
    ("threat", "zh-Hans", "如果您在营业厅遇到我们的工作人员，请出示工牌核验。"),
    ("threat", "zh-Hans", "您的孩子可以一个人在网点办理少儿储蓄卡吗？需监护人陪同。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), SAFETY_NOTICES)
def test_safety_notices_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


ASKED_AROUND = [
    # third_party: the collector asking the employer, the village, the referrer
    ("third_party", "zh-Hant", "本公司已向台端任職之公司查證在職情形。"),
    ("third_party", "zh-Hant", "本公司已去電閣下公司人事部查詢閣下近況。"),
    ("third_party", "zh-Hant", "本公司將通知閣下之介紹人協助處理。"),
    ("third_party", "zh-Hant", "閣下之推薦人已收到本公司之催收信函。"),
    ("third_party", "zh-Hant", "本公司已與閣下之同事聯絡，了解閣下去向。"),
    ("third_party", "zh-Hans", "你们部门经理我们已经联系上了。"),
    ("third_party", "zh-Hans", "你女朋友的微信我们已经加上了。"),
    ("third_party", "zh-Hans", "我们已经到你老家村委会了解过情况。"),
    ("third_party", "zh-Hans", "你单位人事说你已经离职了，你现在在哪上班？"),
    ("third_party", "zh-Hant", "你公司嘅同事話你今日冇返工。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), ASKED_AROUND)
def test_finds_the_asking_around(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


ASKED_OF_THE_DEBTOR = [
    ("third_party", "zh-Hans", "我们建议您向单位人事部门了解收入证明的开具方式。"),
    ("third_party", "zh-Hans", "我们已向您本人核实，谢谢配合。"),
    ("third_party", "zh-Hans", "您可到村委会了解惠农贷款政策。"),
    ("third_party", "zh-Hans", "本行已向征信中心核实您的信息。"),
    ("third_party", "zh-Hans", "我们跟您公司合作的代发工资业务已开通。"),
    ("third_party", "zh-Hans", "您的介绍人已收到推荐奖励。"),
    ("threat", "zh-Hant", "本公司已去電閣下公司人事部查詢閣下近況。"),
    ("obscene", "zh-Hans", "当妈的都不容易，祝母亲节快乐。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), ASKED_OF_THE_DEBTOR)
def test_what_is_asked_of_the_debtor_stays_clean(
    category: str, lang: str, text: str
) -> None:
    assert lexicon_hits(text, category, lang) == [], text


INSULTED = [
    ("shaming", "zh-Hans", "欠债不还，你爹妈的脸都被你丢尽了。"),
    ("shaming", "zh-Hant", "欠錢唔還，你屋企人都為你感到羞恥。"),
    ("shaming", "zh-Hans", "你还算个男人吗？"),
    ("shaming", "zh-Hant", "你係咪男人嚟㗎？"),
    ("shaming", "zh-Hans", "你这个骗吃骗喝的东西。"),
    ("shaming", "zh-Hans", "你就是条丧家犬。"),
    ("shaming", "zh-Hans", "你是属乌龟的吧，一有事就缩头。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), INSULTED)
def test_finds_the_insult(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


NOT_INSULTED = [
    ("shaming", "zh-Hans", "请问是不是本人办理？"),
    ("shaming", "zh-Hans", "请确认是不是个人账户。"),
    ("shaming", "zh-Hans", "男人节快乐，本行送您好礼。"),
    ("shaming", "zh-Hans", "请勿轻信骗钱的短信。"),
    ("obscene", "zh-Hans", "欠债不还，你爹妈的脸都被你丢尽了。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), NOT_INSULTED)
def test_look_alikes_of_insults_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


SPREAD_AND_EVICTED = [
    ("shaming", "zh-Hans", "你的那些照片要是传出去可就不好看了。"),
    ("shaming", "zh-Hans", "你的照片会被做成表情包。"),
    ("shaming", "zh-Hant", "你的事我們會幫你在學校宣傳宣傳。"),
    ("threat", "zh-Hans", "你娃硬是不想还了哇？我们晓得你屋头在哪。"),
    ("threat", "zh-Hans", "房子是抵押给我们的，不还就等着搬出去吧。"),
    ("threat", "zh-Hans", "不还钱就把你房子卖了，你一家住大街去。"),
    ("threat", "zh-Hans", "下次再见到你，可就不是聊天这么简单了。"),
    ("threat", "zh-Hans", "别让我们用自己的方式解决。"),
    ("threat", "zh-Hans", "你出门最好带个保镖。"),
    ("threat", "zh-Hans", "你上下班的路线我们画了张图。"),
    ("threat", "zh-Hans", "你家几口人我们都数过了。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), SPREAD_AND_EVICTED)
def test_finds_spreading_and_eviction(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


PROMOTED = [
    ("shaming", "zh-Hans", "帮我们宣传宣传活动，转发有礼。"),
    ("shaming", "zh-Hans", "给你宣传一下我们的新产品。"),
    ("shaming", "zh-Hans", "您的照片请勿外传。"),
    ("threat", "zh-Hans", "您也可以用其他方式还款，如银行转账。"),
    ("threat", "zh-Hans", "理财可不是存钱那么简单，欢迎咨询。"),
    ("threat", "zh-Hans", "理财不只是存钱那么简单。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), PROMOTED)
def test_promotions_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


ADDRESSED_TO_OTHERS = [
    ("third_party", "zh-Hant", "陳生，你太太喺我哋度借咗錢，到而家都未還。"),
    ("third_party", "zh-Hant", "林媽媽您好，您女兒的卡費已經三個月沒繳了。"),
    ("third_party", "zh-Hans", "老张，你那个侄子欠我们钱，你知道他住哪吗？"),
    ("third_party", "zh-Hans", "您认识赵磊吗？他把您填成了联系人。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), ADDRESSED_TO_OTHERS)
def test_finds_messages_to_others(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


TO_THE_DEBTOR = [
    ("third_party", "zh-Hans", "你和家人可共享积分，欢迎办理。"),
    ("third_party", "zh-Hans", "您本人的卡费已缴清。"),
    ("third_party", "zh-Hans", "你个龟儿子欠钱还躲？"),
    ("third_party", "zh-Hans", "您可以为您的子女办理附属卡，年费全免。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), TO_THE_DEBTOR)
def test_messages_to_the_debtor_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


BEATING = [
    ("threat", "zh-Hant", "你皮給我繃緊一點。"),
    ("threat", "zh-Hant", "再不還，讓你橫著出去。"),
    ("threat", "zh-Hant", "小心哪天被人蓋布袋。"),
    ("threat", "zh-Hant", "你是在討皮痛嗎？"),
    ("threat", "zh-Hant", "不還錢是想被斷手斷腳嗎？"),
    ("threat", "zh-Hant", "你識做啦，唔好逼我哋。"),
    ("threat", "zh-Hant", "小心你屋企人。"),
    ("threat", "zh-Hant", "我哋有人喺你樓下。"),
    ("threat", "zh-Hant", "搵人睇住你。"),
    ("threat", "zh-Hans", "你是不是皮痒了？"),
    ("threat", "zh-Hans", "你是想进医院还是想还钱？"),
    ("threat", "zh-Hant", "兄弟們明天去你那邊泡茶。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), BEATING)
def test_finds_beating_slang(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


CARE = [
    ("threat", "zh-Hans", "如您因病住院，可申请延期还款。"),
    ("threat", "zh-Hans", "我们会尽快处理你的申请。"),
    ("threat", "zh-Hans", "我们的客服人员在你附近的网点。"),
    ("threat", "zh-Hans", "我们会找人帮你核对账单。"),
    ("threat", "zh-Hans", "本店可修理你的车，欢迎预约。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), CARE)
def test_care_and_service_stay_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text


FORMAL_THIRD_PARTY = [
    ("third_party", "zh-Hant", "本公司將向台端之工作地點寄發催告函。"),
    ("third_party", "zh-Hant", "本行已將您的欠款資料提供予您的保證人。"),
    ("third_party", "zh-Hant", "令郎之學校已收到本公司之通知。"),
    ("third_party", "zh-Hant", "您的班導已知悉您的借款逾期情形。"),
    ("third_party", "zh-Hant", "您的母親表示會幫您繳清。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FORMAL_THIRD_PARTY)
def test_finds_formal_third_party_notices(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang), text


FORMAL_ADVICE = [
    ("third_party", "zh-Hans", "如需办理，请家人陪同。"),
    ("third_party", "zh-Hans", "您可向工作地点所在地社保局咨询。"),
    ("third_party", "zh-Hans", "请向您的雇主索取收入证明后寄发给我们。"),
    # knowing the school is a threat, not a disclosure
    ("third_party", "zh-Hans", "你孩子在哪个学校上学我们都知道。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), FORMAL_ADVICE)
def test_formal_advice_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_hits(text, category, lang) == [], text
