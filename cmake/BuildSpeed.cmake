# What makes a build on two cores fast (docs/performance.md#build): unity builds and precompiled Qt headers for
# the libraries, line tables instead of full debug information, ccache when it is installed, and no library
# waiting for another one's archive before it compiles.

# ccache when present (not a dependency: a clean clone in CI has nothing cached). With precompiled headers it
# needs to be told that their macros and time stamps are fine to rely on.
find_program(CCACHE_EXECUTABLE ccache)
if(CCACHE_EXECUTABLE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime" ${CCACHE_EXECUTABLE})
endif()

# A static library's files need the headers of the libraries it uses, not their archives. Without these two,
# Ninja compiled the sandbox only after core was archived and the UI only after the sandbox (moc waited for
# the libraries the target links), one core idle for much of the build. No library generates headers another
# one includes, which is what the waiting is for.
set(CMAKE_OPTIMIZE_DEPENDENCIES ON)
set(CMAKE_AUTOGEN_ORIGIN_DEPENDS OFF)

# lld links the 160 test executables: 0.15 s a link instead of 0.7 s with GNU ld (TestHomePage), a minute of
# the build on two cores. GCC finds the linker by the name ld.lld (Debian's package lld); clang also finds its
# own (lld-14).
find_program(LLD_EXECUTABLE NAMES ld.lld)
if(LLD_EXECUTABLE OR CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_link_options(project_options INTERFACE -fuse-ld=lld)
endif()

# RelWithDebInfo (the Makefile's default) with line tables only (-g1): backtraces and sanitizer reports keep
# their files and lines, and the build is about 30 % faster than with full debug information (-g). For
# stepping through code with variables, configure a Debug build.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    string(REGEX REPLACE "(^| )-g( |$)" "\\1-g1\\2" CMAKE_CXX_FLAGS_RELWITHDEBINFO "${CMAKE_CXX_FLAGS_RELWITHDEBINFO}")
endif()

option(PROJECT_UNITY_BUILD "Compile the libraries' files in batches (unity build)" ON)
set(PROJECT_UNITY_BATCH_SIZE 16 CACHE STRING "Files per unity batch")

# For the libraries, each a CMake target:
# - Unity builds: a batch of files is compiled as one, so Qt's headers are read once a batch and not once a
#   file (a cold build of the wizard took 5 min 13 s without, under 3 min with). The price is that the files
#   of a library share one scope per batch: two files may not define the same file-local name (a helper in
#   an anonymous namespace, a `using Kind = …` alias) differently. Share such helpers from a header instead.
#   -DPROJECT_UNITY_BUILD=OFF compiles file by file (quicker after editing one file).
# - Precompiled Qt headers where a library has several batches (handoff, one batch, gains nothing from one).
function(project_build_speed)
    set(libraries core sandbox cli handoff ui)
    if(PROJECT_UNITY_BUILD)
        set_target_properties(${libraries} PROPERTIES
            UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${PROJECT_UNITY_BATCH_SIZE})
    endif()
    target_precompile_headers(core PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(sandbox PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(cli PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(ui PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork> <QtWidgets/QtWidgets>)
endfunction()
