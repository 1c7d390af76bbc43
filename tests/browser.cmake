# Tests of the HTML report (include/econclaims/report.hpp, `econclaims report`): the
# doctest unit tests, always; and the browser test, which opens a report of the seed
# articles in Debian's headless chromium through playwright-core (tests/browser), only
# when chromium, node and the npm packages are there (scripts/install-browser-deps.sh
# installs them). Included from tests/CMakeLists.txt; paths are relative to this file.
set(_report_tests_dir "${CMAKE_CURRENT_LIST_DIR}")
if(NOT TARGET doctest::doctest)
  find_package(doctest REQUIRED)
endif()

add_executable(report_tests "${_report_tests_dir}/unit/report_test.cpp")
# doctest's main, compiled once in tests/CMakeLists.txt for every test executable.
target_link_libraries(report_tests PRIVATE econclaims_test_main)
target_link_libraries(report_tests PRIVATE econclaims::econclaims doctest::doctest)
if(COMMAND econclaims_set_warnings)
  econclaims_set_warnings(report_tests)
endif()
add_test(NAME report_tests COMMAND report_tests)

# The browser test. ECONCLAIMS_SHARED_DIR (tests/CMakeLists.txt) holds the seed articles.
find_program(ECONCLAIMS_CHROMIUM NAMES chromium chromium-browser
             HINTS /usr/bin DOC "Chromium for the browser test of the HTML report")
find_program(ECONCLAIMS_NODE NAMES node nodejs DOC "Node.js for the browser test of the HTML report")
if(NOT DEFINED ECONCLAIMS_SHARED_DIR)
  set(ECONCLAIMS_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared")
endif()
set(_browser_dir "${_report_tests_dir}/browser")
if(TARGET econclaims-cli AND ECONCLAIMS_CHROMIUM AND ECONCLAIMS_NODE
   AND EXISTS "${_browser_dir}/node_modules/playwright-core/package.json")
  add_test(NAME browser_report
           COMMAND "${ECONCLAIMS_NODE}" "${_browser_dir}/report.test.mjs"
                   --cli $<TARGET_FILE:econclaims-cli>
                   --shared "${ECONCLAIMS_SHARED_DIR}"
                   --browser "${ECONCLAIMS_CHROMIUM}"
                   --out "${CMAKE_CURRENT_BINARY_DIR}/browser")
  # The screenshot and the page are left in build/tests/browser as artifacts.
  set_tests_properties(browser_report PROPERTIES
                       TIMEOUT 180
                       PROCESSORS 2
                       ENVIRONMENT "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1"
                       ATTACHED_FILES "${CMAKE_CURRENT_BINARY_DIR}/browser/report_seeds.png")
elseif(TARGET econclaims-cli)
  message(STATUS "browser_report test skipped: needs chromium, node and "
                 "tests/browser/node_modules (run scripts/install-browser-deps.sh)")
endif()
