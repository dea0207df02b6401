#include "onboarding/SandboxCatalogueImport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;
using Kind = SandboxCatalogueImport::Kind;

/// Reading a file for the sandbox's own catalogue (docs/sandbox.md#your-own-catalogue): its kind, what the
/// sandbox would refuse, and the batches it is sent in.
class TestSandboxCatalogueImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheKind_data();
    void detectsTheKind();
    void findings_data();
    void findings();
    void warningsDoNotStopSending();
    void oneResourceAndOneOrganisation();
    void batchesStayBelowTheLimit();
    void largeAreaGroupIsSentInParts();
    void unreadableFiles();
};

namespace {

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson()
                           : QJsonDocument(value.toObject()).toJson();
}

QJsonObject resource(const QString &identifier, const QString &type = u"GenericAccessResource"_s)
{
    return {{u"identifier"_s, identifier}, {u"resourceType"_s, type},
        {u"title"_s, QJsonObject{{u"nb"_s, u"Tittel"_s}, {u"en"_s, u"Title"_s}}}};
}

QJsonObject package(const QString &code, bool delegable = true, bool assignable = true)
{
    return {{u"urn"_s, QString(u"urn:altinn:accesspackage:"_s + code)}, {u"name"_s, code},
        {u"isDelegable"_s, delegable}, {u"isAssignable"_s, assignable}};
}

QJsonObject group(const QJsonArray &areas, const QString &type = u"Organisasjon"_s)
{
    return {{u"id"_s, u"3757643a-316d-4d0e-a52b-4dc7cdebc0b4"_s}, {u"name"_s, u"Allment"_s},
        {u"type"_s, type}, {u"areas"_s, areas}};
}

QJsonObject area(const QString &code, const QJsonArray &packages)
{
    return {
        {u"urn"_s, QString(u"accesspackage:area:"_s + code)}, {u"name"_s, code}, {u"packages"_s, packages}};
}

QStringList pathsOf(const SandboxCatalogueImport &import, bool errors)
{
    QStringList paths;
    for (const auto &finding : import.findings()) {
        if (finding.isError == errors)
            paths.append(finding.path);
    }
    return paths;
}

} // namespace

void TestSandboxCatalogueImport::detectsTheKind_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("language");

    QTest::newRow("resource list") << json(QJsonArray{resource(u"abcd"_s), resource(u"efgh"_s)})
                                   << Kind::ResourceList << 2 << u"nb"_s;
    QTest::newRow("one resource") << json(resource(u"abcd"_s)) << Kind::Resource << 1 << u"nb"_s;
    QTest::newRow("export") << json(QJsonArray{group(QJsonArray{area(u"a"_s, QJsonArray{package(u"p"_s)})})})
                            << Kind::AccessPackageExport << 1 << u"nb"_s;
    QTest::newRow("english export") << json(
        QJsonArray{group(QJsonArray{area(u"a"_s, QJsonArray{package(u"p"_s)})}, u"Organization"_s)})
                                    << Kind::AccessPackageExport << 1 << u"en"_s;
    QTest::newRow("one area group") << json(group(QJsonArray{area(u"a"_s, {})})) << Kind::AccessPackageExport
                                    << 1 << u"nb"_s;
    QTest::newRow("organisations") << json(
        QJsonArray{QJsonObject{{u"orgNo"_s, u"314 000 005"_s}, {u"name"_s, u"PRØVENDE LITEN BEVER AS"_s}}})
                                   << Kind::Organisations << 1 << u"nb"_s;
    // The wizard's own metadata cache file: the server's answer under "data".
    QTest::newRow("metadata cache file") << json(QJsonObject{
        {u"fetchedAt"_s, u"2026-11-23T07:40:12.345Z"_s}, {u"data"_s, QJsonArray{resource(u"abcd"_s)}}})
                                         << Kind::ResourceList << 1 << u"nb"_s;
}

void TestSandboxCatalogueImport::detectsTheKind()
{
    QFETCH(QByteArray, file);
    QFETCH(Kind, kind);
    QFETCH(int, items);
    QFETCH(QString, language);
    const auto import = SandboxCatalogueImport::fromJson(file);
    QCOMPARE(import.kind(), kind);
    QCOMPARE(import.items().size(), items);
    QVERIFY2(import.isSendable(), qPrintable(import.findings().value(0).message));
    QCOMPARE(import.suggestedLanguage(), language);
    QVERIFY(!import.description().isEmpty());
}

void TestSandboxCatalogueImport::findings_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("errorPaths");

    QTest::newRow("not JSON") << QByteArray("[{") << QStringList{QString()};
    QTest::newRow("empty list") << QByteArray("[]") << QStringList{QString()};
    QTest::newRow("search hits") << QByteArray("[{\"object\":{},\"score\":1}]") << QStringList{QString()};
    QTest::newRow("something else") << QByteArray("{\"name\":\"x\"}") << QStringList{QString()};
    QTest::newRow("every resource problem, not the first only")
        << json(QJsonArray{resource(u"ab"_s), resource(u"abcd"_s, u"App"_s), resource(u"app_skd_x"_s),
               resource(u"ABCD"_s), QJsonObject{{u"identifier"_s, u"efgh"_s}, {u"title"_s, u"x"_s}},
               QJsonObject{{u"identifier"_s, u"ijkl"_s}, {u"delegable"_s, u"yes"_s}}})
        << QStringList{u"[0].identifier"_s, u"[1].resourceType"_s, u"[2].resourceType"_s, u"[3].identifier"_s,
               u"[4].title"_s, u"[5].delegable"_s};
    QTest::newRow("export problems") << json(QJsonArray{
        group(QJsonArray{area(u"a"_s,
                             QJsonArray{package(u"p"_s), QJsonObject{{u"urn"_s, u"urn:altinn:resource:x"_s}},
                                 QJsonObject{
                                     {u"urn"_s, u"urn:altinn:accesspackage:q"_s}, {u"isDelegable"_s, true}},
                                 package(u"P"_s)}),
                  QJsonObject{{u"name"_s, u"no urn"_s}}},
            u"Robot"_s),
        QJsonObject{{u"name"_s, u"no areas"_s}}})
                                     << QStringList{u"[0].type"_s, u"[0].areas[0].packages[1].urn"_s,
                                            u"[0].areas[0].packages[2].isAssignable"_s,
                                            u"[0].areas[0].packages[3].urn"_s, u"[0].areas[1].urn"_s,
                                            u"[1]"_s};
    QTest::newRow("organisation problems")
        << json(QJsonArray{QJsonObject{{u"orgNo"_s, u"123456789"_s}, {u"name"_s, u"X"_s}},
               QJsonObject{{u"orgNo"_s, u"350000003"_s}, {u"name"_s, u"X"_s}},
               QJsonObject{{u"orgNo"_s, u"314000005"_s}},
               QJsonObject{{u"orgNo"_s, u"314000005"_s}, {u"name"_s, u"X"_s}},
               QJsonObject{{u"orgNo"_s, u"314000005"_s}, {u"name"_s, u"Y"_s}}})
        << QStringList{u"[0].orgNo"_s, u"[1].orgNo"_s, u"[2].name"_s, u"[4].orgNo"_s};
}

void TestSandboxCatalogueImport::findings()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, errorPaths);
    const auto import = SandboxCatalogueImport::fromJson(file);
    QVERIFY(import.hasErrors());
    QVERIFY(!import.isSendable());
    QCOMPARE(pathsOf(import, true), errorPaths);
    for (const auto &finding : import.findings())
        QVERIFY(!finding.message.isEmpty());
}

void TestSandboxCatalogueImport::warningsDoNotStopSending()
{
    QJsonObject undelegable = resource(u"jks_undelegable"_s);
    undelegable.insert(u"delegable"_s, false);
    const auto resources = SandboxCatalogueImport::fromJson(json(
        QJsonArray{resource(u"ttd-am-k6"_s, u"MaskinportenSchema"_s), undelegable, resource(u"fine"_s)}));
    QVERIFY(resources.isSendable());
    QCOMPARE(pathsOf(resources, false), (QStringList{u"[0].resourceType"_s, u"[1].delegable"_s}));
    QVERIFY(resources.findings().first().message.contains(u"AUTH.VLD-00017"_s));

    const auto packages = SandboxCatalogueImport::fromJson(json(
        QJsonArray{group(QJsonArray{area(u"a"_s, QJsonArray{package(u"eksplisitt"_s, false, false)})})}));
    QVERIFY(packages.isSendable());
    QCOMPARE(pathsOf(packages, false), QStringList{u"[0].areas[0].packages[0]"_s});
    QCOMPARE(packages.packageCount(), 1);
    QCOMPARE(packages.areaCount(), 1);
}

void TestSandboxCatalogueImport::oneResourceAndOneOrganisation()
{
    const auto app = SandboxCatalogueImport::resource(u" app_skd_min-app "_s, u"Min app"_s, {}, u"SKD"_s);
    QCOMPARE(app.kind(), Kind::Resource);
    QVERIFY(app.isSendable());
    const QJsonObject sent = app.items().first().toObject();
    QCOMPARE(sent.value(u"identifier"_s).toString(), u"app_skd_min-app"_s);
    QCOMPARE(sent.value(u"title"_s).toObject().value(u"nn"_s).toString(), u"Min app"_s);
    QCOMPARE(sent.value(u"hasCompetentAuthority"_s).toObject().value(u"orgcode"_s).toString(), u"skd"_s);
    QVERIFY(!sent.contains(u"resourceType"_s)); // the sandbox types it from the id
    QVERIFY(
        !SandboxCatalogueImport::resource(u"app_skd_x"_s, u"X"_s, u"GenericAccessResource"_s).isSendable());

    const auto organisation =
        SandboxCatalogueImport::organisation(u"314 000 005"_s, u" PRØVENDE LITEN BEVER AS "_s);
    QVERIFY(organisation.isSendable());
    QCOMPARE(organisation.items().first().toObject(),
        (QJsonObject{{u"orgNo"_s, u"314000005"_s}, {u"name"_s, u"PRØVENDE LITEN BEVER AS"_s}}));
    QVERIFY(!SandboxCatalogueImport::organisation(u"314000006"_s, u"X"_s).isSendable());
}

void TestSandboxCatalogueImport::batchesStayBelowTheLimit()
{
    QJsonArray resources;
    for (int i = 0; i < 500; ++i)
        resources.append(resource(u"ressurs-%1"_s.arg(i, 4, 10, QChar(u'0'))));
    const auto import = SandboxCatalogueImport::fromJson(json(resources));
    QVERIFY(import.isSendable());
    QCOMPARE(import.batches().size(), 1);
    const QList<QJsonArray> batches = import.batches(8 * 1024);
    QVERIFY(batches.size() > 5);
    qsizetype total = 0;
    for (const QJsonArray &batch : batches) {
        QVERIFY(QJsonDocument(batch).toJson(QJsonDocument::Compact).size() < 8 * 1024);
        total += batch.size();
    }
    QCOMPARE(total, 500);
    QCOMPARE(batches.last().last().toObject().value(u"identifier"_s).toString(), u"ressurs-0499"_s);
}

void TestSandboxCatalogueImport::largeAreaGroupIsSentInParts()
{
    QJsonArray areas;
    for (int a = 0; a < 20; ++a) {
        QJsonArray packages;
        for (int p = 0; p < 10; ++p)
            packages.append(package(u"pakke-%1-%2"_s.arg(a).arg(p)));
        areas.append(area(u"omraade-%1"_s.arg(a), packages));
    }
    const auto import = SandboxCatalogueImport::fromJson(json(QJsonArray{group(areas)}));
    QVERIFY(import.isSendable());
    QCOMPARE(import.packageCount(), 200);
    const QList<QJsonArray> batches = import.batches(6 * 1024);
    QVERIFY(batches.size() > 2);
    int areasSent = 0;
    for (const QJsonArray &batch : batches) {
        QVERIFY(QJsonDocument(batch).toJson(QJsonDocument::Compact).size() < 6 * 1024);
        QCOMPARE(
            batch.size(), 1); // a part of the one group per batch: the sandbox takes a group once per body
        const QJsonObject part = batch.first().toObject();
        QCOMPARE(part.value(u"id"_s).toString(), u"3757643a-316d-4d0e-a52b-4dc7cdebc0b4"_s);
        areasSent += int(part.value(u"areas"_s).toArray().size());
    }
    QCOMPARE(areasSent, 20);
}

void TestSandboxCatalogueImport::unreadableFiles()
{
    const auto missing = SandboxCatalogueImport::fromFile(u"/nonexistent/resources.json"_s);
    QVERIFY(missing.hasErrors());
    QCOMPARE(missing.kind(), Kind::Unknown);
    QVERIFY(missing.findings().first().message.contains(u"resources.json"_s));

    QTemporaryDir directory;
    const QString path = directory.filePath(u"resources.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json(QJsonArray{resource(u"abcd"_s)}));
    file.close();
    QVERIFY(SandboxCatalogueImport::fromFile(path).isSendable());
}

QTEST_GUILESS_MAIN(TestSandboxCatalogueImport)
#include "TestSandboxCatalogueImport.moc"
