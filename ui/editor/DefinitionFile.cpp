#include "editor/DefinitionFile.h"

#include "model/SystemDefinitionJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

/// A system definition is a few kilobytes; anything this large is the wrong file.
constexpr qint64 MaxImportBytes = 10 * 1024 * 1024;

} // namespace

// The translation context stays "SystemDefinitionEditor" (Q_DECLARE_TR_FUNCTIONS): these texts
// moved here from the editor, and the catalogues in translations/ have them under that name.

DefinitionFile::ReadResult DefinitionFile::read(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
            tr("Could not open %1: %2. Nothing was changed.").arg(fileName, file.errorString())};
    if (file.size() > MaxImportBytes)
        return {std::nullopt,
            tr("%1 is too large to be a system definition. Nothing was changed.").arg(fileName)};
    QString error;
    std::optional<Altinn::SystemDefinition> imported =
        Altinn::SystemDefinitionJson::fromFile(file.readAll(), &error);
    if (!imported)
        return {std::nullopt, tr("%1 was not imported: %2 Nothing was changed.").arg(fileName, error)};
    return {std::move(imported), QString()};
}

QString DefinitionFile::write(const QString &path, const Altinn::SystemDefinition &definition)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Altinn::SystemDefinitionJson::toRequestBody(definition)) < 0 || !file.commit()) {
        return tr("Could not save %1: %2. Choose another folder or file name.")
            .arg(QFileInfo(path).fileName(), file.errorString());
    }
    return {};
}

QString DefinitionFile::importedMessage(
    const QString &path, const QString &fileVendor, const QString &ourVendor)
{
    const QString fileName = QFileInfo(path).fileName();
    if (ourVendor.isEmpty() || fileVendor.isEmpty() || fileVendor == ourVendor)
        return tr("Imported %1.").arg(fileName);
    return tr("Imported %1. It was made for organisation %2; the id and vendor now use your "
              "organisation %3.")
        .arg(fileName, fileVendor, ourVendor);
}

QString DefinitionFile::savedMessage(const QString &path, int errors)
{
    QString message = tr("Saved as %1.").arg(QDir::toNativeSeparators(path));
    if (errors > 0)
        message +=
            u' ' + tr("It still has %n error(s); fix them before the system is registered.", nullptr, errors);
    return message;
}
