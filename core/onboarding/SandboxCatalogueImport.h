#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Onboarding {

/**
 * What a vendor adds to the sandbox's own catalogue (docs/sandbox.md#your-own-catalogue), read and checked
 * before anything is sent. A file may be any of the formats the real public metadata APIs answer — the
 * ones MetadataClient reads and caches:
 *  - a resource list (GET resourceregistry/api/v1/resource/resourcelist: an array of ServiceResource
 *    objects), or one ServiceResource (GET …/resource/{id});
 *  - an access package export (GET accessmanagement/api/v1/meta/info/accesspackages/export: an array of
 *    area groups with their areas and packages), or one area group;
 *  - organisations for the register: {"orgNo", "name"} or an array of them;
 *  - any of the arrays above inside MetadataClient's cache file ({"fetchedAt", "data": […]}).
 * The kind is told from the members of the first entry. The checks are the sandbox's own (so what it would
 * refuse is found here, with every problem rather than the first), plus warnings for entries the sandbox
 * takes but a system cannot use. Messages are translated.
 */
class SandboxCatalogueImport
{
    Q_DECLARE_TR_FUNCTIONS(Onboarding::SandboxCatalogueImport)

public:
    enum class Kind { Unknown, ResourceList, Resource, AccessPackageExport, Organisations };

    struct Finding
    {
        QString path; ///< where in the file: "[3].identifier"; empty for the file as a whole
        QString message; ///< translated
        bool isError = true; ///< false: a warning; the entry is still sent
    };

    /// The sandbox takes request bodies up to 1 MiB (docs/sandbox.md#limits); batches stay well below.
    static constexpr qsizetype DefaultBatchBytes = 768 * 1024;
    /// A larger file is not read (the whole TT02 resource list is a few MiB).
    static constexpr qint64 MaxFileBytes = qint64(64) * 1024 * 1024;

    SandboxCatalogueImport() = default;

    static SandboxCatalogueImport fromFile(const QString &path);
    static SandboxCatalogueImport fromJson(const QByteArray &json);
    /// One resource as `sandbox catalogue add resource` and the wizard's dialog make it: @p title in every
    /// language; @p type and @p ownerCode may be empty (the sandbox then types the id and finds the owner).
    static SandboxCatalogueImport resource(const QString &identifier, const QString &title,
        const QString &type = {}, const QString &ownerCode = {});
    /// One organisation for the register (@p orgNo may contain spaces).
    static SandboxCatalogueImport organisation(const QString &orgNo, const QString &name);

    Kind kind() const { return m_kind; }
    /// What the file holds in words: "a resource list with 12 resources".
    QString description() const;
    /// The entries to send: resources, area groups or organisations.
    const QJsonArray &items() const { return m_items; }
    const QList<Finding> &findings() const { return m_findings; }
    bool hasErrors() const;
    /// Something to send and nothing the sandbox would refuse.
    bool isSendable() const { return m_kind != Kind::Unknown && !m_items.isEmpty() && !hasErrors(); }

    int resourceCount() const { return m_resources; }
    int areaCount() const { return m_areas; }
    int packageCount() const { return m_packages; }
    int organisationCount() const { return m_organisations; }
    /// The language an export seems to be in: "en" when its type names are English ("Organization"),
    /// else "nb" (nb and nn exports name the types alike).
    QString suggestedLanguage() const { return m_suggestedLanguage; }

    /// items() in groups whose compact JSON stays below @p maxBytes each (an area group too large alone is
    /// sent in parts, each with some of its areas).
    QList<QJsonArray> batches(qsizetype maxBytes = DefaultBatchBytes) const;

    /// The resource types the sandbox knows (the registry's enum).
    static QStringList resourceTypes();

private:
    void read(const QJsonValue &document);
    void checkResources();
    void checkAccessPackages();
    void checkOrganisations();
    void error(const QString &path, const QString &message) { m_findings.append({path, message, true}); }
    void warning(const QString &path, const QString &message) { m_findings.append({path, message, false}); }
    QString at(qsizetype index) const;

    Kind m_kind = Kind::Unknown;
    bool m_wasArray = true;
    QJsonArray m_items;
    QList<Finding> m_findings;
    int m_resources = 0;
    int m_areas = 0;
    int m_packages = 0;
    int m_organisations = 0;
    QString m_suggestedLanguage = QStringLiteral("nb");
};

} // namespace Onboarding
