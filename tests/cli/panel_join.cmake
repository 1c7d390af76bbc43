# End to end: two years' national communiqués (written for this test, in the form the
# statistics bureau publishes), extracted with their dates and read as series. The nation
# named as 全国, 我国 and by its issuer is one entity, 中国; 国内生产总值 and 经济总量 are
# one indicator; the second year's rounded restatement of the first year's figure
# (114万亿元) does not replace the communiqué's precise figure.
# Arguments: CLI, WORK (a scratch directory).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/docs")
file(WRITE "${WORK}/docs/gdp2021.txt"
  "中华人民共和国2021年国民经济和社会发展统计公报\n国家统计局\n2022年2月28日\n\n"
  "初步核算，全年国内生产总值1143670亿元，比上年增长8.1%。全国居民人均可支配收入35128元。\n")
file(WRITE "${WORK}/docs/gdp2022.txt"
  "中华人民共和国2022年国民经济和社会发展统计公报\n国家统计局\n2023年2月28日\n\n"
  "初步核算，全年国内生产总值1210207亿元，比上年增长3.0%。2021年我国经济总量达到114万亿元。\n")
file(WRITE "${WORK}/docs.jsonl"
  "{\"doc\": \"gdp2021.txt\", \"date\": \"2022-02-28\"}\n{\"doc\": \"gdp2022.txt\", \"date\": \"2023-02-28\"}\n")
execute_process(COMMAND "${CLI}" extract --quiet --docs "${WORK}/docs.jsonl" "${WORK}/docs"
                OUTPUT_FILE "${WORK}/claims.jsonl" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "extract failed: ${rc}")
endif()
execute_process(COMMAND "${CLI}" series "${WORK}/claims.jsonl" --entity 全国 --indicator GDP
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
set(expected "entity,entity_code,indicator,unit,kind,period,value,qualifier,sources
中国,,国内生产总值,%,growth,2021,8.1,exact,gdp2021.txt@172-176(2022-02-28)
中国,,国内生产总值,%,growth,2022,3,exact,gdp2022.txt@172-176(2023-02-28)
中国,,国内生产总值,CNY,level,2021,1.14367e+14,exact,gdp2021.txt@141-154(2022-02-28);gdp2022.txt@210-222(2023-02-28)
中国,,国内生产总值,CNY,level,2022,1.210207e+14,exact,gdp2022.txt@141-154(2023-02-28)
")
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "series: exit ${rc}\n--- got\n${out}--- expected\n${expected}")
endif()
# Claims keep the spelling of their text and carry the canonical names.
file(READ "${WORK}/claims.jsonl" claims)
if(NOT claims MATCHES "\"indicator\": \"经济总量\"[^\n]*\"entity_id\": \"中国\", \"indicator_id\": \"国内生产总值\"")
  message(FATAL_ERROR "the restated claim lacks its canonical names:\n${claims}")
endif()
