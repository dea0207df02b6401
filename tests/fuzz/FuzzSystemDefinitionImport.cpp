// libFuzzer target: a system definition file the user imports (SystemDefinitionJson::fromFile), then
// checked by the validator the editor runs on it. The input is the file as it is.

#include "FuzzInput.h"
#include "model/SystemDefinitionDiff.h"
#include "model/SystemDefinitionJson.h"
#include "validation/SystemDefinitionValidator.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = FuzzInput::bytes(data, size);
    QString error;
    const std::optional<Altinn::SystemDefinition> system =
        Altinn::SystemDefinitionJson::fromFile(file, &error);
    // Documented: a refusal always says what is wrong.
    FUZZ_CHECK(system.has_value() || !error.isEmpty());
    if (!system)
        return 0;

    // With and without a package catalogue: rules that need the flags run only with one.
    Validation::SystemDefinitionValidator().validate(*system);
    Validation::SystemDefinitionValidator([](const QString &urn) -> std::optional<Validation::PackageFlags> {
        if (urn.endsWith(u"skatt-naering"_s))
            return Validation::PackageFlags{true, true};
        return std::nullopt;
    }).validate(*system);

    // What the wizard exports it must import again, and exporting that gives the same file.
    const QByteArray exported = Altinn::SystemDefinitionJson::toRequestBody(*system);
    QString reimportError;
    const std::optional<Altinn::SystemDefinition> reimported =
        Altinn::SystemDefinitionJson::fromFile(exported, &reimportError);
    FUZZ_CHECK(reimported.has_value());
    FUZZ_CHECK(Altinn::SystemDefinitionJson::toRequestBody(*reimported) == exported);

    const QList<Altinn::DefinitionChange> changes = Altinn::SystemDefinitionDiff::compare(*system, {});
    Altinn::SystemDefinitionDiff::describe(changes);
    Altinn::SystemDefinitionDiff::toJson(changes);
    return 0;
}
