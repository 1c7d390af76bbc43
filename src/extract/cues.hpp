// Internal: the cue words of claim assembly and of the frames above it, in one place so
// that the whole vocabulary can be read at once. Text is normalized before matching, so
// every word is in simplified script with ASCII punctuation. Each list is a class of
// words with one role; the code that reads them names the role, never the words.
#pragma once

#include <string_view>

#include "document.hpp"
#include "econclaims/names.hpp"
#include "words.hpp"

namespace econclaims::detail::cue_lexicon {

// --- direction and kind --------------------------------------------------------------

inline const cue_words growth_up{"增长", "增加", "上升", "提高", "上涨", "提升", "增幅", "增速",
                          "涨幅", "升幅", "回升", "扩大", "攀升", "加快", "增", "涨", "成长", "上修"};
inline const cue_words growth_down{"下降", "减少", "降低", "下跌", "回落", "下滑", "收窄", "减",
                            "降", "缩小", "跌", "下修", "收缩", "萎缩", "急挫", "下挫", "回调"};
// Attributes that hold without a time (the planned area of a zone, a project's total
// investment): dated only by their own sentence, never by the section or the document.
inline const cue_words timeless_attributes{"规划面积", "占地面积", "占地", "总面积", "建筑面积",
                                           "总投资", "计划投资", "设计产能", "年产"};
// Gaps against another place or group (高于全国, 快于城镇居民): signed by the word,
// with no comparison period.
inline const cue_words gap_up{"高于", "快于", "超出"};
inline const cue_words gap_down{"低于", "慢于"};
// Rates of growth named as such: a bare percentage after them is a growth.
inline const cue_words growth_rate_heads{"增长率", "成长率", "年增率", "通胀率", "增幅", "涨幅",
                                         "变动率", "升幅"};
// Rates that are levels although their names hold a growth word (demographic rates).
inline const cue_words level_rate_heads{"自然增长率"};
// Shares of a goal reached (完成年度目标的101%): the share takes the goal's indicator.
inline const cue_words goal_share_cues{"目标的", "计划的", "任务的"};
// The rate a change in points is of (增速比上月加快0.5个百分点: the 增速).
inline const cue_words rate_words{"增速", "增幅", "降幅", "涨幅", "跌幅", "比重", "占比"};
// A time right after one of these dates a stock (截至9月末): it outweighs 累计 and 目前.
inline const cue_words as_of_words{"截至", "截止", "截止到", "截至到"};
// An indicator named with one of these is per person: money becomes CNY/人, USD/人 ….
inline const cue_words per_person{"人均", "每人"};
// A sign written as a word before a growth verb (负增长3.8%): the value is negative.
inline const cue_words negative_growth{"负增长", "负增"};
inline const cue_words growth_after{"增幅", "增速", "涨幅", "升幅", "的增长", "的增幅"};
inline const cue_words change_up{"增加", "增长", "净增", "多", "上升", "提高", "扩大", "延长", "增"};
inline const cue_words change_down{"减少", "下降", "净减", "撤销", "压减", "削减", "精简", "提前",
                                       "缩短", "降低", "减", "少", "下跌", "回落"};
inline const cue_words share_cues{"占", "占比", "比重", "比例", "份额", "贡献率", "占到", "目标的",
                                      "计划的", "任务的", "的比重"};
inline const cue_words rate_heads{"率", "度", "指数", "强度", "水平", "价格", "利率", "满意度"};
inline const cue_words pull_cues{"拉动"};
inline const cue_words yoy_cues{"同比", "按年", "比去年同期", "较去年同期", "比上年同期", "较上年同期"};
inline const cue_words pop_cues{"环比", "按季", "按月", "较上月", "比上月", "较上季", "比上季"};
inline const cue_words target_cues{
    "力争", "确保", "争取", "计划用", "计划到", "计划在", "预计", "目标", "预期", "将", "拟", "年内建成",
    "年底前", "预测", "力求", "努力", "达产后", "投用后", "建成后", "要", "安排", "规划", "有望", "计划新",
    "计划实施", "计划完成", "计划引进", "计划投资"};
inline const cue_words target_not{"计划总投资", "即将", "将近", "已将", "将其", "并将其", "要求",
                                      "主要", "重要", "需要", "要素", "纲要", "已安排", "规划面积", "拟建",
                                      "规划建设", "将重大", "将项目",
                                      // a share of a goal reached (完成年度目标的101%) is actual
                                      "目标的", "计划的", "任务的"};
inline const cue_words forecast_cues{"预计", "预期", "预测", "有望"};
inline const cue_words projection_cues{"达产后", "投用后", "建成后", "将"};
inline const cue_words commitment_cues{"力争", "确保", "争取"};
inline const cue_words part_of_cues{"占"};
inline const cue_words real_cues{"实际", "实质", "不变价", "可比价"};
inline const cue_words real_sentence_cues{"按不变价格", "按可比价格"};
inline const cue_words nominal_cues{"名义"};
inline const cue_words build_verbs{"建设", "启动", "新建", "建", "打造", "用于", "兴建", "扩建"};
inline const cue_words respectively_cues{"分别"};
inline const cue_words real_growth_cues{"实际增长", "实际下降", "扣除价格因素"};
inline const cue_words stock_cues{"截至目前", "截止目前", "目前", "至今", "现有", "累计", "已达",
                                      "至此", "近年来", "已入住", "总量达"};

// Words that are not part of an indicator's name at its start or end.
inline const cue_words lead_strip{
    "其中", "其中的", "同时", "全年", "共", "累计", "分别", "全区", "该区", "全市", "全省", "全县",
    "并", "和", "及", "以及", "与", "还", "也", "已", "已经", "先后", "共计", "合计", "总计", "均",
    "完成", "实现", "共有", "拥有", "引进", "达到", "达", "为", "是", "有", "新招录", "新招引", "招引",
    "获得", "全面", "集中", "成功", "共为", "为全区", "惠及", "落实", "投入", "新引进", "发放",
    "打造", "培育", "新建", "建成", "建设", "推进", "推动", "力争", "确保", "争取", "将", "预计",
    "年", "今年", "去年", "以来", "年内", "目前", "至此", "截至目前", "现", "近", "约", "超", "超过",
    "逾", "的", "之", "又", "再", "仅", "仅用", "用", "使", "让", "对", "按", "全体", "初步核算",
    "、", "在", "名义", "经季节性调整后", "季节性调整后", "同比", "比上年", "较上年", "较",
    "全力推动", "加快推进", "加快建设", "推动", "着力", "全力", "加快", "积极", "大力", "精准",
    "高标准", "顺利", "最终", "正常需", "比正常情况", "先后", "重点实施", "重点培育", "重点推进",
    "重点打造", "选树", "首批", "即可", "可", "可以", "扣除价格因素", "按常住人口计算", "经修订",
    "修订", "经修订的", "基本", "后", "后可", "建成后", "建成后可", "达产后", "达产后可", "投产后"};
inline const cue_words tail_strip{
    "达到", "达", "为", "是", "增长", "增加", "下降", "减少", "提高", "上升", "上涨", "下跌", "降低",
    "同比", "比上年", "较上年", "比上年末", "较上年末", "分别", "分别为", "分别达到", "约", "超过",
    "超", "近", "逾", "共", "累计", "突破", "实现", "完成", "达到了", "了", "的", "约为", "总计",
    "合计", "共计", "均", "已达", "已", "仅", "仅用", "用", "用时", "可", "可达", "可实现", "按年",
    "按季", "实质", "名义", "实际", "控制在", "不低于", "不少于", "不超过", "至少", "提前", "计",
    "有", "在", "以", "年均", "平均", "同比增长", "增", "涨", "由", "比", "较", "至", "到",
    "下调", "上调", "调整", "比上年同期", "较上年同期", "比去年", "较去年", "比去年同期", "成长",
    "最快", "最短", "仅需", "只需", "上修", "下修", "投资"};


// --- names of subjects -----------------------------------------------------------------

// Forms of names: a zone ends in 开发区 or 高新区, a city in 市, a project in 项目 …; a
// name walked back from the suffix holds at most `max_before` Han characters before it.
struct name_suffix {
  std::string_view suffix;
  named_entity::level lvl;
  int max_before;
};
inline constexpr name_suffix name_suffixes[] = {
    {"特别行政区", named_entity::level::city, 4}, {"自治区", named_entity::level::province, 6},
    {"经济技术开发区", named_entity::level::zone, 6}, {"高新技术产业开发区", named_entity::level::zone, 6},
    {"开发区", named_entity::level::zone, 8}, {"高新区", named_entity::level::zone, 8},
    {"经开区", named_entity::level::zone, 8}, {"综保区", named_entity::level::zone, 8},
    {"保税区", named_entity::level::zone, 8}, {"新区", named_entity::level::zone, 6},
    {"试验区", named_entity::level::zone, 8}, {"示范区", named_entity::level::zone, 8},
    {"自贸区", named_entity::level::zone, 6}, {"合作区", named_entity::level::zone, 8},
    {"产业园", named_entity::level::zone, 12}, {"工业园", named_entity::level::zone, 10},
    {"科技园", named_entity::level::zone, 10}, {"港", named_entity::level::zone, 6},
    {"省", named_entity::level::province, 3}, {"市", named_entity::level::city, 3},
    {"县", named_entity::level::county, 3},
    {"区", named_entity::level::county, 3},  // a district (某某区); 城区, 社区 … are not_districts
    {"集团", named_entity::level::org, 10}, {"有限公司", named_entity::level::org, 16},
    {"公司", named_entity::level::org, 12}, {"医院", named_entity::level::org, 10},
    {"研究院", named_entity::level::org, 16}, {"服务局", named_entity::level::org, 12},
    {"项目", named_entity::level::project, 32}, {"工程", named_entity::level::project, 20},
    {"平台", named_entity::level::project, 8}, {"综合体", named_entity::level::project, 10},
    {"中心", named_entity::level::org, 10},
};

// Words that refer to a subject named elsewhere, with the level of what they refer to.
// Hong Kong and Macau releases call their own region 本地, 本港, 本澳.
struct reference_word {
  std::string_view word;
  named_entity::level lvl;
};
inline constexpr reference_word reference_words[] = {
    {"该区", named_entity::level::zone},     {"全区", named_entity::level::zone},
    {"本区", named_entity::level::zone},     {"我区", named_entity::level::zone},
    {"区内", named_entity::level::zone},     {"该园区", named_entity::level::zone},
    {"全市", named_entity::level::city},     {"本市", named_entity::level::city},
    {"我市", named_entity::level::city},     {"该市", named_entity::level::city},
    {"全省", named_entity::level::province}, {"本省", named_entity::level::province},
    {"我省", named_entity::level::province}, {"该省", named_entity::level::province},
    {"全县", named_entity::level::county},   {"该县", named_entity::level::county},
    {"本县", named_entity::level::county},   {"园区", named_entity::level::zone},
    {"全国", named_entity::level::country},  {"我国", named_entity::level::country},
    {"该项目", named_entity::level::project}, {"该公司", named_entity::level::org},
    {"本地", named_entity::level::city},     {"本港", named_entity::level::city},
    {"本澳", named_entity::level::city},
};

// Regions named without a suffix of their own.
inline constexpr reference_word bare_regions[] = {
    {"中国", named_entity::level::country}, {"香港", named_entity::level::city},
    {"澳门", named_entity::level::city},    {"台湾", named_entity::level::province},
};

// Characters a name does not extend back over: function words and common verbs that
// stand right before a name (all in the Basic Multilingual Plane).
inline constexpr char32_t name_stops[] = {
    U'的', U'在', U'与', U'和', U'及', U'是', U'为', U'了', U'把', U'将', U'对', U'向',
    U'从', U'以', U'于', U'让', U'使', U'由', U'被', U'给', U'等', U'、', U'到', U'至',
    U'共', U'全', U'该', U'其', U'这', U'此', U'各', U'个', U'家', U'名', U'项', U'批',
    U'月', U'年', U'获', U'达', U'有', U'即', U'若', U'如', U'像', U'请', U'经', U'过',
    U'就', U'都', U'也', U'还', U'又', U'并', U'或', U'而', U'仅', U'已', U'我', U'你'};

// Proper names do not start with a count, a status word or a place-level character.
inline const cue_words generic_name_starts{
    "新", "在", "已", "拟", "各", "重点", "招", "签", "投", "开", "续", "储", "建", "总", "大项目",
    "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千",
    "万", "亿", "多", "区", "市", "省", "县", "其", "该", "本", "首", "主", "整", "全", "解", "增",
    "面", "成", "内", "加", "推", "引", "落", "实", "打", "培", "提", "完", "创", "服", "相", "物流",
    "社区", "村"};
// Heads that name a class of things, not one subject (重点项目, 产业项目 …).
inline const cue_words generic_name_heads{
    "重点", "产业", "新兴", "招商", "签约", "在建", "拟建", "投产", "开工", "物流", "优质",
    "高端", "工业", "城建", "民生", "重大", "好", "大", "新", "建设", "科技", "合作",
    "服务", "实验", "试点", "示范", "承载", "招引", "储备", "续建", "竣工", "主题",
    "创新", "创业", "公共", "技术", "研发", "人才", "专业", "特色", "载体", "孵化",
    "配套", "综合", "数据", "金融", "商务", "城市", "各类", "相关", "全部", "所有"};
// Words ending in 市 or 省 that name no place.
inline const cue_words not_places{"城市", "都市", "超市", "上市", "股市", "楼市",
                                  "城乡", "各省", "外省", "本省", "全省", "全市"};
// Words that end in 区 without naming a district (城区, 社区, 开发区 as a word).
inline const cue_words not_districts{
    "城区", "社区", "小区", "景区", "片区", "辖区", "市区", "园区", "厂区", "矿区", "街区", "校区",
    "港区", "地区", "山区", "湾区", "库区", "灾区", "牧区", "林区", "老区", "全区", "该区", "本区",
    "我区", "各区", "新区", "营区", "保护区", "功能区", "聚集区", "集聚区", "示范区", "先行区",
    "核心区", "样板区", "试验区", "开发区", "高新区", "经开区", "综保区", "保税区", "主城区", "中心区"};
// Characters after 市, 省, 县 or 区 that make it part of a word (城市, 省级, 市场, 区域).
inline constexpr char32_t place_word_continuations[] = {
    U'级', U'场', U'民', U'委', U'区', U'长', U'属', U'直', U'内', U'外', U'人', U'重', U'辖',
    U'域', U'际', U'会', U'份', U'里', U'价', U'值', U'容', U'面', U'港', U'县', U'镇', U'间'};
// After 港, the characters that may follow the name (临川港今年…); any other Han
// character makes 港 a prefix of a longer word (临川港物流园).
inline constexpr char32_t port_name_followers[] = {U'今', U'新', U'累', U'现', U'已', U'共', U'的'};
// What may stand before a subject at the start of its clause (目前该区…, (一)某市…).
inline constexpr std::string_view subject_openers[] = {
    "目前", "如今", "同时", "此外", "其中", "至此", "截至目前", "近年来", "在", "由",
    "(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "与"};

// --- words around a figure ------------------------------------------------------------

// Project pipeline states: a count in one of them (40个在谈项目) is a stock at the
// document date.
inline const cue_words pipeline_states{"在谈", "在建", "已签约", "已开工", "已落地", "在库", "储备"};
// After a span of time, words that make it a point of reference, not a duration (三年以来).
inline const cue_words time_reference_after{"来", "以来", "之后", "后", "以后", "之前", "前", "内", "之内"};
// After a span of time, words that make it part of a plan's name (三年行动方案).
inline const cue_words plan_name_after{"行动", "规划", "方案", "计划", "攻坚", "发展规划", "振兴"};
// Words after an amount that make it a threshold when a head noun follows (10亿元以上项目).
inline const cue_words threshold_words{"以上", "及以上", "以下", "以内"};
inline const cue_words threshold_heads{"项目", "企业", "村", "工业", "单位", "产业", "商户", "大项目",
                                       "重点项目", "规模", "投资项目", "的"};
// After a figure in its clause: the figure is a goal (…的预期目标).
inline constexpr std::string_view goal_after[] = {"的预测", "的目标", "的预期目标"};
// What 负 right before a number follows when it is the number's sign (增长负3.2%, 增速为负
// 1.5%, 同比负2%, a list after a colon); elsewhere it ends a word (减负30亿元, 担负).
inline const cue_words negative_sign_after{"增长", "为", "是", "至", "到", "达", "幅", "速", "率", "比",
                                           ",", ":", " ", "(", "、"};
// Before or after a count of 点: a time of day (下午3点, 8点半), not index points.
inline const cue_words time_of_day_before{"上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "晚", "早", "每天"};
inline const cue_words time_of_day_after{"半", "钟", "整", "前", "后", "起", "开始", "许"};
// After a number of days: it dates an event by counting from an earlier date (3天后).
inline const cue_words days_later{"之后", "以后", "后"};

// --- indicator phrases -------------------------------------------------------------------

// Generic verbs dropped from inside a phrase (高新技术产业实现产值 → 高新技术产业产值).
inline constexpr std::string_view phrase_inner_verbs[] = {"实现", "完成", "共有", "达到"};
// Where the noun phrase after a figure ends (8个重点项目集中开工 → 重点项目).
inline const cue_words phrase_after_stops{
    "集中", "开工", "投产", "尽快", "加快", "落地", "建设", "与", "和", "的", "实现", "完成", "达到",
    "相继", "全部", "先后", "正在", "已", "将", "等", "为", "在", "通过", "享受", "纳入", "被", "中",
    "进行", "开展", "分别", "均", "获", "增加", "增长", "减少", "下降", "同比", "比", "较", "占",
    "达到", "提高", "以上", "以下", "左右", "之", "后", "即", "脱颖", "办结", "用于", "建成"};
// Verbs skipped at the start of that phrase (顺利实现投产).
inline const cue_words phrase_after_leads{"顺利实现", "实现", "正式"};
// Words at the start that leave no phrase after the figure at all.
inline const cue_words phrase_after_none{"增加", "增长", "减少", "下降", "同比", "比", "较", "占",
                                         "达到", "提高", "以上", "以下", "左右", "的", "和", "与",
                                         "等", "为", "之", "后", "分别", "均"};
// Where the whole a share is of ends, tried in order (占工业总产值的比重).
inline constexpr std::string_view share_whole_ends[] = {"的比重", "比重", "的"};

// --- numbers that are no claims ---------------------------------------------------

// A word right after a quantity that makes it something other than a claim, with the
// reason listed by --explain.
struct not_claim_word {
  std::string_view word, reason;
  std::string_view unit = {};  ///< only after a quantity in this unit (empty: any)
};
inline constexpr not_claim_word not_claim_after[] = {
    {"新高", "record window (创15年新高)"},       {"新低", "record window (24年来新低)"},
    {"来新高", "record window (创15年新高)"},     {"来新低", "record window (24年来新低)"},
    {"来首次", "record window (一年多以来首次)"}, {"以来首次", "record window (一年多以来首次)"},
    {"产业", "sector label (三次产业)", "次"},          {"会议", "session ordinal (二次会议)"},
    {"全会", "session ordinal (五次全会)"},       {"全体会议", "session ordinal (二次全体会议)"},
};

// --- structure -------------------------------------------------------------------

// Characters that mark the items of a list: structure, never part of a name or indicator.
inline constexpr char32_t list_markers[] = {U'●', U'◆', U'■', U'▲', U'•', U'◇', U'○', U'□', U'★',
                                            U'☆', U'►', U'▶', U'▪', U'◎', U'◉', U'√', U'△'};
inline bool is_list_marker(char32_t c) {
  for (char32_t m : list_markers)
    if (c == m) return true;
  return false;
}

// --- frames above the sentence ------------------------------------------------------

// A time right after one of these is the basis of a comparison, not the claim's period.
inline const cue_words comparison_before{"比", "较", "相比", "与", "同比", "对比", "相较"};

// Headings of a review section (一、2023年工作回顾, 过去五年工作回顾): actual figures.
inline const cue_words review_headings{"回顾", "过去一年", "过去五年", "完成情况", "主要成就",
                                       "发展成就", "工作成效"};
// Headings of a plan section (主要预期目标, 2025年工作安排): goals, for the year named or
// the document's own.
inline const cue_words target_headings{"预期目标", "主要目标", "目标任务", "发展目标", "工作安排",
                                       "重点工作", "工作部署", "总体要求", "主要任务", "奋斗目标",
                                       "展望"};
// Words of a heading that speak of the year before the document's (过去一年).
inline const cue_words past_year_words{"过去一年", "去年", "上年"};
// A sentence ending in a colon with one of these announces a list of goals.
inline const cue_words target_lead_ins{"预期目标", "主要目标", "目标是", "目标为", "目标任务",
                                       "发展目标", "计划目标", "力争实现", "主要指标"};

// The nation, however the text names it (全国, 我国, 中华人民共和国): names.hpp's id.
inline constexpr std::string_view nation = nation_id;
// Issuers whose opening lines make a text speak for the nation.
inline const cue_words national_issuers{"中华人民共和国", "国家统计局", "国务院", "国家发展改革委"};

// A bare 元 in a text that first names one of these currencies is that currency; the
// text speaks for the region when it names no place of its own.
struct local_currency {
  std::string_view word, code, region;
};
inline constexpr local_currency local_currencies[] = {
    {"人民币", "CNY", ""},   {"港元", "HKD", "香港"},   {"港币", "HKD", "香港"},
    {"HK$", "HKD", "香港"},  {"澳门元", "MOP", "澳门"}, {"澳门币", "MOP", "澳门"},
    {"MOP", "MOP", "澳门"},  {"新台币", "TWD", "台湾"}, {"NT$", "TWD", "台湾"},
};

}  // namespace econclaims::detail::cue_lexicon
