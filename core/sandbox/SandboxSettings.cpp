#include "sandbox/SandboxSettings.h"

#include "model/JsonNumber.h"
#include "sandbox/SyntheticOrganisations.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
struct QuirkField
{
    const char16_t *name;
    bool SandboxSettings::*member;
};
constexpr QuirkField QuirkFields[] = {
    {u"requestListSkipsItemAtPageBoundary", &SandboxSettings::requestListSkipsItemAtPageBoundary},
    {u"deleteSystemWithoutClientIdsFails", &SandboxSettings::deleteSystemWithoutClientIdsFails},
    {u"missingLanguageGives500", &SandboxSettings::missingLanguageGives500},
    {u"repeatedRequestReturnsExisting", &SandboxSettings::repeatedRequestReturnsExisting},
    {u"requestDeleteSkipsOwnershipCheck", &SandboxSettings::requestDeleteSkipsOwnershipCheck},
    {u"requestAfterRejectionCreatesNew", &SandboxSettings::requestAfterRejectionCreatesNew},
    {u"changeRequestByExternalRefDropsPackages", &SandboxSettings::changeRequestByExternalRefDropsPackages},
    {u"changeRequestListIgnoresToken", &SandboxSettings::changeRequestListIgnoresToken},
    {u"systemUserTokenEchoesExternalRef", &SandboxSettings::systemUserTokenEchoesExternalRef},
};

} // namespace

QJsonObject SandboxSettings::toJson() const
{
    QJsonObject object;
    for (const QuirkField &field : QuirkFields)
        object.insert(QString::fromUtf16(field.name), this->*field.member);
    object.insert(u"problemShape"_s, problemShape == Altinn::ProblemDetails::Shape::V5 ? u"v5"_s : u"v4"_s);
    object.insert(u"pageSize"_s, pageSize);
    object.insert(u"maxGrantLifetimeSeconds"_s, maxGrantLifetimeSeconds);
    object.insert(
        u"maskinportenClock"_s, maskinportenClock == MaskinportenClock::Real ? u"real"_s : u"sandbox"_s);
    object.insert(u"syntheticOrganisations"_s, syntheticOrganisations);
    object.insert(u"rateLimitPerSecond"_s, rateLimitPerSecond);
    return object;
}

bool SandboxSettings::apply(const QJsonObject &object, QString *error)
{
    SandboxSettings updated = *this;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        bool known = false;
        for (const QuirkField &field : QuirkFields) {
            if (key == QStringView(field.name)) {
                if (!it.value().isBool()) {
                    if (error)
                        *error = u"%1 must be true or false"_s.arg(key);
                    return false;
                }
                updated.*field.member = it.value().toBool();
                known = true;
            }
        }
        if (key == u"problemShape") {
            const QString shape = it.value().toString();
            if (shape != u"v5" && shape != u"v4") {
                if (error)
                    *error = u"problemShape must be \"v5\" or \"v4\""_s;
                return false;
            }
            updated.problemShape =
                shape == u"v5" ? Altinn::ProblemDetails::Shape::V5 : Altinn::ProblemDetails::Shape::V4;
            known = true;
        } else if (key == u"maxGrantLifetimeSeconds") {
            const auto lifetime = Altinn::JsonNumber::wholeNumber(it.value(), 120, 180);
            if (!lifetime || (*lifetime != 120 && *lifetime != 180)) {
                if (error)
                    *error = u"maxGrantLifetimeSeconds must be 120 or 180"_s;
                return false;
            }
            updated.maxGrantLifetimeSeconds = static_cast<int>(*lifetime);
            known = true;
        } else if (key == u"maskinportenClock") {
            const QString clock = it.value().toString();
            if (clock != u"real" && clock != u"sandbox") {
                if (error)
                    *error =
                        u"maskinportenClock must be \"real\" (grants judged by real time) or \"sandbox\" "
                        "(by the travelled sandbox clock)"_s;
                return false;
            }
            updated.maskinportenClock =
                clock == u"real" ? MaskinportenClock::Real : MaskinportenClock::Sandbox;
            known = true;
        } else if (key == u"pageSize") {
            const auto size = Altinn::JsonNumber::wholeNumber(it.value(), 1, MaxPageSize);
            if (!size) {
                if (error)
                    *error = u"pageSize must be a whole number from 1 to %1"_s.arg(MaxPageSize);
                return false;
            }
            updated.pageSize = static_cast<int>(*size);
            known = true;
        } else if (key == u"syntheticOrganisations") {
            const auto count =
                Altinn::JsonNumber::wholeNumber(it.value(), 0, SyntheticOrganisations::MaxCount);
            if (!count) {
                if (error)
                    *error = u"syntheticOrganisations must be a whole number from 0 to %1"_s.arg(
                        SyntheticOrganisations::MaxCount);
                return false;
            }
            updated.syntheticOrganisations = static_cast<int>(*count);
            known = true;
        } else if (key == u"rateLimitPerSecond") {
            const auto limit = Altinn::JsonNumber::wholeNumber(it.value(), 0, MaxRateLimitPerSecond);
            if (!limit) {
                if (error)
                    *error = u"rateLimitPerSecond must be a whole number from 0 (no limit) to %1"_s.arg(
                        MaxRateLimitPerSecond);
                return false;
            }
            updated.rateLimitPerSecond = static_cast<int>(*limit);
            known = true;
        }
        if (!known) {
            if (error)
                *error = u"unknown setting %1"_s.arg(key);
            return false;
        }
    }
    *this = updated;
    return true;
}

QStringList SandboxSettings::quirkNames()
{
    QStringList names;
    for (const QuirkField &field : QuirkFields)
        names.append(QString::fromUtf16(field.name));
    return names;
}
