# Warning policy for econclaims' own targets. Third-party headers (Boost, Eigen, fmt)
# come in as SYSTEM includes through their imported targets, so their warnings stay out.
function(econclaims_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
      # Spirit X3 attribute propagation copies small structs on purpose.
      -Wno-missing-field-initializers)
    # Shadowed locals hide bugs; shadowed members in constructors do not (GCC's
    # -Wshadow=local leaves those out; clang has no such split).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wshadow=local)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      # GCC 12 at -O3 reports overlapping memcpy inside libstdc++'s std::string
      # concatenation that cannot happen (GCC bug 105651).
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8)
  endif()
  # Warnings fail only builds of econclaims itself, never a consumer's build.
  if(PROJECT_IS_TOP_LEVEL AND DEFINED ENV{CI})
    set_target_properties(${target} PROPERTIES COMPILE_WARNING_AS_ERROR ON)
  endif()
endfunction()
