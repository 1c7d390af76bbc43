# The extract command's contract: exit 2 and one line naming the file on unreadable or
# invalid input; CSV output with a header; --explain lists numbers not taken.
# Arguments: CLI, WORK (a scratch directory).
file(MAKE_DIRECTORY "${WORK}")

function(expect_exit code)
  cmake_parse_arguments(E "" "STDERR;STDOUT" "ARGS" ${ARGN})
  execute_process(COMMAND "${CLI}" ${E_ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL ${code})
    message(FATAL_ERROR "econclaims ${E_ARGS}: exit ${rc}, expected ${code}\n${err}")
  endif()
  if(E_STDERR AND NOT err MATCHES "${E_STDERR}")
    message(FATAL_ERROR "econclaims ${E_ARGS}: stderr does not match '${E_STDERR}':\n${err}")
  endif()
  if(E_STDOUT AND NOT out MATCHES "${E_STDOUT}")
    message(FATAL_ERROR "econclaims ${E_ARGS}: stdout does not match '${E_STDOUT}':\n${out}")
  endif()
endfunction()

# Invalid UTF-8: byte 0xFF after "增长16%" (9 bytes).
string(ASCII 255 _ff)
file(WRITE "${WORK}/bad.txt" "增长16%${_ff}")
expect_exit(2 ARGS extract --quiet "${WORK}/bad.txt" STDERR "bad.txt: invalid UTF-8 at byte offset 9")
expect_exit(2 ARGS extract --quiet "${WORK}/missing.txt" STDERR "missing.txt: cannot read file")
expect_exit(1 ARGS extract --format xml "${WORK}/bad.txt" STDERR "--format must be json or csv")
expect_exit(1 ARGS frobnicate STDERR "unknown command")

file(WRITE "${WORK}/ok.txt" "2023年，临川开发区新签约项目47个，同比增长14%。第3个项目投产。")
expect_exit(0 ARGS extract --quiet --date 2024-01 --format csv "${WORK}/ok.txt"
            STDOUT "^doc,quote,start,end,value.*\nok.txt,47个,[0-9]+,[0-9]+,47,,个,exact,level,actual,临川开发区,新签约项目,2023,")
expect_exit(0 ARGS extract --date 2024-01 --explain "${WORK}/ok.txt"
            STDERR "\"quote\": \"3个\".*\"reason\": \"ordinal")
expect_exit(0 ARGS extract --date 2024-01 "${WORK}/ok.txt"
            STDERR "1 documents, 2 claims: growth 1 level 1")
