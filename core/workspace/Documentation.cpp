#include "workspace/Documentation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

QString Documentation::folder()
{
    const QString installed =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/doc/systemuser-wizard"_s);
    if (QFileInfo::exists(installed + u"/README.md"_s))
        return installed;
#ifdef SOURCE_DOCS_DIR
    const QString source = QStringLiteral(SOURCE_DOCS_DIR);
    if (QFileInfo::exists(source + u"/README.md"_s))
        return source;
#endif
    return {};
}

QUrl Documentation::folderUrl()
{
    const QString path = folder();
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}
