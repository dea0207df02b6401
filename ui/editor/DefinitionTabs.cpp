#include "editor/DefinitionTabs.h"

#include "editor/EditorSupport.h"
#include "editor/GeneralSection.h"
#include "editor/PackagesSection.h"
#include "editor/RightsSection.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStyle>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

using EditorSupport::trEditor;

DefinitionTabs::DefinitionTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"editorTabs"_s);
    // Created in reading order: the keyboard focus chain follows creation order.
    m_general = new GeneralSection(this);
    addTab(m_general, QString());
    m_rights = new RightsSection(this);
    addTab(m_rights, QString());
    m_packages = new PackagesSection(this);
    addTab(m_packages, QString());
    setAccessibleName(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "System definition sections")));
}

void DefinitionTabs::updateTitles(const QList<Validation::Finding> &findings, int rights, int packages)
{
    const auto hasErrorAt = [&findings](const QStringList &paths) {
        return std::any_of(findings.cbegin(), findings.cend(), [&paths](const Validation::Finding &finding) {
            return finding.isError()
                && std::any_of(paths.cbegin(), paths.cend(), [&finding](const QString &path) {
                       return path.isEmpty() ? finding.path.isEmpty()
                                             : finding.path == path || finding.path.startsWith(path + u'/');
                   });
        });
    };
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const auto setTab = [this, &errorIcon](QWidget *page, const QString &title, bool hasError) {
        const int tab = indexOf(page);
        setTabText(tab, title);
        setTabIcon(tab, hasError ? errorIcon : QIcon());
        setTabToolTip(tab,
            hasError ? trEditor(
                QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Something here needs fixing; see Problems."))
                     : QString());
    };
    setTab(m_general, trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "&General")),
        hasErrorAt({u"/id"_s, u"/vendor"_s, u"/name"_s, u"/description"_s, u"/clientId"_s,
            u"/allowedRedirectUrls"_s, u"/isVisible"_s}));
    setTab(m_rights, trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "&Rights (%1)")).arg(rights),
        hasErrorAt({u"/rights"_s, QString()}));
    setTab(m_packages,
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Access p&ackages (%1)")).arg(packages),
        hasErrorAt({u"/accessPackages"_s}));
}

void DefinitionTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(
            trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "System definition sections")));
    QTabWidget::changeEvent(event);
}
