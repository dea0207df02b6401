# cmake -DOUTPUT=file -DPROGRAM=exe -DARGUMENTS=a,b -P RunToFile.cmake
# Runs a program and keeps its standard output in a file (a build step; a failure fails the build). The arguments
# are separated by commas: a semicolon would reach the shell of the build tool.
string(REPLACE "," ";" arguments "${ARGUMENTS}")
execute_process(COMMAND ${PROGRAM} ${arguments} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "${PROGRAM} ${arguments} failed: ${result}")
endif()
