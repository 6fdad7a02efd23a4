#!/usr/bin/env python3
"""Generate a synthetic Gazette article corpus for benchmarks.

    python3 Scripts/generate-corpus.py OUT_DIR --count N [--seed S] [--jobs J]

Writes N civic announcements as JSON files under OUT_DIR/<issuer>/<year>/<month>/, in the
article format Gazette reads (see docs/sample-data.md): Simplified and Traditional Chinese,
Japanese, Korean and English from thirty issuers, bodies of mostly 0.5–4 KB with about one in a
thousand of about 100 KB, about 5% of files holding an array of 2–5 articles, every metadata
field used and sometimes omitted, dates over ten years in every accepted form, and a few files
with a byte order mark. The text is assembled from phrase pools written for this script.

The output depends only on --count and --seed, not on the number of worker processes. OUT_DIR
must be empty or absent. Prints one line: files, articles and bytes written.
"""

import argparse
import datetime
import itertools
import json
import multiprocessing
import os
import random
import sys
import time
from json.encoder import encode_basestring as encode_string

# MARK: - Shared pools

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
WEEKDAYS = {
    "zh-Hans": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
    "zh-Hant": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
    "ja": ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
    "ko": ["월", "화", "수", "목", "금", "토", "일"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

# Per language: topic phrase pools (titles, core sentences, breadcrumb label), generic
# sentences shared by all topics, slot pools, and how sentences are joined.
LANGUAGES = {
    "zh-Hans": {
        "joiner": "",
        "root": ["首页", "政务公开"],
        "title_prefixes": ["【通知】", "【公告】", "【提醒】"],
        "topics": {
            "road": ("交通出行", [
                "关于{road}部分路段实施临时交通管制的通告",
                "{place}{road}{md}起封闭施工",
                "{road}改造工程施工期间车辆绕行提示",
            ], [
                "因{road}（{road2}至{road3}段）道路改造工程施工需要，自{md}起对该路段实施全封闭施工，预计工期{n}天。",
                "施工期间，途经该路段的{bus}路、{bus2}路公交车临时绕行{road2}，沿途{n2}个站点暂停使用。",
                "由{place}方向驶来的车辆可经{road2}、{road3}绕行，大型货车禁止驶入施工区域周边道路。",
                "每日{eh}时至次日{h2}时为集中作业时段，其余时间保留一条机动车道通行。",
            ]),
            "water": ("供水信息", [
                "{place}部分区域{md}停水通知",
                "关于{road}供水管道维修期间临时停水的公告",
                "{md}{place}{road}沿线计划停水",
            ], [
                "因{road}供水主管道（DN{dn}）更换施工，{md}{eh}时至次日{h2}时，{place}{road}沿线{n}个小区将暂停供水。",
                "停水期间，供水企业将在{road2}路口设置临时供水点，并安排送水车辆为特殊困难群众送水上门。",
                "恢复供水初期可能出现短时水质浑浊，请打开水龙头放水数分钟，待水质清澈后再饮用。",
                "请受影响的居民提前储水，停水期间关闭水龙头，防止恢复供水时跑水。",
            ]),
            "hearing": ("通知公告", [
                "关于举行{item}听证会的公告",
                "{item}方案公开征求意见",
                "{org}将于{md}召开{item}听证会",
            ], [
                "{org}定于{md}（{wd}）上午{h1}时在{facility}举行{item}听证会，现将有关事项公告如下。",
                "听证会设参加人{n}名，其中消费者参加人不少于{n2}名，采取自愿报名与随机选取相结合的方式产生。",
                "报名截止时间为{md2}，报名者须为年满18周岁、在本市居住一年以上的居民。",
                "听证会公开举行，设旁听席{n2}个，公众也可在听证会举行前通过信函、电子邮件等方式提交书面意见。",
            ]),
            "health": ("卫生健康", [
                "{disease}进入高发期　疾控部门提醒做好防护",
                "{year}年{vaccine}接种工作启动",
                "关于开展{year}年{disease}防控宣传活动的通知",
            ], [
                "监测数据显示，第{week}周全市{disease}报告病例较前一周上升{pct}%，以儿童和老年人为主。",
                "全市{n}家社区卫生服务中心均可接种{vaccine}，60岁以上户籍老年人可免费接种。",
                "出现发热、咳嗽等症状时，应尽量居家休息，就医时全程佩戴口罩。",
                "学校、托幼机构要落实晨午检制度，发现聚集性病例及时报告。",
            ]),
            "transit": ("公共交通", [
                "{bus}路公交线路{md}起优化调整",
                "地铁{line}{md}起延长运营时间",
                "关于调整{place}部分公交线路的公告",
            ], [
                "为方便市民出行，自{md}起，{bus}路公交车首班时间提前至{h1}:{mm}，末班时间延后至{eh}:{mm}。",
                "调整后，线路延伸至{road}，新增{n2}个停靠站点，全程约{km}公里。",
                "地铁{line}工作日高峰时段行车间隔由{n}分钟缩短至{n2}分钟。",
                "乘客可通过城市公交App或车站公告查询实时到站信息。",
            ]),
            "election": ("选举工作", [
                "{place}人大代表选举选民登记公告",
                "关于{year}年{place}人大代表换届选举投票安排的通知",
            ], [
                "根据选举工作安排，{place}选民登记工作于{md}至{md2}进行，年满十八周岁的公民均可依法登记。",
                "选民可持居民身份证到所在社区选民登记站办理登记或查询登记情况。",
                "投票日为{md2}，全区共设投票站{n}个，投票时间为{h1}时至{eh}时。",
                "因外出不能参加投票的选民，可书面委托其他选民代为投票，每一选民接受委托不得超过三人。",
            ]),
            "weather": ("气象预警", [
                "暴雨{color}预警信号生效中",
                "{place}发布大风{color}预警",
                "寒潮来袭　气温将下降{n}℃以上",
            ], [
                "市气象台{md}{h1}时发布暴雨{color}预警信号，预计未来{n}小时内{place}将出现{rain}毫米以上的降水。",
                "受冷空气影响，{md}至{md2}全市将出现大风降温天气，最低气温降至零下{n}℃。",
                "请注意防范强降水引发的城市内涝、山洪和地质灾害，非必要不外出。",
                "户外作业人员应暂停作业，车辆避开低洼路段和下穿通道。",
            ]),
            "school": ("教育", [
                "{year}年义务教育阶段学校招生入学工作通知",
                "{place}{year}年秋季幼儿园招生公告",
            ], [
                "小学一年级招收{born}年9月1日至{born2}年8月31日出生的适龄儿童。",
                "网上报名时间为{md}至{md2}，家长登录招生服务平台填写信息并上传材料。",
                "坚持免试就近入学原则，公办学校不得以任何形式的考试选拔学生。",
                "随迁子女凭居住证等材料，由教育部门统筹安排入学。",
            ]),
            "tax": ("税务", [
                "{year}年度个人所得税综合所得汇算清缴提示",
                "关于{year}年城镇土地使用税申报缴纳的公告",
            ], [
                "纳税人应于{md}至{md2}期间办理上一年度个人所得税综合所得汇算清缴。",
                "纳税人可通过个人所得税App、电子税务局网站或到办税服务厅办理。",
                "年度综合所得收入不超过12万元且需要补税的，或补税金额不超过400元的，无需办理补税。",
                "逾期未申报的，税务机关将依法加收滞纳金。",
            ]),
            "waste": ("城市管理", [
                "{place}生活垃圾分类{md}起定时定点投放",
                "关于调整{place}大件垃圾收运时间的通知",
            ], [
                "自{md}起，{place}{n}个住宅小区试行定时定点投放，投放时间为每天{h1}时至{h1b}时、{eh}时至{eh2}时。",
                "生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，请居民分类投放。",
                "废旧电池、过期药品、废灯管等有害垃圾请单独投放到红色收集容器。",
                "大件垃圾请提前预约，由环卫部门统一上门收运。",
            ]),
        },
        "open": [
            "根据有关规定，现将相关事项公告如下。",
            "记者从{org}获悉，相关工作将于近期全面启动。",
            "近日，{org}就相关工作作出部署。",
        ],
        "advice": [
            "请广大市民提前做好安排。",
            "给市民带来的不便，敬请谅解。",
            "请相关单位和个人认真遵照执行。",
            "如遇特殊情况，以现场公告为准。",
            "各街道、社区要加强宣传，做好解释引导工作。",
        ],
        "background": [
            "据介绍，该项工作已列入{year}年市政府民生实事项目。",
            "{org}相关负责人表示，将持续跟踪实施情况，及时回应群众关切。",
            "截至目前，全市已累计投入资金{money}万元。",
            "今年以来，相关部门共收到群众来电来信{big}件，办结率{pct}%。",
            "下一步，{org}将会同各区政府加强督导检查，确保各项措施落到实处。",
            "“这件事关系到每家每户，我们一定把好事办好。”{org}相关负责人说。",
            "去年同期，全市共完成类似项目{n}个，群众满意度达到{pct}%。",
            "有关情况将通过政府门户网站、微信公众号等渠道及时向社会公布。",
        ],
        "contact": [
            "咨询电话：{phone}。",
            "详情请登录{url}查询。",
            "市民如有意见建议，可拨打12345政务服务便民热线反映。",
        ],
        "closing": ["特此公告。", "特此通知。", "特此通告。"],
        "list_headers": ["附件：具体安排如下", "附：具体时间及地点", "相关安排如下："],
        "list_items": {
            "works": [
                "{i}．{place}{road}（{road2}至{road3}段），{md}至{md2}，涉及居民约{big}户。",
                "{i}．{road}与{road2}交叉口，{md}{eh}时至次日{h2}时。",
                "{i}．{place}{road}沿线，计划投资{money}万元，工期{n}天。",
            ],
            "sites": ["{i}．{place}{road}{site}，{md}至{md2}，每日{h1}时至{eh}时。"],
        },
        "sites": ["社区服务中心", "街道办事处", "社区卫生服务站", "小学", "文化活动中心"],
        "slots": {
            "item": ["居民生活用水价格调整", "出租汽车运价调整", "城区停车收费标准调整", "管道天然气销售价格调整"],
            "facility": ["市政务服务中心三楼会议室", "市民活动中心二楼报告厅", "市发展改革委一楼会议室"],
            "disease": ["流感", "诺如病毒感染", "手足口病", "登革热"],
            "vaccine": ["流感疫苗", "肺炎球菌疫苗", "带状疱疹疫苗"],
            "color": ["蓝色", "黄色", "橙色", "红色"],
            "line": ["1号线", "2号线", "3号线", "5号线", "9号线"],
        },
    },
    "zh-Hant": {
        "joiner": "",
        "root": ["首頁", "市政新聞"],
        "title_prefixes": ["【公告】", "【重要】", "【新聞稿】"],
        "topics": {
            "road": ("交通", [
                "{road}{md}起夜間封閉施工",
                "{place}{road}道路改善工程交通管制公告",
                "{road}人行道改善工程　施工期間請改道",
            ], [
                "為辦理{road}（{road2}至{road3}）路面更新工程，自{md}起每日{eh}時至翌日{h2}時封閉施工，預計{n}個工作天完成。",
                "施工期間行經該路段之{bus}、{bus2}路公車改道行駛{road2}，{n2}處站位暫停停靠。",
                "請用路人提前改道，行經施工路段時減速慢行，並依現場交通指揮人員引導通行。",
                "如遇雨天順延，實際施工時間以現場公告為準。",
            ]),
            "water": ("公用事業", [
                "{place}部分地區{md}停水公告",
                "{road}配水管汰換工程　{md}夜間停止供水",
            ], [
                "自來水事業處為辦理{road}配水幹管汰換工程，訂於{md}（{wd}）{eh}時至翌日{h2}時停止供水。",
                "停水範圍包括{place}{road}沿線及{road2}部分門牌，降壓範圍另含{road3}一帶。",
                "受影響用戶請事先儲水備用，並關閉水表前總開關。",
                "恢復供水初期如水質混濁，請開啟水龍頭放水數分鐘，待水質清澈後再使用。",
            ]),
            "hearing": ("市民參與", [
                "{item}公聽會　{md}舉行",
                "歡迎市民出席{item}公聽會",
                "{item}草案公開徵求意見",
            ], [
                "{org}訂於{md}（{wd}）上午{h1}時於{facility}舉辦{item}公聽會，邀請市民踴躍參與。",
                "公聽會現場開放登記發言，每人發言以三分鐘為限，全程網路直播。",
                "無法到場的民眾，可於{md2}前以電子郵件或書面方式提供意見。",
                "相關草案及說明資料已公布於市府網站，並於各區公所提供紙本閱覽。",
            ]),
            "health": ("衛生", [
                "{disease}流行期　衛生局呼籲民眾及早接種疫苗",
                "{year}年{vaccine}{md}起開打",
            ], [
                "衛生局監測資料顯示，上週{disease}門急診就診人次較前一週上升{pct}%，疫情持續升溫。",
                "{vaccine}即日起於本市{n}家合約院所及各區健康服務中心提供接種，65歲以上長者公費施打。",
                "民眾如出現發燒、咳嗽、肌肉痠痛等症狀，應戴口罩儘速就醫，並在家休息避免上班上課。",
                "勤洗手、咳嗽戴口罩，是預防呼吸道傳染病最簡單有效的方法。",
            ]),
            "transit": ("交通", [
                "{bus}路公車{md}起調整路線",
                "捷運{line}延長營運　{md}起實施",
                "{place}公車路網調整說明",
            ], [
                "為提升服務品質，{bus}路公車自{md}起調整行駛路線，改經{road}、{road2}，新增{n2}處站位。",
                "捷運{line}平日尖峰時段班距由{n}分鐘縮短為{n2}分鐘。",
                "首班車發車時間提前至{h1}時{mm}分，末班車延後至{eh}時{mm}分。",
                "民眾可利用公車動態資訊系統或App查詢即時到站資訊。",
            ]),
            "election": ("選舉", [
                "{year}年{place}里長選舉投票所一覽",
                "{place}選舉　投票所異動公告",
            ], [
                "{year}年地方公職人員選舉訂於{md}（{wd}）舉行，投票時間為上午8時至下午4時。",
                "本次選舉{place}共設{n}處投票所，其中{n2}處因場地整修遷移，請選舉人留意投票通知單所載地點。",
                "選舉人應攜帶國民身分證、印章或簽名及投票通知單前往投票。",
                "投票所內禁止攝影及展示圈選內容，違者依法處理。",
            ]),
            "weather": ("防災", [
                "豪雨特報　{place}山區嚴防坍方落石",
                "颱風警報　{md}停止上班上課",
                "低溫特報　{md}清晨氣溫下探{n2}度",
            ], [
                "氣象單位發布豪雨特報，{place}山區{md}累積雨量可達{rain}毫米以上。",
                "市府已成立災害應變中心，並於各區開設防災收容處所。",
                "請民眾避免前往山區、河濱及海邊，並注意強風及坍方落石。",
                "河濱公園各疏散門將視水位情況陸續關閉，停放車輛請儘速移出。",
            ]),
            "school": ("教育", [
                "{roc}學年度國民小學新生入學報到",
                "{place}公立幼兒園招生登記{md}開始",
            ], [
                "{roc}學年度公立國民小學新生報到作業於{md}至{md2}辦理，請家長攜帶戶口名簿前往學區學校報到。",
                "學區內設籍人數超過可容納班級數的學校，將依設籍時間先後排定入學順序。",
                "未於期限內報到者，學校將進行電話追蹤及家訪，確保學齡兒童按時入學。",
                "公立幼兒園第一階段登記期間為{md}至{md2}，可於線上登記系統辦理。",
            ]),
            "tax": ("稅務", [
                "{year}年房屋稅{md}開徵",
                "地價稅繳納期限至{md2}　逾期加徵滯納金",
            ], [
                "本年期稅款開徵期間為{md}至{md2}，稅單已陸續寄發。",
                "民眾可持稅單至金融機構繳納，或使用信用卡、行動支付、網路銀行等方式繳稅。",
                "逾期繳納者，每逾三日加徵百分之一滯納金，最高加徵至百分之十。",
                "如未收到稅單，可至稅捐稽徵處網站申請補發。",
            ]),
            "waste": ("環境保護", [
                "{place}垃圾車清運時間{md}起調整",
                "資源回收車收運日變更公告",
            ], [
                "{place}部分路線垃圾車清運時間自{md}起調整，請民眾依新公告時間倒垃圾。",
                "一般垃圾須使用專用垃圾袋，資源回收物請分類後交給資源回收車。",
                "廚餘分為生廚餘與熟廚餘，請分別投入垃圾車旁的廚餘回收桶。",
                "大型廢棄家具可撥打清潔隊專線預約免費清運。",
            ]),
        },
        "open": [
            "{org}表示，相關措施將自即日起實施。",
            "為維護市民權益，現將有關事項公告如下。",
            "記者從{org}獲悉，相關工作將於近期展開。",
        ],
        "advice": [
            "造成不便，敬請見諒。",
            "請市民朋友互相轉告。",
            "如遇特殊情況，以現場公告為準。",
            "市府呼籲民眾提高警覺，注意自身安全。",
        ],
        "background": [
            "{org}指出，本項計畫總經費約新臺幣{money}萬元。",
            "據統計，去年相關陳情案件共{big}件。",
            "今年以來已辦理說明會{n}場，參與民眾超過{big}人次。",
            "市府將持續檢討執行成效，適時調整相關措施。",
            "「我們希望把對市民生活的影響降到最低。」{org}發言人說。",
            "相關訊息將同步公布於市府官網及各區公所公布欄。",
            "里長與志工也將協助向長者及行動不便者說明……確保訊息傳達到每一戶。",
        ],
        "contact": [
            "洽詢專線：{phone}。",
            "詳情請至{url}查詢。",
            "如有疑問，請洽各區公所。",
        ],
        "closing": ["特此公告。"],
        "list_headers": ["附件：各區辦理時間及地點", "影響範圍如下："],
        "list_items": {
            "works": [
                "{i}、{place}{road}（{road2}至{road3}）：{md}至{md2}。",
                "{i}、{road}與{road2}路口：{md}{eh}時至翌日{h2}時。",
                "{i}、{place}{road}沿線，預算新臺幣{money}萬元，工期{n}天。",
            ],
            "sites": ["{i}、{place}{site}（{road}）：{md}至{md2}，每日{h1}時至{eh}時。"],
        },
        "sites": ["區民活動中心", "里民活動中心", "健康服務中心", "國民小學", "區公所"],
        "slots": {
            "item": ["都市計畫通盤檢討", "公共運輸票價調整", "參與式預算提案", "河濱公園整體規劃"],
            "facility": ["市政大樓二樓會議室", "區公所大禮堂", "市民活動中心"],
            "disease": ["流感", "腸病毒", "登革熱", "諾羅病毒"],
            "vaccine": ["流感疫苗", "肺炎鏈球菌疫苗", "公費水痘疫苗"],
            "color": ["黃色", "紅色"],
            "line": ["文湖線", "淡水信義線", "板南線", "環狀線", "中和新蘆線"],
        },
    },
    "ja": {
        "joiner": "",
        "root": ["ホーム", "くらし・手続き"],
        "title_prefixes": ["【重要】", "【お知らせ】", "【更新】"],
        "topics": {
            "road": ("道路・交通", [
                "{road}の通行止めについて（{md}～）",
                "【交通規制】{place}{road}で夜間工事を行います",
                "{road}道路改良工事のお知らせ",
            ], [
                "{road}（{road2}交差点～{road3}交差点）で下水道管の更新工事を行うため、{md}から全面通行止めとします。",
                "工事期間中は、{bus}系統の路線バスが{road2}経由で迂回運行し、{n2}か所のバス停が一時移設されます。",
                "工事は{eh}時から翌朝{h2}時までの夜間に行います。騒音・振動の軽減に努めますので、ご理解をお願いします。",
                "天候等により、工事期間が変更になる場合があります。",
            ]),
            "water": ("上下水道", [
                "{place}の一部で断水します（{md}）",
                "水道管工事に伴う断水のお知らせ",
                "【断水】{road}周辺　{md}夜間",
            ], [
                "配水管の取替工事に伴い、{md}（{wd}）{eh}時から翌朝{h2}時まで、{place}{road}周辺で断水します。",
                "断水の前に、飲み水などを必要な分だけくみ置きしてください。",
                "断水が終わった直後は、濁った水が出ることがありますので、しばらく水を出してからご使用ください。",
                "工事の状況により、断水時間が前後することがあります。",
            ]),
            "hearing": ("市政への参加", [
                "{item}に関する公聴会の開催について",
                "{item}（素案）への意見を募集します",
            ], [
                "{org}では、{item}について市民の皆さまのご意見を伺うため、{md}（{wd}）に{facility}で公聴会を開催します。",
                "公述人を{n2}名程度募集します。応募多数の場合は抽選とします。",
                "意見募集の締切は{md2}です。郵送、ファクス、電子メール、Webフォームのいずれかで提出してください。",
                "いただいたご意見は、個人情報を除いて、市の考え方とともにホームページで公表します。",
            ]),
            "health": ("健康・医療", [
                "{vaccine}の接種について（{year}年度）",
                "{disease}が流行しています　感染予防にご協力を",
            ], [
                "市内の定点医療機関からの報告数が{n}.{d}人となり、{disease}の流行注意報の基準を超えました。",
                "{vaccine}の定期接種を{md}から実施します。65歳以上の方は自己負担{fee}円で接種できます。",
                "手洗い、咳エチケット、こまめな換気など、基本的な感染対策を心がけてください。",
                "発熱などの症状がある場合は、事前に医療機関へ電話で相談してから受診してください。",
            ]),
            "transit": ("交通", [
                "{bus}系統のダイヤ改正について",
                "市営地下鉄{line}の終電を延長します",
                "{place}地区の路線バス再編のお知らせ",
            ], [
                "{md}から、{bus}系統のダイヤを改正し、平日朝の運行本数を{n2}本増便します。",
                "地下鉄{line}の終電を約{n}分繰り下げ、{eh}時{mm}分発とします。",
                "再編後は、{road}経由の新路線を開設し、{place}方面への所要時間が約{n2}分短縮されます。",
                "最新の運行情報は、交通局ホームページや公式アプリでご確認ください。",
            ]),
            "election": ("選挙", [
                "{place}議会議員選挙　期日前投票のご案内",
                "投票所の変更について（{year}年{place}長選挙）",
            ], [
                "{md}（{wd}）執行の選挙の期日前投票を、{md2}まで区役所ほか{n2}か所で行います。",
                "期日前投票の時間は、午前8時30分から午後8時までです。",
                "投票所入場整理券が届いていなくても、選挙人名簿に登録されていれば投票できます。",
                "施設の改修工事に伴い、一部の投票区で投票所を変更します。整理券に記載の投票所をご確認ください。",
            ]),
            "weather": ("防災・安全", [
                "大雨警報発表時の対応について",
                "【防災】台風第{n2}号の接近に伴う注意喚起",
                "熱中症警戒アラートが発表されました",
            ], [
                "{md}{h1}時、{place}に大雨警報（土砂災害）が発表されました。",
                "今後{n}時間で{rain}ミリの雨が予想されています。川や用水路には近づかないでください。",
                "市内の指定避難所を順次開設しています。避難の際は、飲料水や常備薬を持参してください。",
                "エアコンを適切に使用し、こまめに水分・塩分を補給してください。",
            ]),
            "school": ("子育て・教育", [
                "{era}年度 小学校入学予定者の就学時健康診断",
                "{place}の保育所等入所申込（{era}年4月入所）",
            ], [
                "{era}年4月に小学校へ入学するお子さんがいる世帯に、10月中旬に就学通知書を郵送します。",
                "学区域外の学校への入学を希望する場合は、{md2}までに申込をしてください。",
                "保育所等の入所申込は、{md}から{md2}まで、区役所またはオンラインで受け付けます。",
                "外国籍のお子さんの入学についても、教育委員会へご相談ください。",
            ]),
            "tax": ("税金", [
                "固定資産税・都市計画税の第1期納期限は{md2}です",
                "個人住民税の申告受付について",
            ], [
                "{year}年度の納税通知書を発送しました。第1期分の納期限は{md2}です。",
                "納付は、金融機関やコンビニエンスストアのほか、スマートフォン決済アプリやクレジットカードでもできます。",
                "納期限を過ぎると延滞金がかかる場合があります。お早めに納付してください。",
                "災害や病気などで納付が困難な場合は、市税事務所へご相談ください。",
            ]),
            "waste": ("ごみ・リサイクル", [
                "{place}のごみ収集曜日が変わります",
                "粗大ごみの申込方法の変更について",
            ], [
                "{md}から、{place}の一部地域で資源ごみの収集曜日を変更します。",
                "ごみは収集日の朝8時30分までに、決められた場所に出してください。",
                "粗大ごみは事前申込制です。電話またはインターネットでお申し込みください。",
                "エアコン、テレビ、冷蔵庫、洗濯機は粗大ごみとして出すことができません。",
            ]),
        },
        "open": [
            "{org}からのお知らせです。",
            "次のとおりお知らせします。",
        ],
        "advice": [
            "ご不便をおかけしますが、ご理解とご協力をお願いします。",
            "詳しくは、各区役所へお問い合わせください。",
            "内容は変更になる場合があります。",
            "ご近所で情報が届きにくい方にも、お声かけをお願いします。",
        ],
        "background": [
            "{org}では、{year}年度からこの取組を順次進めています。",
            "昨年度は延べ{big}人の方にご利用いただきました。",
            "協力店舗「{shop}」などでもチラシを配布しています。",
            "本事業の総事業費は約{money}万円です。",
            "市民アンケートでは、回答者の{pct}%が「満足」または「やや満足」と答えました。",
            "実施状況は、市のホームページや広報紙『市民だより』でお知らせします。",
        ],
        "contact": [
            "問い合わせ：{dept}　電話 {phone}",
            "詳しくは {url} をご覧ください。",
        ],
        "closing": [],
        "list_headers": ["【対象区域と日程】", "■ 実施場所と日時"],
        "list_items": {
            "works": [
                "{i}．{place}　{road}周辺（{road2}～{road3}）　{md}～{md2}",
                "{i}．{road}・{road2}交差点付近　{md}　{eh}時～翌{h2}時",
                "{i}．{place}　{road}沿い　事業費 約{money}万円（工期{n}日間）",
            ],
            "sites": ["{i}．{place}　{site}（{road}沿い）　{md}～{md2}　午前{h1}時～午後{eh12}時"],
        },
        "sites": ["区民センター", "地域福祉センター", "小学校体育館", "保健福祉センター", "図書館"],
        "slots": {
            "item": ["都市計画マスタープランの改定", "市営住宅の家賃制度の見直し", "自転車活用推進計画", "公共施設の再編計画"],
            "facility": ["市役所本庁舎8階大会議室", "区民センター2階ホール", "市民交流プラザ"],
            "disease": ["インフルエンザ", "感染性胃腸炎", "手足口病", "RSウイルス感染症"],
            "vaccine": ["高齢者インフルエンザ予防接種", "高齢者肺炎球菌ワクチン", "帯状疱疹ワクチン"],
            "line": ["御堂筋線", "谷町線", "ブルーライン", "グリーンライン", "南北線", "東西線"],
            "shop": ["ｶﾌｪ ﾐﾅﾄ", "ﾍﾞｰｶﾘｰ ｻｸﾗ", "ﾄﾞﾗｯｸﾞｽﾄｱ ｱｵﾊﾞ", "ｷｯﾁﾝ ﾋﾏﾜﾘ", "市民サービスコーナー"],
            "dept": ["市民局 市民生活課", "環境局 事業管理課", "健康局 保健所", "建設局 道路課", "教育委員会事務局 学務課"],
        },
    },
    "ko": {
        "joiner": " ",
        "root": ["홈", "알림소식"],
        "title_prefixes": ["[알림] ", "[공지] ", "[보도자료] "],
        "topics": {
            "road": ("교통정보", [
                "{road} 일부 구간 교통 통제 안내 ({md})",
                "{place} {road} 도로 포장 공사에 따른 우회 안내",
            ], [
                "{road}({road2}~{road3} 구간) 노후 상수도관 교체 공사로 {md}부터 {n}일간 차량 통행이 전면 통제됩니다.",
                "공사 기간 중 {bus}번·{bus2}번 시내버스는 {road2} 방면으로 우회 운행하며, 정류소 {n2}곳이 임시 이전됩니다.",
                "공사는 매일 {eh}:00부터 다음 날 {h2}:00까지 야간에 진행됩니다.",
                "차량 이용자께서는 우회 도로를 이용해 주시기 바랍니다.",
            ]),
            "water": ("상수도", [
                "{place} 일대 단수 안내 ({md})",
                "상수도관 교체 공사에 따른 단수 알림",
            ], [
                "노후 상수도관 교체 공사를 위해 {md}({wd}) {eh}:00부터 다음 날 {h2}:00까지 {place} {road} 일대에 단수를 실시합니다.",
                "※ 단수 전에 필요한 만큼 물을 받아 두시고, 단수 중에는 수도꼭지를 잠가 주십시오.",
                "단수 후 공급 초기에는 흐린 물이 나올 수 있으니 맑은 물이 나올 때까지 잠시 틀어 두신 후 사용하시기 바랍니다.",
                "급수 차량은 {place} 주민센터 앞에 배치됩니다.",
            ]),
            "hearing": ("시민참여", [
                "{item} 공청회 개최 안내",
                "{item}(안) 주민 의견 청취 공고",
            ], [
                "{org}는 {item}에 대한 시민 의견을 듣기 위해 {md}({wd}) {h1}시 {facility}에서 공청회를 개최합니다.",
                "공청회는 누구나 참석할 수 있으며, 현장에서 발언 신청을 받습니다.",
                "의견이 있는 시민은 {md2}까지 우편, 팩스 또는 전자우편으로 의견서를 제출할 수 있습니다.",
                "공청회 자료는 누리집(홈페이지)에서 내려받을 수 있습니다.",
            ]),
            "health": ("보건", [
                "{vaccine} 예방접종 안내 ({year}~{year_next}절기)",
                "{disease} 유행주의보 발령… 개인위생 수칙 준수 당부",
            ], [
                "질병관리청은 {md} {disease} 유행주의보를 발령했으며, 외래환자 1,000명당 의사환자 수가 {n}.{d}명으로 유행 기준을 넘어섰다.",
                "{vaccine} 무료 접종은 {md}부터 가까운 보건소와 지정 의료기관 {big}곳에서 받을 수 있다.",
                "발열, 기침 등 증상이 있으면 마스크를 착용하고 가까운 의료기관을 방문해 진료를 받아야 한다.",
                "손 씻기, 기침 예절 지키기, 자주 환기하기 등 생활 속 예방수칙을 지켜 주시기 바랍니다.",
            ]),
            "transit": ("교통", [
                "{bus}번 시내버스 노선 조정 안내",
                "지하철 {line} 막차 시간 연장 ({md}부터)",
            ], [
                "{md}부터 {bus}번 버스 노선이 {road} 방면으로 연장되어 정류소 {n2}곳이 새로 생깁니다.",
                "출근 시간대(07:00~09:00) 배차 간격은 {n}분에서 {n2}분으로 줄어듭니다.",
                "지하철 {line} 막차 시간이 {eh}시 {mm}분으로 연장됩니다.",
                "실시간 도착 정보는 교통 앱(App) 또는 정류소 안내 단말기에서 확인할 수 있습니다.",
            ]),
            "election": ("선거", [
                "{year}년 {place} 투표소 변경 안내",
                "사전투표소 위치 및 운영 시간 안내",
            ], [
                "사전투표는 {md}({wd})부터 이틀간 오전 6시부터 오후 6시까지 실시됩니다.",
                "{place} 관내 투표소 {n}곳 중 {n2}곳이 시설 공사로 인해 변경되었습니다.",
                "투표할 때에는 주민등록증, 여권, 운전면허증 등 사진이 붙은 신분증을 지참해야 합니다.",
                "투표소 위치는 선거관리위원회 누리집에서 확인할 수 있습니다.",
            ]),
            "weather": ("재난안전", [
                "호우경보 발령에 따른 시민 행동 요령",
                "태풍 제{n2}호 북상… 해안가 접근 자제 당부",
                "폭염특보 발령… 무더위쉼터 운영",
            ], [
                "{md} {h1}시를 기해 {place} 일대에 호우경보가 발령되었습니다.",
                "앞으로 {n}시간 동안 시간당 {rain}mm 이상의 강한 비가 예상됩니다.",
                "하천변 산책로와 지하차도 이용을 자제하고, 저지대 주민은 대피에 대비해 주시기 바랍니다.",
                "무더위쉼터는 경로당, 주민센터 등에서 운영되며 평일 오후 9시까지 연장 운영합니다.",
            ]),
            "school": ("교육", [
                "{year_next}학년도 초등학교 취학 통지서 배부 안내",
                "{year_next}학년도 공립유치원 원아 모집 안내",
            ], [
                "{year_next}학년도 초등학교 취학 대상 아동({born_ko}. 1. 1.~{born_ko}. 12. 31. 출생) 보호자에게 취학통지서를 배부합니다.",
                "취학통지서는 {md}부터 {md2}까지 정부24 누리집에서 온라인으로도 발급받을 수 있습니다.",
                "예비소집일은 {md2}이며, 보호자는 아동과 함께 배정된 학교를 방문해야 합니다.",
                "공립유치원 모집은 유치원 입학 관리 시스템 '처음학교로'를 통해 진행됩니다.",
            ]),
            "tax": ("세정", [
                "{year}년 정기분 재산세 납부 안내",
                "자동차세 연납 신청 안내",
            ], [
                "{year}년 정기분 재산세 고지서를 발송했으며, 납부 기한은 {md2}까지입니다.",
                "납부는 전국 모든 은행 CD/ATM, 위택스, 가상계좌 이체, 간편결제 앱 등으로 할 수 있습니다.",
                "기한을 넘기면 3%의 납부지연가산세가 부과됩니다.",
                "자동차세를 1월에 한꺼번에 내면 연세액의 약 {pcti}%를 공제받을 수 있습니다.",
            ]),
            "waste": ("청소·재활용", [
                "음식물류 폐기물 배출 요일 변경 안내",
                "{place} 대형 폐기물 배출 방법 안내",
            ], [
                "{md}부터 {place} 지역의 음식물류 폐기물 수거 요일이 변경됩니다.",
                "배출 시간은 수거 전날 오후 8시부터 수거 당일 오전 5시까지입니다.",
                "대형 폐기물은 구청 누리집이나 앱에서 신고한 뒤 배출 스티커를 붙여 내놓아야 합니다.",
                "재활용품은 종류별로 분리해 투명 봉투에 담아 배출해 주시기 바랍니다.",
            ]),
        },
        "open": [
            "{org}는 다음과 같이 알려 드립니다.",
            "시민 여러분의 협조를 부탁드립니다.",
        ],
        "advice": [
            "시민 여러분의 양해를 부탁드립니다.",
            "자세한 사항은 관할 구청으로 문의하시기 바랍니다.",
            "현장 여건에 따라 일정이 변경될 수 있습니다.",
        ],
        "background": [
            "{org}는 {year}년부터 이 사업을 단계적으로 추진하고 있다.",
            "지난해에는 시민 {big}명이 이용했다.",
            "이번 사업에는 총 {money}만 원이 투입된다.",
            "시 관계자는 \"시민 불편을 최소화할 수 있도록 최선을 다하겠다\"고 말했다.",
            "시민 설문조사에서는 응답자의 {pct}%가 '만족'이라고 답했다.",
        ],
        "contact": [
            "문의: {dept} ({phone})",
            "자세한 내용은 누리집({url})에서 확인할 수 있습니다.",
        ],
        "closing": [],
        "list_headers": ["□ 세부 일정", "○ 대상 구역 및 일정"],
        "list_items": {
            "works": [
                "{i}. {place} {road}({road2}~{road3}) : {md} ~ {md2}",
                "{i}. {road}·{road2} 교차로 : {md} {eh}:00 ~ 다음 날 {h2}:00",
                "{i}. {place} {road} 일대 : 사업비 {money}만 원, 공사 기간 {n}일",
            ],
            "sites": ["{i}. {place} {site}({road}) : {md} ~ {md2}, {h1}:00~{eh}:00"],
        },
        "sites": ["주민센터", "보건소", "초등학교", "복지관", "구민회관"],
        "slots": {
            "item": ["도시기본계획 변경", "시내버스 요금 조정", "공원 조성 기본계획", "공영주차장 요금 체계 개편"],
            "facility": ["시청 대회의실", "구청 3층 대강당", "시민청 태평홀"],
            "disease": ["인플루엔자", "수족구병", "노로바이러스 감염증"],
            "vaccine": ["인플루엔자", "폐렴구균", "대상포진"],
            "line": ["2호선", "7호선", "9호선", "1호선", "3호선"],
            "dept": ["시민소통과", "교통정책과", "자원순환과", "보건정책과", "세정담당관"],
        },
    },
    "en": {
        "joiner": " ",
        "root": ["Home", "News"],
        "title_prefixes": ["UPDATED: ", "Reminder: ", "Service Alert: "],
        "topics": {
            "road": ("Roads & Traffic", [
                "{road} Closed Between {road2} and {road3} Starting {md}",
                "Overnight Lane Closures on {road} for Paving",
                "Detour in Effect for {road} Bridge Repairs",
            ], [
                "{road} will be closed between {road2} and {road3} starting {wd}, {md}, while crews replace a water main and rebuild the roadway.",
                "The work is expected to take about {n} weeks, weather permitting.",
                "Buses on routes {bus} and {bus2} will detour via {road2}; {n2} stops will be temporarily relocated.",
                "Overnight work will take place from {eh12} p.m. to {h2} a.m., and residents will have access to their driveways at all times.",
            ]),
            "water": ("Utilities", [
                "Water Service Interruption in {place} on {md}",
                "Boil Water Advisory Issued for Parts of {place}",
                "Planned Water Shutoff on {road}",
            ], [
                "Water service will be shut off on {road} between {road2} and {road3} from {eh12} p.m. on {wd}, {md}, until {h2} a.m. the next morning.",
                "Residents are advised to store enough water for drinking and cooking before the shutoff.",
                "When service is restored, water may look cloudy or discolored — run the cold-water tap for a few minutes until it runs clear.",
                "As a precaution, customers in the affected area should boil tap water for at least one minute before drinking it until further notice.",
            ]),
            "hearing": ("Public Notices", [
                "Public Hearing on {item} Set for {md}",
                "Notice of Public Hearing: {item}",
                "Residents Invited to Comment on {item}",
            ], [
                "The {org} will hold a public hearing on {item} on {wd}, {md}, at {eh12}:{mm} p.m. in {facility}.",
                "Anyone wishing to speak may sign up at the door; each speaker will have three minutes.",
                "Written comments received by {md2} will be included in the public record.",
                "Copies of the proposal are available at City Hall and online at {url}.",
            ]),
            "health": ("Public Health", [
                "Free Flu Shots Available Starting {md}",
                "{disease} Cases Rising — Officials Urge Precautions",
            ], [
                "Free {vaccine} clinics will be held at {n2} locations across the city beginning {wd}, {md}.",
                "Reported {disease} cases rose {pct} percent over the past week, according to the health department.",
                "Anyone with a fever or cough should stay home from work or school and avoid contact with older adults.",
                "Washing your hands often and covering coughs remain the simplest ways to keep illness from spreading.",
            ]),
            "transit": ("Transit", [
                "Route {bus} Schedule Changes Take Effect {md}",
                "{line} Service to Run Later on Weekends",
                "Bus Network Redesign: What Changes in {place}",
            ], [
                "Beginning {md}, Route {bus} buses will run every {n2} minutes on weekdays, up from every {n}.",
                "The last {line} train will leave downtown at {eh12}:{mm} p.m. on Fridays and Saturdays.",
                "Route {bus2} will be extended to {road}, adding {n2} new stops.",
                "Real-time arrival information is available in the transit app and by text message.",
            ]),
            "election": ("Elections", [
                "Polling Place Changes for the {md} Election",
                "Early Voting Begins {md} in {place}",
            ], [
                "Early in-person voting runs from {md} through {md2} at City Hall and {n2} other locations.",
                "Voters in {n2} precincts will vote at new locations because of construction at their usual sites.",
                "Polls are open from 7:00 a.m. to 8:00 p.m. on Election Day.",
                "Mail ballots must be received by 8:00 p.m. on Election Day; drop boxes are open around the clock.",
            ]),
            "weather": ("Emergency Alerts", [
                "Winter Storm Warning: Parking Ban Begins at {eh12} p.m.",
                "Heat Advisory: Cooling Centers Open Through {md2}",
                "Flood Watch Issued for {place}",
            ], [
                "The National Weather Service has issued a warning for {place} from {wd} evening, with {n2} to {n3} inches of snow expected.",
                "Cooling centers at all public library branches will stay open until {eh12}:00 p.m.",
                "Residents in low-lying areas near the river should be prepared to move to higher ground.",
                "Avoid driving through flooded roads — just six inches of moving water can sweep a car away.",
            ]),
            "school": ("Education", [
                "Kindergarten Registration Opens {md}",
                "School Enrollment for {year}–{yy} Begins",
            ], [
                "Registration for the {year}–{yy} school year opens on {wd}, {md}.",
                "Families will need the child’s birth certificate, immunization record, and two proofs of address.",
                "Families who register by {md2} will receive their school assignment by the end of spring.",
                "Interpreters are available in Spanish, Vietnamese, Portuguese and Chinese.",
            ]),
            "tax": ("Taxes", [
                "Property Tax Bills Due {md2}",
                "Free Tax Preparation Help Available Through April",
            ], [
                "Second-half property tax bills have been mailed and are due by {md2}.",
                "Payments can be made online, by mail, or in person at the Treasurer’s office.",
                "A penalty of {pcti} percent is added to payments received after the due date.",
                "Free tax preparation is available to households earning under $64,000 at {n2} library branches.",
            ]),
            "waste": ("Trash & Recycling", [
                "Yard Waste Collection Resumes {md}",
                "Holiday Week Trash and Recycling Schedule",
                "Bulky Item Pickup Now Requires an Appointment",
            ], [
                "Curbside collection of leaves and brush resumes the week of {md}.",
                "Collection will be delayed by one day for the rest of the week after the holiday.",
                "Bulky items such as furniture and mattresses must be scheduled at least {n2} days in advance.",
                "Place carts at the curb by 6:00 a.m., with the lids closed and handles facing the house.",
            ]),
        },
        "open": [
            "The {org} announced the following changes.",
            "Here’s what residents need to know.",
        ],
        "advice": [
            "We apologize for the inconvenience and thank residents for their patience.",
            "Schedules may change because of weather; check the website for the latest information.",
            "Please share this notice with neighbors who may not be online.",
        ],
        "background": [
            "The project is funded through a ${big},000 state grant approved in {year_before}.",
            "Last year, the city received {big} requests related to the issue.",
            "“We know this affects people’s daily routines,” said a city spokesperson. “We’re doing everything we can to keep the disruption short.”",
            "Officials will review the results after {n2} months and report back to the council.",
            "In a survey last fall, {pct} percent of residents said the service met or exceeded their expectations.",
            "Crews will post door hangers at affected homes at least {n2} days before work begins.",
        ],
        "contact": [
            "Questions? Call {phone} or visit {url}.",
            "For updates, sign up for text alerts at {url}.",
        ],
        "closing": [],
        "list_headers": ["Schedule by location:", "Affected locations and dates:"],
        "list_items": {
            "works": [
                "{i}. {road}, {road2} to {road3}: {md} through {md2}",
                "{i}. {road} at {road2}: {md}, {eh12} p.m. to {h2} a.m.",
                "{i}. {place}, {road} corridor: ${big},000 budget, about {n} days of work",
            ],
            "sites": ["{i}. {place} {site}, {road}: {md} through {md2}, {h1} a.m. to {eh12} p.m."],
        },
        "sites": ["Public Library", "Community Center", "Senior Center", "Elementary School", "Recreation Center"],
        "slots": {
            "item": ["the Downtown Parking Plan", "Proposed Water Rate Changes", "the Riverfront Park Master Plan", "the Draft Housing Element"],
            "facility": ["the Council Chambers at City Hall", "the Main Library auditorium", "the Community Center gym"],
            "disease": ["Flu", "RSV", "Norovirus", "Measles"],
            "vaccine": ["flu shot", "shingles vaccine", "pneumonia vaccine"],
            "line": ["Red Line", "Blue Line", "Green Line", "Orange Line"],
        },
    },
}

# MARK: - Issuers

class Source:
    """An issuer as the generator models it: its names, places and publishing habits."""

    def __init__(
        self, slug, name, language, places, roads, phone, host, dates,
        array_share=0.5, style="pretty", bom_share=0.0, topics=None, folder=None,
    ):
        self.slug, self.name, self.language = slug, name, language
        self.places, self.roads = places, roads
        self.phone, self.host, self.dates = phone, host, dates
        self.array_share, self.style, self.bom_share = array_share, style, bom_share
        self.topics = topics
        # Most folders are ASCII slugs; one uses the issuer's own name, as some scrapers do.
        self.folder = folder or slug


# Where the articles come from. Each issuer has its own habits: the date form it usually writes
# (first in `dates`), how often bodies are arrays, its JSON style and how often files carry a
# BOM. `topics` limits a specialised issuer to its own subjects.
SOURCES = [
    Source(
        "panjin-gov", "盘锦市人民政府", "zh-Hans",
        places=["兴隆台区", "双台子区", "大洼区", "盘山县"],
        roads=["石油大街", "泰山路", "双兴北路", "惠宾大街", "红旗大街", "辽河北路"],
        phone="0427-28{4}", host="www.panjin.example", dates=["iso-date", "cjk", "iso-datetime"],
    ),
    Source(
        "shenyang-gov", "沈阳市人民政府", "zh-Hans",
        places=["和平区", "沈河区", "皇姑区", "铁西区", "浑南区"],
        roads=["青年大街", "北陵大街", "市府大路", "十一纬路", "建设大路", "南京街"],
        phone="024-22{5}", host="www.shenyang.example", dates=["iso-date", "iso-datetime"],
        array_share=0.3,
    ),
    Source(
        "dalian-transport", "大连市交通运输局", "zh-Hans",
        places=["中山区", "西岗区", "沙河口区", "甘井子区"],
        roads=["人民路", "中山路", "黄河路", "五四路", "西南路", "东北路"],
        phone="0411-8{6}", host="jtj.dalian.example", dates=["cjk", "iso-date"],
        array_share=0.6, style="compact", topics=["road", "transit"],
    ),
    Source(
        "hangzhou-cgj", "杭州市城市管理局", "zh-Hans",
        places=["上城区", "拱墅区", "西湖区", "滨江区", "余杭区"],
        roads=["延安路", "文三路", "天目山路", "解放路", "莫干山路", "江南大道"],
        phone="0571-87{5}", host="cgw.hangzhou.example", dates=["iso-date", "slash"],
        array_share=0.2, topics=["waste", "road", "water"],
    ),
    Source(
        "chengdu-edu", "成都市教育局", "zh-Hans",
        places=["锦江区", "青羊区", "金牛区", "武侯区", "成华区"],
        roads=["人民南路", "蜀都大道", "天府大道", "一环路", "科华北路", "红星路"],
        phone="028-61{5}", host="edu.chengdu.example", dates=["iso-datetime", "iso-date"],
        style="php", topics=["school"],
    ),
    Source(
        "shenzhen-weather", "深圳市气象局", "zh-Hans",
        places=["福田区", "罗湖区", "南山区", "宝安区", "龙岗区"],
        roads=["深南大道", "滨海大道", "北环大道", "红荔路", "华强北路", "宝安大道"],
        phone="0755-88{5}", host="weather.shenzhen.example", dates=["iso-datetime", "iso-date"],
        array_share=0.3, topics=["weather"],
    ),
    Source(
        "wuhan-water", "武汉市水务局", "zh-Hans",
        places=["江岸区", "江汉区", "硚口区", "武昌区", "洪山区"],
        roads=["解放大道", "中山大道", "武珞路", "珞喻路", "沿江大道", "发展大道"],
        phone="027-82{5}", host="swj.wuhan.example", dates=["cjk", "iso-date"],
        array_share=0.4, topics=["water", "weather"],
    ),
    Source(
        "guangzhou-tax", "广州市税务局", "zh-Hans",
        places=["越秀区", "天河区", "海珠区", "荔湾区", "白云区"],
        roads=["环市东路", "天河路", "中山五路", "江南大道", "广州大道", "东风中路"],
        phone="020-83{5}", host="tax.guangzhou.example", dates=["iso-date", "slash"],
        topics=["tax"],
    ),
    Source(
        "panjin-daily", "盤錦日報", "zh-Hant",
        places=["興隆臺區", "雙臺子區", "大窪區", "盤山縣"],
        roads=["石油大街", "泰山路", "雙興北路", "惠賓大街", "紅旗大街", "遼河北路"],
        phone="0427-28{5}", host="pjrb.example", dates=["iso-date", "cjk"],
        array_share=0.4, bom_share=0.3, topics=["road", "waste", "weather", "health", "hearing", "school"],
    ),
    Source(
        "taipei", "臺北市政府", "zh-Hant",
        places=["大安區", "信義區", "中山區", "士林區", "文山區", "內湖區"],
        roads=["忠孝東路四段", "復興南路二段", "信義路三段", "民生東路", "承德路", "羅斯福路四段"],
        phone="(02)2720-{4}", host="www.taipei.example", dates=["slash", "iso-datetime", "iso-date"],
        array_share=0.6, bom_share=0.1,
    ),
    Source(
        "new-taipei", "新北市政府", "zh-Hant",
        places=["板橋區", "三重區", "中和區", "新莊區", "新店區"],
        roads=["文化路一段", "中山路二段", "重新路三段", "中正路", "北新路二段", "民權路"],
        phone="(02)2960-{4}", host="www.ntpc.example", dates=["slash", "iso-date"],
        array_share=0.4, style="compact",
    ),
    Source(
        "kaohsiung", "高雄市政府", "zh-Hant",
        places=["苓雅區", "前鎮區", "左營區", "鼓山區", "三民區"],
        roads=["中正四路", "博愛二路", "九如一路", "民族一路", "五福一路", "中華五路"],
        phone="(07)336-{4}", host="www.kcg.example", dates=["iso-date", "slash"],
    ),
    Source(
        "taichung", "臺中市政府", "zh-Hant",
        places=["西屯區", "北屯區", "南屯區", "豐原區", "大里區"],
        roads=["臺灣大道二段", "文心路三段", "英才路", "五權路", "崇德路", "中清路"],
        phone="(04)2228-{4}", host="www.taichung.example", dates=["iso-datetime", "iso-date"],
        array_share=0.3,
    ),
    Source(
        "minato", "東京都港区", "ja",
        places=["芝地区", "麻布地区", "赤坂地区", "高輪地区", "芝浦港南地区"],
        roads=["桜田通り", "第一京浜", "外苑東通り", "六本木通り", "海岸通り", "日比谷通り"],
        phone="03-3578-{4}", host="www.city.minato.example", dates=["cjk", "slash", "iso-date"],
    ),
    Source(
        "osaka", "大阪市", "ja",
        places=["北区", "中央区", "此花区", "天王寺区", "浪速区", "住之江区"],
        roads=["御堂筋", "堺筋", "松屋町筋", "中央大通", "長堀通", "なにわ筋"],
        phone="06-6208-{4}", host="www.city.osaka.example", dates=["iso-date", "cjk"],
        array_share=0.4, folder="大阪市",
    ),
    Source(
        "yokohama", "横浜市", "ja",
        places=["中区", "西区", "港北区", "青葉区", "戸塚区"],
        roads=["本町通り", "みなとみらい大通り", "国道16号", "環状2号線", "中原街道", "鎌倉街道"],
        phone="045-671-{4}", host="www.city.yokohama.example", dates=["cjk", "iso-datetime"],
        array_share=0.6,
    ),
    Source(
        "sapporo", "札幌市", "ja",
        places=["中央区", "北区", "東区", "白石区", "豊平区"],
        roads=["北1条通", "創成川通", "石山通", "環状通", "西5丁目樽川通", "南郷通"],
        phone="011-211-{4}", host="www.city.sapporo.example", dates=["slash", "cjk"],
        array_share=0.3, style="compact",
    ),
    Source(
        "fukuoka", "福岡市", "ja",
        places=["博多区", "中央区", "南区", "早良区", "東区"],
        roads=["明治通り", "昭和通り", "渡辺通り", "大博通り", "国体道路", "城南線"],
        phone="092-711-{4}", host="www.city.fukuoka.example", dates=["iso-date", "cjk"],
        bom_share=0.2,
    ),
    Source(
        "kyoto", "京都市", "ja",
        places=["上京区", "中京区", "下京区", "左京区", "伏見区"],
        roads=["河原町通", "烏丸通", "四条通", "堀川通", "御池通", "今出川通"],
        phone="075-222-{4}", host="www.city.kyoto.example", dates=["cjk", "iso-date"],
        array_share=0.4,
    ),
    Source(
        "seoul", "서울특별시", "ko",
        places=["종로구", "마포구", "강남구", "송파구", "노원구", "영등포구"],
        roads=["세종대로", "양화로", "테헤란로", "올림픽로", "동일로", "여의대로"],
        phone="02-2133-{4}", host="www.seoul.example", dates=["dot", "iso-datetime"],
    ),
    Source(
        "busan", "부산광역시", "ko",
        places=["해운대구", "수영구", "부산진구", "동래구", "사하구"],
        roads=["중앙대로", "해운대로", "광안해변로", "수영로", "낙동대로", "전포대로"],
        phone="051-888-{4}", host="www.busan.example", dates=["dot", "iso-date"],
        array_share=0.6, style="php", bom_share=0.1,
    ),
    Source(
        "incheon", "인천광역시", "ko",
        places=["남동구", "연수구", "부평구", "미추홀구", "서구"],
        roads=["인하로", "경인로", "부평대로", "컨벤시아대로", "남동대로", "봉수대로"],
        phone="032-440-{4}", host="www.incheon.example", dates=["dot", "iso-date"],
        array_share=0.4,
    ),
    Source(
        "daegu", "대구광역시", "ko",
        places=["중구", "수성구", "달서구", "북구", "동구"],
        roads=["달구벌대로", "동대구로", "중앙대로", "신천대로", "국채보상로", "팔달로"],
        phone="053-803-{4}", host="www.daegu.example", dates=["iso-date", "dot"],
        array_share=0.3, style="compact",
    ),
    Source(
        "gyeonggi", "경기도", "ko",
        places=["수원시", "성남시", "고양시", "용인시", "부천시"],
        roads=["경수대로", "중부대로", "성남대로", "중앙로", "효원로", "경기대로"],
        phone="031-8008-{4}", host="www.gg.example", dates=["dot", "iso-datetime"],
    ),
    Source(
        "springfield", "Springfield City Council", "en",
        places=["Northside", "Eastside", "Downtown", "Riverside", "Mill Creek"],
        roads=["Elm Street", "Main Street", "Harbor Avenue", "Route 9", "Chestnut Street", "Riverside Drive"],
        phone="(555) 010-{4}", host="www.springfield.example", dates=["iso-date", "iso-datetime", "slash"],
    ),
    Source(
        "metro-transit", "Metro Transit Authority", "en",
        places=["Union Station", "Harbor Point", "Lakeside", "Eastgate", "Central Station"],
        roads=["Canal Street", "Pearl Street", "Eastgate Boulevard", "Franklin Avenue", "Water Street", "Grove Avenue"],
        phone="(555) 010-{4}", host="www.metrotransit.example", dates=["iso-datetime", "iso-date"],
        array_share=0.4, topics=["transit", "road"],
    ),
    Source(
        "riverside-health", "Riverside County Public Health", "en",
        places=["Riverside", "Brookfield", "Oak Hill", "Westport", "Fairview"],
        roads=["County Road 12", "Oak Hill Road", "Lincoln Avenue", "Market Street", "Bridge Street", "Park Avenue"],
        phone="(555) 012-{4}", host="health.riverside.example", dates=["iso-date", "iso-datetime"],
        array_share=0.3, style="compact", topics=["health", "weather"],
    ),
    Source(
        "portsmouth", "City of Portsmouth", "en",
        places=["North End", "South End", "West End", "Pleasant Hill", "Harbor Heights"],
        roads=["Market Street", "Islington Street", "Middle Street", "Pleasant Street", "State Street", "Congress Street"],
        phone="(555) 013-{4}", host="www.portsmouth.example", dates=["iso-date", "slash"],
        array_share=0.4, bom_share=0.1,
    ),
    Source(
        "lakeside-schools", "Lakeside School District", "en",
        places=["Lakeside", "Cedar Grove", "Maple Heights", "Shoreview", "Pine Ridge"],
        roads=["Lake Shore Drive", "Cedar Avenue", "School Street", "Maple Road", "Pine Ridge Road", "Shore Road"],
        phone="(555) 014-{4}", host="www.lakesideschools.example", dates=["iso-date", "iso-datetime"],
        array_share=0.6, topics=["school", "hearing", "weather"],
    ),
    Source(
        "harbor-water", "Harbor City Water Department", "en",
        places=["Harbor City", "Bayview", "Old Town", "Marina District", "Hillcrest"],
        roads=["Bay Street", "Marina Boulevard", "Hill Street", "Ocean Avenue", "Dock Street", "Front Street"],
        phone="(555) 015-{4}", host="water.harborcity.example", dates=["iso-datetime", "iso-date"],
        array_share=0.4, style="php", topics=["water", "hearing"],
    ),
]

# Share of articles per language.
LANGUAGE_WEIGHTS = {"zh-Hans": 0.30, "zh-Hant": 0.15, "ja": 0.20, "ko": 0.15, "en": 0.20}
TIME_ZONES = {"zh-Hans": "+08:00", "zh-Hant": "+08:00", "ja": "+09:00", "ko": "+09:00"}
EN_TIME_ZONES = ["-05:00", "-04:00", "-08:00", "-07:00", "Z"]

FIRST_DAY = datetime.date(2015, 1, 1)
DAY_SPAN = (datetime.date(2024, 12, 31) - FIRST_DAY).days + 1

# Topics whose long notices list streets and works; the others list offices and schools.
WORKS_TOPICS = {"road", "water", "transit", "waste"}

ARRAY_FILE_SHARE = 0.05
LARGE_BODY_SHARE = 0.001
FIGURE_SETS = 4096
SLOT_SETS = 256
SCHEDULE_LINES = 128
UNDATED_SHARE = 0.02


# MARK: - Text assembly


def between(rng, low, high):
    """A whole number in low...high; `random.randint` costs several times more per call."""
    return low + int(rng.random() * (high - low + 1))


def one_of(rng, values):
    """One element of a non-empty sequence, drawn like `random.choice` but faster."""
    return values[int(rng.random() * len(values))]


def draw(rng, values, count):
    """`count` distinct elements in random order (a partial Fisher–Yates shuffle)."""
    pool = list(values)
    for index in range(count):
        other = index + int(rng.random() * (len(pool) - index))
        pool[index], pool[other] = pool[other], pool[index]
    return pool[:count]


class Issuer:
    """A source with the phrase pools of its language and tables drawn from once per process."""

    def __init__(self, source, figures):
        self.slug, self.name, self.language = source.slug, source.name, source.language
        self.places, self.roads, self.phone, self.host = (
            source.places, source.roads, source.phone, source.host
        )
        self.date_forms, self.array_share = source.dates, source.array_share
        self.json_style, self.bom_share, self.folder = source.style, source.bom_share, source.folder
        self.pools = LANGUAGES[self.language]
        self.topics = source.topics or sorted(self.pools["topics"])
        self.figures = figures
        self.extra = self.pools["background"] + self.pools["advice"]
        self.road_triples = list(itertools.permutations(self.roads, 3))
        self.schedule_cache = {}
        self.slot_sets = []
        # Every place with every ordered choice of three roads, each at one of the sites.
        sites = self.pools["sites"]
        self.locations = [
            {"place": place, "road": roads[0], "road2": roads[1], "road3": roads[2],
             "site": sites[index % len(sites)]}
            for index, (place, roads) in enumerate(
                itertools.product(self.places, self.road_triples)
            )
        ]


def month_day(language, day):
    """A day of the year as the language writes it in running text: 5月8日, 5월 8일, May 8."""
    if language == "en":
        return f"{MONTHS_EN[day.month - 1]} {day.day}"
    if language == "ko":
        return f"{day.month}월 {day.day}일"
    return f"{day.month}月{day.day}日"


# "Month day" for every day of a common year, per language (schedule lines wrap at year end).
DAY_NAMES = {
    language: [
        month_day(language, datetime.date(2001, 1, 1) + datetime.timedelta(days=offset))
        for offset in range(365)
    ]
    for language in LANGUAGES
}


def published_text(rng, issuer, moment):
    """Writes the publication date in the issuer's usual form, sometimes another one."""
    forms = issuer.date_forms
    form = forms[0] if rng.random() < 0.8 else one_of(rng, forms)
    day = moment.date()
    if form == "iso-date":
        return day.isoformat()
    if form == "slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if form == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if form == "cjk":
        return f"{day.year}年{day.month}月{day.day}日"
    zone = TIME_ZONES.get(issuer.language) or one_of(rng, EN_TIME_ZONES)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + zone


def phone_number(rng, pattern):
    """Fills the `{N}` of a pattern such as "03-3578-{4}" with N random digits."""
    brace = pattern.index("{")
    width = int(pattern[brace + 1])
    return f"{pattern[:brace]}{int(rng.random() * 10**width):0{width}d}"


def make_slots(rng, issuer, topic, day):
    """Values for the placeholders of one article.

    The values that do not depend on the date come ready-made from the issuer's slot sets;
    dates are looked up in DAY_TABLE rather than formatted for every article.
    """
    slots = dict(one_of(rng, issuer.slot_sets))
    index = day.toordinal() - FIRST_DAY.toordinal()
    later = index + between(rng, 3, 20)
    latest = later + between(rng, 2, 30)
    days = DAY_TABLE[issuer.language]
    slots["md"], slots["wd"] = days[later]
    slots["md2"] = days[latest][0]
    slots.update(YEAR_SLOTS[day.year])
    slots["url"] = f"https://{issuer.host}/{topic}/"
    reroll(rng, issuer, slots)
    return slots


def make_slot_sets(rng, issuer):
    """The date-independent placeholder values of an issuer, as SLOT_SETS ready-made sets."""
    pools = issuer.pools["slots"]
    sets = []
    for _ in range(SLOT_SETS):
        evening = between(rng, 18, 22)
        morning = between(rng, 7, 10)
        sets.append({
            "org": issuer.name,
            "h1": morning,
            "h1b": morning + 2,
            "h2": between(rng, 5, 6),
            "eh": evening,
            "eh2": min(evening + 1, 23),
            "eh12": evening - 12,
            "mm": one_of(rng, ("00", "15", "30", "45")),
            "bus": between(rng, 1, 399),
            "bus2": between(rng, 1, 399),
            "dn": one_of(rng, (200, 300, 400, 500, 600, 800)),
            "fee": one_of(rng, (1500, 2000, 2500, 4000)),
            "rain": one_of(rng, (50, 80, 100, 120, 150, 200)),
            "week": between(rng, 1, 52),
            "phone": phone_number(rng, issuer.phone),
            "item": one_of(rng, pools["item"]),
            "facility": one_of(rng, pools["facility"]),
            "disease": one_of(rng, pools["disease"]),
            "vaccine": one_of(rng, pools["vaccine"]),
            "color": one_of(rng, pools.get("color", ("",))),
            "line": one_of(rng, pools["line"]),
            "shop": one_of(rng, pools.get("shop", ("",))),
            "dept": one_of(rng, pools.get("dept", ("",))),
        })
    return sets


def year_slots(year):
    """Placeholder values that follow from the year of publication."""
    return {
        "year": year,
        "year_next": year + 1,
        "year_before": year - 1,
        "yy": f"{(year + 1) % 100:02d}",
        "roc": year + 1 - 1911,
        "era": f"令和{year + 1 - 2018}" if year + 1 >= 2019 else f"平成{year + 1 - 1988}",
        "born": year - 6,
        "born2": year - 5,
        "born_ko": year - 6,
    }


def make_figures(seed):
    """A table of figure sets; paragraphs pick one instead of drawing ten numbers each."""
    rng = random.Random(seed)
    table = []
    for _ in range(FIGURE_SETS):
        n2 = between(rng, 2, 9)
        table.append({
            "n": between(rng, 10, 40),
            "n2": n2,
            "n3": n2 + between(rng, 3, 8),
            "d": between(rng, 0, 9),
            "km": between(rng, 8, 35),
            "pct": f"{1 + rng.random() * 94:.1f}",
            "pcti": between(rng, 2, 10),
            "big": f"{between(rng, 1200, 98000):,}",
            "money": between(rng, 120, 9800),
        })
    return table


def reroll(rng, issuer, slots):
    """Draws the figures, place and roads afresh, so that later lines do not repeat them."""
    slots.update(one_of(rng, issuer.figures))
    slots["place"] = one_of(rng, issuer.places)
    slots["road"], slots["road2"], slots["road3"] = one_of(rng, issuer.road_triples)


def make_title(rng, issuer, topic, slots):
    """A headline for the topic, sometimes with a site prefix or an emoji; 10–60 characters."""
    templates = issuer.pools["topics"][topic][1]
    title = one_of(rng, templates).format_map(slots)
    roll = rng.random()
    if roll < 0.05:
        title = one_of(rng, issuer.pools["title_prefixes"]) + title
    elif roll < 0.053:
        title = "📢 " + title
    if len(title) > 60:
        title = min((template.format_map(slots) for template in templates), key=len)
    return title[:60]


def make_body(rng, issuer, topic, slots, day, target_bytes, fullwidth):
    """Assembles paragraphs until the body reaches about `target_bytes` of UTF-8.

    A notice opens with its topic's core sentences, may add background and advice, and grows
    past that with a schedule list (one numbered line per place, as long notices do).
    """
    pools = issuer.pools
    joiner = pools["joiner"]
    core = pools["topics"][topic][2]

    def render(templates):
        sentences = [template.format_map(slots) for template in templates]
        if fullwidth:
            sentences = [
                sentence if "http" in sentence else sentence.translate(FULLWIDTH_DIGITS)
                for sentence in sentences
            ]
        return joiner.join(sentences)

    slots = dict(slots)
    short = target_bytes < 700
    opening = [core[0]]
    if rng.random() < 0.4:
        opening.insert(0, one_of(rng, pools["open"]))
    paragraphs = [render(opening)]
    rest = draw(rng, core[1:], between(rng, 0, 1) if short else len(core) - 1)
    while rest:
        take = between(rng, 1, 3)
        paragraphs.append(render(rest[:take]))
        rest = rest[take:]
    size = sum(len(paragraph.encode()) for paragraph in paragraphs)

    if size < target_bytes:
        extra = draw(rng, issuer.extra, between(rng, 1, 4))
        reroll(rng, issuer, slots)
        split = between(rng, 1, len(extra)) if rng.random() < 0.3 else len(extra)
        for group in (extra[:split], extra[split:]):
            if group and size < target_bytes:
                paragraph = render(group)
                paragraphs.append(paragraph)
                size += len(paragraph.encode())

    if size < target_bytes and not short:
        schedule = add_schedule(rng, issuer, topic, day, target_bytes - size)
        if fullwidth:
            schedule = [paragraph.translate(FULLWIDTH_DIGITS) for paragraph in schedule]
        # The heading is the schedule's first line, or a paragraph of its own.
        heading = one_of(rng, pools["list_headers"])
        if rng.random() < 0.5:
            schedule[0] = heading + "\n" + schedule[0]
        else:
            paragraphs.append(heading)
        paragraphs += schedule

    if not short or rng.random() < 0.5:
        paragraphs.append(render((one_of(rng, pools["contact"]),)))
    if pools["closing"] and rng.random() < 0.3:
        paragraphs.append(one_of(rng, pools["closing"]))
    return paragraphs


def add_schedule(rng, issuer, topic, day, budget):
    """Numbered schedule lines, several to a paragraph, until `budget` bytes are written.

    Long bodies are mostly schedule lines, so lines come ready-made from a per-issuer cache
    (see `schedule_lines`) and only the numbering is done here.
    """
    family = "works" if topic in WORKS_TOPICS else "sites"
    template = one_of(rng, issuer.pools["list_items"][family])
    separator, lines_pool = schedule_lines(issuer, template, day.month)
    random_value = rng.random
    count = len(lines_pool)
    paragraphs = []
    written = 0
    number = 0
    while written < budget:
        lines = []
        for _ in range(between(rng, 4, 12)):
            number += 1
            lines.append(f"{number}{separator}{lines_pool[int(random_value() * count)]}")
        paragraph = "\n".join(lines)
        paragraphs.append(paragraph)
        written += len(paragraph.encode())
    return paragraphs


def schedule_lines(issuer, template, month):
    """Schedule lines (without their number) for notices published in `month`, made once.

    The lines depend only on the issuer, the template and the month, so the output does not
    depend on which worker process made them first. Dates fall 4 to 90 days after mid-month.
    """
    key = (template, month)
    cached = issuer.schedule_cache.get(key)
    if cached is not None:
        return cached
    rng = random.Random(f"{issuer.slug}|{template}|{month}")
    number_field, rest = template.split("}", 1)
    separator_length = len(rest) - len(rest.lstrip("．、. "))
    separator, body = rest[:separator_length], rest[separator_length:]
    days = DAY_NAMES[issuer.language]
    middle = datetime.date(2001, month, 15).timetuple().tm_yday - 1
    lines = []
    for _ in range(SCHEDULE_LINES):
        start = middle + between(rng, 3, 60)
        evening = between(rng, 18, 22)
        values = {
            "md": days[start % 365],
            "md2": days[(start + between(rng, 1, 30)) % 365],
            "h1": between(rng, 7, 10),
            "h2": between(rng, 5, 6),
            "eh": evening,
            "eh12": evening - 12,
        }
        values.update(one_of(rng, issuer.locations))
        values.update(one_of(rng, issuer.figures))
        lines.append(body.format_map(values))
    issuer.schedule_cache[key] = (separator, lines)
    return separator, lines


# (month day, weekday) for every day from FIRST_DAY to some weeks past the last publication day.
DAY_TABLE = {
    language: [
        (month_day(language, day), WEEKDAYS[language][day.weekday()])
        for day in (FIRST_DAY + datetime.timedelta(days=offset) for offset in range(DAY_SPAN + 60))
    ]
    for language in LANGUAGES
}
YEAR_SLOTS = {year: year_slots(year) for year in range(FIRST_DAY.year, FIRST_DAY.year + 11)}


# MARK: - Articles and files


def pick_language(rng):
    """A language drawn with the weights of LANGUAGE_WEIGHTS."""
    roll = rng.random()
    for language, weight in LANGUAGE_WEIGHTS.items():
        roll -= weight
        if roll < 0:
            return language
    return "en"


def url_path(rng, issuer, topic, day, serial, title):
    """A page path in the style of the issuer's kind of site."""
    language = issuer.language
    if language == "en":
        words = "".join(c if c.isalnum() else "-" for c in title.lower())
        path = f"news/{day:%Y/%m}/{'-'.join(filter(None, words.split('-')))}"
        if rng.random() < 0.3:
            path += "?utm_source=newsletter&utm_medium=email&utm_campaign=community-update"
        return path
    if language == "ja":
        return f"{topic}/page/{serial:010d}.html"
    if language == "ko":
        return f"news/{topic}/view.do?bbsNo={between(rng, 100, 999)}&nttNo={serial}&pageIndex=1"
    return f"{topic}/{day:%Y%m}/t{day:%Y%m%d}_{serial}.html"


def make_article(rng, issuer, moment, serial):
    """One article object, each optional field present with the share real scrapes show."""
    day = moment.date()
    topic = one_of(rng, issuer.topics)
    slots = make_slots(rng, issuer, topic, day)
    if rng.random() < LARGE_BODY_SHARE:
        target = between(rng, 90_000, 110_000)
    else:
        target = int(500 * (8 ** rng.random()))  # log-uniform over 0.5–4 KB
    fullwidth = issuer.language in ("zh-Hant", "ja") and rng.random() < 0.15
    paragraphs = make_body(rng, issuer, topic, slots, day, target, fullwidth)

    article = {}
    if rng.random() < 0.2:
        article["id"] = f"{issuer.slug}-{day:%Y%m%d}-{serial:07d}"
    article["title"] = make_title(rng, issuer, topic, slots)
    if rng.random() < 0.97:
        article["source"] = issuer.name
    if rng.random() >= UNDATED_SHARE:
        article["published"] = published_text(rng, issuer, moment)
    if rng.random() < 0.85:
        article["url"] = f"https://{issuer.host}/{url_path(rng, issuer, topic, day, serial, article['title'])}"
    if rng.random() < 0.9:
        article["category"] = issuer.pools["root"] + [issuer.pools["topics"][topic][0]]
    if rng.random() < 0.75:
        article["views"] = 0 if rng.random() < 0.02 else int(rng.lognormvariate(6.5, 1.3))
    if rng.random() < 0.95:
        article["language"] = issuer.language
    if rng.random() < issuer.array_share:
        article["body"] = paragraphs
    else:
        article["body"] = "\n\n".join(paragraphs)
    return article


def encode(value, style):
    """The file's bytes in one of the styles scrapers write."""
    if style == "compact":
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    elif style == "php":
        # PHP's json_encode default: ASCII only (\uXXXX, surrogate pairs), escaped slashes.
        text = json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    else:
        text = pretty(value, "")
    return (text + "\n").encode()


def pretty(value, indent):
    """Indented JSON like `json.dumps(indent=2)`, built from C-encoded leaves (several times faster)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        members = [f"{inner}{dumps(key)}: {pretty(item, inner)}" for key, item in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + indent + "}"
    if isinstance(value, list) and value:
        elements = [inner + pretty(item, inner) for item in value]
        return "[\n" + ",\n".join(elements) + "\n" + indent + "]"
    return dumps(value)


def dumps(value):
    """One JSON leaf; strings and integers skip `json.dumps`, which costs more per call."""
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def plan_files(count, seed):
    """Decides every file (issuer, date, article count, its own seed) before any is written.

    Each file is then generated from its own seed, so the output is the same whatever the
    number of worker processes.
    """
    rng = random.Random(seed)
    by_language = {}
    for index, entry in enumerate(SOURCES):
        by_language.setdefault(entry.language, []).append(index)
    plans = []
    articles = 0
    while articles < count:
        issuer_index = one_of(rng, by_language[pick_language(rng)])
        moment = datetime.datetime.combine(
            FIRST_DAY + datetime.timedelta(days=int(rng.random() * DAY_SPAN)),
            datetime.time(between(rng, 7, 21), one_of(rng, (0, 0, 15, 30, 45))),
        )
        size = 1
        if count - articles >= 2 and rng.random() < ARRAY_FILE_SHARE:
            size = min(between(rng, 2, 5), count - articles)
        plans.append((issuer_index, moment, articles, size, rng.getrandbits(63)))
        articles += size
    return plans


# Per-process state: the issuers, built once per worker from the corpus seed.
_issuers = []


def start_worker(seed):
    """Builds the issuers of this process; their tables depend only on the seed."""
    figures = make_figures(seed)
    _issuers[:] = [Issuer(entry, figures) for entry in SOURCES]
    for issuer in _issuers:
        issuer.slot_sets = make_slot_sets(random.Random(f"{seed}|{issuer.slug}"), issuer)


def write_files(job):
    """Writes the planned files of one job; returns (files, articles, bytes)."""
    out_dir, plans = job
    articles = total_bytes = 0
    for issuer_index, moment, first_serial, size, file_seed in plans:
        rng = random.Random(file_seed)
        issuer = _issuers[issuer_index]
        if size > 1:
            value = [make_article(rng, issuer, moment, first_serial + k) for k in range(size)]
            name = f"digest-{moment:%Y%m%d}-{first_serial:07d}.json"
        else:
            value = make_article(rng, issuer, moment, first_serial)
            name = f"{moment:%Y%m%d}-{first_serial:07d}.json"
        data = encode(value, issuer.json_style)
        if rng.random() < issuer.bom_share:
            data = b"\xef\xbb\xbf" + data
        path = os.path.join(out_dir, issuer.folder, f"{moment:%Y}", f"{moment:%m}", name)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            pending = memoryview(data)
            while pending:
                pending = pending[os.write(descriptor, pending) :]
        finally:
            os.close(descriptor)
        articles += size
        total_bytes += len(data)
    return len(plans), articles, total_bytes


def generate(out_dir, count, seed, jobs):
    """Writes the corpus and returns (files, articles, bytes)."""
    plans = plan_files(count, seed)
    directories = set()
    for issuer_index, moment, *_ in plans:
        folder = SOURCES[issuer_index].folder
        directories.add(os.path.join(out_dir, folder, f"{moment:%Y}", f"{moment:%m}"))
    for directory in sorted(directories):
        os.makedirs(directory, exist_ok=True)

    chunk = 500
    work = [(out_dir, plans[start : start + chunk]) for start in range(0, len(plans), chunk)]
    if jobs <= 1 or len(work) <= 1:
        start_worker(seed)
        results = [write_files(job) for job in work]
    else:
        with multiprocessing.Pool(jobs, initializer=start_worker, initargs=(seed,)) as pool:
            results = list(pool.imap_unordered(write_files, work))
    return tuple(sum(column) for column in zip(*results)) if results else (0, 0, 0)


def main():
    """Parses the command line, generates the corpus and prints the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", help="directory to write (must be empty or absent)")
    parser.add_argument("--count", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1,
        help="worker processes (default: all cores; the output does not depend on it)",
    )
    arguments = parser.parse_args()

    if arguments.count < 0:
        parser.error("--count must be 0 or more")
    if os.path.exists(arguments.out_dir) and (
        not os.path.isdir(arguments.out_dir) or os.listdir(arguments.out_dir)
    ):
        parser.error(f"{arguments.out_dir} exists and is not an empty directory")
    os.makedirs(arguments.out_dir, exist_ok=True)

    started = time.monotonic()
    files, articles, total_bytes = generate(
        arguments.out_dir, arguments.count, arguments.seed, arguments.jobs
    )
    elapsed = time.monotonic() - started
    print(
        f"generate-corpus: {files} files, {articles} articles, {total_bytes} bytes "
        f"in {arguments.out_dir} (seed {arguments.seed}, {elapsed:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
