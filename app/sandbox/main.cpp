#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <utility>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint16 DefaultPort = 5210;
constexpr int ExitRuntimeError = 1; ///< port taken, unreadable state file
constexpr int ExitUsageError = 2; ///< bad option value, unknown quirk

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream); // a parent process reads our output line by line
}

/**
 * Applies --quirks: comma-separated quirk names (as in GET /sandbox/settings) to turn on, "no-<name>" to
 * turn one off, "all" for every quirk and "problem-v4" for v4 problem bodies. Names ignore case.
 */
bool applyQuirks(SandboxSettings &settings, const QString &list, QString *error)
{
    const QStringList names = SandboxSettings::quirkNames();
    const QStringList items = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        QJsonObject change;
        if (item.compare(u"all"_s, Qt::CaseInsensitive) == 0) {
            for (const QString &name : names)
                change.insert(name, true);
        } else if (item.compare(u"problem-v4"_s, Qt::CaseInsensitive) == 0) {
            change.insert(u"problemShape"_s, u"v4"_s);
        } else {
            const bool off = item.startsWith(u"no-"_s, Qt::CaseInsensitive);
            const QString wanted = off ? item.mid(3) : item;
            const auto found = std::find_if(names.cbegin(), names.cend(),
                [&wanted](const QString &name) { return name.compare(wanted, Qt::CaseInsensitive) == 0; });
            if (found == names.cend()) {
                *error =
                    u"unknown quirk \"%1\"; known: all, problem-v4, %2 (prefix no- to turn one off)"_s.arg(
                        item, names.join(u", "_s));
                return false;
            }
            change.insert(*found, !off);
        }
        if (!settings.apply(change, error))
            return false;
    }
    return true;
}

#ifdef Q_OS_UNIX
int signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    // Only async-signal-safe calls here: the event loop reads the byte and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalSockets[0], &byte, sizeof byte);
}

/**
 * SIGTERM and SIGINT end the event loop instead of the process, so the server is destroyed normally and
 * writes a state save it had put off (SandboxServer::setStateFile). The handler only writes to a socket;
 * Qt reads the other end (the pattern of Qt's "Calling Qt Functions From Unix Signal Handlers").
 */
void quitOnTerminationSignals(QCoreApplication &application)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return; // then the signals keep their default action
    auto *notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalSockets[1], &byte, sizeof byte);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher instead of GLib's: the server turns a socket's write notifier on and off for
    // every answer, which costs GLib several times more (docs/sandbox.md#scale). A QT_NO_GLIB already set
    // (even empty, which brings GLib back) wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"SystemUserWizard"_s);
    QCoreApplication::setApplicationName(u"systemuser-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local simulator of Altinn's system register and system user APIs on 127.0.0.1 (see "
        u"docs/sandbox.md).\n"
        "The first line on standard output is \"listening on http://127.0.0.1:<port>/\"."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s,
        u"Port on 127.0.0.1 (default %1; 0 picks a free port)."_s.arg(DefaultPort), u"N"_s,
        QString::number(DefaultPort));
    const QCommandLineOption stateOption(
        u"state"_s, u"Load the state from FILE when it exists and save every change there."_s, u"FILE"_s);
    const QCommandLineOption quirksOption(u"quirks"_s,
        u"Comma-separated quirks to turn on (all, problem-v4, or names as in GET /sandbox/settings; "
        u"no-<name> "
        "turns one off)."_s,
        u"LIST"_s);
    const QCommandLineOption syntheticOption(u"synthetic-organisations"_s,
        u"Add N made-up organisations (numbers from 350000000 up) to the register, for rehearsing bulk "
        u"onboarding (default 0)."_s,
        u"N"_s);
    const QCommandLineOption rateLimitOption(u"rate-limit"_s,
        u"Answer the Altinn APIs with 429 and Retry-After above N requests per second (default 0: no "
        u"limit)."_s,
        u"N"_s);
    const QCommandLineOption logOption(u"log"_s, u"Print one line per request to standard output."_s);
    parser.addOptions({portOption, stateOption, quirksOption, syntheticOption, rateLimitOption, logOption});
    parser.process(application);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        printLine(stderr, u"systemuser-sandbox: --port must be a number from 0 to 65535"_s);
        return ExitUsageError;
    }

    SandboxServer server;
    if (parser.isSet(stateOption)) {
        QString error;
        if (!server.setStateFile(parser.value(stateOption), &error)) {
            printLine(stderr,
                u"systemuser-sandbox: cannot use state file %1: %2"_s.arg(parser.value(stateOption), error));
            return ExitRuntimeError;
        }
    }
    if (parser.isSet(quirksOption)) {
        // After the state file: the command line wins over saved settings.
        QString error;
        if (!applyQuirks(server.context().settings, parser.value(quirksOption), &error)) {
            printLine(stderr, u"systemuser-sandbox: "_s + error);
            return ExitUsageError;
        }
        server.saveState();
    }
    // Like --quirks, after the state file; the settings check the ranges.
    for (const auto &[option, setting] : {std::pair{&syntheticOption, u"syntheticOrganisations"_s},
             std::pair{&rateLimitOption, u"rateLimitPerSecond"_s}}) {
        if (!parser.isSet(*option))
            continue;
        bool numberOk = false;
        const int number = parser.value(*option).toInt(&numberOk);
        QString error;
        if (!numberOk || !server.context().settings.apply({{setting, number}}, &error)) {
            printLine(stderr,
                u"systemuser-sandbox: --%1: %2"_s.arg(option->names().constFirst(),
                    numberOk ? error : u"not a whole number: "_s + parser.value(*option)));
            return ExitUsageError;
        }
        server.saveState();
    }

    if (!server.listen(static_cast<quint16>(port))) {
        printLine(stderr,
            u"systemuser-sandbox: cannot listen on 127.0.0.1:%1 (is the port in use? --port 0 picks a free one)"_s
                .arg(port));
        return ExitRuntimeError;
    }
    // Scripts and tests wait for exactly this first line.
    printLine(stdout, u"listening on %1"_s.arg(server.baseUrl().toString()));

    if (parser.isSet(logOption)) {
        QObject::connect(&server, &SandboxServer::requestLogged, &server,
            [](const QString &line) { printLine(stdout, line); });
    }
#ifdef Q_OS_UNIX
    quitOnTerminationSignals(application);
#endif
    return QCoreApplication::exec();
}
