// The word tables. Text is normalized before matching, so every word here is in
// simplified script with ASCII digits and punctuation.
#include "lexicon.hpp"

static_assert(sizeof("亿") == 4, "sources must be compiled as UTF-8");

namespace econclaims::grammar::lexicon {
namespace {

// Canonical units and factors follow the annotation guide: money in whole currency
// units (ISO 4217), areas in m2, lengths in m, masses in t, time spans by name. Each
// code's dimension is the vocabulary's (econclaims/units.hpp: dimension_of).
constexpr entry<unit_info> unit_table[] = {
    // money
    {"元", {"CNY", 1}}, {"元人民币", {"CNY", 1}},
    {"人民币", {"CNY", 1}}, {"块钱", {"CNY", 1}},
    {"美元", {"USD", 1}}, {"美金", {"USD", 1}},
    {"欧元", {"EUR", 1}}, {"日元", {"JPY", 1}},
    {"港元", {"HKD", 1}}, {"港币", {"HKD", 1}},
    {"英镑", {"GBP", 1}}, {"瑞士法郎", {"CHF", 1}},
    {"法郎", {"CHF", 1}}, {"新台币", {"TWD", 1}},
    {"台币", {"TWD", 1}}, {"澳门元", {"MOP", 1}},
    {"澳门币", {"MOP", 1}}, {"澳元", {"AUD", 1}},
    {"韩元", {"KRW", 1}}, {"卢布", {"RUB", 1}},
    {"新加坡元", {"SGD", 1}}, {"加元", {"CAD", 1}},
    // the currency named after 元 (Taiwan and Hong Kong usage)
    {"元新台币", {"TWD", 1}}, {"元台币", {"TWD", 1}},
    {"新台币元", {"TWD", 1}}, {"元港币", {"HKD", 1}},
    {"元澳门币", {"MOP", 1}}, {"元澳门元", {"MOP", 1}},
    // money per unit
    {"元/亩", {"CNY/mu", 1}}, {"元/人", {"CNY/人", 1}},
    {"元/平方米", {"CNY/m2", 1}}, {"元/吨", {"CNY/t", 1}},
    {"美元/人", {"USD/人", 1}},
    // percent, points, multiples
    {"%", {"%", 1}}, {"‰", {"%", 0.1}},
    {"个百分点", {"pp", 1}}, {"百分点", {"pp", 1}},
    {"倍", {"x", 1}},
    // area
    {"平方米", {"m2", 1}}, {"平米", {"m2", 1}},
    {"平方公里", {"m2", 1e6}}, {"平方千米", {"m2", 1e6}},
    {"公顷", {"m2", 1e4}}, {"亩", {"mu", 1}},
    // length
    {"米", {"m", 1}}, {"公里", {"m", 1000}},
    {"千米", {"m", 1000}}, {"厘米", {"m", 0.01}},
    {"毫米", {"m", 0.001}}, {"公分", {"m", 0.01}},
    {"km", {"m", 1000}}, {"m", {"m", 1}}, {"cm", {"m", 0.01}},
    {"mm", {"m", 0.001}},
    {"m²", {"m2", 1}}, {"km²", {"m2", 1e6}},
    // mass
    {"吨", {"t", 1}}, {"公斤", {"t", 0.001}},
    {"千克", {"t", 0.001}}, {"斤", {"t", 0.0005}},
    {"克", {"t", 1e-6}}, {"kg", {"t", 0.001}},
    {"吨公里", {"t*km", 1}},
    // volume, energy, power, containers
    {"立方米", {"m3", 1}}, {"方", {"m3", 1}},
    {"千瓦时", {"kWh", 1}}, {"度电", {"kWh", 1}},
    {"度", {"kWh", 1}},
    {"千瓦", {"kW", 1}}, {"兆瓦", {"kW", 1000}},
    {"标箱", {"TEU", 1}}, {"标准箱", {"TEU", 1}},
    {"TEU", {"TEU", 1}},
    // time spans
    {"分钟", {"minute", 1}}, {"小时", {"hour", 1}},
    {"个小时", {"hour", 1}}, {"天", {"day", 1}},
    {"钟头", {"hour", 1}}, {"个钟头", {"hour", 1}},
    {"工作日", {"day", 1}}, {"个工作日", {"day", 1}},
    {"周", {"week", 1}}, {"个星期", {"week", 1}},
    {"星期", {"week", 1}}, {"个月", {"month", 1}},
    {"年", {"year", 1}},
    // counts: the measure word itself is the unit
    {"个", {"个", 1}}, {"名", {"名", 1}}, {"家", {"家", 1}},
    {"项", {"项", 1}}, {"套", {"套", 1}}, {"所", {"所", 1}},
    {"人", {"人", 1}}, {"人次", {"人次", 1}}, {"户", {"户", 1}},
    {"处", {"处", 1}}, {"场", {"场", 1}}, {"次", {"次", 1}},
    {"辆", {"辆", 1}}, {"条", {"条", 1}}, {"批", {"批", 1}},
    {"座", {"座", 1}}, {"台", {"台", 1}}, {"件", {"件", 1}},
    {"位", {"位", 1}}, {"栋", {"栋", 1}}, {"间", {"间", 1}},
    {"张", {"张", 1}}, {"架", {"架", 1}}, {"艘", {"艘", 1}},
    {"只", {"只", 1}}, {"株", {"株", 1}},
    {"棵", {"棵", 1}}, {"种", {"种", 1}}, {"类", {"类", 1}},
    {"宗", {"宗", 1}}, {"笔", {"笔", 1}}, {"份", {"份", 1}},
    {"支", {"支", 1}}, {"篇", {"篇", 1}}, 
    {"家次", {"家次", 1}}, {"届", {"届", 1}},
    {"头", {"头", 1}}, {"列", {"列", 1}}, {"页", {"页", 1}},
    {"轮", {"轮", 1}}, {"趟", {"趟", 1}}, {"块", {"块", 1}},
    {"颗", {"颗", 1}}, {"枚", {"枚", 1}}, {"例", {"例", 1}},
    {"车次", {"车次", 1}}, {"班次", {"班次", 1}}, {"架次", {"架次", 1}},
    {"航次", {"航次", 1}}, {"批次", {"批次", 1}}, {"艘次", {"艘次", 1}},
    // index points (恒指升200点); a time of day (下午3点) is set aside by claim assembly
    {"点", {"点", 1}},
};

constexpr entry<double> magnitude_table[] = {
    {"万亿", 1e12}, {"兆", 1e12} /* Taiwan: 10^12 */, {"亿", 1e8}, {"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5},
    {"万", 1e4}, {"千", 1e3}, {"百", 1e2},
};

constexpr entry<int> digit_table[] = {
    {"〇", 0}, {"零", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
    {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9},
    {"壹", 1}, {"贰", 2}, {"叁", 3}, {"肆", 4}, {"伍", 5}, {"陆", 6}, {"柒", 7},
    {"捌", 8}, {"玖", 9}, {"幺", 1},
};

constexpr entry<int> small_unit_table[] = {
    {"十", 10}, {"百", 100}, {"千", 1000}, {"拾", 10}, {"佰", 100}, {"仟", 1000},
    {"廿", 20}, {"卅", 30}, {"卌", 40},  // written for 二十, 三十, 四十 (廿五 = 25)
};

constexpr entry<qualifier> before_table[] = {
    {"约", qualifier::approx}, {"大约", qualifier::approx}, {"约为", qualifier::approx},
    {"大概", qualifier::approx}, {"预计约", qualifier::approx},
    {"超", qualifier::over}, {"超过", qualifier::over}, {"逾", qualifier::over},
    {"过", qualifier::over}, {"突破", qualifier::over}, {"多于", qualifier::over},
    {"高于", qualifier::over}, {"超出", qualifier::over},
    {"近", qualifier::nearly}, {"将近", qualifier::nearly}, {"接近", qualifier::nearly},
    {"逼近", qualifier::nearly}, {"近乎", qualifier::nearly},
    {"不到", qualifier::under}, {"不足", qualifier::under}, {"未满", qualifier::under},
    {"少于", qualifier::under}, {"低于", qualifier::under}, {"未达", qualifier::under},
    {"不少于", qualifier::at_least}, {"不低于", qualifier::at_least},
    {"至少", qualifier::at_least}, {"起码", qualifier::at_least},
    {"不超过", qualifier::at_most}, {"不高于", qualifier::at_most},
    {"最多", qualifier::at_most}, {"至多", qualifier::at_most}, {"控制在", qualifier::at_most},
};

constexpr entry<qualifier> after_table[] = {
    {"以上", qualifier::at_least}, {"及以上", qualifier::at_least},
    {"以下", qualifier::at_most}, {"及以下", qualifier::at_most}, {"以内", qualifier::at_most},
    {"之内", qualifier::at_most},
    {"左右", qualifier::approx}, {"上下", qualifier::approx}, {"开外", qualifier::over},
    {"有余", qualifier::over}, {"多", qualifier::over},
};

}  // namespace

std::span<const entry<unit_info>> units() { return unit_table; }
std::span<const entry<double>> magnitudes() { return magnitude_table; }
std::span<const entry<int>> chinese_digits() { return digit_table; }
std::span<const entry<int>> chinese_small_units() { return small_unit_table; }
std::span<const entry<qualifier>> qualifiers_before() { return before_table; }
std::span<const entry<qualifier>> qualifiers_after() { return after_table; }

}  // namespace econclaims::grammar::lexicon
