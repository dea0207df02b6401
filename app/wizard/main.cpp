#include "i18n/Translator.h"
#include "sandbox/SandboxHost.h"
#include "shell/AfterFirstPaint.h"
#include "shell/ApplicationIdentity.h"
#include "shell/ApplicationStyle.h"
#include "shell/FirstPaintProbe.h"
#include "shell/MainWindow.h"
#include "shell/PresenterMode.h"
#include "shell/StartScreen.h"
#include "shell/WarmUpThread.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
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
    parser.setApplicationDescription(
        u"The System User Wizard: register your system in Altinn's system register, send system user "
        u"requests to "
        u"your customers, follow their approval and test a Maskinporten system user token. It starts on a "
        u"built-in sandbox, so nothing leaves this computer until you choose TT02 or production."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"lang"_s, u"User interface language: nb, nn or en."_s, u"language"_s);
    parser.addOption(languageOption);
    const QCommandLineOption presenterOption(
        u"presenter"_s, u"Presenter mode: larger text, client ids, keys, tokens and trace ids masked."_s);
    parser.addOption(presenterOption);
    const QCommandLineOption openOption(
        u"open"_s, u"Open this screen at start: %1."_s.arg(StartScreen::names().join(u", "_s)), u"screen"_s);
    parser.addOption(openOption);
    parser.process(application);

    const QString requestedLanguage = parser.value(languageOption).trimmed().toLower();
    if (!requestedLanguage.isEmpty() && !Translator::isSupported(requestedLanguage)) {
        std::fprintf(stderr, "Unknown language '%s'. Use nb, nn or en.\n", qPrintable(requestedLanguage));
        return 2;
    }
    const QString openName = parser.value(openOption);
    if (!openName.isEmpty() && !StartScreen::fromName(openName)) {
        std::fprintf(stderr, "Unknown screen '%s'. Use one of: %s.\n", qPrintable(openName),
            qPrintable(StartScreen::names().join(u", "_s)));
        return 2;
    }

    // The font list (fontconfig's configuration and caches) is the largest single piece of start-up, and the
    // first text the window measures needs it: a second core reads it while this one builds the window.
    // QFontDatabase is thread-safe; asking before the worker is done waits for its reading.
    const WarmUpThread fontListReader([] { QFontDatabase::families(); });
    AppSettings settings;
    Translator translator(&application);
    translator.install(Translator::resolve(requestedLanguage, settings.language(), QLocale::system()));
    installApplicationStyle(application);
    installApplicationDesktopId();

    // The built-in sandbox is the default environment; it runs on its own thread, started when first needed
    // (MainWindow). Its state (clients, systems, requests) is kept between runs, so "continue where you left
    // off" works.
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDirectory);
    SandboxHost sandbox;
    sandbox.setStartPlace(0, dataDirectory + u"/sandbox-state.json"_s);
    MainWindow window(translator, settings, &sandbox);
    if (parser.isSet(presenterOption))
        window.presenterMode()->setOn(true);
    FirstPaintProbe::installIfAsked();
    window.show();
    if (!openName.isEmpty())
        QTimer::singleShot(0, &window, [&window, openName] { window.openScreen(openName); });
    // What can wait for the first frame: the window icon's images, and the sandbox (its thread, the seed
    // catalogue, the state file) for a sandbox profile; without one it starts when the user leaves the home
    // page.
    afterFirstPaint(&window, [&application, &window] {
        installApplicationIcon(application);
        window.startSandboxIfProfileNeedsIt();
    });
    return application.exec();
}
