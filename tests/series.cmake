# Tests of the series layer (periods, quantities, series, store, computations, check and
# the series/growth/check subcommands). Included from tests/CMakeLists.txt; paths are
# relative to this file so that it works from any including directory.
set(_series_dir "${CMAKE_CURRENT_LIST_DIR}")
if(NOT TARGET doctest::doctest)
  find_package(doctest REQUIRED)
endif()

add_executable(series_tests
  "${_series_dir}/unit/period_test.cpp"
  "${_series_dir}/unit/quantity_test.cpp"
  "${_series_dir}/unit/names_test.cpp"
  "${_series_dir}/unit/series_test.cpp"
  "${_series_dir}/unit/growth_test.cpp"
  "${_series_dir}/unit/check_test.cpp")
# doctest's main, compiled once in tests/CMakeLists.txt for every test executable.
target_link_libraries(series_tests PRIVATE econclaims_test_main)
target_link_libraries(series_tests PRIVATE econclaims::econclaims doctest::doctest)
target_compile_definitions(series_tests PRIVATE
  ECONCLAIMS_TEST_DATA_DIR="${_series_dir}/data")
if(COMMAND econclaims_set_warnings)
  econclaims_set_warnings(series_tests)
endif()
add_test(NAME series_tests COMMAND series_tests)

# The subcommands on a small claims file, compared with expected CSV.
if(TARGET econclaims-cli)
  add_test(NAME series_cli
           COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:econclaims-cli> -DDATA=${_series_dir}/data
                   -P "${_series_dir}/series_cli_test.cmake")
endif()
