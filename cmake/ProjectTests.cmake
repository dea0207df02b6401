# add_project_test(NAME <TestName> SOURCES <files…> LIBS <targets…> [GUI] [LABELS <labels…>])
#
# One executable per test class, registered with CTest. GUI tests run on Qt's offscreen platform;
# every test gets a throwaway settings/data location through QStandardPaths test mode (set in the test).
function(add_project_test)
    cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE project_options Qt6::Test ${ARG_LIBS})
    # Each test joins one of two groups with the same Qt modules, so that it can use the group's precompiled
    # header (project_share_test_headers below). Tests of the handoff or CLI library (Qt GUI without widgets)
    # keep their own modules.
    set(gui_libraries ui handoff cli)
    set(uses_gui_library FALSE)
    foreach(library IN LISTS ARG_LIBS)
        if(library IN_LIST gui_libraries)
            set(uses_gui_library TRUE)
        endif()
    endforeach()
    if(ARG_GUI)
        target_link_libraries(${ARG_NAME} PRIVATE Qt6::Widgets Qt6::HttpServer)
        set_property(GLOBAL APPEND PROPERTY PROJECT_TESTS_WITH_WIDGETS ${ARG_NAME})
    elseif(NOT uses_gui_library)
        target_link_libraries(${ARG_NAME} PRIVATE Qt6::Network Qt6::HttpServer)
        set_property(GLOBAL APPEND PROPERTY PROJECT_TESTS_WITHOUT_GUI ${ARG_NAME})
    endif()
    # SanitizerBudget.h (tests/sanitizers): time and memory bounds widened in the sanitizer build.
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/sanitizers)
    if(SANITIZE)
        target_compile_definitions(${ARG_NAME} PRIVATE SANITIZER_BUDGET_FACTOR=${SANITIZER_BUDGET_FACTOR})
    endif()
    project_optimise_test_driver(${ARG_NAME})
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
    project_isolate_test(${ARG_NAME})
endfunction()

# project_optimise_test_driver(<target>): a test's own code at -Og in the optimised builds (GCC). The code under
# test, in the libraries, keeps the build's optimisation; the test functions are long, straight-line code that
# -O2 spends most of the build on: TestSandboxRequests.cpp compiles in 3.8 s instead of 6.7 s, TestCustomersView.cpp
# in 2.5 s instead of 3.9 s (docs/performance.md#build). -Og rather than -O0: it keeps __OPTIMIZE__ defined, as the
# shared precompiled headers were made with it. The sanitizer build (Clang) has its own: -O0 for executables.
function(project_optimise_test_driver target)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-Og>)
    endif()
endfunction()

# project_isolate_test(<TestName>), after the test's own properties, in the directory that added it.
# Gives the test a home of its own: HOME and the XDG folders under <build>/test-homes/<TestName>
# (scripts/run-tests empties them first), and a keychain service of its own for the wizard's and the CLI's keys
# (SYSTEMUSER_KEYCHAIN_SERVICE), so that no test sees another one's settings, profiles, ledger or keys and tests
# can run side by side (TEST_JOBS, scripts/run-tests). What they still share is serialised: the keyring
# tests' own service (label keychain: tests/secrets) by a resource lock; benchmarks (label bench), which
# measure time, run alone.
function(project_isolate_test name)
    set(home ${CMAKE_BINARY_DIR}/test-homes/${name})
    # HOME must exist: with a missing one, a Qt program on X11 waited 3 s at start (BenchStartupPaint).
    file(MAKE_DIRECTORY ${home}/home)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
        "HOME=${home}/home" "XDG_CONFIG_HOME=${home}/config" "XDG_DATA_HOME=${home}/data"
        "XDG_CACHE_HOME=${home}/cache" "XDG_STATE_HOME=${home}/state"
        "SYSTEMUSER_KEYCHAIN_SERVICE=systemuser-wizard-test-${name}")
    get_test_property(${name} LABELS labels)
    if("keychain" IN_LIST labels)
        set_property(TEST ${name} APPEND PROPERTY RESOURCE_LOCK keyring)
    endif()
    if("bench" IN_LIST labels)
        set_property(TEST ${name} PROPERTY RUN_SERIAL ON)
    endif()
endfunction()

# Test files compile faster with Qt's headers precompiled, but a precompiled header for each of 160 executables
# would cost more than it saves. So each group of add_project_test shares one, made once
# (docs/performance.md#build). It holds Qt Core, Network and Widgets, not Qt Test, and its library does not
# link Qt Test: Qt Test defines QT_TESTCASE_BUILDDIR, each test directory's own, and a precompiled header made
# with another value of a macro is refused. GCC only: it accepts a header made without a macro the file
# defines (a test's own definitions, Qt D-Bus) when the header does not use it; Clang (the sanitizer build)
# refuses any difference. Call after every add_project_test.
function(project_share_test_headers)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        return()
    endif()
    foreach(group WITHOUT_GUI WITH_WIDGETS)
        get_property(tests GLOBAL PROPERTY PROJECT_TESTS_${group})
        if(NOT tests)
            continue()
        endif()
        string(TOLOWER "test_headers_${group}" headers)
        add_library(${headers} STATIC ${PROJECT_SOURCE_DIR}/tests/support/PrecompiledTestHeaders.cpp)
        target_link_libraries(${headers} PRIVATE project_options Qt6::Network Qt6::HttpServer)
        target_precompile_headers(${headers} PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
        project_optimise_test_driver(${headers})
        if(group STREQUAL "WITH_WIDGETS")
            target_link_libraries(${headers} PRIVATE Qt6::Widgets)
            target_precompile_headers(${headers} PRIVATE <QtWidgets/QtWidgets>)
        endif()
        foreach(test IN LISTS tests)
            target_precompile_headers(${test} REUSE_FROM ${headers})
            # moc's file for the test is nearly always empty (the test's moc is included by its .cpp): loading
            # the precompiled header would cost it 0.4 s.
            get_target_property(binary_dir ${test} BINARY_DIR)
            set_source_files_properties(${binary_dir}/${test}_autogen/mocs_compilation.cpp
                TARGET_DIRECTORY ${test} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endforeach()
    endforeach()
endfunction()
