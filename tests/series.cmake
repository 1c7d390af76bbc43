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

# static_assert-only translation units: compiling them is the test.
add_library(series_static_tests OBJECT "${_series_dir}/static/quantity_static.cpp")
target_link_libraries(series_static_tests PRIVATE econclaims::econclaims)

# Compile-failure pair (Eigen's failtest): the same file must build without
# ECONCLAIMS_SHOULD_FAIL_TO_BUILD and must not build with it, so the ko test cannot pass
# because of an unrelated error.
foreach(_case ok ko)
  add_library(quantity_mix_${_case} OBJECT EXCLUDE_FROM_ALL "${_series_dir}/compile_fail/quantity_mix.cpp")
  target_link_libraries(quantity_mix_${_case} PRIVATE econclaims::econclaims)
  if(_case STREQUAL "ko")
    target_compile_definitions(quantity_mix_ko PRIVATE ECONCLAIMS_SHOULD_FAIL_TO_BUILD)
  endif()
  add_test(NAME compile_fail_quantity_mix_${_case}
           COMMAND ${CMAKE_COMMAND} --build "${CMAKE_BINARY_DIR}" --target quantity_mix_${_case})
endforeach()
set_tests_properties(compile_fail_quantity_mix_ko PROPERTIES WILL_FAIL TRUE)

# The subcommands on a small claims file, compared with expected CSV.
if(TARGET econclaims-cli)
  add_test(NAME series_cli
           COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:econclaims-cli> -DDATA=${_series_dir}/data
                   -P "${_series_dir}/series_cli_test.cmake")
endif()
set_tests_properties(compile_fail_quantity_mix_ok compile_fail_quantity_mix_ko PROPERTIES RESOURCE_LOCK build_tree)
