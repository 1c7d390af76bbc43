# Runs the series, growth and check subcommands on tests/data/series_claims.jsonl and
# compares their output with the expected CSV files beside it (values checked by hand:
# Q2 = 690 − 330 = 360 (million); yoy 2019 = 100·(1.2/1.0 − 1) = 20; CAGR 2018→2021 =
# 100·(1.5^{1/3} − 1) = 14.4714…; 13.3 % against [13.2795, 13.3205] agrees).
# Usage: cmake -DCLI=<econclaims> -DDATA=<tests/data> -P series_cli_test.cmake
set(_claims "${DATA}/series_claims.jsonl")

function(expect_output expect_file)
  execute_process(COMMAND "${CLI}" ${ARGN} WORKING_DIRECTORY "${DATA}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "econclaims ${ARGN}: exit ${rc}: ${err}")
  endif()
  file(READ "${DATA}/${expect_file}" expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "econclaims ${ARGN}: output differs from ${expect_file}\n--- got\n${out}--- expected\n${expected}")
  endif()
endfunction()

expect_output(series_long.expect.csv series series_claims.jsonl)
expect_output(series_quarter.expect.csv series series_claims.jsonl --freq quarter)
expect_output(series_wide_asof.expect.csv series series_claims.jsonl --as-of 2020-02 --wide)
expect_output(growth_yoy.expect.csv growth series_claims.jsonl --method yoy)
expect_output(growth_cagr.expect.csv growth series_claims.jsonl --method cagr --from 2018 --to 2021)
expect_output(check.expect.csv check series_claims.jsonl)

# Bad input: one line naming the file and the line, exit 2.
execute_process(COMMAND "${CLI}" series series_bad.jsonl WORKING_DIRECTORY "${DATA}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 2 OR NOT err MATCHES "series_bad.jsonl:2: bad period \"2019-Q5\"")
  message(FATAL_ERROR "bad input: expected exit 2 and 'series_bad.jsonl:2', got ${rc}: ${err}")
endif()
# Usage errors: exit 1.
execute_process(COMMAND "${CLI}" growth series_claims.jsonl --method median WORKING_DIRECTORY "${DATA}"
                OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "unknown method: expected exit 1, got ${rc}")
endif()
