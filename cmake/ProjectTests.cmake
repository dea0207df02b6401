# add_project_test(NAME <TestName> SOURCES <files…> LIBS <targets…> [GUI] [LABELS <labels…>])
#
# One executable per test class, registered with CTest. GUI tests run on Qt's offscreen platform;
# every test gets a throwaway settings/data location through QStandardPaths test mode (set in the test).
function(add_project_test)
    cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE project_options Qt6::Test ${ARG_LIBS})
    # SanitizerBudget.h (tests/sanitizers): time and memory bounds widened in the sanitizer build.
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/sanitizers)
    if(SANITIZE)
        target_compile_definitions(${ARG_NAME} PRIVATE SANITIZER_BUDGET_FACTOR=${SANITIZER_BUDGET_FACTOR})
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(labels ${ARG_LABELS})
    set(environment "QT_LOGGING_RULES=*.debug=false")
    if(ARG_GUI)
        list(APPEND labels gui)
        list(APPEND environment "QT_QPA_PLATFORM=offscreen")
    else()
        list(APPEND labels unit)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${labels}"
        ENVIRONMENT "${environment}"
        TIMEOUT 300)
endfunction()
