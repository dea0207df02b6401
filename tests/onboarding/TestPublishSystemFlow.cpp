#include "AltinnTestSession.h"
#include "altinn/SystemRegisterClient.h"
#include "net/ActivityLog.h"
#include "onboarding/PublishSystemFlow.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using Onboarding::PublishSystemFlow;
using Outcome = Onboarding::PublishSystemFlow::Outcome;
using Result = Onboarding::PublishSystemFlow::Outcome::Result;
using Step = Onboarding::PublishSystemFlow::Outcome::Step;
using Field = Altinn::SystemRegisterClient::Field;

/// Publishing a system definition against the sandbox: every outcome of preview() and start().
class TestPublishSystemFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newSystemIsCreatedAndReadBack();
    void changedSystemIsUpdatedKeepingTheRest();
    void equalSystemHasNothingToChange();
    void onlyTheFieldsGivenAreUpdated();
    void validationErrorsArePlacedOnTheirFields();
    void updatingAnUnregisteredSystemFails();
    void deletedSystemIsSaid();
    void cancelledCheckSaysSo();
    void failedCheckIsExplained();
    void startWhileBusyIsIgnored();
    void lostAnswerToACreateIsReadBackAsCreated();
    void createOfOurRegisteredSystemSaysAlreadyRegistered();
    void createOfOurChangedSystemUpdatesIt();
    void createOfAnotherVendorsSystemSaysSo();
    void createOfOurOrganisationsSystemWithOtherClientIdsLeavesItAlone();
    void serverErrorWithNothingRegisteredSaysNothingWasCreated();
    void lostAnswerThatCannotBeCheckedMayHaveBeenRegistered();

private:
    /// A create of @p system (Action::Create, as `system register` sends it).
    static std::optional<Outcome> create(
        Altinn::SystemRegisterClient &client, const Altinn::SystemDefinition &system, bool readBack = true);
    /// Runs @p run and returns the one outcome it finished with.
    static std::optional<Outcome> outcomeOf(PublishSystemFlow &flow, const std::function<void()> &run);
};

void TestPublishSystemFlow::initTestCase()
{
    qRegisterMetaType<Outcome>();
}

std::optional<Outcome> TestPublishSystemFlow::outcomeOf(
    PublishSystemFlow &flow, const std::function<void()> &run)
{
    QSignalSpy finished(&flow, &PublishSystemFlow::finished);
    run();
    if (!finished.wait(15000) && finished.isEmpty())
        return std::nullopt;
    if (finished.size() != 1)
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

void TestPublishSystemFlow::newSystemIsCreatedAndReadBack()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"ny"_s);
    flow.setDefinition(system);

    auto outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::NotRegistered);
    QVERIFY(outcome->preview);
    QVERIFY(!outcome->registered);
    QCOMPARE(outcome->changes, PublishSystemFlow::everythingAdded(system));
    QVERIFY(!outcome->changes.isEmpty());
    QVERIFY(!flow.isBusy());

    outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Created);
    QVERIFY(!outcome->preview);
    QVERIFY(!outcome->internalId.isEmpty());
    QVERIFY(outcome->registered);
    QCOMPARE(outcome->registered->id, system.id);
    QVERIFY(Altinn::SystemDefinitionDiff::compare(*outcome->registered, system).isEmpty());

    outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::NothingToChange);
}

void TestPublishSystemFlow::changedSystemIsUpdatedKeepingTheRest()
{
    AltinnTestSession session;
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(system));
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    system.name.insert(u"en"_s, u"SmartAccounting Pro"_s);
    flow.setDefinition(system);

    auto outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Changes);
    QCOMPARE(outcome->changes.size(), 1);
    QCOMPARE(outcome->changes.first().field, u"name"_s);
    QCOMPARE(outcome->changes.first().key, u"en"_s);
    QVERIFY(outcome->registered);

    outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Updated);
    QVERIFY(outcome->registered);
    QCOMPARE(outcome->registered->name.value(u"en"_s), u"SmartAccounting Pro"_s);
    QCOMPARE(outcome->registered->rights, system.rights);
    QCOMPARE(outcome->sent.name.value(u"en"_s), u"SmartAccounting Pro"_s);
}

void TestPublishSystemFlow::equalSystemHasNothingToChange()
{
    AltinnTestSession session;
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(system));
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(system);

    // start() without a preview looks first, and sends nothing when there is nothing to send.
    const auto outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::NothingToChange);
    QVERIFY(outcome->changes.isEmpty());
    QVERIFY(outcome->registered);
}

void TestPublishSystemFlow::onlyTheFieldsGivenAreUpdated()
{
    AltinnTestSession session;
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(system));
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    // A file with only the visibility: everything else must stay as registered.
    Altinn::SystemDefinition local;
    local.id = system.id;
    local.isVisible = !system.isVisible;
    flow.setDefinition(local, Field::IsVisible);
    flow.setAction(PublishSystemFlow::Action::Update);
    flow.setReadBack(false);

    auto outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Changes);
    QCOMPARE(outcome->changes.size(), 1);
    QCOMPARE(outcome->changes.first().field, u"isVisible"_s);
    QCOMPARE(outcome->sent.rights, system.rights); // what start() will send: the merge

    outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Updated);
    QVERIFY(!outcome->registered); // not read back
    QCOMPARE(outcome->sent.isVisible, !system.isVisible);
    QCOMPARE(outcome->sent.name, system.name);

    CallResult<Altinn::SystemDefinition> read;
    client.get(system.id, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.value().isVisible, !system.isVisible);
    QCOMPARE(read.value().accessPackages, system.accessPackages);
}

void TestPublishSystemFlow::validationErrorsArePlacedOnTheirFields()
{
    AltinnTestSession session;
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"feil"_s);
    system.rights = QList{Altinn::Right::forResource(u"finnes-ikke"_s)};
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(system);

    QCOMPARE(outcomeOf(flow, [&] { flow.preview(); })->result, Result::NotRegistered);
    const auto outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QCOMPARE(outcome->step, Step::Send);
    QCOMPARE(outcome->failure.httpStatus(), 400);
    QVERIFY(!outcome->findings.isEmpty());
    QVERIFY(outcome->findings.first().path.startsWith(u"/rights"_s));
    // The findings say where; the explanation only that it failed, and that the input must change.
    QCOMPARE(outcome->explanation.action, Altinn::Explanation::Remedy::FixInput);
    QVERIFY(!outcome->explanation.summary.isEmpty());
}

void TestPublishSystemFlow::updatingAnUnregisteredSystemFails()
{
    AltinnTestSession session;
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(AltinnTestSession::exampleSystem(u"ukjent"_s));
    flow.setAction(PublishSystemFlow::Action::Update);

    const auto outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QCOMPARE(outcome->step, Step::Fetch);
    QCOMPARE(outcome->failure.httpStatus(), 404);
    QVERIFY(!outcome->explanation.summary.isEmpty());
}

void TestPublishSystemFlow::deletedSystemIsSaid()
{
    AltinnTestSession session;
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"slettet"_s);
    QVERIFY(session.registerSystem(system));
    Altinn::SystemRegisterClient client(session.transport());
    CallResult<Altinn::UpdateResult> removed;
    client.remove(system.id, removed.callback());
    QVERIFY2(removed.wait() && removed->ok(), removed.failureText());

    PublishSystemFlow flow(&client);
    flow.setDefinition(system);
    const auto outcome = outcomeOf(flow, [&] { flow.preview(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Deleted);
    QVERIFY(outcome->registered);
}

void TestPublishSystemFlow::cancelledCheckSaysSo()
{
    AltinnTestSession session;
    // A slow answer, so that there is time to cancel.
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
                         {u"delayMs"_s, 3000}})
                 .status,
        201);
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(AltinnTestSession::exampleSystem());

    const auto outcome = outcomeOf(flow, [&] {
        flow.preview();
        QVERIFY(flow.isBusy());
        QTimer::singleShot(50, &flow, [&flow] { flow.cancel(); });
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QVERIFY(outcome->isCancelled());
    QCOMPARE(outcome->step, Step::Fetch);
    QVERIFY(!flow.isBusy());
}

void TestPublishSystemFlow::failedCheckIsExplained()
{
    AltinnTestSession session;
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
                         {u"status"_s, 503}, {u"count"_s, 20}})
                 .status,
        201);
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(AltinnTestSession::exampleSystem());
    const auto outcome = outcomeOf(flow, [&] { flow.start(); });
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QCOMPARE(outcome->step, Step::Fetch);
    QCOMPARE(outcome->failure.httpStatus(), 503);
    QVERIFY(!outcome->explanation.summary.isEmpty());
    QVERIFY(outcome->findings.isEmpty());
}

void TestPublishSystemFlow::startWhileBusyIsIgnored()
{
    AltinnTestSession session;
    Altinn::SystemRegisterClient client(session.transport());
    PublishSystemFlow flow(&client);
    flow.setDefinition(AltinnTestSession::exampleSystem(u"travel"_s));
    QSignalSpy finished(&flow, &PublishSystemFlow::finished);
    flow.preview();
    flow.start(); // ignored: the preview is running
    flow.preview(); // ignored too
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<Outcome>().result, Result::NotRegistered);
}

namespace {

const QString RegisterPath = u"authentication/api/v1/systemregister/vendor"_s;

bool addFault(AltinnTestSession &session, const QJsonObject &rule)
{
    return session.sandbox().post(u"sandbox/faults"_s, rule).status == 201;
}

/// The answers to the next POSTs of systems are lost: the system is stored, the connection closed.
bool loseCreateAnswers(AltinnTestSession &session)
{
    return addFault(session,
        {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RegisterPath}, {u"loseAnswer"_s, true},
            {u"count"_s, 3}});
}

} // namespace

std::optional<Outcome> TestPublishSystemFlow::create(
    Altinn::SystemRegisterClient &client, const Altinn::SystemDefinition &system, bool readBack)
{
    PublishSystemFlow flow(&client);
    flow.setDefinition(system);
    flow.setAction(PublishSystemFlow::Action::Create);
    flow.setReadBack(readBack);
    return outcomeOf(flow, [&] { flow.start(); });
}

void TestPublishSystemFlow::lostAnswerToACreateIsReadBackAsCreated()
{
    AltinnTestSession session;
    Altinn::SystemRegisterClient client(session.transport());
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"tapt"_s);
    system.clientIds = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QVERIFY(loseCreateAnswers(session));

    const auto outcome = create(client, system, false);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Created);
    QVERIFY(outcome->answerLost);
    QVERIFY(!outcome->alreadyRegistered);
    QVERIFY(!outcome->updatedAfterwards);
    QVERIFY(outcome->registered);
    QVERIFY(Altinn::SystemDefinitionDiff::compare(*outcome->registered, system).isEmpty());
    QVERIFY(session.sandbox().context().state.systems.contains(system.id));
}

void TestPublishSystemFlow::createOfOurRegisteredSystemSaysAlreadyRegistered()
{
    AltinnTestSession session;
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"igjen"_s);
    system.clientIds = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QVERIFY(session.registerSystem(system)); // an earlier run, or one whose answer was lost
    Altinn::SystemRegisterClient client(session.transport());
    Altinn::ActivityLog log;
    session.transport()->setActivityLog(&log);

    const auto outcome = create(client, system, false);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Created);
    QVERIFY(outcome->alreadyRegistered);
    QVERIFY(!outcome->answerLost);
    QVERIFY(!outcome->updatedAfterwards);
    // The POST ("id taken, client id used") and one GET: nothing else.
    QCOMPARE(log.entries().size(), 2);
    QCOMPARE(log.entries().at(1).method, QByteArray("GET"));
}

void TestPublishSystemFlow::createOfOurChangedSystemUpdatesIt()
{
    AltinnTestSession session;
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"endret"_s);
    QVERIFY(session.registerSystem(system));
    Altinn::SystemRegisterClient client(session.transport());
    system.description.insert(u"en"_s, u"Accounting, now with payroll"_s);

    const auto outcome = create(client, system);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Created);
    QVERIFY(outcome->alreadyRegistered);
    QVERIFY(outcome->updatedAfterwards);
    QCOMPARE(outcome->changes.size(), 1);
    QVERIFY(outcome->registered); // read back after the update
    QCOMPARE(outcome->registered->description.value(u"en"_s), u"Accounting, now with payroll"_s);
}

void TestPublishSystemFlow::createOfAnotherVendorsSystemSaysSo()
{
    AltinnTestSession session;
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"deres"_s);
    // The id is taken by another vendor's system (the sandbox's state, as an admin could have made it).
    SandboxHarness::seedSystem(session.sandbox().context(), system.id, SandboxHarness::OtherVendorOrg);
    Altinn::SystemRegisterClient client(session.transport());

    const auto outcome = create(client, system);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QVERIFY(outcome->lookedUp);
    QVERIFY2(
        outcome->explanation.summary.contains(u"another vendor"_s), qPrintable(outcome->explanation.summary));
    QCOMPARE(outcome->explanation.action, Altinn::Explanation::Remedy::FixInput);
    QCOMPARE(session.sandbox().context().state.systems.value(system.id).definition.vendorOrgNumber(),
        SandboxHarness::OtherVendorOrg);
}

void TestPublishSystemFlow::createOfOurOrganisationsSystemWithOtherClientIdsLeavesItAlone()
{
    AltinnTestSession session;
    Altinn::SystemDefinition theirs = AltinnTestSession::exampleSystem(u"kollega"_s);
    theirs.clientIds = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QVERIFY(session.registerSystem(theirs)); // a colleague's, with their client
    Altinn::SystemDefinition ours = theirs;
    ours.clientIds = {QUuid::createUuid().toString(QUuid::WithoutBraces)};
    ours.name.insert(u"en"_s, u"Ours"_s);
    Altinn::SystemRegisterClient client(session.transport());

    const auto outcome = create(client, ours);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QVERIFY(outcome->lookedUp);
    QVERIFY2(outcome->explanation.summary.contains(theirs.clientIds.first()),
        qPrintable(outcome->explanation.summary));
    const Altinn::SystemDefinition stored =
        session.sandbox().context().state.systems.value(theirs.id).definition;
    QCOMPARE(stored.clientIds, theirs.clientIds); // left as it was
    QCOMPARE(stored.name.value(u"en"_s), theirs.name.value(u"en"_s));
}

void TestPublishSystemFlow::serverErrorWithNothingRegisteredSaysNothingWasCreated()
{
    AltinnTestSession session;
    QVERIFY(
        addFault(session, {{u"method"_s, u"POST"_s}, {u"pathPrefix"_s, RegisterPath}, {u"status"_s, 502}}));
    Altinn::SystemRegisterClient client(session.transport());
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"feil502"_s);

    const auto outcome = create(client, system);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QVERIFY(outcome->lookedUp);
    QVERIFY(outcome->answerLost);
    QVERIFY2(outcome->explanation.summary.contains(u"nothing was created"_s),
        qPrintable(outcome->explanation.summary));
    QCOMPARE(outcome->explanation.action, Altinn::Explanation::Remedy::Retry);
    QVERIFY(!session.sandbox().context().state.systems.contains(system.id));
}

void TestPublishSystemFlow::lostAnswerThatCannotBeCheckedMayHaveBeenRegistered()
{
    AltinnTestSession session;
    QVERIFY(loseCreateAnswers(session));
    QVERIFY(addFault(session,
        {{u"method"_s, u"GET"_s}, {u"pathPrefix"_s, RegisterPath}, {u"status"_s, 500}, {u"count"_s, 100}}));
    Altinn::SystemRegisterClient client(session.transport());
    const Altinn::SystemDefinition system = AltinnTestSession::exampleSystem(u"uvisst"_s);

    auto outcome = create(client, system);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Failed);
    QVERIFY(outcome->lookedUp);
    QVERIFY2(
        outcome->explanation.summary.contains(u"may have been"_s), qPrintable(outcome->explanation.summary));
    QVERIFY2(!outcome->explanation.fullText().contains(u"internet connection"_s),
        qPrintable(outcome->explanation.fullText()));
    QVERIFY(session.sandbox().context().state.systems.contains(system.id));

    // Registering again, as advised, finds it instead of failing on "id taken".
    QCOMPARE(session.sandbox().send("DELETE", u"sandbox/faults"_s).status, 200);
    outcome = create(client, system);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Result::Created);
    QVERIFY(outcome->alreadyRegistered);
}

QTEST_GUILESS_MAIN(TestPublishSystemFlow)
#include "TestPublishSystemFlow.moc"
