#include "altinn/MetadataClient.h"
#include "model/AccessPackageTree.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * Reading the resource registry (docs/altinn-behaviour.md#resource-registry) the size TT02 and production
 * serve. Anything over ~20 ms would freeze the UI for a visible moment, which is why MetadataClient parses on
 * a worker thread; this benchmark shows the cost it keeps off the UI thread.
 */
class BenchMetadataParse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseTwoThousandResources();
    void parseAccessPackageExport();

private:
    QByteArray m_resourceList;
    QJsonArray m_packageExport;
};

namespace {

QJsonObject texts(const QString &nb, const QString &nn, const QString &en)
{
    return QJsonObject{{u"nb"_s, nb}, {u"nn"_s, nn}, {u"en"_s, en}};
}

/// A ServiceResource with every member the registry writes (docs/altinn-behaviour.md#resource-registry),
/// descriptions of realistic length.
QJsonObject resource(int index)
{
    const QString identifier = u"bench-resource-"_s + QString::number(index);
    const QString description =
        u"Tjenesten gir tilgang til opplysninger om krav og betalinger for virksomheten, inkludert saldo, "
        u"innbetalinger, renter og gebyrer. Brukes blant annet av regnskapsførere og revisorer. "_s
        + QString::number(index);
    return QJsonObject{
        {u"identifier"_s, identifier},
        {u"version"_s, u"3"_s},
        {u"title"_s,
            texts(u"Krav og betalinger "_s + QString::number(index), u"Krav og betalingar"_s,
                u"Claims and payments"_s)},
        {u"description"_s, texts(description, description, description)},
        {u"rightDescription"_s, texts(description, description, description)},
        {u"homepage"_s, u"https://www.skatteetaten.no/"_s},
        {u"status"_s, u"Completed"_s},
        {u"contactPoints"_s,
            QJsonArray{QJsonObject{{u"category"_s, u"Support"_s}, {u"email"_s, u"support@example.no"_s},
                {u"telephone"_s, u""_s}, {u"contactPage"_s, u""_s}}}},
        {u"delegable"_s, index % 7 != 0},
        {u"visible"_s, true},
        {u"hasCompetentAuthority"_s,
            QJsonObject{
                {u"name"_s, texts(u"Skatteetaten"_s, u"Skatteetaten"_s, u"Norwegian Tax Administration"_s)},
                {u"organization"_s, u"974761076"_s}, {u"orgcode"_s, u"skd"_s}}},
        {u"keywords"_s, QJsonArray{QJsonObject{{u"word"_s, u"skatt"_s}, {u"language"_s, u"nb"_s}}}},
        {u"accessListMode"_s, u"Disabled"_s},
        {u"selfIdentifiedUserEnabled"_s, false},
        {u"enterpriseUserEnabled"_s, false},
        {u"resourceType"_s, index % 5 == 0 ? u"MaskinportenSchema"_s : u"GenericAccessResource"_s},
        {u"availableForType"_s, QJsonArray{u"Company"_s}},
        {u"authorizationReference"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, identifier}}}},
        {u"isOneTimeConsent"_s, false},
        {u"versionId"_s, 0},
    };
}

} // namespace

void BenchMetadataParse::initTestCase()
{
    QJsonArray resources;
    for (int i = 0; i < 2000; ++i)
        resources.append(resource(i));
    m_resourceList = QJsonDocument(resources).toJson(QJsonDocument::Compact);

    // ~160 packages in ~25 areas in 5 groups, like the real export.
    for (int g = 0; g < 5; ++g) {
        QJsonArray areas;
        for (int a = 0; a < 5; ++a) {
            QJsonArray packages;
            for (int p = 0; p < 7; ++p) {
                const QString code = u"package-%1-%2-%3"_s.arg(g).arg(a).arg(p);
                packages.append(QJsonObject{{u"id"_s, code}, {u"name"_s, code},
                    {u"urn"_s, QString(u"urn:altinn:accesspackage:"_s + code)}, {u"description"_s, code},
                    {u"isDelegable"_s, p % 2 == 0}, {u"isAssignable"_s, true}});
            }
            areas.append(QJsonObject{{u"id"_s, u"area-%1-%2"_s.arg(g).arg(a)}, {u"name"_s, u"Area"_s},
                {u"iconUrl"_s, u"https://altinncdn.no/icon.svg"_s}, {u"packages"_s, packages}});
        }
        m_packageExport.append(QJsonObject{{u"id"_s, QString(u"group-"_s + QString::number(g))},
            {u"name"_s, u"Group"_s}, {u"type"_s, u"Organisasjon"_s}, {u"areas"_s, areas}});
    }
}

void BenchMetadataParse::parseTwoThousandResources()
{
    QElapsedTimer once;
    once.start();
    const auto first = Altinn::MetadataClient::parseResourceList(m_resourceList);
    qInfo("2000 resources (%lld KB) parsed in %lld ms", qint64(m_resourceList.size() / 1024), once.elapsed());
    QVERIFY(first);
    QCOMPARE(first->size(), 2000);

    QBENCHMARK
    {
        const auto resources = Altinn::MetadataClient::parseResourceList(m_resourceList);
        QCOMPARE(resources->size(), 2000);
    }
}

void BenchMetadataParse::parseAccessPackageExport()
{
    QBENCHMARK
    {
        const Altinn::AccessPackageTree tree = Altinn::AccessPackageTree::fromJson(m_packageExport);
        QCOMPARE(tree.packages().size(), 175);
    }
}

QTEST_GUILESS_MAIN(BenchMetadataParse)
#include "BenchMetadataParse.moc"
