// File: names.hpp
// One name and one code for each subject, however a text writes it: 广州 and 广州市 are
// 广州市 (440100); 山东 and 山东省 are 山东省 (370000); 全国, 我国 and 中国 are 中国;
// 杭州经开区 and 杭州经济技术开发区 are 杭州经济技术开发区, with its host city's code.
//
//   const auto& places = econclaims::place_table::defaults();
//   auto e = econclaims::canonical_entity_of("广州");          // {"广州市", "440100"}
//   auto z = econclaims::canonical_entity_of("杭州经开区");    // {"杭州经济技术开发区", "330100"}
//   auto a = econclaims::canonical_entity_of("朝阳", "110000"); // 北京's 朝阳区: the context decides
//
// The codes are GB/T 2260 administrative division codes, from the Ministry of Civil
// Affairs' table shipped with the library (data/admin_divisions.tsv, its source and date
// in its header). A short name that several divisions share (朝阳: a district of 北京, a
// city and a county of 辽宁) is resolved by the code of the document's own place when
// exactly one of them lies in its province, else left as written, without a code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace econclaims {

/// The nation's id, however a text names it (全国, 我国, 中华人民共和国).
inline constexpr std::string_view nation_id = "中国";

/// A subject's canonical name (`id`) and its administrative division code (`code`,
/// empty when it has none or none is known).
struct canonical_entity {
  std::string id;
  std::string code;
  friend bool operator==(const canonical_entity&, const canonical_entity&) = default;
};

/// One administrative division.
struct division {
  std::string code;  ///< GB/T 2260, six digits
  std::string name;  ///< full name (广州市, 内蒙古自治区)
  /// The name that tells it from every other division: its full name, or where several
  /// divisions share that (朝阳区 of 北京 and of 长春), the name of the prefecture, else
  /// the province, before it (北京市朝阳区, 长春市朝阳区).
  std::string id;
  std::string short_name;  ///< the name without its level word (广州, 内蒙古); empty when none
  /// 1 province, 2 prefecture, 3 county-level (from the code's zeros).
  int level() const noexcept;
};

class place_table {
 public:
  /// An empty table.
  place_table() = default;
  /// The table shipped with the library (data/admin_divisions.tsv).
  static const place_table& defaults();
  /// Add divisions from TSV text, `CODE<TAB>NAME` a line, `#` comments (replacing any
  /// loaded before).
  void load(std::string_view tsv);

  /// The divisions a written name may mean, by full or short name.
  std::vector<const division*> candidates(std::string_view written) const;
  /// The one division a written name means, given the code of the document's own place
  /// (a province, prefecture or county code; empty when unknown): the only candidate,
  /// or the only one in the context's prefecture, else province. nullptr when none or
  /// several remain.
  const division* resolve(std::string_view written, std::string_view context_code = {}) const;
  /// The division whose id is `id` when the id is not a plain name (北京市朝阳区), else nullptr.
  const division* resolve_id(std::string_view id) const;

  std::size_t size() const noexcept { return divisions_.size(); }

 private:
  std::vector<division> divisions_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_name_;  // full and short names
  std::unordered_map<std::string, std::size_t> by_id_;                 // ids that are no names
};

/// The short form of a division's full name: its level word removed (省, 市, 自治区,
/// 特别行政区, 地区, 盟, 区, 县, 旗), the ethnic names of an autonomous region too;
/// empty when less than two characters would remain.
std::string short_division_name(std::string_view full_name);

/// A zone type written short, expanded to its full form (高新区 → 高新技术产业开发区,
/// 经开区 → 经济技术开发区, 综保区 → 综合保税区, 自贸区 → 自由贸易试验区); the full
/// forms are their own. `host` receives the place before the type (杭州).
/// Empty when `name` ends in no zone type.
std::string canonical_zone_type(std::string_view name, std::string_view& host);

/// The canonical name and code of a subject as written: the nation (全国, 我国, 中国,
/// 中华人民共和国) is 中国; an administrative division is its id and code; a zone
/// is its host (short form when the host is a known division) and its full type, with
/// the host's code; anything else is itself, without a code.
canonical_entity canonical_entity_of(std::string_view written, std::string_view context_code = {},
                                     const place_table& places = place_table::defaults());

}  // namespace econclaims
