"""What a contact label of the sender's own looks like: the words before a value that
make it the sender's line, desk, office or premises.

:func:`smslint.detectors.pii_sender_scope.own_field` reads a field or a clause of a
message ("电话 0571-…", "；财务委员 沈丽 138…", "T 312.555.0174 | F …", "Director: Ms.
Alvarez, …") with :data:`FIELD_LABEL`. The vocabularies are closed classes: contact
nouns, staff offices, premises and units, in Chinese after a word of whose that is no
person's and no home's; English desk words and offices; a signature block's letters.
A possessive ("你的经理", "your office") or a person's kin makes no label.
"""

from __future__ import annotations

from smslint.detectors.lazy_patterns import lazy

# an institution, whose address or line is its own: "公司地址", "診所電話"
INSTITUTION = (
    r"公司|诊所|診所|医院|醫院|学校|學校|门诊|門診|总部|總部"
    r"|办公室|辦公室|店|舖|铺|中心|车房|車房|琴行|车行|車行|写字楼|寫字樓"
)

# what a Chinese label of the sender's own names: a contact point or desk, perhaps
# after a word of whose ("值班手机", "班上電話", "客服信箱"; never 家庭地址, 单位电话,
# 紧急联系人, 你的…), a staff member by office ("财务委员 沈丽", "法團司庫 梁國強",
# "店员小马"), the address of its premises ("店址", "館址", "陳列室"), or a unit
# ("批價組")
_OWN_PREFIX_ZH = (
    r"(?:(?![你您妳他她佢其家住宅户戶籍单單工老收登预預紧緊亲親])[\u4e00-\u9fff]){0,4}?"
)
# ... a staff title's may be anyone's but a person's ("客户经理", "工地主任")
_STAFF_PREFIX_ZH = r"(?:(?![你您妳他她佢其贵貴])[\u4e00-\u9fff ]){0,6}?"
CONTACT_ZH = (
    r"地址|电话|電話|手机|手機|手提|传真|傳真|办公室|辦公室|邮箱|郵箱|信箱|电子信箱|電子信箱"
    r"|热线|熱線|专线|專線|直线|直線|座机|座機|分機|分机|内线|內線|总机|總機|总台|總台"
    r"|服务台|服務台|前台|柜台|櫃台|櫃檯|行動(?:電話)?|市話|投诉|投訴|咨询|諮詢|查询|查詢"
    r"|报修|報修|值班|客户服务|客戶服務"
)
_STAFF_ZH = (
    r"经理|經理|主任|委员|委員|会计|會計|出纳|出納|司库|司庫|秘书|秘書|干事|幹事|站长|站長"
    r"|组长|組長|班长|班長|队长|隊長|老师|老師|师傅|師傅|管家|顾问|顧問|总监|總監|助理"
    r"|财务|財務|店长|店長|店员|店員|馆长|館長|园长|園長|校长|校長|院长|院長|教练|教練"
    r"|调度|調度|收银|收銀|行政|专员|專員|客服|承办人|承辦人|经办人|經辦人"
    r"|管理员|管理員|总干事|總幹事|业务员|業務員|信贷员"
    r"|信貸員|营业员|營業員|收费员|收費員|负责人|負責人|师|師"
    # any "…员" of the sender's ("调解员", "对账员"), never a member or a student
    r"|(?<![会會学學队隊社成学])(?:员|員)(?!工)"
)
_PLACE_ZH = (
    r"(?:店|舖|铺|會|会|行|所|院|校|社|站|厂|廠|班|館|馆|园|園|場|场)址|店舖|店铺|门店"
    r"|門店|分店|门市|門市|陳列室|陈列室|展厅|展廳"
    # a point of the sender's: "托管点：…", "网点", "缴费点"; an institution: "诊所：…"
    r"|(?:(?![你您妳他她佢其家住])[\u4e00-\u9fff]){1,3}(?:点|點)"
    rf"|{INSTITUTION}"
)
_UNIT_ZH = (
    r"(?:(?![你您妳他她佢其])[\u4e00-\u9fff]){1,4}(?<![住家宿户戶])"
    r"(?:处|處|组|組|科|课|課|部)"
)
FIELD_LABEL = lazy(
    r"\s*(?:[–—-]\s*)?"
    r"(?:(?i:(?:main|head|branch|registered)\s+)?(?i:office|address|tel|telephone|phone"
    r"|ph|mobile|mob|cell|fax|e-?mail|contact|call|text|whatsapp|hotline|helpline|web"
    # a staff member by office: "Director: Ms. Alvarez, (650) …"
    r"|director|principal|owner|bursar|treasurer|secretary|administrator|coordinator"
    r"|pastor|coach|instructor|manager|receptionist|dispatcher|admin|centre|center"
    r"|location|venue|local|harbou?rmaster|dockmaster|caretaker|superintendent"
    r"|foreman|steward|(?:24/7\s+)?emergency\s+line)"
    # ... and the abbreviations of a lender's contact block: "CS: 1500 822 / WA +62 …"
    r"|(?-i:CS|WA)"
    rf"|{_OWN_PREFIX_ZH}(?:{CONTACT_ZH})"
    # the owner's own line: "老闆手機 0920-…" (never 你老闆)
    rf"|(?:老板|老闆|店主|老细|老細)(?:{CONTACT_ZH})"
    # a contact person is the sender's by office, never by a bare name
    # ("联系人：主任 郑国平", never the debtor's "联系人：周丽"); or a role and a
    # nickname ("运维小吴")
    rf"|(?:(?:对账|對賬|业务|業務|收款)?(?:联系人|聯絡人|聯繫人|对接人|對接人)\s*[:：]?\s*)?"
    rf"(?:{_STAFF_PREFIX_ZH}(?:{_STAFF_ZH})|{_UNIT_ZH})"
    r"|(?:(?![你您妳他她佢其])[\u4e00-\u9fff]){0,4}\s?(?:小|老|阿)[\u4e00-\u9fff](?=\s*$)"
    rf"|{_PLACE_ZH}"
    # a signature block's one-letter labels: "T 312.555.0174 | F 312.555.0175"
    r"|[TFMPC](?![A-Za-z])"
    # a desk of the sender's, by name: "Leasing: 425.555.0110", "HP Dept: (876) …",
    # "Collections Desk: 020 …", "Credit Dept (Chaguanas): …", "mobile 0918 …"
    r"|(?!(?i:your|ur|his|her|their)(?![A-Za-z]))(?:[A-Z][A-Za-z&'.-]*\s+){0,3}"
    r"(?i:dept\.?|department|desk|team|line|main|leasing|billing|accounts|collections"
    r"|credit|yard|shop|store|branch|reception|cashier|support|services?|workshop"
    r"|counter|landline|direct|maintenance|after-hours|warehouse|depot|showroom"
    r"|plant|studio|clinic|campus|office|cs|manager|mgr|supervisor|secretary|warden"
    r"|controller)(?:\s*\([^)\n]{1,24}\))?"
    # ... or a staff member's office in lower case: "ops mgr Luis cell …"
    r"|(?:[a-z]+\s+)?(?:mgr|manager|supervisor|coordinator|controller))"
    # then perhaps a name, perhaps a line's label: "联系人：主任 郑国平 ", "店员小马",
    # "Office (Renee): ", "會員關係經理 Ms. Winnie Lau 直線 "
    r"\s*[:：.]?\s*(?:[^\n|｜:：，,。;；你您妳他她佢]{0,20}?[\s:：,，]*)?"
)
