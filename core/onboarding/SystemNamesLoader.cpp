#include "onboarding/SystemNamesLoader.h"

#include "altinn/MetadataClient.h"
#include "altinn/SystemRegisterClient.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

SystemNamesLoader::SystemNamesLoader(QObject *parent)
    : QObject(parent)
{ }

SystemNamesLoader::~SystemNamesLoader()
{
    cancel();
}

void SystemNamesLoader::start(VendorSession *session, const QString &systemId)
{
    cancel();
    m_system.reset();
    m_titles.clear();
    m_flags.clear();
    m_failure.reset();
    const quint64 generation = ++m_generation;
    QPointer<SystemNamesLoader> self(this);
    m_pending = 1;
    m_operations.append(session->systemRegister()->get(systemId,
        [self, generation, session = QPointer<VendorSession>(session)](
            const Altinn::ApiResult<Altinn::SystemDefinition> &result) {
            if (!self || generation != self->m_generation)
                return;
            if (result.ok()) {
                self->m_system = *result.value;
                if (session)
                    self->loadTitles(session);
            } else if (result.failure.kind != Altinn::ApiFailure::Kind::Cancelled) {
                self->m_failure =
                    Altinn::ErrorExplainer::explain(result.failure, tr("reading the system from Altinn"));
            }
            self->partDone();
        }));
}

void SystemNamesLoader::loadTitles(VendorSession *session)
{
    const quint64 generation = m_generation;
    QPointer<SystemNamesLoader> self(this);
    QStringList resourceIds;
    for (const Altinn::Right &right : m_system->rights.value_or(QList<Altinn::Right>()))
        resourceIds.append(right.resourceId());
    if (!resourceIds.isEmpty()) {
        ++m_pending;
        m_operations.append(
            session->metadata()->resources([self, generation, resourceIds](const auto &result) {
                if (!self || generation != self->m_generation)
                    return;
                if (result.ok()) {
                    for (const Altinn::ServiceResource &resource : result.value->value) {
                        if (resourceIds.contains(resource.identifier))
                            self->m_titles.insert(resource.identifier, resource.title);
                    }
                }
                self->partDone();
            }));
    }
    QStringList urns;
    for (const Altinn::AccessPackageRef &package :
        m_system->accessPackages.value_or(QList<Altinn::AccessPackageRef>()))
        urns.append(package.urn);
    if (urns.isEmpty())
        return;
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        ++m_pending;
        m_operations.append(session->metadata()->accessPackages(
            language, [self, generation, urns, language](const auto &result) {
                if (!self || generation != self->m_generation)
                    return;
                if (result.ok()) {
                    for (const QString &urn : urns) {
                        if (const Altinn::AccessPackageInfo *info = result.value->value.find(urn)) {
                            self->m_titles[urn].insert(language, info->name);
                            self->m_flags.insert(
                                urn, Validation::PackageFlags{info->isDelegable, info->isAssignable});
                        }
                    }
                }
                self->partDone();
            }));
    }
}

QString SystemNamesLoader::title(const QString &id, const QString &language) const
{
    const Altinn::LocalizedText text = m_titles.value(id);
    if (const QString inLanguage = text.value(language); !inLanguage.isEmpty())
        return inLanguage;
    for (const QString &any : text) {
        if (!any.isEmpty())
            return any;
    }
    return id;
}

Validation::PackageFlagsLookup SystemNamesLoader::packageFlags() const
{
    if (m_flags.isEmpty())
        return {};
    return [flags = m_flags](const QString &urn) -> std::optional<Validation::PackageFlags> {
        if (const auto it = flags.constFind(urn); it != flags.constEnd())
            return *it;
        return std::nullopt;
    };
}

void SystemNamesLoader::partDone()
{
    if (--m_pending > 0)
        return;
    m_operations.clear();
    Q_EMIT finished(m_system.has_value(), m_failure.value_or(Altinn::Explanation()));
}

void SystemNamesLoader::cancel()
{
    ++m_generation;
    m_pending = 0;
    const auto operations = std::exchange(m_operations, {});
    for (const QPointer<Altinn::ApiOperation> &operation : operations) {
        if (operation)
            operation->cancel();
    }
}

} // namespace Onboarding
