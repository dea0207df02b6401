# What makes a build on two cores fast (docs/performance.md#build): precompiled Qt headers for the libraries, and
# ccache when it is installed. Unity builds are left out: files that define the same file-local name (an alias
# `Kind`, a helper in an anonymous namespace) break them.

# ccache when present (not a dependency: a clean clone in CI has nothing cached). With precompiled headers it
# needs to be told that their macros and time stamps are fine to rely on.
find_program(CCACHE_EXECUTABLE ccache)
if(CCACHE_EXECUTABLE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime" ${CCACHE_EXECUTABLE})
endif()

# Precompiled Qt headers for the libraries: most of a library file's compile time is parsing Qt, once per file;
# with a PCH they build about twice as fast. Test files gain less (their time goes into code generation).
function(project_precompiled_headers)
    target_precompile_headers(core PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(sandbox PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(cli PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork>)
    target_precompile_headers(handoff PRIVATE <QtCore/QtCore> <QtGui/QtGui>)
    target_precompile_headers(ui PRIVATE <QtCore/QtCore> <QtNetwork/QtNetwork> <QtWidgets/QtWidgets>)
endfunction()
