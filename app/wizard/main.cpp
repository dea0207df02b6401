#include "i18n/Translator.h"
#include "sandbox/SandboxHost.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"SystemUserWizard"_s);
    QApplication::setApplicationName(u"systemuser-wizard"_s);
    QApplication::setApplicationVersion(QStringLiteral(APP_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"lang"_s, u"User interface language: nb, nn or en."_s, u"language"_s);
    parser.addOption(languageOption);
    parser.process(application);

    const QString requestedLanguage = parser.value(languageOption).trimmed().toLower();
    if (!requestedLanguage.isEmpty() && !Translator::isSupported(requestedLanguage)) {
        std::fprintf(stderr, "Unknown language '%s'. Use nb, nn or en.\n", qPrintable(requestedLanguage));
        return 2;
    }

    AppSettings settings;
    Translator translator(&application);
    translator.install(Translator::resolve(requestedLanguage, settings.language(), QLocale::system()));
    installApplicationStyle(application);

    // The built-in sandbox is the default environment; it starts on its own thread after the window shows.
    // Its state (clients, systems, requests) is kept between runs, so "continue where you left off" works.
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDirectory);
    SandboxHost sandbox;
    MainWindow window(translator, settings, &sandbox);
    window.show();
    QTimer::singleShot(0, &sandbox,
        [&sandbox, dataDirectory] { sandbox.start(0, dataDirectory + u"/sandbox-state.json"_s); });
    return application.exec();
}
