#include "WizardTestSupport.h"
#include "altinn/AltinnScopes.h"
#include "auth/KeyImporter.h"
#include "auth/RsaKey.h"
#include "common/OperationStatus.h"
#include "sandbox/SandboxHost.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "wizard/ConnectionCheckPanel.h"
#include "wizard/MaskinportenKeyDetails.h"
#include "wizard/MaskinportenPage.h"
#include "wizard/WizardContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/// Page 2: key generated or imported into the secret store, sandbox client, connection check.
class TestMaskinportenPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void generatedKeyGoesToTheStoreAndOnlyPublicFactsAreShown();
    void nextNeedsAKeyAndOutsideTheSandboxAClientId();
    void sandboxRegistrationSavesTheClientAndEveryScopeChecksOut();
    void registeringAgainKeepsTheClient();
    void nextInTheSandboxRegistersTheClientFirst();
    void wrongClientIdShowsTheMaskinportenExplanation();
    void importedPemKeyIsUsed();
    void unreadableKeyFileIsExplained();
    void unavailableKeychainOffersThisRunOnly();
    void copiedPublicKeyHasNoPrivatePart();
    void generatedKeyGoesToTheRealKeychain();
    void tabOrderFollowsThePage();
    void lockedKeychainSaysUnlockNotGenerate();
    void damagedStoredKeySaysImportItAgain();
    void closingThePageDoesNotApplyAKeyIdBeingEdited();
    void closingThePageDoesNotCheckAClientIdBeingEdited();

private:
    /// A context with a saved profile for @p environment, keys in m_memory.
    void makeContext(const QString &environment);
    MaskinportenPage *makePage();
    bool generateKey(MaskinportenPage *page);
    OperationStatus *status(const QString &name) const { return m_page->findChild<OperationStatus *>(name); }
    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }

    SandboxHost m_sandbox;
    std::unique_ptr<MemorySecretStore> m_memory;
    std::unique_ptr<MemorySecretStore> m_runOnly;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<MaskinportenPage> m_page;
};

void TestMaskinportenPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestMaskinportenPage"_s);
    QVERIFY(WizardTestSupport::startSandbox(m_sandbox));
}

void TestMaskinportenPage::cleanupTestCase()
{
    // Profiles live in one file shared by every program of the suite: leave none behind.
    WizardTestSupport::clearWorkspace();
}

void TestMaskinportenPage::init()
{
    WizardTestSupport::clearWorkspace();
    m_memory = std::make_unique<MemorySecretStore>();
    m_runOnly = std::make_unique<MemorySecretStore>();
}

void TestMaskinportenPage::cleanup()
{
    m_page.reset();
    m_context.reset();
}

void TestMaskinportenPage::makeContext(const QString &environment)
{
    m_page.reset();
    m_context = std::make_unique<WizardContext>();
    m_context->setSecretStores(m_memory.get(), m_runOnly.get());
    m_context->setSandboxBaseUrl(m_sandbox.baseUrl());
    Profile profile;
    profile.id = u"digdir-"_s + environment;
    profile.name = u"Digdir "_s + environment;
    profile.environment = environment;
    profile.vendorOrgNumber = u"991825827"_s;
    QVERIFY(m_context->saveProfile(profile));
}

MaskinportenPage *TestMaskinportenPage::makePage()
{
    m_page = std::make_unique<MaskinportenPage>(m_context.get());
    m_page->resize(900, 900);
    m_page->show();
    m_page->initializePage();
    return m_page.get();
}

bool TestMaskinportenPage::generateKey(MaskinportenPage *page)
{
    auto *generate = page->findChild<QPushButton *>(u"generateKeyButton"_s);
    if (!generate->isEnabled())
        return false;
    QTest::mouseClick(generate, Qt::LeftButton);
    auto *keyStatus = page->findChild<OperationStatus *>(u"keyStatus"_s);
    return QTest::qWaitFor([keyStatus] { return keyStatus->state() != OperationStatus::State::Busy; }, 30000)
        && keyStatus->state() == OperationStatus::State::Succeeded;
}

void TestMaskinportenPage::generatedKeyGoesToTheStoreAndOnlyPublicFactsAreShown()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(page->findChild<QLabel *>(u"noKeyLabel"_s)->isVisible());
    QVERIFY(!page->isComplete());

    QVERIFY(generateKey(page));
    const Profile profile = m_context->profile();
    QVERIFY(profile.hasKey());
    QCOMPARE(profile.keyBits, 2048);
    QVERIFY(profile.kid.startsWith(u"991825827-sandbox-"_s));
    QCOMPARE(page->findChild<QLineEdit *>(u"kidEdit"_s)->text(), profile.kid);
    QCOMPARE(page->findChild<QLabel *>(u"fingerprintValue"_s)->text(), profile.keyThumbprint);
    QCOMPARE(page->findChild<QLabel *>(u"algorithmValue"_s)->text(), u"RS256"_s);
    QCOMPARE(
        page->findChild<QLabel *>(u"storedValue"_s)->text(), u"Keychain entry: "_s + profile.keychainKey());

    std::optional<SecretStore::Result> stored;
    m_memory->read(profile.keychainKey(), [&stored](const SecretStore::Result &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QCOMPARE(RsaKey::fromPem(stored->value).thumbprint(), profile.keyThumbprint);
    // Never the private key on screen.
    for (const QLabel *label : page->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"PRIVATE"_s), qPrintable(label->objectName()));
    for (const QLineEdit *edit : page->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(u"PRIVATE"_s));

    // Renaming the kid moves the key to the new entry.
    auto *kid = page->findChild<QLineEdit *>(u"kidEdit"_s);
    kid->selectAll();
    QTest::keyClicks(kid, u"renamed-key"_s);
    QTest::keyClick(kid, Qt::Key_Return);
    QTRY_COMPARE(m_context->profile().kid, u"renamed-key"_s);
    std::optional<SecretStore::Result> moved;
    m_memory->read(
        m_context->profile().keychainKey(), [&moved](const SecretStore::Result &result) { moved = result; });
    QTRY_VERIFY(moved.has_value());
    QVERIFY(moved->ok());
    std::optional<SecretStore::Result> old;
    m_memory->read(profile.keychainKey(), [&old](const SecretStore::Result &result) { old = result; });
    QTRY_VERIFY(old.has_value());
    QCOMPARE(old->status, SecretStore::Status::NotFound);
}

void TestMaskinportenPage::nextNeedsAKeyAndOutsideTheSandboxAClientId()
{
    makeContext(u"tt02"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(!page->isComplete());
    QVERIFY(!button(u"registerButton"_s)->isVisible()); // TT02: no sandbox registration
    QVERIFY(button(u"openPortalButton"_s)->isVisible());
    QVERIFY(page->findChild<QLabel *>(u"instructionsLabel"_s)->text().contains(u"self-service portal"_s));
    QVERIFY(generateKey(page));
    QVERIFY(!page->isComplete()); // a key, but no client id

    auto *clientId = page->findChild<QLineEdit *>(u"clientIdEdit"_s);
    QTest::keyClicks(clientId, u"not-a-uuid"_s);
    QVERIFY(page->findChild<QLabel *>(u"clientIdMessage"_s)->text().contains(u"UUID"_s));
    QVERIFY(!page->isComplete());
    clientId->clear();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::keyClicks(clientId, uuid);
    QVERIFY(page->isComplete());
    QCOMPARE(m_context->profile().clientId, uuid);

    // In the sandbox a key is enough: the client is made on Next.
    makeContext(u"sandbox"_s);
    page = makePage();
    QVERIFY(!page->isComplete());
    QVERIFY(generateKey(page));
    QVERIFY(page->isComplete());
}

void TestMaskinportenPage::sandboxRegistrationSavesTheClientAndEveryScopeChecksOut()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QPushButton *registerButton = button(u"registerButton"_s);
    QVERIFY(registerButton->isVisible());
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_context->profile().clientId.isEmpty(), 15000);
    QVERIFY(!QUuid::fromString(m_context->profile().clientId).isNull());
    QCOMPARE(page->findChild<QLineEdit *>(u"clientIdEdit"_s)->text(), m_context->profile().clientId);
    QCOMPARE(status(u"registerStatus"_s)->state(), OperationStatus::State::Succeeded);

    auto *panel = page->findChild<ConnectionCheckPanel *>();
    QTest::mouseClick(button(u"checkConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastResult().has_value(), 20000);
    const ConnectionCheck::Result result = *panel->lastResult();
    QCOMPARE(result.scopes.size(), 3);
    QVERIFY(result.allOk());
    const QStringList scopes = Altinn::AltinnScopes::all();
    for (int i = 0; i < 3; ++i) {
        auto *row = page->findChild<QLabel *>(u"scopeResult%1"_s.arg(i));
        QVERIFY(row);
        QVERIFY2(row->text().startsWith(u"✓ "_s + scopes.at(i)), qPrintable(row->text()));
    }
    QCOMPARE(status(u"connectionStatus"_s)->state(), OperationStatus::State::Succeeded);
    QVERIFY(!page->findChild<QLabel *>(u"clockSkewLabel"_s)->isVisible());
}

void TestMaskinportenPage::registeringAgainKeepsTheClient()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QTest::mouseClick(button(u"registerButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        status(u"registerStatus"_s)->state() == OperationStatus::State::Succeeded, 15000);
    const QString clientId = m_context->profile().clientId;
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(button(u"registerButton"_s)->text().remove(u'&'), u"Register the key again in the sandbox"_s);

    // A new key, registered again: the same client gets it (the sandbox makes no second one).
    auto *answer = new QTimer(this);
    connect(answer, &QTimer::timeout, this, [page, answer] {
        const auto *question = page->findChild<QMessageBox *>(u"replaceKeyQuestion"_s);
        if (!question || !question->isVisible())
            return;
        for (QAbstractButton *choice : question->buttons()) {
            if (choice->text() == u"Replace the key"_s) {
                answer->deleteLater();
                choice->click();
                return;
            }
        }
    });
    answer->start(20);
    QVERIFY(generateKey(page));
    QTRY_VERIFY_WITH_TIMEOUT(button(u"registerButton"_s)->isEnabled(), 5000);
    QTest::mouseClick(button(u"registerButton"_s), Qt::LeftButton);
    // The first registration's success stays on screen until the second one reports: wait for the
    // message naming the new key, not merely for "not busy".
    QTRY_VERIFY_WITH_TIMEOUT(status(u"registerStatus"_s)->state() == OperationStatus::State::Succeeded
            && status(u"registerStatus"_s)->text().contains(m_context->profile().kid),
        15000);
    QCOMPARE(m_context->profile().clientId, clientId);
}

void TestMaskinportenPage::nextInTheSandboxRegistersTheClientFirst()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QVERIFY(page->isComplete());
    QVERIFY(!page->validatePage()); // not yet: the client is being made
    QVERIFY(!page->isComplete()); // busy meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!m_context->profile().clientId.isEmpty(), 15000);
    QTRY_VERIFY(page->isComplete());
    QVERIFY(page->validatePage());
}

void TestMaskinportenPage::wrongClientIdShowsTheMaskinportenExplanation()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QTest::keyClicks(
        page->findChild<QLineEdit *>(u"clientIdEdit"_s), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto *panel = page->findChild<ConnectionCheckPanel *>();
    QTest::mouseClick(button(u"checkConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastResult().has_value(), 20000);
    const ConnectionCheck::Result result = *panel->lastResult();
    QCOMPARE(result.scopes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const ConnectionCheck::ScopeResult &scope = result.scopes.at(i);
        QVERIFY(!scope.ok);
        QCOMPARE(scope.explanation.code, u"MP-100"_s);
        QVERIFY(!scope.explanation.remedy.isEmpty());
        const QString shown = page->findChild<QLabel *>(u"scopeResult%1"_s.arg(i))->text();
        QVERIFY2(shown.startsWith(u"✗ "_s), qPrintable(shown));
        QVERIFY(shown.contains(scope.explanation.summary));
        QVERIFY(shown.contains(scope.explanation.remedy));
        QVERIFY(shown.contains(u"MP-100"_s));
    }
    OperationStatus *overall = status(u"connectionStatus"_s);
    QCOMPARE(overall->state(), OperationStatus::State::Failed);
    QVERIFY(overall->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
}

void TestMaskinportenPage::importedPemKeyIsUsed()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    const RsaKey key = RsaKey::generate(2048);
    QTemporaryDir directory;
    QFile file(directory.filePath(u"vendor.pem"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key.privatePkcs8Pem());
    file.close();

    page->importKeyFile(file.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(m_context->profile().hasKey(), 10000);
    QCOMPARE(m_context->profile().keyThumbprint, key.thumbprint());
    QCOMPARE(status(u"keyStatus"_s)->state(), OperationStatus::State::Succeeded);
    QVERIFY(page->isComplete());
}

void TestMaskinportenPage::unreadableKeyFileIsExplained()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QTemporaryDir directory;
    QFile file(directory.filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes");
    file.close();
    page->importKeyFile(file.fileName());
    OperationStatus *keyStatus = status(u"keyStatus"_s);
    QCOMPARE(keyStatus->state(), OperationStatus::State::Failed);
    QCOMPARE(keyStatus->text(), KeyImporter::message(KeyImporter::Problem::NotAKey));
    QVERIFY(!m_context->profile().hasKey());
}

void TestMaskinportenPage::unavailableKeychainOffersThisRunOnly()
{
    makeContext(u"sandbox"_s);
    m_memory->setForcedStatus(SecretStore::Status::Unavailable);
    MaskinportenPage *page = makePage();
    QVERIFY(!generateKey(page));
    OperationStatus *keyStatus = status(u"keyStatus"_s);
    QCOMPARE(keyStatus->text(), SecretStore::explain(SecretStore::Status::Unavailable));
    QPushButton *runOnly = button(u"useRunOnlyButton"_s);
    QVERIFY(runOnly->isVisible());
    QVERIFY(!m_context->profile().hasKey());

    QTest::mouseClick(runOnly, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_context->profile().hasKey(), 10000);
    QVERIFY(!m_context->profile().keyPersistent);
    QVERIFY(page->findChild<QCheckBox *>(u"runOnlyCheckBox"_s)->isChecked());
    QVERIFY(page->findChild<QLabel *>(u"storedValue"_s)->text().startsWith(u"This run only"_s));
    std::optional<SecretStore::Result> stored;
    m_runOnly->read(m_context->profile().keychainKey(),
        [&stored](const SecretStore::Result &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
}

void TestMaskinportenPage::copiedPublicKeyHasNoPrivatePart()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QTest::mouseClick(button(u"copyExportButton"_s), Qt::LeftButton);
    const QJsonObject jwk = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(jwk.value(u"kid"_s).toString(), m_context->profile().kid);
    QCOMPARE(jwk.value(u"kty"_s).toString(), u"RSA"_s);
    QVERIFY(!jwk.contains(u"d"_s));
    QVERIFY(page->exportedPublicKey(MaskinportenPage::ExportFormat::Pem)
                .startsWith("-----BEGIN PUBLIC KEY-----"));
    const QJsonObject jwks =
        QJsonDocument::fromJson(page->exportedPublicKey(MaskinportenPage::ExportFormat::Jwks)).object();
    QCOMPARE(jwks.value(u"keys"_s).toArray().first().toObject().value(u"kid"_s).toString(),
        m_context->profile().kid);
}

void TestMaskinportenPage::generatedKeyGoesToTheRealKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests for the throw-away keyring.");
    KeychainSecretStore keychain(u"systemuser-wizard-test"_s);
    makeContext(u"sandbox"_s);
    m_context->setSecretStores(&keychain, m_runOnly.get());
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    std::optional<SecretStore::Result> stored;
    keychain.read(m_context->profile().keychainKey(),
        [&stored](const SecretStore::Result &result) { stored = result; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
    QVERIFY(stored->ok());
    std::optional<SecretStore::Result> removed;
    keychain.remove(m_context->profile().keychainKey(),
        [&removed](const SecretStore::Result &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
}

void TestMaskinportenPage::tabOrderFollowsThePage()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QVERIFY(QTest::qWaitForWindowActive(page));
    auto *clientId = page->findChild<QLineEdit *>(u"clientIdEdit"_s);
    clientId->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), clientId);
    QStringList visited;
    for (int i = 0; i < 14; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected = {u"kidEdit"_s, u"generateKeyButton"_s, u"keySizeComboBox"_s,
        u"runOnlyCheckBox"_s, u"importKeyButton"_s, u"exportFormatComboBox"_s, u"saveExportButton"_s,
        u"copyExportButton"_s, u"registerButton"_s, u"checkConnectionButton"_s};
    QCOMPARE(visited.mid(0, expected.size()), expected);
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->focusPolicy() & Qt::TabFocus && !widget->inherits("QScrollBar")
            && !widget->inherits("QAbstractScrollArea"))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestMaskinportenPage::lockedKeychainSaysUnlockNotGenerate()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    // A new session (the wizard restarted): the key is read from the keychain, which is locked now.
    Profile profile = m_context->profile();
    if (profile.clientId.isEmpty())
        profile.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces); // so the check can start
    makeContext(u"sandbox"_s);
    QVERIFY(m_context->saveProfile(profile));
    m_memory->setForcedStatus(SecretStore::Status::Locked);
    page = makePage();
    QTest::mouseClick(button(u"copyExportButton"_s), Qt::LeftButton);
    OperationStatus *exportStatus = status(u"exportStatus"_s);
    QTRY_COMPARE(exportStatus->state(), OperationStatus::State::Failed);
    QCOMPARE(exportStatus->text(), SecretStore::explain(SecretStore::Status::Locked));
    QVERIFY(m_context->profile().hasKey()); // the registered key stays the profile's key

    // The connection check says so once, not once per scope (each read could prompt to unlock).
    auto *panel = page->findChild<ConnectionCheckPanel *>();
    QTest::mouseClick(button(u"checkConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastResult().has_value(), 20000);
    const ConnectionCheck::Result result = *panel->lastResult();
    QCOMPARE(result.scopes.size(), 1);
    QVERIFY(!result.scopes.first().ok);
    QVERIFY2(
        result.scopes.first().explanation.summary.contains(SecretStore::explain(SecretStore::Status::Locked)),
        qPrintable(result.scopes.first().explanation.summary));
    QVERIFY(result.scopes.first().explanation.code.isEmpty()); // Maskinporten was never asked
}

void TestMaskinportenPage::damagedStoredKeySaysImportItAgain()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    const Profile profile = m_context->profile();
    // The entry is there, but what it holds is no key (written by something else, or cut short).
    std::optional<SecretStore::Result> overwritten;
    m_memory->write(profile.keychainKey(), "cut short: no key in here\n",
        [&overwritten](const SecretStore::Result &result) { overwritten = result; });
    QTRY_VERIFY(overwritten.has_value());
    makeContext(u"sandbox"_s);
    QVERIFY(m_context->saveProfile(profile));
    page = makePage();
    QTest::mouseClick(button(u"copyExportButton"_s), Qt::LeftButton);
    OperationStatus *exportStatus = status(u"exportStatus"_s);
    QTRY_COMPARE(exportStatus->state(), OperationStatus::State::Failed);
    QCOMPARE(exportStatus->text(), SecretStore::explain(SecretStore::Status::Damaged));
}

void TestMaskinportenPage::closingThePageDoesNotApplyAKeyIdBeingEdited()
{
    makeContext(u"sandbox"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(generateKey(page));
    QVERIFY(QTest::qWaitForWindowActive(page));
    const QString kid = m_context->profile().kid;
    auto *kidEdit = page->findChild<QLineEdit *>(u"kidEdit"_s);
    kidEdit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), kidEdit);
    QTest::keyClicks(kidEdit, u"-renamed"_s); // not applied yet: Enter or leaving the field applies it
    QSignalSpy renameRequested(
        page->findChild<MaskinportenKeyDetails *>(), &MaskinportenKeyDetails::kidChangeRequested);

    // Closing the page takes the focus from the field after ~MaskinportenPage has run: that is not the
    // person finishing the edit, and no rename may start on a page that is half gone.
    m_page.reset();
    QCOMPARE(renameRequested.size(), 0);
    QTest::qWait(50);
    QCOMPARE(m_context->profile().kid, kid);
}

void TestMaskinportenPage::closingThePageDoesNotCheckAClientIdBeingEdited()
{
    makeContext(u"tt02"_s);
    MaskinportenPage *page = makePage();
    QVERIFY(QTest::qWaitForWindowActive(page));
    auto *clientId = page->findChild<QLineEdit *>(u"clientIdEdit"_s);
    clientId->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), clientId);
    QTest::keyClicks(clientId, u"1b2c3d4e"_s); // half typed: "8 of 36 characters", not an error yet
    auto *message = page->findChild<QLabel *>(u"clientIdMessage"_s);
    const QString whileTyping = message->text();

    QString messageWhenFinished = u"(not emitted)"_s;
    connect(clientId, &QLineEdit::editingFinished, message, [&] { messageWhenFinished = message->text(); });
    m_page.reset();
    // Either nobody hears the late editingFinished, or it changed nothing: no handler ran on the page.
    QVERIFY2(messageWhenFinished == u"(not emitted)"_s || messageWhenFinished == whileTyping,
        qPrintable(messageWhenFinished));
}

QTEST_MAIN(TestMaskinportenPage)
#include "TestMaskinportenPage.moc"
