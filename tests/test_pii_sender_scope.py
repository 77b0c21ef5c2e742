"""The sender's own line, counter or account, a few words after its cue.

A notice gives its contact point some words after the words that make it the
sender's: "call Janet at … (desk) or … (cell)", "请联系城关支行信贷员潘正华，手机…". A
value is the sender's when a sender cue (the reader asked to call, pay or visit; the
sender speaking of itself; a label) stands earlier in its sentence and nothing from
the first cue to just after the value names a third person, the debtor's own home,
work, family or number, or the sender going somewhere or reaching someone.

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stop by the branch, or call Janet at 580-555-0112 (desk) or 580-555-0140 (cell).",
            "en",
        ),
        (
            "Pay at our Kaduna branch or transfer to Fadama MFB, acct 1029384756, ref FMB-22.",
            "en",
        ),
        ("Queries: Bursar, Mr. Mwangi 0712 555 062.", "en"),
        (
            "Please visit our office, Level 4, 60 Castlereagh St, Sydney, or call Lisa on (02) 5550 1184.",
            "en",
        ),
        ("请联系城关支行信贷员潘正华，手机13907452281。", "zh-Hans"),
        (
            "如愿协商，请联系法务部陈专员，电话021-6018 2273转817，手机15026639104。",
            "zh-Hans",
        ),
        ("請至門市繳納，或撥打門市電話，店長阿凱0955-612-380。", "zh-Hant"),
    ],
)
def test_the_senders_contact_point_some_words_after_its_cue(
    text: str, lang: str
) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a third person, or the debtor's own, between the cue and the value
        ("Call us today, or we ring your mum on 0412 555 019.", "en", "0412 555 019"),
        (
            "Our officer will be at 3318 S Howell Ave on Thursday.",
            "en",
            "3318 S Howell Ave",
        ),
        (
            "Call our desk; we called your officemate Jerome at 0998 555 0112.",
            "en",
            "0998 555 0112",
        ),
        ("Ring us, or we will write to you at 7 Mill Close.", "en", "7 Mill Close"),
        (
            "The emergency contact we have is Diane, (512) 555-0163.",
            "en",
            "(512) 555-0163",
        ),
        ("Write to john.doe@gmail.com now.", "en", "john.doe@gmail.com"),
        (
            "请拨打客服热线，你爱人王芳的电话13812345678我们也有。",
            "zh-Hans",
            "13812345678",
        ),
        # the debtor's own unit, bought or rented from the sender
        (
            "林先生您好，您向本店購買之 台北市文山區木柵路三段85巷6弄3號4樓 已完成點交。",
            "zh-Hant",
            "台北市文山區木柵路三段85巷6弄3號4樓",
        ),
        (
            "我方律师已向你户籍地址四川省成都市武侯区玉林北路17号3单元寄出律师函。",
            "zh-Hans",
            "四川省成都市武侯区玉林北路17号3单元",
        ),
        (
            "我已经把你微信号和收货地址（杭州市余杭区文一西路1008号5幢）发到群里了。",
            "zh-Hans",
            "杭州市余杭区文一西路1008号5幢",
        ),
    ],
)
def test_a_third_persons_or_the_debtors_own_value_after_a_cue(
    text: str, lang: str, value: str
) -> None:
    assert any(value in found_value for found_value, _ in found(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a field of the message's own: a contact label opening a line, a "|" field or
        # a sentence, perhaps a name after it
        (
            "邓先生：\n尚欠2期，共计4,560元。\n地址：广州市天河区黄埔大道西100号富力盈泰广场A座1903",
            "zh-Hans",
        ),
        ("尚欠兩期。\n電話：2558 3190 | 手提：6740 8821（陳師傅）", "zh-Hant"),
        ("請匯入管委會帳戶。總幹事 許先生 0928-771-045", "zh-Hant"),
        ("恒發財務｜欠款：$7,860｜個案主任：鄧生 5106 3327", "zh-Hant"),
        (
            "Call our office at 6555 0129. Office: 133 New Bridge Road, #11-04, Singapore.",
            "en",
        ),
        ("Pay online.\nMain office: 1500 W Wisconsin Ave, Milwaukee WI 53233", "en"),
        # a short sign-off closing the message
        ("罗先生，3,800今天能结吗？中鑫小廖19925617306", "zh-Hans"),
        # the staff by title, the company called back, found (搵), the company's mark
        ("有问题找管家阿杰 13816027753。", "zh-Hans"),
        ("你得閒覆返我公司直線 2716 3088。", "zh-Hant"),
        ("有咩問題搵Miss Lam 2395 6017。", "zh-Hant"),
        ("入數後請WhatsApp收據至 5938 2107（公司客服），唔該！", "zh-Hant"),
    ],
)
def test_a_field_or_a_sign_off_of_the_senders_own(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("欠款未还。\n紧急联系人：王芳，电话13812345678", "zh-Hans", "13812345678"),
        (
            "Balance overdue.\nYour office: 12 Elm Street, Springfield",
            "en",
            "12 Elm Street",
        ),
        ("还钱吧。你妈王芳13812345678", "zh-Hans", "13812345678"),
        ("有问题找你哥13812345678问问。", "zh-Hans", "13812345678"),
    ],
)
def test_someone_elses_field_stays_personal_data(
    text: str, lang: str, value: str
) -> None:
    assert any(value in found_value for found_value, _ in found(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        # a mailbox on the domain of a link without its scheme, or of an organisation
        # the message names
        "Pay at pay.quickcred.in. Grievance officer: Mr. N. Rao, grievance@quickcred.in.",
        "Hi Simone, this is Jordan from Prairie Credit Union. Write to jordan.p@prairiecu.ca.",
        "Funmi Adeyemi, Recovery Officer, Lagoon Credit Ltd, funmi.a@lagooncredit.com.ng",
        # the sender's counter and card line
        "You can update your card at the front desk, 231 King St, Newtown.",
        "We can take a card over the phone at 865-555-0129 (press 3).",
    ],
)
def test_the_senders_mailbox_counter_and_card_line(text: str) -> None:
    assert found(text, "en") == []


def test_an_employer_with_a_legal_form_is_not_taken_for_the_sender() -> None:
    text = "We verified your employment at Lakeside Foods Inc."
    assert found(text, "en") == [("Lakeside Foods Inc", "employer")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a desk of the sender's, by name, opening a field
        ("Rent is past due. Leasing: 425.555.0110. Hours M-F 9-6.", "en"),
        ("Pay at any branch. HP Dept: (876) 555-0128.", "en"),
        ("Pay at the counter.\nCollections Desk: 020 2553 0811", "en"),
        ("Landline (043) 778 0421; mobile 0918 555 0121.", "en"),
        # a staff member's own work line
        (
            "If you'd rather talk, our manager Alyssa is on her work cell 469 555 0172.",
            "en",
        ),
        ("我是贷后专员韦婷，这是我工作号 177 7719 0235，有事找我。", "zh-Hans"),
        ("我是負責您車貸的業務，這支是公司配的工作手機 0912-447-305。", "zh-Hant"),
        ("本人為鼎豐當舖負責人，本人手機 0911-305-627。", "zh-Hant"),
    ],
)
def test_a_desk_or_a_work_line_of_the_senders(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Balance overdue.\nYour Mobile: 0412 555 019", "en", "0412 555 019"),
        (
            "Call us; we reached her mobile 0412 555 019 yesterday.",
            "en",
            "0412 555 019",
        ),
        ("Call us. Your work phone 415-555-0199 is on file.", "en", "415-555-0199"),
        ("请联系客服，你老婆的工作号 13812345678 我们有。", "zh-Hans", "13812345678"),
    ],
)
def test_someone_elses_desk_or_work_line(text: str, lang: str, value: str) -> None:
    assert any(value in found_value for found_value, _ in found(text, lang))


# --- the inside of a business's premises, faxing, a desk's own line -----------------


def _entities(text: str, lang: str) -> list[str]:
    return [entity for _value, entity in found(text, lang)]


PREMISES = [
    "Checks are accepted at Harlow & Finch, Attn: Receivables, 4200 Lakeview Dr, Dallas TX.",
    "The clinic moved to Suite 640, 1800 Harbor Blvd, Costa Mesa CA 92627 on Monday.",
    "Statements come from Level 3, 120 Collins St, Melbourne VIC 3000.",
    "Payments: Westbrook Utilities, Lockbox 55120, 300 Commerce St, Fort Worth TX.",
    "Vehicle release: 2870 Foundry Rd, Gate 4, weekdays 8-5.",
    "Drop it at the cashier, Ground Floor, Room B-12, 900 Riverside Ave.",
]


@pytest.mark.parametrize("text", PREMISES)
def test_an_address_naming_a_business_premises_inside_is_the_senders(text: str) -> None:
    assert "address" not in _entities(text, "en")


PREMISES_BUT_PERSONAL = [
    # the debtor's or a third person's, whatever the building
    "We will visit you at work, 3rd Floor, 1800 Harbor Blvd, Costa Mesa, tomorrow.",
    "Your sister's office is at Suite 640, 1800 Harbor Blvd, Costa Mesa CA 92627.",
    "Your mailing address is 44 Birch Lane, Springfield IL 62704.",
]


@pytest.mark.parametrize("text", PREMISES_BUT_PERSONAL)
def test_an_address_tied_to_someone_stays_personal(text: str) -> None:
    assert "address" in _entities(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Fax your hardship form to 312-555-0187 by Friday.",
        "Questions go to Maria; the office fax is 312-555-0187.",
        "Or try the desk line 312-555-0187, it rings at reception.",
        "Our branch manager Smt. Kavita Rao is on her official mobile 98201 55034.",
    ],
)
def test_a_fax_or_a_desks_line_is_the_senders(text: str) -> None:
    assert "phone" not in _entities(text, "en")


def test_a_number_beside_a_business_premises_is_the_businesss() -> None:
    text = "We have two clinics now. Westside: 3315 Broadway, Suite 2B, 425-555-0106."
    assert found(text, "en") == []
    text = "Your brother's clinic: 3315 Broadway, Suite 2B, 425-555-0106."
    assert "phone" in _entities(text, "en")


def test_a_fax_to_someone_else_stays_personal() -> None:
    text = "We will fax your employer at 312-555-0187 today."
    assert "phone" in _entities(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "公司地址 高雄市苓雅區 四維三路 6號 16樓之2，總機 (07)335-1888。",
        "營業時間 9:00-18:00（週六休息），總機 (02)2345-6789。",
        "本月帳單已出，逾期將產生罰息，總機 (04)2225-3399。",
    ],
)
def test_a_switchboard_is_an_organisations(text: str) -> None:
    assert "phone" not in _entities(text, "zh-Hant")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我們已經打去你公司總機 (07)335-1888 找你主管了。", "zh-Hant"),
        ("你单位总机 0731-8455 6012 我们明天打过去。", "zh-Hans"),
    ],
)
def test_the_debtors_employers_switchboard_stays_personal(text: str, lang: str) -> None:
    assert "phone" in _entities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a staff member by office, then the name, then the line
        (
            "缴费事宜：联系人：主任 郑国平 139 0512 6673；财务委员 沈丽 138 1356 0298。",
            "zh-Hans",
        ),
        (
            "付款请转对公户。财务 周会计 0731-8455 6012（工作日），项目经理 老袁 189 7310 2255。",
            "zh-Hans",
        ),
        ("查詢：法團司庫 梁國強 9120 6603（晚上7-9點）或管理處 2744 1208。", "zh-Hant"),
        (
            "請至櫃檯繳費。館址：台北市信義區松仁路100號B1；櫃檯 (02)8789-2256；館長 Amy 0987-556-301。",
            "zh-Hant",
        ),
        # a list of the sender's lines and its unit's line
        (
            "營業時間 10:00-21:00，地址：台北市萬華區西園路一段211號，電話 (02)2306-8815。",
            "zh-Hant",
        ),
        ("請於下次就診時繳納。批價組 (06)213-8890 分機 1102。", "zh-Hant"),
        ("财务处：行政楼 3层 308室，电话 0571-8677 2109。", "zh-Hans"),
        # the sender's own words for its people and its number
        ("您的专属客户经理 陈晓（工号 HX7720）座机 021-5039 8860。", "zh-Hans"),
        (
            "我是贷后专员 韦婷，这是我工作号 177 7719 0235；休假期间请找同事 覃磊 177 7719 0288。",
            "zh-Hans",
        ),
        ("支付宝、微信转我都行，账号就是这个手机号 133 0297 4581。", "zh-Hans"),
        ("站长我姓齐，手机 176 0019 4523，微信同号。", "zh-Hans"),
        (
            "如需纸质版，请邮寄申请至：北京市朝阳区望京东路8号锐创国际中心A座15层。",
            "zh-Hans",
        ),
        ("繳費：親臨 觀塘開源道55號開聯工業中心A座8樓 或致電 3188 2260。", "zh-Hant"),
        ("可以嚟返補習社（旺角彌敦道688號旺角中心一期12樓1208室）交現金。", "zh-Hant"),
        # a number given as the sender's once is the sender's where it comes again
        (
            "呢部係我工作電話 5177 3628，有嘢 WhatsApp 我。或者 FPS 到 5177 3628 都得。",
            "zh-Hant",
        ),
        # English: an office holder, a signature block's letters, a second line
        ("The bursar, Mr. Okafor, can be reached at (410) 555-0119, x204.", "en"),
        ("Credit Supervisor Ms. Alicia Baptiste, cell (868) 555-0163.", "en"),
        ("Marta Sokolov\nNorthgate Imaging\nT 312.555.0174 | F 312.555.0175", "en"),
        ("Collections Desk: 020 2553 0811 / 020 2553 0812", "en"),
        ("Drop checks in the box by the clubhouse, Bldg A, 2200 Marlowe Ct.", "en"),
        ("Acct ending 0917: R120 due. Pay at the branch. 021 555 0139", "en"),
        ("Swing by the shop, 2216 Gessner Rd (the bay doors on the side).", "en"),
        ("Your order is ready. Pick up at 92 Queen St W, Toronto, Mon-Sat 10-7.", "en"),
        (
            "Stop by the front office. Director: Ms. Alvarez, (650) 555-0168 ext 2.",
            "en",
        ),
        ("Questions: hfinch@greenlawnchapel.com. 9 Memorial Pkwy, Springfield.", "en"),
        ("Call Becky at (972) 555-0112 x3. Warehouse: 1410 Commerce Dr, Plano.", "en"),
        (
            "店址：白云区机场路1962号；服务总台 020-3667 8899；客户经理 邝小姐 138 0240 6615",
            "zh-Hans",
        ),
        (
            "請盡速安排付款。工地主任 阿賢 0937-280-441；公司 (02)2697-3366 分機18。",
            "zh-Hant",
        ),
        (
            "请到店还款。店址：城西区昆仑路２６号　电话：０９７１－６３２４１０８　店员小马１８７９７１０２３６５",
            "zh-Hans",
        ),
        # the sender's own, in the forms of the fourth round (written for this test)
        (
            "黄妈妈好～我是琴行的周老师，小朋友的课费还没交，可以微信转我（微信同手机 135 1034 7721）。",
            "zh-Hans",
        ),
        (
            "钱阿姨您好，学费未缴，请到教务处（老干部活动中心三楼305室）交费。",
            "zh-Hans",
        ),
        (
            "请交到班主任许老师处（159 5987 3102）。托管点：无锡市梁溪区中山路333号2楼。",
            "zh-Hans",
        ),
        ("财务 陈会计 020-3638 5521 分机 206；业务员 老何 138 2200 9163。", "zh-Hans"),
        ("请到车管部缴纳。车管 田经理 177 0218 6630。", "zh-Hans"),
        ("请于本周内到诊所结清。诊所： 0531-8890 6612。", "zh-Hans"),
        ("您于 2024-03-02 14:26 借用的充电宝未归还。", "zh-Hans"),
        (
            "會員服務部：2866 7700，會員關係經理 Ms. Winnie Lau 直線 2866 7718。",
            "zh-Hant",
        ),
        ("光明燈費用請郵政劃撥 帳號 2231-5468 戶名 財團法人台南市鎮安宮。", "zh-Hant"),
        ("有咩問題WhatsApp我 9123 4567 或打診所 2511 8833。", "zh-Hant"),
        ("Questions? Finance office 615-555-0147, Deacon Ray Ellis.", "en"),
        ("You can GCash to 0917 555 0123 (Nena R.) or pay at the store.", "en"),
        ("Call 262-555-0151 anytime. 24/7 hospital, 800 W Layton Ave.", "en"),
        ("Paralegal Jess Tran, 210.555.0133 (direct) / 210.555.0100 (main).", "en"),
        (
            "The office can set up auto-pay: call Amber, treatment coordinator, at 303-555-0154.",
            "en",
        ),
        (
            "Mail checks to Lodge Administrator. Admin: Barb 731-555-0155 (Tue/Thu).",
            "en",
        ),
        ("Pay by the Xero link. Centre: 44 Banksia St, Sunnybank QLD.", "en"),
        # the sender's own, in the forms of the fifth round (written for this test)
        (
            "请到物业前台缴纳。运维电话：0571-5689 0213，运维小吴 158 6821 7740。",
            "zh-Hans",
        ),
        ("有問題 call 我 6788 2310 或者寫字樓 2755 1088 內線 3 都得。", "zh-Hant"),
        ("有咩問題 WhatsApp 我 6285 1190 或者打管理處 2845 2211。", "zh-Hant"),
        ("Pay in the app. CS: 1500 822 / WA +62 811 9200 455 (official).", "en"),
        ("Owner Services: 1.800.555.0127, Local 407.555.0190.", "en"),
        ("Fleet desk 510-555-0177, ops mgr Luis cell 510-555-0163.", "en"),
        ("Thandi, Credit Controller. T +27 11 555 0190 | C +27 82 555 0143", "en"),
        ("Or bank transfer ref HB-RUFUS. Kennel manager Sam: 07700 900 902.", "en"),
        ("Dave, your pitch balance is overdue. Warden's mobile 07700 900 590.", "en"),
        (
            "Txt me on the salon mobile 07700 900 455. 14 Byres Rd, Glasgow G11 5RD xx",
            "en",
        ),
        # the sender's own, in the forms of the sixth round (written for this test)
        (
            "【明视眼科】请携取件单到苏州市姑苏区人民路1688号明视眼科二楼付款。",
            "zh-Hans",
        ),
        ("请于周日前转账给教练韩涛（188 9632 0745），或到训练场前台支付。", "zh-Hans"),
        ("方便的话这周来店里（长沙市芙蓉区五一大道389号2楼）取相册。", "zh-Hans"),
        ("视光师孙晓 电话0512-6789 3321 / 151 6231 0987。", "zh-Hans"),
        ("瓦斯行電話(03)332-1158，老闆手機0920-556-731。", "zh-Hant"),
        ("本月租金已逾期。繳款可親臨葵涌貨櫃碼頭路71號1樓櫃位。", "zh-Hant"),
        (
            "支票抬頭「匠築工程有限公司」，可寄至荃灣沙咀道11號達貿中心18樓08室。",
            "zh-Hant",
        ),
        (
            "得閒過嚟俾返。順興車房 黑沙環新街52號地下 電話2845 3361 / 阿華 6651 2280",
            "zh-Hant",
        ),
        ("Office 727-555-0111 | Harbormaster cell 727-555-0117", "en"),
        ("Chicago IL 60657. 24/7 emergency line: 773-555-0100.", "en"),
        ("Tel 03-5555 0123 / WhatsApp 012-555 0198. Please ignore if paid.", "en"),
        ("Please settle online or in studio: 1127 E 7th St, Austin TX 78702.", "en"),
        ("Rosa Díaz can help — direct 956-555-0134, cell 956-555-0139.", "en"),
        # the sender's own, in the forms of the seventh round (written for this test)
        (
            "致南通锐达精密机械有限公司财务部：贵司租赁合同第14期租金尚未支付。",
            "zh-Hans",
        ),
        ("对账联系人：资产管理部 周敏 021-58796630 分机217。", "zh-Hans"),
        ("调解地点：调解中心2楼。调解员：郭丽华 0592-2107336。", "zh-Hans"),
        ("當號A1123 流當日7/30 利息4,200 請來店續當 (07)311-5829", "zh-Hant"),
        ("最低還款額：HK$466.00\n客戶服務： 2233 8000", "zh-Hant"),
        ("可以来所里面谈，地址：天河区华夏路30号富力盈通大厦28楼 前台。", "zh-Hans"),
        ("Questions? Ask for Wanda at the register, 787-555-0187. Thank you!", "en"),
        ("Mahalo for calling Leilani in billing at 808-555-0142.", "en"),
        (
            "Support 1-877-555-0191 | support@eagleplume.example | 1200 Tribal Rd, Hayward WI",
            "en",
        ),
        (
            "Renew for $36 or redeem for $216. 956-555-0123, 3902 San Bernardo Ave.",
            "en",
        ),
        ("TICKET 1120554 DEFAULTS 6/30. 4102 ANDREWS HWY. 432-555-0101.", "en"),
        ("Ph 07 5550 1234 | Mob (Brad) 0491 570 159 | accounts@trueflow.example", "en"),
        # (the eighth pair's forms)
        ("Shop is at 77 Harbor St, open til 7 weekdays. Thanks -L", "en"),
        ("Return to Summit Ski Lease, 1820 Alpine Way, Frisco CO, by 4/15.", "en"),
        ("Best, Dr. Helen Wells, 07700 900412 (mobile)", "en"),
        ("ben@oaklinearchitects.example / 0113 496 0771 (studio)", "en"),
        ("Items held 60 days. 2210 Oak Ave, open 7am–7pm. Ticket #55128.", "en"),
        ("Card over the phone (1-800-555-0137) or check to 71 Quarry Lane.", "en"),
        (
            "Your layaway (account ref 5100 2231 7742 0956) has £275.00 outstanding.",
            "en",
        ),
        ("麻煩得閒返嚟舖頭找數，地址：旺角花園街102號地下。", "zh-Hant"),
        ("車已經整好喺舖頭，地址大圍積存街18號。", "zh-Hant"),
        ("有問題 WhatsApp 教練 Kelvin 9012 3456。", "zh-Hant"),
        ("閣下分期購買之頸鏈已逾期，請到本舖（新馬路123號地下）繳付。", "zh-Hant"),
    ],
)
def test_a_contact_block_of_the_senders(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the debtor's data listed the same way, or a relative in the sentence
        (
            "李家明，身份證號碼K123456(7)，地址：九龍觀塘協和街88號12樓C室，欠款已逾期。",
            "zh-Hant",
            "九龍觀塘協和街88號12樓C室",
        ),
        (
            "你不缴费，地址：广州市天河区体育西路88号，我们上门。",
            "zh-Hans",
            "广州市天河区体育西路88号",
        ),
        ("閣下之胞弟陳家輝先生（電話6123 8847）已獲通知。", "zh-Hant", "6123 8847"),
        ("已联系你的经理 张伟 138 1234 5678。", "zh-Hans", "138 1234 5678"),
        # a company's employee is someone else, even when the company is written to
        (
            "贵公司员工张家豪的电话 138 2200 9163 一直无人接听。",
            "zh-Hans",
            "138 2200 9163",
        ),
        (
            "缴费通知已邮寄至您行驶证登记地址：郑州市金水区经三路北32号院5号楼。",
            "zh-Hans",
            "郑州市金水区经三路北32号院5号楼",
        ),
        ("你老婆，手机 139 1172 6830，我们也通知了。", "zh-Hans", "139 1172 6830"),
        ("Call your office manager Tom at (410) 555-0119.", "en", "(410) 555-0119"),
        (
            "Our statement to 4410 Kingston Pike came back — is that still your mailing"
            " address?",
            "en",
            "4410 Kingston Pike",
        ),
        ("客户手机 138 0240 6615 已停机。", "zh-Hans", "138 0240 6615"),
        # what the debtor registered, and where the sender mailed something
        (
            "我院多次致电您登记的手机 152 6634 9081 均未接通。",
            "zh-Hans",
            "152 6634 9081",
        ),
        (
            "繳費單已寄至 新竹市東區光復路二段101巷8弄5號3樓，請查收後繳費。",
            "zh-Hant",
            "新竹市東區光復路二段101巷8弄5號3樓",
        ),
        # ... and the debtor's or a third person's in the same forms
        (
            "系统登记的您本人手机号为 150 2103 8876，如已更换请更新。",
            "zh-Hans",
            "150 2103 8876",
        ),
        (
            "您所在的深圳市瑞丰鞋业有限公司会费尚未到账。",
            "zh-Hans",
            "深圳市瑞丰鞋业有限公司",
        ),
        (
            "閣下申請時所填報之任職機構為濠景娛樂度假村有限公司。",
            "zh-Hant",
            "濠景娛樂度假村有限公司",
        ),
        ("Guarantor: Patrick Ryan. Please contact Loans Dept.", "en", "Patrick Ryan"),
        (
            "Student Accounts: SIN on file: 527 189 336, please confirm.",
            "en",
            "527 189 336",
        ),
        (
            "As per NID 4613578209 recorded with us, the loan is in your name.",
            "en",
            "4613578209",
        ),
        (
            "We can reach you at Baptist Health Pharmacy where you said you work.",
            "en",
            "Baptist Health Pharmacy",
        ),
        (
            "Your file shows Casey's General Store #2210 on Route 9 as your workplace.",
            "en",
            "Casey's General Store",
        ),
        (
            "Your pay stubs show you started at Holloway Poultry on 3rd shift.",
            "en",
            "Holloway Poultry",
        ),
        (
            "We left a message for Mr. Oduya at his workplace, Northrop Grumman.",
            "en",
            "Northrop Grumman",
        ),
        (
            "Your private loan lists Harold Bixby as co-signer, phone (717) 555-0158.",
            "en",
            "(717) 555-0158",
        ),
        (
            "Unka office address Plot 44, Sector 18, Noida hai.",
            "en",
            "Plot 44, Sector 18, Noida",
        ),
        ("请联系我们，朋友王芳 138 1234 5678 也可以转告。", "zh-Hans", "138 1234 5678"),
        # a list of the debtor's data is no contact block
        (
            "Hi Ann, your SSN is on file, card ending 1111, phone (415) 555-0134.",
            "en",
            "(415) 555-0134",
        ),
        # the debtor's contact person by a bare name, and a number in brackets after
        # someone else's name
        (
            "您在APP中填写的联系人信息如下：\n联系人：周丽 139 0718 2256\n",
            "zh-Hans",
            "139 0718 2256",
        ),
        (
            "申請書所列聯絡人：蔡素珍 0932-118-406，本公司將依約確認。",
            "zh-Hant",
            "0932-118-406",
        ),
        (
            "相邻摊主张玉兰（电话 139 2317 6654）反映您近期未出摊。",
            "zh-Hans",
            "139 2317 6654",
        ),
        # ... and the debtor's or someone else's in the same shapes
        (
            "我方律师已向你户籍地址四川省成都市武侯区玉林北路17号3单元402寄出律师函。",
            "zh-Hans",
            "四川省成都市武侯区玉林北路17号3单元",
        ),
        ("你老闆手機0920-556-731我們有。", "zh-Hant", "0920-556-731"),
        (
            "We weren't able to reach you, so we left a voicemail for Rochelle Dunn at"
            " 919-482-7731.",
            "en",
            "919-482-7731",
        ),
        (
            "We've recorded the details you gave us: TFN 387 415 292.",
            "en",
            "387 415 292",
        ),
        # ... and the debtor's or someone else's in the same shapes
        (
            "管理處曾聯絡閣下租客鄭小姐（9172 8834），佢表示租金已交。",
            "zh-Hant",
            "9172 8834",
        ),
        (
            "本公司曾致電閣下申請表所填之工作地點——恒運物流有限公司人事部。",
            "zh-Hant",
            "恒運物流有限公司",
        ),
        (
            "Contact: Tom Whitehorse (ref) 406-555-0135\nOffice: 1-866-555-0147",
            "en",
            "406-555-0135",
        ),
        ("Loan SFL-3320 | Mobile on file: 752 0184 | Office: 22 555", "en", "752 0184"),
        (
            "Our letters went to 14/2 Dumbarton Rd, Glasgow G11 6PA - please let us know"
            " if you've moved.",
            "en",
            "Dumbarton Rd",
        ),
        (
            "As per our records PAN AKQPR4821M is linked to your loan.",
            "en",
            "AKQPR4821M",
        ),
        # (the eighth pair's forms: national IDs in prose, a birth date with 的)
        (
            "Also the PPSN you gave on the form, 6473021C, came back as not matching.",
            "en",
            "6473021C",
        ),
        ("Your TFN appears on page 2 as 462 193 855 — redact it?", "en", "462 193 855"),
        (
            "DWP asked us to confirm your National Insurance number, JT 48 62 19 C.",
            "en",
            "JT 48 62 19 C",
        ),
        ("系统显示您是1988年3月4日出生的，生日月可打八折。", "zh-Hans", "1988年3月4日"),
    ],
)
def test_the_debtors_or_a_third_persons_data_in_such_a_block(
    text: str, lang: str, value: str
) -> None:
    # the match may take an opening bracket: "(555-0127"
    assert any(value in v for v, _entity in found(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        # an organisation's mailbox, staff member's or role's
        "Any questions, email me at s.whitfield@northbrook-finance.co.uk.",
        "Report suspicious texts to security@keystonescholar.com.",
        "For account queries ask for Joe, or e-mail joe.hart@brightsidetyres.co.uk.",
        # a free-mail box named for the business or its role
        "Rick's Tire Pros: pay by Zelle to rickstirepros.billing@gmail.com.",
    ],
)
def test_an_organisations_mailbox_is_no_personal_data(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Euan, we sent the letter to euan.mcleod1989@hotmail.co.uk.",
            "euan.mcleod1989@hotmail.co.uk",
        ),
        ("Hi Ann, mail ann@example.com for the forms.", "ann@example.com"),
        ("We sent it to maria@correo.example.es already.", "maria@correo.example.es"),
        ("Your boss asked us to write to k.lee@acme-corp.com.", "k.lee@acme-corp.com"),
    ],
)
def test_a_persons_own_mailbox_stays_personal_data(text: str, value: str) -> None:
    assert value in [v for v, _entity in found(text, "en")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a record's value joined to its label by "as" or "still" (written for this test)
        (
            "Your signup form lists your employer as Tesla Gigafactory Texas.",
            "Tesla Gigafactory Texas",
        ),
        ("We have your employer on file as Meridian Shipping.", "Meridian Shipping"),
        ("To verify it's you, is your DOB still 07/30/1965?", "07/30/1965"),
        # the debtor's workplace as a delivery point, on file, or asked about
        (
            "We'll mail the paperwork to you at work, Baylor Scott & White Hospital.",
            "Baylor Scott & White Hospital",
        ),
        ("We have ur office on file as Accenture, Cyber One Bldg.", "Accenture"),
        (
            "We're updating your file: is Walgreens (Oak Park, IL) still your current"
            " employer?",
            "Walgreens",
        ),
    ],
)
def test_a_value_on_file_as_or_still(text: str, value: str) -> None:
    assert value in [v for v, _entity in found(text, "en")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a local number without its area code, given to someone (written for this test)
        ("We tried your brother Dwayne at 555-0163 and he said you moved.", "555-0163"),
        (
            "Trying your references next: Alicia Moreno (555-0127), then Dwayne Pike.",
            "555-0127",
        ),
    ],
)
def test_a_local_number_given_to_someone(text: str, value: str) -> None:
    # the match may take the opening bracket: "(555-0127"
    assert any(value in v for v, _entity in found(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        # ... and the sender's own, or a reference, stays clean
        "Questions? Call the front office at 555-0150.",
        "Pawn ticket 88314 matures 04/18. Renew in store or call 555-0127.",
        "Thx, Kidz Klub 555-0150",
        "Ref 555-0127 is for your brother's old account; your balance is $40.",
    ],
)
def test_a_local_number_of_the_senders_or_a_reference(text: str) -> None:
    assert found(text, "en") == []
