#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    CliApplication::installQuietMessageHandler();
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"SystemUserWizard"_s);
    QCoreApplication::setApplicationName(u"systemuser-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APP_VERSION));

    CliApplication cli(&application);
    // Started from the event loop, so a command that finishes at once can still end it.
    QTimer::singleShot(0, &cli, [&cli] {
        cli.run(QCoreApplication::arguments().mid(1), [](int exitCode) { QCoreApplication::exit(exitCode); });
    });
    return QCoreApplication::exec();
}
