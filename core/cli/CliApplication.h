#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class CliContext;
class CliOutput;
class CommandGroup;
class CommandLine;
class QCoreApplication;
class QIODevice;
class SecretStore;
class Translator;

/// What CliApplication talks to; tests replace each part.
struct CliSetup
{
    QIODevice *out = nullptr; ///< default: the process's stdout
    QIODevice *err = nullptr; ///< default: the process's stderr
    SecretStore *secrets = nullptr; ///< default: the OS keychain
    QString profilesPath; ///< default: ProfileStore::defaultFilePath()
};

/**
 * systemuser-cli: picks the language, parses the command line, runs the command asynchronously on the
 * event loop and reports its exit code (0 ok, 1 refused or invalid, 2 usage). `main` only wires it to
 * QCoreApplication; tests give it buffers, a temporary profile file and an in-memory secret store.
 */
class CliApplication : public QObject
{
    Q_OBJECT

public:
    static inline const QString ProgramName = QStringLiteral("systemuser-cli");

    explicit CliApplication(QCoreApplication *application, CliSetup setup = {}, QObject *parent = nullptr);
    ~CliApplication() override;

    /// Runs the command in @p arguments (without the program name); @p finished gets the exit code once.
    void run(const QStringList &arguments, std::function<void(int exitCode)> finished);

    /// Keeps Qt's and libraries' log messages off stderr (it is for the user); set SYSTEMUSER_CLI_DEBUG=1
    /// to see them.
    static void installQuietMessageHandler();
    /// True when the command line in @p argv needs QtGui (a PDF export): main() then makes a
    /// QGuiApplication on the offscreen platform.
    static bool needsGui(int argc, char *argv[]);

private:
    void buildCommandLine();

    QCoreApplication *m_application;
    std::unique_ptr<CliOutput> m_output;
    SecretStore *m_secrets;
    std::unique_ptr<Translator> m_translator;
    CliContext *m_context = nullptr;
    std::unique_ptr<CommandLine> m_commandLine;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
};
