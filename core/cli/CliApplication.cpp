#include "cli/CliApplication.h"

#include "cli/AppCommands.h"
#include "cli/ChangeRequestCommands.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/CompletionScript.h"
#include "cli/CustomerCommands.h"
#include "cli/CustomerHandOffCommands.h"
#include "cli/IdPortenCommands.h"
#include "cli/KeyCommands.h"
#include "cli/MetadataCommands.h"
#include "cli/ProfileCommands.h"
#include "cli/RequestCommands.h"
#include "cli/SandboxCommands.h"
#include "cli/SystemCommands.h"
#include "cli/SystemUserCommands.h"
#include "cli/TokenCommands.h"
#include "i18n/Translator.h"
#include "secrets/KeychainSecretStore.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

void quietMessageHandler(QtMsgType, const QMessageLogContext &, const QString &) { }

/// The value of --lang, looked for before parsing: the help texts themselves are translated.
QString requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (token == u"--")
            break;
        if (token == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (token.startsWith(u"--lang="_s))
            language = token.mid(7);
    }
    return language.trimmed().toLower();
}

} // namespace

CliApplication::CliApplication(QCoreApplication *application, CliSetup setup, QObject *parent)
    : QObject(parent)
    , m_application(application)
    , m_output(setup.out && setup.err ? std::make_unique<CliOutput>(setup.out, setup.err)
                                      : std::make_unique<CliOutput>())
    , m_secrets(setup.secrets ? setup.secrets
                              : new KeychainSecretStore(KeychainSecretStore::configuredService(), this))
    , m_translator(std::make_unique<Translator>(application))
    , m_context(new CliContext(*m_output, m_secrets, setup.profilesPath, this))
{
    m_context->setProgram(ProgramName);
}

CliApplication::~CliApplication()
{
    delete m_context; // before the output it writes to
}

void CliApplication::installQuietMessageHandler()
{
    if (qEnvironmentVariableIsEmpty("SYSTEMUSER_CLI_DEBUG"))
        qInstallMessageHandler(quietMessageHandler);
}

void CliApplication::buildCommandLine()
{
    m_groups.clear();
    m_groups.push_back(std::make_unique<ProfileCommands>(*m_context));
    m_groups.push_back(std::make_unique<KeyCommands>(*m_context));
    m_groups.push_back(std::make_unique<TokenCommands>(*m_context));
    m_groups.push_back(std::make_unique<SystemCommands>(*m_context));
    m_groups.push_back(std::make_unique<RequestCommands>(*m_context));
    m_groups.push_back(std::make_unique<ChangeRequestCommands>(*m_context));
    m_groups.push_back(std::make_unique<SystemUserCommands>(*m_context));
    m_groups.push_back(std::make_unique<CustomerCommands>(*m_context));
    m_groups.push_back(std::make_unique<AppCommands>(*m_context));
    m_groups.push_back(std::make_unique<IdPortenCommands>(*m_context));
    m_groups.push_back(std::make_unique<MetadataCommands>(*m_context, u"resources"_s));
    m_groups.push_back(std::make_unique<MetadataCommands>(*m_context, u"packages"_s));
    m_groups.push_back(std::make_unique<SandboxCommands>(*m_context));

    m_commandLine = std::make_unique<CommandLine>(ProgramName);
    m_commandLine->setDescription(tr(
        "Set up Altinn system users from scripts: vendor profiles and keys, Maskinporten tokens, the system "
        "register, requests to customers and their system users. The same core as the wizard."));
    m_commandLine->setEpilogue(
        tr("Output: the result is JSON on standard output; messages for you go to standard error. When a "
           "command fails, standard output stays empty.\n"
           "Exit codes: 0 done; 1 refused by Altinn, Maskinporten or the keychain, or invalid input; 2 wrong "
           "command line (also a write to production without --yes)."));
    m_commandLine->addGlobalOption(
        {u"profile"_s, u"NAME"_s, tr("The profile to use (default: the current one).")});
    m_commandLine->addGlobalOption({u"env"_s, u"ENV"_s,
        tr("sandbox, tt02, prod, or the URL of a running systemuser-sandbox (default: the profile's).")});
    m_commandLine->addGlobalOption({u"lang"_s, u"LANG"_s, tr("Language of messages: nb, nn or en.")});
    m_commandLine->addGlobalOption(
        {u"yes"_s, {}, tr("Confirm a write (create, update, delete) in production.")});
    m_commandLine->addGlobalOption({u"verbose"_s, {}, tr("Show every HTTP call on standard error.")});
    for (const auto &group : m_groups) {
        m_commandLine->addGroup(group->word(), group->summary());
        m_commandLine->addCommands(group->commands());
    }
    m_commandLine->addCommand({{u"completion"_s},
        tr("Print shell completion for bash or zsh, e.g. source <(systemuser-cli completion bash)."),
        {{u"SHELL"_s, tr("bash or zsh.")}}, {}, [this](const Invocation &invocation, Cli::Done done) {
            const QString shell = invocation.arguments.value(0);
            if (shell == u"bash")
                m_output->text(CompletionScript::bash(*m_commandLine).toUtf8());
            else if (shell == u"zsh")
                m_output->text(CompletionScript::zsh(*m_commandLine).toUtf8());
            else
                return done(m_context->usageError(tr("Unknown shell \"%1\": use bash or zsh.").arg(shell)));
            done(Cli::Ok);
        }});
}

void CliApplication::run(const QStringList &arguments, std::function<void(int)> finished)
{
    auto reported = std::make_shared<bool>(false);
    const auto finish = [finished, reported](int code) {
        if (std::exchange(*reported, true))
            return; // a command reports once; a second report would be a bug, not a new result
        finished(code);
    };

    const QString requested = requestedLanguage(arguments);
    if (!requested.isEmpty() && !Translator::isSupported(requested)) {
        m_output->error(tr("Unknown language \"%1\": use nb, nn or en.").arg(requested));
        finish(Cli::Usage);
        return;
    }
    const QString language = Translator::resolve(requested, {}, QLocale::system());
    m_translator->install(language);
    m_context->setLanguage(language);
    buildCommandLine();

    const CommandLine::Result parsed = m_commandLine->parse(arguments);
    switch (parsed.action) {
    case CommandLine::Result::Action::Help:
        m_output->text(m_commandLine->helpText(parsed.path).toUtf8());
        finish(Cli::Ok);
        return;
    case CommandLine::Result::Action::Version:
        m_output->text((ProgramName + u' ' + QCoreApplication::applicationVersion()).toUtf8());
        finish(Cli::Ok);
        return;
    case CommandLine::Result::Action::Error:
        m_context->setInvocation(parsed.invocation, m_commandLine->helpHint(parsed.path));
        finish(m_context->usageError(ProgramName + u": "_s + parsed.error));
        return;
    case CommandLine::Result::Action::Run:
        break;
    }
    m_context->setInvocation(parsed.invocation, m_commandLine->helpHint(parsed.path));
    parsed.invocation.command->run(parsed.invocation, finish);
}

bool CliApplication::needsGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return CustomerHandOffCommands::needsGui(arguments);
}
