#include "model/PagedList.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"
#include "validation/RequestValidator.h"
#include "validation/SystemDefinitionValidator.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

/**
 * Bulk work a vendor with many customers does: reading pages of requests and checking a large
 * system definition and a batch of customer requests before sending them.
 */
class BenchBulkModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseRequestPage();
    void validateLargeSystemDefinition();
    void validateThousandRequests();

private:
    QByteArray m_requestPage; ///< 50 requests, the service's page size
    Altinn::SystemDefinition m_system;
};

void BenchBulkModel::initTestCase()
{
    Altinn::PagedList<Altinn::SystemUserRequestResponse> page;
    page.next = QUrl(u"https://platform.tt02.altinn.no/authentication/api/v1/systemuser/request/vendor/"
                     "bysystem/991825827_smartregnskap?token=abc"_s);
    for (int i = 0; i < 50; ++i) {
        Altinn::SystemUserRequestResponse response;
        response.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        response.systemId = u"991825827_smartregnskap"_s;
        response.partyOrgNo = u"310904473"_s;
        response.externalRef = u"kunde-"_s + QString::number(i);
        response.integrationTitle = u"SmartRegnskap"_s;
        response.rights = {Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)};
        response.accessPackages = {Altinn::AccessPackageRef{u"urn:altinn:accesspackage:skattnaering"_s}};
        response.confirmUrl = u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id="_s
            + response.id + u"&DONTCHOOSEREPORTEE=true"_s;
        response.created = QDateTime::currentDateTimeUtc();
        page.data.append(response);
    }
    m_requestPage = QJsonDocument(page.toJson([](const auto &item) { return item.toJson(); })).toJson();

    m_system.id = u"991825827_smartregnskap"_s;
    m_system.setVendorOrgNumber(u"991825827"_s);
    for (const auto &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        m_system.name.insert(language, u"SmartRegnskap"_s);
        m_system.description.insert(language, u"Regnskap"_s);
    }
    QList<Altinn::Right> rights;
    for (int i = 0; i < 200; ++i)
        rights.append(Altinn::Right::forResource(u"resource-"_s + QString::number(i)));
    m_system.rights = rights;
    QList<Altinn::AccessPackageRef> packages;
    for (int i = 0; i < 100; ++i)
        packages.append({u"urn:altinn:accesspackage:package-"_s + QString::number(i)});
    m_system.accessPackages = packages;
    for (int i = 0; i < 20; ++i)
        m_system.clientIds.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    for (int i = 0; i < 20; ++i)
        m_system.allowedRedirectUrls.append(
            u"https://smartregnskap.example/callback/"_s + QString::number(i));
    m_system.isVisible = false;
}

void BenchBulkModel::parseRequestPage()
{
    QBENCHMARK
    {
        const auto object = QJsonDocument::fromJson(m_requestPage).object();
        const auto page = Altinn::PagedList<Altinn::SystemUserRequestResponse>::fromJson(
            object, [](const QJsonObject &item) {
                return Altinn::SystemUserRequestResponse::fromJson(item, Altinn::RequestKind::Standard);
            });
        QCOMPARE(page.data.size(), 50);
    }
}

void BenchBulkModel::validateLargeSystemDefinition()
{
    const Validation::SystemDefinitionValidator validator;
    QBENCHMARK
    {
        QVERIFY(!Validation::Findings::hasErrors(validator.validate(m_system)));
    }
}

void BenchBulkModel::validateThousandRequests()
{
    QList<Altinn::SystemUserRequest> requests;
    for (int i = 0; i < 1000; ++i) {
        Altinn::SystemUserRequest request;
        request.systemId = m_system.id;
        request.partyOrgNo = u"310904473"_s;
        request.externalRef = u"kunde-"_s + QString::number(i);
        request.rights = QList<Altinn::Right>{m_system.rights->at(i % 200)};
        request.redirectUrl = u"https://smartregnskap.example/callback/3?state="_s + QString::number(i);
        requests.append(request);
    }
    const Validation::RequestValidator validator;
    QBENCHMARK
    {
        for (const auto &request : std::as_const(requests))
            QVERIFY(!Validation::Findings::hasErrors(validator.validate(request, &m_system)));
    }
}

QTEST_GUILESS_MAIN(BenchBulkModel)
#include "BenchBulkModel.moc"
