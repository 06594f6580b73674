# planlint never modifies what it reads: runs check (to stdout, to --output, writing and reading
# a baseline elsewhere) and outline over a folder of drafts, a config and a rule file, then
# checks that every file there has the same bytes (SHA-256), size and mtime (to the nanosecond)
# and that no file came or went.
#   cmake -DPLANLINT=exe -DWORK=dir -DINPUTS="file|file…" -P unchanged.cmake
string(REPLACE "|" ";" inputs "${INPUTS}")
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/drafts ${WORK}/out)
file(COPY ${inputs} DESTINATION ${WORK}/drafts)
file(WRITE ${WORK}/drafts/.planlint.yaml "rules: [core, local-rules.yaml]\nfail_on: warning\n")
file(WRITE ${WORK}/drafts/local-rules.yaml
  "name: local\nrules:\n  - {id: local-term, kind: phrase, severity: info, message: m, phrases: [学校]}\n")
# An old mtime, so that a rewrite within the same second would still show.
file(GLOB_RECURSE copied LIST_DIRECTORIES true ${WORK}/drafts/*)
execute_process(COMMAND touch -d "2001-02-03 04:05:06.123456789" ${copied} ${WORK}/drafts
  COMMAND_ERROR_IS_FATAL ANY)

function(snapshot result)
  file(GLOB_RECURSE files LIST_DIRECTORIES true ${WORK}/drafts/*)
  list(SORT files)
  set(lines)
  foreach(path ${files})
    execute_process(COMMAND stat -c "%n %s %.9Y %a" ${path} OUTPUT_VARIABLE status
      COMMAND_ERROR_IS_FATAL ANY)
    set(hash "folder")
    if(NOT IS_DIRECTORY ${path})
      file(SHA256 ${path} hash)
    endif()
    string(APPEND lines "${hash} ${status}")
  endforeach()
  execute_process(COMMAND stat -c "%n %.9Y" ${WORK}/drafts OUTPUT_VARIABLE status)
  set(${result} "${lines}${status}" PARENT_SCOPE)
endfunction()

snapshot(before)
set(runs
  "check|."
  "check|--format|sarif|--output|../out/report.sarif|."
  "check|--write-baseline|../out/baseline.json|."
  "check|--baseline|../out/baseline.json|--format|json|-o|../out/report.json|."
  "check|--rules|local-rules.yaml|--format|junit|."
  "rules|check|local-rules.yaml")
file(GLOB drafts RELATIVE ${WORK}/drafts ${WORK}/drafts/*.txt)
foreach(draft ${drafts})
  list(APPEND runs "outline|${draft}" "outline|--format|json|${draft}")
endforeach()
foreach(run ${runs})
  string(REPLACE "|" ";" arguments "${run}")
  execute_process(COMMAND ${PLANLINT} ${arguments} WORKING_DIRECTORY ${WORK}/drafts
    RESULT_VARIABLE exit_code OUTPUT_QUIET ERROR_QUIET)
  if(NOT exit_code MATCHES "^[012]$")
    message(FATAL_ERROR "planlint ${run} ended with ${exit_code}")
  endif()
  snapshot(after)
  if(NOT after STREQUAL before)
    message(FATAL_ERROR "planlint ${run} changed its inputs:\n--- before\n${before}\n--- after\n${after}")
  endif()
endforeach()
list(LENGTH runs count)
message(STATUS "${count} runs left every input as it was")
