#pragma once

#include "model/SystemDefinition.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Reads and writes a system definition as the request body's JSON, with messages for the person.
class DefinitionFile
{
    Q_DECLARE_TR_FUNCTIONS(SystemDefinitionEditor)

public:
    struct ReadResult
    {
        std::optional<Altinn::SystemDefinition> definition;
        QString error; ///< translated, ends with "Nothing was changed."; empty on success
    };

    static ReadResult read(const QString &path);
    /// Writes atomically; a translated error, or empty on success.
    static QString write(const QString &path, const Altinn::SystemDefinition &definition);
    /// "Imported <file>.", saying so when the file was made for @p fileVendor, not @p ourVendor.
    static QString importedMessage(const QString &path, const QString &fileVendor, const QString &ourVendor);
    /// "Saved as <path>.", with the number of errors still in it.
    static QString savedMessage(const QString &path, int errors);
};
