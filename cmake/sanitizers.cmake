# ECONCLAIMS_SANITIZE=ON builds everything with ASan and UBSan; any finding aborts the test.
if(ECONCLAIMS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(ECONCLAIMS_TIME_TRACE AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_compile_options(-ftime-trace)
endif()
# Fuzzers need coverage instrumentation in all the code they reach, not just their mains.
if(ECONCLAIMS_BUILD_FUZZERS)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
