#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    CliApplication::installQuietMessageHandler();
    // A PDF export paints with QtGui, which needs a QGuiApplication; the CLI never shows a window.
    std::unique_ptr<QCoreApplication> application;
    if (CliApplication::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"SystemUserWizard"_s);
    QCoreApplication::setApplicationName(u"systemuser-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APP_VERSION));

    CliApplication cli(application.get());
    // Started from the event loop, so a command that finishes at once can still end it.
    QTimer::singleShot(0, &cli, [&cli] {
        cli.run(QCoreApplication::arguments().mid(1), [](int exitCode) { QCoreApplication::exit(exitCode); });
    });
    return QCoreApplication::exec();
}
