# Installing and packaging (docs/packaging.md): `cmake --install` in the FHS layout (executables, desktop entry,
# AppStream metadata, icons, man pages, shell completion, licence) and a .deb from CPack (`make package`).

include(GNUInstallDirs)

# The desktop entry's and AppStream component's id. Reverse DNS of the project's own name: there is no other
# domain to name it after yet; change it in one place here (and the two file names) when there is.
set(APP_ID no.systemuserwizard.SystemUserWizard)
set(PACKAGE_NAME systemuser-wizard)

install(TARGETS systemuser-wizard systemuser-cli systemuser-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/desktop/${APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/${APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/systemuser-wizard.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES resources/icons/hicolor/${size}x${size}/systemuser-wizard.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# The guides, for the About dialog's "Open the documentation" (core/workspace/Documentation).
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PACKAGE_NAME})
install(DIRECTORY docs DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PACKAGE_NAME}
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
# Debian wants the licence as /usr/share/doc/<package>/copyright.
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${PACKAGE_NAME} RENAME copyright)

# Made from the programs themselves at build time, so they cannot drift from --help and the CLI's grammar.
set(generated ${CMAKE_BINARY_DIR}/share)
set(generated_files)
add_custom_command(OUTPUT ${generated}/systemuser-cli.bash ${generated}/_systemuser-cli
    COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 ${CMAKE_COMMAND}
        -DPROGRAM=$<TARGET_FILE:systemuser-cli> -DARGUMENTS=completion,bash
        -DOUTPUT=${generated}/systemuser-cli.bash -P ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 ${CMAKE_COMMAND}
        -DPROGRAM=$<TARGET_FILE:systemuser-cli> -DARGUMENTS=completion,zsh
        -DOUTPUT=${generated}/_systemuser-cli -P ${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake
    DEPENDS systemuser-cli
    COMMENT "Shell completion for systemuser-cli")
list(APPEND generated_files ${generated}/systemuser-cli.bash ${generated}/_systemuser-cli)
install(FILES ${generated}/systemuser-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME systemuser-cli)
install(FILES ${generated}/_systemuser-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

find_program(HELP2MAN_EXECUTABLE help2man)
if(HELP2MAN_EXECUTABLE)
    set(man_names
        "systemuser-wizard|onboard customers to Altinn 3 system users"
        "systemuser-cli|Altinn system users from scripts"
        "systemuser-sandbox|a local simulation of Altinn and Maskinporten")
    foreach(entry IN LISTS man_names)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 program)
        list(GET parts 1 description)
        add_custom_command(OUTPUT ${generated}/${program}.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${generated}
            # The wizard's --help needs a QApplication, which needs a platform: the offscreen one, no display.
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
                ${HELP2MAN_EXECUTABLE} --no-info --section=1 "--name=${description}"
                --output=${generated}/${program}.1 $<TARGET_FILE:${program}>
            # Compressed, as Debian installs man pages; -n keeps the time stamp out, so the bytes repeat.
            COMMAND gzip -9nf ${generated}/${program}.1
            DEPENDS ${program}
            COMMENT "Man page of ${program}"
            VERBATIM)
        list(APPEND generated_files ${generated}/${program}.1.gz)
        install(FILES ${generated}/${program}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
else()
    message(STATUS "help2man not found: no man pages (scripts/install-deps installs it)")
endif()
add_custom_target(install-extras ALL DEPENDS ${generated_files})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The System User Wizard authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Onboard customers to Altinn 3 system users")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop wizard, a command-line tool and a local sandbox for software vendors: register a system in "
    "Altinn's system register, send system user requests to customers, follow their approval and test a "
    "Maskinporten system user token. Private keys stay in the desktop's keychain.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The build keeps debug information (RelWithDebInfo); the package does not need it (418 MB installed with it).
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# No public address yet: a placeholder under example.invalid, to be replaced with the project's.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The System User Wizard authors <maintainers@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The libraries it links (Qt, OpenSSL, qtkeychain, libqrencode) by dpkg-shlibdeps; what is loaded at run time
# by name is added here: Qt's X11/Wayland platform plugins. A Secret Service (the keychain) is recommended:
# without it the wizard says so and keys live for one run only.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, xdg-utils")
include(CPack)
