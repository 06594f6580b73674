# The same draft as .txt and as .docx (automatic numbering) gives the same findings apart from
# positions: runs planlint check --format jsonl on both and compares the findings with the
# path and every position field taken out, and fixes, which only text files carry
# (docs/fixing.md: Word fixes are not yet supported).
# cmake -DPLANLINT=… -DTXT=… -DDOCX=… -P same_findings.cmake
function(findings_without_positions file out)
  execute_process(COMMAND ${PLANLINT} check --no-config --format jsonl ${file}
                  OUTPUT_VARIABLE report RESULT_VARIABLE code)
  if(NOT code EQUAL 1)
    message(FATAL_ERROR "planlint check ${file} exited ${code}, expected 1 (findings)")
  endif()
  string(REGEX REPLACE "\"path\": \"[^\"]*\"" "" report "${report}")
  string(REGEX REPLACE "\"encoding\": \"[^\"]*\"" "" report "${report}")
  string(REGEX REPLACE ", \"fix\": {\"safety\": \"[a-z]+\", \"edits\": \[[^]]*\]}" "" report
                       "${report}")
  string(REGEX REPLACE ", \"(line|column|end_line|end_column|offset|end_offset|paragraph|end_paragraph)\": [0-9]+" "" report "${report}")
  set(${out} "${report}" PARENT_SCOPE)
endfunction()
findings_without_positions(${TXT} from_text)
findings_without_positions(${DOCX} from_word)
if(NOT from_text STREQUAL from_word)
  message(FATAL_ERROR "different findings:\n.txt:  ${from_text}\n.docx: ${from_word}")
endif()
string(REGEX MATCHALL "\"rule\"" rules "${from_text}")
list(LENGTH rules count)
if(count LESS 3)
  message(FATAL_ERROR "expected the draft to have findings, got ${count}")
endif()
message(STATUS "${count} findings, the same in both")
