#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
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
    const QCommandLineOption logOption(u"log"_s, u"Print one line per request to standard output."_s);
    parser.addOptions({portOption, stateOption, quirksOption, logOption});
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
    return QCoreApplication::exec();
}
