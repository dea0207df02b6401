// libFuzzer target: any error answer Altinn (or a proxy in front of it) may send. The input is a status
// line, headers (Content-Type, Retry-After) and the body; it goes through ApiError::fromHttp, the
// explanation shown to the user and the mapping of validation errors onto the editor's fields.

#include "FuzzInput.h"
#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/ServerFieldMapping.h"
#include "model/ApiError.h"
#include "model/ProblemDetails.h"
#include "model/SystemDefinition.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A definition with a few rights, packages and URLs, so that item-level field mapping has targets.
Altinn::SystemDefinition sentDefinition()
{
    Altinn::SystemDefinition system;
    system.id = u"991825827_fuzz"_s;
    system.setVendorOrgNumber(u"991825827"_s);
    system.name = {{u"nb"_s, u"Fuzz"_s}, {u"nn"_s, u"Fuzz"_s}, {u"en"_s, u"Fuzz"_s}};
    system.rights = QList<Altinn::Right>{
        Altinn::Right::forResource(u"foo-resource"_s), Altinn::Right::forResource(u"bar-resource"_s)};
    system.accessPackages = QList<Altinn::AccessPackageRef>{
        Altinn::AccessPackageRef{u"urn:altinn:accesspackage:skatt-naering"_s}};
    system.clientIds = {u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s};
    system.allowedRedirectUrls = {u"https://example.com/cb"_s, u"https://example.com/other"_s};
    return system;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Altinn::SystemDefinition sent = sentDefinition();
    const FuzzInput::HttpLike input = FuzzInput::HttpLike::read(FuzzInput::bytes(data, size));
    const int status = FuzzInput::leadingNumber(input.firstLine, 999);

    const Altinn::ApiError error =
        Altinn::ApiError::fromHttp(status, input.header("content-type"), input.body);
    // Documented: never fails, keeps the real status and the body as it came.
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(error.rawBody == input.body);
    FUZZ_CHECK(error.fieldErrorCodes().size() == error.fieldErrors.size());
    if (!error.code.isEmpty())
        FUZZ_CHECK(error.hasCode(error.code));

    Altinn::ApiFailure failure = Altinn::ApiFailure::http(error);
    failure.retryAfter = input.header("retry-after");
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure, u"fuzzing"_s);
    FUZZ_CHECK(!explanation.fullText().isEmpty());

    const QList<Validation::Finding> findings = Validation::ServerFieldMapping::findings(error, sent);
    for (const Altinn::FieldError &fieldError : error.fieldErrors) {
        for (const QString &path : fieldError.paths)
            Validation::ServerFieldMapping::pointerFor(path);
    }
    Q_UNUSED(findings);

    // An Altinn problem built again from what was read must read back with the same code.
    if (error.kind == Altinn::ApiError::BodyKind::AltinnProblem && !error.code.isEmpty()) {
        const QJsonObject rebuilt = Altinn::ProblemDetails::problem(
            Altinn::ProblemDetails::Shape::V5, status, error.code, error.message, error.traceId);
        const Altinn::ApiError reread = Altinn::ApiError::fromHttp(
            status, "application/problem+json", QJsonDocument(rebuilt).toJson(QJsonDocument::Compact));
        FUZZ_CHECK(reread.code == error.code);
    }
    return 0;
}
