#pragma once

#include <QString>
#include <QUrl>

/**
 * Where the project's documentation is on this computer: installed beside the program
 * (`<prefix>/share/doc/systemuser-wizard`, cmake/Packaging.cmake), else the source tree a developer build
 * came from. Either holds README.md and docs/. Empty when neither exists.
 */
class Documentation
{
public:
    static QString folder();
    static QUrl folderUrl();
};
