#include "cli/MetadataCommands.h"

#include "altinn/MetadataClient.h"
#include "cli/CliContext.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto ResourcesWord = u"resources"_s;
} // namespace

MetadataCommands::MetadataCommands(CliContext &context, QString word)
    : CommandGroup(context)
    , m_word(std::move(word))
{ }

QString MetadataCommands::summary() const
{
    return m_word == ResourcesWord ? tr("Search the resource registry (rights)")
                                   : tr("Search the access packages");
}

QList<CommandSpec> MetadataCommands::commands()
{
    const ArgumentSpec text{u"TEXT"_s, tr("Words to look for.")};
    if (m_word == ResourcesWord) {
        return {{{m_word, u"search"_s},
            tr("Find resources by title; their identifiers go into a system's rights."), {text}, {},
            [this](const Invocation &invocation, Cli::Done done) {
                searchResources(invocation, done);
            }}};
    }
    return {{{m_word, u"search"_s}, tr("Find access packages by name or description."), {text}, {},
        [this](const Invocation &invocation, Cli::Done done) {
            searchPackages(invocation, done);
        }}};
}

void MetadataCommands::warnIfStale(bool stale, const QDateTime &fetchedAt)
{
    if (stale) {
        m_context.out().warning(tr("The server could not be reached; this is the saved copy from %1.")
                                    .arg(QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void MetadataCommands::searchResources(const Invocation &invocation, Cli::Done done)
{
    const QString text = invocation.argument(0);
    m_context.session(
        [this, text, done](VendorSession *session) {
            const QString language = session->language();
            session->metadata()->searchResources(text,
                m_context.onResult<Altinn::MetadataClient::Cached<QList<Altinn::ServiceResource>>>(done,
                    tr("searching the resource registry"),
                    [this, language](
                        const Altinn::MetadataClient::Cached<QList<Altinn::ServiceResource>> &found) {
                        QJsonArray array;
                        for (const Altinn::ServiceResource &resource : found.value) {
                            array.append(QJsonObject{{u"identifier"_s, resource.identifier},
                                {u"title"_s, resource.titleIn(language)},
                                {u"authority"_s, resource.authorityIn(language)},
                                {u"resourceType"_s, resource.resourceType},
                                {u"delegable"_s, resource.delegable},
                                {u"selectable"_s, resource.isSelectable()}});
                        }
                        m_context.out().json(array);
                        m_context.out().info(tr("%n resource(s) found.", nullptr, int(array.size())));
                        warnIfStale(found.stale, found.fetchedAt);
                        return int(Cli::Ok);
                    }));
        },
        done, CliContext::Needs::Environment);
}

void MetadataCommands::searchPackages(const Invocation &invocation, Cli::Done done)
{
    const QString text = invocation.argument(0);
    m_context.session(
        [this, text, done](VendorSession *session) {
            session->metadata()->searchAccessPackages(text, session->language(),
                m_context.onResult<Altinn::MetadataClient::Cached<Altinn::AccessPackageTree>>(done,
                    tr("searching the access packages"),
                    [this](const Altinn::MetadataClient::Cached<Altinn::AccessPackageTree> &found) {
                        QJsonArray array;
                        for (const Altinn::AccessPackageInfo &package : found.value.packages()) {
                            const Altinn::AccessPackageArea *area = found.value.areaOf(package.urn);
                            array.append(QJsonObject{{u"urn"_s, package.urn}, {u"name"_s, package.name},
                                {u"description"_s, package.description},
                                {u"area"_s, area ? area->name : QString()},
                                {u"isAssignable"_s, package.isAssignable},
                                {u"isDelegable"_s, package.isDelegable}});
                        }
                        m_context.out().json(array);
                        m_context.out().info(tr("%n access package(s) found.", nullptr, int(array.size())));
                        warnIfStale(found.stale, found.fetchedAt);
                        return int(Cli::Ok);
                    }));
        },
        done, CliContext::Needs::Environment);
}
