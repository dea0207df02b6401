#include "sandbox/SandboxContext.h"

#include "model/ProblemDetails.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 TimeoutDays = 180;
} // namespace

SandboxContext::SandboxContext(RsaKey signingKey)
    : catalogue(SeedCatalogue::load())
    , tokens(u"http://127.0.0.1/"_s, std::move(signingKey))
{
    // Every catalogue lookup sees the vendor's additions (docs/sandbox.md#your-own-catalogue); the member
    // stays in place when the state is replaced (reset, state file), so the catalogue follows that too.
    catalogue.setAdditions(&state.catalogueAdditions);
}

std::optional<QString> SandboxContext::organisationName(const QString &orgNo) const
{
    if (auto name = catalogue.organisationName(orgNo))
        return name;
    if (settings.syntheticOrganisations <= 0)
        return std::nullopt;
    return syntheticOrganisations().nameOf(orgNo);
}

const SyntheticOrganisations &SandboxContext::syntheticOrganisations() const
{
    const int wanted = std::clamp(settings.syntheticOrganisations, 0, SyntheticOrganisations::MaxCount);
    if (m_syntheticOrganisations.count() != wanted)
        m_syntheticOrganisations = SyntheticOrganisations(wanted);
    return m_syntheticOrganisations;
}

void SandboxContext::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    tokens.setIssuer(baseUrl.toString());
    const QMutexLocker lock(&m_idportenMutex);
    if (m_idportenTokens)
        m_idportenTokens->setIssuer(idportenIssuer());
}

QString SandboxContext::idportenIssuer() const
{
    return m_baseUrl.resolved(QUrl(u"idporten"_s)).toString();
}

const TokenAuthority &SandboxContext::idportenTokens() const
{
    const QMutexLocker lock(&m_idportenMutex);
    if (!m_idportenTokens)
        m_idportenTokens = std::make_unique<TokenAuthority>(idportenIssuer());
    return *m_idportenTokens;
}

void SandboxContext::stateChanged() const
{
    if (m_stateChanged)
        m_stateChanged();
}

QString SandboxContext::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SandboxContext::newTraceId()
{
    auto *random = QRandomGenerator::global();
    const auto hex = [random](int bytes) {
        QByteArray data(bytes, Qt::Uninitialized);
        for (char &byte : data)
            byte = static_cast<char>(random->bounded(256));
        return QString::fromLatin1(data.toHex());
    };
    return u"00-"_s + hex(16) + u'-' + hex(8) + u"-01"_s;
}

QString SandboxContext::platformUrl(const QString &relativePath) const
{
    return m_baseUrl.toString() + u"authentication/api/v1/"_s + relativePath;
}

QString SandboxContext::confirmUrl(const QString &pagePath, const QString &id) const
{
    return m_baseUrl.toString() + u"accessmanagement/ui/systemuser/"_s + pagePath + u"?id="_s + id
        + u"&DONTCHOOSEREPORTEE=true"_s;
}

QString SandboxContext::requestConfirmUrl(Altinn::RequestKind kind, const QString &id) const
{
    return confirmUrl(kind == Altinn::RequestKind::Agent ? u"agentrequest"_s : u"request"_s, id);
}

bool SandboxContext::isTimedOut(const QDateTime &created) const
{
    return created.isValid() && created.addDays(TimeoutDays) < clock.now();
}

SandboxResponse SandboxContext::problem(
    int status, const QString &code, const QString &message, const QMap<QString, QString> &extensions) const
{
    return SandboxResponse::problemJson(status,
        Altinn::ProblemDetails::problem(
            settings.problemShape, status, code, message, newTraceId(), extensions));
}

SandboxResponse SandboxContext::validationProblem(const QList<Altinn::FieldError> &errors) const
{
    return SandboxResponse::problemJson(
        400, Altinn::ProblemDetails::validationProblem(settings.problemShape, errors, newTraceId()));
}

SandboxResponse SandboxContext::aspNetProblem(int status) const
{
    return SandboxResponse::problemJson(status, Altinn::ProblemDetails::aspNetProblem(status, newTraceId()));
}

SandboxResponse SandboxContext::modelStateProblem(const QMap<QString, QStringList> &errors) const
{
    return SandboxResponse::problemJson(400, Altinn::ProblemDetails::modelStateProblem(errors, newTraceId()));
}
