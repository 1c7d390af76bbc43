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
expect_exit(1 ARGS extract --format xml "${WORK}/bad.txt" STDERR "--format: must be json or csv, not .xml.")
expect_exit(1 ARGS frobnicate STDERR "unknown command")

file(WRITE "${WORK}/ok.txt" "2023年，临川开发区新签约项目47个，同比增长14%。第3个项目投产。")
expect_exit(0 ARGS extract --quiet --date 2024-01 --format csv "${WORK}/ok.txt"
            STDOUT "^doc,quote,start,end,value.*\nok.txt,47个,[0-9]+,[0-9]+,47,,个,exact,level,actual,临川开发区,新签约项目,2023,")
expect_exit(0 ARGS extract --date 2024-01 --explain "${WORK}/ok.txt"
            STDERR "\"quote\": \"3个\".*\"reason\": \"ordinal")
expect_exit(0 ARGS extract --date 2024-01 "${WORK}/ok.txt"
            STDERR "1 documents, 2 claims: growth 1 level 1")

# Usage errors name the option and exit 1; a directory is read for its .txt files.
expect_exit(1 ARGS extract --jobs 0 "${WORK}/ok.txt" STDERR "--jobs")
expect_exit(1 ARGS extract --encoding latin9 "${WORK}/ok.txt" STDERR "--encoding: unknown encoding 'latin9'")
expect_exit(1 ARGS growth "${WORK}/none.jsonl" --method cagr --from 2020 STDERR "--from requires --to")
expect_exit(0 ARGS extract --help STDOUT "--on-invalid")
file(MAKE_DIRECTORY "${WORK}/tree/sub")
file(WRITE "${WORK}/tree/sub/b.txt" "2023年，新签约项目12个。")
file(WRITE "${WORK}/tree/a.txt" "2023年，新签约项目5个。")
file(WRITE "${WORK}/tree/notes.md" "2023年，新签约项目7个。")
expect_exit(0 ARGS extract --quiet --date 2024 "${WORK}/tree"
            STDOUT "^[{]\"doc\": \"a.txt\"[^\n]*\n[{]\"doc\": \"b.txt\"[^\n]*\n$")
file(MAKE_DIRECTORY "${WORK}/empty")
expect_exit(2 ARGS extract --quiet "${WORK}/empty" STDERR "empty: no .txt files")
# The library's message says what is wrong; the command line adds which flag helps.
expect_exit(2 ARGS extract --quiet "${WORK}/bad.txt" STDERR "invalid_utf8.*--encoding")
# A numeral beyond the range of a number is listed as skipped, never written as 0.
string(REPEAT "9" 400 _digits)
file(WRITE "${WORK}/huge.txt" "投资${_digits}元。")
expect_exit(0 ARGS extract --quiet --explain --date 2024 "${WORK}/huge.txt"
            STDERR "beyond the range of a number" STDOUT "^$")
