#include "cli/CliApplication.h"
#include "cli/CommandLine.h"
#include "secrets/MemorySecretStore.h"
#include "workspace/ProfileStore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * The command line of systemuser-cli without a network: how words, options and arguments are read,
 * what --help shows, and the exit codes and outputs of commands that need no server (profiles, keys,
 * refusals before sending).
 */
class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readsWordsOptionsAndArguments();
    void globalOptionsGoAnywhere();
    void repeatableOptionsKeepEveryValue();
    void doubleDashEndsOptions();
    void mistakesAreUsageErrors_data();
    void mistakesAreUsageErrors();
    void helpIsForWhatWasUnderstood();
    void helpListsCommandsAndOptions();

    void helpExitsZeroWithUsageOnStdout();
    void unknownCommandExitsTwoWithAHint();
    void unknownLanguageExitsTwo();
    void invalidOrgNumberExitsOneWithEmptyStdout();
    void profileCreateSavesAndBecomesCurrent();
    void keyGenerateStoresThePrivateKeyOnlyInTheSecretStore();
    void keyGenerateTwiceNeedsReplace();
    void exportPublicGivesTheKeysPublicPart();
    void tokenWithoutClientIdSaysWhatToDo();
    void productionWriteNeedsYes();
    void appInstantiateChecksItsInput();
    void customersHoldingsChecksItsInput();
    void sandboxCatalogueChecksItsInput();
    void personPathChecksItsInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList &arguments);
    static CommandLine sampleGrammar();

    QTemporaryDir m_directory;
    QString m_profiles;
    MemorySecretStore *m_secrets = nullptr;
    int m_case = 0;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
}

void TestCommandLine::init()
{
    // Every test starts without profiles or keys.
    m_profiles = m_directory.filePath(u"case%1/profiles.json"_s.arg(++m_case));
    delete m_secrets;
    m_secrets = new MemorySecretStore(this);
}

TestCommandLine::Run TestCommandLine::cli(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run run;
    {
        CliApplication application(QCoreApplication::instance(), {&out, &err, m_secrets, m_profiles});
        bool finished = false;
        application.run(QStringList{u"--lang"_s, u"en"_s} + arguments, [&](int code) {
            run.exitCode = code;
            finished = true;
        });
        if (!QTest::qWaitFor([&finished] { return finished; }, 20000))
            qWarning("the command did not finish");
    }
    run.out = out.data();
    run.err = err.data();
    return run;
}

CommandLine TestCommandLine::sampleGrammar()
{
    CommandLine grammar(u"tool"_s);
    grammar.addGlobalOption({u"profile"_s, u"NAME"_s, u"Profile."_s});
    grammar.addGlobalOption({u"yes"_s, {}, u"Confirm."_s});
    grammar.addGroup(u"request"_s, u"Requests to customers"_s);
    grammar.addCommand({{u"request"_s, u"create"_s}, u"Create a request."_s, {},
        {{u"system"_s, u"ID"_s, u"The system."_s}, {u"right"_s, u"RESOURCE"_s, u"A right."_s, true},
            {u"agent"_s, {}, u"Agent request."_s}},
        {}});
    grammar.addCommand({{u"request"_s, u"by-ref"_s}, u"Find a request."_s,
        {{u"SYSTEM"_s, u"System."_s}, {u"ORG"_s, u"Org."_s}, {u"REF"_s, u"Ref."_s, true}}, {}, {}});
    grammar.addCommand({{u"token"_s}, u"Get a token."_s, {}, {{u"decode"_s, {}, u"Decode."_s}}, {}});
    return grammar;
}

void TestCommandLine::readsWordsOptionsAndArguments()
{
    const CommandLine grammar = sampleGrammar();
    const auto result = grammar.parse({u"request"_s, u"by-ref"_s, u"sys"_s, u"310904473"_s, u"ref 1"_s});
    QCOMPARE(result.action, CommandLine::Result::Action::Run);
    QCOMPARE(result.invocation.command, grammar.find({u"request"_s, u"by-ref"_s}));
    QCOMPARE(result.invocation.arguments, (QStringList{u"sys"_s, u"310904473"_s, u"ref 1"_s}));

    const auto withOptions =
        grammar.parse({u"request"_s, u"create"_s, u"--system=a_b"_s, u"--agent"_s, u"--right"_s, u"r1"_s});
    QCOMPARE(withOptions.action, CommandLine::Result::Action::Run);
    QCOMPARE(withOptions.invocation.value(u"system"_s), u"a_b"_s);
    QVERIFY(withOptions.invocation.isSet(u"agent"_s));
    QVERIFY(!withOptions.invocation.isSet(u"yes"_s));
    QCOMPARE(withOptions.invocation.values(u"right"_s), QStringList{u"r1"_s});
}

void TestCommandLine::globalOptionsGoAnywhere()
{
    const CommandLine grammar = sampleGrammar();
    for (const QStringList &arguments : {QStringList{u"--profile"_s, u"acme"_s, u"token"_s, u"--decode"_s},
             QStringList{u"token"_s, u"--decode"_s, u"--profile=acme"_s},
             QStringList{u"token"_s, u"--profile"_s, u"acme"_s, u"--decode"_s}}) {
        const auto result = grammar.parse(arguments);
        QCOMPARE(result.action, CommandLine::Result::Action::Run);
        QCOMPARE(result.invocation.value(u"profile"_s), u"acme"_s);
        QVERIFY(result.invocation.isSet(u"decode"_s));
    }
}

void TestCommandLine::repeatableOptionsKeepEveryValue()
{
    const auto result = sampleGrammar().parse(
        {u"request"_s, u"create"_s, u"--right"_s, u"a"_s, u"--right"_s, u"b,c d"_s, u"--right"_s, u"a"_s});
    QCOMPARE(result.invocation.values(u"right"_s), (QStringList{u"a"_s, u"b,c d"_s, u"a"_s}));
    QCOMPARE(result.invocation.listValues(u"right"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
}

void TestCommandLine::doubleDashEndsOptions()
{
    const auto result = sampleGrammar().parse({u"request"_s, u"by-ref"_s, u"--"_s, u"--sys"_s, u"-1"_s});
    QCOMPARE(result.action, CommandLine::Result::Action::Run);
    QCOMPARE(result.invocation.arguments, (QStringList{u"--sys"_s, u"-1"_s}));
}

void TestCommandLine::mistakesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << u"no command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("group without command") << QStringList{u"request"_s} << u"needs a command"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"request"_s, u"send"_s} << u"send"_s;
    QTest::newRow("unknown option") << QStringList{u"token"_s, u"--colour"_s} << u"--colour"_s;
    QTest::newRow("option of another command")
        << QStringList{u"token"_s, u"--system"_s, u"x"_s} << u"--system"_s;
    QTest::newRow("missing value") << QStringList{u"request"_s, u"create"_s, u"--system"_s}
                                   << u"--system SYSTEM"_s;
    QTest::newRow("value for a flag") << QStringList{u"token"_s, u"--decode=yes"_s} << u"no value"_s;
    QTest::newRow("missing argument") << QStringList{u"request"_s, u"by-ref"_s, u"s"_s} << u"ORG"_s;
    QTest::newRow("extra argument") << QStringList{u"token"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("short option") << QStringList{u"token"_s, u"-x"_s} << u"-x"_s;
}

void TestCommandLine::mistakesAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto result = sampleGrammar().parse(arguments);
    QCOMPARE(result.action, CommandLine::Result::Action::Error);
    QVERIFY2(result.error.contains(mentions.section(u' ', 0, 0)) || result.error.contains(mentions),
        qPrintable(result.error));
}

void TestCommandLine::helpIsForWhatWasUnderstood()
{
    const CommandLine grammar = sampleGrammar();
    QCOMPARE(grammar.parse({u"--help"_s}).path, QStringList());
    QCOMPARE(grammar.parse({u"request"_s, u"-h"_s}).path, QStringList{u"request"_s});
    const auto command = grammar.parse({u"request"_s, u"create"_s, u"--bogus"_s, u"--help"_s});
    QCOMPARE(command.action, CommandLine::Result::Action::Help); // --help wins over a mistake
    QCOMPARE(command.path, (QStringList{u"request"_s, u"create"_s}));
    QVERIFY(grammar.helpHint({u"request"_s, u"nonsense"_s}).contains(u"tool request --help"_s));
}

void TestCommandLine::helpListsCommandsAndOptions()
{
    const CommandLine grammar = sampleGrammar();
    const QString top = grammar.helpText({});
    QVERIFY(top.contains(u"request"_s) && top.contains(u"Requests to customers"_s));
    QVERIFY(top.contains(u"token"_s) && top.contains(u"--profile NAME"_s));
    QVERIFY(!top.contains(u"by-ref"_s)); // groups are listed, not each of their commands

    const QString group = grammar.helpText({u"request"_s});
    QVERIFY(group.contains(u"create"_s) && group.contains(u"by-ref SYSTEM ORG [REF]"_s));

    const QString command = grammar.helpText({u"request"_s, u"create"_s});
    QVERIFY(command.contains(u"Usage: tool [global options] request create [options]"_s));
    QVERIFY(command.contains(u"--system ID"_s) && command.contains(u"--agent"_s));
    QVERIFY(command.contains(u"may be repeated"_s));
}

void TestCommandLine::helpExitsZeroWithUsageOnStdout()
{
    for (const QStringList &arguments : {QStringList{u"--help"_s}, QStringList{u"key"_s, u"--help"_s},
             QStringList{u"request"_s, u"create"_s, u"-h"_s}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: systemuser-cli"), run.out.constData());
        QVERIFY(run.err.isEmpty());
    }
    const Run top = cli({u"--help"_s});
    for (const char *group : {"profile", "key", "token", "system", "request", "changerequest", "systemuser",
             "resources", "packages", "sandbox"})
        QVERIFY2(top.out.contains(QByteArray(QByteArray("\n  ") + group)), group);
}

void TestCommandLine::unknownCommandExitsTwoWithAHint()
{
    const Run run = cli({u"frobnicate"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("frobnicate"));
    QVERIFY(run.err.contains("systemuser-cli --help"));
}

void TestCommandLine::unknownLanguageExitsTwo()
{
    const Run run = cli({u"--lang"_s, u"xx"_s, u"profile"_s, u"list"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nb, nn or en"));
}

void TestCommandLine::invalidOrgNumberExitsOneWithEmptyStdout()
{
    const Run run = cli({u"profile"_s, u"create"_s, u"Acme"_s, u"--org"_s, u"991825828"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("991825828") && run.err.contains("organisation number"), run.err.constData());
    ProfileStore store(m_profiles);
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty()); // nothing saved
}

void TestCommandLine::profileCreateSavesAndBecomesCurrent()
{
    const Run created = cli({u"profile"_s, u"create"_s, u"Acme AS"_s, u"--org"_s, u"991 825 827"_s,
        u"--scopes"_s, u"skatteetaten:demo,nav:demo"_s, u"--env"_s, u"tt02"_s, u"--client-id"_s, u"cid"_s});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject profile = created.json().object();
    QCOMPARE(profile.value(u"id"_s).toString(), u"acme-as"_s);
    QCOMPARE(profile.value(u"vendorOrgNumber"_s).toString(), u"991825827"_s); // normalised
    QCOMPARE(profile.value(u"environment"_s).toString(), u"tt02"_s);
    QCOMPARE(profile.value(u"scopes"_s).toArray().size(), 2);
    QVERIFY(profile.value(u"current"_s).toBool());
    QVERIFY(created.err.contains("key generate")); // says what comes next

    const Run again = cli({u"profile"_s, u"create"_s, u"acme as"_s, u"--org"_s, u"991825827"_s});
    QCOMPARE(again.exitCode, 1); // names are unique, ignoring case

    const Run listed = cli({u"profile"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 1);
}

void TestCommandLine::keyGenerateStoresThePrivateKeyOnlyInTheSecretStore()
{
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"Keyed"_s, u"--org"_s, u"991825827"_s}).exitCode, 0);
    const Run generated = cli({u"key"_s, u"generate"_s, u"--kid"_s, u"my-kid"_s});
    QCOMPARE(generated.exitCode, 0);
    const QJsonObject key = generated.json().object();
    QCOMPARE(key.value(u"kid"_s).toString(), u"my-kid"_s);
    QCOMPARE(key.value(u"bits"_s).toInt(), 2048);
    QCOMPARE(key.value(u"keychainEntry"_s).toString(), u"profile/keyed/sandbox/key/my-kid"_s);
    QVERIFY(!generated.out.contains("PRIVATE") && !generated.err.contains("PRIVATE"));

    std::optional<SecretStore::Result> stored;
    m_secrets->read(u"profile/keyed/sandbox/key/my-kid"_s,
        [&stored](const SecretStore::Result &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QVERIFY(stored->value.startsWith(QByteArray(QByteArray("-----BEGIN ") + "PRIVATE KEY-----")));

    QFile profiles(m_profiles);
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QByteArray saved = profiles.readAll();
    QVERIFY(saved.contains("my-kid"));
    QVERIFY(!saved.contains("PRIVATE"));
}

void TestCommandLine::keyGenerateTwiceNeedsReplace()
{
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"Twice"_s, u"--org"_s, u"991825827"_s}).exitCode, 0);
    QCOMPARE(cli({u"key"_s, u"generate"_s, u"--kid"_s, u"first"_s}).exitCode, 0);
    const Run refused = cli({u"key"_s, u"generate"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--replace"));
    QCOMPARE(cli({u"key"_s, u"generate"_s, u"--bits"_s, u"1024"_s, u"--replace"_s}).exitCode, 2);

    const Run replaced = cli({u"key"_s, u"generate"_s, u"--replace"_s, u"--kid"_s, u"second"_s});
    QCOMPARE(replaced.exitCode, 0);
    std::optional<SecretStore::Result> old;
    m_secrets->read(
        u"profile/twice/sandbox/key/first"_s, [&old](const SecretStore::Result &result) { old = result; });
    QTRY_VERIFY(old.has_value());
    QCOMPARE(old->status, SecretStore::Status::NotFound); // the replaced key is removed
}

void TestCommandLine::exportPublicGivesTheKeysPublicPart()
{
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"Exported"_s, u"--org"_s, u"991825827"_s}).exitCode, 0);
    const Run generated = cli({u"key"_s, u"generate"_s, u"--kid"_s, u"k1"_s});
    QCOMPARE(generated.exitCode, 0);

    const Run jwks = cli({u"key"_s, u"export-public"_s, u"--format"_s, u"jwks"_s});
    QCOMPARE(jwks.exitCode, 0);
    const QJsonObject jwk = jwks.json().object().value(u"keys"_s).toArray().first().toObject();
    QCOMPARE(jwk.value(u"kid"_s).toString(), u"k1"_s);
    QCOMPARE(jwk.value(u"kty"_s).toString(), u"RSA"_s);
    QVERIFY(!jwk.contains(u"d"_s));

    const Run pem = cli({u"key"_s, u"export-public"_s, u"--format"_s, u"pem"_s});
    QCOMPARE(pem.exitCode, 0);
    QVERIFY(pem.out.startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(cli({u"key"_s, u"export-public"_s, u"--format"_s, u"der"_s}).exitCode, 2);
}

void TestCommandLine::tokenWithoutClientIdSaysWhatToDo()
{
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"NoClient"_s, u"--org"_s, u"991825827"_s}).exitCode, 0);
    const Run noKey = cli({u"token"_s});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY(noKey.err.contains("key generate"));

    QCOMPARE(cli({u"key"_s, u"generate"_s}).exitCode, 0);
    const Run noClient = cli({u"token"_s});
    QCOMPARE(noClient.exitCode, 1);
    QVERIFY(noClient.out.isEmpty());
    QVERIFY2(noClient.err.contains("sandbox register-client"), noClient.err.constData());
}

void TestCommandLine::productionWriteNeedsYes()
{
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"Prod"_s, u"--env"_s, u"prod"_s, u"--org"_s, u"991825827"_s,
                     u"--client-id"_s, u"cid"_s})
                 .exitCode,
        0);
    QCOMPARE(cli({u"key"_s, u"generate"_s}).exitCode, 0);
    for (const QStringList &write : {QStringList{u"system"_s, u"delete"_s, u"991825827_x"_s},
             QStringList{u"request"_s, u"delete"_s, u"00000000-0000-4000-8000-000000000000"_s}}) {
        const Run refused = cli(write);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    }
    // The profile's key and client belong to production: another environment is refused before sending.
    const Run elsewhere = cli({u"--env"_s, u"tt02"_s, u"token"_s});
    QCOMPARE(elsewhere.exitCode, 2);
}

void TestCommandLine::appInstantiateChecksItsInput()
{
    const Run help = cli({u"app"_s, u"instantiate"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--org ORG", "--app APP", "--owner ORGNO", "--system ID", "--scope SCOPE"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(cli({u"--help"_s}).out.contains("\n  app"));

    // Each of --org, --app and --owner is needed: a usage error, before anything else.
    const QStringList full{u"app"_s, u"instantiate"_s, u"--org"_s, u"brg"_s, u"--app"_s, u"aarsregnskap"_s,
        u"--owner"_s, u"310904473"_s};
    for (const QString &left : {u"--org"_s, u"--app"_s, u"--owner"_s}) {
        QStringList arguments = full;
        const qsizetype at = arguments.indexOf(left);
        arguments.remove(at, 2);
        const Run missing = cli(arguments);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains("--org ORG --app APP --owner ORGNO"), missing.err.constData());
    }
    const Run badOwner = cli(
        {u"app"_s, u"instantiate"_s, u"--org"_s, u"brg"_s, u"--app"_s, u"x"_s, u"--owner"_s, u"310904474"_s});
    QCOMPARE(badOwner.exitCode, 1);
    QVERIFY(badOwner.out.isEmpty());
    QVERIFY2(badOwner.err.contains("organisation number"), badOwner.err.constData());
    QCOMPARE(cli(full + QStringList{u"--colour"_s, u"red"_s}).exitCode, 2);
    // A valid command line without a profile says what to do, and sends nothing.
    const Run noProfile = cli(full);
    QCOMPARE(noProfile.exitCode, 1);
    QVERIFY(noProfile.out.isEmpty());
    QVERIFY2(noProfile.err.contains("profile create"), noProfile.err.constData());
}

void TestCommandLine::customersHoldingsChecksItsInput()
{
    const Run help = cli({u"customers"_s, u"holdings"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--org ORGNO", "--system ID", "--external-ref REF"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(cli({u"customers"_s, u"--help"_s}).out.contains("holdings"));

    // --org is needed: a usage error before anything else, nothing on stdout.
    const Run missing = cli({u"customers"_s, u"holdings"_s, u"--system"_s, u"991825827_x"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains("--org ORGNO"), missing.err.constData());
    const Run badOrg = cli({u"customers"_s, u"holdings"_s, u"--org"_s, u"310904474"_s});
    QCOMPARE(badOrg.exitCode, 1);
    QVERIFY(badOrg.out.isEmpty());
    QVERIFY2(badOrg.err.contains("organisation number"), badOrg.err.constData());
    QCOMPARE(cli({u"customers"_s, u"holdings"_s, u"--org"_s, u"310904473"_s, u"extra"_s}).exitCode, 2);
    // A valid command line without a profile says what to do, and sends nothing.
    const Run noProfile = cli({u"customers"_s, u"holdings"_s, u"--org"_s, u"310904473"_s});
    QCOMPARE(noProfile.exitCode, 1);
    QVERIFY(noProfile.out.isEmpty());
    QVERIFY2(noProfile.err.contains("profile create"), noProfile.err.constData());
}

void TestCommandLine::sandboxCatalogueChecksItsInput()
{
    // docs/sandbox.md#your-own-catalogue: every mistake below is found before any sandbox is looked for.
    const Run group = cli({u"sandbox"_s, u"--help"_s});
    QCOMPARE(group.exitCode, 0);
    for (const char *command : {"catalogue import FILE", "catalogue add resource",
             "catalogue add organisation", "catalogue list", "catalogue clear"})
        QVERIFY2(group.out.contains(command), command);
    const Run help = cli({u"sandbox"_s, u"catalogue"_s, u"add"_s, u"resource"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--id ID", "--title TEXT", "--type TYPE", "--owner ORGCODE"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(cli({u"sandbox"_s, u"catalogue"_s, u"import"_s, u"--help"_s}).out.contains("--language LANG"));

    const Run noTitle =
        cli({u"sandbox"_s, u"catalogue"_s, u"add"_s, u"resource"_s, u"--id"_s, u"app_skd_x"_s});
    QCOMPARE(noTitle.exitCode, 2);
    QVERIFY(noTitle.out.isEmpty());
    QVERIFY2(noTitle.err.contains("--id") && noTitle.err.contains("--title"), noTitle.err.constData());
    const Run badId = cli(
        {u"sandbox"_s, u"catalogue"_s, u"add"_s, u"resource"_s, u"--id"_s, u"a b"_s, u"--title"_s, u"X"_s});
    QCOMPARE(badId.exitCode, 1);
    QVERIFY(badId.out.isEmpty());
    QVERIFY2(
        badId.err.contains("identifier") && badId.err.contains("Nothing was sent"), badId.err.constData());
    const Run badType = cli({u"sandbox"_s, u"catalogue"_s, u"add"_s, u"resource"_s, u"--id"_s, u"abcd"_s,
        u"--title"_s, u"X"_s, u"--type"_s, u"App"_s});
    QCOMPARE(badType.exitCode, 1);
    QVERIFY2(badType.err.contains("GenericAccessResource"), badType.err.constData());

    const Run noName =
        cli({u"sandbox"_s, u"catalogue"_s, u"add"_s, u"organisation"_s, u"--org"_s, u"314000005"_s});
    QCOMPARE(noName.exitCode, 2);
    QVERIFY2(noName.err.contains("--name"), noName.err.constData());
    const Run badOrg = cli({u"sandbox"_s, u"catalogue"_s, u"add"_s, u"organisation"_s, u"--org"_s,
        u"314000006"_s, u"--name"_s, u"X"_s});
    QCOMPARE(badOrg.exitCode, 1);
    QVERIFY(badOrg.out.isEmpty());
    QVERIFY2(badOrg.err.contains("organisation number"), badOrg.err.constData());

    QCOMPARE(cli({u"sandbox"_s, u"catalogue"_s, u"import"_s}).exitCode, 2); // FILE is needed
    const Run missing =
        cli({u"sandbox"_s, u"catalogue"_s, u"import"_s, m_directory.filePath(u"none.json"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains("none.json"), missing.err.constData());
    const QString bad = m_directory.filePath(u"bad-catalogue.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"identifier\": \"ok-resource\"}, {\"identifier\": \"x\"}]");
    file.close();
    const Run invalid = cli({u"sandbox"_s, u"catalogue"_s, u"import"_s, bad});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY2(invalid.err.contains("[1].identifier") && invalid.err.contains("Nothing was sent"),
        invalid.err.constData());
    const Run language = cli({u"sandbox"_s, u"catalogue"_s, u"import"_s, bad, u"--language"_s, u"de"_s});
    QCOMPARE(language.exitCode, 2);
    QVERIFY2(language.err.contains("nb, nn or en"), language.err.constData());
}

void TestCommandLine::personPathChecksItsInput()
{
    const Run help = cli({u"idporten"_s, u"login"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--person PID", "--no-browser", "--scope SCOPE"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(cli({u"--help"_s}).out.contains("\n  idporten"));
    QVERIFY(cli({u"idporten"_s, u"--help"_s}).out.contains("exchange"));
    const Run appHelp = cli({u"app"_s, u"instantiate"_s, u"--help"_s});
    for (const char *option : {"--as WHO", "--person PID", "--no-browser"})
        QVERIFY2(appHelp.out.contains(option), option);
    // The completion follows the command line's own grammar.
    const Run bash = cli({u"completion"_s, u"bash"_s});
    QVERIFY(bash.out.contains("idporten") && bash.out.contains("--person") && bash.out.contains("--as"));

    const QStringList app{u"app"_s, u"instantiate"_s, u"--org"_s, u"brg"_s, u"--app"_s,
        u"aarsregnskap-vanlig-202406"_s, u"--owner"_s, u"310904473"_s};
    for (const QStringList &wrong :
        {app + QStringList{u"--as"_s, u"robot"_s}, app + QStringList{u"--person"_s, u"24908099411"_s},
            app + QStringList{u"--as"_s, u"person"_s, u"--system"_s, u"x"_s}}) {
        const Run refused = cli(wrong);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
    }
    const Run noProfile = cli({u"idporten"_s, u"login"_s, u"--person"_s, u"24908099411"_s});
    QCOMPARE(noProfile.exitCode, 1);
    QVERIFY2(noProfile.err.contains("profile create"), noProfile.err.constData());

    // Outside a sandbox a real person logs in: --person is refused before anything is sent.
    QCOMPARE(cli({u"profile"_s, u"create"_s, u"Acme"_s, u"--org"_s, u"991825827"_s, u"--env"_s, u"tt02"_s})
                 .exitCode,
        0);
    const Run tt02 = cli({u"idporten"_s, u"login"_s, u"--person"_s, u"24908099411"_s});
    QCOMPARE(tt02.exitCode, 2);
    QVERIFY(tt02.out.isEmpty());
    QVERIFY2(tt02.err.contains("sandbox"), tt02.err.constData());

    // The TT02 client registered at Digdir goes into the profile (never a key or token).
    const Run updated = cli({u"profile"_s, u"update"_s, u"--idporten-client-id"_s, u"idp-client-1"_s});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.json().object().value(u"idportenClientId"_s).toString(), u"idp-client-1"_s);
    ProfileStore store(m_profiles);
    QVERIFY(store.load());
    QCOMPARE(store.find(u"acme"_s)->idportenClientId, u"idp-client-1"_s);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
