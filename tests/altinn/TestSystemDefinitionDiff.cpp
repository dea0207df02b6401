#include "AltinnTestSession.h"
#include "model/SystemDefinitionDiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;
using Altinn::SystemDefinition;
using Altinn::SystemDefinitionDiff;
using Kind = Altinn::DefinitionChange::Kind;

/// The field-by-field diff between a local draft and the registered system (`system diff`, previews).
class TestSystemDefinitionDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalSystemsHaveNoChanges();
    void changesComeInFieldThenKeyOrder();
    void hostOnlyRedirectUrlEqualsItsStoredForm();
    void rightsAreKeyedByResourceAndAction();
    void describeGivesOneLinePerChange();
    void toJsonForTheCli();
};

namespace {

SystemDefinition registered()
{
    SystemDefinition system = AltinnTestSession::exampleSystem();
    system.clientIds = {u"klient-a"_s};
    system.isDeleted = false; // as a GET answers; not a difference
    return system;
}

QString urn(const QString &code)
{
    return AltinnTestSession::packageUrn(code);
}

} // namespace

void TestSystemDefinitionDiff::identicalSystemsHaveNoChanges()
{
    SystemDefinition local = registered();
    local.isDeleted.reset();
    QVERIFY(SystemDefinitionDiff::compare(registered(), local).isEmpty());

    // Absent and empty lists differ on the wire only.
    SystemDefinition withNull = registered();
    withNull.accessPackages = std::nullopt;
    SystemDefinition withEmpty = registered();
    withEmpty.accessPackages = QList<Altinn::AccessPackageRef>{};
    QVERIFY(SystemDefinitionDiff::compare(withNull, withEmpty).isEmpty());
}

void TestSystemDefinitionDiff::changesComeInFieldThenKeyOrder()
{
    SystemDefinition local = registered();
    local.isVisible = false;
    local.allowedRedirectUrls = {u"https://ny.example/cb"_s};
    local.clientIds = {u"klient-b"_s};
    local.accessPackages = QList<Altinn::AccessPackageRef>{{urn(u"jordbruk"_s)}, {urn(u"skogbruk"_s)}};
    local.rights =
        QList{Altinn::Right::forResource(AltinnTestSession::App), Altinn::Right::forResource(u"ny"_s)};
    local.description[u"en"_s] = u"Bookkeeping"_s;
    local.name.remove(u"nn"_s);
    local.name[u"de"_s] = u"Buchhaltung"_s;
    local.setVendorOrgNumber(u"310547891"_s);
    local.id = u"991825827_ny"_s;

    const QList<DefinitionChange> expected{
        {u"id"_s, {}, Kind::Changed, u"991825827_smartregnskap"_s, u"991825827_ny"_s},
        {u"vendor"_s, {}, Kind::Changed, u"0192:991825827"_s, u"0192:310547891"_s},
        {u"name"_s, u"de"_s, Kind::Added, {}, u"Buchhaltung"_s},
        {u"name"_s, u"nn"_s, Kind::Removed, u"SmartRekneskap"_s, {}},
        {u"description"_s, u"en"_s, Kind::Changed, u"Accounting"_s, u"Bookkeeping"_s},
        {u"rights"_s, u"ny"_s, Kind::Added, {}, u"ny"_s},
        {u"rights"_s, AltinnTestSession::Krav, Kind::Removed, AltinnTestSession::Krav, {}},
        {u"accessPackages"_s, urn(u"skatt-naering"_s), Kind::Removed, urn(u"skatt-naering"_s), {}},
        {u"accessPackages"_s, urn(u"skogbruk"_s), Kind::Added, {}, urn(u"skogbruk"_s)},
        {u"clientId"_s, u"klient-a"_s, Kind::Removed, u"klient-a"_s, {}},
        {u"clientId"_s, u"klient-b"_s, Kind::Added, {}, u"klient-b"_s},
        {u"allowedRedirectUrls"_s, u"https://ny.example/cb"_s, Kind::Added, {}, u"https://ny.example/cb"_s},
        {u"allowedRedirectUrls"_s, AltinnTestSession::Callback, Kind::Removed, AltinnTestSession::Callback,
            {}},
        {u"isVisible"_s, {}, Kind::Changed, u"true"_s, u"false"_s},
    };
    const QList<DefinitionChange> changes = SystemDefinitionDiff::compare(registered(), local);
    QCOMPARE(changes.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(changes.at(i).field, expected.at(i).field);
        QCOMPARE(changes.at(i).key, expected.at(i).key);
        QCOMPARE(changes.at(i).kind, expected.at(i).kind);
        QCOMPARE(changes.at(i).before, expected.at(i).before);
        QCOMPARE(changes.at(i).after, expected.at(i).after);
    }
}

void TestSystemDefinitionDiff::hostOnlyRedirectUrlEqualsItsStoredForm()
{
    // Altinn stores "https://vg.no" as "https://vg.no/": after registering, that is no difference.
    SystemDefinition stored = registered();
    stored.allowedRedirectUrls = {u"https://vg.no/"_s};
    SystemDefinition local = registered();
    local.allowedRedirectUrls = {u"https://vg.no"_s};
    QVERIFY(SystemDefinitionDiff::compare(stored, local).isEmpty());

    local.allowedRedirectUrls = {u"https://vg.no/annen"_s};
    QCOMPARE(SystemDefinitionDiff::compare(stored, local).size(), 2);
}

void TestSystemDefinitionDiff::rightsAreKeyedByResourceAndAction()
{
    SystemDefinition stored = registered();
    stored.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    SystemDefinition local = stored;
    Altinn::Right reading = Altinn::Right::forResource(AltinnTestSession::Krav);
    reading.action = u"read"_s;
    local.rights->append(reading);

    const QList<DefinitionChange> changes = SystemDefinitionDiff::compare(stored, local);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().kind, Kind::Added);
    QCOMPARE(changes.first().key, QString(AltinnTestSession::Krav + u" [read]"_s));

    // Same resource, an extra attribute pair: the right changed.
    Altinn::Right extended = Altinn::Right::forResource(AltinnTestSession::Krav);
    extended.resource.append({u"urn:altinn:org"_s, u"skd"_s});
    local.rights = QList{extended};
    const QList<DefinitionChange> changed = SystemDefinitionDiff::compare(stored, local);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().kind, Kind::Changed);
    QCOMPARE(changed.first().before, AltinnTestSession::Krav);
    QVERIFY2(changed.first().after.contains(u"urn:altinn:org"_s), qPrintable(changed.first().after));
}

void TestSystemDefinitionDiff::describeGivesOneLinePerChange()
{
    const QList<DefinitionChange> changes{
        {u"rights"_s, u"skd-mva"_s, Kind::Added, {}, u"skd-mva"_s},
        {u"accessPackages"_s, urn(u"jordbruk"_s), Kind::Removed, urn(u"jordbruk"_s), {}},
        {u"name"_s, u"nb"_s, Kind::Changed, u"Gammel"_s, u"Ny"_s},
        {u"isVisible"_s, {}, Kind::Changed, u"true"_s, u"false"_s},
    };
    const QStringList lines = SystemDefinitionDiff::describe(changes);
    QCOMPARE(lines,
        (QStringList{
            u"+ rights: skd-mva (added)"_s,
            u"- access packages: urn:altinn:accesspackage:jordbruk (removed)"_s,
            u"~ name (nb): \"Gammel\" → \"Ny\""_s,
            u"~ visible in the Altinn portal: yes → no"_s,
        }));
    QVERIFY(SystemDefinitionDiff::describe({}).isEmpty());
}

void TestSystemDefinitionDiff::toJsonForTheCli()
{
    const QJsonArray json = SystemDefinitionDiff::toJson({
        {u"clientId"_s, u"k"_s, Kind::Added, {}, u"k"_s},
        {u"id"_s, {}, Kind::Changed, u"a"_s, u"b"_s},
    });
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject(),
        (QJsonObject{{u"field"_s, u"clientId"_s}, {u"key"_s, u"k"_s}, {u"kind"_s, u"added"_s},
            {u"before"_s, u""_s}, {u"after"_s, u"k"_s}}));
    QCOMPARE(json.at(1).toObject().value(u"kind"_s).toString(), u"changed"_s);
}

QTEST_GUILESS_MAIN(TestSystemDefinitionDiff)
#include "TestSystemDefinitionDiff.moc"
