#pragma once

#include "altinn/ErrorExplainer.h"
#include "model/LocalizedText.h"
#include "model/SystemDefinition.h"
#include "validation/SystemDefinitionValidator.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class VendorSession;

namespace Altinn {
class ApiOperation;
}

namespace Onboarding {

/**
 * What the hand-off export and the change campaign need from Altinn besides the ledger: the system as
 * registered (its names and what it offers), readable titles of its rights and access packages in
 * Bokmål, Nynorsk and English, and each package's flags (client relationship or not) — from the
 * metadata catalogues, cached on disk, so usually instant. The system is required; a catalogue that
 * fails only leaves ids in the texts. Every call can be cancelled.
 */
class SystemNamesLoader : public QObject
{
    Q_OBJECT

public:
    explicit SystemNamesLoader(QObject *parent = nullptr);
    ~SystemNamesLoader() override;

    /// Loads @p systemId through @p session (not owned); `finished` follows.
    void start(VendorSession *session, const QString &systemId);
    void cancel();
    bool isBusy() const { return m_pending > 0; }

    std::optional<Altinn::SystemDefinition> system() const { return m_system; }
    QHash<QString, Altinn::LocalizedText> titles() const { return m_titles; }
    /// The title of @p id (resource id or package URN) in @p language, else in any language, else @p id.
    QString title(const QString &id, const QString &language) const;
    /// The catalogue's flags of the system's packages; an empty lookup when the catalogue was not read.
    Validation::PackageFlagsLookup packageFlags() const;

Q_SIGNALS:
    /// @p ok false: the system could not be read (@p explanation says why).
    void finished(bool ok, const Altinn::Explanation &explanation);

private:
    void loadTitles(VendorSession *session);
    void partDone();

    QList<QPointer<Altinn::ApiOperation>> m_operations;
    std::optional<Altinn::SystemDefinition> m_system;
    QHash<QString, Altinn::LocalizedText> m_titles;
    QHash<QString, Validation::PackageFlags> m_flags;
    std::optional<Altinn::Explanation> m_failure;
    quint64 m_generation = 0;
    int m_pending = 0; ///< calls not answered yet
};

} // namespace Onboarding
