# SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer on every project target (through
# project_options), for a separate clang build directory (`make sanitize`, docs/sanitizers-and-fuzzing.md).
# FUZZING=ON also builds the libFuzzer targets of tests/fuzz; it implies SANITIZE.
option(SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang only)" OFF)
option(FUZZING "Build the libFuzzer targets in tests/fuzz (clang only; turns on SANITIZE)" OFF)

if(FUZZING)
    set(SANITIZE ON CACHE BOOL "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang only)" FORCE)
endif()

if(NOT SANITIZE)
    return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SANITIZE/FUZZING need clang: configure with -DCMAKE_CXX_COMPILER=clang++-14")
endif()

# Any UB report ends the process (-fno-sanitize-recover), so a test or fuzz run cannot pass over one.
# -fsanitize=vptr stays on: Qt 6 on Debian is built with RTTI, and its classes give no false reports.
set(SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_compile_options(project_options INTERFACE ${SANITIZER_FLAGS}
    # Line tables are all the reports' stack traces need. The libraries (the code under test) at -O1: fast
    # enough to run. Executables (test drivers, fuzz harnesses, main.cpps) at -O0: optimising their big
    # instrumented test functions took most of the build (TestSandboxRequests.cpp 27 s at -O1, 6.5 s at -O0).
    -gline-tables-only $<IF:$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>,-O0,-O1>)
target_link_options(project_options INTERFACE ${SANITIZER_FLAGS})

# Tests with an upper bound on time or memory widen it by this factor (tests/sanitizers/SanitizerBudget.h).
set(SANITIZER_BUDGET_FACTOR 3)

# Precompiled headers: cmake/BuildSpeed.cmake, the same for both builds.
