// The source of the tests' shared precompiled headers (project_share_test_headers in
// cmake/ProjectTests.cmake): the headers are the point, this file only gives the library something to build.
